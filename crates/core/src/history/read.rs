//! Reading the history: hostile input, read within limits, every good
//! record kept and every bad line reported with where it is.

use super::{Error, MAX_FILE_BYTES, MAX_LINE_BYTES, MAX_NOTE_CHARS};
use crate::session::record::{FORMAT, VERSION};
use crate::session::{MAX_PAIN, SessionRecord};
use crate::store::{Capped, read_capped};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The records of a history and the lines that were skipped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    pub records: Vec<SessionRecord>,
    pub bad_lines: Vec<BadLine>,
}

/// A line that is not a usable record. It stays in the file untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for BadLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.column,
            crate::t!("history-line-skipped", reason = self.message.as_str())
        )
    }
}

/// Reads the history at `path`; a missing file is an empty history. The
/// file is opened read-only and never changed.
pub fn load(path: &Path) -> Result<Loaded, Error> {
    let read_error = |e| Error::Read {
        path: path.to_path_buf(),
        source: Arc::new(e),
    };
    let bytes = match read_capped(path, MAX_FILE_BYTES).map_err(read_error)? {
        Capped::Missing => return Ok(Loaded::default()),
        Capped::NotAFile => {
            return Err(Error::NotAFile {
                path: path.to_path_buf(),
            });
        }
        Capped::TooLarge { size } => {
            return Err(Error::TooLarge {
                path: path.to_path_buf(),
                size,
                limit: MAX_FILE_BYTES,
            });
        }
        Capped::Bytes(bytes) => bytes,
    };
    Ok(parse(path, &bytes))
}

/// Splits `bytes` into records and bad lines (`path` only names them).
pub fn parse(path: &Path, bytes: &[u8]) -> Loaded {
    let mut loaded = Loaded::default();
    let ends_whole = bytes.last().is_none_or(|b| *b == b'\n');
    let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    let last = lines.len().saturating_sub(1);
    for (index, line) in lines.into_iter().enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let torn = index == last && !ends_whole;
        match record(line) {
            Ok(record) => loaded.records.push(record),
            Err((column, message)) => loaded.bad_lines.push(BadLine {
                path: path.to_path_buf(),
                line: index + 1,
                column,
                message: if torn {
                    crate::t!("history-line-torn", reason = message)
                } else {
                    message
                },
            }),
        }
    }
    loaded
}

/// One line as a record, or the column and what is wrong.
pub(super) fn record(line: &[u8]) -> Result<SessionRecord, (usize, String)> {
    if line.len() > MAX_LINE_BYTES {
        return Err((1, crate::t!("history-line-too-long", most = MAX_LINE_BYTES)));
    }
    let text = std::str::from_utf8(line).map_err(|e| {
        let column = String::from_utf8_lossy(&line[..e.valid_up_to()])
            .chars()
            .count();
        (column + 1, crate::t!("history-line-not-utf8"))
    })?;
    let record: SessionRecord = serde_json::from_str(text).map_err(|e| {
        let newer =
            newer_version(text).map(|version| crate::t!("history-line-newer", version = version));
        (
            e.column().max(1),
            newer.unwrap_or_else(|| crate::t!("history-line-not-record", error = e.to_string())),
        )
    })?;
    check(&record).map_err(|message| (1, message))?;
    Ok(record)
}

/// The version of a record from a newer Posewise, whose fields this one
/// may not know.
fn newer_version(text: &str) -> Option<u64> {
    #[derive(serde::Deserialize)]
    struct Probe {
        format: String,
        version: u64,
    }
    let probe: Probe = serde_json::from_str(text).ok()?;
    (probe.format == FORMAT && probe.version > u64::from(VERSION)).then_some(probe.version)
}

/// What JSON alone cannot say about a record.
fn check(record: &SessionRecord) -> Result<(), String> {
    if record.format != FORMAT {
        return Err(crate::t!(
            "history-line-format",
            found = record.format.as_str(),
            format = FORMAT
        ));
    }
    if record.version != VERSION {
        return Err(crate::t!(
            "history-line-version",
            found = record.version,
            version = VERSION
        ));
    }
    for (name, pain) in [
        ("pain_before", record.pain_before),
        ("pain_after", record.pain_after),
    ] {
        if pain.is_some_and(|p| p > MAX_PAIN) {
            return Err(crate::t!(
                "history-line-pain",
                field = name,
                most = MAX_PAIN
            ));
        }
    }
    if record.steps_done > record.steps_total
        || record
            .painful_steps
            .iter()
            .chain(record.hurt_choices.iter().map(|h| &h.step))
            .any(|s| *s >= record.steps_total)
    {
        return Err(crate::t!("history-line-steps"));
    }
    if record
        .note
        .as_ref()
        .is_some_and(|n| n.chars().count() > MAX_NOTE_CHARS)
    {
        return Err(crate::t!("history-line-note", most = MAX_NOTE_CHARS));
    }
    let most = crate::routine::weeks::MAX_WEEKS;
    if record.week.is_some_and(|week| !(1..=most).contains(&week)) {
        return Err(crate::t!("history-line-week", most = most));
    }
    if record.ended_at < record.started_at {
        return Err(crate::t!("history-line-times"));
    }
    Ok(())
}
