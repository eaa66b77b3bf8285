//! What the History screen shows, worked out without iced: the filters,
//! the selection and its summary, the list rows and the chart data. The
//! view only lays these out.

use crate::core::duration::short_duration;
use crate::core::history::Summary;
use crate::core::history::axis::{self, PainSample};
use crate::core::history::calendar::{self, Calendar};
use crate::core::history::stats::{self, Adherence, warning_message};
use crate::core::report;
use crate::core::routine::Routine;
use crate::core::session::{Effort, SessionRecord};
use crate::core::{dates, t};
use chrono::{Days, Months, NaiveDate};
use std::fmt;
use std::path::Path;
use std::time::Duration;

/// Rows the list shows at most; the rest are counted.
pub const MAX_ROWS: usize = 200;
/// Rated sessions drawn one by one; past this, weekly averages.
pub const MAX_PAIN_POINTS: usize = 90;
/// Characters of a note shown in the list.
const NOTE_CHARS: usize = 300;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Range {
    Weeks4,
    Weeks12,
    Months6,
    Year,
    All,
}

impl Range {
    pub const ALL: [Range; 5] = [
        Range::Weeks4,
        Range::Weeks12,
        Range::Months6,
        Range::Year,
        Range::All,
    ];

    /// The first day in range; "All time" starts with the first session.
    /// Weeks are whole calendar weeks, Monday to Sunday, this one the
    /// last: the same days as the calendar, and no part-week at the start.
    pub fn since(self, today: NaiveDate, first: Option<NaiveDate>) -> NaiveDate {
        let monday = stats::week_start(today);
        let back = match self {
            Range::Weeks4 => monday.checked_sub_days(Days::new(7 * 3)),
            Range::Weeks12 => monday.checked_sub_days(Days::new(7 * 11)),
            Range::Months6 => today
                .checked_sub_months(Months::new(6))
                .and_then(|d| d.succ_opt()),
            Range::Year => today
                .checked_sub_months(Months::new(12))
                .and_then(|d| d.succ_opt()),
            Range::All => Some(first.map_or(today, |f| f.min(today))),
        };
        back.unwrap_or(today)
    }

    /// "over the last 12 weeks", for sentences.
    fn phrase(self) -> String {
        match self {
            Range::Weeks4 => t!("range-in-weeks", weeks = 4),
            Range::Weeks12 => t!("range-in-weeks", weeks = 12),
            Range::Months6 => t!("range-in-months", months = 6),
            Range::Year => t!("range-in-year"),
            Range::All => t!("range-in-all"),
        }
    }
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Range::Weeks4 => t!("range-weeks", weeks = 4),
            Range::Weeks12 => t!("range-weeks", weeks = 12),
            Range::Months6 => t!("range-months", months = 6),
            Range::Year => t!("range-year"),
            Range::All => t!("range-all"),
        })
    }
}

/// The routine filter: all, or one routine by title (its versions
/// together, since editing a routine changes its id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    All,
    Routine(String),
}

impl Choice {
    fn title(&self) -> Option<&str> {
        match self {
            Choice::All => None,
            Choice::Routine(title) => Some(title),
        }
    }
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.title() {
            Some(title) => f.write_str(title),
            None => f.write_str(&t!("history-all-routines")),
        }
    }
}

/// "All routines", then every routine title in the records, sorted.
pub fn choices(records: &[SessionRecord]) -> Vec<Choice> {
    let mut titles: Vec<&str> = records.iter().map(|r| r.routine_title.as_str()).collect();
    titles.sort_unstable();
    titles.dedup();
    std::iter::once(Choice::All)
        .chain(titles.into_iter().map(|t| Choice::Routine(t.to_string())))
        .collect()
}

/// The choice for a routine id (its title in the latest record with it);
/// all routines when no session has it yet.
pub fn choice_for(records: &[SessionRecord], id: Option<&str>) -> Choice {
    id.and_then(|id| {
        let mut newest_first = records.iter().rev();
        newest_first.find(|r| r.routine_id == id || r.routine_title == id)
    })
    .map_or(Choice::All, |r| Choice::Routine(r.routine_title.clone()))
}

/// One line of the sessions list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// "Thu 26 Nov 2026, 08:00".
    pub when: String,
    pub routine: String,
    /// "9 min 50 s · pain 5 → 3 · effort about right".
    pub facts: String,
    pub note: Option<String>,
}

impl Row {
    fn of(record: &SessionRecord) -> Row {
        let mut facts = vec![short_duration(Duration::from_secs(record.active_seconds))];
        if !record.completed {
            facts.push(t!(
                "history-stopped-after",
                done = record.steps_done,
                total = record.steps_total
            ));
        }
        let pain = |p: Option<u8>| p.map_or("–".to_string(), |p| p.to_string());
        if record.pain_before.is_some() || record.pain_after.is_some() {
            facts.push(t!(
                "history-pain",
                before = pain(record.pain_before),
                after = pain(record.pain_after)
            ));
        }
        if let Some(effort) = record.effort {
            facts.push(t!("history-effort", effort = effort_words(effort)));
        }
        let note = record
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty());
        Row {
            when: t!(
                "history-when",
                weekday = dates::weekday_short(chrono::Datelike::weekday(&record.started_at)),
                date = dates::medium_date(record.started_at.date_naive()),
                time = record.started_at.format("%H:%M").to_string()
            ),
            routine: crate::core::library::shown_title(&record.routine_id, &record.routine_title),
            facts: facts.join(" · "),
            note: note.map(|n| shorten(n, NOTE_CHARS)),
        }
    }
}

fn effort_words(effort: Effort) -> String {
    match effort {
        Effort::Easy => t!("history-effort-easy"),
        Effort::Right => t!("history-effort-right"),
        Effort::Hard => t!("history-effort-hard"),
    }
}

fn shorten(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        return text.to_string();
    }
    let cut: String = text.chars().take(most).collect();
    format!("{}…", cut.trim_end())
}

/// Newest first, at most `most`, and how many were left out.
pub fn rows(selected: &[&SessionRecord], most: usize) -> (Vec<Row>, usize) {
    let mut newest: Vec<&SessionRecord> = selected.to_vec();
    newest.sort_by_key(|r| std::cmp::Reverse(r.started_at));
    let rows = newest.iter().take(most).map(|r| Row::of(r)).collect();
    (rows, selected.len().saturating_sub(most))
}

/// "Back spasm relief: 18 of 28 prescribed sessions, 64 %".
pub fn adherence_line(a: &Adherence) -> String {
    match (a.prescribed, a.percent()) {
        (Some(prescribed), Some(percent)) => t!(
            "history-adherence",
            title = crate::core::library::shown_title(&a.routine_id, &a.routine_title),
            done = a.done,
            prescribed = format!("{prescribed:.0}"),
            percent = format!("{percent:.0}")
        ),
        _ => t!(
            "history-adherence-free",
            title = crate::core::library::shown_title(&a.routine_id, &a.routine_title),
            done = a.done
        ),
    }
}

/// Minutes a week the prescriptions ask for: each prescribed routine's
/// sessions a week times its usual (median) completed session.
pub fn minutes_target(adherence: &[Adherence], selected: &[&SessionRecord]) -> Option<f64> {
    let per_routine = adherence.iter().filter_map(|a| {
        let sessions = stats::prescribed(a.prescription, 7)?;
        let mut minutes: Vec<u64> = selected
            .iter()
            .filter(|r| r.completed && r.routine_id == a.routine_id)
            .map(|r| r.active_seconds.div_ceil(60))
            .collect();
        minutes.sort_unstable();
        let usual = *minutes.get(minutes.len() / 2)?;
        Some(sessions * usual as f64)
    });
    per_routine.reduce(|a, b| a + b)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    Csv,
    Html,
}

impl ReportKind {
    /// CSV for a `.csv` file, HTML otherwise.
    pub fn of(path: &Path) -> ReportKind {
        let csv = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        if csv {
            ReportKind::Csv
        } else {
            ReportKind::Html
        }
    }
}

/// Everything the screen shows for one choice of filters.
pub struct Selection {
    pub summary: Summary,
    pub calendar: Calendar,
    pub rows: Vec<Row>,
    pub earlier: usize,
    pub headline: String,
    pub adherence: Vec<String>,
    pub warning: Option<String>,
    pub pain: Vec<PainSample>,
    pub pain_headline: String,
    /// (Monday, minutes) per week in range.
    pub weeks: Vec<(NaiveDate, f64)>,
    pub target: Option<f64>,
    /// The selected records, oldest first, for the report.
    pub report_records: Vec<SessionRecord>,
}

impl Selection {
    pub fn new(records: &[SessionRecord], choice: &Choice, range: Range, today: NaiveDate) -> Self {
        let first = records.iter().map(stats::date).min();
        let since = range.since(today, first);
        let routine = stats::select(records, choice.title(), None, None);
        let selected = stats::select(records, choice.title(), Some(since), Some(today));
        let summary = Summary::compute(&selected, since, today, today);
        let calendar = calendar::calendar(&stats::per_day(&routine), today, calendar::WEEKS);
        let (rows, earlier) = rows(&selected, MAX_ROWS);
        let mut report_records: Vec<SessionRecord> =
            selected.iter().map(|r| (*r).clone()).collect();
        report_records.sort_by_key(|r| r.started_at);
        // One series for the chart and the line that describes it.
        let pain = axis::pain_samples(&summary.pain, MAX_PAIN_POINTS);
        let pain_headline = axis::pain_headline(&pain);
        Selection {
            headline: headline(&summary, selected.len(), range),
            adherence: summary.adherence.iter().map(adherence_line).collect(),
            warning: summary.warning.map(|w| {
                t!(
                    "history-warning",
                    warning = warning_message(),
                    first = dates::short_date(w.first),
                    second = dates::short_date(w.second)
                )
            }),
            pain,
            pain_headline,
            weeks: summary
                .weeks
                .iter()
                .map(|w| (w.start, w.totals.minutes as f64))
                .collect(),
            target: minutes_target(&summary.adherence, &selected),
            calendar,
            rows,
            earlier,
            report_records,
            summary,
        }
    }

    /// The report file's text.
    pub fn report(&self, kind: ReportKind, today: NaiveDate, programmes: &[Routine]) -> String {
        match kind {
            ReportKind::Csv => report::csv(&self.report_records),
            ReportKind::Html => {
                report::html(&self.report_records, &self.summary, programmes, None, today)
            }
        }
    }
}

/// "24 sessions, 310 min in the last 12 weeks · streak 5 days (longest 12)".
fn headline(summary: &Summary, sessions: usize, range: Range) -> String {
    let minutes: u64 = summary.weeks.iter().map(|w| w.totals.minutes).sum();
    t!(
        "history-headline",
        sessions = sessions,
        minutes = minutes,
        range = range.phrase(),
        streak = summary.streak.current,
        longest = summary.streak.longest
    )
}
