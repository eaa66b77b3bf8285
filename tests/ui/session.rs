use crate::harness::Harness;
use posewise::core::engine::Status;
use posewise::core::plan::SegmentKind;
use posewise::ui::Launch;
use posewise::ui::Message;
use posewise::ui::app::Screen;
use posewise::ui::keys::Hotkey;
use posewise::ui::screen::runner::Dialog;
use std::time::Duration;

const ROUTINE: &str = r#"{
  "format": "posewise-routine", "version": 1, "title": "Morning back care",
  "get_ready_seconds": 5,
  "steps": [
    { "pose": "knee-to-chest", "hold_seconds": 20 },
    { "pose": "balasana", "hold_seconds": 30 },
    { "pose": "deep-breathing", "hold_seconds": 20, "breathing": { "inhale": 4, "exhale": 6 } }
  ]
}"#;

fn runner(h: &Harness) -> &posewise::ui::screen::runner::Runner {
    match &h.app.screen {
        Screen::Runner(runner) => runner,
        _ => panic!("the runner should be shown"),
    }
}

fn key(h: &mut Harness, key: Hotkey) {
    h.send(Message::Key(key));
}

#[test]
fn a_whole_session_by_keys_ends_in_a_rated_record() {
    let path = {
        let h = Harness::returning(Launch::Home);
        let path = h.write_routine("morning.posewise.json", ROUTINE);
        // Keep the folder: move it into the harness that runs the session.
        let dir = h.dir;
        (dir, path)
    };
    let (dir, path) = path;
    let mut h = Harness::in_folder(dir, Launch::Run(path, None));
    assert_eq!(runner(&h).board().phase, "Get ready");
    assert!(h.shows("Pain now, 0 to 10 (optional)"));
    h.click("4");
    assert_eq!(runner(&h).pain_before, Some(4));

    // Into the first hold; the clock counts down.
    h.run_for(Duration::from_millis(7_250));
    let board = runner(&h).board().clone();
    assert_eq!(board.kind, SegmentKind::Hold);
    assert_eq!(board.clock, "0:18");
    assert_eq!(board.step, "Step 1 of 3");

    // Pause: the clock stops, and the app stops ticking.
    key(&mut h, Hotkey::Space);
    assert!(runner(&h).board().paused);
    assert!(runner(&h).next_tick(h.now()).is_none());
    h.advance(Duration::from_secs(30));
    assert_eq!(runner(&h).board().clock, "0:18");
    key(&mut h, Hotkey::Space);
    assert!(!runner(&h).board().paused);

    // This hurts: marked, and a calm question that stops nothing; Escape
    // goes on gently.
    key(&mut h, Hotkey::Hurts);
    assert_eq!(runner(&h).dialog(), Some(Dialog::Hurts));
    assert!(h.shows("It hurts: what now?"));
    assert_eq!(runner(&h).session().status(), Status::Running);
    key(&mut h, Hotkey::Escape);
    assert_eq!(runner(&h).dialog(), None);

    // Next, then back, by the arrow keys: the left side's hold is skipped
    // to the side switch, then the hold comes back.
    key(&mut h, Hotkey::Right);
    assert_eq!(runner(&h).board().phase, "Switch sides");
    key(&mut h, Hotkey::Left);
    assert_eq!(runner(&h).board().phase, "Hold");
    assert_eq!(runner(&h).board().side.as_deref(), Some("Left side"));
    assert_eq!(runner(&h).board().clock, "0:20");

    // Run to the end: the breathing pacer shows on the way.
    let mut saw_breathing = false;
    for _ in 0..800 {
        if !matches!(h.app.screen, Screen::Runner(_)) {
            break;
        }
        saw_breathing |= runner(&h).board().breath.is_some();
        h.advance(Duration::from_millis(250));
    }
    assert!(saw_breathing);
    assert!(
        matches!(h.app.screen, Screen::Summary(_)),
        "the summary follows the end"
    );
    // Not yet "Well done": the pain is not rated.
    assert!(h.shows("Session complete"));

    key(&mut h, Hotkey::Digit(2));
    assert!(h.shows("Well done: session complete"));
    h.click("About right");
    key(&mut h, Hotkey::Enter);
    assert!(matches!(h.app.screen, Screen::Today(_)));

    let records = h.history();
    assert_eq!(records.len(), 1);
    let record = &records[0];
    assert_eq!(record["completed"], true);
    assert_eq!(record["routine_title"], "Morning back care");
    assert_eq!(record["pain_before"], 4);
    assert_eq!(record["pain_after"], 2);
    assert_eq!(record["effort"], "right");
    assert_eq!(record["painful_steps"], serde_json::json!([0]));
    assert_eq!(
        record["hurt_choices"],
        serde_json::json!([{"step": 0, "side": "left", "choice": "gently"}])
    );
    assert!(!h.checkpoint_file().exists(), "the checkpoint is gone");
}

#[test]
fn this_hurts_works_during_get_ready_and_the_next_session_remembers_it() {
    let mut h = Harness::returning(Launch::Home);
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path.clone()));
    key(&mut h, Hotkey::Enter);
    h.run_for(Duration::from_secs(2));
    assert_eq!(runner(&h).board().phase, "Get ready");
    assert!(
        !h.shows("Last time the Knee-to-chest stretch hurt on the left: go gently."),
        "nothing hurt before"
    );
    // Getting into the first pose hurts: the big choices, in Get ready.
    key(&mut h, Hotkey::Hurts);
    assert_eq!(runner(&h).dialog(), Some(Dialog::Hurts));
    for choice in [
        "Skip this exercise",
        "Keep going gently",
        "Stop the session",
    ] {
        assert!(h.shows(choice), "{choice}");
    }
    // Enter skips the whole exercise, both sides: on to step 2.
    key(&mut h, Hotkey::Enter);
    assert_eq!(runner(&h).dialog(), None);
    assert_eq!(runner(&h).board().step, "Step 2 of 3");
    // Then it hurts again, and S stops the session.
    key(&mut h, Hotkey::Hurts);
    key(&mut h, Hotkey::Stop);
    assert!(matches!(h.app.screen, Screen::Summary(_)));
    h.click("Save");
    let records = h.history();
    assert_eq!(records[0]["painful_steps"], serde_json::json!([0, 1]));
    let choices: Vec<(u64, &str)> = records[0]["hurt_choices"]
        .as_array()
        .expect("choices")
        .iter()
        .map(|c| {
            (
                c["step"].as_u64().unwrap_or(99),
                c["choice"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(choices, [(0, "skip"), (1, "stop")]);

    // The next session of that routine opens with a gentle word.
    h.send(Message::FileDropped(path));
    key(&mut h, Hotkey::Enter);
    assert_eq!(runner(&h).board().phase, "Get ready");
    let step = records[0]["step_names"][0].as_str().unwrap_or("");
    let side = records[0]["hurt_choices"][0]["side"]
        .as_str()
        .map_or(String::new(), |s| format!(" on the {s}"));
    let gentle = format!("Last time the {step} hurt{side}: go gently.");
    assert!(h.shows(&gentle), "{gentle}");
}

#[test]
fn stop_asks_first_and_logs_an_unfinished_session() {
    let mut h = Harness::returning(Launch::Home);
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path));
    assert!(matches!(h.app.screen, Screen::Routine(_)));
    key(&mut h, Hotkey::Enter);
    h.run_for(Duration::from_secs(8));
    key(&mut h, Hotkey::Escape);
    assert_eq!(runner(&h).dialog(), Some(Dialog::ConfirmStop));
    assert_eq!(
        runner(&h).session().status(),
        Status::Running,
        "asking stops nothing"
    );
    key(&mut h, Hotkey::Enter);
    assert!(matches!(h.app.screen, Screen::Summary(_)));
    assert!(h.shows("Session stopped"));
    h.click("Save");
    let records = h.history();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["completed"], false);
    assert_eq!(records[0]["pain_after"], serde_json::Value::Null);
}

#[test]
fn a_session_cut_short_is_offered_for_resume_where_it_stopped() {
    let mut h = Harness::returning(Launch::Home);
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path));
    key(&mut h, Hotkey::Enter);
    // Knee-to-chest takes 50 s (both sides); step 2's hold starts at 55 s.
    h.run_for(Duration::from_secs(60));
    // The app dies here: no stop, no summary.
    let mut h = h.restart();
    assert!(h.shows("Resume"));
    h.click("Resume");
    let board = runner(&h).board().clone();
    assert_eq!(board.step, "Step 2 of 3");
    assert!(runner(&h).session().status() == Status::Running || runner(&h).is_starting());
}

#[test]
fn closing_the_window_on_the_summary_still_logs_the_session() {
    let mut h = Harness::returning(Launch::Home);
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path));
    key(&mut h, Hotkey::Enter);
    h.run_for(Duration::from_secs(3));
    key(&mut h, Hotkey::Escape);
    key(&mut h, Hotkey::Enter);
    assert!(matches!(h.app.screen, Screen::Summary(_)));
    key(&mut h, Hotkey::Digit(5));
    assert!(
        h.history().is_empty(),
        "nothing is logged before Save or close"
    );
    h.send(Message::CloseRequested(iced::window::Id::unique()));
    let records = h.history();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["completed"], false);
    assert_eq!(records[0]["pain_after"], 5, "what was rated is kept");
}

#[test]
fn closing_the_window_mid_session_keeps_it_for_resume() {
    let mut h = Harness::returning(Launch::Home);
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path));
    key(&mut h, Hotkey::Enter);
    h.run_for(Duration::from_millis(12_300));
    h.send(Message::CloseRequested(iced::window::Id::unique()));
    assert!(h.history().is_empty());
    let checkpoint: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(h.checkpoint_file()).expect("a checkpoint"))
            .expect("JSON");
    // Paused on close, so the checkpoint has the exact place, not the
    // start of the hold (5 s).
    let position = checkpoint["position_ms"].as_u64().expect("a position");
    assert!((12_000..=12_400).contains(&position), "{position}");
}

#[test]
fn the_summary_compares_with_the_pain_before_and_discard_asks_first() {
    let mut h = Harness::returning(Launch::Home);
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path.clone()));
    key(&mut h, Hotkey::Enter);
    h.click("3");
    h.run_for(Duration::from_secs(3));
    key(&mut h, Hotkey::Escape);
    key(&mut h, Hotkey::Enter);
    assert!(matches!(h.app.screen, Screen::Summary(_)));
    assert!(h.shows("Pain now, 0 (none) to 10 (worst); before the session: 3"));
    // Worse than before: said kindly, and no "Well done".
    key(&mut h, Hotkey::Digit(6));
    assert!(h.shows(
        "Your pain is higher than before the session. Rest today and go gently; if it \
         stays up, tell your physiotherapist before the next session."
    ));
    // Discard asks first; Escape keeps the session, Enter does not save
    // while asking.
    h.click("Discard…");
    assert!(h.shows("Leave this session out of your history?"));
    key(&mut h, Hotkey::Enter);
    assert!(matches!(h.app.screen, Screen::Summary(_)));
    key(&mut h, Hotkey::Escape);
    assert!(h.shows("Save"));
    h.click("Discard…");
    h.click("Discard");
    assert!(matches!(h.app.screen, Screen::Today(_)));
    assert!(h.history().is_empty(), "a discarded session is not logged");

    // A completed session where pain went down: "Well done".
    h.send(Message::FileDropped(path));
    key(&mut h, Hotkey::Enter);
    // Not 5: the clock's own digits are texts too.
    h.click("8");
    for _ in 0..800 {
        if !matches!(h.app.screen, Screen::Runner(_)) {
            break;
        }
        h.advance(Duration::from_millis(250));
    }
    key(&mut h, Hotkey::Digit(2));
    assert!(h.shows("Well done: session complete"));
    key(&mut h, Hotkey::Digit(9));
    assert!(h.shows("Session complete"));
    assert!(!h.shows("Well done: session complete"));
}

#[test]
fn left_alone_the_controls_hide_and_any_input_brings_them_back() {
    let mut h = Harness::returning(Launch::Home);
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path));
    key(&mut h, Hotkey::Enter);
    h.run_for(Duration::from_secs(3));
    assert!(h.shows("Pause") && !runner(&h).controls_hidden());
    // Five seconds without a key or a pointer move.
    h.run_for(Duration::from_secs(6));
    assert!(runner(&h).controls_hidden());
    assert!(!h.shows("Pause"), "the controls are out of sight");
    // A pointer move brings them back.
    h.send(Message::PointerMoved);
    assert!(h.shows("Pause"));
    h.run_for(Duration::from_secs(6));
    assert!(runner(&h).controls_hidden());
    // Space works while they are hidden, and a paused session keeps them.
    key(&mut h, Hotkey::Space);
    assert!(runner(&h).board().paused);
    h.advance(Duration::from_secs(10));
    assert!(!runner(&h).controls_hidden());
    assert!(h.shows("Continue"));
}

#[test]
fn make_it_easier_shortens_the_holds_that_are_left_and_is_logged() {
    let mut h = Harness::returning(Launch::Home);
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path));
    key(&mut h, Hotkey::Enter);
    // Into the first hold (knee-to-chest, 20 s on the left).
    h.run_for(Duration::from_secs(8));
    assert_eq!(runner(&h).board().phase, "Hold");
    let hold_ms = |h: &Harness| {
        let plan = runner(h).session().plan();
        plan.segments
            .iter()
            .filter(|s| s.step == 0 && s.kind == SegmentKind::Hold)
            .map(|s| s.duration_ms)
            .collect::<Vec<_>>()
    };
    assert_eq!(hold_ms(&h), [20_000, 20_000]);
    key(&mut h, Hotkey::Hurts);
    assert!(h.shows("Make it easier: shorter holds"));
    key(&mut h, Hotkey::Easier);
    assert_eq!(runner(&h).dialog(), None);
    assert_eq!(hold_ms(&h), [14_000, 14_000], "a third off, rounded up");
    assert_eq!(runner(&h).board().phase, "Hold", "still in the same hold");
    // Once per exercise: the next "this hurts" offers the other choices.
    key(&mut h, Hotkey::Hurts);
    assert!(!h.shows("Make it easier: shorter holds"));
    assert!(h.shows("Keep going gently"));
    key(&mut h, Hotkey::Escape);
    key(&mut h, Hotkey::Escape);
    key(&mut h, Hotkey::Enter);
    assert!(matches!(h.app.screen, Screen::Summary(_)));
    h.click("Save");
    let record = &h.history()[0];
    assert_eq!(record["hurt_choices"][0]["choice"], "easier");
    assert_eq!(record["hurt_choices"][1]["choice"], "gently");
}

#[test]
fn a_locked_screen_pauses_a_running_session() {
    let mut h = Harness::returning(Launch::Home);
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path));
    key(&mut h, Hotkey::Enter);
    h.run_for(Duration::from_secs(3));
    assert_eq!(runner(&h).session().status(), Status::Running);
    h.send(Message::ScreenLocked);
    assert_eq!(runner(&h).session().status(), Status::Paused);
    // A second lock signal does not start it again.
    h.send(Message::ScreenLocked);
    assert_eq!(runner(&h).session().status(), Status::Paused);
}

#[test]
fn reduce_motion_keeps_the_controls_and_the_breathing_circle_still() {
    let mut h = Harness::returning(Launch::Home);
    h.send(Message::Go(posewise::ui::app::Page::Settings));
    h.send(Message::Settings(
        posewise::ui::screen::settings::Message::ReduceMotion(true),
    ));
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path));
    key(&mut h, Hotkey::Enter);
    // Well past the time the controls would hide.
    h.run_for(Duration::from_secs(12));
    assert!(!runner(&h).controls_hidden());
    assert!(h.shows("Pause"));
    // Into the breathing: the screen changes once a second, not four times.
    let _ = (0..200).find(|_| {
        h.run_for(Duration::from_secs(1));
        runner(&h).board().breath.is_some()
    });
    assert!(
        runner(&h).board().breath.is_some(),
        "the breathing step came"
    );
    // Over four seconds of breathing the screen changes with the clock's
    // seconds and the breath's phases, not four times a second.
    let mut wakes = 0;
    let mut waited = Duration::ZERO;
    while waited < Duration::from_secs(4) {
        let wait = runner(&h).next_tick(h.now()).expect("running");
        h.advance(wait);
        waited += wait;
        wakes += 1;
    }
    assert!(wakes <= 8, "{wakes} wake-ups in 4 s");
}
