//! Routine files coming in (dropped, picked, `posewise FILE`) are checked,
//! copied into the person's routines once, and can be saved out again.

use crate::harness::Harness;
use posewise::core::catalogue::Catalogue;
use posewise::core::routine::Routine;
use posewise::ui::app::{Page, Screen};
use posewise::ui::screen::routine_page::Message as PageMessage;
use posewise::ui::{Launch, Message};

const FROM_PHYSIO: &str = r#"{
  "format": "posewise-routine", "version": 1,
  "title": "Riverside morning plan",
  "author": "Riverside Physio Clinic",
  "steps": [
    { "pose": "balasana", "hold_seconds": 30 },
    { "custom": { "name": "Heel slides" }, "hold_seconds": 10, "reps": 8 }
  ]
}
"#;

#[test]
fn a_dropped_file_is_added_once_and_shows_who_it_is_from() {
    let mut h = Harness::returning(Launch::Home);
    let file = h.write_routine("riverside.posewise.json", FROM_PHYSIO);
    h.send(Message::FileDropped(file.clone()));
    assert!(matches!(h.app.screen, Screen::Routine(_)));
    assert!(h.shows("From Riverside Physio Clinic"));
    assert!(
        h.shows("Added to your routines. You can start it from Today and Routines from now on.")
    );
    let copy = h
        .data()
        .join("routines/riverside-morning-plan.posewise.json");
    assert!(copy.exists(), "copied into the library");
    h.send(Message::FilePicked(Some(file)));
    assert!(h.shows("This routine is already in your routines, so it was not copied again."));
    h.send(Message::Go(Page::Routines));
    assert!(h.shows("Riverside morning plan"));
    let own = std::fs::read_dir(h.data().join("routines")).expect("folder");
    assert_eq!(own.count(), 1, "not copied twice");
}

#[test]
fn a_file_at_launch_is_imported_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("settings.json"),
        r#"{"welcome_acknowledged": true}"#,
    )
    .expect("settings");
    let file = dir.path().join("mail-attachment.json");
    std::fs::write(&file, FROM_PHYSIO).expect("file");
    let h = Harness::in_folder(dir, Launch::Open(file));
    assert!(h.shows("Riverside morning plan"));
    assert!(
        h.data()
            .join("routines/riverside-morning-plan.posewise.json")
            .exists()
    );
}

#[test]
fn a_newer_or_broken_file_says_what_is_wrong_next_to_its_name() {
    let mut h = Harness::returning(Launch::Home);
    let newer = h.write_routine(
        "newer.posewise.json",
        &FROM_PHYSIO.replace("\"version\": 1", "\"version\": 3"),
    );
    h.send(Message::FileDropped(newer.clone()));
    assert!(matches!(h.app.screen, Screen::Routines(_)));
    let Screen::Routines(screen) = &h.app.screen else {
        unreachable!()
    };
    let error = screen.error.clone().expect("an error is shown");
    assert!(
        error.starts_with("Could not open \u{201c}newer.posewise.json\u{201d}:"),
        "{error}"
    );
    assert!(
        error.contains(&format!("{}:2:", newer.display())),
        "{error}"
    );
    assert!(error.contains("made with a newer Posewise"), "{error}");
    assert!(h.shows(&error), "shown on the screen");
    assert!(!h.data().join("routines").exists(), "nothing copied");
}

#[test]
fn save_as_writes_a_copy_that_reads_back_the_same() {
    let mut h = Harness::returning(Launch::Home);
    let file = h.write_routine("riverside.posewise.json", FROM_PHYSIO);
    h.send(Message::FileDropped(file.clone()));
    let out = h.data().join("for-a-friend.posewise.json");
    h.send(Message::Routine(PageMessage::SaveTo(Some(out.clone()))));
    assert!(h.shows(&format!("Saved a copy to {}", out.display())));
    let catalogue = Catalogue::builtin();
    assert_eq!(
        Routine::load(&out, catalogue).expect("valid"),
        Routine::load(&file, catalogue).expect("valid")
    );
    let blocked = h.data().join("riverside.posewise.json").join("x.json");
    h.send(Message::Routine(PageMessage::SaveTo(Some(blocked))));
    assert!(
        h.has("Could not save to")
            || matches!(&h.app.screen, Screen::Routine(p) if p.notice.as_deref().is_some_and(|n| n.starts_with("Could not save to"))),
    );
}

#[test]
fn the_handout_button_writes_a_printable_page() {
    let mut h = Harness::returning(Launch::Home);
    let file = h.write_routine("riverside.posewise.json", FROM_PHYSIO);
    h.send(Message::FileDropped(file));
    assert!(h.shows("Handout to print…"));
    let out = h.data().join("handout.html");
    h.send(Message::Routine(PageMessage::HandoutTo(Some(out.clone()))));
    let html = std::fs::read_to_string(&out).expect("written");
    assert!(html.contains("Riverside morning plan") && html.contains("Heel slides"));
    assert!(html.contains("<svg"), "the child's pose picture is inline");
    assert!(h.shows(&format!(
        "Saved the handout to {}: open it in a web browser to print it.",
        out.display()
    )));
}
