//! Command-line interface: everything the app does that needs no window.

use crate::core::catalogue::Catalogue;
use crate::core::plan::{Plan, format_duration};
use crate::core::routine::Routine;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "posewise",
    version,
    about = "Guided, timed stretching and yoga sessions for back care.",
    long_about = "Guided, timed stretching and yoga sessions for back care.\n\n\
                  Run without arguments to open the app, or give a routine \
                  file to open it.\nPosewise gives no medical advice: follow \
                  your physiotherapist or doctor.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A routine file (*.posewise.json) to open in the app.
    pub file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check routine files; prints every problem as file:line:column.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// List the built-in poses.
    Poses {
        /// Print the full catalogue as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print a pose's illustration (SVG) to standard output.
    PoseSvg {
        /// A pose id or alias, such as balasana or child-pose.
        id: String,
    },
    /// Show the timeline of a routine: every segment and cue.
    Plan {
        file: PathBuf,
        /// Print JSON: {"total_ms", "segments", "cues"}.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        timing: Timing,
    },
    /// Write the whole session soundtrack (every cue at its moment) as a
    /// 48 kHz stereo WAV file.
    RenderAudio {
        file: PathBuf,
        /// The WAV file to write.
        #[arg(long, short)]
        out: PathBuf,
        /// Loudness from 0 to 1.
        #[arg(long, default_value_t = 0.8)]
        volume: f32,
        #[command(flatten)]
        timing: Timing,
    },
    /// Run a session in the terminal, with sound cues and progress lines.
    Play {
        file: PathBuf,
        /// Run without a window (the terminal player; the default for play).
        #[arg(long)]
        no_window: bool,
        #[command(flatten)]
        sound: SoundArgs,
        #[command(flatten)]
        timing: Timing,
    },
    /// Continue the session that was interrupted (crash, kill, power cut).
    Resume {
        /// Throw the interrupted session away instead.
        #[arg(long)]
        discard: bool,
        #[command(flatten)]
        sound: SoundArgs,
    },
}

#[derive(Debug, clap::Args)]
pub struct Timing {
    /// Countdown beeps before the end of each hold, rest and get-ready
    /// (0 to 10; 0 turns them off).
    #[arg(
        long,
        default_value_t = crate::core::plan::COUNTDOWN_BEEPS,
        value_parser = clap::value_parser!(u64).range(0..=crate::core::plan::MAX_COUNTDOWN)
    )]
    pub countdown: u64,
}

#[derive(Debug, clap::Args)]
pub struct SoundArgs {
    /// Loudness from 0 to 1.
    #[arg(long, default_value_t = 0.8)]
    pub volume: f32,
    /// No sound at all (cues are still printed).
    #[arg(long)]
    pub mute: bool,
    /// Do not speak pose names (spoken only when espeak-ng is installed).
    #[arg(long)]
    pub no_voice: bool,
}

impl SoundArgs {
    fn options(&self) -> crate::sound::Options {
        crate::sound::Options {
            volume: self.volume.clamp(0.0, 1.0),
            muted: self.mute,
            voice: !self.no_voice,
        }
    }
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    // Not locked for the whole run: the audio thread may need stderr too.
    let stdout = &mut std::io::stdout();
    let stderr = &mut std::io::stderr();
    let catalogue = Catalogue::builtin();
    let outcome = match cli.command {
        None => return crate::ui::run(cli.file),
        Some(Command::Validate { files }) => validate(&files, catalogue, stdout, stderr),
        Some(Command::Poses { json }) => poses(json, catalogue, stdout),
        Some(Command::PoseSvg { id }) => pose_svg(&id, catalogue, stdout),
        Some(Command::Plan { file, json, timing }) => {
            plan(&file, json, timing.countdown, catalogue, stdout)
        }
        Some(Command::RenderAudio {
            file,
            out,
            volume,
            timing,
        }) => render_audio(&file, &out, volume, timing.countdown, catalogue, stdout),
        Some(Command::Play {
            file,
            no_window: _,
            sound,
            timing,
        }) => play(&file, &sound, timing.countdown, catalogue, stdout, stderr),
        Some(Command::Resume { discard, sound }) => resume(discard, &sound, stdout, stderr),
    };
    match outcome {
        Ok(code) => code,
        // A closed pipe (`posewise plan x | head`) is not an error.
        Err(message) if message.is_empty() => ExitCode::SUCCESS,
        Err(message) => {
            let _ = writeln!(stderr, "{message}");
            ExitCode::FAILURE
        }
    }
}

type Outcome = Result<ExitCode, String>;

fn io_error(error: std::io::Error) -> String {
    if error.kind() == std::io::ErrorKind::BrokenPipe {
        return String::new();
    }
    format!("error: cannot write output: {error}")
}

fn validate(
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
                let total_ms = Plan::duration_ms(&routine, catalogue);
                writeln!(
                    stdout,
                    "{}: ok: \"{}\", {} steps, {}",
                    file.display(),
                    routine.title,
                    routine.steps.len(),
                    format_duration(total_ms)
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

fn poses(json: bool, catalogue: &Catalogue, out: &mut dyn Write) -> Outcome {
    if json {
        let poses = catalogue.poses().iter().map(|pose| PoseJson {
            pose,
            illustration: crate::core::illustration::svg(&pose.id).is_some(),
        });
        let text = serde_json::to_string_pretty(&PosesJson {
            poses: poses.collect(),
        })
        .map_err(|e| format!("error: {e}"))?;
        writeln!(out, "{text}").map_err(io_error)?;
        return Ok(ExitCode::SUCCESS);
    }
    for pose in catalogue.poses() {
        let sanskrit = pose
            .sanskrit
            .as_deref()
            .map_or(String::new(), |s| format!(" ({s})"));
        let sides = if pose.per_side { ", each side" } else { "" };
        writeln!(
            out,
            "{:<22} {}{} — {}{}, {} s",
            pose.id,
            pose.name,
            sanskrit,
            pose.kind.label(),
            sides,
            pose.default_hold_seconds
        )
        .map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(serde::Serialize)]
struct PosesJson<'a> {
    poses: Vec<PoseJson<'a>>,
}

#[derive(serde::Serialize)]
struct PoseJson<'a> {
    #[serde(flatten)]
    pose: &'a crate::core::catalogue::Pose,
    /// Whether `posewise pose-svg ID` has a picture for it.
    illustration: bool,
}

fn pose_svg(name: &str, catalogue: &Catalogue, out: &mut dyn Write) -> Outcome {
    let Some(pose) = catalogue.find(name) else {
        let hint = crate::core::suggest::nearest(name, catalogue.names())
            .map_or(String::new(), |near| format!("; did you mean '{near}'?"));
        return Err(format!("error: unknown pose '{name}'{hint}"));
    };
    let svg = crate::core::illustration::svg(&pose.id)
        .ok_or_else(|| format!("error: '{}' has no illustration", pose.id))?;
    out.write_all(svg.as_bytes()).map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

fn plan(
    file: &Path,
    json: bool,
    countdown: u64,
    catalogue: &Catalogue,
    out: &mut dyn Write,
) -> Outcome {
    let routine = Routine::load(file, catalogue).map_err(|error| error.to_string())?;
    let plan = Plan::with_countdown(&routine, catalogue, countdown);
    if json {
        let text = serde_json::to_string(&plan).map_err(|e| format!("error: {e}"))?;
        writeln!(out, "{text}").map_err(io_error)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{} — {}", plan.title, format_duration(plan.total_ms)).map_err(io_error)?;
    for segment in &plan.segments {
        let side = segment
            .side
            .map_or(String::new(), |s| format!(" ({})", s.label()));
        writeln!(
            out,
            "{:>8}  {:<18} {}{} rep {}/{} set {}/{}  {}",
            clock(segment.start_ms),
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

fn clock(ms: u64) -> String {
    let seconds = ms / 1000;
    format!("{}:{:02}.{}", seconds / 60, seconds % 60, ms % 1000 / 100)
}

fn render_audio(
    file: &Path,
    wav: &Path,
    volume: f32,
    countdown: u64,
    catalogue: &Catalogue,
    out: &mut dyn Write,
) -> Outcome {
    use crate::core::audio::{CHANNELS, CHUNK_FRAMES, SAMPLE_RATE, stream, track_frames};
    let routine = Routine::load(file, catalogue).map_err(|e| e.to_string())?;
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
        return Err(failed(error));
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

fn player_options(sound: &SoundArgs, countdown: u64) -> crate::player::Options {
    crate::player::Options {
        sound: sound.options(),
        countdown,
        checkpoint: crate::core::checkpoint::Checkpoint::default_path(),
    }
}

fn play(
    file: &Path,
    sound: &SoundArgs,
    countdown: u64,
    catalogue: &Catalogue,
    out: &mut dyn Write,
    notices: &mut dyn Write,
) -> Outcome {
    let routine = Routine::load(file, catalogue).map_err(|e| e.to_string())?;
    let options = player_options(sound, countdown);
    let source = std::fs::canonicalize(file).ok();
    let _record =
        crate::player::play(routine, source, None, &options, out, notices).map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

fn resume(
    discard: bool,
    sound: &SoundArgs,
    out: &mut dyn Write,
    notices: &mut dyn Write,
) -> Outcome {
    use crate::core::checkpoint::Checkpoint;
    let path = Checkpoint::default_path()
        .ok_or("error: no data folder to keep sessions in; set POSEWISE_DATA_DIR")?;
    if discard {
        return discard_checkpoint(&path, out);
    }
    let catalogue = Catalogue::builtin();
    let Some(checkpoint) = Checkpoint::load(&path, catalogue).map_err(|e| e.to_string())? else {
        writeln!(out, "There is no interrupted session to resume.").map_err(io_error)?;
        return Ok(ExitCode::SUCCESS);
    };
    let options = player_options(sound, checkpoint.countdown);
    let routine = checkpoint.routine.clone();
    let source = checkpoint.source.clone();
    let _record = crate::player::play(routine, source, Some(checkpoint), &options, out, notices)
        .map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

/// `resume --discard`: deletes the checkpoint without parsing it, so that
/// even a damaged one can be thrown away.
fn discard_checkpoint(path: &Path, out: &mut dyn Write) -> Outcome {
    use crate::core::checkpoint::{Checkpoint, Discarded};
    let message = match Checkpoint::discard(path).map_err(|e| e.to_string())? {
        None => "There is no interrupted session to discard.".to_string(),
        Some(Discarded { title: Some(title) }) => {
            format!("Discarded the interrupted session of \"{title}\".")
        }
        Some(Discarded { title: None }) => "Discarded the interrupted session.".to_string(),
    };
    writeln!(out, "{message}").map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}
