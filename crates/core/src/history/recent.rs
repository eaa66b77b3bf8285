//! The end of the history only: the sessions since a moment, without
//! reading decades of records. For `posewise remind`, which must finish in
//! milliseconds in a few megabytes whatever the history's size.

use super::Error;
use super::read::record;
use crate::session::SessionRecord;
use chrono::{DateTime, Duration, FixedOffset};
use std::io::{ErrorKind, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;

/// Read at first from the end; doubled while every record read is recent.
const FIRST_BYTES: u64 = 64 * 1024;
/// The most read: thousands of sessions, far more than a day or two holds.
pub const MAX_TAIL_BYTES: u64 = 4 * 1024 * 1024;
/// Records are appended in time order, but two instances may interleave
/// theirs: read on until a record a day older than `since` shows up.
const DISORDER: i64 = 1;

/// The records at the end of the history at `path` that ended at or after
/// `since` (a missing file has none). Damaged lines are skipped.
pub fn recent(path: &Path, since: DateTime<FixedOffset>) -> Result<Vec<SessionRecord>, Error> {
    let read_error = |e| Error::Read {
        path: path.to_path_buf(),
        source: Arc::new(e),
    };
    // Looked at before it is opened: opening a pipe would wait.
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(read_error(e)),
    };
    if !metadata.is_file() {
        return Err(Error::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let mut file = std::fs::File::open(path).map_err(read_error)?;
    let size = metadata.len();
    let old_enough = since - Duration::days(DISORDER);
    let mut wanted = FIRST_BYTES.min(size);
    loop {
        let start = size - wanted;
        let _ = file.seek(SeekFrom::Start(start)).map_err(read_error)?;
        let mut bytes = Vec::with_capacity(wanted as usize);
        let _ = (&mut file)
            .take(wanted)
            .read_to_end(&mut bytes)
            .map_err(read_error)?;
        let mut lines = bytes.split(|b| *b == b'\n');
        if start > 0 {
            // Most likely the middle of a line.
            let _ = lines.next();
        }
        let records: Vec<SessionRecord> = lines.filter_map(|l| record(l).ok()).collect();
        let reached_old = records.iter().any(|r| r.started_at < old_enough);
        if reached_old || start == 0 || wanted >= MAX_TAIL_BYTES {
            return Ok(records
                .into_iter()
                .filter(|r| r.ended_at >= since)
                .collect());
        }
        wanted = (wanted * 2).min(size).min(MAX_TAIL_BYTES);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::append;

    fn record_at(started: DateTime<FixedOffset>, id: &str) -> SessionRecord {
        record_over(started, started, id)
    }

    fn record_over(
        started: DateTime<FixedOffset>,
        ended: DateTime<FixedOffset>,
        id: &str,
    ) -> SessionRecord {
        let routine = serde_json::from_str(
            r#"{"format": "posewise-routine", "version": 1, "title": "T",
                "steps": [{"pose": "balasana"}]}"#,
        )
        .expect("routine");
        let mut record = SessionRecord::new(&routine, started, ended);
        record.id = id.to_string();
        record
    }

    #[test]
    fn a_session_that_ends_after_the_moment_counts() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("history.jsonl");
        let slot = DateTime::parse_from_rfc3339("2026-11-27T18:00:00+01:00").expect("date");
        let across = record_over(
            slot - Duration::minutes(5),
            slot + Duration::minutes(7),
            "x",
        );
        let before = record_over(slot - Duration::hours(1), slot - Duration::minutes(50), "b");
        append(&path, &before).expect("append");
        append(&path, &across).expect("append");
        let ids: Vec<String> = recent(&path, slot)
            .expect("read")
            .into_iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(ids, ["x"]);
    }

    #[test]
    fn only_the_recent_sessions_are_read_from_a_long_history() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("history.jsonl");
        assert!(
            recent(&path, DateTime::UNIX_EPOCH.fixed_offset())
                .expect("missing")
                .is_empty()
        );
        let first = DateTime::parse_from_rfc3339("2020-01-01T08:00:00+01:00").expect("date");
        let mut text = String::new();
        for day in 0..2_000 {
            let record = record_at(first + Duration::hours(12 * day), &format!("s{day}"));
            text.push_str(&serde_json::to_string(&record).expect("json"));
            text.push('\n');
        }
        std::fs::write(&path, text).expect("write");
        let last = record_at(first + Duration::hours(12 * 2_000), "last");
        append(&path, &last).expect("append");
        let since = first + Duration::hours(12 * 1_998);
        let ids: Vec<String> = recent(&path, since)
            .expect("read")
            .into_iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(ids, ["s1998", "s1999", "last"]);
        // A `since` before everything reads back to the first line, but no
        // more than MAX_TAIL_BYTES.
        let all = recent(&path, first).expect("read");
        let size = std::fs::metadata(&path).expect("size").len();
        assert!(size < MAX_TAIL_BYTES);
        assert_eq!(all.len(), 2_001);
    }

    #[test]
    fn damaged_lines_are_skipped() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("history.jsonl");
        let at = DateTime::parse_from_rfc3339("2026-11-27T18:00:00+01:00").expect("date");
        let good = serde_json::to_string(&record_at(at, "good")).expect("json");
        std::fs::write(&path, format!("{{not json\n{good}\n\u{0}\u{0}{{\"torn\": "))
            .expect("write");
        let ids: Vec<String> = recent(&path, at)
            .expect("read")
            .into_iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(ids, ["good"]);
    }
}
