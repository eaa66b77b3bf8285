//! The history of every computer that shares the data folder, as one:
//! each computer's file read within limits, records that two files share
//! (a sync engine's conflict copy, an upgrade) kept once, all in order of
//! time.

use super::{Error, Loaded, MAX_FILE_BYTES, load, recent};
use crate::session::SessionRecord;
use chrono::{DateTime, FixedOffset};
use std::collections::HashSet;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The folder of the per-computer files, in the data folder.
pub const DIR_NAME: &str = "history";
/// Most history files read: computers, and conflict copies of their files.
pub const MAX_FILES: usize = 64;

/// This computer's own history file in `data_dir`.
pub fn own_path(data_dir: &Path) -> Result<PathBuf, Error> {
    let state = crate::device::state_dir(data_dir);
    let device = crate::device::id(&state).map_err(|e| Error::DeviceId {
        path: state.join(crate::device::ID_FILE),
        source: Arc::new(e),
    })?;
    Ok(data_dir.join(DIR_NAME).join(format!("{device}.jsonl")))
}

/// Every history file in `data_dir`: `history.jsonl` if there is one,
/// then each `history/*.jsonl` by name. Too many files is an error before
/// any is read.
pub fn files(data_dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    let old = data_dir.join(super::FILE_NAME);
    if old.exists() {
        files.push(old);
    }
    let dir = data_dir.join(DIR_NAME);
    let listing = match std::fs::read_dir(&dir) {
        Ok(listing) => listing,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(files),
        Err(e) => {
            return Err(Error::Read {
                path: dir,
                source: Arc::new(e),
            });
        }
    };
    let mut own = Vec::new();
    for (seen, entry) in listing.enumerate() {
        // Other files do not count as histories, but listing them is work.
        if seen >= MAX_FILES * 16 {
            return Err(Error::TooManyFiles {
                dir,
                count: seen,
                limit: MAX_FILES,
            });
        }
        let entry = entry.map_err(|e| Error::Read {
            path: dir.clone(),
            source: Arc::new(e),
        })?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // A sync engine's own temporary files, and anything not a history.
        if name.starts_with('.') || name.starts_with('~') || !name.ends_with(".jsonl") {
            continue;
        }
        own.push(path);
        if own.len() > MAX_FILES {
            return Err(Error::TooManyFiles {
                dir,
                count: own.len(),
                limit: MAX_FILES,
            });
        }
    }
    own.sort();
    files.extend(own);
    Ok(files)
}

/// Every record of every computer, once each, oldest first, and every line
/// that could not be read.
pub fn load_all(data_dir: &Path) -> Result<Loaded, Error> {
    let mut all = Loaded::default();
    let mut read = 0u64;
    let total_limit = MAX_FILE_BYTES.saturating_mul(4);
    for path in files(data_dir)? {
        let size = std::fs::metadata(&path).map_or(0, |m| m.len());
        read = read.saturating_add(size);
        if read > total_limit {
            return Err(Error::TooLarge {
                path: data_dir.join(DIR_NAME),
                size: read,
                limit: total_limit,
            });
        }
        // One computer's file that cannot be read (a folder by that name,
        // one too large) is reported; the others are still read.
        match load(&path) {
            Ok(loaded) => {
                all.records.extend(loaded.records);
                all.bad_lines.extend(loaded.bad_lines);
            }
            Err(error) if path.starts_with(data_dir.join(DIR_NAME)) => {
                all.bad_lines.push(super::BadLine {
                    path: path.clone(),
                    line: 1,
                    column: 1,
                    message: error.to_string(),
                });
            }
            Err(error) => return Err(error),
        }
    }
    all.records = merged(all.records);
    Ok(all)
}

/// The records of every computer that ended at or after `since`, oldest
/// first, reading only the end of each file.
pub fn recent_all(
    data_dir: &Path,
    since: DateTime<FixedOffset>,
) -> Result<Vec<SessionRecord>, Error> {
    let mut records = Vec::new();
    for path in files(data_dir)? {
        match recent(&path, since) {
            Ok(found) => records.extend(found),
            // As in `load_all`: one unreadable computer's file is skipped.
            Err(_) if path.starts_with(data_dir.join(DIR_NAME)) => {}
            Err(error) => return Err(error),
        }
    }
    Ok(merged(records))
}

/// Each record once (by its id: the same session read from two files),
/// ordered by when it started; computers whose clocks disagree still give
/// one order, since each record carries its own offset.
pub fn merged(mut records: Vec<SessionRecord>) -> Vec<SessionRecord> {
    let mut seen = HashSet::new();
    records.retain(|record| seen.insert(record.id.clone()));
    records.sort_by(|a, b| {
        a.started_at
            .cmp(&b.started_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    records
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::append;
    use crate::history::tests::record;

    fn device_file(data: &Path, device: &str) -> PathBuf {
        data.join(DIR_NAME).join(format!("{device}.jsonl"))
    }

    #[test]
    fn every_computers_sessions_once_each_in_order_of_time() {
        let data = tempfile::tempdir().expect("temp dir");
        let laptop = device_file(data.path(), "aaaa");
        let desktop = device_file(data.path(), "bbbb");
        // The laptop's clock is an hour behind and in another offset; the
        // same moment written two ways is still one moment.
        append(&laptop, &record("2026-03-01T08:00:00+01:00", None)).expect("append");
        append(&desktop, &record("2026-03-01T08:30:00+01:00", None)).expect("append");
        append(&laptop, &record("2026-03-01T08:15:00+01:00", None)).expect("append");
        append(&desktop, &record("2026-03-01T07:20:00+00:00", None)).expect("append");
        // A conflict copy of the laptop's file holds its first record again.
        let copy = data
            .path()
            .join(DIR_NAME)
            .join("aaaa.sync-conflict-20260301-081500-XYZ.jsonl");
        append(&copy, &record("2026-03-01T08:00:00+01:00", None)).expect("append");
        // Something else in the folder is not a history.
        std::fs::write(data.path().join(DIR_NAME).join("notes.txt"), "x").expect("write");
        std::fs::write(
            data.path().join(DIR_NAME).join(".syncthing.aaaa.jsonl.tmp"),
            "{",
        )
        .expect("write");
        let loaded = load_all(data.path()).expect("load");
        let times: Vec<String> = loaded
            .records
            .iter()
            .map(|r| r.started_at.to_rfc3339())
            .collect();
        assert_eq!(
            times,
            [
                "2026-03-01T08:00:00+01:00",
                "2026-03-01T08:15:00+01:00",
                "2026-03-01T07:20:00+00:00",
                "2026-03-01T08:30:00+01:00",
            ]
        );
        assert!(loaded.bad_lines.is_empty(), "{:?}", loaded.bad_lines);
        let since = DateTime::parse_from_rfc3339("2026-03-01T08:26:00+01:00").expect("time");
        assert_eq!(recent_all(data.path(), since).expect("recent").len(), 2);
    }

    #[test]
    fn the_old_single_file_is_read_as_it_is_and_new_sessions_go_to_this_computers_file() {
        let data = tempfile::tempdir().expect("temp dir");
        let old = data.path().join(crate::history::FILE_NAME);
        append(&old, &record("2026-02-01T08:00:00+01:00", None)).expect("append");
        append(&old, &record("2026-02-02T08:00:00+01:00", None)).expect("append");
        let before = std::fs::read(&old).expect("read");
        let own = own_path(data.path()).expect("own file");
        assert!(own.starts_with(data.path().join(DIR_NAME)));
        assert_eq!(
            own_path(data.path()).expect("again"),
            own,
            "one file per computer"
        );
        append(&own, &record("2026-02-03T08:00:00+01:00", None)).expect("append");
        let loaded = load_all(data.path()).expect("load");
        assert_eq!(loaded.records.len(), 3);
        assert_eq!(
            std::fs::read(&old).expect("read"),
            before,
            "never rewritten"
        );
    }

    #[test]
    fn a_torn_last_line_in_one_computers_file_loses_nothing_else() {
        let data = tempfile::tempdir().expect("temp dir");
        let laptop = device_file(data.path(), "aaaa");
        append(&laptop, &record("2026-03-01T08:00:00+01:00", None)).expect("append");
        let mut torn = std::fs::read(&laptop).expect("read");
        torn.extend_from_slice(br#"{"format":"posewise-session","id":"half"#);
        std::fs::write(&laptop, torn).expect("write");
        append(
            &device_file(data.path(), "bbbb"),
            &record("2026-03-02T08:00:00+01:00", None),
        )
        .expect("append");
        let loaded = load_all(data.path()).expect("load");
        assert_eq!(loaded.records.len(), 2);
        assert_eq!(loaded.bad_lines.len(), 1);
        assert_eq!(loaded.bad_lines[0].path, laptop);
        assert_eq!(loaded.bad_lines[0].line, 2);
    }

    #[test]
    fn one_computers_unreadable_file_is_reported_and_the_rest_still_read() {
        let data = tempfile::tempdir().expect("temp dir");
        append(
            &device_file(data.path(), "aaaa"),
            &record("2026-03-01T08:00:00+01:00", None),
        )
        .expect("append");
        std::fs::create_dir_all(device_file(data.path(), "bbbb")).expect("a folder by that name");
        let loaded = load_all(data.path()).expect("load");
        assert_eq!(loaded.records.len(), 1);
        assert_eq!(loaded.bad_lines.len(), 1);
        assert_eq!(loaded.bad_lines[0].path, device_file(data.path(), "bbbb"));
        let since = DateTime::parse_from_rfc3339("2026-03-01T00:00:00+01:00").expect("time");
        assert_eq!(recent_all(data.path(), since).expect("recent").len(), 1);
    }

    #[test]
    fn too_many_files_is_refused_before_any_is_read() {
        let data = tempfile::tempdir().expect("temp dir");
        let dir = data.path().join(DIR_NAME);
        std::fs::create_dir_all(&dir).expect("dir");
        for n in 0..=MAX_FILES {
            std::fs::write(dir.join(format!("{n:04}.jsonl")), "").expect("write");
        }
        let error = load_all(data.path()).expect_err("too many");
        assert!(matches!(error, Error::TooManyFiles { .. }), "{error}");
        assert!(error.to_string().contains("move the files"), "{error}");
    }
}
