//! Command-line interface: everything the app does that needs no window.

mod desktop;
mod handout;
mod history;
mod library;
pub mod read;
mod remind;
mod report;
mod routine;
mod session;
mod week;

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
// Every about and help text is a `cli-*` message: see `read`.
#[command(name = "posewise", version)]
pub struct Cli {
    pub file: Option<PathBuf>,
    #[arg(long, global = true, value_name = "CODE", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What each command and option does is told by the `cli-command-<name>`
/// and `cli-option-…` messages in `assets/i18n/en/posewise.ftl`.
#[derive(Debug, Subcommand)]
pub enum Command {
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    Poses {
        #[arg(long)]
        json: bool,
    },
    PoseSvg {
        id: String,
    },
    Plan {
        file: PathBuf,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        week: week::WeekArg,
        #[command(flatten)]
        timing: Timing,
    },
    RenderAudio {
        file: PathBuf,
        #[arg(long, short, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, value_name = "VOLUME", default_value_t = 0.8, value_parser = read::volume)]
        volume: f32,
        #[command(flatten)]
        week: week::WeekArg,
        #[command(flatten)]
        timing: Timing,
    },
    Play {
        file: PathBuf,
        #[arg(long)]
        no_window: bool,
        #[command(flatten)]
        week: week::WeekArg,
        #[command(flatten)]
        sound: SoundArgs,
        #[command(flatten)]
        timing: Timing,
        #[command(flatten)]
        ratings: RatingArgs,
    },
    Run {
        file: PathBuf,
        #[command(flatten)]
        week: week::WeekArg,
    },
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    Export {
        routine: String,
        #[arg(long, short, value_name = "FILE")]
        out: PathBuf,
        #[arg(long)]
        force: bool,
    },
    Resume {
        #[arg(long)]
        discard: bool,
        #[command(flatten)]
        sound: SoundArgs,
        #[command(flatten)]
        ratings: RatingArgs,
    },
    History {
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        filter: history::Filter,
    },
    Report {
        #[command(flatten)]
        filter: history::Filter,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_enum)]
        format: report::Format,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    InstallDesktop {
        #[command(flatten)]
        scope: desktop::ScopeArgs,
    },
    UninstallDesktop {
        #[command(flatten)]
        scope: desktop::ScopeArgs,
    },
    Handout {
        file: PathBuf,
        #[arg(long, short, value_name = "FILE")]
        out: PathBuf,
    },
    Remind(remind::RemindArgs),
    #[command(hide = true)]
    DebugAppendHistory {
        #[arg(long)]
        count: usize,
        #[arg(long)]
        tag: String,
    },
}

#[derive(Debug, clap::Args)]
pub struct Timing {
    #[arg(long, value_name = "N", value_parser = read::up_to::<{ crate::core::plan::MAX_COUNTDOWN }>)]
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
    #[arg(long, value_name = "N", value_parser = read::rating)]
    pub pain_before: Option<u8>,
    #[arg(long, value_name = "N", value_parser = read::rating)]
    pub pain_after: Option<u8>,
    #[arg(long, value_name = "EFFORT", value_parser = parse_effort)]
    pub effort: Option<Effort>,
    #[arg(long, value_name = "TEXT", value_parser = parse_note)]
    pub note: Option<String>,
}

fn parse_note(text: &str) -> Result<String, String> {
    let limit = crate::core::history::MAX_NOTE_CHARS;
    if text.chars().count() > limit {
        return Err(t!("cli-note-too-long", most = limit));
    }
    Ok(text.to_string())
}

fn parse_effort(text: &str) -> Result<Effort, String> {
    Effort::parse(text).ok_or_else(|| t!("cli-expected-effort"))
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
    #[arg(long, value_name = "VOLUME", default_value_t = 0.8, value_parser = read::volume)]
    pub volume: f32,
    #[arg(long)]
    pub mute: bool,
    #[arg(long)]
    pub no_voice: bool,
    #[arg(long)]
    pub breath_tone: bool,
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

/// Runs the parsed command line and returns the process exit code.
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
        Some(Command::Run { file, week }) => return crate::ui::run(Launch::Run(file, week.week)),
        Some(Command::Validate { files }) => validate(&files, catalogue(), stdout, stderr),
        Some(Command::Import { files }) => library::import(&files, catalogue(), stdout, stderr),
        Some(Command::Export {
            routine,
            out,
            force,
        }) => library::export(&routine, &out, force, catalogue(), stdout),
        Some(Command::Poses { json }) => poses(json, catalogue(), stdout),
        Some(Command::PoseSvg { id }) => pose_svg(&id, catalogue(), stdout),
        Some(Command::Plan {
            file,
            json,
            week,
            timing,
        }) => plan(&file, json, week.week, timing.beeps(), catalogue(), stdout),
        Some(Command::RenderAudio {
            file,
            out,
            volume,
            week,
            timing,
        }) => {
            let beeps = timing.beeps();
            render_audio(&file, &out, volume, week.week, beeps, catalogue(), stdout)
        }
        Some(Command::Play {
            file,
            no_window: _,
            week,
            sound,
            timing,
            ratings,
        }) => {
            let ratings = ratings.ratings();
            let timing = (week.week, timing.countdown);
            play(&file, &sound, timing, ratings, stdout, stderr)
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
    Failure::Error(t!("cli-cannot-write-output", error = error.to_string()))
}
