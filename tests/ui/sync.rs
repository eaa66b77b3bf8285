//! A data folder that a sync engine (Syncthing, Nextcloud) keeps the same
//! on two computers: each computer's sessions in its own file, read
//! together, and a session cut short on one never offered on the other.

use crate::harness::Harness;
use crate::screenshots::{LOOKS, shoot};
use posewise::core::device::LOCAL_DIR;
use posewise::core::history::DIR_NAME;
use posewise::ui::app::{Page, Screen};
use posewise::ui::keys::Hotkey;
use posewise::ui::{Launch, Message};
use std::path::Path;
use std::time::Duration;

const SHORT: &str = r#"{"format": "posewise-routine", "version": 1, "title": "Short one",
  "get_ready_seconds": 2,
  "steps": [{"pose": "child", "hold_seconds": 3}, {"pose": "cobra", "hold_seconds": 3}]}"#;

fn start_short(h: &mut Harness) {
    let path = h.write_routine("short.posewise.json", SHORT);
    h.send(Message::FileDropped(path));
    h.send(Message::Key(Hotkey::Enter));
}

fn finish_a_session(h: &mut Harness) {
    start_short(h);
    h.run_for(Duration::from_secs(12));
    assert!(matches!(h.app.screen, Screen::Summary(_)), "it ended");
    h.send(Message::Key(Hotkey::Enter));
}

/// What a sync engine carries: everything but this computer's own folder.
fn synced_copy(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("list") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_name() == LOCAL_DIR {
            continue;
        }
        if entry.file_type().expect("type").is_dir() {
            std::fs::create_dir_all(&target).expect("folder");
            synced_copy(&entry.path(), &target);
        } else {
            let _ = std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[test]
fn a_session_cut_short_on_one_computer_is_not_offered_on_the_other() {
    let mut laptop = Harness::returning(Launch::Home);
    finish_a_session(&mut laptop);
    start_short(&mut laptop);
    laptop.run_for(Duration::from_secs(3));
    // The laptop dies mid-hold; the sync engine carries its data folder.
    let laptop = laptop.restart();
    let desktop_dir = tempfile::tempdir().expect("temp dir");
    synced_copy(laptop.data(), desktop_dir.path());
    let desktop = Harness::in_folder(desktop_dir, Launch::Home);
    assert_eq!(
        desktop.history().len(),
        1,
        "the laptop's session counts here"
    );
    assert!(!desktop.shows("Resume"), "not the desktop's session");
    assert!(laptop.shows("Resume"), "the laptop still offers its own");
}

#[test]
fn an_old_single_history_is_read_unchanged_and_new_sessions_go_to_this_computers_file() {
    let mut h = Harness::returning(Launch::Home);
    finish_a_session(&mut h);
    // As an older Posewise left it: one history.jsonl, no per-computer files.
    let lines = std::fs::read(h.history_file()).expect("a line");
    let old = h.data().join("history.jsonl");
    std::fs::write(&old, &lines).expect("old history");
    std::fs::remove_dir_all(h.data().join(DIR_NAME)).expect("removed");
    std::fs::remove_dir_all(h.data().join(LOCAL_DIR)).expect("removed");
    let mut h = h.restart();
    assert_eq!(h.history().len(), 1, "the old file is read");
    // The harness's clock starts again at the same moment: a session an
    // hour later is a new one.
    h.advance(Duration::from_secs(3600));
    finish_a_session(&mut h);
    assert_eq!(h.history().len(), 2);
    assert_eq!(std::fs::read(&old).expect("old"), lines, "never rewritten");
    let own = std::fs::read_to_string(h.history_file()).expect("own file");
    assert_eq!(
        own.lines().count(),
        1,
        "the new session is in this computer's file"
    );
}

fn neck(hold: u32) -> String {
    format!(
        r#"{{"format": "posewise-routine", "version": 1, "title": "Neck",
            "steps": [{{"pose": "balasana", "hold_seconds": {hold}}}]}}"#
    )
}

#[test]
fn a_conflicting_copy_is_shown_once_with_its_reason_and_kept_until_the_person_chooses() {
    let h = Harness::returning(Launch::Home);
    let routines = h.data().join("routines");
    std::fs::create_dir_all(&routines).expect("routines");
    let original = routines.join("neck.posewise.json");
    let copy = routines.join("neck.posewise (conflicted copy 2026-12-06 120000).json");
    std::fs::write(&original, neck(30)).expect("routine");
    std::fs::write(&copy, neck(45)).expect("conflict copy");
    let mut h = h.restart();
    let says = |h: &Harness, part: &str| {
        h.texts(iced::Size::new(1024.0, 4000.0))
            .iter()
            .filter(|shown| shown.content.contains(part))
            .count()
    };
    assert_eq!(
        says(&h, "Neck"),
        1,
        "Today lists the routine once, not its copy"
    );
    h.send(Message::Go(Page::Routines));
    let conflict = "A conflicting copy of \"Neck\" from another computer";
    assert_eq!(says(&h, conflict), 1);
    for look in &LOOKS[..3] {
        look.apply(&mut h);
        h.send(Message::Go(Page::Routines));
        shoot(&h, &format!("routines-conflict-{}", look.name));
    }
    assert!(original.exists() && copy.exists(), "nothing goes unasked");
    h.click_anywhere("Keep both");
    assert_eq!(says(&h, conflict), 0);
    assert!(h.shows("Neck") && h.shows("Neck (other computer)"));
    assert!(!copy.exists() && original.exists());
}

#[test]
fn a_session_another_computer_logged_counts_here_once_it_arrives() {
    let mut h = Harness::returning(Launch::Home);
    assert!(h.shows("0 of 2 done today"));
    // The desktop logs the morning session; the sync engine brings its file.
    let library = posewise::core::library::Library::load(
        &h.data().join("routines"),
        posewise::core::catalogue::Catalogue::builtin(),
    );
    let routine = library
        .get("bundled/back-spasm-relief")
        .and_then(|entry| entry.routine.as_ref().ok())
        .expect("a bundled routine");
    let start = chrono::DateTime::parse_from_rfc3339("2026-11-27T08:00:00+01:00").expect("time");
    let mut record = posewise::core::session::SessionRecord::new(
        routine,
        start,
        start + chrono::Duration::minutes(10),
    );
    record.completed = true;
    let desktop = h.data().join(DIR_NAME).join("0123456789abcdef.jsonl");
    posewise::core::history::append(&desktop, &record).expect("append");
    h.send(Message::Go(Page::Today));
    assert!(h.shows("1 of 2 done today"), "the desktop's session counts");
    assert_eq!(h.history().len(), 1);
}

#[test]
fn moving_the_data_to_a_synced_folder_merges_with_what_is_there_and_keeps_the_old_folder() {
    let mut h = Harness::returning(Launch::Home);
    finish_a_session(&mut h);
    let routines = h.data().join("routines");
    std::fs::create_dir_all(&routines).expect("routines");
    std::fs::write(routines.join("neck.posewise.json"), neck(30)).expect("routine");
    // The synced folder already holds the other computer's data.
    let synced = tempfile::tempdir().expect("synced folder");
    let theirs = synced.path().join(DIR_NAME).join("fedcba9876543210.jsonl");
    let other = h.history()[0].clone();
    let mut record: posewise::core::session::SessionRecord =
        serde_json::from_value(other).expect("a record");
    record.id = "from-the-desktop".into();
    record.started_at += chrono::Duration::hours(2);
    record.ended_at += chrono::Duration::hours(2);
    posewise::core::history::append(&theirs, &record).expect("append");
    std::fs::create_dir_all(synced.path().join("routines")).expect("routines");
    std::fs::write(synced.path().join("routines/neck.posewise.json"), neck(60)).expect("theirs");

    h.send(Message::Go(Page::Settings));
    assert!(h.shows("Move to…"));
    h.send(Message::Settings(
        posewise::ui::screen::settings::Message::MoveDataTo(Some(synced.path().to_path_buf())),
    ));
    let said = h
        .texts(iced::Size::new(1024.0, 4000.0))
        .into_iter()
        .map(|shown| shown.content)
        .find(|text| text.starts_with("Moved: "))
        .expect("the move says what it did");
    assert!(said.contains("2 sessions"), "{said}");
    assert!(
        said.contains("one routine with another version there"),
        "{said}"
    );
    assert!(said.contains("is kept as it was"), "{said}");
    // The sessions here and there, both computers'.
    h.send(Message::Go(Page::Today));
    let pointer = h
        .data()
        .join(LOCAL_DIR)
        .join(posewise::core::data_folder::POINTER_FILE);
    let chosen = posewise::core::data_folder::chosen(&pointer).expect("switched");
    assert_eq!(chosen, synced.path().canonicalize().expect("real"));
    let merged = posewise::core::history::load_all(&chosen).expect("load");
    assert_eq!(merged.records.len(), 2);
    h.send(Message::Go(Page::Routines));
    assert!(h.shows("A conflicting copy of \"Neck\" from another computer"));
    assert!(
        h.data().join("routines/neck.posewise.json").exists(),
        "the old folder is kept"
    );
}
