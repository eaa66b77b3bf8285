//! Which reminders are due now: the settings and what was announced first
//! (cheap), then, only for slots that could be due, the routine and the end
//! of the history.

use super::Report;
use crate::core::catalogue::Catalogue;
use crate::core::history;
use crate::core::library::Library;
use crate::core::reminder::{DueSlot, Slot, State, candidates, done_since};
use crate::core::settings::Settings;
use crate::core::t;
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
        Ok(Some(settings)) => {
            // The notification speaks the app's language.
            settings.apply_language(crate::core::i18n::Lang::from_env());
            settings
        }
        Ok(None) => {
            report.say(t!("remind-no-settings"));
            return Vec::new();
        }
        Err(e) => {
            report.say(t!("remind-fix-settings", error = e.to_string()));
            return Vec::new();
        }
    };
    let state = State::load(&State::path_in(dir)).unwrap_or_else(|e| {
        report.say(t!("remind-starting-afresh", error = e.to_string()));
        State::default()
    });
    let possible = candidates(&settings.reminders, &state, now);
    let Some(earliest) = possible.iter().map(|d| d.slot.at).min() else {
        return Vec::new();
    };
    let records = history::recent_all(dir, earliest).unwrap_or_else(|e| {
        report.say(t!("remind-anyway", error = e.to_string()));
        Vec::new()
    });
    let routines = dir.join(crate::core::library::DIR_NAME);
    let catalogue = Catalogue::builtin();
    possible
        .into_iter()
        .filter_map(|DueSlot { slot, .. }| {
            let Some(entry) = Library::load_entry(&routines, &slot.key, catalogue) else {
                report.say(t!("remind-no-such-routine", routine = slot.key.as_str()));
                return None;
            };
            let routine_id = entry.routine_id.as_deref()?;
            if done_since(&records, routine_id, &entry.title, slot.at) {
                report.say(t!(
                    "remind-done-since",
                    title = entry.title.as_str(),
                    time = slot.time.to_string()
                ));
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, TimeZone};

    fn moment(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).expect("moment")
    }

    fn data(settings: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::create_dir_all(dir.path().join("routines")).expect("routines");
        std::fs::write(dir.path().join("settings.json"), settings).expect("settings");
        std::fs::write(
            dir.path().join("routines/mine.posewise.json"),
            r#"{"format": "posewise-routine", "version": 1, "title": "Mine",
                "steps": [{"pose": "balasana", "hold_seconds": 90}]}"#,
        )
        .expect("routine");
        dir
    }

    #[test]
    fn due_slots_name_the_routine_and_how_to_start_it() {
        let dir = data(
            r#"{"reminders": {
                "own/mine.posewise.json": {"on": true, "times": ["18:00"], "days": ["fri"]},
                "bundled/breathing-reset": {"on": true, "times": ["17:30"], "days": ["fri"]},
                "own/gone.posewise.json": {"on": true, "times": ["18:00"], "days": ["fri"]},
                "own/../settings.json": {"on": true, "times": ["18:00"], "days": ["fri"]}}}"#,
        );
        let now = FixedOffset::east_opt(3600)
            .expect("offset")
            .from_local_datetime(&moment("2026-11-27T18:10:00+01:00").naive_local())
            .single()
            .expect("moment");
        let mut report = Report::default();
        let due = due_now(dir.path(), &now, &mut report);
        let shown: Vec<(String, String, u64)> = due
            .iter()
            .map(|d| (d.title.clone(), d.slot.time.to_string(), d.minutes))
            .collect();
        assert_eq!(
            shown,
            [
                ("Breathing reset".to_string(), "17:30".to_string(), 6),
                ("Mine".to_string(), "18:00".to_string(), 2)
            ]
        );
        assert_eq!(due[0].target, "bundled/breathing-reset");
        assert!(due[1].target.ends_with("routines/mine.posewise.json"));
        let said = report.lines.join("\n");
        assert!(
            said.contains("own/gone.posewise.json: no such routine any more"),
            "{said}"
        );
        assert!(
            said.contains("own/../settings.json: no such routine any more"),
            "{said}"
        );
    }

    #[test]
    fn damaged_settings_are_left_alone_and_nothing_is_due() {
        let dir = data("{\"reminders\": [1, 2");
        let mut report = Report::default();
        let now = moment("2026-11-27T18:10:00+01:00");
        assert!(due_now(dir.path(), &now, &mut report).is_empty());
        assert!(
            report.lines[0].contains("settings.json:1:"),
            "{:?}",
            report.lines
        );
        assert!(dir.path().join("settings.json").exists(), "not moved aside");
    }
}
