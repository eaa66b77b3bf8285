//! Commands about the session log: history, report, and the hidden
//! writer the crash tests use.

use super::{Failure, Outcome, io_error};
use crate::core::history::{self, Summary, stats};
use crate::core::session::SessionRecord;
use chrono::NaiveDate;
use std::io::Write;
use std::process::ExitCode;

/// Appends a finished or stopped session to the history; a failure is a
/// notice (the session itself went fine) and exit 1.
pub(super) fn log_session(record: &SessionRecord, out: &mut dyn Write) -> Outcome {
    let path = history::default_path().map_err(|e| e.to_string())?;
    history::append(&path, record).map_err(|e| e.to_string())?;
    writeln!(out, "Saved in your history.").map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

/// `debug-append-history`: `count` records, each id printed once it is on
/// disk. Only with POSEWISE_DATA_DIR set, so no real history gets them.
pub(super) fn debug_append(count: usize, tag: &str, out: &mut dyn Write) -> Outcome {
    if std::env::var_os("POSEWISE_DATA_DIR").is_none() {
        return Err(Failure::Usage(
            "error: debug-append-history needs POSEWISE_DATA_DIR".to_string(),
        ));
    }
    let path = history::default_path().map_err(|e| e.to_string())?;
    let routine: crate::core::routine::Routine =
        serde_json::from_str(DEBUG_ROUTINE).map_err(|e| e.to_string())?;
    let start = chrono::DateTime::parse_from_rfc3339("2026-01-01T08:00:00+01:00")
        .map_err(|e| e.to_string())?;
    for i in 0..count {
        let started = start + chrono::Duration::minutes(i as i64);
        let mut record = SessionRecord::new(&routine, started, started);
        record.id = format!("{tag}-{i}");
        history::append(&path, &record).map_err(|e| e.to_string())?;
        writeln!(out, "{}", record.id).map_err(io_error)?;
        out.flush().map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

const DEBUG_ROUTINE: &str = r#"{"format": "posewise-routine", "version": 1,
 "title": "Debug", "steps": [{"pose": "balasana"}]}"#;

/// Which sessions: one routine, between two dates (inclusive).
#[derive(Debug, clap::Args)]
pub struct Filter {
    /// A routine's title or id (as `history` shows them).
    #[arg(long, value_name = "R")]
    pub routine: Option<String>,
    /// The first day, as 2026-03-01.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    /// The last day, as 2026-03-31.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<NaiveDate>,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| "expected a date such as 2026-03-01 (year-month-day)".to_string())
}

/// The records a filter selects, and the summary of them.
pub(super) struct Selection {
    pub records: Vec<SessionRecord>,
    pub summary: Summary,
    pub bad_lines: Vec<history::BadLine>,
}

/// Loads the history and applies `filter`; bad input is exit 2. Skipped
/// lines are reported once, on `notices`.
pub(super) fn select(filter: &Filter, notices: &mut dyn Write) -> Result<Selection, Failure> {
    if let (Some(since), Some(until)) = (filter.since, filter.until)
        && since > until
    {
        return Err(Failure::Usage(format!(
            "error: --since {since} is after --until {until}; give the earlier date first"
        )));
    }
    let path = history::default_path().map_err(|e| e.to_string())?;
    let loaded = history::load(&path).map_err(|e| e.to_string())?;
    for bad in &loaded.bad_lines {
        writeln!(notices, "{bad}").map_err(io_error)?;
    }
    if let Some(routine) = &filter.routine
        && !loaded
            .records
            .iter()
            .any(|r| &r.routine_title == routine || &r.routine_id == routine)
    {
        let titles = loaded.records.iter().map(|r| r.routine_title.as_str());
        let hint = crate::core::suggest::nearest(routine, titles)
            .map_or(String::new(), |near| format!("; did you mean '{near}'?"));
        return Err(Failure::Usage(format!(
            "error: no session of a routine '{routine}' in {}{hint}",
            path.display()
        )));
    }
    let today = chrono::Local::now().date_naive();
    let chosen = stats::select(
        &loaded.records,
        filter.routine.as_deref(),
        filter.since,
        filter.until,
    );
    let first = chosen.iter().map(|r| stats::date(r)).min();
    let since = filter.since.or(first).unwrap_or(today);
    let until = filter.until.unwrap_or(today).max(since);
    let summary = Summary::compute(&chosen, since, until, today);
    let mut records: Vec<SessionRecord> = chosen.into_iter().cloned().collect();
    records.sort_by_key(|r| r.started_at);
    Ok(Selection {
        records,
        summary,
        bad_lines: loaded.bad_lines,
    })
}

/// `posewise history` as lines for people (`--json` is in `report`).
pub(super) fn history(filter: &Filter, out: &mut dyn Write, notices: &mut dyn Write) -> Outcome {
    let selection = select(filter, notices)?;
    for record in &selection.records {
        writeln!(out, "{}", session_line(record)).map_err(io_error)?;
    }
    if selection.records.is_empty() {
        writeln!(out, "No sessions logged in this range yet.").map_err(io_error)?;
    }
    for line in summary_lines(&selection.summary) {
        writeln!(out, "{line}").map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// "2026-03-01 08:00  Back care  done 10 min  pain 4→2  easy  “note”".
fn session_line(record: &SessionRecord) -> String {
    let mut line = format!(
        "{}  {}  {} {} min",
        record.started_at.format("%Y-%m-%d %H:%M"),
        record.routine_title,
        if record.completed { "done" } else { "stopped" },
        record.active_seconds.div_ceil(60)
    );
    let pain = |p: Option<u8>| p.map_or("–".to_string(), |p| p.to_string());
    if record.pain_before.is_some() || record.pain_after.is_some() {
        line.push_str(&format!(
            "  pain {}→{}",
            pain(record.pain_before),
            pain(record.pain_after)
        ));
    }
    if let Some(effort) = record.effort {
        line.push_str(&format!("  {}", effort.label()));
    }
    if let Some(note) = &record.note {
        line.push_str(&format!("  “{note}”"));
    }
    line
}

fn summary_lines(summary: &Summary) -> Vec<String> {
    let days = |n: u32| {
        if n == 1 {
            "1 day".to_string()
        } else {
            format!("{n} days")
        }
    };
    let mut lines = vec![format!(
        "Streak: {} (longest {}).",
        days(summary.streak.current),
        days(summary.streak.longest)
    )];
    for a in &summary.adherence {
        let line = match (a.prescribed, a.percent()) {
            (Some(prescribed), Some(percent)) => format!(
                "Adherence, {}: {} of {:.0} prescribed sessions ({percent:.0} %), {} to {}.",
                a.routine_title, a.done, prescribed, summary.since, summary.until
            ),
            _ => format!(
                "{}: {} done; no prescription to compare with.",
                a.routine_title,
                count(a.done, "session")
            ),
        };
        lines.push(line);
    }
    if let Some(change) = summary.average_change {
        lines.push(format!(
            "Pain: after minus before is {change:+.1} on average over {}.",
            count(summary.pain.len(), "rated session")
        ));
    }
    for p in &summary.painful {
        lines.push(format!(
            "Marked painful: {}, step {} {} ({} times).",
            p.routine_title,
            p.step + 1,
            p.name,
            p.count
        ));
    }
    if let Some(warning) = summary.warning {
        lines.push(format!(
            "Note ({} and {}): {}",
            warning.first,
            warning.second,
            stats::WARNING
        ));
    }
    lines
}

/// "1 session", "3 sessions".
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}
