//! Command-line interface: everything the app does that needs no window.

mod desktop;
mod handout;
mod history;
mod library;
mod remind;
mod report;
mod routine;
mod session;

use crate::core::catalogue::Catalogue;
use crate::core::i18n::{self, Lang};
use crate::core::session::Effort;
use crate::core::t;
use crate::ui::Launch;
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
                  your physiotherapist or doctor."
)]
pub struct Cli {
    /// A routine file (*.posewise.json) to open in the app.
    pub file: Option<PathBuf>,
    /// The language to use: en, de, es, fr, pt-BR or hi (default: from
    /// LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, global = true, value_name = "CODE", value_parser = parse_lang)]
    pub lang: Option<Lang>,
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
        #[command(flatten)]
        ratings: RatingArgs,
    },
    /// Open the window and start this routine at once: a file, or one of
    /// your routines by title or file name (as the Routines page lists it).
    Run { file: PathBuf },
    /// Check routine files and copy them into your routines (the app's
    /// library); one already there is not copied again.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write one of your routines (or one that comes with Posewise) to a
    /// file to share.
    Export {
        /// Its title or file name, as the Routines page lists it.
        routine: String,
        /// The file to write.
        #[arg(long, short)]
        out: PathBuf,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Continue the session that was interrupted (crash, kill, power cut).
    Resume {
        /// Throw the interrupted session away instead.
        #[arg(long)]
        discard: bool,
        #[command(flatten)]
        sound: SoundArgs,
        #[command(flatten)]
        ratings: RatingArgs,
    },
    /// List the logged sessions with a summary: streak, adherence, pain
    /// trend, and any warning.
    History {
        /// Print JSON: {"sessions", "summary", "skipped_lines"}.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        filter: history::Filter,
    },
    /// Write a report for the physiotherapist (CSV, JSON or one
    /// self-contained HTML page that prints on A4).
    Report {
        #[command(flatten)]
        filter: history::Filter,
        /// The patient's name, shown at the top.
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_enum)]
        format: report::Format,
        /// The file to write (replaced whole, never left half-written).
        #[arg(long)]
        out: PathBuf,
    },
    /// Add Posewise to the applications menu and open routine files
    /// (*.posewise.json) with it on a double-click.
    InstallDesktop {
        #[command(flatten)]
        scope: desktop::ScopeArgs,
    },
    /// Remove what install-desktop added.
    UninstallDesktop {
        #[command(flatten)]
        scope: desktop::ScopeArgs,
    },
    /// Write a printable handout of a routine for the patient: one
    /// self-contained HTML page with every step's picture, dose and
    /// cautions, that prints on A4.
    Handout {
        /// The routine file (*.posewise.json).
        file: PathBuf,
        /// The HTML file to write (replaced whole, never left
        /// half-written), or - for standard output.
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Show a desktop notification for each routine whose reminder is due;
    /// a systemd user timer runs this every 15 minutes.
    Remind(remind::RemindArgs),
    /// For tests: append COUNT generated records to the history in
    /// POSEWISE_DATA_DIR, printing each id once it is on disk.
    #[command(hide = true)]
    DebugAppendHistory {
        #[arg(long)]
        count: usize,
        /// Put in every id, to tell writers apart.
        #[arg(long)]
        tag: String,
    },
}

#[derive(Debug, clap::Args)]
pub struct Timing {
    /// Countdown beeps before the end of each hold, rest and get-ready
    /// (0 to 10; 0 turns them off).
    /// [default: 3, or for play the choice in the settings]
    #[arg(
        long,
        value_parser = clap::value_parser!(u64).range(0..=crate::core::plan::MAX_COUNTDOWN)
    )]
    pub countdown: Option<u64>,
}

impl Timing {
    /// The beeps asked for, or the usual number.
    fn beeps(&self) -> u64 {
        self.countdown.unwrap_or(crate::core::plan::COUNTDOWN_BEEPS)
    }
}

/// Ratings for the session log; asked in the terminal when not given.
#[derive(Debug, clap::Args)]
pub struct RatingArgs {
    /// Pain before the session, 0 (none) to 10.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=10))]
    pub pain_before: Option<u8>,
    /// Pain after the session, 0 (none) to 10.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=10))]
    pub pain_after: Option<u8>,
    /// How hard the session was: easy, right or hard.
    #[arg(long, value_name = "E", value_parser = parse_effort)]
    pub effort: Option<Effort>,
    /// A note for the log (and the physiotherapist's report).
    #[arg(long, value_parser = parse_note)]
    pub note: Option<String>,
}

fn parse_note(text: &str) -> Result<String, String> {
    let limit = crate::core::history::MAX_NOTE_CHARS;
    if text.chars().count() > limit {
        return Err(format!("a note may have at most {limit} characters"));
    }
    Ok(text.to_string())
}

fn parse_effort(text: &str) -> Result<Effort, String> {
    Effort::parse(text).ok_or_else(|| "expected easy, right or hard".to_string())
}

impl RatingArgs {
    fn ratings(&self) -> crate::player::Ratings {
        crate::player::Ratings {
            pain_before: self.pain_before,
            pain_after: self.pain_after,
            effort: self.effort,
            note: self.note.clone(),
        }
    }
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
    /// A soft tone that rises with each breath in and falls with each
    /// breath out.
    #[arg(long)]
    pub breath_tone: bool,
    /// Say which sound system and device play the cues.
    #[arg(long, short)]
    pub verbose: bool,
}

impl SoundArgs {
    pub(super) fn options(&self) -> crate::sound::Options {
        crate::sound::Options {
            volume: self.volume.clamp(0.0, 1.0),
            muted: self.mute,
            voice: !self.no_voice,
            breath_tone: self.breath_tone,
        }
    }
}

/// Runs the parsed command line and returns the process exit code.
/// `--lang`: a language Posewise speaks, or an error that lists them.
fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::parse(code).ok_or_else(|| {
        let known: Vec<&str> = Lang::SPOKEN.iter().map(|l| l.code()).collect();
        t!(
            "cli-unknown-language",
            code = code,
            known = known.join(", ")
        )
    })
}

pub fn run(cli: Cli) -> ExitCode {
    match cli.lang {
        Some(lang) => i18n::choose_on_command_line(lang),
        None => i18n::set(Lang::from_env()),
    }
    // Not locked for the whole run: the audio thread may need stderr too.
    let stdout = &mut std::io::stdout();
    let stderr = &mut std::io::stderr();
    // Parsed only by the commands that need it (`remind` mostly does not).
    let catalogue = Catalogue::builtin;
    let outcome = match cli.command {
        None => {
            let launch = cli.file.map_or(Launch::Home, Launch::Open);
            return crate::ui::run(launch);
        }
        Some(Command::Run { file }) => return crate::ui::run(Launch::Run(file)),
        Some(Command::Validate { files }) => validate(&files, catalogue(), stdout, stderr),
        Some(Command::Import { files }) => library::import(&files, catalogue(), stdout, stderr),
        Some(Command::Export {
            routine,
            out,
            force,
        }) => library::export(&routine, &out, force, catalogue(), stdout),
        Some(Command::Poses { json }) => poses(json, catalogue(), stdout),
        Some(Command::PoseSvg { id }) => pose_svg(&id, catalogue(), stdout),
        Some(Command::Plan { file, json, timing }) => {
            plan(&file, json, timing.beeps(), catalogue(), stdout)
        }
        Some(Command::RenderAudio {
            file,
            out,
            volume,
            timing,
        }) => render_audio(&file, &out, volume, timing.beeps(), catalogue(), stdout),
        Some(Command::Play {
            file,
            no_window: _,
            sound,
            timing,
            ratings,
        }) => {
            let ratings = ratings.ratings();
            play(&file, &sound, timing.countdown, ratings, stdout, stderr)
        }
        Some(Command::Resume {
            discard,
            sound,
            ratings,
        }) => resume(discard, &sound, ratings.ratings(), stdout, stderr),
        Some(Command::History { json: true, filter }) => {
            report::history_json(&filter, stdout, stderr)
        }
        Some(Command::History {
            json: false,
            filter,
        }) => history::history(&filter, stdout, stderr),
        Some(Command::Report {
            filter,
            name,
            format,
            out,
        }) => report::report(&filter, name.as_deref(), format, &out, stdout, stderr),
        Some(Command::InstallDesktop { scope }) => desktop::install(&scope, stdout),
        Some(Command::UninstallDesktop { scope }) => desktop::uninstall(&scope, stdout),
        Some(Command::Handout { file, out }) => handout::handout(&file, &out, catalogue(), stdout),
        Some(Command::Remind(args)) => remind::remind(&args, stdout),
        Some(Command::DebugAppendHistory { count, tag }) => {
            history::debug_append(count, &tag, stdout)
        }
    };
    match outcome {
        Ok(code) => code,
        // A closed pipe (`posewise plan x | head`) is not an error.
        Err(Failure::Error(message)) if message.is_empty() => ExitCode::SUCCESS,
        Err(Failure::Error(message)) => {
            let _ = writeln!(stderr, "{message}");
            ExitCode::FAILURE
        }
        Err(Failure::Usage(message)) => {
            let _ = writeln!(stderr, "{message}");
            ExitCode::from(2)
        }
    }
}

/// Why a command failed: `Usage` is bad input (exit 2), `Error` anything
/// else (exit 1; an empty message is a closed pipe, not an error).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Failure {
    Error(String),
    Usage(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Error(message)
    }
}

impl From<&str> for Failure {
    fn from(message: &str) -> Failure {
        Failure::Error(message.to_string())
    }
}

type Outcome = Result<ExitCode, Failure>;

fn io_error(error: std::io::Error) -> Failure {
    if error.kind() == std::io::ErrorKind::BrokenPipe {
        return Failure::Error(String::new());
    }
    Failure::Error(format!("error: cannot write output: {error}"))
}
