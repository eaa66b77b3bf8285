//! What a session leaves behind for the log.

use crate::core::routine::Routine;
use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};

/// One session, finished or stopped early.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub routine_title: String,
    pub routine_id: String,
    pub started_at: DateTime<Local>,
    pub ended_at: DateTime<Local>,
    /// Played to the end, rather than stopped.
    pub completed: bool,
    /// Steps played to their end (skipped ones do not count).
    pub steps_done: usize,
    pub steps_total: usize,
    /// Time spent in the session, pauses excluded.
    pub active_seconds: u64,
    /// Steps (0-based) marked "this hurts".
    pub painful_steps: Vec<usize>,
}

/// A stable id for a routine's content: the same routine gives the same id
/// on every machine and every run (FNV-1a over its canonical JSON).
pub fn routine_id(routine: &Routine) -> String {
    let hash = routine
        .to_json()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    format!("{hash:016x}")
}
