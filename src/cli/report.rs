//! `posewise report`: the history for the physiotherapist, as CSV, JSON or
//! one HTML page, written whole or not at all.

use super::history::{Filter, Selection, select};
use super::{Failure, Outcome, io_error};
use crate::core::history::stats::warning_message;
use crate::core::report;
use crate::core::store::write_atomically;
use crate::core::t;
use serde_json::{Value, json};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
    Html,
}

pub(super) fn report(
    filter: &Filter,
    name: Option<&str>,
    format: Format,
    out_file: &Path,
    out: &mut dyn Write,
    notices: &mut dyn Write,
) -> Outcome {
    if out_file.is_dir() {
        return Err(Failure::Usage(format!(
            "{}: {}",
            out_file.display(),
            t!("cli-error", message = t!("cli-out-is-folder"))
        )));
    }
    let selection = select(filter, notices)?;
    let text = match format {
        Format::Csv => report::csv(&selection.records),
        Format::Json => format!("{:#}\n", json(&selection, name)),
        Format::Html => report::html(
            &selection.records,
            &selection.summary,
            &programmes(),
            name,
            chrono::Local::now().date_naive(),
        ),
    };
    write_atomically(out_file, text.as_bytes()).map_err(|e| {
        Failure::Usage(format!(
            "{}: {}",
            out_file.display(),
            t!(
                "cli-error",
                message = t!("cli-cannot-write-report", error = e.to_string())
            )
        ))
    })?;
    writeln!(
        out,
        "{}: {}",
        out_file.display(),
        t!(
            "cli-report-written",
            count = selection.records.len(),
            since = selection.summary.since.to_string(),
            until = selection.summary.until.to_string()
        )
    )
    .map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

/// `posewise history --json`: the same JSON as the report, on stdout.
pub(super) fn history_json(
    filter: &Filter,
    out: &mut dyn Write,
    notices: &mut dyn Write,
) -> Outcome {
    let selection = select(filter, notices)?;
    writeln!(out, "{:#}", json(&selection, None)).map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

/// The sessions, the summary and the skipped lines as one JSON value.
fn json(selection: &Selection, name: Option<&str>) -> Value {
    let s = &selection.summary;
    let adherence: Vec<Value> = s
        .adherence
        .iter()
        .map(|a| {
            json!({"routine_title": a.routine_title, "routine_id": a.routine_id,
                   "prescription": a.prescription, "done": a.done,
                   "prescribed": a.prescribed, "percent": a.percent()})
        })
        .collect();
    let weeks: Vec<Value> = s
        .weeks
        .iter()
        .map(|w| {
            json!({"week_of": w.start, "sessions": w.totals.sessions,
                   "completed": w.totals.completed, "minutes": w.totals.minutes,
                   "prescribed": w.prescribed})
        })
        .collect();
    let pain: Vec<Value> = s
        .pain
        .iter()
        .map(|p| json!({"date": p.date, "before": p.before, "after": p.after}))
        .collect();
    let painful: Vec<Value> = s
        .painful
        .iter()
        .map(|p| {
            json!({"routine_title": p.routine_title, "routine_id": p.routine_id,
                   "step": p.step + 1, "name": p.name, "count": p.count})
        })
        .collect();
    let warning = s
        .warning
        .map(|w| json!({"first": w.first, "second": w.second, "message": warning_message()}));
    let skipped: Vec<String> = selection
        .bad_lines
        .iter()
        .map(ToString::to_string)
        .collect();
    json!({
        "patient": name,
        "since": s.since,
        "until": s.until,
        "sessions": selection.records,
        "summary": {
            "streak": {"current": s.streak.current, "longest": s.streak.longest},
            "adherence": adherence,
            "weeks": weeks,
            "pain": {"average_change": s.average_change, "trend": pain},
            "painful_steps": painful,
            "warning": warning,
        },
        "skipped_lines": skipped,
        "disclaimer": report::disclaimer(),
    })
}

/// The routines of the library that change by week, for the report's
/// week-by-week part; none when there is no library.
fn programmes() -> Vec<crate::core::routine::Routine> {
    let catalogue = crate::core::catalogue::Catalogue::builtin();
    let Some(dir) = crate::core::library::Library::default_dir() else {
        return Vec::new();
    };
    crate::core::library::Library::load(&dir, catalogue).programmes()
}
