//! Commands about the session log: history, report, and the hidden
//! writer the crash tests use.

use super::{Failure, Outcome, io_error};
use crate::core::history::{self, Summary, stats};
use crate::core::session::SessionRecord;
use crate::core::t;
use chrono::NaiveDate;
use std::io::Write;
use std::process::ExitCode;

/// Appends a finished or stopped session to the history; a failure is a
/// notice (the session itself went fine) and exit 1.
pub(super) fn log_session(record: &SessionRecord, out: &mut dyn Write) -> Outcome {
    let path = history::default_path().map_err(|e| e.to_string())?;
    history::append(&path, record).map_err(|e| e.to_string())?;
    writeln!(out, "{}", t!("cli-saved-history")).map_err(io_error)?;
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
    #[arg(long, value_name = "ROUTINE")]
    pub routine: Option<String>,
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<NaiveDate>,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| t!("cli-expected-date"))
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
        return Err(Failure::Usage(t!(
            "cli-error",
            message = t!(
                "cli-since-after-until",
                since = since.to_string(),
                until = until.to_string()
            )
        )));
    }
    let path = history::default_dir().map_err(|e| e.to_string())?;
    let loaded = history::load_all(&path).map_err(|e| e.to_string())?;
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
        let file = path.display().to_string();
        let message = match crate::core::suggest::nearest(routine, titles) {
            Some(near) => t!(
                "cli-no-such-routine-near",
                routine = routine.as_str(),
                file = file,
                near = near
            ),
            None => t!(
                "cli-no-such-routine",
                routine = routine.as_str(),
                file = file
            ),
        };
        return Err(Failure::Usage(t!("cli-error", message = message)));
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
        writeln!(out, "{}", t!("cli-no-sessions")).map_err(io_error)?;
    }
    for line in summary_lines(&selection.summary) {
        writeln!(out, "{line}").map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// "2026-03-01 08:00  Back care  done 10 min  pain 4→2  easy  “note”".
fn session_line(record: &SessionRecord) -> String {
    let minutes = record.active_seconds.div_ceil(60);
    let mut line = format!(
        "{}  {}  {}",
        record.started_at.format("%Y-%m-%d %H:%M"),
        crate::core::library::shown_title(&record.routine_id, &record.routine_title),
        if record.completed {
            t!("cli-session-done", minutes = minutes)
        } else {
            t!("cli-session-stopped", minutes = minutes)
        }
    );
    let pain = |p: Option<u8>| p.map_or("–".to_string(), |p| p.to_string());
    if record.pain_before.is_some() || record.pain_after.is_some() {
        let pain = t!(
            "history-pain",
            before = pain(record.pain_before),
            after = pain(record.pain_after)
        );
        line.push_str(&format!("  {pain}"));
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
    let mut lines = vec![t!(
        "cli-streak",
        current = summary.streak.current,
        longest = summary.streak.longest
    )];
    for a in &summary.adherence {
        let title = crate::core::library::shown_title(&a.routine_id, &a.routine_title);
        let line = match (a.prescribed, a.percent()) {
            (Some(prescribed), Some(percent)) => t!(
                "cli-adherence",
                title = title,
                done = a.done,
                prescribed = format!("{prescribed:.0}"),
                percent = format!("{percent:.0}"),
                since = summary.since.to_string(),
                until = summary.until.to_string()
            ),
            _ => t!("cli-adherence-free", title = title, done = a.done),
        };
        lines.push(line);
    }
    if let Some(change) = summary.average_change {
        let change = crate::core::i18n::with_decimal_mark(format!("{change:+.1}"));
        lines.push(t!(
            "cli-pain-change",
            change = change,
            count = summary.pain.len()
        ));
    }
    for p in &summary.painful {
        lines.push(t!(
            "cli-marked-painful",
            title = crate::core::library::shown_title(&p.routine_id, &p.routine_title),
            step = p.step + 1,
            name = p.name.as_str(),
            count = p.count
        ));
    }
    if let Some(warning) = summary.warning {
        lines.push(t!(
            "cli-warning",
            first = warning.first.to_string(),
            second = warning.second.to_string(),
            warning = stats::warning_message()
        ));
    }
    lines
}
