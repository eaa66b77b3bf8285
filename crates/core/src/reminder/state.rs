//! `reminders.json` in the data folder: the slots already announced and the
//! snoozed ones, so a slot is never announced twice. Entries older than two
//! days are dropped on every save, so the file stays small.

use crate::location::json_error_message;
use crate::store::write_atomically;
use crate::store::{Capped, read_capped};
use chrono::{DateTime, Duration, FixedOffset};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "reminders.json";
/// Far more than two days of slots of every routine could need.
pub const MAX_FILE_BYTES: u64 = 256 * 1024;
/// Most entries kept; the oldest go first.
pub const MAX_SLOTS: usize = 2_000;
const KEEP_DAYS: i64 = 2;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    pub slots: Vec<SlotState>,
}

/// A slot that was announced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotState {
    /// The routine's library key.
    pub routine: String,
    /// When the slot began.
    pub at: DateTime<FixedOffset>,
    /// Set by "Later": when to announce it again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub again_at: Option<DateTime<FixedOffset>>,
}

impl State {
    /// `reminders.json` in this computer's own folder for `data_dir`: each
    /// computer announces its own reminders, even when the data folder is
    /// shared by a sync engine.
    pub fn path_in(data_dir: &Path) -> PathBuf {
        crate::device::state_dir(data_dir).join(FILE_NAME)
    }

    /// Reads the file; a missing one is an empty state. A damaged one is an
    /// error naming file:line:column (the caller decides: `remind` starts
    /// afresh, since at worst a slot is announced once more).
    pub fn load(path: &Path) -> Result<State, String> {
        let shown = path.display();
        let cannot_read =
            |e: &dyn std::fmt::Display| format!("{shown}: cannot read the reminder state: {e}");
        let bytes = match read_capped(path, MAX_FILE_BYTES).map_err(|e| cannot_read(&e))? {
            Capped::Missing => return Ok(State::default()),
            Capped::NotAFile => return Err(cannot_read(&"it is not a file")),
            Capped::TooLarge { .. } => {
                return Err(format!(
                    "{shown}:1:1: the reminder state is larger than {} KiB; delete it \
                     (at worst a reminder comes once more)",
                    MAX_FILE_BYTES / 1024
                ));
            }
            Capped::Bytes(bytes) => bytes,
        };
        serde_json::from_slice(&bytes).map_err(|e| {
            format!(
                "{shown}:{}:{}: the reminder state cannot be read: {}; delete it \
                 (at worst a reminder comes once more)",
                e.line().max(1),
                e.column().max(1),
                json_error_message(&e)
            )
        })
    }

    /// Writes the state whole (atomically), without entries from before
    /// two days ago.
    pub fn save(&self, path: &Path, now: DateTime<FixedOffset>) -> std::io::Result<()> {
        let kept = self.pruned(now);
        let mut text = serde_json::to_string_pretty(&kept).map_err(std::io::Error::other)?;
        text.push('\n');
        write_atomically(path, text.as_bytes())
    }

    fn pruned(&self, now: DateTime<FixedOffset>) -> State {
        let oldest = now - Duration::days(KEEP_DAYS);
        let mut slots: Vec<SlotState> = self
            .slots
            .iter()
            .filter(|s| s.at >= oldest || s.again_at.is_some_and(|a| a >= oldest))
            .cloned()
            .collect();
        slots.sort_by_key(|s| s.at);
        let excess = slots.len().saturating_sub(MAX_SLOTS);
        let _ = slots.drain(..excess);
        State { slots }
    }

    /// What is known of the slot of `routine` that began at `at`.
    pub fn find(&self, routine: &str, at: DateTime<FixedOffset>) -> Option<&SlotState> {
        self.slots
            .iter()
            .find(|s| s.routine == routine && s.at == at)
    }

    /// Marks the slot announced: it is not announced again (until snoozed).
    pub fn announced(&mut self, routine: &str, at: DateTime<FixedOffset>) {
        self.set(routine, at, None);
    }

    /// Marks the slot to be announced again at `again_at`.
    pub fn snoozed(
        &mut self,
        routine: &str,
        at: DateTime<FixedOffset>,
        again_at: DateTime<FixedOffset>,
    ) {
        self.set(routine, at, Some(again_at));
    }

    fn set(
        &mut self,
        routine: &str,
        at: DateTime<FixedOffset>,
        again_at: Option<DateTime<FixedOffset>>,
    ) {
        match self
            .slots
            .iter_mut()
            .find(|s| s.routine == routine && s.at == at)
        {
            Some(slot) => slot.again_at = again_at,
            None => self.slots.push(SlotState {
                routine: routine.to_string(),
                at,
                again_at,
            }),
        }
    }
}
