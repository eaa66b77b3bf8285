//! Reminders in the window: saving a routine's reminder settings, setting
//! up the check that runs without the window (a systemd user timer or a
//! login entry), and the slots Today shows as owed.

use super::{App, Message, Screen};
use crate::core::reminder::{self, Reminder, done_since};
use crate::core::store::data_dir;
use crate::core::t;
use crate::desktop::{self, Dirs, Scope, Systemctl};
use crate::ui::screen::today::DueReminder;
use iced::Task;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

impl App {
    /// Stores `reminder` for the routine `key`. Turning the first reminder
    /// on sets up the check; turning the last one off removes it.
    pub(super) fn save_reminder(&mut self, key: String, reminder: Reminder) -> Task<Message> {
        let any_on_before = self.settings.reminders.values().any(|r| r.on);
        let mut settings = self.settings.clone();
        let _ = settings.reminders.insert(key, reminder);
        self.apply_settings(settings);
        let any_on = self.settings.reminders.values().any(|r| r.on);
        if !self.desktop || any_on == any_on_before {
            return Task::none();
        }
        let request = LATEST_REQUEST.fetch_add(1, Ordering::SeqCst) + 1;
        Task::perform(
            async move {
                tokio::task::spawn_blocking(move || set_up_check(any_on, request))
                    .await
                    .unwrap_or_else(|e| Some(t!("reminders-check-failed", error = e.to_string())))
            },
            Message::ReminderCheck,
        )
    }

    /// Shows how the reminder check runs (or why it could not be set up);
    /// `None` when a later change took over.
    pub(super) fn reminder_check_ready(&mut self, said: Option<String>) {
        let Some(said) = said else { return };
        if let Screen::Routine(page) = &mut self.screen
            && let Some(form) = &mut page.reminders
        {
            form.scheduling = Some(said);
        }
    }

    /// Today's reminder slots that passed without a session, oldest first.
    pub(super) fn owed_reminders(&self) -> Vec<DueReminder> {
        let (_, now) = self.now();
        let entry = |key: &str| self.library.get(key).filter(|e| e.routine.is_ok());
        let done = |key: &str, at| {
            entry(key).is_some_and(|e| {
                let id = e.routine_id.as_deref().unwrap_or_default();
                done_since(&self.records, id, &e.title, at)
            })
        };
        reminder::overdue(&self.settings.reminders, &now, done)
            .into_iter()
            .filter_map(|slot| {
                let entry = entry(&slot.key)?;
                Some(DueReminder {
                    key: slot.key,
                    title: entry.title.clone(),
                    time: slot.time.to_string(),
                })
            })
            .collect()
    }
}

/// The newest change asked for: changes made in quick succession are set up
/// one at a time, and only the last one counts.
static LATEST_REQUEST: AtomicU64 = AtomicU64::new(0);
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Installs (or removes) the timer for the current user; returns what to
/// tell the person, or `None` when a newer request has come since.
fn set_up_check(on: bool, request: u64) -> Option<String> {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
    if LATEST_REQUEST.load(Ordering::SeqCst) != request {
        return None;
    }
    Some(set_up_check_now(on))
}

fn set_up_check_now(on: bool) -> String {
    let dirs = Dirs::for_scope(Scope::User, |name| std::env::var_os(name));
    let Some(config) = dirs.ok().and_then(|d| d.config) else {
        return t!(
            "reminders-check-failed",
            error = "set HOME or XDG_CONFIG_HOME"
        );
    };
    let systemctl = Systemctl::from_env();
    if !on {
        return match desktop::unschedule(&config, &systemctl) {
            Ok(_) => t!("reminders-check-removed"),
            Err(e) => t!("reminders-check-not-removed", error = e.to_string()),
        };
    }
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => return t!("reminders-check-failed", error = e.to_string()),
    };
    let data = std::env::var_os("POSEWISE_DATA_DIR").and_then(|_| data_dir());
    match desktop::schedule(&config, &exe, data.as_deref(), &systemctl) {
        Ok((how, _)) => how.describe(),
        Err(e) => t!("reminders-check-failed", error = e.to_string()),
    }
}
