use super::*;
use crate::catalogue::{BreathPattern, Catalogue};
use crate::routine::{Exercise, MAX_SESSION_MS, Sides, Step};

fn routine(json: &str) -> Routine {
    match Routine::parse(json.as_bytes(), "test.json", Catalogue::builtin()) {
        Ok(routine) => routine,
        Err(problems) => panic!("{problems:?}"),
    }
}

fn plan(steps: &str, get_ready: u32) -> Plan {
    let json = format!(
        r#"{{"format":"posewise-routine","version":1,"title":"t",
            "get_ready_seconds":{get_ready},"steps":[{steps}]}}"#
    );
    let routine = routine(&json);
    let plan = Plan::build(&routine, Catalogue::builtin());
    assert_eq!(routine.duration_ms(Catalogue::builtin()), plan.total_ms);
    plan
}

fn kinds(plan: &Plan) -> Vec<SegmentKind> {
    plan.segments.iter().map(|s| s.kind).collect()
}

#[test]
fn three_reps_both_sides_with_rests() {
    // get ready 5 + 3 × (30 left + 5 switch + 30 right) + 2 × 10 rest.
    let plan = plan(
        r#"{"pose":"knee-to-chest","hold_seconds":30,"reps":3,"rest_seconds":10,"sides":"both"}"#,
        5,
    );
    assert_eq!(plan.total_ms, 220_000);
    let holds: Vec<_> = plan
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Hold)
        .map(|s| (s.rep, s.side))
        .collect();
    assert_eq!(holds.len(), 6);
    assert_eq!(holds[0], (1, Some(Side::Left)));
    assert_eq!(holds[1], (1, Some(Side::Right)));
    assert_eq!(holds[5], (3, Some(Side::Right)));
}

#[test]
fn sets_with_set_rest() {
    // 5 + 2 sets × (5 × 15 + 4 × 10) + 45 set rest = 5 + 230 + 45.
    let plan = plan(
        r#"{"pose":"bhujangasana","hold_seconds":15,"reps":5,"sets":2,"rest_seconds":10,"set_rest_seconds":45}"#,
        5,
    );
    assert_eq!(plan.total_ms, 280_000);
    assert_eq!(
        kinds(&plan)
            .iter()
            .filter(|k| **k == SegmentKind::SetRest)
            .count(),
        1
    );
}

#[test]
fn breathing_fills_the_hold_with_whole_cycles() {
    let plan = plan(
        r#"{"pose":"anulom-vilom","hold_seconds":180,"breathing":{"inhale":4,"hold":2,"exhale":6,"hold_after":0,"alternate_nostrils":true}}"#,
        0,
    );
    assert_eq!(plan.total_ms, 180_000);
    let inhales: Vec<_> = plan
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::BreatheIn)
        .map(|s| s.side)
        .collect();
    assert_eq!(inhales.len(), 15);
    assert_eq!(inhales[0], Some(Side::Left));
    assert_eq!(inhales[1], Some(Side::Right));
    let exhale = plan
        .segments
        .iter()
        .find(|s| s.kind == SegmentKind::BreatheOut);
    assert_eq!(exhale.map(|s| s.side), Some(Some(Side::Right)));
}

#[test]
fn fractional_breaths_and_catalogue_defaults() {
    // deep-breathing defaults: 120 s; 2.5 + 3.5 = 6 s a breath → 20 breaths.
    let plan = plan(
        r#"{"pose":"deep-breathing","breathing":{"inhale":2.5,"exhale":3.5}}"#,
        0,
    );
    assert_eq!(plan.total_ms, 120_000);
    assert_eq!(plan.segments[0].duration_ms, 2_500);
}

#[test]
fn totals_equal_the_sum_of_segments_and_segments_touch() {
    let plan = plan(
        r#"{"pose":"knee-to-chest","reps":2,"rest_seconds":10},
           {"pose":"balasana","hold_seconds":45},
           {"custom":{"name":"Heel slides","per_side":true},"hold_seconds":5,"reps":10}"#,
        5,
    );
    // 5 + 2×(30+5+30) + 10  |  5 + 45  |  5 + 10×(5+5+5)
    assert_eq!(plan.total_ms, 145_000 + 50_000 + 155_000);
    let sum: u64 = plan.segments.iter().map(|s| s.duration_ms).sum();
    assert_eq!(sum, plan.total_ms);
    for pair in plan.segments.windows(2) {
        assert_eq!(pair[0].end_ms(), pair[1].start_ms);
    }
}

#[test]
fn cues_mark_each_moment_in_order() {
    let plan = plan(
        r#"{"pose":"balasana","hold_seconds":10},{"pose":"makarasana","hold_seconds":10}"#,
        5,
    );
    let cues: Vec<_> = plan.cues.iter().map(|c| (c.at_ms, c.kind)).collect();
    use CueKind::*;
    assert_eq!(
        cues,
        vec![
            (0, GetReady),
            (2_000, Countdown),
            (3_000, Countdown),
            (4_000, Countdown),
            (5_000, Start),
            (12_000, Countdown),
            (13_000, Countdown),
            (14_000, Countdown),
            (15_000, StepDone),
            (15_800, GetReady),
            (17_000, Countdown),
            (18_000, Countdown),
            (19_000, Countdown),
            (20_000, Start),
            (27_000, Countdown),
            (28_000, Countdown),
            (29_000, Countdown),
            (30_000, SessionDone),
        ]
    );
}

#[test]
fn countdown_can_be_turned_off() {
    let routine = routine(
        r#"{"format":"posewise-routine","version":1,"title":"t","steps":[{"pose":"balasana"}]}"#,
    );
    let plan = Plan::with_countdown(&routine, Catalogue::builtin(), 0);
    assert!(plan.cues.iter().all(|c| c.kind != CueKind::Countdown));
}

#[test]
fn finds_the_segment_at_a_time() {
    let plan = plan(r#"{"pose":"balasana","hold_seconds":10}"#, 5);
    assert_eq!(plan.segment_at(0), Some(0));
    assert_eq!(plan.segment_at(4_999), Some(0));
    assert_eq!(plan.segment_at(5_000), Some(1));
    assert_eq!(plan.segment_at(99_000), Some(1));
}

/// A routine that never went through validation, as code or a damaged
/// checkpoint could make one.
fn unchecked(step: Step, get_ready_seconds: u32) -> Routine {
    Routine {
        format: "posewise-routine".into(),
        version: 1,
        id: None,
        starts: None,
        title: "unchecked".into(),
        author: None,
        notes: None,
        prescription: None,
        get_ready_seconds: Some(get_ready_seconds),
        steps: vec![step; 3],
        week: None,
    }
}

fn breath(inhale: f64, exhale: f64) -> BreathPattern {
    BreathPattern {
        inhale,
        hold: 0.0,
        exhale,
        hold_after: 0.0,
        alternate_nostrils: false,
    }
}

#[test]
fn an_unchecked_dose_bomb_stops_at_the_session_limit() {
    let mut step = Step::of(Exercise::Pose("knee-to-chest".into()));
    step.hold_seconds = Some(u32::MAX);
    step.reps = Some(u32::MAX);
    step.sets = Some(u32::MAX);
    step.breathing = Some(breath(0.5, 0.5));
    let routine = unchecked(step, 5);
    let catalogue = Catalogue::builtin();
    assert_eq!(routine.duration_ms(catalogue), u64::MAX);
    let plan = Plan::with_countdown(&routine, catalogue, u64::MAX);
    assert!(plan.total_ms <= MAX_SESSION_MS);
    assert!(plan.total_ms > MAX_SESSION_MS - 1_000);
    // 6 hours of half-second breaths, and not one more.
    assert!(plan.segments.len() <= 43_200 + 1, "{}", plan.segments.len());
    let sum: u64 = plan.segments.iter().map(|s| s.duration_ms).sum();
    assert_eq!(sum, plan.total_ms);
    let countdowns = plan.cues.iter().filter(|c| c.kind == CueKind::Countdown);
    assert!(countdowns.count() <= 10, "the countdown is capped");
}

#[test]
fn an_unchecked_routine_of_empty_segments_still_finishes() {
    let mut still = Step::of(Exercise::Pose("balasana".into()));
    still.hold_seconds = Some(0);
    still.reps = Some(u32::MAX);
    still.sets = Some(u32::MAX);
    still.sides = Some(Sides::None);
    let mut no_breath = still.clone();
    no_breath.hold_seconds = Some(u32::MAX);
    no_breath.breathing = Some(breath(0.0, f64::NAN));
    for step in [still, no_breath] {
        let routine = unchecked(step, 0);
        let plan = Plan::build(&routine, Catalogue::builtin());
        assert_eq!(plan.total_ms, 0);
        assert!(plan.segments.is_empty());
        assert_eq!(routine.duration_ms(Catalogue::builtin()), 0);
    }
}

#[test]
fn huge_breaths_saturate_instead_of_overflowing() {
    let mut step = Step::of(Exercise::Pose("deep-breathing".into()));
    step.breathing = Some(breath(f64::MAX, f64::INFINITY));
    step.hold_seconds = Some(u32::MAX);
    let routine = unchecked(step, 0);
    assert_eq!(routine.duration_ms(Catalogue::builtin()), u64::MAX);
    let plan = Plan::build(&routine, Catalogue::builtin());
    assert!(plan.segments.is_empty(), "no breath fits in 6 hours");
}
