//! A step with every default filled in. This is the one place that says
//! what an unset dose field means; the plan, validation, the dose text and
//! the editor all read it from here.

use super::{Exercise, Sides, Step};
use crate::catalogue::{BreathPattern, Catalogue, Pose};

/// A hold's length when neither the step nor its pose gives one.
pub const DEFAULT_HOLD_SECONDS: u32 = 30;
/// Shortest time a side switch takes, whatever `get_ready_seconds` says.
pub const MIN_SWITCH_MS: u64 = 3000;

/// A step's dose with the pose's and Posewise's defaults filled in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ResolvedStep {
    pub hold_seconds: u32,
    /// At least 1.
    pub reps: u32,
    /// At least 1.
    pub sets: u32,
    pub rest_seconds: u32,
    pub set_rest_seconds: u32,
    pub sides: Sides,
    pub breathing: Option<BreathPattern>,
}

/// The catalogue pose a step names, if the catalogue has it.
pub fn pose_of<'a>(step: &Step, catalogue: &'a Catalogue) -> Option<&'a Pose> {
    match &step.exercise {
        Exercise::Pose(id) => catalogue.find(id),
        Exercise::Custom(_) => None,
    }
}

/// The hold a step gets when it gives none.
pub fn default_hold_seconds(pose: Option<&Pose>) -> u32 {
    pose.map_or(DEFAULT_HOLD_SECONDS, |p| p.default_hold_seconds)
}

/// Whether an exercise is done on each side in turn by default.
pub fn per_side(exercise: &Exercise, pose: Option<&Pose>) -> bool {
    match (pose, exercise) {
        (Some(p), _) => p.per_side,
        (None, Exercise::Custom(c)) => c.per_side,
        (None, Exercise::Pose(_)) => false,
    }
}

impl ResolvedStep {
    /// `step` with `pose`'s defaults (`None` for a custom exercise or a
    /// pose the catalogue lacks).
    pub fn of(step: &Step, pose: Option<&Pose>) -> ResolvedStep {
        let rest_seconds = step.rest_seconds.unwrap_or(0);
        let sides = if per_side(&step.exercise, pose) {
            Sides::Both
        } else {
            Sides::None
        };
        ResolvedStep {
            hold_seconds: step
                .hold_seconds
                .unwrap_or_else(|| default_hold_seconds(pose)),
            reps: step.reps.unwrap_or(1).max(1),
            sets: step.sets.unwrap_or(1).max(1),
            rest_seconds,
            set_rest_seconds: step.set_rest_seconds.unwrap_or(rest_seconds),
            sides: step.sides.unwrap_or(sides),
            breathing: step
                .breathing
                .or_else(|| pose.and_then(|p| p.default_breathing)),
        }
    }

    /// `step` with the defaults of the catalogue pose it names.
    pub fn in_catalogue(step: &Step, catalogue: &Catalogue) -> ResolvedStep {
        ResolvedStep::of(step, pose_of(step, catalogue))
    }

    pub fn hold_ms(&self) -> u64 {
        seconds_ms(self.hold_seconds)
    }

    pub fn rest_ms(&self) -> u64 {
        seconds_ms(self.rest_seconds)
    }

    pub fn set_rest_ms(&self) -> u64 {
        seconds_ms(self.set_rest_seconds)
    }

    /// How many whole breaths of `breath` fill one hold (at least one).
    pub fn breath_cycles(&self, breath: &BreathPattern) -> u64 {
        (self.hold_ms() / breath_cycle_ms(breath).max(1)).max(1)
    }

    /// One hold of the pose on one side, or the breaths that fill it.
    pub fn work_ms(&self) -> u64 {
        match &self.breathing {
            None => self.hold_ms(),
            Some(breath) => self
                .breath_cycles(breath)
                .saturating_mul(breath_cycle_ms(breath)),
        }
    }

    /// The whole step, get-ready included, by saturating arithmetic: the
    /// plan's timeline lays out exactly this much for a valid routine.
    pub fn total_ms(&self, get_ready_ms: u64, switch_ms: u64) -> u64 {
        let (sides, switches) = match self.sides {
            Sides::Both => (2, switch_ms),
            Sides::None | Sides::Left | Sides::Right => (1, 0),
        };
        let rep_ms = self
            .work_ms()
            .saturating_mul(sides)
            .saturating_add(switches);
        let reps = u64::from(self.reps);
        let set_ms = rep_ms
            .saturating_mul(reps)
            .saturating_add(self.rest_ms().saturating_mul(reps - 1));
        let sets = u64::from(self.sets);
        get_ready_ms
            .saturating_add(set_ms.saturating_mul(sets))
            .saturating_add(self.set_rest_ms().saturating_mul(sets - 1))
    }
}

/// In, hold, out, hold empty: each rounded to a tenth of a second.
pub fn breath_phases_ms(breath: &BreathPattern) -> [u64; 4] {
    [breath.inhale, breath.hold, breath.exhale, breath.hold_after].map(tenths_ms)
}

fn breath_cycle_ms(breath: &BreathPattern) -> u64 {
    breath_phases_ms(breath)
        .iter()
        .fold(0, |sum: u64, ms| sum.saturating_add(*ms))
}

fn tenths_ms(seconds: f64) -> u64 {
    ((seconds * 10.0).round().max(0.0) as u64).saturating_mul(100)
}

fn seconds_ms(seconds: u32) -> u64 {
    u64::from(seconds) * 1000
}
