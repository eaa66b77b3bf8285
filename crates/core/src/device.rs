//! This computer's own corner, for a data folder that a sync engine
//! (Syncthing, Nextcloud) keeps the same on several computers: a random
//! device id, made once, names this computer's history file; and a folder
//! outside the synced one holds what must not travel (the checkpoint of a
//! running session).

use crate::store::{Capped, read_capped, write_atomically};
use std::io;
use std::path::{Path, PathBuf};

/// The folder inside the data folder used for this computer's own files
/// when there is no state folder of its own (a data folder chosen with
/// `POSEWISE_DATA_DIR`, as tests and portable installs do). A sync engine
/// should be told to leave it alone; the README says how.
pub const LOCAL_DIR: &str = ".posewise-this-computer";
pub const ID_FILE: &str = "device-id";
/// Characters of a device id: 64 random bits in hex.
const ID_CHARS: usize = 16;

/// The folder for this computer's own files: `POSEWISE_STATE_DIR`, else
/// the XDG state folder when `data_dir` is the usual data folder, else
/// `LOCAL_DIR` inside `data_dir`.
pub fn state_dir(data_dir: &Path) -> PathBuf {
    if let Some(dir) = std::env::var_os("POSEWISE_STATE_DIR") {
        return PathBuf::from(dir);
    }
    let usual = std::env::var_os("POSEWISE_DATA_DIR").is_none()
        && crate::store::data_dir().is_some_and(|usual| usual == data_dir);
    let xdg = directories::ProjectDirs::from("", "", "posewise")
        .and_then(|dirs| dirs.state_dir().map(Path::to_path_buf));
    match (usual, xdg) {
        (true, Some(state)) => state,
        _ => data_dir.join(LOCAL_DIR),
    }
}

/// This computer's id, from `state_dir`; made and kept the first time. A
/// file that does not hold an id (damaged, or written by hand) is replaced
/// by a new id: the id only names files, and a new name loses nothing.
pub fn id(state_dir: &Path) -> io::Result<String> {
    let path = state_dir.join(ID_FILE);
    if let Capped::Bytes(bytes) = read_capped(&path, 256)? {
        let text = String::from_utf8_lossy(&bytes);
        let id = text.trim();
        if is_id(id) {
            return Ok(id.to_owned());
        }
    }
    let id = new_id()?;
    write_atomically(&path, format!("{id}\n").as_bytes())?;
    Ok(id)
}

/// Whether `text` can be a device id (and so a file name).
pub fn is_id(text: &str) -> bool {
    (1..=64).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn new_id() -> io::Result<String> {
    use std::io::Read;
    let mut bytes = [0u8; ID_CHARS / 2];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_is_made_once_and_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = id(dir.path()).expect("made");
        assert_eq!(first.len(), ID_CHARS);
        assert!(is_id(&first));
        assert_eq!(id(dir.path()).expect("read"), first);
        let other = tempfile::tempdir().expect("temp dir");
        assert_ne!(
            id(other.path()).expect("made"),
            first,
            "random per computer"
        );
    }

    #[test]
    fn a_damaged_id_file_is_replaced_not_used_as_a_file_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        for bad in ["../../etc/passwd", "", "UPPER", &"a".repeat(300)] {
            std::fs::write(dir.path().join(ID_FILE), bad).expect("write");
            let made = id(dir.path()).expect("replaced");
            assert!(is_id(&made) && made != bad, "{bad:?}");
        }
    }
}
