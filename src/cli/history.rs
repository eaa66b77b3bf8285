//! Commands about the session log: history, report, and the hidden
//! writer the crash tests use.

use super::{Failure, Outcome, io_error};
use crate::core::history;
use crate::core::session::SessionRecord;
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
