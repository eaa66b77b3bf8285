//! What a session screen shows at one moment, in words: the phase, the
//! clock, where the patient is in the routine and what comes next. Pure, so
//! the window only lays it out and tests can read it.

use crate::catalogue::Catalogue;
use crate::duration::{clock, short_duration};
use crate::engine::{Snapshot, Status};
use crate::plan::{Plan, Segment, SegmentKind, Side};
use crate::routine::{Exercise, Routine};
use crate::t;
use std::time::Duration;

/// How many instructions a get-ready page lists: two leave room for the
/// cautions at 200 % text.
const GET_READY_INSTRUCTIONS: usize = 2;

#[derive(Debug, Clone, PartialEq)]
pub struct Board {
    pub kind: SegmentKind,
    /// "Hold", "Rest", "Switch sides", "Breathe in"…
    pub phase: String,
    /// Time left in this phase, "0:23" (seconds rounded up).
    pub clock: String,
    /// How much of the phase has passed, 0 to 1.
    pub fraction: f32,
    /// The catalogue id (for the picture) and the name shown.
    pub pose: String,
    pub name: String,
    /// One line: the physiotherapist's note, else the current cue (during
    /// a hold: what to do now, with its side), else the first instruction.
    pub instruction: Option<String>,
    /// For get-ready pages: the first instructions and every caution.
    pub instructions: Vec<String>,
    pub cautions: Vec<String>,
    /// For get-ready pages: when to leave the pose out.
    pub avoid_if: Vec<String>,
    /// "Left side" or "Right side" for a body side; on a get-ready page,
    /// "Left side first" when the step has sides.
    pub side: Option<String>,
    /// The open nostril in alternate nostril breathing.
    pub nostril: Option<Side>,
    /// The side the picture shows: this hold's, or during a rest or a
    /// switch the one coming (pictures are drawn for the left: the right
    /// is the mirror image).
    pub picture_side: Option<Side>,
    /// During a rest or a switch: "Right side next".
    pub coming: Option<String>,
    /// "Rep 2 of 3 · Set 1 of 2", when there is more than one of either.
    pub reps: Option<String>,
    /// "Breath 3 of 10" while breathing.
    pub breath: Option<String>,
    pub step: String,
    /// Which step it is, from 0.
    pub step_index: usize,
    /// "Next: Balasana, 45 s".
    pub next: Option<String>,
    /// The whole session, 0 to 1, and "6:10 left".
    pub progress: f32,
    pub left: String,
    pub paused: bool,
    pub over: bool,
}

impl Board {
    pub fn new(
        plan: &Plan,
        routine: &Routine,
        snapshot: &Snapshot,
        catalogue: &Catalogue,
    ) -> Board {
        let fallback = Segment {
            start_ms: 0,
            duration_ms: 0,
            kind: SegmentKind::GetReady,
            pose: String::new(),
            name: plan.title.clone(),
            step: 0,
            side: None,
            rep: 1,
            set: 1,
            reps: 1,
            sets: 1,
        };
        let segment = plan.segments.get(snapshot.segment).unwrap_or(&fallback);
        let words = Words::of(segment, routine, catalogue);
        let breathing = segment.kind.is_breath();
        Board {
            kind: segment.kind,
            phase: segment.kind.label(),
            clock: clock(snapshot.remaining_in_segment),
            fraction: snapshot.segment_fraction,
            pose: segment.pose.clone(),
            name: segment.name.clone(),
            // During a rest or a switch, what the coming hold asks.
            instruction: words
                .note
                .clone()
                .or_else(|| words.cue(coming_hold(plan, snapshot.segment).unwrap_or(segment))),
            instructions: words
                .instructions
                .into_iter()
                .take(GET_READY_INSTRUCTIONS)
                .collect(),
            cautions: words.cautions,
            avoid_if: words.avoid_if,
            side: match segment.kind {
                SegmentKind::GetReady => first_side(plan, snapshot.segment).map(first_side_label),
                _ => segment.side.filter(|_| !breathing).map(side_label),
            },
            nostril: segment.side.filter(|_| breathing),
            picture_side: picture_side(plan, snapshot.segment),
            coming: coming_side(plan, snapshot.segment).map(next_side_label),
            reps: reps(segment),
            breath: snapshot
                .breath
                .map(|(n, of)| t!("board-breath", n = n, of = of)),
            step: t!(
                "board-step",
                n = snapshot.step + 1,
                of = snapshot.steps.max(1)
            ),
            step_index: snapshot.step,
            next: snapshot.next_step.as_ref().map(|next| {
                let work = Duration::from_millis(step_work_ms(plan, next.index));
                t!(
                    "board-next",
                    pose = next.name.as_str(),
                    length = short_duration(work)
                )
            }),
            progress: snapshot.progress(),
            left: clock(snapshot.total.saturating_sub(snapshot.position)),
            paused: snapshot.status == Status::Paused,
            over: matches!(snapshot.status, Status::Finished | Status::Stopped),
        }
    }
}

/// The words a step brings: from the catalogue, or from a custom exercise,
/// and the physiotherapist's note.
struct Words {
    instructions: Vec<String>,
    hold_cue: Option<String>,
    sided_hold_cues: Option<[String; 2]>,
    cautions: Vec<String>,
    avoid_if: Vec<String>,
    note: Option<String>,
}

impl Words {
    fn of(segment: &Segment, routine: &Routine, catalogue: &Catalogue) -> Words {
        let step = routine.steps.get(segment.step);
        let note = step
            .and_then(|s| s.note.clone())
            .filter(|n| !n.trim().is_empty());
        match step.map(|s| &s.exercise) {
            Some(Exercise::Custom(custom)) => Words {
                instructions: custom.instructions.clone(),
                hold_cue: None,
                sided_hold_cues: None,
                cautions: Vec::new(),
                avoid_if: Vec::new(),
                note,
            },
            _ => {
                let pose = catalogue.find(&segment.pose);
                Words {
                    instructions: pose.map(|p| p.instructions.clone()).unwrap_or_default(),
                    hold_cue: pose.map(|p| p.hold_cue.clone()),
                    sided_hold_cues: pose.and_then(|p| p.sided_hold_cues.clone()),
                    cautions: pose.map(|p| p.cautions.clone()).unwrap_or_default(),
                    avoid_if: pose.map(|p| p.avoid_if.clone()).unwrap_or_default(),
                    note,
                }
            }
        }
    }
}

impl Words {
    /// The line for this moment: during a hold or a breath, the pose's cue
    /// with its side; otherwise (or when the cue needs a side the hold has not) the
    /// first instruction.
    fn cue(&self, segment: &Segment) -> Option<String> {
        let first = || self.instructions.first().cloned();
        if segment.kind != SegmentKind::Hold && !segment.kind.is_breath() {
            return first();
        }
        if let Some([left, right]) = &self.sided_hold_cues {
            return match segment.side {
                Some(Side::Left) => Some(left.clone()),
                Some(Side::Right) => Some(right.clone()),
                None => self.instructions.get(1).cloned().or_else(first),
            };
        }
        match &self.hold_cue {
            Some(cue) => Some(cue.clone()),
            None => first(),
        }
    }
}

/// The side the step of the get-ready at `index` starts on, if it has sides.
fn first_side(plan: &Plan, index: usize) -> Option<Side> {
    let step = plan.segments.get(index)?.step;
    plan.segments
        .get(index + 1..)?
        .iter()
        .take_while(|s| s.step == step)
        .find_map(|s| s.side.filter(|_| !s.kind.is_breath()))
}

/// The next hold of the same step, during a rest or a switch.
fn coming_hold(plan: &Plan, index: usize) -> Option<&Segment> {
    let segment = plan.segments.get(index)?;
    if !matches!(
        segment.kind,
        SegmentKind::Rest | SegmentKind::SetRest | SegmentKind::SwitchSides
    ) {
        return None;
    }
    plan.segments
        .get(index + 1..)?
        .iter()
        .take_while(|s| s.step == segment.step)
        .find(|s| s.kind == SegmentKind::Hold)
}

/// The side of the next hold of the same step, after a rest or a switch.
fn coming_side(plan: &Plan, index: usize) -> Option<Side> {
    coming_hold(plan, index).and_then(|s| s.side)
}

fn picture_side(plan: &Plan, index: usize) -> Option<Side> {
    let segment = plan.segments.get(index)?;
    match segment.kind {
        SegmentKind::Hold => segment.side,
        SegmentKind::GetReady => first_side(plan, index),
        // During a rest or a switch (a nostril is no side of the body).
        _ => coming_side(plan, index),
    }
}

fn next_side_label(side: Side) -> String {
    match side {
        Side::Left => t!("board-left-next"),
        Side::Right => t!("board-right-next"),
    }
}

fn first_side_label(side: Side) -> String {
    match side {
        Side::Left => t!("board-left-first"),
        Side::Right => t!("board-right-first"),
    }
}

/// How long a step lasts once its get-ready is over.
fn step_work_ms(plan: &Plan, step: usize) -> u64 {
    let first = plan.segments.partition_point(|s| s.step < step);
    plan.segments[first..]
        .iter()
        .take_while(|s| s.step == step)
        .filter(|s| s.kind != SegmentKind::GetReady)
        .map(|s| s.duration_ms)
        .sum()
}

fn side_label(side: Side) -> String {
    match side {
        Side::Left => t!("board-left-side"),
        Side::Right => t!("board-right-side"),
    }
}

fn reps(segment: &Segment) -> Option<String> {
    let rep = (segment.reps > 1).then(|| t!("board-rep", n = segment.rep, of = segment.reps));
    let set = (segment.sets > 1).then(|| t!("board-set", n = segment.set, of = segment.sets));
    match (rep, set) {
        (Some(rep), Some(set)) => Some(format!("{rep} · {set}")),
        (rep, set) => rep.or(set),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Engine;
    use std::time::Instant;

    fn routine(json: &str) -> Routine {
        Routine::parse(json.as_bytes(), "t", Catalogue::builtin()).expect("valid routine")
    }

    /// `routine`'s plan, and an engine started on it now.
    fn started(routine: &Routine) -> (Plan, Engine, Instant) {
        let plan = Plan::build(routine, Catalogue::builtin());
        let mut engine = Engine::new(plan.clone());
        let t0 = Instant::now();
        let _ = engine.start(t0);
        (plan, engine, t0)
    }

    #[test]
    fn a_hold_shows_its_side_rep_step_and_what_comes_next() {
        let routine = routine(
            r#"{"format":"posewise-routine","version":1,"title":"T","get_ready_seconds":5,
            "steps":[{"pose":"knee-to-chest","hold_seconds":20,"reps":2,"rest_seconds":5},
                     {"pose":"balasana","hold_seconds":45}]}"#,
        );
        let catalogue = Catalogue::builtin();
        let (plan, mut engine, t0) = started(&routine);
        // 5 s get-ready, then the first hold: 7 s into it.
        let now = t0 + Duration::from_millis(12_000);
        let _ = engine.tick(now);
        let board = Board::new(&plan, &routine, &engine.snapshot(now), catalogue);
        assert_eq!(board.phase, "Hold");
        assert_eq!(board.clock, "0:13");
        assert_eq!(board.side.as_deref(), Some("Left side"));
        assert_eq!(board.reps.as_deref(), Some("Rep 1 of 2"));
        assert_eq!(board.step, "Step 1 of 2");
        assert_eq!(board.next.as_deref(), Some("Next: Child's pose, 45 s"));
        assert_eq!(
            board.instruction.as_deref(),
            Some("Hold behind your left thigh and draw the knee gently towards your chest."),
            "the current cue, with its side, not the set-up line"
        );
        assert!(!board.paused && !board.over);
        assert!((board.fraction - 0.35).abs() < 0.01);
        assert_eq!(board.picture_side, Some(Side::Left));
        assert_eq!(board.coming, None);
        // The switch to the right: the right side is previewed.
        let switching = t0 + Duration::from_millis(5_000 + 20_000 + 500);
        let _ = engine.tick(switching);
        let board = Board::new(&plan, &routine, &engine.snapshot(switching), catalogue);
        assert_eq!(board.kind, SegmentKind::SwitchSides);
        assert_eq!(board.coming.as_deref(), Some("Right side next"));
        assert_eq!(board.picture_side, Some(Side::Right));
        assert_eq!(
            board.instruction.as_deref(),
            Some("Hold behind your right thigh and draw the knee gently towards your chest."),
            "what the coming hold asks"
        );
        // The rest before rep 2 previews its first side, the left.
        let resting = plan
            .segments
            .iter()
            .find(|s| s.kind == SegmentKind::Rest)
            .map(|s| t0 + Duration::from_millis(s.start_ms + 100))
            .expect("a rest between reps");
        let _ = engine.tick(resting);
        let board = Board::new(&plan, &routine, &engine.snapshot(resting), catalogue);
        assert_eq!(board.coming.as_deref(), Some("Left side next"));
        assert_eq!(board.picture_side, Some(Side::Left));
    }

    #[test]
    fn get_ready_says_which_side_comes_first_and_shows_the_set_up_line() {
        let routine = routine(
            r#"{"format":"posewise-routine","version":1,"title":"T","get_ready_seconds":5,
            "steps":[{"pose":"knee-to-chest","hold_seconds":20},
                     {"pose":"balasana","hold_seconds":45}]}"#,
        );
        let catalogue = Catalogue::builtin();
        let (plan, mut engine, t0) = started(&routine);
        let board = Board::new(&plan, &routine, &engine.snapshot(t0), catalogue);
        assert_eq!(board.phase, "Get ready");
        assert_eq!(board.side.as_deref(), Some("Left side first"));
        assert_eq!(
            board.instruction.as_deref(),
            Some("Lie on your back with both knees bent and your feet flat on the floor.")
        );
        // Balasana has no sides: its get-ready says none, and its hold
        // shows its own cue.
        let later = t0 + Duration::from_millis(5_000 + 20_000 + 5_000 + 20_000 + 1_000);
        let _ = engine.tick(later);
        let board = Board::new(&plan, &routine, &engine.snapshot(later), catalogue);
        assert_eq!(board.name, "Child's pose");
        if board.kind == SegmentKind::GetReady {
            assert_eq!(board.side, None);
        }
    }

    #[test]
    fn every_pose_has_a_hold_cue_and_sided_cues_belong_to_sided_poses() {
        for pose in Catalogue::builtin().poses() {
            assert!(!pose.hold_cue.trim().is_empty(), "{}", pose.id);
            assert!(
                pose.hold_cue.chars().count() <= 100,
                "{}: too long to read from the mat",
                pose.id
            );
            if pose.hold_cue.contains("{side}") {
                assert!(pose.per_side, "{} has a sided cue but no sides", pose.id);
            }
        }
    }
}
