//! Running a session from the app: starting or resuming one, feeding the
//! runner time and sound reports, and carrying out the controller's effects
//! (sound, checkpoint, the record at the end).

use super::{App, Message, Screen};
use crate::core::catalogue::Catalogue;
use crate::core::checkpoint::Checkpoint;
use crate::core::history;
use crate::core::history::stats::last_time_it_hurt;
use crate::core::routine::Routine;
use crate::core::session::{Control, Effect, Session, SessionRecord, Setup};
use crate::core::t;
use crate::sound::Report;
use crate::ui::screen::runner::{self, Runner};
use crate::ui::screen::summary::{self, Summary};
use iced::{Task, window};
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How often a session that could not be written is tried again.
pub(super) const RETRY_UNSAVED: std::time::Duration = std::time::Duration::from_secs(30);
fn kept_in_memory() -> String {
    t!("session-kept-in-memory")
}

impl App {
    /// Starts `routine` from the beginning, with the person's settings: a
    /// programme that changes week by week at the week today falls in.
    pub fn start_session(&mut self, routine: &Routine, source: Option<PathBuf>) -> Task<Message> {
        let setup = Setup::from(&self.settings);
        let today = self.now().1.date_naive();
        let routine = crate::core::today::routine_on(routine, &self.records, today);
        let (session, effects) = Session::start(&routine, source, setup, Catalogue::builtin());
        self.begin(session, effects)
    }

    /// Continues the session that was cut short.
    pub fn resume_session(&mut self) -> Task<Message> {
        let Some(checkpoint) = self.interrupted.take() else {
            return Task::none();
        };
        let (session, effects) = Session::resume(checkpoint, Catalogue::builtin());
        self.begin(session, effects)
    }

    pub fn discard_interrupted(&mut self) {
        self.interrupted = None;
        if let Some(path) = self.checkpoint_path() {
            self.store(move || {
                Checkpoint::discard(&path)
                    .map(drop)
                    .map_err(|e| e.to_string())
            });
        }
    }

    fn begin(&mut self, session: Session, effects: Vec<Effect>) -> Task<Message> {
        let (now, wall) = self.now();
        let gentle = last_time_it_hurt(&self.records, &session.routine_id());
        let mut runner = Runner::new(session, now);
        runner.muted = self.settings.muted;
        runner.reduce_motion = self.settings.reduce_motion;
        runner.gentle = gentle;
        self.screen = Screen::Runner(Box::new(runner));
        self.carry_out(effects);
        let started = match &mut self.screen {
            Screen::Runner(runner) => runner.start(now, wall),
            _ => runner::Action::None,
        };
        self.runner_action(started);
        if self.desktop {
            self.awake = Some(crate::platform::keep_awake::KeepAwake::start(
                "Posewise",
                &t!("session-running"),
            ));
        }
        Task::none()
    }

    pub(super) fn tick(&mut self, now: Instant) -> Task<Message> {
        self.sound_reports();
        let (_, wall) = self.now();
        let action = match &mut self.screen {
            Screen::Runner(runner) => runner.tick(now, wall),
            _ => return Task::none(),
        };
        self.runner_action(action);
        Task::none()
    }

    fn sound_reports(&mut self) {
        let Some(sound) = &self.sound else {
            return;
        };
        let mut ready = false;
        let mut notices = Vec::new();
        while let Some(report) = sound.report(Duration::ZERO) {
            match report {
                Report::Ready => ready = true,
                Report::Notice(error) => {
                    self.sound_output = Some(error.to_string());
                    if !self.sound_notice_dismissed {
                        notices.push(error.plain());
                    }
                }
                Report::Output(name) => {
                    self.sound_output = Some(t!("session-sound-through", name = name.to_string()));
                }
            }
        }
        let (now, wall) = self.now();
        let Screen::Runner(runner) = &mut self.screen else {
            return;
        };
        if let Some(notice) = notices.pop() {
            runner.notice = Some(notice);
        }
        if ready {
            let action = runner.sound_ready(now, wall);
            self.runner_action(action);
        }
    }

    pub(super) fn runner_message(&mut self, message: runner::Message) -> Task<Message> {
        let (now, wall) = self.now();
        let Screen::Runner(runner) = &mut self.screen else {
            return Task::none();
        };
        let action = runner.update(message, now, wall);
        self.runner_action(action);
        Task::none()
    }

    /// The patient walked away (the screen locked) or the window closes:
    /// pause a running session, which saves the exact place.
    pub(super) fn pause_if_running(&mut self) -> Task<Message> {
        match &self.screen {
            Screen::Runner(runner) if runner.is_running() => {
                self.runner_message(runner::Message::Control(Control::TogglePause))
            }
            _ => Task::none(),
        }
    }

    fn runner_action(&mut self, action: runner::Action) {
        match action {
            runner::Action::None => {}
            runner::Action::NoticeDismissed => self.sound_notice_dismissed = true,
            runner::Action::Effects(effects) => self.carry_out(effects),
            runner::Action::ToggleMute => {
                let mut settings = self.settings.clone();
                settings.muted = !settings.muted;
                self.apply_settings(settings);
            }
            runner::Action::Volume(change) => {
                let mut settings = self.settings.clone();
                settings.volume = ((settings.volume + change) * 10.0).round() / 10.0;
                settings.muted = false;
                self.apply_settings(settings);
            }
        }
    }

    /// Does what the session controller asked, in order; sound that is
    /// ready at once (no sound service) can start the session, so effects
    /// may bring more effects.
    fn carry_out(&mut self, effects: Vec<Effect>) {
        let mut queue = VecDeque::from(effects);
        while let Some(effect) = queue.pop_front() {
            match effect {
                Effect::PrepareSound => queue.extend(self.prepare_sound()),
                Effect::ScheduleSound(timing) => {
                    if let Some(sound) = &self.sound {
                        sound.schedule(timing);
                    }
                }
                Effect::CancelSound => {
                    if let Some(sound) = &self.sound {
                        sound.cancel();
                    }
                }
                Effect::SaveCheckpoint(checkpoint) => {
                    if let Some(path) = self.checkpoint_path() {
                        self.store(move || checkpoint.save(&path).map_err(|e| e.to_string()));
                    }
                }
                Effect::RemoveCheckpoint => {
                    if let Some(path) = self.checkpoint_path() {
                        self.store(move || Checkpoint::remove(&path).map_err(|e| e.to_string()));
                    }
                }
                Effect::Ended(record) => self.session_ended(*record),
                Effect::SegmentStarted(_)
                | Effect::Cue(_)
                | Effect::Paused
                | Effect::Resumed
                | Effect::MarkedPainful { .. } => {}
            }
        }
    }

    fn prepare_sound(&mut self) -> Vec<Effect> {
        let Screen::Runner(runner) = &mut self.screen else {
            return Vec::new();
        };
        if let Some(sound) = &self.sound {
            sound.prepare(runner.session().plan());
            return Vec::new();
        }
        let (now, wall) = self.clock.now();
        match runner.sound_ready(now, wall) {
            runner::Action::Effects(effects) => effects,
            _ => Vec::new(),
        }
    }

    fn session_ended(&mut self, record: SessionRecord) {
        self.awake = None;
        let pain_before = match &self.screen {
            Screen::Runner(runner) => runner.pain_before,
            _ => None,
        };
        self.screen = Screen::Summary(Summary::new(record, pain_before));
    }

    pub(super) fn summary_message(&mut self, message: summary::Message) -> Task<Message> {
        let Screen::Summary(screen) = &mut self.screen else {
            return Task::none();
        };
        match screen.update(message) {
            summary::Action::None => Task::none(),
            summary::Action::Save(record) => {
                let retry = self.log(*record);
                Task::batch([self.go(super::Page::Today), retry])
            }
            summary::Action::Discard => self.go(super::Page::Today),
        }
    }

    /// Adds `record` to the history. When it cannot be written (a full
    /// disk, a folder that cannot be written to), it is kept in memory,
    /// shown as logged, and written as soon as that works: it is tried
    /// again later, and once more when the window closes.
    fn log(&mut self, record: SessionRecord) -> Task<Message> {
        if self.data_dir.is_none() {
            self.notice(t!("session-no-data-folder"));
            return Task::none();
        }
        self.records.push(record.clone());
        if let Ok(mut unsaved) = self.unsaved.lock() {
            unsaved.push(record);
        }
        self.save_unsaved()
    }

    /// Asks the disk thread to write the records still waiting, oldest
    /// first; `HistoryWritten` brings the outcome.
    pub(super) fn save_unsaved(&mut self) -> Task<Message> {
        let Some(path) = self.history_file.clone() else {
            return Task::none();
        };
        let unsaved = Arc::clone(&self.unsaved);
        let written = self.disk.run(move || write_waiting(&path, &unsaved));
        Task::perform(written, |result| {
            Message::HistoryWritten(result.unwrap_or_else(|| Some(t!("notice-write-unfinished"))))
        })
    }

    /// On failure it says so (once per cause) and, unless a try is already
    /// planned, plans another; once all are written, it says that too.
    pub(super) fn history_written(&mut self, error: Option<String>) -> Task<Message> {
        let Some(error) = error else {
            let kept = kept_in_memory();
            if self.waiting() == 0 && self.notices.iter().any(|n| n.contains(&kept)) {
                self.notices.retain(|n| !n.contains(&kept));
                self.notice(t!("session-waiting-saved"));
            }
            return Task::none();
        };
        let count = self.waiting();
        let kept = kept_in_memory();
        self.notices.retain(|n| !n.contains(&kept));
        let waiting = t!(
            "session-waiting",
            count = count,
            seconds = RETRY_UNSAVED.as_secs()
        );
        self.notice(format!("{error}\n{kept} {waiting}"));
        if self.retry_planned {
            return Task::none();
        }
        self.retry_planned = true;
        Task::perform(async { tokio::time::sleep(RETRY_UNSAVED).await }, |()| {
            Message::RetryUnsaved
        })
    }

    fn waiting(&self) -> usize {
        self.unsaved.lock().map_or(0, |u| u.len())
    }

    /// The last chance before the window closes: every write asked for is
    /// finished, the waiting records are tried once more, and those that
    /// still cannot be written go to a file in the temporary folder, named
    /// on stderr.
    fn rescue_unsaved(&mut self) {
        self.flush_settings();
        self.disk.finish();
        let Some(path) = &self.history_file else {
            return;
        };
        if let Some(error) = write_waiting(path, &self.unsaved) {
            eprintln!("posewise: {error}");
        }
        let unsaved = match self.unsaved.lock() {
            Ok(unsaved) => unsaved.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        };
        if unsaved.is_empty() {
            return;
        }
        let lines: String = unsaved
            .iter()
            .filter_map(|r| serde_json::to_string(r).ok())
            .map(|line| line + "\n")
            .collect();
        let path = std::env::temp_dir().join(format!(
            "posewise-unsaved-{}.jsonl",
            chrono::Local::now().format("%Y%m%d-%H%M%S")
        ));
        match crate::core::store::write_atomically(&path, lines.as_bytes()) {
            Ok(()) => eprintln!(
                "posewise: {} session(s) could not be added to the history; they \
                 are in {}: add its lines to the end of history.jsonl",
                unsaved.len(),
                path.display()
            ),
            Err(error) => eprintln!(
                "posewise: {} session(s) could not be saved anywhere ({error}):\n{lines}",
                unsaved.len()
            ),
        }
    }

    /// The window is closing: a finished session is logged without its
    /// ratings; a running one is paused so its checkpoint has the exact
    /// place, and is offered for resume next time.
    pub(super) fn close(&mut self, id: window::Id) -> Task<Message> {
        if self.editor_asks(crate::ui::screen::editor::Leave::Close(id)) {
            return Task::none();
        }
        self.close_now(id)
    }

    pub(super) fn close_now(&mut self, _id: window::Id) -> Task<Message> {
        if self.closing {
            return Task::none();
        }
        self.closing = true;
        if let Screen::Summary(summary) = &self.screen {
            let record = summary.record();
            let _ = self.log(record);
        }
        let _ = self.pause_if_running();
        self.rescue_unsaved();
        self.awake = None;
        iced::exit()
    }

    /// Shows `text` unless it is already showing.
    pub(super) fn notice(&mut self, text: String) {
        if !self.notices.contains(&text) {
            self.notices.push(text);
        }
    }

    pub(super) fn checkpoint_path(&self) -> Option<PathBuf> {
        self.state_dir
            .as_ref()
            .map(|d| d.join(crate::core::checkpoint::FILE_NAME))
    }
}

/// Appends the waiting records to the history at `path`, oldest first,
/// taking each off the queue once it is on disk; stops at the first error.
/// The queue is locked only to look and to take off, never during a write.
fn write_waiting(path: &std::path::Path, unsaved: &Mutex<Vec<SessionRecord>>) -> Option<String> {
    loop {
        let next = match unsaved.lock() {
            Ok(unsaved) => unsaved.first().cloned(),
            Err(_) => return Some(t!("session-waiting-lost")),
        }?;
        if let Err(error) = history::append(path, &next) {
            return Some(error.to_string());
        }
        if let Ok(mut unsaved) = unsaved.lock()
            && unsaved.first() == Some(&next)
        {
            let _ = unsaved.remove(0);
        }
    }
}
