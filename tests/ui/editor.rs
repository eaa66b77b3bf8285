//! The routine editor: building a routine from poses, problems shown at
//! their fields, saving into the library, and never losing changes.

use crate::harness::Harness;
use crate::screenshots::{LOOKS, Look, shoot};
use posewise::core::draft::{Field, StepField};
use posewise::core::duration::format_duration;
use posewise::ui::app::{Page, Screen};
use posewise::ui::keys::Hotkey;
use posewise::ui::screen::editor::Message as EditorMessage;
use posewise::ui::screen::routines::Message as RoutinesMessage;
use posewise::ui::{Launch, Message};

const LUNCH: &str = "lunch-stretches.posewise.json";

fn problem(h: &Harness, field: Field) -> Option<String> {
    let Screen::Editor(editor) = &h.app.screen else {
        panic!("the editor should be open");
    };
    editor.checked().messages(field).next().map(str::to_string)
}

/// A new routine with three steps: two poses picked from the catalogue
/// and a custom exercise, with a typing mistake in the reps of step 2.
fn three_steps_with_a_mistake(h: &mut Harness) {
    h.send(Message::Go(Page::Routines));
    h.click("New routine");
    h.send(Message::Editor(EditorMessage::Title(
        "Lunch stretches".into(),
    )));
    h.click("Add pose…");
    assert!(h.shows("Add a pose"), "the catalogue opens to pick from");
    h.type_into("pose-search", "knee");
    h.send(Message::Key(Hotkey::Enter));
    h.click("Add pose…");
    h.type_into("pose-search", "child");
    h.send(Message::Key(Hotkey::Enter));
    h.click("Add custom exercise");
    h.type_into(&Field::Step(2, StepField::Name).key(), "Neck turns");
    h.type_into(&Field::Step(0, StepField::Hold).key(), "45");
    h.type_into(&Field::Step(1, StepField::Reps).key(), "2x");
}

#[test]
fn build_a_routine_fix_its_mistake_save_it_and_start_it() {
    let mut h = Harness::returning(Launch::Home);
    three_steps_with_a_mistake(&mut h);
    assert!(h.shows("1. Knee-to-chest stretch"));
    assert!(h.shows("2. Child's pose"));
    assert!(h.shows("3. Neck turns"));
    let reps = Field::Step(1, StepField::Reps);
    let message = problem(&h, reps).expect("the reps are wrong");
    // In the editor's words: no file key, no "found".
    let shown = posewise::core::draft::in_words(&message);
    assert!(
        !shown.contains("'reps'") && !shown.contains("found"),
        "{shown}"
    );
    assert!(h.shows(&format!("Reps: {shown}")), "shown at its field");
    assert!(h.shows("3 steps · fix the marked fields to see the total time"));
    h.send(Message::Key(Hotkey::Save));
    assert!(!h.data().join("routines").join(LUNCH).exists(), "not saved");
    assert!(h.shows("Not saved: fix the problem marked below first."));
    h.type_into(&reps.key(), "\u{8}");
    assert_eq!(problem(&h, reps), None);
    assert!(!h.shows(&format!("Reps: {message}")));
    let Screen::Editor(editor) = &h.app.screen else {
        panic!("still editing");
    };
    let total = editor.checked().total_ms.expect("valid now");
    assert!(h.shows(&format!("3 steps · {} in all", format_duration(total))));
    h.click("Save");
    let file = h.data().join("routines").join(LUNCH);
    let text = std::fs::read_to_string(&file).expect("saved into the library");
    assert!(text.contains("\"hold_seconds\": 45"), "{text}");
    assert!(h.shows("Edit routine"), "now it edits the saved file");
    h.send(Message::Go(Page::Routines));
    assert!(h.shows("Lunch stretches"));
    h.send(Message::Routines(RoutinesMessage::Start(format!(
        "own/{LUNCH}"
    ))));
    let Screen::Runner(runner) = &h.app.screen else {
        panic!("the routine should have started");
    };
    assert_eq!(runner.title(), "Lunch stretches");
}

#[test]
fn leaving_with_unsaved_changes_asks_first() {
    let mut h = Harness::returning(Launch::Home);
    three_steps_with_a_mistake(&mut h);
    h.send(Message::Key(Hotkey::Go(1)));
    assert!(matches!(h.app.screen, Screen::Editor(_)), "still editing");
    assert!(h.shows("Save your changes before leaving?"));
    h.click("Keep editing");
    assert!(!h.shows("Save your changes before leaving?"));
    h.send(Message::Key(Hotkey::Escape));
    h.click("Discard changes");
    assert!(matches!(h.app.screen, Screen::Routines(_)), "Esc is Back");
    assert!(!h.data().join("routines").join(LUNCH).exists());
}

#[test]
fn closing_the_window_asks_and_saves_when_told() {
    let mut h = Harness::returning(Launch::Home);
    three_steps_with_a_mistake(&mut h);
    h.type_into(&Field::Step(1, StepField::Reps).key(), "\u{8}");
    h.click("Add pose…");
    h.send(Message::CloseRequested(iced::window::Id::unique()));
    assert!(
        h.shows("Save your changes before closing?"),
        "the editor comes back to ask"
    );
    h.click("Save changes");
    assert!(h.data().join("routines").join(LUNCH).exists());
}

#[test]
fn undo_and_redo_from_the_keyboard() {
    let mut h = Harness::returning(Launch::Home);
    three_steps_with_a_mistake(&mut h);
    h.send(Message::Key(Hotkey::Undo));
    assert_eq!(problem(&h, Field::Step(1, StepField::Reps)), None);
    h.send(Message::Key(Hotkey::Undo));
    assert!(h.shows("1. Knee-to-chest stretch"));
    h.send(Message::Key(Hotkey::Redo));
    h.send(Message::Key(Hotkey::Redo));
    assert!(problem(&h, Field::Step(1, StepField::Reps)).is_some());
}

#[test]
fn a_bundled_routine_is_edited_as_a_copy() {
    let mut h = Harness::returning(Launch::Home);
    h.send(Message::Go(Page::Routines));
    h.send(Message::Routines(RoutinesMessage::Open(
        "bundled/breathing-reset".into(),
    )));
    h.click("Edit a copy");
    assert!(h.shows("New routine") && h.shows("Breathing reset (copy)"));
    h.send(Message::Key(Hotkey::Save));
    let copy = h
        .data()
        .join("routines")
        .join("breathing-reset-copy.posewise.json");
    assert!(copy.exists(), "saved as a new file of one's own");
    h.send(Message::Key(Hotkey::Escape));
    assert!(h.shows("Breathing reset (copy)"), "back on the copy's page");
    assert!(h.shows("Edit") && h.shows("See history"));
}

fn pictures(look: &Look) {
    let variant = look.name;
    let mut h = Harness::returning(Launch::Home);
    look.apply(&mut h);
    three_steps_with_a_mistake(&mut h);
    h.type_into(&Field::Step(0, StepField::Hold).key(), "00");
    shoot(&h, &format!("editor-{variant}"));
}

#[test]
fn pictures_of_the_editor_with_a_problem_shown() {
    for look in &LOOKS {
        pictures(look);
    }
}

#[test]
fn a_file_dropped_while_editing_waits_for_the_answer() {
    let mut h = Harness::returning(Launch::Home);
    three_steps_with_a_mistake(&mut h);
    let dropped = h.write_routine(
        "dropped.posewise.json",
        r#"{"format": "posewise-routine", "version": 1, "title": "Dropped",
            "steps": [{"pose": "balasana"}]}"#,
    );
    h.send(Message::FileDropped(dropped));
    assert!(matches!(h.app.screen, Screen::Editor(_)));
    assert!(h.shows("Save your changes before leaving?"));
    h.click("Discard changes");
    assert!(h.shows("Dropped"), "then the dropped routine opens");
}
