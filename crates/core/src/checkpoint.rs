//! The checkpoint of a running session, so that a crash or kill loses at
//! most the current segment: written atomically at each segment change and
//! on pause, removed when the session finishes or is stopped.
//!
//! A checkpoint on disk is hostile input like any other file: `load` checks
//! it as closely as a routine file and hands back only one that is safe to
//! resume; `discard` throws one away without reading it.

mod read;
#[cfg(test)]
mod tests;

use crate::catalogue::Catalogue;
use crate::location::Problem;
use crate::routine::{MAX_SESSION_MS, Routine};
use crate::store::write_atomically;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const FORMAT: &str = "posewise-checkpoint";
pub const VERSION: u32 = 1;
/// The checkpoint's file name in this computer's own folder.
pub const FILE_NAME: &str = "checkpoint.json";
/// Largest checkpoint read: a routine file's limit (1 MiB) with room for
/// its indentation and the session fields around it.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// Most countdown beeps a session can have (`--countdown` takes 0..=10).
pub const MAX_COUNTDOWN: u64 = 10;
/// Most active time a checkpoint may claim. Going back makes it longer than
/// the session, but not by a whole day.
pub const MAX_ACTIVE_MS: u64 = 4 * MAX_SESSION_MS;
/// How much of a checkpoint `discard` reads to find the routine's title.
const TITLE_PEEK_BYTES: u64 = 16 * 1024;
/// Longest title `discard` prints.
const MAX_TITLE_CHARS: usize = 80;
/// Most routine problems kept in an error.
const MAX_PROBLEMS: usize = 20;
/// The way out of a checkpoint that cannot be used.
fn discard_hint() -> String {
    crate::t!("checkpoint-discard")
}

/// A checkpoint as written. There is no `Deserialize`: `load` is the only
/// way in, so that every checkpoint read has been checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Checkpoint {
    pub format: String,
    pub version: u32,
    /// The routine itself, so a resume works even if its file moved.
    pub routine: Routine,
    /// Where the routine was loaded from, if from a file.
    pub source: Option<PathBuf>,
    pub countdown: u64,
    /// Steps the patient made easier ("this hurts"): the session runs
    /// their holds a third shorter (`session::easier`).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub easier: BTreeSet<usize>,
    pub segment: usize,
    pub position_ms: u64,
    pub active_ms: u64,
    pub started_at: chrono::DateTime<chrono::Local>,
    pub saved_at: chrono::DateTime<chrono::Local>,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("{}: {}", .path.display(), crate::t!("problem-error", message = crate::t!("checkpoint-cannot-save", error = source.to_string())))]
    Write {
        path: PathBuf,
        source: Arc<io::Error>,
    },
    #[error("{}: {}", .path.display(), crate::t!("problem-error", message = crate::t!("checkpoint-cannot-delete", error = source.to_string())))]
    Remove {
        path: PathBuf,
        source: Arc<io::Error>,
    },
    #[error("{}: {}", .path.display(), crate::t!("problem-error", message = crate::t!("checkpoint-cannot-read", error = source.to_string(), discard = discard_hint())))]
    Read {
        path: PathBuf,
        source: Arc<io::Error>,
    },
    #[error("{}:{line}:{column}: {}", .path.display(), crate::t!("problem-error", message = crate::t!("checkpoint-damaged", reason = message.as_str(), discard = discard_hint())))]
    Damaged {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}:{line}:{column}: {}", .path.display(), crate::t!("problem-error", message = crate::t!("checkpoint-newer", version = *version)))]
    Newer {
        path: PathBuf,
        line: usize,
        column: usize,
        version: u64,
    },
    /// The routine inside the checkpoint fails validation; the problems
    /// are located in the checkpoint file.
    #[error("{}", routine_problems(.path, .problems, *.more))]
    Routine {
        path: PathBuf,
        problems: Vec<Problem>,
        /// Problems left out of `problems`.
        more: usize,
    },
}

fn routine_problems(path: &Path, problems: &[Problem], more: usize) -> String {
    let mut lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    if more > 0 {
        lines.push(crate::t!("problem-more", count = more));
    }
    lines.push(format!(
        "{}: {}",
        path.display(),
        crate::t!(
            "problem-error",
            message = crate::t!("checkpoint-routine-invalid", discard = discard_hint())
        )
    ));
    lines.join("\n")
}

/// What `Checkpoint::discard` threw away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discarded {
    /// The routine's title, when it could be read cheaply.
    pub title: Option<String>,
}

impl Checkpoint {
    pub fn new(routine: Routine, source: Option<PathBuf>, countdown: u64) -> Checkpoint {
        let now = chrono::Local::now();
        Checkpoint {
            format: FORMAT.into(),
            version: VERSION,
            routine,
            source,
            countdown,
            easier: BTreeSet::new(),
            segment: 0,
            position_ms: 0,
            active_ms: 0,
            started_at: now,
            saved_at: now,
        }
    }

    /// The usual place: `checkpoint.json` in this computer's own folder,
    /// so a synced data folder never offers another computer's session.
    pub fn default_path() -> Option<PathBuf> {
        crate::store::data_dir().map(|d| Checkpoint::path_in(&d))
    }

    /// Where the checkpoint of this computer is kept for `data_dir`.
    pub fn path_in(data_dir: &Path) -> PathBuf {
        crate::device::state_dir(data_dir).join(FILE_NAME)
    }

    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let text = serde_json::to_string_pretty(self).unwrap_or_default();
        write_atomically(path, text.as_bytes()).map_err(|e| Error::Write {
            path: path.to_path_buf(),
            source: Arc::new(e),
        })
    }

    /// The checkpoint at `path`, or `None` when there is none.
    ///
    /// Only a checkpoint that is safe to resume comes back: at most
    /// `MAX_FILE_BYTES`, format and version checked, its routine valid by
    /// the same rules as a routine file (checked against `catalogue`), the
    /// countdown clamped to `MAX_COUNTDOWN`, and its position inside the
    /// session. Every error names the file, line and column, and the way
    /// out.
    pub fn load(path: &Path, catalogue: &Catalogue) -> Result<Option<Checkpoint>, Error> {
        let Some(bytes) = read::limited(path)? else {
            return Ok(None);
        };
        read::checkpoint(path, &bytes, catalogue).map(Some)
    }

    /// Deletes the checkpoint; a missing one is fine.
    pub fn remove(path: &Path) -> Result<(), Error> {
        match std::fs::remove_file(path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(Error::Remove {
                path: path.to_path_buf(),
                source: Arc::new(e),
            }),
            _ => Ok(()),
        }
    }

    /// Deletes the checkpoint without parsing it, so that a damaged one can
    /// always be thrown away. `None` when there was none.
    pub fn discard(path: &Path) -> Result<Option<Discarded>, Error> {
        let title = peek_title(path);
        match std::fs::remove_file(path) {
            Ok(()) => Ok(Some(Discarded { title })),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::Remove {
                path: path.to_path_buf(),
                source: Arc::new(e),
            }),
        }
    }
}

/// The routine title near the start of a checkpoint (`save` writes the
/// routine's format, version and title first), read from its first few
/// KiB; `None` if it is not there, not a plain string, or holds control
/// characters.
fn peek_title(path: &Path) -> Option<String> {
    // Opening a FIFO would wait for a writer: only plain files are read.
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let mut head = Vec::new();
    let file = std::fs::File::open(path).ok()?;
    let _ = file.take(TITLE_PEEK_BYTES).read_to_end(&mut head).ok()?;
    let text = match std::str::from_utf8(&head) {
        Ok(text) => text,
        Err(error) => std::str::from_utf8(&head[..error.valid_up_to()]).ok()?,
    };
    let after_key = &text[text.find("\"title\"")? + "\"title\"".len()..];
    let value = after_key.trim_start().strip_prefix(':')?.trim_start();
    let mut json = serde_json::Deserializer::from_str(value);
    let title = String::deserialize(&mut json).ok()?;
    let title = title.trim();
    if title.is_empty() || title.chars().any(char::is_control) {
        return None;
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        let cut: String = title.chars().take(MAX_TITLE_CHARS - 1).collect();
        return Some(format!("{cut}…"));
    }
    Some(title.to_string())
}
