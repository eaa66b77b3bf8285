//! Which reminders are due now: the settings and what was announced first
//! (cheap), then, only for slots that could be due, the routine and the end
//! of the history.

use super::Report;
use crate::core::catalogue::Catalogue;
use crate::core::history;
use crate::core::library::Library;
use crate::core::reminder::{DueSlot, Slot, State, candidates, done_since};
use crate::core::settings::Settings;
use chrono::{DateTime, TimeZone};
use std::path::Path;

/// A slot to announce.
#[derive(Debug, Clone)]
pub struct Due {
    pub slot: Slot,
    pub title: String,
    /// Minutes the routine takes, rounded up.
    pub minutes: u64,
    /// What `posewise run` is given: the file, or the key of a routine that
    /// comes with Posewise.
    pub target: String,
}

/// The slots due at `now` for the data in `dir`.
pub fn due_now<Tz: TimeZone>(dir: &Path, now: &DateTime<Tz>, report: &mut Report) -> Vec<Due> {
    let settings = match Settings::peek(&dir.join(Settings::FILE_NAME)) {
        Ok(Some(settings)) => settings,
        Ok(None) => {
            report.say("no settings yet, so no reminders");
            return Vec::new();
        }
        Err(e) => {
            report.say(format!("{e}; open Posewise to fix it"));
            return Vec::new();
        }
    };
    let state = State::load(&State::path_in(dir)).unwrap_or_else(|e| {
        report.say(format!("{e}; starting afresh"));
        State::default()
    });
    let possible = candidates(&settings.reminders, &state, now);
    let Some(earliest) = possible.iter().map(|d| d.slot.at).min() else {
        return Vec::new();
    };
    let records = history::recent(&dir.join(history::FILE_NAME), earliest).unwrap_or_else(|e| {
        report.say(format!("{e}; reminding anyway"));
        Vec::new()
    });
    let routines = dir.join(crate::core::library::DIR_NAME);
    let catalogue = Catalogue::builtin();
    possible
        .into_iter()
        .filter_map(|DueSlot { slot, .. }| {
            let Some(entry) = Library::load_entry(&routines, &slot.key, catalogue) else {
                report.say(format!("{}: no such routine any more", slot.key));
                return None;
            };
            let routine_id = entry.routine_id.as_deref()?;
            if done_since(&records, routine_id, &entry.title, slot.at) {
                report.say(format!("{} was done since {}", entry.title, slot.time));
                return None;
            }
            let target = match &entry.path {
                Some(path) => path.to_string_lossy().into_owned(),
                None => entry.key.clone(),
            };
            Some(Due {
                title: entry.title.clone(),
                minutes: entry.duration_ms.div_ceil(60_000),
                target,
                slot,
            })
        })
        .collect()
}
