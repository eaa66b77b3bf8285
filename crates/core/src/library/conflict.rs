//! A sync engine's conflict copy of an own routine: when two computers
//! changed the same routine file, Syncthing keeps the other version as
//! `x.posewise.sync-conflict-20261206-120000-ABCDEFG.json`, Nextcloud as
//! `x.posewise (conflicted copy 2026-12-06 120000).json`, and some tools
//! as `x.posewise.json~`. The library shows it as what it is and lets the
//! person keep one version or both; nothing is deleted unasked.

use super::{Entry, Error, Library, Origin, SUFFIX};
use crate::routine::Routine;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The routine file `name` is a conflict copy of, if it is one.
pub fn original_of(name: &str) -> Option<String> {
    let original = if let Some(start) = name.find(".sync-conflict-") {
        let rest = &name[start + 1..];
        let end = rest.find('.').map_or(name.len(), |dot| start + 1 + dot);
        format!("{}{}", &name[..start], &name[end..])
    } else if let Some(start) = name
        .find(" (conflicted copy")
        .or_else(|| name.find(" (Conflicted copy"))
    {
        let end = name[start..].find(')').map(|close| start + close + 1)?;
        format!("{}{}", &name[..start], &name[end..])
    } else if name.ends_with('~') {
        name.trim_end_matches('~').to_owned()
    } else {
        return None;
    };
    (original.ends_with(SUFFIX) && original.len() > SUFFIX.len() && !original.contains('/'))
        .then_some(original)
}

/// The key of the routine an own entry's file is a conflict copy of.
pub(super) fn conflict_key(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy();
    original_of(&name).map(|original| format!("own/{original}"))
}

/// What to keep of a conflict copy and the routine it copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// The copy becomes the routine; the other version goes.
    Copy,
    /// The routine stays as it is; the copy goes.
    Original,
    /// Both stay, the copy as a routine of its own ("… (other computer)").
    Both,
}

impl Library {
    /// Settles the conflict copy `key` as the person chose; returns the
    /// file to read again (for `Original`, the copy that is gone).
    pub fn settle(&self, key: &str, keep: Keep, other_title: &str) -> Result<PathBuf, Error> {
        let entry = self.find(key)?;
        let (Origin::Own, Some(copy), Some(original_key)) =
            (&entry.origin, &entry.path, &entry.conflict_of)
        else {
            return Err(Error::NotFound { key: key.into() });
        };
        let original = self
            .dir
            .join(original_key.strip_prefix("own/").unwrap_or(original_key));
        let failed = |path: &Path, e: io::Error| Error::Delete {
            path: path.to_path_buf(),
            source: Arc::new(e),
        };
        match keep {
            Keep::Copy => {
                // Readable, or it would replace a routine with a broken file.
                let _ = readable_copy(entry)?;
                std::fs::rename(copy, &original).map_err(|e| failed(copy, e))?;
                Ok(original)
            }
            Keep::Original => {
                // Only when the other version is there to keep.
                let kept = self.get(original_key).and_then(|e| e.routine.as_ref().ok());
                if kept.is_none() || !original.is_file() {
                    return Err(Error::NotFound {
                        key: original_key.clone(),
                    });
                }
                std::fs::remove_file(copy).map_err(|e| failed(copy, e))?;
                Ok(copy.to_path_buf())
            }
            Keep::Both => {
                let mut routine = readable_copy(entry)?.clone();
                routine.title = other_title.to_owned();
                self.check_room()?;
                let path = self.free_path(&routine.title)?;
                routine.save(&path).map_err(Error::Save)?;
                std::fs::remove_file(copy).map_err(|e| failed(copy, e))?;
                Ok(path)
            }
        }
    }
}

fn readable_copy(entry: &Entry) -> Result<&Routine, Error> {
    entry.routine.as_ref().map_err(|message| Error::Broken {
        message: message.clone(),
        action: "kept",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_sync_engines_conflict_names_lead_back_to_the_routine() {
        let cases = [
            (
                "neck.posewise.sync-conflict-20261206-120000-ABCDEFG.json",
                Some("neck.posewise.json"),
            ),
            (
                "neck.posewise (conflicted copy 2026-12-06 120000).json",
                Some("neck.posewise.json"),
            ),
            (
                "neck (Conflicted copy 2026-12-06 120000).posewise.json",
                Some("neck.posewise.json"),
            ),
            ("neck.posewise.json~", Some("neck.posewise.json")),
            ("neck.posewise.json", None),
            ("notes.sync-conflict-20261206-120000-ABCDEFG.txt", None),
            (".posewise.json~", None),
            ("x (conflicted copy without end.posewise.json", None),
        ];
        for (name, original) in cases {
            assert_eq!(original_of(name).as_deref(), original, "{name}");
        }
    }
}
