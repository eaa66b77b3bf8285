use super::*;
use crate::routine::Routine;
use crate::session::SessionRecord;
use chrono::{
    DateTime, FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday,
};
use std::collections::BTreeMap;

/// Central European time with the 2026 clock changes: 02:00 → 03:00 on
/// 29 March and 03:00 → 02:00 on 25 October (both at 01:00 UTC).
#[derive(Debug, Clone, Copy)]
struct Berlin;

impl Berlin {
    const WINTER: i32 = 3600;
    const SUMMER: i32 = 7200;

    fn summer_utc(utc: &NaiveDateTime) -> bool {
        let start = NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_opt(1, 0, 0)
            .unwrap();
        let end = NaiveDate::from_ymd_opt(2026, 10, 25)
            .unwrap()
            .and_hms_opt(1, 0, 0)
            .unwrap();
        *utc >= start && *utc < end
    }

    fn offset(seconds: i32) -> FixedOffset {
        FixedOffset::east_opt(seconds).unwrap()
    }
}

impl TimeZone for Berlin {
    type Offset = FixedOffset;

    fn from_offset(_: &FixedOffset) -> Berlin {
        Berlin
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<FixedOffset> {
        self.offset_from_local_datetime(&local.and_hms_opt(12, 0, 0).unwrap())
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<FixedOffset> {
        let fits = |seconds: i32| {
            let utc = *local - chrono::Duration::seconds(i64::from(seconds));
            Berlin::summer_utc(&utc) == (seconds == Berlin::SUMMER)
        };
        match (fits(Berlin::SUMMER), fits(Berlin::WINTER)) {
            (true, true) => MappedLocalTime::Ambiguous(
                Berlin::offset(Berlin::SUMMER),
                Berlin::offset(Berlin::WINTER),
            ),
            (true, false) => MappedLocalTime::Single(Berlin::offset(Berlin::SUMMER)),
            (false, true) => MappedLocalTime::Single(Berlin::offset(Berlin::WINTER)),
            (false, false) => MappedLocalTime::None,
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
        self.offset_from_utc_datetime(&utc.and_hms_opt(0, 0, 0).unwrap())
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
        if Berlin::summer_utc(utc) {
            Berlin::offset(Berlin::SUMMER)
        } else {
            Berlin::offset(Berlin::WINTER)
        }
    }
}

const KEY: &str = "own/evening.posewise.json";

fn local(text: &str) -> DateTime<Berlin> {
    let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
    Berlin.from_local_datetime(&naive).earliest().unwrap()
}

fn time(text: &str) -> ClockTime {
    ClockTime::parse(text).unwrap()
}

fn reminder(times: &[&str], days: Days) -> Reminder {
    Reminder {
        on: true,
        times: times.iter().map(|t| time(t)).collect(),
        days,
    }
}

fn reminders(times: &[&str]) -> BTreeMap<String, Reminder> {
    BTreeMap::from([(KEY.to_string(), reminder(times, Days::EVERY))])
}

fn routine() -> Routine {
    serde_json::from_str(
        r#"{"format": "posewise-routine", "version": 1, "title": "Evening stretches",
            "prescription": {"times_per_day": 2, "days_per_week": 5},
            "steps": [{"pose": "balasana"}]}"#,
    )
    .unwrap()
}

fn session(started: &str, minutes: i64, completed: bool) -> SessionRecord {
    let start = local(started).fixed_offset();
    let mut record = SessionRecord::new(
        &routine(),
        start,
        start + chrono::Duration::minutes(minutes),
    );
    record.completed = completed;
    record
}

/// The slots `posewise remind --due` would announce at `now`.
fn due_at(
    reminders: &BTreeMap<String, Reminder>,
    state: &State,
    records: &[SessionRecord],
    now: &str,
) -> Vec<(String, String)> {
    let routine = routine();
    let id = crate::session::record::routine_id(&routine);
    candidates(reminders, state, &local(now))
        .into_iter()
        .filter(|d| !done_since(records, &id, &routine.title, d.slot.at))
        .map(|d| {
            (
                d.slot.at.format("%Y-%m-%d %H:%M %:z").to_string(),
                d.slot.time.to_string(),
            )
        })
        .collect()
}

fn slot(at: &str) -> (String, String) {
    let moment = local(at).fixed_offset();
    (
        moment.format("%Y-%m-%d %H:%M %:z").to_string(),
        moment.format("%H:%M").to_string(),
    )
}

#[test]
fn a_slot_just_passed_is_due_for_an_hour() {
    let r = reminders(&["08:00", "18:00"]);
    let none = State::default();
    assert_eq!(due_at(&r, &none, &[], "2026-11-27 17:59"), vec![]);
    assert_eq!(
        due_at(&r, &none, &[], "2026-11-27 18:00"),
        vec![slot("2026-11-27 18:00")]
    );
    assert_eq!(
        due_at(&r, &none, &[], "2026-11-27 18:59"),
        vec![slot("2026-11-27 18:00")]
    );
    assert_eq!(
        due_at(&r, &none, &[], "2026-11-27 19:00"),
        vec![],
        "an hour late is missed"
    );
}

#[test]
fn a_slot_done_since_it_began_is_not_due() {
    let r = reminders(&["18:00"]);
    let none = State::default();
    let after = [session("2026-11-27 18:05", 12, true)];
    assert_eq!(due_at(&r, &none, &after, "2026-11-27 18:30"), vec![]);
    // Started before the slot but finished after it: done for this slot.
    let across = [session("2026-11-27 17:55", 12, true)];
    assert_eq!(due_at(&r, &none, &across, "2026-11-27 18:30"), vec![]);
    // Stopped half way: not done.
    let stopped = [session("2026-11-27 18:05", 5, false)];
    assert_eq!(
        due_at(&r, &none, &stopped, "2026-11-27 18:30"),
        vec![slot("2026-11-27 18:00")]
    );
    // Done earlier in the day, before the slot began: still due.
    let morning = [session("2026-11-27 08:10", 12, true)];
    assert_eq!(
        due_at(&r, &none, &morning, "2026-11-27 18:30"),
        vec![slot("2026-11-27 18:00")]
    );
}

#[test]
fn done_the_day_before_only_leaves_today_due() {
    let r = reminders(&["08:00"]);
    let yesterday = [session("2026-11-26 08:10", 12, true)];
    assert_eq!(
        due_at(&r, &State::default(), &yesterday, "2026-11-27 08:20"),
        vec![slot("2026-11-27 08:00")]
    );
}

#[test]
fn an_announced_slot_is_never_due_again_and_a_snoozed_one_comes_back() {
    let r = reminders(&["18:00"]);
    let at = local("2026-11-27 18:00").fixed_offset();
    let mut state = State::default();
    state.announced(KEY, at);
    assert_eq!(due_at(&r, &state, &[], "2026-11-27 18:10"), vec![]);
    assert_eq!(due_at(&r, &state, &[], "2026-11-27 18:55"), vec![]);

    let later = snoozed_until(local("2026-11-27 18:50").fixed_offset());
    state.snoozed(KEY, at, later);
    assert_eq!(due_at(&r, &state, &[], "2026-11-27 19:19"), vec![]);
    // Back 30 minutes on, even past the slot's own hour.
    assert_eq!(
        due_at(&r, &state, &[], "2026-11-27 19:20"),
        vec![slot("2026-11-27 18:00")]
    );
    let due = candidates(&r, &state, &local("2026-11-27 19:20"));
    assert_eq!(due[0].since, later);
    // Done meanwhile: the snoozed slot is not announced.
    let done = [session("2026-11-27 19:00", 12, true)];
    assert_eq!(due_at(&r, &state, &done, "2026-11-27 19:20"), vec![]);
    // Announced again: quiet for good.
    state.announced(KEY, at);
    assert_eq!(due_at(&r, &state, &[], "2026-11-27 19:30"), vec![]);
}

#[test]
fn a_late_evening_slot_is_still_due_after_midnight() {
    let r = reminders(&["23:30"]);
    assert_eq!(
        due_at(&r, &State::default(), &[], "2026-11-28 00:10"),
        vec![slot("2026-11-27 23:30")]
    );
    assert_eq!(
        due_at(&r, &State::default(), &[], "2026-11-28 00:31"),
        vec![]
    );
    // Missed slots of earlier days never pile up.
    let many = reminders(&["06:00", "12:00", "18:00", "23:30"]);
    assert_eq!(
        due_at(&many, &State::default(), &[], "2026-11-30 09:00"),
        vec![]
    );
}

#[test]
fn a_slot_in_the_spring_gap_comes_an_hour_later_on_the_wall_clock() {
    let r = reminders(&["02:30"]);
    let at = slot_start(
        &Berlin,
        NaiveDate::from_ymd_opt(2026, 3, 29).unwrap(),
        time("02:30"),
    )
    .unwrap();
    assert_eq!(at.to_rfc3339(), "2026-03-29T03:30:00+02:00");
    assert_eq!(
        at.with_timezone(&Utc).to_rfc3339(),
        "2026-03-29T01:30:00+00:00"
    );
    let none = State::default();
    assert_eq!(due_at(&r, &none, &[], "2026-03-29 03:29"), vec![]);
    let due = candidates(&r, &none, &local("2026-03-29 03:45"));
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].slot.at, at);
    // The slot after the change is at 02:30 summer time… the next day.
    let next = slot_start(
        &Berlin,
        NaiveDate::from_ymd_opt(2026, 3, 30).unwrap(),
        time("02:30"),
    )
    .unwrap();
    assert_eq!(next.to_rfc3339(), "2026-03-30T02:30:00+02:00");
}

#[test]
fn a_repeated_autumn_hour_reminds_once_at_its_first_time() {
    let r = reminders(&["02:30"]);
    let date = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
    let at = slot_start(&Berlin, date, time("02:30")).unwrap();
    assert_eq!(at.to_rfc3339(), "2026-10-25T02:30:00+02:00");
    let mut state = State::default();
    let first = local("2026-10-25 02:40");
    assert_eq!(candidates(&r, &state, &first).len(), 1);
    state.announced(KEY, at);
    // The second 02:40 (winter time), one real hour later: not again.
    let second = Berlin
        .from_local_datetime(&first.naive_local())
        .latest()
        .unwrap();
    assert_eq!(second.offset().local_minus_utc(), Berlin::WINTER);
    assert!(candidates(&r, &state, &second).is_empty());
    // An evening slot on that 25-hour day is one real hour later than usual.
    let evening = slot_start(&Berlin, date, time("18:00")).unwrap();
    assert_eq!(evening.to_rfc3339(), "2026-10-25T18:00:00+01:00");
}

#[test]
fn days_off_have_no_slots() {
    let weekdays = BTreeMap::from([(KEY.to_string(), reminder(&["08:00"], Days::spread(5)))]);
    // 2026-11-28 is a Saturday.
    assert_eq!(local("2026-11-28 08:10").weekday(), Weekday::Sat);
    assert_eq!(
        due_at(&weekdays, &State::default(), &[], "2026-11-28 08:10"),
        vec![]
    );
    assert_eq!(
        due_at(&weekdays, &State::default(), &[], "2026-11-27 08:10"),
        vec![slot("2026-11-27 08:00")]
    );
}

#[test]
fn reminders_that_are_off_are_never_due() {
    let mut r = reminders(&["08:00"]);
    r.get_mut(KEY).unwrap().on = false;
    assert!(candidates(&r, &State::default(), &local("2026-11-27 08:10")).is_empty());
}

#[test]
fn defaults_come_from_the_prescription() {
    let routine = routine();
    let r = Reminder::from_prescription(routine.prescription.as_ref());
    assert!(!r.on, "reminders start off");
    assert_eq!(r.times, vec![time("08:00"), time("18:00")]);
    assert_eq!(r.days.describe(), "Mon–Fri");
    let three = crate::routine::Prescription {
        times_per_day: Some(3),
        days_per_week: Some(3),
        weeks: None,
    };
    let r = Reminder::from_prescription(Some(&three));
    assert_eq!(r.times, vec![time("08:00"), time("13:00"), time("18:00")]);
    assert_eq!(r.days.describe(), "Mon, Wed, Fri");
    let six = crate::routine::Prescription {
        times_per_day: Some(6),
        days_per_week: None,
        weeks: None,
    };
    let shown: Vec<String> = Reminder::from_prescription(Some(&six))
        .times
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        shown,
        ["08:00", "10:24", "12:48", "15:12", "17:36", "20:00"]
    );
    let many = crate::routine::Prescription {
        times_per_day: Some(4_000_000_000),
        days_per_week: Some(4_000_000_000),
        weeks: None,
    };
    let r = Reminder::from_prescription(Some(&many));
    assert_eq!(r.times.len(), MAX_TIMES);
    assert_eq!(r.days, Days::EVERY);
}

#[test]
fn a_routine_without_a_prescription_defaults_to_once_a_day_and_off() {
    let r = Reminder::from_prescription(None);
    assert!(!r.on);
    assert_eq!(r.times, vec![time("08:00")]);
    assert_eq!(r.days, Days::EVERY);
    // With no reminder saved, nothing is ever due for it.
    assert!(
        candidates(
            &BTreeMap::new(),
            &State::default(),
            &local("2026-11-27 08:10")
        )
        .is_empty()
    );
}

#[test]
fn overdue_shows_the_latest_slot_owed_today() {
    let routine = routine();
    let id = crate::session::record::routine_id(&routine);
    let r = reminders(&["08:00", "13:00", "18:00"]);
    let now = local("2026-11-27 14:00");
    let shown = |records: &[SessionRecord]| -> Vec<String> {
        overdue(&r, &now, |_, at| {
            done_since(records, &id, &routine.title, at)
        })
        .iter()
        .map(|s| s.time.to_string())
        .collect()
    };
    assert_eq!(shown(&[]), ["13:00"]);
    assert_eq!(shown(&[session("2026-11-27 10:00", 10, true)]), ["13:00"]);
    assert!(shown(&[session("2026-11-27 13:30", 10, true)]).is_empty());
    // Yesterday's slots are not owed today.
    let morning = local("2026-11-27 07:00");
    assert!(overdue(&r, &morning, |_, _| false).is_empty());
}

#[test]
fn clock_times_read_and_write_as_hours_and_minutes() {
    assert_eq!(time("8:05").to_string(), "08:05");
    assert_eq!(time(" 18:00 ").to_string(), "18:00");
    assert_eq!(time("0730").to_string(), "07:30");
    for bad in [
        "",
        "24:00",
        "12:60",
        "1:2",
        "noon",
        "12:00:00",
        "-1:00",
        "１２:00",
        "999999:00",
    ] {
        assert!(ClockTime::parse(bad).is_err(), "{bad:?}");
    }
    let text = serde_json::to_string(&reminder(&["18:00", "08:00"], Days::spread(3)).normalised())
        .unwrap();
    assert_eq!(
        text,
        r#"{"on":true,"times":["08:00","18:00"],"days":["mon","wed","fri"]}"#
    );
    let back: Reminder = serde_json::from_str(&text).unwrap();
    assert_eq!(back.times, vec![time("08:00"), time("18:00")]);
    let long: Reminder =
        serde_json::from_str(r#"{"on":true,"times":[],"days":["Monday","SUN"]}"#).unwrap();
    assert_eq!(long.days.describe(), "Mon, Sun");
    let error =
        serde_json::from_str::<Reminder>(r#"{"on":true,"times":["25:00"],"days":[]}"#).unwrap_err();
    assert!(error.to_string().contains("write it as 18:00"), "{error}");
    assert!(
        serde_json::from_str::<Reminder>(r#"{"on":true,"times":[],"days":["funday"]}"#).is_err()
    );
}

#[test]
fn the_state_file_round_trips_drops_old_entries_and_refuses_junk() {
    let dir = tempfile::tempdir().unwrap();
    let path = State::path_in(dir.path());
    assert_eq!(State::load(&path).unwrap(), State::default());
    let now = local("2026-11-27 18:10").fixed_offset();
    let mut state = State::default();
    state.announced(KEY, local("2026-11-27 18:00").fixed_offset());
    state.announced(KEY, local("2026-11-20 18:00").fixed_offset());
    state.save(&path, now).unwrap();
    let back = State::load(&path).unwrap();
    assert_eq!(back.slots.len(), 1, "a week-old entry is dropped");
    assert_eq!(back.slots[0].at, local("2026-11-27 18:00").fixed_offset());

    std::fs::write(&path, "{\"slots\": [\n  {\"routine\": 5}]}").unwrap();
    let error = State::load(&path).unwrap_err();
    assert!(error.contains("reminders.json:2:"), "{error}");
    std::fs::write(&path, vec![b' '; (state::MAX_FILE_BYTES + 1) as usize]).unwrap();
    assert!(State::load(&path).unwrap_err().contains(":1:1:"));
}
