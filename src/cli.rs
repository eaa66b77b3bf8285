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
    /// Show the timeline of a routine: every segment and cue.
    Plan {
        file: PathBuf,
        /// Print JSON: {"total_ms", "segments", "cues"}.
        #[arg(long)]
        json: bool,
    },
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let stdout = &mut std::io::stdout().lock();
    let stderr = &mut std::io::stderr().lock();
    let catalogue = Catalogue::builtin();
    let outcome = match cli.command {
        None => return crate::ui::run(cli.file),
        Some(Command::Validate { files }) => validate(&files, catalogue, stdout, stderr),
        Some(Command::Poses { json }) => poses(json, catalogue, stdout),
        Some(Command::Plan { file, json }) => plan(&file, json, catalogue, stdout),
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
                let plan = Plan::build(&routine, catalogue);
                writeln!(
                    stdout,
                    "{}: ok: \"{}\", {} steps, {}",
                    file.display(),
                    routine.title,
                    routine.steps.len(),
                    format_duration(plan.total_ms)
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
        let text = serde_json::to_string_pretty(&PosesJson {
            poses: catalogue.poses(),
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
    poses: &'a [crate::core::catalogue::Pose],
}

fn plan(file: &Path, json: bool, catalogue: &Catalogue, out: &mut dyn Write) -> Outcome {
    let routine = Routine::load(file, catalogue).map_err(|error| error.to_string())?;
    let plan = Plan::build(&routine, catalogue);
    if json {
        let text = serde_json::to_string(&plan).map_err(|e| format!("error: {e}"))?;
        writeln!(out, "{text}").map_err(io_error)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{} — {}", plan.title, format_duration(plan.total_ms)).map_err(io_error)?;
    for segment in &plan.segments {
        let side = segment
            .side
            .map_or(String::new(), |s| format!(" ({s:?})").to_lowercase());
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
