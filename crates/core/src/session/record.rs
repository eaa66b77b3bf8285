//! What a session leaves behind for the log: one line of `history.jsonl`.

use crate::plan::Side;
use crate::routine::{Prescription, Routine};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "posewise-session";
pub const VERSION: u32 = 1;
/// The pain scale runs from 0 (none) to this.
pub const MAX_PAIN: u8 = 10;

/// How hard the session felt, asked after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Effort {
    Easy,
    Right,
    Hard,
}

impl Effort {
    pub const NAMES: [&'static str; 3] = ["easy", "right", "hard"];

    /// Reads "easy", "right" or "hard" (any case, spaces around allowed).
    pub fn parse(text: &str) -> Option<Effort> {
        match text.trim().to_lowercase().as_str() {
            "easy" => Some(Effort::Easy),
            "right" => Some(Effort::Right),
            "hard" => Some(Effort::Hard),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Effort::Easy => "easy",
            Effort::Right => "right",
            Effort::Hard => "hard",
        }
    }
}

/// What the patient chose after saying "this hurts".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HurtChoice {
    /// Skip the rest of this exercise.
    Skip,
    /// Go on, gently.
    Gently,
    /// Stop the session.
    Stop,
    /// Go on with this exercise's holds a third shorter.
    Easier,
    /// A choice a newer Posewise offers.
    #[serde(other)]
    Other,
}

impl HurtChoice {
    pub fn label(self) -> &'static str {
        match self {
            HurtChoice::Skip => "skipped it",
            HurtChoice::Gently => "went on gently",
            HurtChoice::Stop => "stopped the session",
            HurtChoice::Easier => "made it easier",
            HurtChoice::Other => "chose something else",
        }
    }
}

/// One "this hurts": the step (0-based), its side, and what was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hurt {
    pub step: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    pub choice: HurtChoice,
}

/// One session, finished or stopped early. Times keep the offset they were
/// recorded with, so a day is the patient's day where they were.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// Always "posewise-session".
    pub format: String,
    pub version: u32,
    /// Unique per session: start time and routine.
    pub id: String,
    pub routine_title: String,
    pub routine_id: String,
    pub started_at: DateTime<FixedOffset>,
    pub ended_at: DateTime<FixedOffset>,
    /// Played to the end, rather than stopped.
    pub completed: bool,
    /// Steps played to their end (skipped ones do not count).
    pub steps_done: usize,
    pub steps_total: usize,
    /// Time spent in the session, pauses excluded.
    pub active_seconds: u64,
    /// 0–10, asked before the session; `None` when skipped.
    pub pain_before: Option<u8>,
    /// 0–10, asked after the session; `None` when skipped.
    pub pain_after: Option<u8>,
    pub effort: Option<Effort>,
    pub note: Option<String>,
    /// Steps (0-based) marked "this hurts".
    pub painful_steps: Vec<usize>,
    /// Each "this hurts" with the choice made after it, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hurt_choices: Vec<Hurt>,
    /// The routine's prescription when the session was done, so adherence
    /// can be judged from the log alone (an addition to the fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prescription: Option<Prescription>,
    /// The names of the routine's steps, so a report can name painful
    /// exercises without the routine file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub step_names: Vec<String>,
    /// The week of a programme that changes week by week the session was
    /// done in (its doses are that week's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week: Option<u32>,
}

impl SessionRecord {
    /// A record with no ratings yet; `id` comes from the start and routine.
    pub fn new(
        routine: &Routine,
        started_at: DateTime<FixedOffset>,
        ended_at: DateTime<FixedOffset>,
    ) -> SessionRecord {
        let routine_id = routine_id(routine);
        SessionRecord {
            format: FORMAT.to_string(),
            version: VERSION,
            id: session_id(&routine_id, started_at),
            routine_title: routine.title.clone(),
            routine_id,
            started_at,
            ended_at,
            completed: false,
            steps_done: 0,
            steps_total: routine.steps.len(),
            active_seconds: 0,
            pain_before: None,
            pain_after: None,
            effort: None,
            note: None,
            painful_steps: Vec::new(),
            hurt_choices: Vec::new(),
            prescription: routine.prescription,
            step_names: routine
                .steps
                .iter()
                .map(|step| step.name_in(crate::catalogue::Catalogue::builtin()))
                .collect(),
            week: routine.week.map(|week| week.number),
        }
    }
}

/// "20261127T164738.123+0100-1a2b3c4d": the start, to the millisecond, and
/// a piece of the routine id.
fn session_id(routine_id: &str, started_at: DateTime<FixedOffset>) -> String {
    let stamp = started_at.format("%Y%m%dT%H%M%S%.3f%z");
    let short: String = routine_id.chars().take(8).collect();
    format!("{stamp}-{short}")
}

/// The id a routine's sessions are logged under: its `id`, or a hash of
/// its content (`Routine::stable_id`).
pub fn routine_id(routine: &Routine) -> String {
    routine.stable_id()
}
