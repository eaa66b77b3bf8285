//! Writing and removing the desktop files under a data directory, and the
//! default-application entry in `mimeapps.list`.

use super::{Action, Asset, DESKTOP_ID, Error, MIME_TYPE, mimeapps};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Who the installation is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The current user: `$XDG_DATA_HOME` (default `~/.local/share`).
    User,
    /// Everyone: `/usr/local/share`.
    System,
}

/// Where the files go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    /// The XDG data directory (`applications/`, `icons/`, `mime/` …).
    pub data: PathBuf,
    /// The folder of the `mimeapps.list` that makes Posewise the default
    /// for routine files; `None` system-wide, where each user keeps their
    /// own default and the desktop database lists Posewise as a handler.
    pub config: Option<PathBuf>,
}

/// An absolute path from the variable `name`, or `home` joined with
/// `fallback` (the XDG Base Directory rules: relative values are ignored).
fn xdg_dir(
    var: &impl Fn(&str) -> Option<OsString>,
    name: &str,
    fallback: &str,
) -> Result<PathBuf, Error> {
    if let Some(dir) = var(name).map(PathBuf::from).filter(|d| d.is_absolute()) {
        return Ok(dir);
    }
    let home = var("HOME")
        .map(PathBuf::from)
        .filter(|h| h.is_absolute())
        .ok_or(Error::NoHome)?;
    Ok(home.join(fallback))
}

impl Dirs {
    /// The directories for `scope`, reading variables through `var`
    /// (`std::env::var_os` outside tests).
    pub fn for_scope(scope: Scope, var: impl Fn(&str) -> Option<OsString>) -> Result<Dirs, Error> {
        match scope {
            Scope::System => Ok(Dirs {
                data: PathBuf::from("/usr/local/share"),
                config: None,
            }),
            Scope::User => Ok(Dirs {
                data: xdg_dir(&var, "XDG_DATA_HOME", ".local/share")?,
                config: Some(xdg_dir(&var, "XDG_CONFIG_HOME", ".config")?),
            }),
        }
    }

    fn mimeapps(&self) -> Option<PathBuf> {
        self.config.as_ref().map(|dir| dir.join("mimeapps.list"))
    }
}

/// What `install` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installed {
    /// Every file written, absolute.
    pub files: Vec<PathBuf>,
    /// The `mimeapps.list` now naming Posewise as the default, if any.
    pub default_in: Option<PathBuf>,
}

/// What `uninstall` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uninstalled {
    /// Files removed.
    pub removed: Vec<PathBuf>,
    /// Files that were already gone.
    pub missing: Vec<PathBuf>,
    /// The `mimeapps.list` Posewise's default was taken out of, if any.
    pub default_from: Option<PathBuf>,
}

/// Writes a file whole: to a sibling temporary file, then renamed over.
pub(super) fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(Action::Create, parent, e))?;
    }
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".posewise-new");
    let temporary = PathBuf::from(temporary);
    std::fs::write(&temporary, bytes).map_err(|e| Error::io(Action::Write, &temporary, e))?;
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        Error::io(Action::Write, path, e)
    })
}

fn read_or_empty(path: &Path) -> Result<String, Error> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(Error::io(Action::Read, path, e)),
    }
}

/// Writes `assets` under `dirs.data` and makes Posewise the default for
/// routine files in the user's `mimeapps.list`.
pub fn install(dirs: &Dirs, assets: &[Asset]) -> Result<Installed, Error> {
    let mut files = Vec::with_capacity(assets.len());
    for asset in assets {
        let path = dirs.data.join(&asset.path);
        write_whole(&path, &asset.bytes)?;
        files.push(path);
    }
    let default_in = match dirs.mimeapps() {
        Some(list) => {
            let text = read_or_empty(&list)?;
            let new = mimeapps::with_default(&text, MIME_TYPE, DESKTOP_ID);
            write_whole(&list, new.as_bytes())?;
            Some(list)
        }
        None => None,
    };
    Ok(Installed { files, default_in })
}

/// Removes the files at `paths` (relative to `dirs.data`) and Posewise's
/// default from the user's `mimeapps.list`; folders are left in place.
pub fn uninstall(dirs: &Dirs, paths: &[PathBuf]) -> Result<Uninstalled, Error> {
    let mut removed = Vec::new();
    let mut missing = Vec::new();
    for relative in paths {
        let path = dirs.data.join(relative);
        match std::fs::remove_file(&path) {
            Ok(()) => removed.push(path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => missing.push(path),
            Err(e) => return Err(Error::io(Action::Remove, &path, e)),
        }
    }
    let mut default_from = None;
    if let Some(list) = dirs.mimeapps() {
        let text = read_or_empty(&list)?;
        if let Some(new) = mimeapps::without_default(&text, MIME_TYPE, DESKTOP_ID) {
            write_whole(&list, new.as_bytes())?;
            default_from = Some(list);
        }
    }
    Ok(Uninstalled {
        removed,
        missing,
        default_from,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn user_dirs_follow_xdg_and_fall_back_to_home() {
        let dirs = Dirs::for_scope(Scope::User, vars(&[("HOME", "/home/p")])).unwrap();
        assert_eq!(dirs.data, PathBuf::from("/home/p/.local/share"));
        assert_eq!(dirs.config, Some(PathBuf::from("/home/p/.config")));
        let dirs = Dirs::for_scope(
            Scope::User,
            vars(&[
                ("HOME", "/h"),
                ("XDG_DATA_HOME", "/d"),
                ("XDG_CONFIG_HOME", "rel"),
            ]),
        )
        .unwrap();
        assert_eq!(dirs.data, PathBuf::from("/d"));
        assert_eq!(dirs.config, Some(PathBuf::from("/h/.config")));
        assert!(Dirs::for_scope(Scope::User, vars(&[])).is_err());
    }

    #[test]
    fn system_dirs_are_usr_local_share_without_a_default() {
        let dirs = Dirs::for_scope(Scope::System, vars(&[])).unwrap();
        assert_eq!(dirs.data, PathBuf::from("/usr/local/share"));
        assert_eq!(dirs.config, None);
    }

    #[test]
    fn uninstall_removes_exactly_what_install_wrote() {
        let root = tempfile::tempdir().unwrap();
        let dirs = Dirs {
            data: root.path().join("data"),
            config: Some(root.path().join("config")),
        };
        let assets = super::super::assets(Path::new("/usr/bin/posewise")).unwrap();
        let installed = install(&dirs, &assets).unwrap();
        assert_eq!(installed.files.len(), assets.len());
        assert!(installed.files.iter().all(|f| f.is_file()));

        let paths: Vec<PathBuf> = assets.iter().map(|a| a.path.clone()).collect();
        let gone = uninstall(&dirs, &paths).unwrap();
        assert_eq!(gone.removed, installed.files);
        assert!(gone.missing.is_empty());
        assert!(gone.default_from.is_some());
        let list = std::fs::read_to_string(root.path().join("config/mimeapps.list")).unwrap();
        assert!(!list.contains(DESKTOP_ID), "{list}");
    }
}
