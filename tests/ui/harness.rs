//! Drives the whole app without a window: a fake clock, a temporary data
//! folder, no sound, and the iced_test simulator for clicks and views.

#![allow(dead_code)]

use chrono::{DateTime, Local, TimeZone};
use iced_test::Simulator;
use posewise::core::i18n::{Lang, Scoped};
use posewise::ui::{App, Boot, Clock, Launch, Message, font};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Harness {
    pub app: App,
    pub dir: tempfile::TempDir,
    now: Arc<Mutex<(Instant, DateTime<Local>)>>,
    /// Where the app's tasks are polled: their timers need one.
    runtime: tokio::runtime::Runtime,
    /// The window's size in pictures.
    pub window: iced::Size,
    /// The language of this test's thread, whatever other tests speak.
    _lang: Scoped,
}

impl Harness {
    /// A fresh data folder, as on first run.
    pub fn new(launch: Launch) -> Harness {
        let dir = tempfile::tempdir().expect("temporary folder");
        Harness::in_folder(dir, launch)
    }

    /// A data folder where the safety notice was already acknowledged.
    pub fn returning(launch: Launch) -> Harness {
        let dir = tempfile::tempdir().expect("temporary folder");
        std::fs::write(
            dir.path().join("settings.json"),
            r#"{"welcome_acknowledged": true}"#,
        )
        .expect("settings written");
        Harness::in_folder(dir, launch)
    }

    /// Like `returning`, but the data folder has the same path at every
    /// run (`/tmp/posewise-screens/NAME`), so a picture that shows it can be
    /// compared with a committed hash. Another run using the same name is
    /// waited for; one left behind by a killed run is cleared.
    pub fn returning_at(name: &str, launch: Launch) -> Harness {
        let parent = std::env::temp_dir().join("posewise-screens");
        std::fs::create_dir_all(&parent).expect("the screens folder");
        let folder = parent.join(name);
        let waited = Instant::now();
        let dir = loop {
            match tempfile::Builder::new()
                .prefix(name)
                .rand_bytes(0)
                .tempdir_in(&parent)
            {
                Ok(dir) => break dir,
                Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                    let stale = std::fs::metadata(&folder)
                        .and_then(|m| m.modified())
                        .is_ok_and(|t| t.elapsed().unwrap_or_default() > Duration::from_secs(600));
                    if stale || waited.elapsed() > Duration::from_secs(120) {
                        let _ = std::fs::remove_dir_all(&folder);
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(error) => panic!("{}: {error}", folder.display()),
            }
        };
        std::fs::write(
            dir.path().join("settings.json"),
            r#"{"welcome_acknowledged": true}"#,
        )
        .expect("settings written");
        Harness::in_folder(dir, launch)
    }

    pub fn in_folder(dir: tempfile::TempDir, launch: Launch) -> Harness {
        Harness::with_settings_every(dir, launch, Duration::ZERO)
    }

    /// The app writes its settings at most once per `every`, as the window
    /// does (other harnesses write at every change).
    pub fn with_settings_every(dir: tempfile::TempDir, launch: Launch, every: Duration) -> Harness {
        let start = Local
            .with_ymd_and_hms(2026, 11, 27, 9, 30, 0)
            .single()
            .expect("a valid local time");
        let now = Arc::new(Mutex::new((Instant::now(), start)));
        let shared = Arc::clone(&now);
        let boot = Boot {
            data_dir: Some(dir.path().to_path_buf()),
            launch,
            sound: false,
            desktop: false,
            clock: Clock::new(move || *shared.lock().expect("clock")),
            disk_thread: false,
            settings_every: every,
            system_language: Lang::En,
            data_pointer: Some(
                dir.path()
                    .join(posewise::core::device::LOCAL_DIR)
                    .join(posewise::core::data_folder::POINTER_FILE),
            ),
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a runtime");
        let lang = Scoped::new(Lang::En);
        let (app, task) = App::new(boot);
        let mut h = Harness {
            _lang: lang,
            app,
            dir,
            now,
            runtime,
            window: iced::Size::new(1024.0, 768.0),
        };
        h.deliver(task);
        h
    }

    /// Starts the app again on the same data folder.
    pub fn restart(self) -> Harness {
        let Harness {
            app, dir, _lang, ..
        } = self;
        drop(app);
        // Before the next harness takes the thread's language, not after.
        drop(_lang);
        Harness::in_folder(dir, Launch::Home)
    }

    pub fn data(&self) -> &Path {
        self.dir.path()
    }

    pub fn now(&self) -> Instant {
        self.now.lock().expect("clock").0
    }

    /// Moves the clocks on and delivers a tick, as the running subscription
    /// would.
    pub fn advance(&mut self, by: Duration) {
        let now = {
            let mut clock = self.now.lock().expect("clock");
            clock.0 += by;
            clock.1 += chrono::Duration::from_std(by).expect("small step");
            clock.0
        };
        let task = self.app.update(Message::Tick(now));
        self.deliver(task);
    }

    /// Advances in quarter-second ticks, like the window does.
    pub fn run_for(&mut self, total: Duration) {
        let step = Duration::from_millis(250);
        let mut done = Duration::ZERO;
        while done < total {
            self.advance(step);
            done += step;
        }
    }

    pub fn send(&mut self, message: Message) {
        let task = self.app.update(message);
        self.deliver(task);
    }

    /// Delivers the messages `task` has ready at once (the answer of a file
    /// written, for one); what is still waiting (a timer, a dialog) is
    /// dropped, as the tests send those messages themselves.
    fn deliver(&mut self, task: iced::Task<Message>) {
        use futures_util::FutureExt;
        use futures_util::StreamExt;
        let Some(mut stream) = iced_runtime::task::into_stream(task) else {
            return;
        };
        let mut ready = Vec::new();
        {
            let _inside = self.runtime.enter();
            while let Some(Some(action)) = stream.next().now_or_never() {
                if let iced_runtime::Action::Output(message) = action {
                    ready.push(message);
                }
            }
        }
        for message in ready {
            self.send(message);
        }
    }

    pub fn simulator(&self) -> Simulator<'_, Message> {
        Simulator::with_settings(settings(), self.app.view())
    }

    /// As the window shows it, background included.
    pub fn picture(&self) -> Simulator<'_, Message> {
        Simulator::with_size(settings(), self.window, self.app.view_on_background())
    }

    /// Clicks the first widget showing `label` and delivers what it sent.
    pub fn click(&mut self, label: &str) {
        self.click_in(None, label);
    }

    /// Clicks `label` in a window of `size` (the default one when `None`)
    /// and delivers what it sent.
    fn click_in(&mut self, size: Option<iced::Size>, label: &str) {
        let messages: Vec<Message> = {
            let mut ui = match size {
                Some(size) => Simulator::with_size(settings(), size, self.app.view()),
                None => self.simulator(),
            };
            let _ = ui
                .click(label)
                .unwrap_or_else(|e| panic!("cannot click {label:?}: {e:?}"));
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "clicking {label:?} did nothing");
        for message in messages {
            self.send(message);
        }
    }

    /// Like `click`, on a page tall enough to show everything.
    pub fn click_anywhere(&mut self, label: &str) {
        self.click_in(Some(iced::Size::new(1024.0, 4000.0)), label);
    }

    pub fn shows(&self, label: &str) -> bool {
        self.simulator().find(label).is_ok()
    }

    /// Whether `label` is anywhere on the page, scrolled out of sight or not.
    pub fn has(&self, label: &str) -> bool {
        let tall = iced::Size::new(1024.0, 4000.0);
        Simulator::with_size(settings(), tall, self.app.view())
            .find(label)
            .is_ok()
    }

    pub fn history(&self) -> Vec<serde_json::Value> {
        let loaded = posewise::core::history::load_all(self.data()).expect("a history");
        assert!(loaded.bad_lines.is_empty(), "{:?}", loaded.bad_lines);
        loaded
            .records
            .iter()
            .map(|record| serde_json::to_value(record).expect("a JSON record"))
            .collect()
    }

    /// This computer's history file in the data folder.
    pub fn history_file(&self) -> PathBuf {
        posewise::core::history::own_path(self.data()).expect("a device id")
    }

    /// Where the checkpoint of a running session is kept: this computer's
    /// own folder, not the (maybe synced) data folder.
    pub fn checkpoint_file(&self) -> PathBuf {
        posewise::core::device::state_dir(self.data()).join("checkpoint.json")
    }

    pub fn write_routine(&self, name: &str, json: &str) -> PathBuf {
        let path = self.data().join(name);
        std::fs::write(&path, json).expect("routine written");
        path
    }
}

pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: font::all(),
        default_font: font::REGULAR,
        ..iced::Settings::default()
    }
}

impl Harness {
    /// Types `text` into the input with `id`, a letter at a time, the way
    /// a person does: each letter lands on the field as the last one left
    /// it. `\u{8}` is Backspace. The window is tall here: the simulator
    /// starts every view scrolled to the top, and cannot keep a scroll
    /// position from one view to the next.
    pub fn type_into(&mut self, id: &str, text: &str) {
        use iced::keyboard::{Key, key::Named};
        for c in text.chars() {
            let messages: Vec<Message> = {
                let tall = iced::Size::new(1024.0, 4000.0);
                let mut ui = Simulator::with_size(settings(), tall, self.app.view());
                let _ = ui
                    .click(iced::widget::Id::from(id.to_string()))
                    .unwrap_or_else(|e| panic!("cannot click the field {id:?}: {e:?}"));
                let _ = if c == '\u{8}' {
                    ui.tap_key(Key::Named(Named::Backspace))
                } else {
                    ui.typewrite(&c.to_string())
                };
                ui.into_messages().collect()
            };
            for message in messages {
                self.send(message);
            }
        }
    }
}

/// A piece of text on the page: what it says, where it is laid out, and
/// how much of it can be seen.
#[derive(Debug, Clone)]
pub struct Shown {
    pub content: String,
    pub bounds: iced::Rectangle,
    pub visible: Option<iced::Rectangle>,
}

impl Shown {
    /// Whether all of it can be seen (not cut by a scroll area, a
    /// container or the window).
    pub fn whole(&self) -> bool {
        self.visible.is_some_and(|v| {
            (v.width - self.bounds.width).abs() < 0.5 && (v.height - self.bounds.height).abs() < 0.5
        })
    }
}

impl Harness {
    /// Every text on the page in a window of `size`, in layout order.
    pub fn texts(&self, size: iced::Size) -> Vec<Shown> {
        use iced_test::selector::Candidate;
        let seen = Arc::new(Mutex::new(Vec::new()));
        let collect = Arc::clone(&seen);
        let mut ui = Simulator::with_size(settings(), size, self.app.view());
        // Never selects, so the whole tree is walked.
        let _ = ui.find(move |candidate: Candidate<'_>| -> Option<()> {
            if let Candidate::Text {
                content,
                bounds,
                visible_bounds,
                ..
            } = candidate
                && let Ok(mut seen) = collect.lock()
            {
                seen.push(Shown {
                    content: content.to_owned(),
                    bounds,
                    visible: visible_bounds,
                });
            }
            None
        });
        drop(ui);
        Arc::try_unwrap(seen)
            .ok()
            .and_then(|seen| seen.into_inner().ok())
            .unwrap_or_default()
    }

    /// Speaks `lang` from now on, as the Language setting does (it leaves
    /// the Settings page open).
    pub fn speak(&mut self, lang: Lang) {
        use posewise::ui::screen::settings::{LanguageChoice, Message as SettingsMessage};
        self.send(Message::Go(posewise::ui::app::Page::Settings));
        self.send(Message::Settings(SettingsMessage::Language(
            LanguageChoice(Some(lang)),
        )));
    }
}
