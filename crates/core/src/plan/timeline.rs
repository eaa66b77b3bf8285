//! A routine laid out in time as segments. Each step's dose comes from
//! `ResolvedStep`, whose arithmetic total (`ResolvedStep::total_ms`) the
//! segments must match for every valid routine.

use super::{Segment, SegmentKind, Side};
use crate::catalogue::Catalogue;
use crate::routine::resolved::{breath_phases_ms, pose_of};
use crate::routine::{Exercise, MAX_SESSION_MS, ResolvedStep, Sides, Step};

/// A step's names and timing.
#[derive(Debug, Clone)]
pub(super) struct Dose {
    pose: String,
    name: String,
    timing: ResolvedStep,
}

impl Dose {
    pub(super) fn of(step: &Step, catalogue: &Catalogue) -> Dose {
        let found = pose_of(step, catalogue);
        let (pose, name) = match (&step.exercise, found) {
            (_, Some(p)) => (p.id.clone(), p.name.clone()),
            (Exercise::Pose(id), None) => (id.clone(), id.clone()),
            (Exercise::Custom(c), None) => (c.name.clone(), c.name.clone()),
        };
        Dose {
            pose,
            name,
            timing: ResolvedStep::of(step, found),
        }
    }
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
            self.push(dose, place, SegmentKind::Hold, timing.hold_ms(), side);
            return;
        };
        let kinds = [
            SegmentKind::BreatheIn,
            SegmentKind::HoldIn,
            SegmentKind::BreatheOut,
            SegmentKind::HoldOut,
        ];
        let phases = kinds.into_iter().zip(breath_phases_ms(&breath));
        let cycles = timing.breath_cycles(&breath);
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
            for (kind, ms) in phases.clone() {
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
                self.push(
                    dose,
                    place,
                    SegmentKind::SetRest,
                    timing.set_rest_ms(),
                    None,
                );
            }
            for rep in 1..=timing.reps {
                if self.full {
                    return;
                }
                let place = Place { step, rep, set };
                if rep > 1 {
                    self.push(dose, place, SegmentKind::Rest, timing.rest_ms(), None);
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
