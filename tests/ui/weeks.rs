//! A programme that changes week by week, as the patient meets it: Today
//! says the week and what changed, Start runs that week's doses, and after
//! the last week Today says the programme is complete.

use crate::harness::Harness;
use crate::screenshots::shoot;
use posewise::ui::app::{Page, Screen};
use posewise::ui::screen::today::Message as TodayMessage;
use posewise::ui::{Launch, Message};
use std::time::Duration;

const KEY: &str = "own/six-weeks.posewise.json";
const DAY: Duration = Duration::from_secs(24 * 60 * 60);

fn with_programme() -> Harness {
    let dir = tempfile::tempdir().expect("folder");
    std::fs::create_dir_all(dir.path().join("routines")).expect("routines");
    std::fs::write(
        dir.path().join("routines/six-weeks.posewise.json"),
        include_str!("../fixtures/three-phases.posewise.json"),
    )
    .expect("routine");
    std::fs::write(
        dir.path().join("settings.json"),
        r#"{"welcome_acknowledged": true}"#,
    )
    .expect("settings");
    Harness::in_folder(dir, Launch::Home)
}

/// Starts the programme from Today and plays it to its end, then saves.
fn do_session(h: &mut Harness) {
    h.send(Message::Today(TodayMessage::Start(KEY.into())));
    assert!(matches!(h.app.screen, Screen::Runner(_)), "it started");
    h.run_for(Duration::from_secs(15 * 60));
    assert!(matches!(h.app.screen, Screen::Summary(_)), "it ended");
    h.click("Save");
}

/// Whether some text on the page contains `part` (the routine's line
/// joins its length, its status and its week).
fn says(h: &Harness, part: &str) -> bool {
    h.texts(iced::Size::new(1024.0, 4000.0))
        .iter()
        .any(|shown| shown.content.contains(part))
}

#[test]
fn today_follows_the_weeks_of_a_programme_from_its_first_session() {
    let mut h = with_programme();
    assert!(
        says(&h, "Week 1 of 6"),
        "week 1 begins with the first session"
    );
    assert!(!says(&h, "(was "), "nothing has changed in week 1");
    do_session(&mut h);

    // Two weeks after the first session (the harness's Friday 27 Nov).
    h.advance(14 * DAY);
    h.send(Message::Go(Page::Today));
    assert!(says(&h, "Week 3 of 6"));
    assert!(h.has("Child's pose: hold 30 s (was 20 s)"));
    assert!(h.has("New this week: Bridge"));
    shoot(&h, "today-programme-week-3");
    do_session(&mut h);
    let weeks: Vec<Option<u64>> = h
        .history()
        .iter()
        .map(|record| record["week"].as_u64())
        .collect();
    assert_eq!(weeks, [Some(1), Some(3)], "each session logs its week");
    let names = h.history()[1]["step_names"].clone();
    assert_eq!(
        names,
        serde_json::json!(["Child's pose", "Bridge", "Knee-to-chest stretch"]),
        "week 3 runs the bridge too"
    );

    // Six weeks are over: the last week's dose, and a word to ask for more.
    h.advance(28 * DAY);
    h.send(Message::Go(Page::Today));
    assert!(says(&h, "Programme complete"));
    assert!(says(&h, "Ask your physiotherapist for the next programme."));
    assert!(!says(&h, "(was "), "nothing changes after the end");
    do_session(&mut h);
    let last = h.history().last().cloned().expect("logged");
    assert_eq!(last["week"], 6, "run at week 6's dose");
    assert_eq!(
        last["step_names"],
        serde_json::json!(["Child's pose", "Bridge"])
    );
}
