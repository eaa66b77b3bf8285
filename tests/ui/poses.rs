//! The pose catalogue: search, a pose's page, and adding it to a routine.

use crate::harness::Harness;
use crate::screenshots::{LOOKS, Look, shoot};
use posewise::ui::app::{Page, Screen};
use posewise::ui::keys::Hotkey;
use posewise::ui::{Launch, Message};

fn editor_steps(h: &Harness) -> Vec<String> {
    let Screen::Editor(editor) = &h.app.screen else {
        panic!("the editor should be open");
    };
    let catalogue = posewise::core::catalogue::Catalogue::builtin();
    editor
        .draft()
        .steps
        .iter()
        .map(|s| s.name(catalogue))
        .collect()
}

#[test]
fn typing_filters_the_grid_and_a_pose_goes_into_a_new_routine() {
    let mut h = Harness::returning(Launch::Home);
    h.send(Message::Key(Hotkey::Go(3)));
    assert!(matches!(h.app.screen, Screen::Poses(_)));
    assert!(h.shows("Cobra pose") && h.shows("Child's pose"));
    h.type_into("pose-search", "cob");
    assert!(h.shows("cob"), "the field shows what was typed");
    assert!(h.shows("Cobra pose"));
    assert!(!h.shows("Child's pose"), "other poses are filtered out");
    assert!(h.shows("1 shown"));
    h.click("Cobra pose");
    assert!(matches!(h.app.screen, Screen::Pose(_)));
    assert!(h.shows("How to do it"));
    assert!(h.has("Take care"));
    assert!(h.has("Avoid if"));
    assert!(
        h.shows("A new routine"),
        "a new routine is the default target"
    );
    h.click("Add to a routine");
    assert_eq!(editor_steps(&h), ["Cobra pose"]);
    assert!(h.shows("1. Cobra pose"));
}

#[test]
fn back_from_a_pose_keeps_the_search() {
    let mut h = Harness::returning(Launch::Home);
    h.send(Message::Go(Page::Poses));
    h.type_into("pose-search", "child");
    h.send(Message::Key(Hotkey::Enter));
    assert!(
        matches!(h.app.screen, Screen::Pose(_)),
        "Enter opens the first"
    );
    h.send(Message::Key(Hotkey::Escape));
    assert!(h.shows("child") && !h.shows("Cobra pose"));
}

#[test]
fn no_match_says_so_and_kinds_filter() {
    let mut h = Harness::returning(Launch::Home);
    h.send(Message::Go(Page::Poses));
    h.click("Breathing");
    assert!(h.shows("Deep breathing") && !h.shows("Cobra pose"));
    h.type_into("pose-search", "headstand");
    assert!(h.shows(
        "No pose matches \u{201c}headstand\u{201d}. Try fewer letters, or add a custom exercise in the editor."
    ));
}

fn pictures(look: &Look) {
    let variant = look.name;
    let mut h = Harness::returning(Launch::Home);
    look.apply(&mut h);
    h.send(Message::Go(Page::Poses));
    shoot(&h, &format!("poses-{variant}"));
    h.type_into("pose-search", "cobra");
    h.send(Message::Key(Hotkey::Enter));
    shoot(&h, &format!("pose-{variant}"));
}

#[test]
fn pictures_of_the_poses_screens() {
    for look in &LOOKS {
        pictures(look);
    }
}
