use super::*;
use crate::catalogue::Catalogue;
use crate::clock::{Clock, ManualClock};
use crate::plan::CueKind;
use crate::routine::Routine;

fn plan(steps: &str) -> Plan {
    let json = format!(
        r#"{{"format":"posewise-routine","version":1,"title":"t","get_ready_seconds":5,"steps":[{steps}]}}"#
    );
    let routine = Routine::parse(json.as_bytes(), "t.json", Catalogue::builtin())
        .unwrap_or_else(|problems| panic!("{problems:?}"));
    Plan::build(&routine, Catalogue::builtin())
}

/// About half an hour of mixed holds, sides, sets and breathing.
fn half_hour() -> Plan {
    let plan = plan(
        r#"{"pose":"knee-to-chest","hold_seconds":30,"reps":5,"rest_seconds":10},
           {"pose":"bhujangasana","hold_seconds":15,"reps":5,"sets":3,"rest_seconds":10,"set_rest_seconds":45},
           {"pose":"anulom-vilom","hold_seconds":300},
           {"pose":"trunk-rotation","hold_seconds":20,"reps":6,"rest_seconds":5},
           {"pose":"shavasana","hold_seconds":300}"#,
    );
    assert!(
        (25 * 60_000..35 * 60_000).contains(&plan.total_ms),
        "{}",
        plan.total_ms
    );
    plan
}

/// A small deterministic generator, so failures can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

fn cues(events: &[Event]) -> Vec<Cue> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Cue(cue) => Some(*cue),
            _ => None,
        })
        .collect()
}

#[test]
fn irregular_ticks_fire_every_cue_once_in_order_and_end_on_time() {
    for seed in 1..=5 {
        let plan = half_hour();
        let t0 = Instant::now();
        let clock = ManualClock::new(t0);
        let mut engine = Engine::new(plan.clone());
        let mut events = engine.start(clock.now());
        let mut random = Lcg(seed);
        let mut ticks = 0;
        while engine.status() == Status::Running {
            clock.advance(Duration::from_millis(1 + random.next(5_000)));
            events.extend(engine.tick(clock.now()));
            ticks += 1;
        }
        assert!(ticks > 300);
        assert_eq!(cues(&events), plan.cues, "seed {seed}");
        assert_eq!(events.last(), Some(&Event::Finished));
        assert_eq!(events.iter().filter(|e| **e == Event::Finished).count(), 1);
        let started: Vec<_> = events
            .iter()
            .filter_map(|e| match e {
                Event::SegmentStarted(i) => Some(*i),
                _ => None,
            })
            .collect();
        assert_eq!(started, (0..plan.segments.len()).collect::<Vec<_>>());
        let snapshot = engine.snapshot(clock.now());
        assert_eq!(snapshot.active, Duration::from_millis(plan.total_ms));
        assert_eq!(snapshot.position, snapshot.total);
        assert!(
            engine
                .tick(clock.now() + Duration::from_secs(60))
                .is_empty()
        );
    }
}

#[test]
fn a_late_tick_fires_the_missed_cues_in_order() {
    let plan = plan(r#"{"pose":"balasana","hold_seconds":10}"#);
    let t0 = Instant::now();
    let mut engine = Engine::new(plan.clone());
    let first = engine.start(t0);
    assert_eq!(
        first,
        vec![Event::SegmentStarted(0), Event::Cue(plan.cues[0])]
    );
    let late = engine.tick(t0 + Duration::from_millis(13_500));
    let kinds: Vec<_> = cues(&late).iter().map(|c| (c.at_ms, c.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            (2_000, CueKind::Countdown),
            (3_000, CueKind::Countdown),
            (4_000, CueKind::Countdown),
            (5_000, CueKind::Start),
            (12_000, CueKind::Countdown),
            (13_000, CueKind::Countdown),
        ]
    );
    assert_eq!(late[3], Event::SegmentStarted(1));
    let snapshot = engine.snapshot(t0 + Duration::from_millis(13_500));
    assert_eq!(snapshot.remaining_in_segment, Duration::from_millis(1_500));
    assert_eq!(snapshot.next, None);
}

#[test]
fn pausing_shifts_the_end_by_exactly_the_pause() {
    let plan = half_hour();
    let total = Duration::from_millis(plan.total_ms);
    let t0 = Instant::now();
    let mut engine = Engine::new(plan);
    let _ = engine.start(t0);
    let paused_at = t0 + Duration::from_millis(123_456);
    let _ = engine.tick(paused_at);
    engine.pause(paused_at);
    let pause = Duration::from_millis(47_250);
    assert!(
        engine.tick(paused_at + pause).is_empty(),
        "nothing happens while paused"
    );
    assert_eq!(
        engine.position(paused_at + pause),
        Duration::from_millis(123_456)
    );
    let _ = engine.resume(paused_at + pause);
    let end = t0 + total + pause;
    let just_before = engine.tick(end - Duration::from_millis(1));
    assert!(!just_before.contains(&Event::Finished));
    assert_eq!(engine.tick(end).last(), Some(&Event::Finished));
    assert_eq!(engine.snapshot(end).active, total);
}

#[test]
fn skip_moves_to_the_next_segment_and_plays_its_cue() {
    let plan = plan(r#"{"pose":"knee-to-chest","hold_seconds":30,"reps":2,"rest_seconds":10}"#);
    let kinds: Vec<_> = plan.segments.iter().map(|s| s.kind).collect();
    use SegmentKind::*;
    assert_eq!(
        kinds,
        [
            GetReady,
            Hold,
            SwitchSides,
            Hold,
            Rest,
            Hold,
            SwitchSides,
            Hold
        ]
    );
    let t0 = Instant::now();
    let mut engine = Engine::new(plan.clone());
    let _ = engine.start(t0);
    // In get-ready: to the first hold, with its start cue.
    let events = engine.skip(t0 + Duration::from_secs(1));
    assert!(events.contains(&Event::SegmentStarted(1)));
    assert_eq!(
        cues(&events).iter().map(|c| c.kind).collect::<Vec<_>>(),
        [CueKind::Start]
    );
    let snapshot = engine.snapshot(t0 + Duration::from_secs(1));
    assert_eq!(snapshot.segment, 1);
    assert_eq!(snapshot.remaining_in_segment, Duration::from_secs(30));
    // In a hold: to switch sides.
    let events = engine.skip(t0 + Duration::from_secs(2));
    assert_eq!(
        cues(&events).iter().map(|c| c.kind).collect::<Vec<_>>(),
        [CueKind::SwitchSides]
    );
    // The schedule continues from the new place: switch sides lasts 5 s.
    let events = engine.tick(t0 + Duration::from_secs(7));
    assert!(events.contains(&Event::SegmentStarted(3)));
    // Skipping the last segment finishes the session.
    for second in 8..13 {
        let _ = engine.skip(t0 + Duration::from_secs(second));
    }
    assert_eq!(engine.status(), Status::Finished);
    assert_eq!(
        engine.snapshot(t0 + Duration::from_secs(13)).position,
        engine.total()
    );
}

#[test]
fn back_restarts_the_segment_or_goes_to_the_previous_one() {
    let plan = plan(r#"{"pose":"knee-to-chest","hold_seconds":30,"reps":2,"rest_seconds":10}"#);
    let t0 = Instant::now();
    let mut engine = Engine::new(plan);
    let _ = engine.start(t0);
    // 20 s into the first hold (which starts at 5 s): restart it.
    let _ = engine.tick(t0 + Duration::from_secs(25));
    let events = engine.back(t0 + Duration::from_secs(25));
    assert_eq!(
        cues(&events).iter().map(|c| c.kind).collect::<Vec<_>>(),
        [CueKind::Start]
    );
    let snapshot = engine.snapshot(t0 + Duration::from_secs(25));
    assert_eq!(
        (snapshot.segment, snapshot.remaining_in_segment),
        (1, Duration::from_secs(30))
    );
    // Within two seconds of that restart: back to get-ready.
    let _ = engine.back(t0 + Duration::from_secs(26));
    let snapshot = engine.snapshot(t0 + Duration::from_secs(26));
    assert_eq!((snapshot.segment, snapshot.position), (0, Duration::ZERO));
    // At the very start there is nothing before: stay.
    let _ = engine.back(t0 + Duration::from_secs(26));
    assert_eq!(engine.snapshot(t0 + Duration::from_secs(26)).segment, 0);
}

#[test]
fn skip_and_back_treat_a_breathing_hold_as_one_block() {
    let plan =
        plan(r#"{"pose":"anulom-vilom","hold_seconds":60},{"pose":"balasana","hold_seconds":20}"#);
    let t0 = Instant::now();
    let mut engine = Engine::new(plan.clone());
    let _ = engine.start(t0);
    let _ = engine.skip(t0); // get-ready → breathing
    let breathing_start = engine.snapshot(t0).segment;
    assert_eq!(plan.segments[breathing_start].kind, SegmentKind::BreatheIn);
    // 15 s in (second breath): back goes to the first inhale, not one phase.
    let _ = engine.back(t0 + Duration::from_secs(15));
    assert_eq!(
        engine.snapshot(t0 + Duration::from_secs(15)).segment,
        breathing_start
    );
    // Skip leaves the breathing altogether.
    let events = engine.skip(t0 + Duration::from_secs(20));
    let segment = engine.snapshot(t0 + Duration::from_secs(20)).segment;
    assert_eq!(plan.segments[segment].kind, SegmentKind::GetReady);
    assert_eq!(plan.segments[segment].pose, "balasana");
    // The step-done chime comes at once; "get ready" follows it.
    assert_eq!(
        cues(&events).last().map(|c| c.kind),
        Some(CueKind::StepDone)
    );
    let events = engine.tick(t0 + Duration::from_millis(20_800));
    assert_eq!(
        cues(&events).iter().map(|c| c.kind).collect::<Vec<_>>(),
        [CueKind::GetReady]
    );
}

#[test]
fn skip_while_paused_plays_the_new_cue_on_resume() {
    let plan = plan(r#"{"pose":"balasana","hold_seconds":20}"#);
    let t0 = Instant::now();
    let mut engine = Engine::new(plan);
    let _ = engine.start(t0);
    engine.pause(t0 + Duration::from_secs(1));
    assert!(cues(&engine.skip(t0 + Duration::from_secs(2))).is_empty());
    assert_eq!(engine.status(), Status::Paused);
    let events = engine.resume(t0 + Duration::from_secs(3));
    assert_eq!(
        cues(&events).iter().map(|c| c.kind).collect::<Vec<_>>(),
        [CueKind::Start]
    );
}

#[test]
fn resuming_from_a_checkpoint_continues_at_the_same_place() {
    let plan = half_hour();
    let t0 = Instant::now();
    let mut first = Engine::new(plan.clone());
    let _ = first.start(t0);
    let _ = first.tick(t0 + Duration::from_millis(400_000));
    let crashed = first.snapshot(t0 + Duration::from_millis(400_000));
    let t1 = t0 + Duration::from_secs(3600);
    let mut second = Engine::resumed_at(plan.clone(), crashed.position, crashed.active);
    let before = second.snapshot(t1);
    assert_eq!(before.status, Status::Paused);
    assert_eq!(
        (before.segment, before.remaining_in_segment, before.active),
        (
            crashed.segment,
            crashed.remaining_in_segment,
            crashed.active
        )
    );
    let _ = second.resume(t1);
    let rest = Duration::from_millis(plan.total_ms) - crashed.position;
    assert_eq!(second.tick(t1 + rest).last(), Some(&Event::Finished));
    assert_eq!(
        second.snapshot(t1 + rest).active,
        Duration::from_millis(plan.total_ms)
    );
}

#[test]
fn stop_ends_the_session_without_finishing_it() {
    let mut engine = Engine::new(plan(r#"{"pose":"balasana","hold_seconds":20}"#));
    let t0 = Instant::now();
    let _ = engine.start(t0);
    engine.stop(t0 + Duration::from_secs(12));
    assert_eq!(engine.status(), Status::Stopped);
    assert!(engine.tick(t0 + Duration::from_secs(60)).is_empty());
    assert_eq!(
        engine.snapshot(t0 + Duration::from_secs(60)).active,
        Duration::from_secs(12)
    );
}

#[test]
fn timing_places_the_cues_still_to_come() {
    let plan = plan(r#"{"pose":"balasana","hold_seconds":10}"#);
    let t0 = Instant::now();
    let mut engine = Engine::new(plan.clone());
    assert_eq!(engine.timing(), None, "nothing before the start");
    let _ = engine.start(t0);
    let now = t0 + Duration::from_millis(2_500);
    let _ = engine.tick(now);
    let timing = engine.timing().expect("running");
    assert_eq!(timing.first_cue, 2, "cues 0 and 1 already fired");
    for cue in &plan.cues {
        assert_eq!(
            timing.instant_of(cue.at_ms),
            Some(t0 + Duration::from_millis(cue.at_ms))
        );
    }
    engine.pause(now);
    assert_eq!(engine.timing(), None);
    let later = now + Duration::from_secs(60);
    let _ = engine.resume(later);
    let timing = engine.timing().expect("running again");
    assert_eq!(timing.position, Duration::from_millis(2_500));
    assert_eq!(
        timing.instant_of(3_000),
        Some(later + Duration::from_millis(500))
    );
}

#[test]
fn the_snapshot_tells_step_next_step_fraction_and_breath() {
    let plan = plan(
        r#"{"pose":"balasana","hold_seconds":10},
           {"pose":"deep-breathing","hold_seconds":20,"breathing":{"inhale":4,"exhale":6}}"#,
    );
    let t0 = Instant::now();
    let mut engine = Engine::new(plan.clone());
    let _ = engine.start(t0);
    // Get ready 0–5 s, hold 5–15 s.
    let snapshot = engine.snapshot(t0 + Duration::from_millis(7_500));
    let _ = engine.tick(t0 + Duration::from_millis(7_500));
    let snapshot_after_tick = engine.snapshot(t0 + Duration::from_millis(7_500));
    assert_eq!(snapshot.step, 0);
    assert_eq!(snapshot.steps, 2);
    assert_eq!(snapshot_after_tick.segment, 1);
    assert!((snapshot_after_tick.segment_fraction - 0.25).abs() < 1e-6);
    let next = snapshot_after_tick.next_step.expect("a next step");
    assert_eq!(next.index, 1);
    assert_eq!(next.name, plan.segments[2].name);
    // Its get ready (5 s) and two 10 s breaths.
    assert_eq!(next.duration, Duration::from_secs(25));
    assert_eq!(snapshot_after_tick.breath, None);
    // Second breath: 15 + 5 (get ready) + 10 (first breath) + 1.
    let at = t0 + Duration::from_millis(31_000);
    let _ = engine.tick(at);
    let snapshot = engine.snapshot(at);
    assert_eq!(snapshot.step, 1);
    assert_eq!(snapshot.breath, Some((2, 2)));
    assert_eq!(snapshot.next_step, None);
}

#[test]
fn resuming_reports_each_segment_once() {
    let plan =
        plan(r#"{"pose":"balasana","hold_seconds":3},{"pose":"makarasana","hold_seconds":3}"#);
    let t0 = Instant::now();
    let mut engine = Engine::resumed_at(plan, Duration::from_millis(5_000), Duration::ZERO);
    let mut events = engine.resume(t0);
    events.extend(engine.tick(t0 + Duration::from_millis(500)));
    let started: Vec<_> = events
        .iter()
        .filter(|e| matches!(e, Event::SegmentStarted(_)))
        .collect();
    assert!(started.is_empty(), "{events:?}");
}

#[test]
fn tells_how_long_until_the_next_event() {
    let plan = plan(r#"{"pose":"balasana","hold_seconds":10}"#);
    let t0 = Instant::now();
    let mut engine = Engine::new(plan);
    assert_eq!(engine.until_next_event(t0), None, "not running yet");
    let _ = engine.start(t0);
    // Cues: get ready 0, countdowns 2, 3, 4 s, start 5 s (segment 1) …
    let at = t0 + Duration::from_millis(1_200);
    assert_eq!(
        engine.until_next_event(at),
        Some(Duration::from_millis(800))
    );
    let _ = engine.tick(t0 + Duration::from_millis(4_500));
    let at = t0 + Duration::from_millis(4_600);
    assert_eq!(
        engine.until_next_event(at),
        Some(Duration::from_millis(400))
    );
    engine.pause(at);
    assert_eq!(engine.until_next_event(at), None);
}
