//! Command-line interface: everything the app does that needs no window.

mod routine;
mod session;

use crate::core::catalogue::Catalogue;
use clap::{Parser, Subcommand};
use routine::{plan, pose_svg, poses, render_audio, validate};
use session::{play, resume};
use std::io::Write;
use std::path::PathBuf;
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
    /// Countdown beeps before the end of each hold, rest and get-ready.
    #[arg(long, default_value_t = crate::core::plan::COUNTDOWN_BEEPS, value_parser = clap::value_parser!(u64).range(0..=10))]
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
    pub(super) fn options(&self) -> crate::sound::Options {
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
