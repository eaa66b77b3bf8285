//! A routine turned into a timeline: segments with absolute start times and
//! the cues that fire during them. Pure and deterministic.

mod cue;
mod timeline;

pub use cue::{COUNTDOWN_BEEPS, Cue, CueKind};

use crate::t;
use timeline::{Dose, Timeline};

use crate::catalogue::Catalogue;
use crate::routine::Routine;
use serde::Serialize;

/// Most countdown beeps before the end of a hold, rest or get-ready.
pub const MAX_COUNTDOWN: u64 = 10;

/// What happens during a stretch of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    GetReady,
    Hold,
    Rest,
    SwitchSides,
    SetRest,
    BreatheIn,
    HoldIn,
    BreatheOut,
    HoldOut,
}

impl SegmentKind {
    pub fn label(self) -> String {
        match self {
            SegmentKind::GetReady => t!("phase-get-ready"),
            SegmentKind::Hold => t!("phase-hold"),
            SegmentKind::Rest => t!("phase-rest"),
            SegmentKind::SwitchSides => t!("phase-switch-sides"),
            SegmentKind::SetRest => t!("phase-set-rest"),
            SegmentKind::BreatheIn => t!("phase-breathe-in"),
            SegmentKind::HoldIn => t!("phase-hold-in"),
            SegmentKind::BreatheOut => t!("phase-breathe-out"),
            SegmentKind::HoldOut => t!("phase-hold-out"),
        }
    }

    /// A phase of a breath rather than a pose.
    pub fn is_breath(self) -> bool {
        matches!(
            self,
            SegmentKind::BreatheIn
                | SegmentKind::HoldIn
                | SegmentKind::BreatheOut
                | SegmentKind::HoldOut
        )
    }

    /// Whether the patient is working (holding a pose or breathing) rather
    /// than moving between positions or resting.
    pub fn is_active(self) -> bool {
        !matches!(
            self,
            SegmentKind::GetReady
                | SegmentKind::Rest
                | SegmentKind::SwitchSides
                | SegmentKind::SetRest
        )
    }
}

/// Left or right: a side of the body, or a nostril while breathing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Left,
    Right,
}

impl Side {
    /// "left" or "right", in a sentence.
    pub fn label(self) -> String {
        match self {
            Side::Left => t!("side-left"),
            Side::Right => t!("side-right"),
        }
    }
}

/// A stretch of the session timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub start_ms: u64,
    pub duration_ms: u64,
    pub kind: SegmentKind,
    /// Catalogue id, or the custom exercise's name.
    pub pose: String,
    /// The name to show.
    pub name: String,
    /// Index into the routine's steps.
    pub step: usize,
    pub side: Option<Side>,
    pub rep: u32,
    pub set: u32,
    pub reps: u32,
    pub sets: u32,
}

impl Segment {
    pub fn end_ms(&self) -> u64 {
        self.start_ms + self.duration_ms
    }
}

/// The whole session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub title: String,
    pub total_ms: u64,
    pub segments: Vec<Segment>,
    pub cues: Vec<Cue>,
}

impl Plan {
    /// Lays out `routine`.
    ///
    /// Give it a routine from `Routine::load` or `Routine::parse`: those
    /// fit every limit, and the plan then lasts exactly
    /// `Routine::duration_ms`. A routine that skipped validation (built in
    /// code, or read from a checkpoint) cannot make it run away: the plan
    /// stops before the first segment that would end past
    /// `MAX_SESSION_MS`, and countdowns are capped at `MAX_COUNTDOWN`.
    pub fn build(routine: &Routine, catalogue: &Catalogue) -> Plan {
        Plan::with_countdown(routine, catalogue, COUNTDOWN_BEEPS)
    }

    /// As `build`, with `countdown` beeps (at most `MAX_COUNTDOWN`)
    /// before the end of each hold, rest and get-ready (0 turns them off).
    pub fn with_countdown(routine: &Routine, catalogue: &Catalogue, countdown: u64) -> Plan {
        let (get_ready_ms, switch_ms) = (routine.get_ready_ms(), routine.switch_ms());
        let mut timeline = Timeline::default();
        for (step, raw) in routine.steps.iter().enumerate() {
            if timeline.full {
                break;
            }
            let dose = Dose::of(raw, catalogue);
            timeline.step(&dose, step, get_ready_ms, switch_ms);
        }
        let total_ms = timeline.at_ms;
        let countdown = countdown.min(MAX_COUNTDOWN);
        let cues = cue::schedule(&timeline.segments, total_ms, countdown);
        Plan {
            title: routine.title.clone(),
            total_ms,
            segments: timeline.segments,
            cues,
        }
    }

    /// Index of the segment running at `at_ms` (the last one at the end).
    pub fn segment_at(&self, at_ms: u64) -> Option<usize> {
        let index = self.segments.partition_point(|s| s.start_ms <= at_ms);
        index.checked_sub(1)
    }

    /// Time spent holding poses and breathing (not moving or resting).
    pub fn active_ms(&self) -> u64 {
        self.segments
            .iter()
            .filter(|s| s.kind.is_active())
            .map(|s| s.duration_ms)
            .sum()
    }
}

#[cfg(test)]
mod tests;
