//! The session log: one JSON record per line, appended and never
//! rewritten. Each computer appends only to its own file,
//! `history/<device id>.jsonl`, so a sync engine that carries the data
//! folder between computers never has two versions of one file to choose
//! from; reading merges every computer's file (and `history.jsonl`, where
//! earlier versions wrote), without duplicates, in order of time.
//!
//! Each record is one `write` to a file opened with `O_APPEND`, then an
//! `fsync`, so a crash loses at most the record being written and two
//! instances appending at once cannot interleave their lines. Reading is
//! tolerant: a torn or corrupt line is reported and skipped, never removed.

pub mod axis;
pub mod calendar;
mod merge;
mod read;
mod recent;
pub mod stats;
pub mod summary;
#[cfg(test)]
pub(crate) mod tests;

use crate::session::SessionRecord;
use std::fs::OpenOptions;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use merge::{DIR_NAME, MAX_FILES, files, load_all, merged, own_path, recent_all};
pub use read::{BadLine, Loaded, load, parse};
pub use recent::{MAX_TAIL_BYTES, recent};
pub use summary::Summary;

/// Where versions before the per-computer files wrote: read, never
/// written.
pub const FILE_NAME: &str = "history.jsonl";
/// Longest line read: a record is well under 4 KiB even with a long note.
pub const MAX_LINE_BYTES: usize = 64 * 1024;
/// Largest history read: some 100,000 sessions, decades of twice a day.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Longest note kept in a record, in characters.
pub const MAX_NOTE_CHARS: usize = 2_000;

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("{}: {}", .path.display(), crate::t!("problem-error", message = crate::t!("history-cannot-read", error = source.to_string())))]
    Read {
        path: PathBuf,
        source: Arc<io::Error>,
    },
    #[error("{}: {}", .path.display(), crate::t!("problem-error", message = crate::t!("history-cannot-write", error = source.to_string())))]
    Write {
        path: PathBuf,
        source: Arc<io::Error>,
    },
    #[error("{}:1:1: {}", .path.display(), crate::t!("problem-error", message = crate::t!("history-too-large", size = *size, limit = *limit)))]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("{}:1:1: {}", .path.display(), crate::t!("problem-error", message = crate::t!("history-not-a-file")))]
    NotAFile { path: PathBuf },
    #[error("{}", crate::t!("problem-error", message = crate::t!("history-no-data-folder")))]
    NoDataDir,
    #[error("{}: {}", .dir.display(), crate::t!("problem-error", message = crate::t!("history-too-many-files", count = *count, limit = *limit)))]
    TooManyFiles {
        dir: PathBuf,
        count: usize,
        limit: usize,
    },
    #[error("{}: {}", .path.display(), crate::t!("problem-error", message = crate::t!("history-no-device-id", error = source.to_string())))]
    DeviceId {
        path: PathBuf,
        source: Arc<io::Error>,
    },
}

/// This computer's history file in the usual data folder.
pub fn default_path() -> Result<PathBuf, Error> {
    own_path(&default_dir()?)
}

/// The usual data folder.
pub fn default_dir() -> Result<PathBuf, Error> {
    crate::store::data_dir().ok_or(Error::NoDataDir)
}

/// Adds `record` as one line at the end of the history at `path`, creating
/// it (and its folder) if needed, and waits until it is on disk.
pub fn append(path: &Path, record: &SessionRecord) -> Result<(), Error> {
    let failed = |e: io::Error| Error::Write {
        path: path.to_path_buf(),
        source: Arc::new(e),
    };
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        return Err(Error::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let mut line = serde_json::to_vec(record).map_err(|e| failed(io::Error::other(e)))?;
    line.push(b'\n');
    let created = !path.exists();
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(failed)?;
    }
    let mut file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(path)
        .map_err(failed)?;
    if !ends_with_newline(&mut file).map_err(failed)? {
        // A torn last line must not swallow this record.
        line.insert(0, b'\n');
    }
    // One write: with O_APPEND it lands whole at the end, after any line
    // another instance wrote meanwhile.
    let written = file.write(&line).map_err(failed)?;
    if written != line.len() {
        return Err(failed(io::Error::new(
            io::ErrorKind::WriteZero,
            "the disk took only part of the record",
        )));
    }
    file.sync_all().map_err(failed)?;
    if created && let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(failed)?;
    }
    Ok(())
}

/// Whether the file is empty or its last byte is a newline.
fn ends_with_newline(file: &mut std::fs::File) -> io::Result<bool> {
    let len = file.seek(SeekFrom::End(0))?;
    if len == 0 {
        return Ok(true);
    }
    let _ = file.seek(SeekFrom::End(-1))?;
    let mut last = [0u8];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}
