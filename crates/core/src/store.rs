//! Where Posewise keeps its files, and writing them safely.

use std::fs::{self, File};
use std::io::{self, ErrorKind, Read, Write};
use std::path::{Path, PathBuf};

/// What `read_capped` found at a path.
#[derive(Debug, PartialEq, Eq)]
pub enum Capped {
    /// There is no file.
    Missing,
    /// Something is there, but not a plain file (a folder, a pipe): it is
    /// not opened, so a pipe cannot make the reader wait.
    NotAFile,
    /// The file has more than the limit: `size` bytes, or more.
    TooLarge {
        size: u64,
    },
    Bytes(Vec<u8>),
}

/// Reads a whole file of at most `limit` bytes. The size is checked before
/// anything is read, and again while reading, since a file can grow in
/// between: no more than `limit + 1` bytes are ever held.
pub fn read_capped(path: &Path, limit: u64) -> io::Result<Capped> {
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Capped::Missing),
        Err(e) => return Err(e),
    };
    if !metadata.is_file() {
        return Ok(Capped::NotAFile);
    }
    if metadata.len() > limit {
        return Ok(Capped::TooLarge {
            size: metadata.len(),
        });
    }
    let mut bytes = Vec::new();
    let _ = File::open(path)?
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Ok(Capped::TooLarge {
            size: bytes.len() as u64,
        });
    }
    Ok(Capped::Bytes(bytes))
}

/// The folder for sessions, history and checkpoints. `POSEWISE_DATA_DIR`
/// overrides it (tests and portable installs use that); else the folder
/// the person moved the data to (Settings → Data folder), else the usual
/// one.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("POSEWISE_DATA_DIR") {
        return Some(PathBuf::from(dir));
    }
    if let Some(chosen) = crate::data_folder::pointer_path()
        .as_deref()
        .and_then(crate::data_folder::chosen)
    {
        return Some(chosen);
    }
    usual_data_dir()
}

/// The data folder when nothing else is chosen: `~/.local/share/posewise`.
pub fn usual_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "posewise").map(|d| d.data_dir().to_path_buf())
}

/// Replaces `path` with `bytes` so that a crash at any moment leaves either
/// the old file or the new one, never a torn one: write a temporary file
/// beside it, fsync it, rename it over, then fsync the folder.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Named as sync engines name their own temporary files (Syncthing's
    // `~syncthing~*.tmp`, which Nextcloud's `~*.tmp` also leaves alone), so
    // a half-written file never travels to another computer.
    let temp = dir.join(format!("~syncthing~{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, path)?;
        File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capped_read_tells_missing_too_large_and_not_a_file_apart() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("f");
        assert_eq!(read_capped(&path, 4).expect("read"), Capped::Missing);
        fs::write(&path, b"1234").expect("write");
        assert_eq!(
            read_capped(&path, 4).expect("read"),
            Capped::Bytes(b"1234".to_vec())
        );
        assert_eq!(
            read_capped(&path, 3).expect("read"),
            Capped::TooLarge { size: 4 }
        );
        assert_eq!(read_capped(dir.path(), 4).expect("read"), Capped::NotAFile);
    }

    #[test]
    fn replaces_the_whole_file_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("nested/state.json");
        write_atomically(&path, b"first version, rather long").expect("write");
        write_atomically(&path, b"second").expect("write");
        assert_eq!(fs::read(&path).expect("read"), b"second");
        let names: Vec<_> = fs::read_dir(path.parent().expect("parent"))
            .expect("list")
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["state.json"]);
    }
}
