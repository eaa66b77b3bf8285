//! Commands about routine files and the pose catalogue: validate, poses,
//! pose-svg, plan, render-audio.

use super::{Outcome, io_error};
use crate::core::announce::announcements;
use crate::core::catalogue::Catalogue;
use crate::core::duration::{clock_tenths, format_duration};
use crate::core::plan::Plan;
use crate::core::routine::Routine;
use crate::core::t;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub(super) fn validate(
    files: &[PathBuf],
    catalogue: &Catalogue,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Outcome {
    let mut all_valid = true;
    for file in files {
        match Routine::load(file, catalogue) {
            Ok(routine) => {
                // Validated, so within the limits; no timeline is needed.
                let total_ms = routine.duration_ms(catalogue);
                writeln!(
                    stdout,
                    "{}: {}",
                    file.display(),
                    t!(
                        "cli-valid",
                        title = routine.title.as_str(),
                        steps = routine.steps.len(),
                        length = format_duration(total_ms)
                    )
                )
                .map_err(io_error)?;
            }
            Err(error) => {
                all_valid = false;
                writeln!(stderr, "{error}").map_err(io_error)?;
            }
        }
    }
    Ok(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub(super) fn poses(json: bool, catalogue: &Catalogue, out: &mut dyn Write) -> Outcome {
    if json {
        let poses = catalogue.poses().iter().map(|pose| PoseJson {
            pose,
            illustration: crate::core::illustration::svg(&pose.id).is_some(),
        });
        let text = serde_json::to_string_pretty(&PosesJson {
            red_flags: catalogue.red_flags(),
            poses: poses.collect(),
        })
        .map_err(|e| t!("cli-error", message = e.to_string()))?;
        writeln!(out, "{text}").map_err(io_error)?;
        return Ok(ExitCode::SUCCESS);
    }
    for pose in catalogue.poses() {
        let sanskrit = pose
            .sanskrit
            .as_deref()
            .map_or(String::new(), |s| format!(" ({s})"));
        let kind = pose.kind.label();
        let about = if pose.per_side {
            t!(
                "cli-pose-each-side",
                kind = kind,
                seconds = pose.default_hold_seconds
            )
        } else {
            t!("cli-pose", kind = kind, seconds = pose.default_hold_seconds)
        };
        writeln!(out, "{:<22} {}{} — {about}", pose.id, pose.name, sanskrit).map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(serde::Serialize)]
struct PosesJson<'a> {
    /// Warning signs that need a doctor instead of exercise: `emergency`
    /// (now) and `same_day`.
    red_flags: &'a crate::core::catalogue::RedFlags,
    poses: Vec<PoseJson<'a>>,
}

#[derive(serde::Serialize)]
struct PoseJson<'a> {
    #[serde(flatten)]
    pose: &'a crate::core::catalogue::Pose,
    /// Whether `posewise pose-svg ID` has a picture for it.
    illustration: bool,
}

pub(super) fn pose_svg(name: &str, catalogue: &Catalogue, out: &mut dyn Write) -> Outcome {
    let Some(pose) = catalogue.find(name) else {
        let message = match crate::core::suggest::nearest(name, catalogue.names()) {
            Some(near) => t!("cli-unknown-pose-near", pose = name, near = near),
            None => t!("cli-unknown-pose", pose = name),
        };
        return Err(t!("cli-error", message = message).into());
    };
    let svg = crate::core::illustration::svg(&pose.id).ok_or_else(|| {
        t!(
            "cli-error",
            message = t!("cli-no-illustration", pose = pose.id.as_str())
        )
    })?;
    out.write_all(svg.as_bytes()).map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn plan(
    file: &Path,
    json: bool,
    week: Option<u32>,
    countdown: u64,
    catalogue: &Catalogue,
    out: &mut dyn Write,
) -> Outcome {
    let routine = Routine::load(file, catalogue).map_err(|error| error.to_string())?;
    let (routine, week) = super::week::chosen(&routine, week);
    let plan = Plan::with_countdown(&routine, catalogue, countdown);
    if json {
        let mut value = serde_json::to_value(&plan).map_err(|e| format!("error: {e}"))?;
        if let Some(fields) = value.as_object_mut() {
            let said =
                serde_json::to_value(announcements(&plan)).map_err(|e| format!("error: {e}"))?;
            let _ = fields.insert("announcements".to_owned(), said);
            if let Some(week) = week {
                let _ = fields.insert("week".to_owned(), super::week::json(week));
            }
        }
        let text = serde_json::to_string(&value).map_err(|e| format!("error: {e}"))?;
        writeln!(out, "{text}").map_err(io_error)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{} — {}", plan.title, format_duration(plan.total_ms)).map_err(io_error)?;
    super::week::say(week, out).map_err(io_error)?;
    for segment in &plan.segments {
        let side = segment
            .side
            .map_or(String::new(), |s| format!(" ({})", s.label()));
        writeln!(
            out,
            "{:>8}  {:<18} {}{} rep {}/{} set {}/{}  {}",
            clock_tenths(segment.start_ms),
            segment.kind.label(),
            segment.name,
            side,
            segment.rep,
            segment.reps,
            segment.set,
            segment.sets,
            format_duration(segment.duration_ms)
        )
        .map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn render_audio(
    file: &Path,
    wav: &Path,
    volume: f32,
    week: Option<u32>,
    countdown: u64,
    catalogue: &Catalogue,
    out: &mut dyn Write,
) -> Outcome {
    use crate::core::audio::{CHANNELS, CHUNK_FRAMES, SAMPLE_RATE, stream, track_frames};
    let routine = Routine::load(file, catalogue).map_err(|e| e.to_string())?;
    let (routine, _) = super::week::chosen(&routine, week);
    let plan = Plan::with_countdown(&routine, catalogue, countdown);
    let spec = hound::WavSpec {
        channels: CHANNELS,
        sample_rate: SAMPLE_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let failed =
        |e: hound::Error| format!("{}: error: cannot write the WAV file: {e}", wav.display());
    let mut writer = hound::WavWriter::create(wav, spec).map_err(failed)?;
    // Written chunk by chunk: a six-hour session would need gigabytes whole.
    let written = stream(&plan, volume.clamp(0.0, 1.0), CHUNK_FRAMES, |chunk| {
        chunk
            .iter()
            .flatten()
            .try_for_each(|sample| writer.write_sample(to_i16(*sample)))
    })
    .and_then(|()| writer.finalize());
    if let Err(error) = written {
        // Leave no half-written file that looks like a soundtrack (but
        // never remove a device such as /dev/full).
        if std::fs::symlink_metadata(wav).is_ok_and(|m| m.is_file()) {
            let _ = std::fs::remove_file(wav);
        }
        return Err(failed(error).into());
    }
    let ms = track_frames(&plan) as u64 * 1000 / u64::from(SAMPLE_RATE);
    writeln!(
        out,
        "{}: {} cues, {}",
        wav.display(),
        plan.cues.len(),
        format_duration(ms)
    )
    .map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

fn to_i16(sample: f32) -> i16 {
    (sample.clamp(-1.0, 1.0) * f32::from(i16::MAX)).round() as i16
}
