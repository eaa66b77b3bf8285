use super::*;
use crate::catalogue::Catalogue;
use crate::library::{Library, Origin};
use crate::routine::Routine;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
}

/// The three bundled routines (twice, once and twice a day) and an own
/// one without a prescription.
fn entries() -> Vec<Entry> {
    let catalogue = Catalogue::builtin();
    let missing = std::path::Path::new("/nonexistent/posewise/routines");
    let mut entries = Library::load(missing, catalogue).entries;
    let text = r#"{"format": "posewise-routine", "version": 1, "title": "Free",
        "steps": [{"pose": "balasana", "hold_seconds": 30}]}"#;
    let free = Routine::parse(text.as_bytes(), "free.posewise.json", catalogue).expect("valid");
    entries.push(Entry {
        key: "own/free.posewise.json".into(),
        origin: Origin::Own,
        path: None,
        title: free.title.clone(),
        routine_id: Some(crate::session::routine_id(&free)),
        duration_ms: 35_000,
        conflict_of: None,
        routine: Ok(free),
    });
    entries
}

fn routine<'a>(entries: &'a [Entry], key: &str) -> &'a Routine {
    let entry = entries.iter().find(|e| e.key == key).expect(key);
    entry.routine.as_ref().expect("readable")
}

fn session(entries: &[Entry], key: &str, start: &str, pain: Option<(u8, u8)>) -> SessionRecord {
    let started = DateTime::parse_from_rfc3339(start).expect("time");
    let ended = started + chrono::Duration::minutes(10);
    let mut record = SessionRecord::new(routine(entries, key), started, ended);
    record.completed = true;
    record.pain_before = pain.map(|p| p.0);
    record.pain_after = pain.map(|p| p.1);
    record
}

const SPASM: &str = "bundled/back-spasm-relief";
const YOGA: &str = "bundled/gentle-back-yoga";
const BREATHING: &str = "bundled/breathing-reset";
const FREE: &str = "own/free.posewise.json";

fn statuses(today: &Today) -> Vec<(&str, &str, bool)> {
    let routines = today.routines.iter();
    routines
        .map(|r| (r.key.as_str(), r.status.as_str(), r.due))
        .collect()
}

#[test]
fn due_routines_come_first_and_the_next_one_is_the_first_due() {
    let entries = entries();
    let mut stopped = session(&entries, SPASM, "2026-03-10T12:00:00+01:00", None);
    stopped.completed = false;
    let records = vec![
        session(&entries, SPASM, "2026-03-09T08:00:00+01:00", Some((6, 4))),
        session(&entries, SPASM, "2026-03-09T19:00:00+01:00", Some((5, 3))),
        session(&entries, BREATHING, "2026-03-10T07:30:00+01:00", None),
        session(&entries, YOGA, "2026-03-10T09:00:00+01:00", Some((4, 3))),
        stopped,
        // Late on the 9th in New York: the 10th in UTC, the 9th where done.
        session(&entries, FREE, "2026-03-09T23:30:00-05:00", None),
    ];
    let today = today(&entries, &records, day("2026-03-10"));
    assert_eq!(
        statuses(&today),
        [
            (SPASM, "0 of 2 done today", true),
            (BREATHING, "1 of 2 done today", true),
            (YOGA, "1 of 1 done today", false),
            (FREE, "Not done today", false),
        ]
    );
    assert_eq!(today.next, Some(0));
    let breathing = &today.routines[1];
    assert_eq!(
        (breathing.done_today, breathing.times_per_day),
        (1, Some(2))
    );
    assert_eq!(breathing.title, "Breathing reset");
    assert!(breathing.duration_ms > 0);
    assert_eq!(today.streak, 2, "the 9th (spasm twice) and the 10th (yoga)");
    assert_eq!(today.last_pain, Some((4, 3)));
    assert_eq!(today.warning, None);
    assert_eq!(today.sessions, 6);
}

#[test]
fn with_nothing_due_the_most_recent_routine_is_next() {
    let entries = entries();
    let mut records = vec![
        session(&entries, FREE, "2026-03-10T07:00:00+01:00", None),
        session(&entries, YOGA, "2026-03-10T18:00:00+01:00", None),
    ];
    for time in ["08:00", "12:00"] {
        for key in [SPASM, BREATHING] {
            let start = format!("2026-03-10T{time}:00+01:00");
            records.push(session(&entries, key, &start, None));
        }
    }
    records.push(session(
        &entries,
        BREATHING,
        "2026-03-10T13:00:00+01:00",
        None,
    ));
    let today = today(&entries, &records, day("2026-03-10"));
    assert!(today.routines.iter().all(|r| !r.due));
    let keys: Vec<&str> = today.routines.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(keys, [SPASM, YOGA, BREATHING, FREE], "library order");
    assert_eq!(today.next, Some(1), "yoga, done at 18:00");
    assert_eq!(today.routines[2].status, "3 done today (2 prescribed)");
    assert_eq!(today.routines[3].status, "Done today");
}

#[test]
fn a_record_of_an_edited_routine_is_matched_by_its_title() {
    let entries = entries();
    let mut edited = session(&entries, FREE, "2026-03-10T07:00:00+01:00", None);
    edited.routine_id = "0000000000000000".into();
    let mut unknown = session(&entries, FREE, "2026-03-10T08:00:00+01:00", None);
    unknown.routine_id = "1111111111111111".into();
    unknown.routine_title = "Deleted long ago".into();
    let today = today(&entries, &[edited, unknown], day("2026-03-10"));
    let free = today
        .routines
        .iter()
        .find(|r| r.key == FREE)
        .expect("listed");
    assert_eq!(free.done_today, 1);
    assert_eq!(today.sessions, 2);
}

#[test]
fn without_history_the_first_readable_routine_is_next() {
    let mut entries = entries();
    entries.insert(
        0,
        Entry {
            key: "own/broken.posewise.json".into(),
            origin: Origin::Own,
            path: None,
            title: "broken.posewise.json".into(),
            routine: Err("broken.posewise.json:1:1: error: not JSON".into()),
            routine_id: None,
            duration_ms: 0,
            conflict_of: None,
        },
    );
    let today = today(&entries, &[], day("2026-03-10"));
    assert_eq!(today.routines.len(), 4, "the broken one is left out");
    assert_eq!(today.next, Some(0));
    assert_eq!(today.routines[0].key, SPASM);
    assert_eq!(
        (today.streak, today.sessions, today.last_pain),
        (0, 0, None)
    );
    let empty = super::today(&entries[..1], &[], day("2026-03-10"));
    assert_eq!((empty.routines.len(), empty.next), (0, None));
}

#[test]
fn the_warning_shows_while_the_two_latest_rated_sessions_left_more_pain() {
    let entries = entries();
    let mut records = vec![
        session(&entries, YOGA, "2026-03-08T08:00:00+01:00", Some((3, 5))),
        session(&entries, YOGA, "2026-03-09T08:00:00+01:00", None),
        session(&entries, YOGA, "2026-03-10T08:00:00+01:00", Some((2, 5))),
    ];
    let worse = today(&entries, &records, day("2026-03-10"));
    assert_eq!(worse.warning, Some(warning_message()));
    assert_eq!(worse.last_pain, Some((2, 5)));
    records.push(session(
        &entries,
        YOGA,
        "2026-03-10T18:00:00+01:00",
        Some((5, 4)),
    ));
    let better = today(&entries, &records, day("2026-03-10"));
    assert_eq!(better.warning, None);
    assert_eq!(better.last_pain, Some((5, 4)));
}

/// The three-phase programme of `routine::weeks::tests` as an own routine.
fn with_programme() -> (Vec<Entry>, Routine) {
    let text = crate::routine::weeks::tests::THREE_PHASES;
    let programme =
        Routine::parse(text.as_bytes(), "six.posewise.json", Catalogue::builtin()).expect("valid");
    let mut entries = entries();
    entries.push(Entry {
        key: "own/six.posewise.json".into(),
        origin: Origin::Own,
        path: None,
        title: programme.title.clone(),
        routine_id: Some(programme.stable_id()),
        duration_ms: programme.duration_ms(Catalogue::builtin()),
        conflict_of: None,
        routine: Ok(programme.clone()),
    });
    (entries, programme)
}

fn programme_on(entries: &[Entry], records: &[SessionRecord], date: &str) -> DueRoutine {
    let today = today(entries, records, day(date));
    let routines = today.routines.into_iter();
    routines
        .into_iter()
        .find(|r| r.key == "own/six.posewise.json")
        .expect("listed")
}

#[test]
fn a_programme_shows_its_week_and_what_the_week_changes() {
    let (entries, programme) = with_programme();
    let first = SessionRecord::new(
        &programme.in_week(1),
        DateTime::parse_from_rfc3339("2026-03-02T09:00:00+01:00").expect("time"),
        DateTime::parse_from_rfc3339("2026-03-02T09:10:00+01:00").expect("time"),
    );
    let records = vec![first];
    let week = |n| Week::of_programme(n, 6);

    let second = programme_on(&entries, &records, "2026-03-13");
    let second_week = second.programme.expect("a programme");
    assert_eq!((second_week.week, second_week.changes.len()), (week(2), 0));

    let third = programme_on(&entries, &records, "2026-03-16");
    let shown = third.programme.expect("a programme");
    assert_eq!(shown.week, week(3));
    assert_eq!(
        shown.changes,
        [
            "Child's pose: hold 30 s (was 20 s)",
            "New this week: Bridge"
        ]
    );
    let week_three = programme.in_week(3).duration_ms(Catalogue::builtin());
    assert_eq!(third.duration_ms, week_three);
    assert!(week_three > programme.in_week(1).duration_ms(Catalogue::builtin()));

    let fifth = programme_on(&entries, &records, "2026-03-30");
    let changes = fifth.programme.expect("a programme").changes;
    assert_eq!(
        changes,
        [
            "Child's pose: hold 45 s (was 30 s), 3 repetitions (was 1)",
            "Finished: Knee-to-chest stretch is no longer part of the programme"
        ]
    );

    let later = programme_on(&entries, &records, "2026-04-20");
    let over = later.programme.expect("a programme");
    assert_eq!((over.week.number, over.week.complete), (6, true));
    assert!(over.changes.is_empty(), "nothing changes after the end");
    assert_eq!(
        later.duration_ms,
        programme.in_week(6).duration_ms(Catalogue::builtin())
    );
}

#[test]
fn a_programme_not_yet_begun_is_in_week_one_and_others_have_no_week() {
    let (entries, _) = with_programme();
    let first = programme_on(&entries, &[], "2026-05-01");
    assert_eq!(
        first.programme.map(|p| p.week),
        Some(Week::of_programme(1, 6))
    );
    let today = today(&entries, &[], day("2026-05-01"));
    let others = today
        .routines
        .iter()
        .filter(|r| r.key != "own/six.posewise.json");
    assert!(others.clone().count() >= 4);
    assert!(others.clone().all(|r| r.programme.is_none()));
}
