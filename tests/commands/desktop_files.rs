//! The desktop files (menu entry, AppStream metadata, routine MIME type)
//! checked by the real freedesktop tools, and `install-desktop --user` /
//! `uninstall-desktop --user` into temporary XDG folders, queried with
//! `xdg-mime`. A missing tool fails the test: `make test` installs them.

use posewise::desktop::{APP_ID, DESKTOP_FILE, DESKTOP_ID, MIME_TYPE, desktop_entry};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ASSETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/desktop");

/// The path of `program`, or a failure naming the package to install.
fn tool(program: &str, package: &str) -> PathBuf {
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(program))
            .find(|candidate| candidate.is_file())
    });
    found.unwrap_or_else(|| {
        panic!(
            "{program} is not installed: `make test` installs it (Debian package \
             {package}); or run `sudo apt-get install {package}`"
        )
    })
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn run(command: &mut Command) -> Output {
    let output = command.output().expect("the tool runs");
    assert!(
        output.status.success(),
        "{command:?} failed ({}):\n{}{}",
        output.status,
        text(&output.stdout),
        text(&output.stderr)
    );
    output
}

fn validate_desktop_file(path: &Path) {
    let validator = tool("desktop-file-validate", "desktop-file-utils");
    let out = run(Command::new(validator).arg(path));
    let said = text(&out.stdout) + &text(&out.stderr);
    assert!(
        !said.contains("error:") && !said.contains("warning:"),
        "{}: {said}",
        path.display()
    );
}

#[test]
fn the_desktop_file_passes_desktop_file_validate() {
    validate_desktop_file(&Path::new(ASSETS).join(DESKTOP_ID));
}

#[test]
fn installed_desktop_files_stay_valid_for_awkward_binary_paths() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join(DESKTOP_ID);
    for exe in ["/opt/my apps/posewise", "/x/a\"b$c`d\\e/100%/posewise"] {
        let entry = desktop_entry(DESKTOP_FILE, Path::new(exe)).expect("a usable path");
        std::fs::write(&file, entry).expect("written");
        validate_desktop_file(&file);
    }
}

#[test]
fn the_metainfo_passes_appstreamcli_validate() {
    let appstreamcli = tool("appstreamcli", "appstream");
    let path = Path::new(ASSETS).join(format!("{APP_ID}.metainfo.xml"));
    let _ = run(Command::new(appstreamcli)
        .args(["validate", "--no-net", "--explain"])
        .arg(&path));
    let xml = std::fs::read_to_string(&path).expect("readable");
    for picture in ["screenshot", "editor", "history"] {
        assert!(xml.contains(&format!("/docs/{picture}.png</image>")));
        let local = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("docs/{picture}.png"));
        assert!(local.is_file(), "{} is missing", local.display());
    }
}

#[test]
fn the_mime_xml_is_well_formed_and_maps_routine_files() {
    let xmllint = tool("xmllint", "libxml2-utils");
    let path = Path::new(ASSETS).join("posewise-mime.xml");
    let _ = run(Command::new(&xmllint).arg("--noout").arg(&path));
    let query = |xpath: &str| {
        let out = run(Command::new(&xmllint).args(["--xpath", xpath]).arg(&path));
        text(&out.stdout).trim().to_string()
    };
    let ns = "*[local-name()='mime-info']/*[local-name()='mime-type']";
    assert_eq!(query(&format!("string(/{ns}/@type)")), MIME_TYPE);
    assert_eq!(
        query(&format!("string(/{ns}/*[local-name()='glob']/@pattern)")),
        "*.posewise.json"
    );
    assert_eq!(
        query(&format!("string(/{ns}/*[local-name()='icon']/@name)")),
        "application-x-posewise-routine"
    );
}

/// A command with nothing from the outer session: temporary XDG folders,
/// and `X-Generic` so xdg-mime takes its generic (mimeapps.list,
/// shared-mime-info) path whatever desktop runs the tests.
fn sandboxed(program: impl AsRef<std::ffi::OsStr>, home: &Path) -> Command {
    let mut command = Command::new(program);
    let _ = command
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("LANG", "C.UTF-8")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_RUNTIME_DIR", home.join("run"))
        .env("XDG_DATA_DIRS", "/usr/share")
        .env("XDG_CONFIG_DIRS", home.join("etc-xdg"))
        .env("XDG_CURRENT_DESKTOP", "X-Generic");
    command
}

/// `systemd-analyze verify --user` on unit files: their syntax, and that
/// the program ExecStart names exists and can be run.
fn verify_units(home: &Path, units: &[&Path]) {
    let analyze = tool("systemd-analyze", "systemd");
    let runtime = home.join("run");
    std::fs::set_permissions(
        &runtime,
        std::os::unix::fs::PermissionsExt::from_mode(0o700),
    )
    .expect("runtime folder mode");
    let out = run(sandboxed(analyze, home)
        .args(["verify", "--user"])
        .args(units));
    let said = text(&out.stderr);
    assert!(said.trim().is_empty(), "systemd-analyze warned: {said}");
}

fn xdg_mime(home: &Path, args: &[&str]) -> String {
    let xdg_mime = tool("xdg-mime", "xdg-utils");
    let out = run(sandboxed(xdg_mime, home).args(args));
    text(&out.stdout).trim().to_string()
}

#[test]
fn install_desktop_user_makes_routine_files_open_in_posewise() {
    // xdg-mime's generic path needs these; check up front for a clear message.
    let _ = tool("mimetype", "libfile-mimeinfo-perl");
    let _ = tool("update-mime-database", "shared-mime-info");
    let _ = tool("update-desktop-database", "desktop-file-utils");
    let _ = tool("gtk-update-icon-cache", "gtk-update-icon-cache");
    let home = tempfile::tempdir().expect("temporary folder");
    let home = home.path();
    std::fs::create_dir_all(home.join("run")).expect("runtime folder");
    let bin = env!("CARGO_BIN_EXE_posewise");

    let out = run(sandboxed(bin, home).args(["install-desktop", "--user"]));
    let said = text(&out.stdout);
    assert!(said.contains("Ran update-mime-database."), "{said}");
    assert!(said.contains("Ran update-desktop-database."), "{said}");
    let data = home.join("data");
    let installed = data.join("applications").join(DESKTOP_ID);
    validate_desktop_file(&installed);
    let entry = std::fs::read_to_string(&installed).expect("installed");
    assert!(entry.contains(&format!("\nExec={bin} %f\n")), "{entry}");
    for size in ["48x48", "128x128", "256x256"] {
        assert!(
            data.join(format!("icons/hicolor/{size}/apps/{APP_ID}.png"))
                .is_file()
        );
    }

    // No systemd user manager in the sandbox: the check runs at login,
    // and the timer and its service are in place for when there is one.
    assert!(
        said.contains("Reminders are checked when you log in"),
        "{said}"
    );
    let units = home.join("config/systemd/user");
    let timer = units.join("posewise-remind.timer");
    let service = units.join("posewise-remind.service");
    let service_text = std::fs::read_to_string(&service).expect("service");
    assert!(
        service_text.contains(&format!("ExecStart=\"{bin}\" remind --due\n")),
        "{service_text}"
    );
    verify_units(home, &[&timer, &service]);
    let autostart = home
        .join("config/autostart")
        .join(format!("{APP_ID}.Reminders.desktop"));
    validate_desktop_file(&autostart);

    assert_eq!(xdg_mime(home, &["query", "default", MIME_TYPE]), DESKTOP_ID);
    let routines = home.join("routines");
    std::fs::create_dir_all(&routines).expect("folder");
    let file = routines.join("x.posewise.json");
    std::fs::write(&file, "{\"version\": 1}\n").expect("written");
    let file = file.to_string_lossy();
    assert_eq!(xdg_mime(home, &["query", "filetype", &file]), MIME_TYPE);

    let out = run(sandboxed(bin, home).args(["uninstall-desktop", "--user"]));
    assert!(text(&out.stdout).contains("Removed from"));
    assert!(text(&out.stdout).contains("Removed the reminder check:"));
    for file in [&timer, &service, &autostart] {
        assert!(!file.exists(), "{} is still there", file.display());
    }
    for file in posewise::desktop::asset_paths() {
        assert!(
            !data.join(&file).exists(),
            "{} is still there",
            file.display()
        );
    }
    let list = std::fs::read_to_string(home.join("config/mimeapps.list")).expect("kept");
    assert!(!list.contains(DESKTOP_ID), "{list}");
    assert_eq!(xdg_mime(home, &["query", "default", MIME_TYPE]), "");
    assert_ne!(xdg_mime(home, &["query", "filetype", &file]), MIME_TYPE);
}

#[test]
fn the_window_uses_the_app_id() {
    let source = include_str!("../../src/ui/mod.rs");
    assert!(source.contains("application_id: crate::desktop::APP_ID"));
    assert_eq!(DESKTOP_ID, format!("{APP_ID}.desktop"));
}
