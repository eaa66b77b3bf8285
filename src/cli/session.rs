//! Commands that run a session in the terminal: play and resume.

use super::history::log_session;
use super::{Outcome, SoundArgs, io_error};
use crate::core::catalogue::Catalogue;
use crate::core::routine::Routine;
use crate::core::session::Setup;
use crate::core::settings::Settings;
use crate::core::t;
use crate::player::{Begin, Ratings};
use std::io::IsTerminal;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

fn player_options(sound: &SoundArgs, setup: Setup, ratings: Ratings) -> crate::player::Options {
    crate::player::Options {
        sound: sound.options(),
        setup,
        checkpoint: crate::core::checkpoint::Checkpoint::default_path(),
        ratings,
        ask: std::io::stdin().is_terminal(),
        verbose: sound.verbose,
    }
}

pub(super) fn play(
    file: &Path,
    sound: &SoundArgs,
    (week, countdown): (Option<u32>, Option<u64>),
    ratings: Ratings,
    out: &mut dyn Write,
    notices: &mut dyn Write,
) -> Outcome {
    let catalogue = Catalogue::builtin();
    let routine = Routine::load(file, catalogue).map_err(|e| e.to_string())?;
    let (routine, week) = super::week::chosen(&routine, week);
    super::week::say(week, out).map_err(io_error)?;
    let mut setup = chosen_setup(notices).map_err(io_error)?;
    if let Some(countdown) = countdown {
        setup.countdown = countdown;
    }
    let options = player_options(sound, setup, ratings);
    let source = std::fs::canonicalize(file).ok();
    let begin = Begin::New {
        routine: Box::new(routine),
        source,
    };
    let record = crate::player::play(begin, &options, out, notices).map_err(io_error)?;
    match record {
        Some(record) => log_session(&record, out),
        None => Ok(ExitCode::SUCCESS),
    }
}

pub(super) fn resume(
    discard: bool,
    sound: &SoundArgs,
    ratings: Ratings,
    out: &mut dyn Write,
    notices: &mut dyn Write,
) -> Outcome {
    use crate::core::checkpoint::Checkpoint;
    let path = Checkpoint::default_path()
        .ok_or_else(|| t!("cli-error", message = t!("cli-no-data-folder")))?;
    if discard {
        return discard_checkpoint(&path, out);
    }
    let catalogue = Catalogue::builtin();
    let Some(checkpoint) = Checkpoint::load(&path, catalogue).map_err(|e| e.to_string())? else {
        writeln!(out, "{}", t!("cli-nothing-to-resume")).map_err(io_error)?;
        return Ok(ExitCode::SUCCESS);
    };
    let setup = Setup {
        countdown: checkpoint.countdown,
        get_ready_seconds: checkpoint.routine.get_ready_seconds,
    };
    let options = player_options(sound, setup, ratings);
    let begin = Begin::Resume(Box::new(checkpoint));
    let record = crate::player::play(begin, &options, out, notices).map_err(io_error)?;
    match record {
        Some(record) => log_session(&record, out),
        None => Ok(ExitCode::SUCCESS),
    }
}

/// The person's countdown beeps and get-ready time from their settings, as
/// the window uses them. Settings that cannot be read give the defaults,
/// with the reason in `notices`; the file is left as it is.
fn chosen_setup(notices: &mut dyn Write) -> std::io::Result<Setup> {
    let settings = match Settings::default_path().map(|path| Settings::peek(&path)) {
        Some(Ok(Some(settings))) => settings,
        Some(Ok(None)) | None => Settings::default(),
        Some(Err(reason)) => {
            writeln!(notices, "{}", t!("cli-default-settings", reason = reason))?;
            Settings::default()
        }
    };
    Ok(Setup::from(&settings))
}

/// `resume --discard`: deletes the checkpoint without parsing it, so that
/// even a damaged one can be thrown away.
fn discard_checkpoint(path: &Path, out: &mut dyn Write) -> Outcome {
    use crate::core::checkpoint::{Checkpoint, Discarded};
    let message = match Checkpoint::discard(path).map_err(|e| e.to_string())? {
        None => t!("cli-nothing-to-discard"),
        Some(Discarded { title: Some(title) }) => t!("cli-discarded-of", title = title),
        Some(Discarded { title: None }) => t!("cli-discarded"),
    };
    writeln!(out, "{message}").map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}
