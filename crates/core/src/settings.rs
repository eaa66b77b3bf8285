//! The person's preferences, `settings.json` in the data folder. A damaged
//! file never stops the app: it is moved aside and the defaults are used.

mod read;
#[cfg(test)]
mod tests;

use crate::i18n::{self, Lang};
use crate::plan::COUNTDOWN_BEEPS;
use crate::reminder::{self, Reminder};
use crate::routine::Routine;
use crate::store::{data_dir, write_atomically};
use crate::t;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Largest settings file read; a real one is well under 1 KiB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024;
pub const DEFAULT_VOLUME: f32 = 0.8;
pub const TEXT_SCALE_RANGE: (u16, u16) = (100, 200);
pub const GET_READY_RANGE: (u32, u32) = (3, 60);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// 0.0..=1.0.
    #[serde(deserialize_with = "read::volume")]
    pub volume: f32,
    pub muted: bool,
    /// Spoken announcements.
    pub voice: bool,
    /// Beeps before the end of holds, rests and get-ready.
    pub countdown_beeps: bool,
    /// A soft tone that rises with each breath in and falls with each
    /// breath out.
    pub breath_tone: bool,
    /// No growing breathing circle, no controls sliding away.
    pub reduce_motion: bool,
    /// `None` uses the routine's own; `Some(n)`, n in 3..=60, overrides it.
    #[serde(deserialize_with = "read::get_ready")]
    pub get_ready_seconds: Option<u32>,
    pub theme: ThemeChoice,
    /// Percent, 100..=200.
    #[serde(deserialize_with = "read::text_scale")]
    pub text_scale: u16,
    /// Whether the first-run safety notice has been acknowledged.
    pub welcome_acknowledged: bool,
    /// The language's code ("de"), or None to follow the system's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Reminder times per routine, by library key.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub reminders: BTreeMap<String, Reminder>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            volume: DEFAULT_VOLUME,
            muted: false,
            voice: true,
            countdown_beeps: true,
            breath_tone: false,
            reduce_motion: false,
            get_ready_seconds: None,
            theme: ThemeChoice::System,
            text_scale: 100,
            welcome_acknowledged: false,
            language: None,
            reminders: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];
}

impl fmt::Display for ThemeChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            ThemeChoice::System => t!("theme-system"),
            ThemeChoice::Light => t!("theme-light"),
            ThemeChoice::Dark => t!("theme-dark"),
        })
    }
}

/// The settings to use, and what to tell the person if the file on disk
/// could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub settings: Settings,
    pub notice: Option<String>,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("{}: {}", .path.display(), crate::t!("problem-error", message = crate::t!("settings-cannot-save", error = source.to_string())))]
    Write {
        path: PathBuf,
        source: Arc<io::Error>,
    },
}

impl Settings {
    pub const FILE_NAME: &'static str = "settings.json";

    /// The language chosen in the settings, if it is one Posewise speaks.
    pub fn lang(&self) -> Option<Lang> {
        self.language.as_deref().and_then(Lang::parse)
    }

    /// The language to speak: `--lang`, else the setting, else `system`.
    pub fn apply_language(&self, system: Lang) {
        if !i18n::chosen_on_command_line() {
            i18n::set(self.lang().unwrap_or(system));
        }
    }

    /// `settings.json` in the data folder.
    pub fn default_path() -> Option<PathBuf> {
        data_dir().map(|dir| dir.join(Settings::FILE_NAME))
    }

    /// Reads the settings at `path`. Never fails: a missing file gives the
    /// defaults; a damaged one is renamed to `<name>.bad` (replacing an
    /// older one) and the defaults come with a notice saying so.
    pub fn load(path: &Path) -> Loaded {
        read::load(path)
    }

    /// Reads the settings at `path` without touching the file: `Ok(None)`
    /// when there is none, `Err` (file:line:column) when it cannot be used.
    /// For `posewise remind`, which must never move the person's file.
    pub fn peek(path: &Path) -> Result<Option<Settings>, String> {
        read::peek(path)
    }

    /// The reminder settings of the routine `key`: the saved ones, or off
    /// with times and days from its prescription.
    pub fn reminder_for(&self, key: &str, routine: Option<&Routine>) -> Reminder {
        self.reminders.get(key).cloned().unwrap_or_else(|| {
            Reminder::from_prescription(routine.and_then(|r| r.prescription.as_ref()))
        })
    }

    /// Writes the settings (clamped) as pretty JSON, atomically.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let failed = |source: io::Error| Error::Write {
            path: path.to_path_buf(),
            source: Arc::new(source),
        };
        let mut text = serde_json::to_string_pretty(&self.clone().clamped())
            .map_err(|e| failed(io::Error::other(e)))?;
        text.push('\n');
        write_atomically(path, text.as_bytes()).map_err(failed)
    }

    /// Writes only what changed since `base` (the settings as this app read
    /// or last wrote them) over the file as it is now, so that a setting
    /// another computer changed meanwhile in a synced data folder is kept:
    /// the last writer wins for each setting (each routine's reminder
    /// counts as one), not for the whole file. A file that cannot be read
    /// is replaced by these settings.
    pub fn save_changes(&self, base: &Settings, path: &Path) -> Result<(), Error> {
        let as_value = |settings: &Settings| {
            let mut value = serde_json::to_value(settings.clone().clamped()).unwrap_or_default();
            // No reminders left must read as an empty list, so that removing
            // the last one is a change too.
            if let Some(fields) = value.as_object_mut() {
                let _ = fields
                    .entry("reminders")
                    .or_insert_with(|| serde_json::Value::Object(serde_json::Map::new()));
            }
            value
        };
        let (mine, before) = (as_value(self), as_value(base));
        let on_disk = match Settings::peek(path) {
            Ok(Some(current)) => as_value(&current),
            _ => return self.save(path),
        };
        let merged = merge_changes(on_disk, &mine, &before);
        let settings: Settings = serde_json::from_value(merged).unwrap_or_else(|_| self.clone());
        settings.save(path)
    }

    /// The same settings with every number in its range: a volume that is
    /// not a number becomes the default.
    pub fn clamped(self) -> Settings {
        let volume = if self.volume.is_nan() {
            DEFAULT_VOLUME
        } else {
            self.volume.clamp(0.0, 1.0)
        };
        let (low, high) = GET_READY_RANGE;
        // A language Posewise does not speak follows the system.
        let language = self.lang().map(|l| l.code().to_owned());
        let reminders = self
            .reminders
            .into_iter()
            .take(reminder::MAX_ROUTINES)
            .map(|(key, r)| (key, r.normalised()))
            .collect();
        Settings {
            volume,
            reminders,
            text_scale: self
                .text_scale
                .clamp(TEXT_SCALE_RANGE.0, TEXT_SCALE_RANGE.1),
            get_ready_seconds: self.get_ready_seconds.map(|s| s.clamp(low, high)),
            language,
            ..self
        }
    }

    /// Countdown beeps for `Plan::with_countdown`.
    pub fn countdown(&self) -> u64 {
        if self.countdown_beeps {
            COUNTDOWN_BEEPS
        } else {
            0
        }
    }
}

/// `target` with every field of `mine` that differs from `before`; the
/// reminders field by routine.
fn merge_changes(
    mut target: serde_json::Value,
    mine: &serde_json::Value,
    before: &serde_json::Value,
) -> serde_json::Value {
    let (Some(fields), Some(into)) = (mine.as_object(), target.as_object_mut()) else {
        return mine.clone();
    };
    for (key, value) in fields {
        let was = &before[key];
        if value == was {
            continue;
        }
        let empty = serde_json::Map::new();
        if key == "reminders"
            && let Some(now) = value.as_object()
        {
            let old = was.as_object().unwrap_or(&empty);
            let slot = into
                .entry(key.clone())
                .or_insert_with(|| serde_json::Value::Object(serde_json::Map::new()));
            if let Some(reminders) = slot.as_object_mut() {
                for (routine, reminder) in now {
                    if old.get(routine) != Some(reminder) {
                        let _ = reminders.insert(routine.clone(), reminder.clone());
                    }
                }
                for routine in old.keys().filter(|r| !now.contains_key(*r)) {
                    let _ = reminders.remove(routine);
                }
                continue;
            }
        }
        let _ = into.insert(key.clone(), value.clone());
    }
    // A setting back to its default is left out of the file ("follow the
    // system's language"): that is a change too.
    if let Some(old) = before.as_object() {
        for key in old.keys().filter(|key| !fields.contains_key(*key)) {
            let _ = into.remove(key);
        }
    }
    target
}
