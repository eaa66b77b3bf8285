//! A routine turned into a timeline: segments with absolute start times and
//! the cues that fire during them. Pure and deterministic.

mod cue;

pub use cue::{COUNTDOWN_BEEPS, Cue, CueKind};

use crate::core::catalogue::{BreathPattern, Catalogue};
use crate::core::routine::{Exercise, Routine, Sides, Step};
use serde::Serialize;

/// Shortest time a side switch takes, whatever `get_ready_seconds` says.
pub const MIN_SWITCH_MS: u64 = 3000;

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
    pub fn label(self) -> &'static str {
        match self {
            SegmentKind::GetReady => "Get ready",
            SegmentKind::Hold => "Hold",
            SegmentKind::Rest => "Rest",
            SegmentKind::SwitchSides => "Switch sides",
            SegmentKind::SetRest => "Rest between sets",
            SegmentKind::BreatheIn => "Breathe in",
            SegmentKind::HoldIn => "Hold the breath",
            SegmentKind::BreatheOut => "Breathe out",
            SegmentKind::HoldOut => "Hold, lungs empty",
        }
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub fn label(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
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

/// A step with every default filled in.
#[derive(Debug, Clone)]
struct Dose {
    pose: String,
    name: String,
    hold_ms: u64,
    reps: u32,
    sets: u32,
    rest_ms: u64,
    set_rest_ms: u64,
    sides: Sides,
    breathing: Option<BreathPattern>,
}

impl Dose {
    fn of(step: &Step, catalogue: &Catalogue) -> Dose {
        let (id, name, per_side, default_hold, default_breath) = match &step.exercise {
            Exercise::Pose(id) => match catalogue.find(id) {
                Some(p) => (
                    p.id.clone(),
                    p.name.clone(),
                    p.per_side,
                    p.default_hold_seconds,
                    p.default_breathing,
                ),
                None => (id.clone(), id.clone(), false, 30, None),
            },
            Exercise::Custom(c) => (c.name.clone(), c.name.clone(), c.per_side, 30, None),
        };
        let rest_ms = seconds_ms(step.rest_seconds.unwrap_or(0));
        Dose {
            pose: id,
            name,
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
}

fn seconds_ms(seconds: u32) -> u64 {
    u64::from(seconds) * 1000
}

fn tenths_ms(seconds: f64) -> u64 {
    ((seconds * 10.0).round().max(0.0) as u64) * 100
}

/// Where in the routine a segment falls.
#[derive(Debug, Clone, Copy)]
struct Place {
    step: usize,
    rep: u32,
    set: u32,
}

/// Builds segments one after another, keeping the running clock.
struct Timeline {
    at_ms: u64,
    segments: Vec<Segment>,
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
        if duration_ms == 0 {
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
            reps: dose.reps,
            sets: dose.sets,
        });
        self.at_ms += duration_ms;
    }

    /// One hold of the pose, or the breathing cycles that fill it.
    fn work(&mut self, dose: &Dose, place: Place, side: Option<Side>) {
        let Some(breath) = dose.breathing else {
            self.push(dose, place, SegmentKind::Hold, dose.hold_ms, side);
            return;
        };
        let phases = [
            (SegmentKind::BreatheIn, tenths_ms(breath.inhale)),
            (SegmentKind::HoldIn, tenths_ms(breath.hold)),
            (SegmentKind::BreatheOut, tenths_ms(breath.exhale)),
            (SegmentKind::HoldOut, tenths_ms(breath.hold_after)),
        ];
        let cycle_ms: u64 = phases.iter().map(|(_, ms)| ms).sum();
        let cycles = (dose.hold_ms / cycle_ms.max(1)).max(1);
        for cycle in 0..cycles {
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
    fn step(&mut self, dose: &Dose, step: usize, get_ready_ms: u64, switch_ms: u64) {
        let first = Place {
            step,
            rep: 1,
            set: 1,
        };
        self.push(dose, first, SegmentKind::GetReady, get_ready_ms, None);
        for set in 1..=dose.sets {
            if set > 1 {
                let place = Place { step, rep: 1, set };
                self.push(dose, place, SegmentKind::SetRest, dose.set_rest_ms, None);
            }
            for rep in 1..=dose.reps {
                let place = Place { step, rep, set };
                if rep > 1 {
                    self.push(dose, place, SegmentKind::Rest, dose.rest_ms, None);
                }
                match dose.sides {
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

impl Plan {
    /// Lays out `routine` (which should have passed validation).
    pub fn build(routine: &Routine, catalogue: &Catalogue) -> Plan {
        Plan::with_countdown(routine, catalogue, COUNTDOWN_BEEPS)
    }

    /// As `build`, with `countdown` beeps before the end of each hold, rest
    /// and get-ready (0 turns them off).
    pub fn with_countdown(routine: &Routine, catalogue: &Catalogue, countdown: u64) -> Plan {
        let get_ready_ms = routine.get_ready_ms();
        let switch_ms = get_ready_ms.max(MIN_SWITCH_MS);
        let mut timeline = Timeline {
            at_ms: 0,
            segments: Vec::new(),
        };
        for (step, raw) in routine.steps.iter().enumerate() {
            let dose = Dose::of(raw, catalogue);
            timeline.step(&dose, step, get_ready_ms, switch_ms);
        }
        let total_ms = timeline.at_ms;
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

/// "1 h 05 min", "12 min 30 s", "45 s".
pub fn format_duration(ms: u64) -> String {
    let seconds = ms / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match (h, m, s) {
        (0, 0, s) => format!("{s} s"),
        (0, m, 0) => format!("{m} min"),
        (0, m, s) => format!("{m} min {s:02} s"),
        (h, m, _) => format!("{h} h {m:02} min"),
    }
}

#[cfg(test)]
mod tests;
