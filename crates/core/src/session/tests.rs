use super::*;
use crate::catalogue::Catalogue;
use crate::plan::{CueKind, SegmentKind};
use crate::routine::Routine;
use chrono::TimeZone;

fn routine(steps: &str) -> Routine {
    let json = format!(
        r#"{{"format":"posewise-routine","version":1,"title":"t","get_ready_seconds":5,"steps":[{steps}]}}"#
    );
    Routine::parse(json.as_bytes(), "t.json", Catalogue::builtin())
        .unwrap_or_else(|problems| panic!("{problems:?}"))
}

/// Balasana 10 s (no sides), then knee-to-chest 8 s on both sides.
fn two_steps() -> Routine {
    routine(
        r#"{"pose":"balasana","hold_seconds":10},
           {"pose":"knee-to-chest","hold_seconds":8}"#,
    )
}

const SETUP: Setup = Setup {
    countdown: 3,
    get_ready_seconds: None,
};

fn new_session(routine: Routine) -> (Session, Vec<Effect>) {
    Session::start(&routine, None, SETUP, Catalogue::builtin())
}

#[test]
fn a_start_takes_the_chosen_get_ready_time_and_countdown() {
    let routine = routine(r#"{"pose":"balasana","hold_seconds":20}"#);
    let setup = Setup {
        countdown: 0,
        get_ready_seconds: Some(12),
    };
    let source = Some(std::path::PathBuf::from("/tmp/r.posewise.json"));
    let (session, _) = Session::start(&routine, source.clone(), setup, Catalogue::builtin());
    assert_eq!(session.plan().segments[0].duration_ms, 12_000);
    assert_eq!(session.routine().get_ready_seconds, Some(12));
    assert_eq!(session.source(), source.as_deref());
    assert!(
        session
            .plan()
            .cues
            .iter()
            .all(|c| c.kind != CueKind::Countdown)
    );
    let (own, _) = new_session(routine.clone());
    assert_eq!(own.plan().segments[0].duration_ms, routine.get_ready_ms());
    let out_of_range = Setup {
        countdown: 3,
        get_ready_seconds: Some(600),
    };
    let (clamped, _) = Session::start(&routine, None, out_of_range, Catalogue::builtin());
    assert_eq!(clamped.routine().get_ready_seconds, Some(60));
}

fn wall() -> DateTime<Local> {
    Local
        .with_ymd_and_hms(2026, 3, 1, 9, 0, 0)
        .single()
        .expect("a plain local time")
}

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// A session started with sound ready at `t0`; the engine runs from
/// `t0 + START_LEAD`.
fn started(routine: Routine, t0: Instant) -> (Session, Vec<Effect>) {
    let (mut session, effects) = new_session(routine);
    assert_eq!(effects, [Effect::PrepareSound]);
    assert!(session.sound_ready(t0, wall()).is_empty(), "not asked yet");
    let effects = session.control(Control::Start, t0, wall());
    (session, effects)
}

fn segments(effects: &[Effect]) -> Vec<usize> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::SegmentStarted(i) => Some(*i),
            _ => None,
        })
        .collect()
}

fn cue_kinds(effects: &[Effect]) -> Vec<CueKind> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Cue(c) => Some(c.kind),
            _ => None,
        })
        .collect()
}

fn saved(effects: &[Effect]) -> Vec<(usize, u64)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::SaveCheckpoint(c) => Some((c.segment, c.position_ms)),
            _ => None,
        })
        .collect()
}

fn ended(effects: &[Effect]) -> Option<&SessionRecord> {
    effects.iter().find_map(|e| match e {
        Effect::Ended(record) => Some(&**record),
        _ => None,
    })
}

fn timing(effects: &[Effect]) -> Option<Timing> {
    effects.iter().find_map(|e| match e {
        Effect::ScheduleSound(t) => Some(*t),
        _ => None,
    })
}

#[test]
fn a_full_run_shows_every_segment_and_cue_once_then_logs_a_completed_record() {
    let t0 = Instant::now();
    let (mut session, mut all) = started(two_steps(), t0);
    let first = timing(&all).expect("sound is scheduled at the start");
    assert_eq!(first.anchor, t0 + START_LEAD, "started a moment ahead");
    assert_eq!((first.position, first.first_cue), (Duration::ZERO, 0));
    let plan = session.plan().clone();
    let mut now = t0;
    while !session.is_over() {
        now += ms(137);
        all.extend(session.tick(now, wall()));
    }
    let expected: Vec<usize> = (0..plan.segments.len()).collect();
    assert_eq!(segments(&all), expected);
    let kinds: Vec<CueKind> = plan.cues.iter().map(|c| c.kind).collect();
    assert_eq!(cue_kinds(&all), kinds);
    let starts: Vec<(usize, u64)> = plan
        .segments
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.start_ms))
        .collect();
    assert_eq!(saved(&all), starts, "a checkpoint at each segment start");
    let tail = &all[all.len() - 2..];
    assert_eq!(tail[0], Effect::RemoveCheckpoint);
    let record = ended(tail).expect("a record");
    assert!(record.completed);
    assert_eq!((record.steps_done, record.steps_total), (2, 2));
    assert_eq!(record.active_seconds, plan.total_ms / 1000);
    assert_eq!(record.started_at, wall() + START_LEAD);
    assert_eq!(
        record.ended_at,
        wall() + START_LEAD + ms(plan.total_ms),
        "ended at the planned end, not at the late tick"
    );
    assert!(session.tick(now + ms(5_000), wall()).is_empty());
}

#[test]
fn a_start_waits_for_sound_at_most_the_sound_wait() {
    let t0 = Instant::now();
    let (mut session, _) = new_session(two_steps());
    assert!(session.control(Control::Start, t0, wall()).is_empty());
    assert!(session.is_starting());
    assert_eq!(session.next_wake(t0 + ms(500)), Some(SOUND_WAIT - ms(500)));
    assert!(session.tick(t0 + SOUND_WAIT - ms(1), wall()).is_empty());
    let effects = session.tick(t0 + SOUND_WAIT, wall());
    assert_eq!(
        timing(&effects).map(|t| t.anchor),
        Some(t0 + SOUND_WAIT + START_LEAD)
    );
    assert_eq!(segments(&effects), [0]);

    // Sound that turns ready while waiting starts the session at once.
    let (mut session, _) = new_session(two_steps());
    let _ = session.control(Control::Start, t0, wall());
    let effects = session.sound_ready(t0 + ms(300), wall());
    assert_eq!(
        timing(&effects).map(|t| t.anchor),
        Some(t0 + ms(300) + START_LEAD)
    );
}

#[test]
fn pause_cancels_sound_and_saves_the_exact_place_resume_reschedules() {
    let t0 = Instant::now();
    let (mut session, _) = started(two_steps(), t0);
    let begin = t0 + START_LEAD;
    let _ = session.tick(begin + ms(7_000), wall());
    let effects = session.control(Control::TogglePause, begin + ms(7_250), wall());
    assert_eq!(&effects[..2], [Effect::CancelSound, Effect::Paused]);
    assert_eq!(saved(&effects), [(1, 7_250)], "the exact moment");
    assert_eq!(session.status(), Status::Paused);
    assert!(
        session.tick(begin + ms(60_000), wall()).is_empty(),
        "nothing while paused"
    );
    let effects = session.control(Control::TogglePause, begin + ms(67_250), wall());
    assert_eq!(effects[0], Effect::Resumed);
    let timing = timing(&effects).expect("rescheduled");
    assert_eq!(timing.anchor, begin + ms(67_250));
    assert_eq!(timing.position, ms(7_250));
    let plan = session.plan();
    let next_cue = &plan.cues[timing.first_cue];
    assert!(
        next_cue.at_ms > 7_250,
        "cues already heard are not replayed"
    );
    assert!(plan.cues[timing.first_cue - 1].at_ms <= 7_250);
    let snapshot = session.snapshot(begin + ms(68_250));
    assert_eq!(snapshot.position, ms(8_250));
    assert_eq!(snapshot.active, ms(8_250));
}

#[test]
fn next_and_back_move_across_steps_and_sides() {
    let t0 = Instant::now();
    let (mut session, _) = started(two_steps(), t0);
    let begin = t0 + START_LEAD;
    let plan = session.plan().clone();
    let left_hold = plan
        .segments
        .iter()
        .position(|s| s.kind == SegmentKind::Hold && s.side.is_some())
        .expect("a left hold");
    let now = begin + ms(1_000);
    // Get ready → balasana hold → get ready of step 2 → left → switch.
    let effects = session.control(Control::Next, now, wall());
    assert_eq!(effects[0], Effect::CancelSound);
    assert_eq!(segments(&effects), [1]);
    assert_eq!(timing(&effects).map(|t| t.position), Some(ms(5_000)));
    assert_eq!(cue_kinds(&effects), [CueKind::Start]);
    let _ = session.control(Control::Next, now, wall());
    let effects = session.control(Control::Next, now, wall());
    assert_eq!(segments(&effects), [left_hold]);
    let effects = session.control(Control::Next, now, wall());
    assert_eq!(
        plan.segments[segments(&effects)[0]].kind,
        SegmentKind::SwitchSides
    );
    // Back within two seconds goes to the previous segment: the left hold.
    let effects = session.control(Control::Back, now + ms(500), wall());
    assert_eq!(segments(&effects), [left_hold]);
    // Back later restarts it.
    let effects = session.control(Control::Back, now + ms(4_500), wall());
    assert_eq!(segments(&effects), [left_hold]);
    assert_eq!(
        timing(&effects).map(|t| t.position),
        Some(ms(plan.segments[left_hold].start_ms))
    );
    // Skipped steps are not counted as done.
    let effects = session.control(Control::Stop, now + ms(5_000), wall());
    let record = ended(&effects).expect("a record");
    assert_eq!(record.steps_done, 0);
}

#[test]
fn stop_cancels_sound_removes_the_checkpoint_and_logs_an_unfinished_record() {
    let t0 = Instant::now();
    let (mut session, _) = started(two_steps(), t0);
    let begin = t0 + START_LEAD;
    // Balasana plays to its end (get ready 5 s + 10 s), then stop.
    let _ = session.tick(begin + ms(16_000), wall());
    let effects = session.control(Control::Hurts, begin + ms(17_000), wall());
    assert_eq!(
        effects.last(),
        Some(&Effect::MarkedPainful { step: 1 }),
        "after the countdown cue that came due"
    );
    let effects = session.control(Control::Stop, begin + ms(18_000), wall());
    let rest: Vec<&Effect> = effects
        .iter()
        .filter(|e| !matches!(e, Effect::Cue(_)))
        .collect();
    assert_eq!(rest[0], &Effect::CancelSound);
    assert_eq!(rest[1], &Effect::RemoveCheckpoint);
    let record = ended(&effects).expect("a record");
    assert!(!record.completed);
    assert_eq!((record.steps_done, record.steps_total), (1, 2));
    assert_eq!(record.active_seconds, 18);
    assert_eq!(record.painful_steps, [1]);
    assert_eq!(record.ended_at, wall() + START_LEAD + ms(18_000));
    assert_eq!(session.status(), Status::Stopped);
    assert!(
        session
            .control(Control::Next, begin + ms(19_000), wall())
            .is_empty()
    );
}

#[test]
fn stopping_before_the_start_logs_nothing_and_keeps_any_checkpoint() {
    let t0 = Instant::now();
    let (mut session, _) = new_session(two_steps());
    let _ = session.control(Control::Start, t0, wall());
    assert!(
        session
            .control(Control::Stop, t0 + ms(100), wall())
            .is_empty()
    );
    assert!(!session.is_starting());
    assert!(session.tick(t0 + SOUND_WAIT * 2, wall()).is_empty());
}

fn resumed_at(position_ms: u64, active_ms: u64) -> Session {
    let routine = two_steps();
    let plan = Plan::build(&routine, Catalogue::builtin());
    let mut checkpoint = Checkpoint::new(routine, None, 3);
    checkpoint.started_at = wall();
    checkpoint.segment = plan.segment_at(position_ms).expect("inside");
    checkpoint.position_ms = position_ms;
    checkpoint.active_ms = active_ms;
    let (session, effects) = Session::resume(checkpoint, Catalogue::builtin());
    assert_eq!(effects, [Effect::PrepareSound]);
    session
}

#[test]
fn resuming_at_a_segment_boundary_continues_there() {
    let t0 = Instant::now();
    let mut session = resumed_at(5_000, 5_000);
    let _ = session.sound_ready(t0, wall());
    let effects = session.control(Control::Start, t0, wall());
    assert_eq!(segments(&effects), [1], "the segment is shown once");
    let timing = timing(&effects).expect("scheduled");
    assert_eq!(
        (timing.anchor, timing.position),
        (t0 + START_LEAD, ms(5_000))
    );
    assert_eq!(session.plan().cues[timing.first_cue].kind, CueKind::Start);
    assert_eq!(saved(&effects), [(1, 5_000)]);
    assert_eq!(cue_kinds(&effects), [CueKind::Start], "its opening cue");
    let effects = session.tick(t0 + START_LEAD + ms(10), wall());
    assert!(cue_kinds(&effects).is_empty(), "once");
}

#[test]
fn resuming_mid_hold_keeps_the_time_left_and_the_original_start() {
    let t0 = Instant::now();
    let mut session = resumed_at(9_500, 9_000);
    let _ = session.sound_ready(t0, wall());
    let effects = session.control(Control::Start, t0, wall());
    assert_eq!(segments(&effects), [1]);
    let begin = t0 + START_LEAD;
    let snapshot = session.snapshot(begin);
    assert_eq!(snapshot.remaining_in_segment, ms(5_500));
    let mut all = Vec::new();
    let mut now = begin;
    while !session.is_over() {
        now += ms(250);
        all.extend(session.tick(now, wall()));
    }
    let record = ended(&all).expect("finished");
    assert!(record.completed);
    assert_eq!(record.started_at, wall(), "the interrupted session's start");
    let total = session.plan().total_ms;
    assert_eq!(record.active_seconds, (9_000 + total - 9_500) / 1000);
}

#[test]
fn next_while_paused_plays_the_new_steps_opening_sound_on_resume() {
    let t0 = Instant::now();
    let (mut session, _) = started(two_steps(), t0);
    let begin = t0 + START_LEAD;
    let _ = session.control(Control::TogglePause, begin + ms(7_000), wall());
    let effects = session.control(Control::Next, begin + ms(8_000), wall());
    assert!(timing(&effects).is_none(), "no sound while paused");
    let effects = session.control(Control::TogglePause, begin + ms(9_000), wall());
    let timing = timing(&effects).expect("rescheduled");
    let opening = &session.plan().cues[timing.first_cue];
    assert_eq!(Duration::from_millis(opening.at_ms), timing.position);
    assert_eq!(cue_kinds(&effects), [opening.kind], "shown and heard, once");
}

#[test]
fn skipping_to_the_end_plays_the_closing_chime_and_counts_no_skipped_step() {
    let t0 = Instant::now();
    let (mut session, _) = started(two_steps(), t0);
    let begin = t0 + START_LEAD;
    let plan = session.plan().clone();
    let mut effects = Vec::new();
    while !session.is_over() {
        effects = session.control(Control::Next, begin + ms(1_000), wall());
    }
    let chime = timing(&effects).expect("the closing chime is scheduled");
    assert_eq!(plan.cues[chime.first_cue].kind, CueKind::SessionDone);
    assert_eq!(chime.anchor, begin + ms(1_000));
    assert!(segments(&effects).is_empty(), "no segment shown again");
    let record = ended(&effects).expect("a record");
    assert!(record.completed);
    assert_eq!(record.steps_done, 0, "every step was skipped");
}

#[test]
fn a_pause_saves_the_position_rounded_up_so_no_cue_plays_twice() {
    let t0 = Instant::now();
    let (mut session, _) = started(two_steps(), t0);
    let begin = t0 + START_LEAD;
    let effects = session.control(
        Control::TogglePause,
        begin + Duration::from_micros(7_000_400),
        wall(),
    );
    assert_eq!(saved(&effects).last(), Some(&(1, 7_001)));
}

#[test]
fn this_hurts_during_get_ready_marks_the_coming_step_and_keeps_each_choice() {
    let t0 = Instant::now();
    let (mut session, _) = started(two_steps(), t0);
    let begin = t0 + START_LEAD;
    // Getting into the first pose hurts: going on gently keeps the session
    // running and the choice in the record.
    let effects = session.control(Control::Hurts, begin + ms(1_000), wall());
    assert_eq!(effects.last(), Some(&Effect::MarkedPainful { step: 0 }));
    assert!(
        session
            .hurt_choice(
                HurtChoice::Gently,
                begin + ms(1_500),
                wall(),
                Catalogue::builtin()
            )
            .is_empty()
    );
    assert_eq!(session.status(), Status::Running);
    // A choice with no "this hurts" before it changes nothing.
    assert!(
        session
            .hurt_choice(
                HurtChoice::Stop,
                begin + ms(1_600),
                wall(),
                Catalogue::builtin()
            )
            .is_empty()
    );
    assert_eq!(session.status(), Status::Running);
    // In the second step it hurts again: skip it, which ends the session.
    let _ = session.tick(begin + ms(16_000), wall());
    let _ = session.control(Control::Hurts, begin + ms(17_000), wall());
    let effects = session.hurt_choice(
        HurtChoice::Skip,
        begin + ms(17_500),
        wall(),
        Catalogue::builtin(),
    );
    let record = ended(&effects).expect("skipping the last step ends it");
    assert_eq!(record.painful_steps, [0, 1]);
    let choices: Vec<(usize, HurtChoice)> = record
        .hurt_choices
        .iter()
        .map(|h| (h.step, h.choice))
        .collect();
    assert_eq!(choices, [(0, HurtChoice::Gently), (1, HurtChoice::Skip)]);
}

#[test]
fn stop_as_the_choice_after_this_hurts_ends_the_session_with_the_choice() {
    let t0 = Instant::now();
    let (mut session, _) = started(two_steps(), t0);
    let begin = t0 + START_LEAD;
    let _ = session.control(Control::Hurts, begin + ms(7_000), wall());
    let effects = session.hurt_choice(
        HurtChoice::Stop,
        begin + ms(8_000),
        wall(),
        Catalogue::builtin(),
    );
    let record = ended(&effects).expect("a record");
    assert!(!record.completed);
    assert_eq!(record.hurt_choices.len(), 1);
    assert_eq!(record.hurt_choices[0].choice, HurtChoice::Stop);
    assert_eq!(session.status(), Status::Stopped);
}

#[test]
fn this_hurts_while_the_start_waits_for_sound_is_kept() {
    let t0 = Instant::now();
    let (mut session, _) = new_session(two_steps());
    let _ = session.control(Control::Start, t0, wall());
    assert!(session.is_starting());
    let effects = session.control(Control::Hurts, t0 + ms(100), wall());
    assert_eq!(effects, [Effect::MarkedPainful { step: 0 }]);
    assert!(
        session
            .hurt_choice(
                HurtChoice::Gently,
                t0 + ms(200),
                wall(),
                Catalogue::builtin()
            )
            .is_empty()
    );
    let _ = session.sound_ready(t0 + ms(300), wall());
    let effects = session.control(Control::Stop, t0 + ms(5_000), wall());
    let record = ended(&effects).expect("a record");
    assert_eq!(record.painful_steps, [0]);
    assert_eq!(record.hurt_choices[0].choice, HurtChoice::Gently);
}

fn hold_lengths(session: &Session, step: usize) -> Vec<u64> {
    let segments = &session.plan().segments;
    segments
        .iter()
        .filter(|s| s.step == step && s.kind == SegmentKind::Hold)
        .map(|s| s.duration_ms)
        .collect()
}

#[test]
fn making_it_easier_shortens_this_steps_holds_and_runs_on_at_the_same_place() {
    let t0 = Instant::now();
    let (mut session, _) = started(two_steps(), t0);
    let begin = t0 + START_LEAD;
    let id = routine_id(&two_steps());
    let total_ms = session.plan().total_ms;
    // Two seconds into the left knee-to-chest hold (it starts at 20 s).
    let _ = session.tick(begin + ms(22_000), wall());
    let _ = session.control(Control::Hurts, begin + ms(22_000), wall());
    assert!(session.can_ease(Catalogue::builtin()));
    let effects = session.hurt_choice(
        HurtChoice::Easier,
        begin + ms(22_000),
        wall(),
        Catalogue::builtin(),
    );
    // 8 s, a third off, rounded: 6 s, on both sides; balasana untouched.
    assert_eq!(hold_lengths(&session, 1), [6_000, 6_000]);
    assert_eq!(hold_lengths(&session, 0), [10_000]);
    assert_eq!(session.status(), Status::Running);
    assert!(effects.contains(&Effect::CancelSound));
    assert!(effects.contains(&Effect::PrepareSound));
    let timing = timing(&effects).expect("sound rescheduled on the new plan");
    let snapshot = session.snapshot(begin + ms(22_000));
    let hold = &session.plan().segments[snapshot.segment];
    assert_eq!(
        (hold.step, hold.kind, hold.side),
        (1, SegmentKind::Hold, Some(crate::plan::Side::Left))
    );
    assert_eq!(timing.position.as_millis() as u64, hold.start_ms + 2_000);
    let checkpoint = effects.iter().rev().find_map(|e| match e {
        Effect::SaveCheckpoint(c) => Some(c.clone()),
        _ => None,
    });
    let checkpoint = checkpoint.expect("the checkpoint keeps the eased steps");
    assert_eq!(checkpoint.easier.iter().copied().collect::<Vec<_>>(), [1]);
    assert_eq!(
        checkpoint.routine,
        two_steps(),
        "the routine itself is kept"
    );
    // Once per step: the dialog no longer offers it.
    let _ = session.control(Control::Hurts, begin + ms(23_000), wall());
    assert!(!session.can_ease(Catalogue::builtin()));
    let _ = session.hurt_choice(
        HurtChoice::Gently,
        begin + ms(23_000),
        wall(),
        Catalogue::builtin(),
    );
    // The session is 4 s shorter; the record keeps the routine's own id.
    assert_eq!(session.plan().total_ms, total_ms - 4_000);
    let effects = session.tick(begin + ms(total_ms - 4_000), wall());
    let record = ended(&effects).expect("the eased session ends 4 s early");
    assert!(record.completed);
    assert_eq!(record.routine_id, id);
    let choices: Vec<HurtChoice> = record.hurt_choices.iter().map(|h| h.choice).collect();
    assert_eq!(choices, [HurtChoice::Easier, HurtChoice::Gently]);
}

#[test]
fn an_eased_session_resumes_on_the_same_eased_plan() {
    let t0 = Instant::now();
    let (mut session, _) = started(two_steps(), t0);
    let begin = t0 + START_LEAD;
    let _ = session.tick(begin + ms(16_000), wall());
    let _ = session.control(Control::Hurts, begin + ms(16_000), wall());
    let _ = session.hurt_choice(
        HurtChoice::Easier,
        begin + ms(16_000),
        wall(),
        Catalogue::builtin(),
    );
    let effects = session.control(Control::TogglePause, begin + ms(21_000), wall());
    let checkpoint = effects.iter().find_map(|e| match e {
        Effect::SaveCheckpoint(c) => Some(*c.clone()),
        _ => None,
    });
    let checkpoint = checkpoint.expect("a pause saves");
    let (resumed, _) = Session::resume(checkpoint, Catalogue::builtin());
    assert_eq!(resumed.plan(), session.plan());
    assert_eq!(resumed.routine_id(), session.routine_id());
}

#[test]
fn a_breath_is_never_cut_below_one_whole_breath() {
    use crate::catalogue::BreathPattern;
    use crate::routine::resolved::ResolvedStep;
    let breath = BreathPattern {
        inhale: 4.0,
        hold: 0.0,
        exhale: 6.0,
        hold_after: 0.0,
        alternate_nostrils: false,
    };
    let step = |hold_seconds, breathing| ResolvedStep {
        hold_seconds,
        reps: 1,
        sets: 1,
        rest_seconds: 0,
        set_rest_seconds: 0,
        sides: crate::routine::Sides::None,
        breathing,
    };
    assert_eq!(easier::eased_hold(&step(30, None)), Some(20));
    assert_eq!(easier::eased_hold(&step(1, None)), None);
    assert_eq!(
        easier::eased_hold(&step(2, None)),
        None,
        "2 s → 1.33, rounded up to 2"
    );
    assert_eq!(easier::eased_hold(&step(12, Some(breath))), Some(10));
    assert_eq!(easier::eased_hold(&step(10, Some(breath))), None);
}
