//! Routine files (`*.posewise.json`, format version 1): the contract between
//! a physiotherapist who writes a routine and the patient who runs it.

pub mod resolved;
mod step;
mod validate;
pub mod weeks;

pub use resolved::{MIN_SWITCH_MS, ResolvedStep};
pub use step::{CustomPose, Exercise, Progress, Sides, Step};
pub use weeks::Week;

use crate::catalogue::Catalogue;
use crate::location::{Position, Problem, Problems};
use crate::store::{Capped, read_capped, write_atomically};
use serde::{Deserialize, Serialize};
use std::path::Path;

pub const FORMAT: &str = "posewise-routine";
/// The version a routine is written with when it uses nothing newer, so
/// that an older Posewise reads it.
pub const VERSION: u64 = 1;
/// The newest version this Posewise reads: version 1 with programmes that
/// change week by week (`weeks`).
pub const LATEST_VERSION: u64 = 2;
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
pub const MAX_STEPS: usize = 200;
pub const MAX_HOLD_SECONDS: u64 = 3600;
pub const MAX_REPEATS: u64 = 100;
pub const MAX_SESSION_MS: u64 = 6 * 3600 * 1000;
/// At most this many problems are reported for one file; the others are
/// counted.
pub const MAX_PROBLEMS: usize = 100;

/// A whole routine file, exactly as written.
///
/// One from `Routine::load` or `Routine::parse` fits every limit (steps,
/// doses, the 6-hour session), so `Plan::build` lays it out exactly. One
/// made any other way (in code, or deserialised from a session
/// checkpoint) has not been checked: `Plan::build` still stops at the
/// 6-hour cap, but `Routine::parse(routine.to_json().as_bytes(), ..)`
/// is how to check it first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Routine {
    pub format: String,
    pub version: u32,
    /// Stays the same across edits, so that a programme's weeks and its
    /// history carry on (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prescription: Option<Prescription>,
    /// The day week 1 begins; without it, the day of the first session
    /// (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts: Option<chrono::NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub get_ready_seconds: Option<u32>,
    pub steps: Vec<Step>,
    /// Set on the routine of one week of a programme (`in_week`): which
    /// week it is. Never read from or written to a file.
    #[serde(skip)]
    pub week: Option<Week>,
}

/// How often the routine should be done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prescription {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times_per_day: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_per_week: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weeks: Option<u32>,
}

/// Why a routine file could not be used.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("{path}: {}", crate::t!("problem-error", message = crate::t!("routine-cannot-read", error = message.as_str())))]
    Read { path: String, message: String },
    #[error("{0}")]
    Invalid(Problems),
    #[error("{path}: {}", crate::t!("problem-error", message = crate::t!("routine-cannot-save", error = message.as_str())))]
    Write { path: String, message: String },
}

impl Routine {
    /// Reads and validates a routine file.
    pub fn load(path: &Path, catalogue: &Catalogue) -> Result<Routine, Error> {
        let name = path.display().to_string();
        let read_error = |message: String| Error::Read {
            path: name.clone(),
            message,
        };
        let limit = MAX_FILE_BYTES as u64;
        let bytes = match read_capped(path, limit).map_err(|e| read_error(e.to_string()))? {
            Capped::Bytes(bytes) => bytes,
            Capped::TooLarge { .. } => {
                return Err(Error::Invalid(Problems::one(validate::too_large(&name))));
            }
            Capped::Missing => return Err(read_error(crate::t!("file-missing"))),
            Capped::NotAFile => return Err(read_error(crate::t!("file-not-a-file"))),
        };
        Routine::parse(&bytes, &name, catalogue).map_err(Error::Invalid)
    }

    /// Validates `bytes` as a routine file called `file` (used in messages).
    /// Returns the first `MAX_PROBLEMS` problems by position, and how many
    /// more were found. A routine it returns fits every limit, the 6-hour
    /// session included, so a plan can be built from it.
    pub fn parse(bytes: &[u8], file: &str, catalogue: &Catalogue) -> Result<Routine, Problems> {
        validate::parse(bytes, file, catalogue)
    }

    /// Writes the routine to `path` as `to_json` text, atomically: a crash
    /// leaves the old file or the new one, never half of one.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        write_atomically(path, self.to_json().as_bytes()).map_err(|error| Error::Write {
            path: path.display().to_string(),
            message: error.to_string(),
        })
    }

    /// The file text, pretty-printed, ending in a newline; version 1
    /// unless the routine uses something of version 2.
    pub fn to_json(&self) -> String {
        let needed = self.needed_version();
        let mut text = match u64::from(self.version) == needed {
            true => serde_json::to_string_pretty(self),
            false => serde_json::to_string_pretty(&Routine {
                version: u32::try_from(needed).unwrap_or(1),
                ..self.clone()
            }),
        }
        .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
        text.push('\n');
        text
    }

    pub fn get_ready_ms(&self) -> u64 {
        u64::from(self.get_ready_seconds.unwrap_or(5)) * 1000
    }

    /// How long a side switch takes in this routine.
    pub fn switch_ms(&self) -> u64 {
        self.get_ready_ms().max(MIN_SWITCH_MS)
    }

    /// How long the routine lasts, by arithmetic alone: no segment is
    /// made, so it is cheap for any routine, valid or not (it saturates at
    /// `u64::MAX`). For a valid routine it equals the plan's `total_ms`.
    pub fn duration_ms(&self, catalogue: &Catalogue) -> u64 {
        self.step_durations_ms(catalogue)
            .fold(0, u64::saturating_add)
    }

    /// How long each step lasts, get-ready included, as `duration_ms`
    /// works it out.
    pub fn step_durations_ms<'a>(
        &'a self,
        catalogue: &'a Catalogue,
    ) -> impl Iterator<Item = u64> + 'a {
        let (get_ready_ms, switch_ms) = (self.get_ready_ms(), self.switch_ms());
        self.steps.iter().map(move |step| {
            ResolvedStep::in_catalogue(step, catalogue).total_ms(get_ready_ms, switch_ms)
        })
    }
}

/// A problem at the very start of a file.
pub(crate) fn problem_at_start(file: &str, message: String) -> Problem {
    Problem {
        file: file.to_string(),
        position: Position::START,
        pointer: String::new(),
        message,
    }
}
