//! The routines a person can pick: the ones that come with Posewise, then
//! their own `*.posewise.json` files in the data folder's `routines/`.
//!
//! The folder is hostile input like any file: at most `MAX_OWN_FILES` are
//! read, each through `Routine::load` and its size limit. A file that
//! cannot be read is still listed, with its error, so that the person can
//! see what is wrong and delete it.

pub mod conflict;
mod edit;
#[cfg(test)]
mod tests;

pub use edit::{Imported, MAX_TITLE_CHARS, slug};

use crate::catalogue::Catalogue;
use crate::routine::{self, Routine};
use crate::session::record::routine_id;
use crate::store::data_dir;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

pub const DIR_NAME: &str = "routines";
pub const SUFFIX: &str = ".posewise.json";
/// Most own routine files listed.
pub const MAX_OWN_FILES: usize = 500;
/// Most folder entries looked at, routine files or not.
pub const MAX_SCANNED: usize = 10 * MAX_OWN_FILES;

/// The routines that come with Posewise, in the order they are listed.
const BUNDLED: [(&str, &str); 3] = [
    (
        "back-spasm-relief",
        include_str!("../../../routines/back-spasm-relief.posewise.json"),
    ),
    (
        "gentle-back-yoga",
        include_str!("../../../routines/gentle-back-yoga.posewise.json"),
    ),
    (
        "breathing-reset",
        include_str!("../../../routines/breathing-reset.posewise.json"),
    ),
];

/// A routine's title as shown: a bundled routine's in the person's
/// language (found by its id, so a copy someone changed keeps its own),
/// any other as written.
pub fn shown_title(id: &str, title: &str) -> String {
    match bundled_name(id) {
        Some(name) => crate::i18n::or_english(&format!("routine-{name}-title"), title),
        None => title.to_owned(),
    }
}

/// The name of the bundled routine with `id`, if it is one.
fn bundled_name(id: &str) -> Option<&'static str> {
    static IDS: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    let ids = IDS.get_or_init(|| {
        BUNDLED
            .iter()
            .filter_map(|(name, text)| {
                let routine = Routine::parse(text.as_bytes(), name, Catalogue::english()).ok()?;
                Some((routine_id(&routine), *name))
            })
            .collect()
    });
    ids.iter()
        .find(|(bundled, _)| bundled == id)
        .map(|(_, name)| *name)
}

/// `shown_title` of a routine.
pub fn title_of(routine: &Routine) -> String {
    shown_title(&routine_id(routine), &routine.title)
}

/// A routine's notes as shown: a bundled routine's in the language.
pub fn notes_of(routine: &Routine) -> Option<String> {
    let notes = routine.notes.as_deref()?;
    let id = routine_id(routine);
    Some(match bundled_name(&id) {
        Some(name) => crate::i18n::or_english(&format!("routine-{name}-notes"), notes),
        None => notes.to_owned(),
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Bundled,
    Own,
}

/// One routine in the list.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Stable: "bundled/<name>" or "own/<file name>".
    pub key: String,
    pub origin: Origin,
    /// `None` for bundled routines.
    pub path: Option<PathBuf>,
    /// The routine's title, or the file name when it cannot be read.
    pub title: String,
    /// `Err` holds the located error text (`file:line:column: …`).
    pub routine: Result<Routine, String>,
    pub routine_id: Option<String>,
    /// 0 when the routine cannot be read.
    pub duration_ms: u64,
    /// For a sync engine's conflict copy: the key of the routine it copies.
    pub conflict_of: Option<String>,
}

impl Entry {
    fn new(
        key: String,
        origin: Origin,
        path: Option<PathBuf>,
        fallback_title: String,
        routine: Result<Routine, String>,
        catalogue: &Catalogue,
    ) -> Entry {
        let (title, routine_id, duration_ms) = match &routine {
            Ok(r) => (
                r.title.clone(),
                Some(routine_id(r)),
                r.duration_ms(catalogue),
            ),
            Err(_) => (fallback_title, None, 0),
        };
        Entry {
            key,
            origin,
            path,
            title,
            routine,
            routine_id,
            duration_ms,
            conflict_of: None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Library {
    pub dir: PathBuf,
    pub entries: Vec<Entry>,
    /// Things to tell the person, e.g. files left out.
    pub notices: Vec<String>,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("{}", crate::t!("problem-error", message = crate::t!("library-not-found", key = key.as_str())))]
    NotFound { key: String },
    #[error("{}", crate::t!("problem-error", message = crate::t!("library-read-only", title = title.as_str())))]
    ReadOnly { title: String },
    #[error("{message}\n{}", crate::t!("problem-error", message = crate::t!("library-broken", action = *action)))]
    Broken {
        message: String,
        action: &'static str,
    },
    #[error("{}", crate::t!("problem-error", message = crate::t!("library-title", most = MAX_TITLE_CHARS, problem = problem.as_str())))]
    Title { problem: String },
    #[error("{}\n{}", .0, crate::t!("library-not-imported"))]
    Import(routine::Error),
    #[error("{0}")]
    Save(routine::Error),
    #[error("{}: {}", .path.display(), crate::t!("problem-error", message = crate::t!("library-cannot-delete", error = source.to_string())))]
    Delete {
        path: PathBuf,
        source: Arc<io::Error>,
    },
    #[error("{}: {}", .dir.display(), crate::t!("problem-error", message = crate::t!("library-full", limit = *limit)))]
    Full { dir: PathBuf, limit: usize },
    #[error("{}: {}", .dir.display(), crate::t!("problem-error", message = crate::t!("library-no-free-name", title = title.as_str())))]
    NoFreeName { dir: PathBuf, title: String },
}

impl Library {
    /// `routines/` in the data folder.
    pub fn default_dir() -> Option<PathBuf> {
        data_dir().map(|dir| dir.join(DIR_NAME))
    }

    /// The bundled routines first, in a fixed order, then the own ones in
    /// `dir` sorted by title. A missing folder has no own routines.
    pub fn load(dir: &Path, catalogue: &Catalogue) -> Library {
        let mut entries: Vec<Entry> = BUNDLED
            .iter()
            .map(|(name, text)| bundled(name, text, catalogue))
            .collect();
        let (paths, notices) = own_files(dir);
        let mut own: Vec<Entry> = paths.into_iter().map(|p| own(p, catalogue)).collect();
        own.sort_by_cached_key(|e| (title_order(&e.title), e.key.clone()));
        entries.extend(own);
        Library {
            dir: dir.to_path_buf(),
            entries,
            notices,
        }
    }

    /// After a change to the own file at `path` (written, renamed into or
    /// deleted): reads that one file again, or drops its entry when it is
    /// gone, keeping the order `load` gives, instead of reading the whole
    /// folder again.
    pub fn refresh(&mut self, path: &Path, catalogue: &Catalogue) {
        self.entries.retain(|e| e.path.as_deref() != Some(path));
        if !path.is_file() {
            return;
        }
        let own_count = self
            .entries
            .iter()
            .filter(|e| e.origin == Origin::Own)
            .count();
        if own_count >= MAX_OWN_FILES {
            return;
        }
        self.entries.push(own(path.to_path_buf(), catalogue));
        let first_own = self
            .entries
            .iter()
            .position(|e| e.origin == Origin::Own)
            .unwrap_or(self.entries.len());
        self.entries[first_own..].sort_by_cached_key(|e| (title_order(&e.title), e.key.clone()));
    }

    /// The readable routines that change by week.
    pub fn programmes(&self) -> Vec<Routine> {
        self.entries
            .iter()
            .filter(|entry| entry.conflict_of.is_none())
            .filter_map(|entry| entry.routine.as_ref().ok())
            .filter(|routine| routine.changes_by_week())
            .cloned()
            .collect()
    }

    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }

    /// The one entry with `key` ("bundled/<name>" or "own/<file name>"),
    /// reading only its file: for `posewise remind`, which must not read the
    /// whole library. A key naming anything outside `dir` has no entry.
    pub fn load_entry(dir: &Path, key: &str, catalogue: &Catalogue) -> Option<Entry> {
        if let Some(name) = key.strip_prefix("bundled/") {
            let (name, text) = BUNDLED.iter().find(|(n, _)| *n == name)?;
            return Some(bundled(name, text, catalogue));
        }
        let name = key.strip_prefix("own/")?;
        let plain = !name.is_empty()
            && name.ends_with(SUFFIX)
            && !name.contains(['/', '\\'])
            && !name.starts_with('.');
        let path = dir.join(name);
        (plain && path.is_file()).then(|| own(path, catalogue))
    }
}

fn bundled(name: &str, text: &str, catalogue: &Catalogue) -> Entry {
    let file = format!("{name}{SUFFIX}");
    let routine = Routine::parse(text.as_bytes(), &file, catalogue).map_err(|p| p.to_string());
    let mut entry = Entry::new(
        format!("bundled/{name}"),
        Origin::Bundled,
        None,
        file,
        routine,
        catalogue,
    );
    // Shown in the person's language; the routine itself (and so its id in
    // the history) stays as written.
    entry.title = crate::i18n::or_english(&format!("routine-{name}-title"), &entry.title);
    entry
}

fn own(path: PathBuf, catalogue: &Catalogue) -> Entry {
    let name = file_name(&path);
    let routine = Routine::load(&path, catalogue).map_err(|e| e.to_string());
    let conflict_of = conflict::conflict_key(&path);
    Entry {
        conflict_of,
        ..Entry::new(
            format!("own/{name}"),
            Origin::Own,
            Some(path),
            name,
            routine,
            catalogue,
        )
    }
}

/// Sorts titles by their words, ignoring case and punctuation, numbers by
/// value: "Neck (copy)", "Neck (copy 2)", "Neck (copy 10)".
fn title_order(title: &str) -> Vec<(usize, String)> {
    let lower = title.to_lowercase();
    let words = lower.split(|c: char| !c.is_alphanumeric());
    let words = words.filter(|w| !w.is_empty()).map(|word| {
        if word.bytes().all(|b| b.is_ascii_digit()) {
            let digits = word.trim_start_matches('0');
            (digits.len(), digits.to_string())
        } else {
            // After every number.
            (usize::MAX, word.to_string())
        }
    });
    words.collect()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The routine files in `dir`, by file name: at most `MAX_OWN_FILES`,
/// from the first `MAX_SCANNED` entries of the folder.
fn own_files(dir: &Path) -> (Vec<PathBuf>, Vec<String>) {
    let mut notices = Vec::new();
    let listing = match std::fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return (Vec::new(), notices),
        Err(e) => {
            notices.push(format!(
                "{}: your routines could not be listed ({e}); check that the \
                 folder can be read",
                dir.display()
            ));
            return (Vec::new(), notices);
        }
    };
    let mut scanned = 0;
    let mut paths = Vec::new();
    for item in listing {
        scanned += 1;
        if scanned > MAX_SCANNED {
            notices.push(format!(
                "{}: the folder has more than {MAX_SCANNED} entries; Posewise \
                 looked only at the first {MAX_SCANNED}: move other files out \
                 of it",
                dir.display()
            ));
            break;
        }
        let Ok(item) = item else { continue };
        let path = item.path();
        // A folder or a device with a routine's name is not a routine;
        // opening a pipe would block.
        let name = file_name(&path);
        let routine_file = name.ends_with(SUFFIX) || conflict::original_of(&name).is_some();
        if routine_file && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    if paths.len() > MAX_OWN_FILES {
        notices.push(format!(
            "{}: there are {} routine files, more than the {MAX_OWN_FILES} \
             Posewise lists; the rest (by file name) were left out: move some \
             out of the folder",
            dir.display(),
            paths.len()
        ));
        paths.truncate(MAX_OWN_FILES);
    }
    (paths, notices)
}
