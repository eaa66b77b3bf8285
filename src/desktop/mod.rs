//! Desktop integration: the menu entry, icons, AppStream metadata and the
//! routine file type, embedded in the binary and installed under an XDG data
//! directory. No windowing code: the CLI (`posewise install-desktop`) and the
//! tests drive it.

mod database;
mod entry;
mod install;
mod mimeapps;
mod schedule;

pub use database::{Tool, ToolOutcome, tools, update_databases};
pub use entry::{desktop_entry, exec_program};
pub use install::{Dirs, Installed, Scope, Uninstalled, install, uninstall};
pub use mimeapps::{with_default, without_default};
pub use schedule::{
    SERVICE_UNIT, Scheduling, Systemctl, TIMER, TIMER_UNIT, autostart_entry, autostart_name,
    schedule, service_unit, unschedule,
};

use crate::core::t;
use std::path::PathBuf;
use std::sync::Arc;

/// The one application id: desktop file, AppStream id, icon name, and the
/// window's Wayland `app_id` / X11 `WM_CLASS`.
pub const APP_ID: &str = "io.github.posewise.Posewise";

/// The desktop file's name (`APP_ID` + `.desktop`).
pub const DESKTOP_ID: &str = "io.github.posewise.Posewise.desktop";

/// The MIME type of routine files (`*.posewise.json`).
pub const MIME_TYPE: &str = "application/x-posewise-routine";

/// The icon name of routine files (the MIME type with `/` as `-`).
pub const MIME_ICON: &str = "application-x-posewise-routine";

/// The `.desktop` file as shipped (`Exec=posewise %f`).
pub const DESKTOP_FILE: &str =
    include_str!("../../assets/desktop/io.github.posewise.Posewise.desktop");

/// The AppStream metadata.
pub const METAINFO: &str =
    include_str!("../../assets/desktop/io.github.posewise.Posewise.metainfo.xml");

/// The shared-mime-info package mapping `*.posewise.json` to [`MIME_TYPE`].
pub const MIME_XML: &str = include_str!("../../assets/desktop/posewise-mime.xml");

/// Why installing or removing the desktop files failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    /// Neither `XDG_DATA_HOME` nor `HOME` is set (or they are relative).
    #[error("{}", t!("desktop-no-home"))]
    NoHome,
    /// The program's own path cannot go into an `Exec=` line.
    #[error("{}", t!("desktop-unusable-path", path = path.as_str(), reason = reason.said()))]
    ExecPath {
        /// The path, shown lossily.
        path: String,
        /// What is wrong with it.
        reason: PathProblem,
    },
    /// A file or folder could not be written, read or removed.
    #[error("{}", action.said(path, source))]
    Io {
        /// What could not be done.
        action: Action,
        /// The file concerned.
        path: PathBuf,
        /// The cause.
        source: Arc<std::io::Error>,
    },
}

impl Error {
    /// True when the cause is missing permission (e.g. `--system` without
    /// sudo).
    pub fn is_permission_denied(&self) -> bool {
        matches!(self, Error::Io { source, .. }
            if source.kind() == std::io::ErrorKind::PermissionDenied)
    }

    fn io(action: Action, path: &std::path::Path, source: std::io::Error) -> Error {
        Error::Io {
            action,
            path: path.to_path_buf(),
            source: Arc::new(source),
        }
    }
}

/// Why a path cannot go into a menu entry or a unit file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathProblem {
    NotUtf8,
    NotAbsolute,
    ControlCharacter,
}

impl PathProblem {
    fn said(self) -> String {
        match self {
            PathProblem::NotUtf8 => t!("desktop-path-not-utf8"),
            PathProblem::NotAbsolute => t!("desktop-path-not-absolute"),
            PathProblem::ControlCharacter => t!("desktop-path-control-character"),
        }
    }
}

/// What was being done to a file or folder when it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Create,
    Write,
    Read,
    Remove,
}

impl Action {
    fn said(self, path: &std::path::Path, source: &std::io::Error) -> String {
        let path = path.display().to_string();
        let error = source.to_string();
        match self {
            Action::Create => t!("desktop-cannot-create", path = path, error = error),
            Action::Write => t!("desktop-cannot-write", path = path, error = error),
            Action::Read => t!("desktop-cannot-read", path = path, error = error),
            Action::Remove => t!("desktop-cannot-remove", path = path, error = error),
        }
    }
}

/// One file to install: where it goes under the data directory, and its
/// bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    /// Relative to the data directory, e.g. `applications/<id>.desktop`.
    pub path: PathBuf,
    /// The contents.
    pub bytes: Vec<u8>,
}

const APP_ICONS: [(u32, &[u8]); 3] = [
    (48, include_bytes!("../../assets/icon/posewise-48.png")),
    (128, include_bytes!("../../assets/icon/posewise-128.png")),
    (256, include_bytes!("../../assets/icon/posewise-256.png")),
];
const APP_SVG: &[u8] = include_bytes!("../../assets/icon/posewise.svg");
const MIME_ICONS: [(u32, &[u8]); 3] = [
    (
        48,
        include_bytes!("../../assets/icon/application-x-posewise-routine-48.png"),
    ),
    (
        128,
        include_bytes!("../../assets/icon/application-x-posewise-routine-128.png"),
    ),
    (
        256,
        include_bytes!("../../assets/icon/application-x-posewise-routine-256.png"),
    ),
];
const MIME_SVG: &[u8] = include_bytes!("../../assets/icon/application-x-posewise-routine.svg");

/// What goes in a file: the shipped bytes, or the desktop entry (made for
/// the running binary).
enum Content {
    Shipped(&'static [u8]),
    DesktopEntry,
}

fn catalogue() -> Vec<(String, Content)> {
    use Content::{DesktopEntry, Shipped};
    let mut files = vec![
        (format!("applications/{DESKTOP_ID}"), DesktopEntry),
        (
            format!("metainfo/{APP_ID}.metainfo.xml"),
            Shipped(METAINFO.as_bytes()),
        ),
        (
            format!("mime/packages/{APP_ID}.xml"),
            Shipped(MIME_XML.as_bytes()),
        ),
        (
            format!("icons/hicolor/scalable/apps/{APP_ID}.svg"),
            Shipped(APP_SVG),
        ),
        (
            format!("icons/hicolor/scalable/mimetypes/{MIME_ICON}.svg"),
            Shipped(MIME_SVG),
        ),
    ];
    for (size, bytes) in APP_ICONS {
        let path = format!("icons/hicolor/{size}x{size}/apps/{APP_ID}.png");
        files.push((path, Shipped(bytes)));
    }
    for (size, bytes) in MIME_ICONS {
        let path = format!("icons/hicolor/{size}x{size}/mimetypes/{MIME_ICON}.png");
        files.push((path, Shipped(bytes)));
    }
    files
}

/// Where each installed file goes, relative to the data directory.
pub fn asset_paths() -> Vec<PathBuf> {
    catalogue()
        .into_iter()
        .map(|(path, _)| PathBuf::from(path))
        .collect()
}

/// Every file `install-desktop` writes, with `Exec=` pointing at `exe`.
pub fn assets(exe: &std::path::Path) -> Result<Vec<Asset>, Error> {
    let entry = desktop_entry(DESKTOP_FILE, exe)?;
    Ok(catalogue()
        .into_iter()
        .map(|(path, content)| Asset {
            path: PathBuf::from(path),
            bytes: match content {
                Content::Shipped(bytes) => bytes.to_vec(),
                Content::DesktopEntry => entry.as_bytes().to_vec(),
            },
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_files_use_the_one_app_id() {
        assert!(DESKTOP_FILE.contains(&format!("\nIcon={APP_ID}\n")));
        assert!(DESKTOP_FILE.contains(&format!("\nStartupWMClass={APP_ID}\n")));
        assert!(DESKTOP_FILE.contains(&format!("\nMimeType={MIME_TYPE};\n")));
        assert!(METAINFO.contains(&format!("<id>{APP_ID}</id>")));
        assert!(METAINFO.contains(&format!(">{DESKTOP_ID}</launchable>")));
        assert!(MIME_XML.contains(&format!("type=\"{MIME_TYPE}\"")));
        assert!(MIME_XML.contains(&format!("<icon name=\"{MIME_ICON}\"/>")));
    }

    #[test]
    fn assets_cover_every_icon_size_and_stay_small() {
        let files = assets(std::path::Path::new("/usr/bin/posewise")).unwrap();
        assert_eq!(files.len(), 11);
        let total: usize = files.iter().map(|f| f.bytes.len()).sum();
        assert!(total < 100_000, "{total} bytes");
        assert!(files.iter().all(|f| f.path.is_relative()));
        let paths: Vec<_> = files.into_iter().map(|f| f.path).collect();
        assert_eq!(paths, asset_paths());
    }
}
