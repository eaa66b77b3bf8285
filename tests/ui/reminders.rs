//! Reminders in the window: the settings on a routine's page, saved as
//! they change, and the times Today shows as owed.

use crate::harness::Harness;
use crate::screenshots::{shoot, shoot_whole};
use posewise::ui::app::{Page, Screen};
use posewise::ui::screen::routine_page::Message as RoutineMessage;
use posewise::ui::screen::routine_page::reminders::Message as ReminderMessage;
use posewise::ui::screen::routines::Message as RoutinesMessage;
use posewise::ui::{Launch, Message};

const KEY: &str = "bundled/back-spasm-relief";
const ON: &str = "A desktop notification comes at each time, with Start and Later \
                  (again in 30 minutes), unless you have already done the routine.";

fn saved_reminder(h: &Harness) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(h.data().join("settings.json")).ok()?;
    let settings: serde_json::Value = serde_json::from_str(&text).expect("settings JSON");
    settings["reminders"].get(KEY).cloned()
}

fn open_routine(h: &mut Harness) {
    h.send(Message::Go(Page::Routines));
    h.send(Message::Routines(RoutinesMessage::Open(KEY.into())));
    assert!(matches!(h.app.screen, Screen::Routine(_)));
}

#[test]
fn a_routines_reminders_start_from_its_prescription_and_save_as_they_change() {
    let mut h = Harness::returning(Launch::Home);
    open_routine(&mut h);
    assert!(h.has("Reminders"));
    assert!(h.has("Off. The times start from the prescription; change them as you like."));
    assert_eq!(saved_reminder(&h), None, "nothing saved by looking");
    // Twice a day, every day, in the prescription.
    assert!(h.has("At"));
    h.click_anywhere("Remind me at these times");
    let saved = saved_reminder(&h).expect("saved when turned on");
    assert_eq!(
        saved,
        serde_json::json!({"on": true, "times": ["08:00", "18:00"],
            "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]})
    );
    assert!(h.has(ON));

    // A half-typed time is marked and not saved; finishing it saves.
    h.type_into("reminder-time-2", "\u{8}\u{8}\u{8}\u{8}\u{8}19");
    assert!(h.has("“19” is not a time of day: write it as 18:00"));
    assert_eq!(
        saved_reminder(&h).expect("kept")["times"],
        serde_json::json!(["08:00", "18:00"])
    );
    h.type_into("reminder-time-2", ":30");
    assert_eq!(
        saved_reminder(&h).expect("kept")["times"],
        serde_json::json!(["08:00", "19:30"])
    );
    assert!(!h.has("“19:30” is not a time of day: write it as 18:00"));

    h.click_anywhere("Sat");
    h.click_anywhere("Sun");
    assert_eq!(
        saved_reminder(&h).expect("kept")["days"],
        serde_json::json!(["mon", "tue", "wed", "thu", "fri"])
    );
    h.click_anywhere("Add a time");
    assert_eq!(
        saved_reminder(&h).expect("kept")["times"],
        serde_json::json!(["08:00", "19:30", "21:00"])
    );
    shoot_whole(&h, "routine-reminders", 1400.0);

    // Kept across a restart, and shown again on the page.
    let mut h = h.restart();
    open_routine(&mut h);
    assert!(h.has(ON));
    let Screen::Routine(page) = &h.app.screen else {
        unreachable!()
    };
    let form = page
        .reminders
        .as_ref()
        .expect("a library routine has reminders");
    assert_eq!(form.reminder().times.len(), 3);
    h.send(Message::Routine(RoutineMessage::Reminder(
        ReminderMessage::Toggle(false),
    )));
    assert_eq!(
        saved_reminder(&h).expect("kept")["on"],
        serde_json::json!(false)
    );
}

#[test]
fn a_routine_opened_from_outside_the_library_has_no_reminders() {
    let mut h = Harness::returning(Launch::Home);
    let file = h.write_routine(
        "elsewhere.posewise.json",
        r#"{"format": "posewise-routine", "version": 1, "title": "Elsewhere",
            "steps": [{"pose": "balasana", "hold_seconds": 5}]}"#,
    );
    h.send(Message::FileDropped(file));
    // Dropping imports it into the library: then it has reminders.
    let Screen::Routine(page) = &h.app.screen else {
        panic!("the routine's page opens");
    };
    assert!(page.key.as_deref().is_some_and(|k| k.starts_with("own/")));
    assert!(h.has("Reminders"));
}

#[test]
fn today_marks_a_reminder_time_that_passed_without_a_session() {
    let dir = tempfile::tempdir().expect("folder");
    std::fs::create_dir_all(dir.path().join("routines")).expect("routines");
    std::fs::write(
        dir.path().join("routines/short.posewise.json"),
        r#"{"format": "posewise-routine", "version": 1, "title": "Short one",
            "get_ready_seconds": 3,
            "steps": [{"pose": "balasana", "hold_seconds": 5}]}"#,
    )
    .expect("routine");
    // The harness's clock says 09:30 on Friday 27 November 2026.
    std::fs::write(
        dir.path().join("settings.json"),
        r#"{"welcome_acknowledged": true, "reminders": {
            "own/short.posewise.json": {"on": true, "times": ["08:00", "12:00"],
                "days": ["mon", "tue", "wed", "thu", "fri"]},
            "bundled/breathing-reset": {"on": true, "times": ["09:00"], "days": ["sat"]},
            "bundled/gentle-back-yoga": {"on": false, "times": ["07:00"], "days": ["fri"]}}}"#,
    )
    .expect("settings");
    let mut h = Harness::in_folder(dir, Launch::Home);
    assert!(h.shows("Due now"));
    assert!(h.shows("Short one, due 08:00"));
    assert!(
        h.shows("Start: Short one (8 s)"),
        "the big button offers it"
    );
    assert!(!h.has("due 12:00"), "not yet");
    assert!(!h.has("Breathing reset, due"), "not on Fridays");
    assert!(!h.has("Gentle back yoga, due"), "turned off");
    shoot(&h, "today-reminder-due");

    // Doing the routine clears it.
    h.send(Message::Today(posewise::ui::screen::today::Message::Start(
        "own/short.posewise.json".into(),
    )));
    h.run_for(std::time::Duration::from_secs(20));
    assert!(
        matches!(h.app.screen, Screen::Summary(_)),
        "the session ended"
    );
    h.click("Save");
    assert!(matches!(h.app.screen, Screen::Today(_)));
    assert!(!h.has("Due now"), "done since 08:00");
}
