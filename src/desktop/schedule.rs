//! Running `posewise remind --due` on time without a daemon of our own: a
//! systemd user timer every 15 minutes, or, where there is no systemd user
//! manager, an XDG autostart entry that checks once at login.

use super::{APP_ID, Action, Error, PathProblem, exec_program};
use crate::core::t;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub const TIMER_UNIT: &str = "posewise-remind.timer";
pub const SERVICE_UNIT: &str = "posewise-remind.service";

/// The autostart entry's file name.
pub fn autostart_name() -> String {
    format!("{APP_ID}.Reminders.desktop")
}

/// How the reminder check is run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scheduling {
    /// By the systemd user timer, every 15 minutes.
    Timer,
    /// At login, by the autostart entry, because `reason`.
    AtLogin { reason: String },
}

impl Scheduling {
    /// One sentence for the person.
    pub fn describe(&self) -> String {
        match self {
            Scheduling::Timer => t!("schedule-timer"),
            Scheduling::AtLogin { reason } => t!("schedule-at-login", reason = reason.as_str()),
        }
    }
}

/// `systemctl --user`, or the program `POSEWISE_SYSTEMCTL` names (tests).
#[derive(Debug, Clone)]
pub struct Systemctl {
    program: OsString,
}

impl Systemctl {
    pub fn from_env() -> Systemctl {
        Systemctl {
            program: std::env::var_os("POSEWISE_SYSTEMCTL").unwrap_or_else(|| "systemctl".into()),
        }
    }

    pub fn with_program(program: impl Into<OsString>) -> Systemctl {
        Systemctl {
            program: program.into(),
        }
    }

    /// Runs `systemctl --user ARGS`; `Err` holds what it said.
    fn user(&self, args: &[&str]) -> Result<(), String> {
        let output = Command::new(&self.program)
            .arg("--user")
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run {}: {e}", self.program.to_string_lossy()))?;
        if output.status.success() {
            return Ok(());
        }
        let said = String::from_utf8_lossy(&output.stderr);
        let said = said.lines().next().unwrap_or("").trim();
        Err(format!(
            "systemctl --user {} failed{}",
            args.join(" "),
            if said.is_empty() {
                String::new()
            } else {
                format!(": {said}")
            }
        ))
    }

    /// Whether a systemd user manager answers.
    fn reachable(&self) -> Result<(), String> {
        self.user(&["show-environment"])
            .map_err(|e| format!("there is no systemd user manager ({e})"))
    }
}

/// Where a word goes: `ExecStart=` expands `$VARIABLES`, `Environment=`
/// does not.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expands {
    Variables,
    Nothing,
}

/// `text` as one word of a systemd command line or assignment: in double
/// quotes, with `\` and `"` escaped, `%` (specifiers) doubled, and `$`
/// doubled where variables expand.
fn systemd_word(text: &str, expands: Expands) -> String {
    let mut word = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' | '"' => {
                word.push('\\');
                word.push(c);
            }
            '%' => word.push_str("%%"),
            '$' if expands == Expands::Variables => word.push_str("$$"),
            _ => word.push(c),
        }
    }
    word.push('"');
    word
}

/// A path as text that can go into a unit or desktop file.
fn plain_path(path: &Path) -> Result<&str, Error> {
    let text = path.to_str().ok_or_else(|| Error::ExecPath {
        path: path.display().to_string(),
        reason: PathProblem::NotUtf8,
    })?;
    if text.chars().any(char::is_control) {
        return Err(Error::ExecPath {
            path: text.into(),
            reason: PathProblem::ControlCharacter,
        });
    }
    Ok(text)
}

/// The service the timer starts. A data folder given by
/// `POSEWISE_DATA_DIR` is passed on, so the check looks where the app does.
pub fn service_unit(exe: &Path, data_dir: Option<&Path>) -> Result<String, Error> {
    // Checks that it is absolute too.
    let _ = exec_program(exe)?;
    let mut unit = String::from(
        "[Unit]\n\
         Description=Posewise: show reminders of routines that are due\n\n\
         [Service]\n\
         Type=oneshot\n",
    );
    unit.push_str(&format!(
        "ExecStart={} remind --due\n",
        systemd_word(plain_path(exe)?, Expands::Variables)
    ));
    if let Some(dir) = data_dir {
        let assignment = format!("POSEWISE_DATA_DIR={}", plain_path(dir)?);
        let word = systemd_word(&assignment, Expands::Nothing);
        unit.push_str(&format!("Environment={word}\n"));
    }
    Ok(unit)
}

/// Every 15 minutes on the quarter hour, so an 18:00 reminder comes at
/// 18:00. A check missed while the computer slept is not made up: a late
/// slot is still due for an hour anyway.
pub const TIMER: &str = "[Unit]\n\
Description=Posewise: check every 15 minutes for routines that are due\n\n\
[Timer]\n\
OnCalendar=*:0/15\n\
AccuracySec=30s\n\n\
[Install]\n\
WantedBy=timers.target\n";

/// The login entry that runs the check once.
pub fn autostart_entry(exe: &Path, data_dir: Option<&Path>) -> Result<String, Error> {
    let program = exec_program(exe)?;
    let command = match data_dir {
        Some(dir) => {
            let assignment = PathBuf::from(format!("POSEWISE_DATA_DIR={}", plain_path(dir)?));
            // `exec_program` quotes as the spec asks; `env` is on every PATH.
            let quoted = exec_program(&Path::new("/").join(&assignment))?;
            let quoted = quoted.replacen("/POSEWISE_DATA_DIR", "POSEWISE_DATA_DIR", 1);
            format!("env {quoted} {program}")
        }
        None => program,
    };
    Ok(format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=Posewise reminders\n\
         Comment=Shows a reminder at login when a routine is due\n\
         Exec={command} remind --due\n\
         Icon={APP_ID}\n\
         NoDisplay=true\n\
         Terminal=false\n\
         X-GNOME-Autostart-enabled=true\n"
    ))
}

/// Where the files go under the configuration folder
/// (`$XDG_CONFIG_HOME`).
pub fn paths(config: &Path) -> [PathBuf; 3] {
    let units = config.join("systemd/user");
    [
        units.join(SERVICE_UNIT),
        units.join(TIMER_UNIT),
        config.join("autostart").join(autostart_name()),
    ]
}

/// Writes the timer and its service under `config`, then enables and
/// starts the timer when a systemd user manager runs; otherwise writes the
/// autostart entry instead. Returns how the check will run and the files
/// written.
pub fn schedule(
    config: &Path,
    exe: &Path,
    data_dir: Option<&Path>,
    systemctl: &Systemctl,
) -> Result<(Scheduling, Vec<PathBuf>), Error> {
    let [service, timer, autostart] = paths(config);
    super::install::write_whole(&service, service_unit(exe, data_dir)?.as_bytes())?;
    super::install::write_whole(&timer, TIMER.as_bytes())?;
    let mut written = vec![service, timer];
    let started = systemctl.reachable().and_then(|()| {
        systemctl.user(&["daemon-reload"])?;
        systemctl.user(&["enable", "--now", TIMER_UNIT])
    });
    let scheduling = match started {
        Ok(()) => {
            let _ = remove_if_there(&autostart)?;
            Scheduling::Timer
        }
        Err(reason) => {
            super::install::write_whole(&autostart, autostart_entry(exe, data_dir)?.as_bytes())?;
            written.push(autostart);
            Scheduling::AtLogin { reason }
        }
    };
    Ok((scheduling, written))
}

/// Stops and removes the timer, its service and the autostart entry.
/// Returns the files removed.
pub fn unschedule(config: &Path, systemctl: &Systemctl) -> Result<Vec<PathBuf>, Error> {
    if systemctl.reachable().is_ok() {
        // Not enabled is fine: the files go anyway.
        let _ = systemctl.user(&["disable", "--now", TIMER_UNIT]);
    }
    let mut removed = Vec::new();
    for path in paths(config) {
        if remove_if_there(&path)? {
            removed.push(path);
        }
    }
    if systemctl.reachable().is_ok() {
        let _ = systemctl.user(&["daemon-reload"]);
    }
    Ok(removed)
}

fn remove_if_there(path: &Path) -> Result<bool, Error> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(Error::io(Action::Remove, path, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// A systemctl that logs its arguments and succeeds (or fails).
    fn fake_systemctl(dir: &Path, works: bool) -> (Systemctl, PathBuf) {
        let log = dir.join("systemctl.log");
        let script = dir.join("systemctl");
        let status = if works { 0 } else { 1 };
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\necho \"$*\" >> '{}'\n[ {status} = 0 ] || echo 'Failed to connect to bus: No medium found' >&2\nexit {status}\n",
                log.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        (Systemctl::with_program(&script), log)
    }

    #[test]
    fn with_a_user_manager_the_timer_is_enabled_and_started() {
        let root = tempfile::tempdir().unwrap();
        let (systemctl, log) = fake_systemctl(root.path(), true);
        let config = root.path().join("config");
        let (how, written) =
            schedule(&config, Path::new("/usr/bin/posewise"), None, &systemctl).unwrap();
        assert_eq!(how, Scheduling::Timer);
        assert_eq!(written.len(), 2);
        let calls = std::fs::read_to_string(&log).unwrap();
        assert_eq!(
            calls,
            "--user show-environment\n--user daemon-reload\n--user enable --now posewise-remind.timer\n"
        );
        let service =
            std::fs::read_to_string(config.join("systemd/user/posewise-remind.service")).unwrap();
        assert!(
            service.contains("ExecStart=\"/usr/bin/posewise\" remind --due\n"),
            "{service}"
        );
        assert!(!config.join("autostart").join(autostart_name()).exists());

        let removed = unschedule(&config, &systemctl).unwrap();
        assert_eq!(removed, written);
        let calls = std::fs::read_to_string(&log).unwrap();
        assert!(
            calls.contains("--user disable --now posewise-remind.timer\n"),
            "{calls}"
        );
    }

    #[test]
    fn without_a_user_manager_the_check_runs_at_login() {
        let root = tempfile::tempdir().unwrap();
        let (systemctl, _) = fake_systemctl(root.path(), false);
        let config = root.path().join("config");
        let exe = Path::new("/opt/my apps/posewise");
        let (how, written) =
            schedule(&config, exe, Some(Path::new("/data/100% mine")), &systemctl).unwrap();
        let Scheduling::AtLogin { reason } = &how else {
            panic!("{how:?}");
        };
        assert!(reason.contains("no systemd user manager"), "{reason}");
        assert!(reason.contains("No medium found"), "{reason}");
        assert!(how.describe().contains("when you log in"));
        assert_eq!(written.len(), 3);
        let entry = std::fs::read_to_string(&written[2]).unwrap();
        assert!(
            entry.contains("Exec=env \"POSEWISE_DATA_DIR=/data/100%% mine\" \"/opt/my apps/posewise\" remind --due\n"),
            "{entry}"
        );
        let service = std::fs::read_to_string(&written[0]).unwrap();
        assert!(
            service.contains("ExecStart=\"/opt/my apps/posewise\" remind --due\n"),
            "{service}"
        );
        assert!(
            service.contains("Environment=\"POSEWISE_DATA_DIR=/data/100%% mine\"\n"),
            "{service}"
        );
        assert_eq!(unschedule(&config, &systemctl).unwrap(), written);
        assert!(unschedule(&config, &systemctl).unwrap().is_empty());
    }

    #[test]
    fn systemd_words_escape_quotes_specifiers_and_variables() {
        assert_eq!(
            systemd_word("/a b/\"x\"\\$HOME%n", Expands::Variables),
            "\"/a b/\\\"x\\\"\\\\$$HOME%%n\""
        );
        // Environment= expands no variables: a `$` stays as it is.
        assert_eq!(systemd_word("A=/d/$x%", Expands::Nothing), "\"A=/d/$x%%\"");
        assert!(
            service_unit(Path::new("posewise"), None).is_err(),
            "relative"
        );
        assert!(service_unit(Path::new("/x/a\nb"), None).is_err());
    }
}
