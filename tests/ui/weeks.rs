//! A programme that changes week by week, as the patient meets it: Today
//! says the week and what changed, Start runs that week's doses, and after
//! the last week Today says the programme is complete.

use crate::harness::Harness;
use crate::screenshots::{LOOKS, shoot, shoot_whole};
use posewise::core::catalogue::Catalogue;
use posewise::core::draft::{Field, StepField};
use posewise::core::duration::format_duration;
use posewise::core::routine::Routine;
use posewise::ui::app::{Page, Screen};
use posewise::ui::keys::Hotkey;
use posewise::ui::screen::editor::{Message as EditorMessage, StepMessage};
use posewise::ui::screen::routines::Message as RoutinesMessage;
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

/// Starts the programme from Today and plays it to its end, then saves;
/// the runner says the week (`week`, "Week 3 of 6").
fn do_session(h: &mut Harness, week: &str) {
    h.send(Message::Today(TodayMessage::Start(KEY.into())));
    assert!(matches!(h.app.screen, Screen::Runner(_)), "it started");
    assert!(
        says(h, &format!("Back care, six weeks · {week} · ")),
        "{week}"
    );
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
    do_session(&mut h, "Week 1 of 6");

    // Two weeks after the first session (the harness's Friday 27 Nov).
    h.advance(14 * DAY);
    h.send(Message::Go(Page::Today));
    assert!(says(&h, "Week 3 of 6"));
    assert!(h.has("Child's pose: hold 30 s (was 20 s)"));
    assert!(h.has("New this week: Bridge"));
    shoot(&h, "today-programme-week-3");
    do_session(&mut h, "Week 3 of 6");
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
    do_session(&mut h, "Week 6 of 6");
    let last = h.history().last().cloned().expect("logged");
    assert_eq!(last["week"], 6, "run at week 6's dose");
    assert_eq!(
        last["step_names"],
        serde_json::json!(["Child's pose", "Bridge"])
    );
}

fn editor(h: &Harness) -> &posewise::ui::screen::editor::Editor {
    match &h.app.screen {
        Screen::Editor(editor) => editor,
        _ => panic!("the editor should be open"),
    }
}

fn open_in_editor(h: &mut Harness) {
    h.send(Message::Go(Page::Routines));
    h.send(Message::Routines(RoutinesMessage::Open(KEY.into())));
    h.click("Edit");
}

#[test]
fn the_editor_edits_a_programme_week_by_week_and_saving_keeps_it() {
    let mut h = with_programme();
    open_in_editor(&mut h);
    let weekly = editor(&h).checked().weekly_ms.clone();
    let weeks: Vec<u32> = weekly.iter().map(|&(week, _)| week).collect();
    assert_eq!(weeks, [1, 3, 5], "a total for each phase");
    for (week, ms) in &weekly {
        assert!(says(&h, &format!("Week {week}: {}", format_duration(*ms))));
    }

    // The bridge gets 8 repetitions from week 5; knee-to-chest stops a
    // week earlier.
    h.send(Message::Editor(EditorMessage::Step(
        1,
        StepMessage::AddChange,
    )));
    let row = Field::Step(1, StepField::Change(0)).key();
    h.type_into(&format!("{row}-from_week"), "\u{8}5");
    h.type_into(&format!("{row}-reps"), "8");
    let until = Field::Step(2, StepField::UntilWeek).key();
    h.type_into(&until, "\u{8}3");
    assert_eq!(editor(&h).draft().steps[2].until_week, "3");

    // Undo covers it: the weeks, then the row's fields, then the row.
    h.send(Message::Key(Hotkey::Undo));
    assert_eq!(editor(&h).draft().steps[2].until_week, "4");
    h.send(Message::Key(Hotkey::Undo));
    assert_eq!(editor(&h).draft().steps[1].progress[0].reps, "");
    h.send(Message::Key(Hotkey::Redo));
    h.send(Message::Key(Hotkey::Redo));
    let edited = editor(&h).draft().clone();
    assert_eq!(edited.steps[1].progress[0].reps, "8");
    assert_eq!(edited.steps[2].until_week, "3");
    let weeks: Vec<u32> = editor(&h)
        .checked()
        .weekly_ms
        .iter()
        .map(|&(week, _)| week)
        .collect();
    assert_eq!(weeks, [1, 3, 4, 5], "knee-to-chest now ends after week 3");

    h.click("Save");
    let file = h.data().join("routines/six-weeks.posewise.json");
    let saved = Routine::load(&file, Catalogue::builtin()).expect("saved and valid");
    assert_eq!(
        saved.id.as_deref(),
        Some("clinic-back-6w"),
        "same programme"
    );
    assert_eq!(saved.in_week(5).steps[1].reps, Some(8));
    assert_eq!(saved.in_week(4).steps[1].reps, Some(5));
    assert_eq!(saved.in_week(4).steps.len(), 2, "knee-to-chest ended");
    assert_eq!(saved.steps[0].progress.len(), 2, "the other changes kept");

    h.send(Message::Key(Hotkey::Escape));
    open_in_editor(&mut h);
    assert_eq!(editor(&h).draft(), &edited, "reopened unchanged");
    assert!(!editor(&h).is_dirty());
    for look in &LOOKS[..3] {
        look.apply(&mut h);
        open_in_editor(&mut h);
        shoot_whole(&h, &format!("editor-programme-weeks-{}", look.name), 2600.0);
    }
}
