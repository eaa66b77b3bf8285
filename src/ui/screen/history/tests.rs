//! The screen's pure parts: filters, rows, sentences, the report choice,
//! and the screen driven through `update`.

use super::model::{self, Choice, Range, ReportKind, Selection};
use super::{Action, HistoryScreen, Message};
use crate::core::history::stats::Adherence;
use crate::core::routine::Prescription;
use crate::core::session::{Effort, SessionRecord};
use crate::ui::keys::Hotkey;
use chrono::{DateTime, NaiveDate};
use std::path::{Path, PathBuf};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("a date")
}

fn record(title: &str, at: &str, pain: (u8, u8)) -> SessionRecord {
    let started = DateTime::parse_from_rfc3339(at).expect("a time");
    SessionRecord {
        format: "posewise-session".into(),
        version: 1,
        id: format!("{at}-{title}"),
        routine_title: title.into(),
        routine_id: format!("id-{title}"),
        started_at: started,
        ended_at: started + chrono::Duration::minutes(10),
        completed: true,
        steps_done: 4,
        steps_total: 4,
        active_seconds: 590,
        pain_before: Some(pain.0),
        pain_after: Some(pain.1),
        effort: Some(Effort::Right),
        note: None,
        painful_steps: Vec::new(),
        hurt_choices: Vec::new(),
        week: None,
        prescription: Some(Prescription {
            times_per_day: Some(1),
            days_per_week: Some(7),
            weeks: None,
        }),
        step_names: Vec::new(),
    }
}

fn sample() -> Vec<SessionRecord> {
    vec![
        record("Back care", "2026-11-20T08:00:00+01:00", (6, 4)),
        record("Hips", "2026-11-21T18:00:00+01:00", (5, 5)),
        record("Back care", "2026-11-26T08:00:00+01:00", (4, 2)),
        record("Back care", "2026-06-01T08:00:00+01:00", (8, 7)),
    ]
}

#[test]
fn ranges_start_where_a_person_expects() {
    let today = day(11, 27);
    // Friday 27 November: whole weeks back from Monday 23 November.
    assert_eq!(Range::Weeks4.since(today, None), day(11, 2));
    assert_eq!(Range::Weeks12.since(today, None), day(9, 7));
    assert_eq!(Range::Months6.since(today, None), day(5, 28));
    assert_eq!(
        Range::Year.since(today, None),
        NaiveDate::from_ymd_opt(2025, 11, 28).expect("a date")
    );
    assert_eq!(Range::All.since(today, Some(day(2, 3))), day(2, 3));
    assert_eq!(Range::All.since(today, None), today);
    assert_eq!(Range::Weeks12.to_string(), "Last 12 weeks");
}

#[test]
fn twelve_weeks_are_the_calendars_twelve_weeks_so_the_minutes_agree() {
    let today = day(11, 27);
    // A session every day for 100 days, 10 minutes each.
    let records: Vec<SessionRecord> = (0..100)
        .map(|back| {
            let date = today - chrono::Days::new(back);
            let mut r = record("Back care", &format!("{date}T08:00:00+01:00"), (4, 3));
            r.active_seconds = 600;
            r
        })
        .collect();
    let selection = Selection::new(&records, &Choice::All, Range::Weeks12, today);
    let minutes = selection.calendar.minutes;
    assert_eq!(minutes, 11 * 7 * 10 + 5 * 10, "11 whole weeks and Mon–Fri");
    assert!(
        selection.headline.contains(&format!(" {minutes} min ")),
        "{}",
        selection.headline
    );
    assert_eq!(
        selection.weeks.first().map(|w| w.0),
        Some(day(9, 7)),
        "a whole first week"
    );
}

#[test]
fn routine_choices_are_all_then_each_title_once() {
    let choices = model::choices(&sample());
    let names: Vec<String> = choices.iter().map(ToString::to_string).collect();
    assert_eq!(names, ["All routines", "Back care", "Hips"]);
    assert_eq!(
        model::choice_for(&sample(), Some("id-Hips")),
        Choice::Routine("Hips".into())
    );
    assert_eq!(model::choice_for(&sample(), Some("unknown")), Choice::All);
}

#[test]
fn rows_are_newest_first_and_capped() {
    let records = sample();
    let refs: Vec<&SessionRecord> = records.iter().collect();
    let (rows, earlier) = model::rows(&refs, 2);
    assert_eq!(earlier, 2);
    assert_eq!(rows[0].when, "Thu 26 Nov 2026, 08:00");
    assert_eq!(rows[0].routine, "Back care");
    assert_eq!(
        rows[0].facts,
        "9 min 50 s · pain 4 → 2 · effort about right"
    );
    assert_eq!(rows[1].routine, "Hips");
}

#[test]
fn a_stopped_unrated_session_says_so() {
    let mut r = record("Hips", "2026-11-21T18:00:00+01:00", (0, 0));
    r.completed = false;
    r.steps_done = 1;
    r.pain_after = None;
    r.effort = None;
    r.note = Some("  knee hurt  ".into());
    let (rows, _) = model::rows(&[&r], 10);
    assert_eq!(
        rows[0].facts,
        "9 min 50 s · stopped after 1 of 4 steps · pain 0 → –"
    );
    assert_eq!(rows[0].note.as_deref(), Some("knee hurt"));
}

#[test]
fn adherence_reads_as_a_sentence() {
    let mut a = Adherence {
        routine_id: "x".into(),
        routine_title: "Back spasm relief".into(),
        prescription: None,
        done: 18,
        prescribed: Some(28.0),
    };
    assert_eq!(
        model::adherence_line(&a),
        "Back spasm relief: 18 of 28 prescribed sessions, 64 %"
    );
    a.prescribed = None;
    assert_eq!(
        model::adherence_line(&a),
        "Back spasm relief: 18 sessions completed (no prescription)"
    );
}

#[test]
fn the_pain_headline_describes_the_series_the_chart_draws() {
    let records = sample();
    let refs: Vec<&SessionRecord> = records
        .iter()
        .filter(|r| r.routine_title == "Back care")
        .collect();
    let trend = crate::core::history::stats::pain_trend(&refs);
    let samples = crate::core::history::axis::pain_samples(&trend, 60);
    assert_eq!(
        crate::core::history::axis::pain_headline(&samples),
        "Pain after sessions fell from 7 to 2 over 25 weeks."
    );
}

#[test]
fn the_minutes_target_is_prescribed_sessions_times_the_usual_length() {
    let records = sample();
    let refs: Vec<&SessionRecord> = records.iter().collect();
    let adherence = crate::core::history::stats::adherence(&refs, day(11, 1), day(11, 27));
    // Two routines, 7 a week each, 10 minutes each.
    assert_eq!(model::minutes_target(&adherence, &refs), Some(140.0));
    assert_eq!(model::minutes_target(&[], &refs), None);
}

#[test]
fn csv_only_for_a_csv_file() {
    assert_eq!(ReportKind::of(Path::new("a/report.CSV")), ReportKind::Csv);
    assert_eq!(ReportKind::of(Path::new("report.html")), ReportKind::Html);
    assert_eq!(ReportKind::of(Path::new("report")), ReportKind::Html);
}

#[test]
fn a_selection_follows_the_filters() {
    let records = sample();
    let all = Selection::new(&records, &Choice::All, Range::Weeks12, day(11, 27));
    assert_eq!(all.rows.len(), 3);
    assert_eq!(all.report_records.len(), 3);
    assert!(all.report_records[0].started_at < all.report_records[2].started_at);
    let hips = Selection::new(
        &records,
        &Choice::Routine("Hips".into()),
        Range::All,
        day(11, 27),
    );
    assert_eq!(hips.rows.len(), 1);
    assert!(
        hips.report(ReportKind::Csv, day(11, 27), &[])
            .starts_with("id,date")
    );
    assert!(
        all.headline
            .starts_with("3 sessions, 30 min in the last 12 weeks"),
        "{}",
        all.headline
    );
}

#[test]
fn the_screen_asks_the_app_to_save_and_shows_how_it_went() {
    let mut screen = HistoryScreen::new(&sample(), day(11, 27), Some("id-Hips".into()));
    assert_eq!(screen.choice(), &Choice::Routine("Hips".into()));
    assert!(matches!(
        screen.hotkey(Hotkey::Save),
        Some(Message::SaveReport)
    ));
    assert!(matches!(
        screen.update(Message::SaveReport),
        Action::PickReportFile
    ));
    assert!(matches!(
        screen.update(Message::ReportPicked(None)),
        Action::None
    ));
    let path = PathBuf::from("/tmp/r.csv");
    let Action::WriteReport { text, .. } = screen.update(Message::ReportPicked(Some(path.clone())))
    else {
        panic!("expected a report to write");
    };
    assert_eq!(text.lines().count(), 2);
    screen.report_written(Ok(path));
    assert_eq!(
        screen.saved,
        Some(super::Saved::Done("Saved the report to /tmp/r.csv".into()))
    );
    let _ = screen.update(Message::RangePicked(Range::All));
    assert_eq!(screen.saved, None);
}

#[test]
fn no_records_means_nothing_to_save() {
    let screen = HistoryScreen::new(&[], day(11, 27), None);
    assert!(screen.hotkey(Hotkey::Save).is_none());
}
