//! Faults while the window runs: a history that cannot be written, and a
//! history file deleted during a session. No session is lost.

use crate::harness::Harness;
use posewise::ui::app::Screen;
use posewise::ui::keys::Hotkey;
use posewise::ui::{Launch, Message};
use std::time::Duration;

const SHORT: &str = r#"{"format": "posewise-routine", "version": 1, "title": "Short one",
    "get_ready_seconds": 3, "steps": [{"pose": "balasana", "hold_seconds": 5}]}"#;

/// Runs the short routine to its summary.
fn finish_a_session(h: &mut Harness) {
    let path = h.write_routine("short.posewise.json", SHORT);
    h.send(Message::FileDropped(path));
    h.send(Message::Key(Hotkey::Enter));
    h.run_for(Duration::from_secs(12));
    assert!(
        matches!(h.app.screen, Screen::Summary(_)),
        "the session ended"
    );
}

fn notices(h: &Harness) -> String {
    h.app.notices.join("\n")
}

/// Any write error takes this path; a full disk cannot be made on demand
/// (the tests run as root, past permissions), so a folder is put in the
/// history's way.
#[test]
fn a_history_that_cannot_be_written_keeps_the_session_and_saves_it_later() {
    let mut h = Harness::returning(Launch::Home);
    finish_a_session(&mut h);
    let history = h.history_file();
    std::fs::create_dir_all(&history).expect("a folder in the way");
    h.send(Message::Key(Hotkey::Enter));
    assert!(
        matches!(h.app.screen, Screen::Today(_)),
        "the person moves on"
    );
    let said = notices(&h);
    assert!(
        said.contains(".jsonl:1:1: error: the history is not a plain file"),
        "{said}"
    );
    assert!(
        said.contains("Posewise keeps the session in memory"),
        "{said}"
    );
    assert_eq!(h.app.records().len(), 1, "shown as done");

    // Still failing at the next try: still kept, and said only once.
    h.send(Message::RetryUnsaved);
    assert_eq!(
        notices(&h)
            .matches("Posewise keeps the session in memory")
            .count(),
        1
    );

    // Fixed: the next try writes it.
    std::fs::remove_dir(&history).expect("moved away");
    h.send(Message::RetryUnsaved);
    let records = h.history();
    assert_eq!(records.len(), 1, "written at the retry");
    assert_eq!(records[0]["routine_title"], "Short one");
    let said = notices(&h);
    assert!(
        !said.contains("Posewise keeps the session in memory"),
        "{said}"
    );
    assert!(said.contains("now saved in your history"), "{said}");
}

#[test]
fn a_history_deleted_during_a_session_is_created_again() {
    let mut h = Harness::returning(Launch::Home);
    finish_a_session(&mut h);
    h.send(Message::Key(Hotkey::Enter));
    assert_eq!(h.history().len(), 1);
    // The second session: its history file goes while it runs.
    let path = h.write_routine("short.posewise.json", SHORT);
    h.send(Message::FileDropped(path));
    h.send(Message::Key(Hotkey::Enter));
    h.run_for(Duration::from_secs(4));
    std::fs::remove_file(h.history_file()).expect("deleted");
    h.run_for(Duration::from_secs(8));
    assert!(matches!(h.app.screen, Screen::Summary(_)));
    h.send(Message::Key(Hotkey::Enter));
    let records = h.history();
    assert_eq!(records.len(), 1, "a new history with this session");
    assert!(h.app.notices.is_empty(), "{}", notices(&h));
}
