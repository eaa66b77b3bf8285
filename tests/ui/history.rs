//! The History screen on three months of generated sessions: the list, the
//! calendar, both charts, adherence, the pain warning, the filters and the
//! report, plus pictures in light, dark and at 200 % text.

use crate::harness::Harness;
use crate::screenshots::{LOOKS, Look, shoot, shoot_whole};
use chrono::{DateTime, Days, FixedOffset, NaiveDate, TimeZone};
use posewise::core::history::stats::warning_message;
use posewise::core::routine::Prescription;
use posewise::core::session::{Effort, SessionRecord};
use posewise::ui::app::{Page, Screen};
use posewise::ui::screen::history::{Choice, Message as HistoryMessage, Range};
use posewise::ui::{Launch, Message};

const BACK: &str = "Back spasm relief";
const EVENING: &str = "Evening mobility";
/// Day 0 of the generated history; the harness's today is 27 Nov 2026.
const FIRST: (i32, u32, u32) = (2026, 8, 29);
const DAYS: u64 = 90;

fn at(day: u64, hour: u32, minute: u32) -> DateTime<FixedOffset> {
    let date = NaiveDate::from_ymd_opt(FIRST.0, FIRST.1, FIRST.2).expect("a date") + Days::new(day);
    let offset = FixedOffset::east_opt(3600).expect("an offset");
    offset
        .from_local_datetime(&date.and_hms_opt(hour, minute, 0).expect("a time"))
        .single()
        .expect("one time")
}

fn session(title: &str, started: DateTime<FixedOffset>, seconds: u64) -> SessionRecord {
    SessionRecord {
        format: "posewise-session".into(),
        version: 1,
        id: format!("{}-{title}", started.format("%Y%m%dT%H%M")),
        routine_title: title.into(),
        routine_id: format!("{:016x}", title.len()),
        started_at: started,
        ended_at: started + chrono::Duration::seconds(seconds as i64 + 30),
        completed: true,
        steps_done: 4,
        steps_total: 4,
        active_seconds: seconds,
        pain_before: None,
        pain_after: None,
        effort: Some(Effort::Right),
        note: None,
        painful_steps: Vec::new(),
        hurt_choices: Vec::new(),
        week: None,
        prescription: None,
        step_names: Vec::new(),
    }
}

/// Back spasm relief most mornings (pain easing from 7 to 2), Evening
/// mobility every other evening; the last two days pain rose 3 points.
fn three_months() -> Vec<SessionRecord> {
    let mut records = Vec::new();
    for day in 0..DAYS {
        let rising = day >= DAYS - 2;
        let before = if rising { 3 } else { 7 - (day / 18) as u8 };
        let after = if rising { 6 } else { before.saturating_sub(2) };
        if day % 7 != 3 {
            let mut r = session(BACK, at(day, 8, 0), 590);
            r.pain_before = Some(before);
            r.pain_after = Some(after);
            r.prescription = Some(Prescription {
                times_per_day: Some(1),
                days_per_week: Some(7),
                weeks: None,
            });
            if day % 10 == 0 {
                r.note = Some(format!("Felt looser on day {day}"));
            }
            records.push(r);
        }
        if day % 2 == 0 {
            let mut r = session(EVENING, at(day, 18, 30), 420);
            r.pain_before = Some(if rising { 3 } else { 4 });
            r.pain_after = Some(if rising { 6 } else { 3 });
            r.prescription = Some(Prescription {
                times_per_day: None,
                days_per_week: Some(3),
                weeks: None,
            });
            if day == 50 {
                r.completed = false;
                r.steps_done = 2;
            }
            records.push(r);
        }
    }
    records
}

fn harness_with(records: &[SessionRecord]) -> Harness {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::write(
        dir.path().join("settings.json"),
        r#"{"welcome_acknowledged": true}"#,
    )
    .expect("settings written");
    let lines: Vec<String> = records
        .iter()
        .map(|r| serde_json::to_string(r).expect("a record as JSON"))
        .collect();
    std::fs::write(dir.path().join("history.jsonl"), lines.join("\n") + "\n")
        .expect("history written");
    let mut h = Harness::in_folder(dir, Launch::Home);
    h.send(Message::Go(Page::History));
    assert!(matches!(h.app.screen, Screen::History(_)));
    h
}

fn filter(h: &mut Harness, message: HistoryMessage) {
    h.send(Message::History(message));
}

/// "Back spasm relief: 64 of 84 prescribed sessions, 76 %" for the
/// generated records from day `first` on.
fn adherence(records: &[SessionRecord], title: &str, first: u64, prescribed: f64) -> String {
    let since = at(first, 0, 0);
    let done = records
        .iter()
        .filter(|r| r.routine_title == title && r.completed && r.started_at >= since)
        .count();
    let percent = 100.0 * done as f64 / prescribed;
    format!("{title}: {done} of {prescribed:.0} prescribed sessions, {percent:.0} %")
}

#[test]
fn three_months_show_the_list_calendar_charts_adherence_and_warning() {
    let records = three_months();
    let h = harness_with(&records);
    for words in [
        "History",
        "Last 12 weeks",
        "Adherence",
        "Pain before and after",
        "Minutes per week",
        "Sessions",
        "Thu 26 Nov 2026, 08:00",
        "Wed 25 Nov 2026, 18:30",
        "Mon 7 Sep 2026, 08:00",
        "“Felt looser on day 70”",
        "9 min 50 s · pain 3 → 6 · effort about right",
    ] {
        assert!(h.shows(words), "History should show {words:?}");
    }
    // The last 12 weeks are whole calendar weeks: from Monday 7 Sep, day
    // 9, to Friday 27 Nov; 82 days.
    assert!(h.shows(&adherence(&records, BACK, 9, 82.0)));
    assert!(h.shows(&adherence(&records, EVENING, 9, 3.0 * 82.0 / 7.0)));
    assert!(h.shows(&format!("{} (25 Nov and 26 Nov)", warning_message())));
    // The chart's line falls, then rises again: the headline says so, with
    // the chart's own weekly values (it once said "stayed at about 4").
    assert!(h.shows("Pain after sessions fell from 4.3 to 1.7, then rose to 4.4 over 11 weeks."));
    // The first days are older than 12 weeks.
    assert!(!h.shows("Sat 29 Aug 2026, 08:00"));
}

#[test]
fn filters_change_what_is_shown() {
    let records = three_months();
    let mut h = harness_with(&records);
    filter(
        &mut h,
        HistoryMessage::RoutinePicked(Choice::Routine(BACK.into())),
    );
    assert!(h.shows("Thu 26 Nov 2026, 08:00"));
    assert!(
        !h.shows("Wed 25 Nov 2026, 18:30"),
        "an evening session is not Back spasm relief"
    );
    assert!(!h.shows(&adherence(&records, EVENING, 9, 3.0 * 82.0 / 7.0)));
    filter(&mut h, HistoryMessage::RangePicked(Range::Weeks4));
    assert!(h.shows("Thu 26 Nov 2026, 08:00"));
    assert!(
        !h.shows("Mon 7 Sep 2026, 08:00"),
        "September is not in the last 4 weeks"
    );
    // Monday 2 Nov is day 65: 26 days to Friday 27 Nov.
    assert!(h.shows(&adherence(&records, BACK, 65, 26.0)));
    filter(&mut h, HistoryMessage::RoutinePicked(Choice::All));
    filter(&mut h, HistoryMessage::RangePicked(Range::All));
    assert!(h.shows("Sat 29 Aug 2026, 08:00"));
    assert!(h.shows("Wed 25 Nov 2026, 18:30"));
}

#[test]
fn save_report_writes_csv_with_every_session_shown_and_html() {
    let records = three_months();
    let mut h = harness_with(&records);
    filter(
        &mut h,
        HistoryMessage::RoutinePicked(Choice::Routine(EVENING.into())),
    );
    let csv = h.data().join("reports").join("evening.csv");
    filter(&mut h, HistoryMessage::ReportPicked(Some(csv.clone())));
    assert!(h.shows(&format!("Saved the report to {}", csv.display())));
    let text = std::fs::read_to_string(&csv).expect("the CSV was written");
    let mut lines = text.lines();
    assert!(
        lines
            .next()
            .expect("a header")
            .starts_with("id,date,started_at,ended_at,routine_title")
    );
    let since = at(9, 0, 0);
    let shown: Vec<&SessionRecord> = records
        .iter()
        .filter(|r| r.routine_title == EVENING && r.started_at >= since)
        .collect();
    assert_eq!(lines.count(), shown.len());
    for r in &shown {
        assert!(text.contains(&r.id), "the report should list {}", r.id);
    }
    assert!(!text.contains(BACK));

    let html = h.data().join("reports").join("report.html");
    filter(&mut h, HistoryMessage::ReportPicked(Some(html.clone())));
    let page = std::fs::read_to_string(&html).expect("the HTML was written");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains(&format!("{} sessions logged", shown.len())));
}

#[test]
fn a_report_that_cannot_be_written_says_why() {
    let mut h = harness_with(&three_months());
    let blocker = h.data().join("a-file");
    std::fs::write(&blocker, "not a folder").expect("file written");
    let path = blocker.join("report.html");
    filter(&mut h, HistoryMessage::ReportPicked(Some(path.clone())));
    let error = std::fs::create_dir_all(&blocker).expect_err("a file is not a folder");
    let words = format!(
        "Could not save the report to {}: {error}. Choose a folder you can write to.",
        path.display()
    );
    assert!(h.shows(&words), "expected {words:?}");
}

#[test]
fn with_no_sessions_it_says_how_to_get_some() {
    let mut h = Harness::returning(Launch::Home);
    h.send(Message::Go(Page::History));
    assert!(h.shows("No sessions logged yet: finish a session and it appears here."));
    h.click("Go to Today");
    assert!(matches!(h.app.screen, Screen::Today(_)));
}

#[test]
fn twenty_years_of_sessions_show_the_newest_two_hundred() {
    let records: Vec<SessionRecord> = (0..7_300)
        .map(|i| {
            let day = at(DAYS - 1, 7, 0) - chrono::Duration::days(i);
            session(BACK, day, 600)
        })
        .collect();
    let mut h = harness_with(&records);
    let started = std::time::Instant::now();
    filter(&mut h, HistoryMessage::RangePicked(Range::All));
    assert!(h.shows("… and 7100 earlier sessions"));
    eprintln!(
        "7,300 sessions: filtered and laid out in {:?}",
        started.elapsed()
    );
}

fn pictures(look: &Look) {
    let variant = look.name;
    let mut h = harness_with(&three_months());
    look.apply(&mut h);
    h.send(Message::Go(Page::History));
    shoot(&h, &format!("history-{variant}"));
    shoot_whole(&h, &format!("history-{variant}-whole"), 2400.0);
}

#[test]
fn history_pictures_in_light() {
    pictures(&LOOKS[0]);
}

#[test]
fn history_pictures_in_dark() {
    pictures(&LOOKS[1]);
}

#[test]
fn history_pictures_at_double_text_size() {
    pictures(&LOOKS[2]);
}

#[test]
fn history_pictures_in_a_wide_window() {
    pictures(&LOOKS[3]);
    pictures(&LOOKS[4]);
}

#[test]
fn see_history_on_a_routine_page_shows_only_that_routine() {
    let records = three_months();
    let mut h = harness_with(&records);
    h.send(Message::Go(Page::Routines));
    h.send(Message::Routines(
        posewise::ui::screen::routines::Message::Open("bundled/back-spasm-relief".into()),
    ));
    assert!(h.shows(BACK), "the routine's page is open");
    h.click("See history");
    assert!(matches!(h.app.screen, Screen::History(_)));
    assert!(h.shows("Thu 26 Nov 2026, 08:00"));
    assert!(!h.shows("Wed 25 Nov 2026, 18:30"), "not another routine's");
}
