//! Changing the library: duplicate, rename, delete and import. Only own
//! routines are changed; every new file gets a name no other file has.

use super::{Entry, Error, Library, MAX_OWN_FILES, MAX_SCANNED, Origin, SUFFIX};
use crate::catalogue::Catalogue;
use crate::routine::{self, Routine};
use crate::session::record::routine_id;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// Saved as a new own routine.
    Added { path: PathBuf, title: String },
    /// The same routine is in the library already.
    AlreadyThere {
        /// Its entry, when the library lists it.
        key: Option<String>,
        /// Its file; none for a routine that comes with Posewise.
        path: Option<PathBuf>,
        title: String,
    },
}

impl Imported {
    pub fn title(&self) -> &str {
        match self {
            Imported::Added { title, .. } | Imported::AlreadyThere { title, .. } => title,
        }
    }
}

/// Longest title `rename` accepts, and that `duplicate` makes.
pub const MAX_TITLE_CHARS: usize = 120;
/// Longest file name stem made from a title.
const MAX_SLUG_CHARS: usize = 60;
/// The library has at most this many titles, so one of these copy
/// numbers is always free.
const COPY_NUMBERS: usize = MAX_OWN_FILES + super::BUNDLED.len() + 1;

impl Library {
    /// Saves a copy of a routine, bundled or own, titled "<title> (copy)"
    /// (or "(copy 2)"… when that is taken), as a new own file.
    pub fn duplicate(&self, key: &str) -> Result<PathBuf, Error> {
        let entry = self.find(key)?;
        let mut routine = readable(entry, "duplicated")?.clone();
        self.check_room()?;
        let taken: Vec<&str> = self.entries.iter().map(|e| e.title.as_str()).collect();
        routine.title = copy_title(&routine.title, &taken);
        let path = self.free_path(&routine.title)?;
        routine.save(&path).map_err(Error::Save)?;
        Ok(path)
    }

    /// Saves `routine` as a new own file, named after its title.
    pub fn create(&self, routine: &Routine) -> Result<PathBuf, Error> {
        self.check_room()?;
        let path = self.free_path(&routine.title)?;
        routine.save(&path).map_err(Error::Save)?;
        Ok(path)
    }

    /// Saves `routine` over the own routine `key`.
    pub fn replace(&self, key: &str, routine: &Routine) -> Result<PathBuf, Error> {
        let (_, path) = self.own(key)?;
        routine.save(path).map_err(Error::Save)?;
        Ok(path.to_path_buf())
    }

    /// "<title> (copy)", or "(copy 2)"… when that title is taken.
    pub fn copy_title(&self, title: &str) -> String {
        let taken: Vec<&str> = self.entries.iter().map(|e| e.title.as_str()).collect();
        copy_title(title, &taken)
    }

    /// The key of the entry read from `path`, if the library has one.
    pub fn key_of(&self, path: &Path) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.path.as_deref() == Some(path))
            .map(|e| e.key.as_str())
    }

    /// Changes the title inside an own routine's file; the file keeps its
    /// name, and so the entry its key.
    pub fn rename(&self, key: &str, title: &str) -> Result<PathBuf, Error> {
        let title = check_title(title)?;
        let (entry, path) = self.own(key)?;
        let mut routine = readable(entry, "renamed")?.clone();
        routine.title = title.to_string();
        routine.save(path).map_err(Error::Save)?;
        Ok(path.to_path_buf())
    }

    /// Deletes an own routine's file. One already gone is not an error.
    pub fn delete(&self, key: &str) -> Result<(), Error> {
        let (_, path) = self.own(key)?;
        match std::fs::remove_file(path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(Error::Delete {
                path: path.to_path_buf(),
                source: Arc::new(e),
            }),
            _ => Ok(()),
        }
    }

    /// Checks the routine file at `from` and saves a copy of it among the
    /// own routines. A routine already in the library with the same
    /// content (one's own or one that comes with Posewise) is not copied
    /// again: the entry's key (or, for a file not yet listed, its path) is
    /// returned.
    pub fn import(&self, from: &Path, catalogue: &Catalogue) -> Result<Imported, Error> {
        if std::fs::metadata(from).is_ok_and(|m| !m.is_file()) {
            return Err(Error::Import(routine::Error::Read {
                path: from.display().to_string(),
                message: crate::t!("library-not-a-file"),
            }));
        }
        let routine = Routine::load(from, catalogue).map_err(Error::Import)?;
        let id = routine_id(&routine);
        let known = self
            .entries
            .iter()
            .find(|e| e.routine_id.as_deref() == Some(id.as_str()));
        if let Some(entry) = known {
            return Ok(Imported::AlreadyThere {
                key: Some(entry.key.clone()),
                path: entry.path.clone(),
                title: entry.title.clone(),
            });
        }
        let text = routine.to_json();
        // The library may be older than the folder, e.g. after an import.
        if let Some(path) = same_file_in(&self.dir, text.as_bytes()) {
            return Ok(Imported::AlreadyThere {
                key: None,
                path: Some(path),
                title: routine.title,
            });
        }
        self.check_room()?;
        let path = self.free_path(&routine.title)?;
        routine.save(&path).map_err(Error::Save)?;
        Ok(Imported::Added {
            path,
            title: routine.title,
        })
    }

    /// The entry `name` names: its key, its title (ignoring case) or its
    /// file name, with or without `.posewise.json`.
    pub fn find_named(&self, name: &str) -> Option<&Entry> {
        let name = name.trim();
        let stem = name.strip_suffix(SUFFIX).unwrap_or(name);
        self.get(name)
            .or_else(|| {
                self.entries
                    .iter()
                    .find(|e| e.title.eq_ignore_ascii_case(name))
            })
            .or_else(|| {
                self.entries.iter().find(|e| {
                    let key_stem = e.key.rsplit('/').next().unwrap_or_default();
                    key_stem.strip_suffix(SUFFIX).unwrap_or(key_stem) == stem
                })
            })
    }

    pub(super) fn find(&self, key: &str) -> Result<&Entry, Error> {
        self.get(key)
            .ok_or_else(|| Error::NotFound { key: key.into() })
    }

    /// An own entry and its file.
    fn own(&self, key: &str) -> Result<(&Entry, &Path), Error> {
        let entry = self.find(key)?;
        match (&entry.origin, &entry.path) {
            (Origin::Own, Some(path)) => Ok((entry, path)),
            _ => Err(Error::ReadOnly {
                title: entry.title.clone(),
            }),
        }
    }

    pub(super) fn check_room(&self) -> Result<(), Error> {
        let own = self.entries.iter().filter(|e| e.origin == Origin::Own);
        if own.count() >= MAX_OWN_FILES {
            return Err(Error::Full {
                dir: self.dir.clone(),
                limit: MAX_OWN_FILES,
            });
        }
        Ok(())
    }

    /// "<slug>.posewise.json", or "<slug>-2.posewise.json"… in `dir`,
    /// whichever no file has yet.
    pub(super) fn free_path(&self, title: &str) -> Result<PathBuf, Error> {
        let stem = slug(title);
        for n in 1..=MAX_SCANNED + 1 {
            let name = match n {
                1 => format!("{stem}{SUFFIX}"),
                n => format!("{stem}-{n}{SUFFIX}"),
            };
            let path = self.dir.join(name);
            if std::fs::symlink_metadata(&path).is_err_and(|e| e.kind() == io::ErrorKind::NotFound)
            {
                return Ok(path);
            }
        }
        Err(Error::NoFreeName {
            dir: self.dir.clone(),
            title: title.into(),
        })
    }
}

fn readable<'a>(entry: &'a Entry, action: &'static str) -> Result<&'a Routine, Error> {
    entry.routine.as_ref().map_err(|message| Error::Broken {
        message: message.clone(),
        action,
    })
}

/// The title trimmed, if it is one line of 1 to `MAX_TITLE_CHARS`.
fn check_title(title: &str) -> Result<&str, Error> {
    let title = title.trim();
    let problem = if title.is_empty() {
        crate::t!("title-empty")
    } else if title.chars().any(char::is_control) {
        crate::t!("title-line-break")
    } else if title.chars().nth(MAX_TITLE_CHARS).is_some() {
        let length = title.chars().count();
        crate::t!("title-too-long", length = length)
    } else {
        return Ok(title);
    };
    Err(Error::Title { problem })
}

/// "<title> (copy)", or "(copy 2)", "(copy 3)"… when taken. A copy of a
/// copy counts on from the original title.
pub(super) fn copy_title(title: &str, taken: &[&str]) -> String {
    let base = without_copy_suffix(title.trim());
    let mut candidate = String::new();
    for n in 1..=COPY_NUMBERS {
        let suffix = match n {
            1 => " (copy)".to_string(),
            n => format!(" (copy {n})"),
        };
        let room = MAX_TITLE_CHARS - suffix.chars().count();
        let start: String = base.chars().take(room).collect();
        candidate = format!("{}{suffix}", start.trim_end());
        if !taken.contains(&candidate.as_str()) {
            break;
        }
    }
    candidate
}

fn without_copy_suffix(title: &str) -> &str {
    if let Some(base) = title.strip_suffix(" (copy)") {
        return base;
    }
    let numbered = title.rfind(" (copy ").filter(|&at| {
        let inside = &title[at + " (copy ".len()..];
        inside
            .strip_suffix(')')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    });
    match numbered {
        Some(at) if at > 0 => &title[..at],
        _ => title,
    }
}

/// A file name stem for `title`: lower case letters and digits joined by
/// single hyphens, at most `MAX_SLUG_CHARS`; "routine" when none are left.
pub fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if slug.chars().count() >= MAX_SLUG_CHARS {
            break;
        }
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "routine".into()
    } else {
        slug.into()
    }
}

/// A routine file in `dir` holding exactly `bytes`. Only files of the
/// same size are read, and only the first `MAX_SCANNED` entries looked at.
fn same_file_in(dir: &Path, bytes: &[u8]) -> Option<PathBuf> {
    let listing = std::fs::read_dir(dir).ok()?;
    listing
        .take(MAX_SCANNED)
        .filter_map(Result::ok)
        .map(|item| item.path())
        .filter(|path| path.to_string_lossy().ends_with(SUFFIX))
        .filter(|path| {
            std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
        })
        .find(|path| same_content(path, bytes))
}

fn same_content(path: &Path, bytes: &[u8]) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut found = Vec::with_capacity(bytes.len());
    let read = file.take(bytes.len() as u64 + 1).read_to_end(&mut found);
    read.is_ok() && found == bytes
}
