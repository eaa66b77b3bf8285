//! A routine laid out in time: each step's timing with its defaults filled
//! in, worked out by arithmetic (`Timing::total_ms`) or as segments
//! (`Timeline`). The two must agree for every valid routine.

use super::{Segment, SegmentKind, Side};
use crate::core::catalogue::{BreathPattern, Catalogue, Pose};
use crate::core::routine::{Exercise, MAX_SESSION_MS, Sides, Step};

/// How long each part of a step lasts, with every default filled in.
#[derive(Debug, Clone, Copy)]
pub(super) struct Timing {
    hold_ms: u64,
    reps: u32,
    sets: u32,
    rest_ms: u64,
    set_rest_ms: u64,
    sides: Sides,
    breathing: Option<BreathPattern>,
}

impl Timing {
    pub(super) fn of(step: &Step, pose: Option<&Pose>) -> Timing {
        let (per_side, default_hold, default_breath) = match (pose, &step.exercise) {
            (Some(p), _) => (p.per_side, p.default_hold_seconds, p.default_breathing),
            (None, Exercise::Custom(c)) => (c.per_side, 30, None),
            (None, Exercise::Pose(_)) => (false, 30, None),
        };
        let rest_ms = seconds_ms(step.rest_seconds.unwrap_or(0));
        Timing {
            hold_ms: seconds_ms(step.hold_seconds.unwrap_or(default_hold)),
            reps: step.reps.unwrap_or(1).max(1),
            sets: step.sets.unwrap_or(1).max(1),
            rest_ms,
            set_rest_ms: step.set_rest_seconds.map_or(rest_ms, seconds_ms),
            sides: step
                .sides
                .unwrap_or(if per_side { Sides::Both } else { Sides::None }),
            breathing: step.breathing.or(default_breath),
        }
    }

    /// The phases of one breath, and how many whole breaths fill a hold.
    fn breaths(&self, breath: &BreathPattern) -> ([(SegmentKind, u64); 4], u64) {
        let phases = [
            (SegmentKind::BreatheIn, tenths_ms(breath.inhale)),
            (SegmentKind::HoldIn, tenths_ms(breath.hold)),
            (SegmentKind::BreatheOut, tenths_ms(breath.exhale)),
            (SegmentKind::HoldOut, tenths_ms(breath.hold_after)),
        ];
        let cycle_ms = cycle_ms(&phases);
        (phases, (self.hold_ms / cycle_ms.max(1)).max(1))
    }

    /// One hold of the pose on one side, or the breaths that fill it.
    fn work_ms(&self) -> u64 {
        match &self.breathing {
            None => self.hold_ms,
            Some(breath) => {
                let (phases, cycles) = self.breaths(breath);
                cycles.saturating_mul(cycle_ms(&phases))
            }
        }
    }

    /// The whole step, as `Timeline::step` lays it out, with saturating
    /// arithmetic instead of segments.
    pub(super) fn total_ms(&self, get_ready_ms: u64, switch_ms: u64) -> u64 {
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
            .saturating_add(self.rest_ms.saturating_mul(reps - 1));
        let sets = u64::from(self.sets);
        get_ready_ms
            .saturating_add(set_ms.saturating_mul(sets))
            .saturating_add(self.set_rest_ms.saturating_mul(sets - 1))
    }
}

fn cycle_ms(phases: &[(SegmentKind, u64); 4]) -> u64 {
    phases
        .iter()
        .fold(0, |sum: u64, (_, ms)| sum.saturating_add(*ms))
}

/// A step's names and timing.
#[derive(Debug, Clone)]
pub(super) struct Dose {
    pose: String,
    name: String,
    timing: Timing,
}

impl Dose {
    pub(super) fn of(step: &Step, catalogue: &Catalogue) -> Dose {
        let (pose, name, found) = match &step.exercise {
            Exercise::Pose(id) => match catalogue.find(id) {
                Some(p) => (p.id.clone(), p.name.clone(), Some(p)),
                None => (id.clone(), id.clone(), None),
            },
            Exercise::Custom(c) => (c.name.clone(), c.name.clone(), None),
        };
        Dose {
            pose,
            name,
            timing: Timing::of(step, found),
        }
    }
}

fn seconds_ms(seconds: u32) -> u64 {
    u64::from(seconds) * 1000
}

fn tenths_ms(seconds: f64) -> u64 {
    ((seconds * 10.0).round().max(0.0) as u64).saturating_mul(100)
}

/// Where in the routine a segment falls.
#[derive(Debug, Clone, Copy)]
struct Place {
    step: usize,
    rep: u32,
    set: u32,
}

/// Most segments a plan build tries (a zero-length one is tried and left
/// out). A valid routine needs a few per second of its at most 6 hours,
/// well under this; a routine that skipped validation stops here.
const MAX_TRIES: u64 = 1 << 20;

/// Builds segments one after another, keeping the running clock. It
/// stops for good before a segment that would end past `MAX_SESSION_MS`
/// or after `MAX_TRIES` segments, so that a routine that never passed
/// validation cannot make it loop or allocate without end.
#[derive(Debug, Default)]
pub(super) struct Timeline {
    pub at_ms: u64,
    tries: u64,
    pub full: bool,
    pub segments: Vec<Segment>,
}

impl Timeline {
    fn push(
        &mut self,
        dose: &Dose,
        place: Place,
        kind: SegmentKind,
        duration_ms: u64,
        side: Option<Side>,
    ) {
        self.tries += 1;
        let end_ms = self.at_ms.saturating_add(duration_ms);
        self.full |= self.tries > MAX_TRIES || end_ms > MAX_SESSION_MS;
        if self.full || duration_ms == 0 {
            return;
        }
        self.segments.push(Segment {
            start_ms: self.at_ms,
            duration_ms,
            kind,
            pose: dose.pose.clone(),
            name: dose.name.clone(),
            step: place.step,
            side,
            rep: place.rep,
            set: place.set,
            reps: dose.timing.reps,
            sets: dose.timing.sets,
        });
        self.at_ms = end_ms;
    }

    /// One hold of the pose, or the breathing cycles that fill it.
    fn work(&mut self, dose: &Dose, place: Place, side: Option<Side>) {
        let timing = &dose.timing;
        let Some(breath) = timing.breathing else {
            self.push(dose, place, SegmentKind::Hold, timing.hold_ms, side);
            return;
        };
        let (phases, cycles) = timing.breaths(&breath);
        for cycle in 0..cycles {
            if self.full {
                return;
            }
            // Alternate nostril breathing: in left, out right; then in
            // right, out left.
            let (inhale, exhale) = if cycle % 2 == 0 {
                (Side::Left, Side::Right)
            } else {
                (Side::Right, Side::Left)
            };
            for (kind, ms) in phases {
                let nostril = match kind {
                    _ if !breath.alternate_nostrils => side,
                    SegmentKind::BreatheIn => Some(inhale),
                    SegmentKind::BreatheOut => Some(exhale),
                    _ => None,
                };
                self.push(dose, place, kind, ms, nostril);
            }
        }
    }

    /// Every set and rep of one step, with its rests and side switches.
    pub(super) fn step(&mut self, dose: &Dose, step: usize, get_ready_ms: u64, switch_ms: u64) {
        let timing = dose.timing;
        let first = Place {
            step,
            rep: 1,
            set: 1,
        };
        self.push(dose, first, SegmentKind::GetReady, get_ready_ms, None);
        for set in 1..=timing.sets {
            if set > 1 {
                let place = Place { step, rep: 1, set };
                self.push(dose, place, SegmentKind::SetRest, timing.set_rest_ms, None);
            }
            for rep in 1..=timing.reps {
                if self.full {
                    return;
                }
                let place = Place { step, rep, set };
                if rep > 1 {
                    self.push(dose, place, SegmentKind::Rest, timing.rest_ms, None);
                }
                match timing.sides {
                    Sides::None => self.work(dose, place, None),
                    Sides::Left => self.work(dose, place, Some(Side::Left)),
                    Sides::Right => self.work(dose, place, Some(Side::Right)),
                    Sides::Both => {
                        self.work(dose, place, Some(Side::Left));
                        self.push(dose, place, SegmentKind::SwitchSides, switch_ms, None);
                        self.work(dose, place, Some(Side::Right));
                    }
                }
            }
        }
    }
}
