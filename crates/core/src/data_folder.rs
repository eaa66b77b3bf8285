//! Choosing where the data lives: a pointer file in this computer's
//! config folder names the data folder once the person has moved it (to a
//! synced folder, say), and moving copies everything, checks the copy, and
//! only then switches. The old folder is left as it was.

use crate::history;
use crate::library::conflict::original_of;
use crate::store::{Capped, read_capped, write_atomically};
use std::collections::HashSet;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// The pointer's file name in the config folder.
pub const POINTER_FILE: &str = "data-folder";
/// Most files copied in one move: a library, the histories, settings.
pub const MAX_FILES: usize = 2_000;
/// Largest file copied: a history's own limit.
const MAX_FILE_BYTES: u64 = history::MAX_FILE_BYTES;
/// Most names tried for a file that differs from one already there.
const MAX_NAMES: usize = 100;
const MAX_POINTER_BYTES: u64 = 4096;

/// Where this computer records the chosen data folder:
/// `~/.config/posewise/data-folder`.
pub fn pointer_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "posewise")
        .map(|dirs| dirs.config_dir().join(POINTER_FILE))
}

/// The folder the pointer at `pointer` names, if it names a usable one
/// (an absolute path, one line of text).
pub fn chosen(pointer: &Path) -> Option<PathBuf> {
    let Ok(Capped::Bytes(bytes)) = read_capped(pointer, MAX_POINTER_BYTES) else {
        return None;
    };
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
    let path = PathBuf::from(std::ffi::OsStr::from_bytes(bytes));
    (path.is_absolute() && path.is_dir()).then_some(path)
}

/// What a move did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Moved {
    /// Files copied into the new folder.
    pub copied: usize,
    /// Files the new folder already had the same.
    pub same: usize,
    /// Routines the new folder had in another version: ours is beside it
    /// as a conflict copy, to settle on the Routines page.
    pub conflicts: usize,
    /// Sessions in the new folder, ours and those it had.
    pub sessions: usize,
    /// The new folder, as the pointer names it (links resolved).
    pub folder: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", crate::t!("move-inside", from = .from.display().to_string()))]
    Inside { from: PathBuf },
    #[error("{}: {}", .path.display(), crate::t!("move-failed", error = .source.to_string()))]
    Io { path: PathBuf, source: io::Error },
    #[error("{}", crate::t!("move-too-many", most = MAX_FILES))]
    TooMany,
    #[error("{}", crate::t!("move-check-failed", missing = *.missing))]
    Check { missing: usize },
}

/// Copies the data folder `from` into `to` (made if missing), merging with
/// Posewise data already there, then checks that every session and every
/// file of `from` is in `to`, and only then points `pointer` at `to`.
/// This computer's own folder inside `from` is not copied, and nothing in
/// `from` is changed.
pub fn move_to(from: &Path, to: &Path, pointer: &Path) -> Result<Moved, Error> {
    let io_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    std::fs::create_dir_all(to).map_err(io_error(to))?;
    let (from_real, to_real) = (
        from.canonicalize().unwrap_or_else(|_| from.to_path_buf()),
        to.canonicalize().map_err(io_error(to))?,
    );
    if to_real.starts_with(&from_real) || from_real.starts_with(&to_real) {
        return Err(Error::Inside {
            from: from.to_path_buf(),
        });
    }
    let files = files_in(from)?;
    let mut moved = Moved::default();
    for relative in &files {
        let source = from.join(relative);
        let bytes = read_file(&source)?;
        let target = target_for(to, relative, &bytes, &mut moved)?;
        if let Some(target) = target {
            write_atomically(&target, &bytes).map_err(io_error(&target))?;
            moved.copied += 1;
        }
    }
    // The check: every session here is there.
    let here = history::load_all(from).map_err(|e| Error::Io {
        path: from.to_path_buf(),
        source: io::Error::other(e.to_string()),
    })?;
    let there = history::load_all(to).map_err(|e| Error::Io {
        path: to.to_path_buf(),
        source: io::Error::other(e.to_string()),
    })?;
    let ids: HashSet<&str> = there.records.iter().map(|r| r.id.as_str()).collect();
    let missing = here
        .records
        .iter()
        .filter(|r| !ids.contains(r.id.as_str()))
        .count();
    if missing > 0 {
        return Err(Error::Check { missing });
    }
    moved.sessions = there.records.len();
    let mut line = to_real.as_os_str().as_bytes().to_vec();
    line.push(b'\n');
    write_atomically(pointer, &line).map_err(io_error(pointer))?;
    moved.folder = to_real;
    Ok(moved)
}

/// Where `relative` goes in `to`: its own place, or beside a different
/// version as a conflict copy (a routine) or under a new name (a history);
/// `None` when the same file is already there, or when the settings there
/// are kept.
fn target_for(
    to: &Path,
    relative: &Path,
    bytes: &[u8],
    moved: &mut Moved,
) -> Result<Option<PathBuf>, Error> {
    // The old single history goes in as a file of its own, so it never
    // mixes with the new folder's.
    let target = match relative == Path::new(history::FILE_NAME) {
        true => to.join(history::DIR_NAME).join("moved-history.jsonl"),
        false => to.join(relative),
    };
    match existing(&target)? {
        None => Ok(Some(target)),
        Some(there) if there == bytes => {
            moved.same += 1;
            Ok(None)
        }
        Some(_) => {
            let name = relative
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let parent = target.parent().unwrap_or(to).to_path_buf();
            let routine = name.ends_with(crate::library::SUFFIX);
            if !routine && !name.ends_with(".jsonl") {
                // Settings and the like: the folder's own are kept.
                return Ok(None);
            }
            // A free name beside it: never over a file already there (an
            // earlier move's, another computer's).
            for n in 1..=MAX_NAMES {
                let tag = match n {
                    1 => "moved-here".to_owned(),
                    n => format!("moved-here-{n}"),
                };
                let beside = match routine {
                    true => {
                        let stem = name.trim_end_matches(".json");
                        let copy = format!("{stem}.sync-conflict-{tag}.json");
                        debug_assert!(original_of(&copy).is_some());
                        parent.join(copy)
                    }
                    false => {
                        parent.join(format!("{}-{tag}.jsonl", name.trim_end_matches(".jsonl")))
                    }
                };
                match existing(&beside)? {
                    None => {
                        moved.conflicts += usize::from(routine);
                        return Ok(Some(beside));
                    }
                    // Moved here before: nothing new.
                    Some(there) if there == bytes => {
                        moved.same += 1;
                        return Ok(None);
                    }
                    Some(_) => {}
                }
            }
            Err(Error::Io {
                path: target,
                source: io::Error::other("no free name beside it"),
            })
        }
    }
}

/// The file at `path` within the size limit, never blocking on a pipe.
fn read_file(path: &Path) -> Result<Vec<u8>, Error> {
    match existing(path)? {
        Some(bytes) => Ok(bytes),
        None => Err(Error::Io {
            path: path.to_path_buf(),
            source: io::Error::from(io::ErrorKind::NotFound),
        }),
    }
}

/// What a file already there holds, or `None` when there is none.
fn existing(path: &Path) -> Result<Option<Vec<u8>>, Error> {
    let failed = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    match read_capped(path, MAX_FILE_BYTES).map_err(failed)? {
        Capped::Missing => Ok(None),
        Capped::Bytes(bytes) => Ok(Some(bytes)),
        Capped::NotAFile => Err(failed(io::Error::other("not a plain file"))),
        Capped::TooLarge { size } => Err(failed(io::Error::other(format!(
            "{size} bytes, more than {MAX_FILE_BYTES}"
        )))),
    }
}

/// Every file under `from`, relative, except this computer's own folder;
/// counted before any is copied.
fn files_in(from: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    let mut folders = vec![PathBuf::new()];
    let mut visited = 0;
    while let Some(folder) = folders.pop() {
        visited += 1;
        let path = from.join(&folder);
        let listing = match std::fs::read_dir(&path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            other => other.map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?,
        };
        for entry in listing {
            let entry = entry.map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            let name = entry.file_name();
            if name == crate::device::LOCAL_DIR || name.to_string_lossy().starts_with("~syncthing~")
            {
                continue;
            }
            let kind = entry.file_type().map_err(|source| Error::Io {
                path: entry.path(),
                source,
            })?;
            if kind.is_dir() {
                folders.push(folder.join(&name));
            } else if kind.is_file() {
                files.push(folder.join(&name));
            }
            if files.len() + folders.len() + visited > MAX_FILES {
                return Err(Error::TooMany);
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{append, tests::record};

    #[test]
    fn a_move_copies_checks_merges_and_only_then_switches() {
        let root = tempfile::tempdir().expect("temp dir");
        let (from, to) = (root.path().join("old"), root.path().join("synced"));
        let pointer = root.path().join("config").join(POINTER_FILE);
        // Here: an old single history, this computer's file, two routines,
        // settings, and this computer's own folder.
        append(
            &from.join(history::FILE_NAME),
            &record("2026-03-01T08:00:00+01:00", None),
        )
        .expect("append");
        append(
            &from.join("history/aaaa.jsonl"),
            &record("2026-03-02T08:00:00+01:00", None),
        )
        .expect("append");
        std::fs::create_dir_all(from.join("routines")).expect("routines");
        std::fs::write(from.join("routines/neck.posewise.json"), "mine").expect("write");
        std::fs::write(from.join("routines/hips.posewise.json"), "same").expect("write");
        std::fs::write(from.join("settings.json"), "{\"volume\": 0.2}").expect("write");
        std::fs::create_dir_all(from.join(crate::device::LOCAL_DIR)).expect("own");
        std::fs::write(
            from.join(crate::device::LOCAL_DIR).join("checkpoint.json"),
            "{}",
        )
        .expect("write");
        // There (another computer's synced folder): its own history, its
        // version of one routine, the same other routine, its settings.
        append(
            &to.join("history/bbbb.jsonl"),
            &record("2026-03-03T08:00:00+01:00", None),
        )
        .expect("append");
        append(
            &to.join(history::FILE_NAME),
            &record("2026-02-01T08:00:00+01:00", None),
        )
        .expect("append");
        std::fs::create_dir_all(to.join("routines")).expect("routines");
        std::fs::write(to.join("routines/neck.posewise.json"), "theirs").expect("write");
        std::fs::write(to.join("routines/hips.posewise.json"), "same").expect("write");
        std::fs::write(to.join("settings.json"), "{\"volume\": 0.9}").expect("write");

        let moved = move_to(&from, &to, &pointer).expect("moved");
        assert_eq!(moved.sessions, 4, "both folders' sessions: {moved:?}");
        assert_eq!(moved.conflicts, 1);
        assert_eq!(chosen(&pointer), to.canonicalize().ok(), "switched");
        let read = |p: &str| std::fs::read_to_string(to.join(p)).expect(p);
        assert_eq!(read("routines/neck.posewise.json"), "theirs");
        assert_eq!(
            read("routines/neck.posewise.sync-conflict-moved-here.json"),
            "mine"
        );
        assert_eq!(
            read("settings.json"),
            "{\"volume\": 0.9}",
            "the folder's settings kept"
        );
        assert!(
            !to.join(crate::device::LOCAL_DIR).exists(),
            "this computer's own stays"
        );
        assert!(
            from.join("routines/neck.posewise.json").exists(),
            "the old folder is kept"
        );
        // Moving again changes nothing.
        let again = move_to(&from, &to, &pointer).expect("again");
        assert_eq!((again.copied, again.sessions), (0, 4), "{again:?}");
        // A third version never replaces the copy an earlier move left.
        std::fs::write(from.join("routines/neck.posewise.json"), "mine again").expect("write");
        let third = move_to(&from, &to, &pointer).expect("third");
        assert_eq!(third.conflicts, 1);
        assert_eq!(
            read("routines/neck.posewise.sync-conflict-moved-here.json"),
            "mine"
        );
        assert_eq!(
            read("routines/neck.posewise.sync-conflict-moved-here-2.json"),
            "mine again"
        );
    }

    #[test]
    fn a_folder_inside_the_data_folder_is_refused_before_anything_is_copied() {
        let root = tempfile::tempdir().expect("temp dir");
        let pointer = root.path().join(POINTER_FILE);
        std::fs::write(root.path().join("settings.json"), "{}").expect("write");
        let error =
            move_to(root.path(), &root.path().join("inner"), &pointer).expect_err("refused");
        assert!(matches!(error, Error::Inside { .. }), "{error}");
        assert!(!pointer.exists());
        assert_eq!(chosen(&root.path().join("nothing")), None);
        std::fs::write(&pointer, "relative/path\n").expect("write");
        assert_eq!(chosen(&pointer), None, "only an absolute path");
    }
}
