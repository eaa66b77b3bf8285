//! `posewise remind --due`: the reminders a systemd user timer (or a login
//! autostart entry) asks for. Run, announce what is due as desktop
//! notifications, wait a while for the answer, exit: no process stays
//! behind. Nothing here opens a window or a sound device.

mod decide;
mod notify;

pub use decide::{Due, due_now};
pub use notify::{Answer, Notifier};

use crate::core::reminder::{State, snoozed_until};
use crate::core::store::data_dir;
use crate::core::t;
use chrono::{DateTime, FixedOffset, Local, Timelike};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The longest wait for the person's answer.
pub const MAX_WAIT: Duration = Duration::from_secs(600);

/// What `remind` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// The moment to judge by (tests set it; otherwise the clock).
    pub now: Option<DateTime<FixedOffset>>,
    /// How long to wait for answers, at most [`MAX_WAIT`].
    pub wait: Duration,
}

/// What happened, for `--verbose` and the tests.
#[derive(Debug, Default)]
pub struct Report {
    pub lines: Vec<String>,
}

impl Report {
    fn say(&mut self, line: impl Into<String>) {
        self.lines.push(line.into());
    }
}

/// Checks and announces the due reminders, then waits for the answers.
/// Never fails: every problem is a line in the report.
pub fn run(options: &Options) -> Report {
    let mut report = Report::default();
    let Some(dir) = data_dir() else {
        report.say(t!("remind-no-data-folder"));
        return report;
    };
    let now = options
        .now
        .map_or_else(Local::now, |now| now.with_timezone(&Local));
    let lock = match Lock::take(&dir) {
        Ok(lock) => lock,
        Err(e) => {
            report.say(e);
            return report;
        }
    };
    let due = due_now(&dir, &now, &mut report);
    if due.is_empty() {
        report.say(t!("remind-nothing-due"));
        return report;
    }

    let mut notifier = match Notifier::connect() {
        Ok(notifier) => notifier,
        Err(e) => {
            report.say(t!("remind-cannot-notify", error = e.to_string()));
            return report;
        }
    };
    let state_path = State::path_in(&dir);
    let mut sent = Vec::new();
    for item in due {
        match notifier.announce(&item) {
            Ok(id) => {
                report.say(t!(
                    "remind-announced",
                    title = item.title.as_str(),
                    time = item.slot.time.to_string(),
                    id = id
                ));
                let mut state = load_state(&state_path, &mut report);
                state.announced(&item.slot.key, item.slot.at);
                save_state(&state, &state_path, now.fixed_offset(), &mut report);
                sent.push((id, item));
            }
            Err(e) => report.say(t!("remind-notification-failed", error = e.to_string())),
        }
    }
    drop(lock);
    let wait = options.wait.min(MAX_WAIT);
    for (id, answer) in notifier.answers(sent.iter().map(|(id, _)| *id).collect(), wait) {
        let Some((_, item)) = sent.iter().find(|(sent_id, _)| *sent_id == id) else {
            continue;
        };
        match answer {
            Answer::Start => match start(&item.target) {
                Ok(()) => report.say(t!("remind-started", title = item.title.as_str())),
                Err(e) => report.say(t!(
                    "remind-cannot-start",
                    title = item.title.as_str(),
                    error = e.to_string()
                )),
            },
            Answer::Later => {
                let _lock = Lock::take(&dir);
                let moment = Local::now().fixed_offset().max(now.fixed_offset());
                let later = snoozed_until(moment.with_nanosecond(0).unwrap_or(moment));
                let mut state = load_state(&state_path, &mut report);
                state.snoozed(&item.slot.key, item.slot.at, later);
                save_state(&state, &state_path, now.fixed_offset(), &mut report);
                report.say(t!(
                    "remind-comes-back",
                    title = item.title.as_str(),
                    time = later.format("%H:%M").to_string()
                ));
            }
            Answer::Closed => report.say(t!("remind-dismissed", title = item.title.as_str())),
        }
    }
    report
}

fn load_state(path: &Path, report: &mut Report) -> State {
    State::load(path).unwrap_or_else(|e| {
        report.say(t!("remind-starting-afresh", error = e.to_string()));
        State::default()
    })
}

fn save_state(state: &State, path: &Path, now: DateTime<FixedOffset>, report: &mut Report) {
    if let Err(e) = state.save(path, now) {
        report.say(t!(
            "remind-cannot-save-state",
            path = path.display().to_string(),
            error = e.to_string()
        ));
    }
}

/// Opens `posewise run TARGET` so that it outlives this process. Run by
/// the timer's service, whose leftover processes systemd stops when this one
/// exits, it goes to a transient user service of its own (`systemd-run`,
/// passing on the display and bus); elsewhere, or if that fails, it is a
/// plain child in its own process group.
fn start(target: &str) -> std::io::Result<()> {
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};
    let exe = std::env::current_exe()?;
    let under_systemd = std::env::var_os("INVOCATION_ID").is_some();
    if under_systemd && which("systemd-run").is_some() {
        let mut command = Command::new("systemd-run");
        let _ = command.args(["--user", "--collect", "--quiet"]);
        for name in PASSED_ON {
            if std::env::var_os(name).is_some() {
                let _ = command.arg(format!("--setenv={name}"));
            }
        }
        let started = command
            .arg("--")
            .arg(&exe)
            .arg("run")
            .arg(target)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        if started.is_ok_and(|status| status.success()) {
            return Ok(());
        }
    }
    Command::new(&exe)
        .arg("run")
        .arg(target)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map(drop)
}

/// What the window needs from this environment, passed on to a transient
/// service (whose environment is the user manager's).
const PASSED_ON: [&str; 7] = [
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "XAUTHORITY",
    "XDG_RUNTIME_DIR",
    "DBUS_SESSION_BUS_ADDRESS",
    "PULSE_SERVER",
    "POSEWISE_DATA_DIR",
];

fn which(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|path| path.is_file())
}

/// An exclusive lock on `reminders.lock` in the data folder, so that two
/// checks at once (the timer and a login) never announce a slot twice.
struct Lock {
    _file: nix::fcntl::Flock<std::fs::File>,
}

impl Lock {
    fn take(dir: &Path) -> Result<Lock, String> {
        let path = dir.join("reminders.lock");
        let failed = |e: &dyn std::fmt::Display| {
            t!(
                "remind-cannot-lock",
                path = path.display().to_string(),
                error = e.to_string()
            )
        };
        std::fs::create_dir_all(dir).map_err(|e| failed(&e))?;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| failed(&e))?;
        let file = nix::fcntl::Flock::lock(file, nix::fcntl::FlockArg::LockExclusive)
            .map_err(|(_, e)| failed(&e))?;
        Ok(Lock { _file: file })
    }
}
