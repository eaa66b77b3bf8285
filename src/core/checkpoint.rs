//! The checkpoint of a running session, so that a crash or kill loses at
//! most the current segment: written atomically at each segment change and
//! on pause, removed when the session finishes or is stopped.

use crate::core::routine::Routine;
use crate::core::store::write_atomically;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const FORMAT: &str = "posewise-checkpoint";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    pub format: String,
    pub version: u32,
    /// The routine itself, so a resume works even if its file moved.
    pub routine: Routine,
    /// Where the routine was loaded from, if from a file.
    pub source: Option<PathBuf>,
    pub countdown: u64,
    pub segment: usize,
    pub position_ms: u64,
    pub active_ms: u64,
    pub started_at: chrono::DateTime<chrono::Local>,
    pub saved_at: chrono::DateTime<chrono::Local>,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("{path}: cannot save the session checkpoint: {source}")]
    Write {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("{path}: cannot read the session checkpoint: {source}")]
    Read {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("{path}:{line}:{column}: the session checkpoint is damaged: {message}")]
    Damaged {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

impl Checkpoint {
    pub fn new(routine: Routine, source: Option<PathBuf>, countdown: u64) -> Checkpoint {
        let now = chrono::Local::now();
        Checkpoint {
            format: FORMAT.into(),
            version: 1,
            routine,
            source,
            countdown,
            segment: 0,
            position_ms: 0,
            active_ms: 0,
            started_at: now,
            saved_at: now,
        }
    }

    /// The usual place: `checkpoint.json` in the data folder.
    pub fn default_path() -> Option<PathBuf> {
        crate::core::store::data_dir().map(|d| d.join("checkpoint.json"))
    }

    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let text = serde_json::to_string_pretty(self).unwrap_or_default();
        write_atomically(path, text.as_bytes()).map_err(|e| Error::Write {
            path: path.to_path_buf(),
            source: Arc::new(e),
        })
    }

    /// The checkpoint at `path`, or `None` when there is none.
    pub fn load(path: &Path) -> Result<Option<Checkpoint>, Error> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(Error::Read {
                    path: path.to_path_buf(),
                    source: Arc::new(e),
                });
            }
        };
        let checkpoint: Checkpoint = serde_json::from_str(&text).map_err(|e| Error::Damaged {
            path: path.to_path_buf(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        if checkpoint.format != FORMAT {
            return Err(Error::Damaged {
                path: path.to_path_buf(),
                line: 1,
                column: 1,
                message: format!("'format' is not \"{FORMAT}\""),
            });
        }
        Ok(Some(checkpoint))
    }

    /// Deletes the checkpoint; a missing one is fine.
    pub fn remove(path: &Path) -> Result<(), Error> {
        match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::Write {
                path: path.to_path_buf(),
                source: Arc::new(e),
            }),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalogue::Catalogue;

    fn routine() -> Routine {
        let json = r#"{"format":"posewise-routine","version":1,"title":"t","steps":[{"pose":"balasana"}]}"#;
        Routine::parse(json.as_bytes(), "t", Catalogue::builtin()).expect("valid")
    }

    #[test]
    fn saves_loads_and_removes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("checkpoint.json");
        assert_eq!(Checkpoint::load(&path).ok(), Some(None));
        let mut checkpoint = Checkpoint::new(routine(), None, 3);
        checkpoint.segment = 1;
        checkpoint.position_ms = 7_500;
        checkpoint.save(&path).expect("save");
        assert_eq!(Checkpoint::load(&path).ok(), Some(Some(checkpoint)));
        Checkpoint::remove(&path).expect("remove");
        Checkpoint::remove(&path).expect("removing twice is fine");
        assert_eq!(Checkpoint::load(&path).ok(), Some(None));
    }

    #[test]
    fn a_damaged_checkpoint_is_a_located_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("checkpoint.json");
        std::fs::write(&path, "{\n  \"format\": \"posewise-checkpoint\",\n  oops").expect("write");
        let error = Checkpoint::load(&path).expect_err("damaged");
        assert!(
            error.to_string().contains("checkpoint.json:3:3:"),
            "{error}"
        );
    }
}
