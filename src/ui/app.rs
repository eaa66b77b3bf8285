//! The app: holds the screen shown and the shared data (settings, routines,
//! history, sound), routes messages to the screen, and does what screens
//! ask for: switching screens and everything that touches the disk or the
//! sound service.

mod data_folder;
mod disk;
mod editing;
mod files;
mod history_page;
mod poses;
mod reminders;
mod session;
mod shell;

use crate::core::catalogue::Catalogue;
use crate::core::checkpoint::{self, Checkpoint};
use crate::core::dates;
use crate::core::device;
use crate::core::history;
use crate::core::i18n::Lang;
use crate::core::library::Library;
use crate::core::session::SessionRecord;
use crate::core::settings::{Settings, ThemeChoice};
use crate::core::t;
use crate::core::today;
use crate::sound::{self, Sound};
use crate::ui::keys::{self, Hotkey};
pub use crate::ui::page::Page;
use crate::ui::screen::{
    editor::{self, Editor},
    history::{self as history_screen, HistoryScreen},
    pose_page::{self, PosePage},
    poses::{self as poses_screen, PosesScreen},
    routine_page::{self, RoutinePage},
    routines::{self, RoutinesScreen},
    runner::{self, Runner},
    settings::{self, SettingsScreen},
    summary::{self, Summary},
    today::{self as today_screen, Interrupted, TodayScreen},
};
use crate::ui::style::{self, Sizes};
use chrono::{DateTime, Local};
use iced::{Element, Subscription, Task, Theme, keyboard, window};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where "now" comes from: the system clocks, or a test's.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> (Instant, DateTime<Local>) + Send + Sync>);

impl Clock {
    pub fn system() -> Clock {
        Clock(Arc::new(|| (Instant::now(), Local::now())))
    }

    pub fn new(now: impl Fn() -> (Instant, DateTime<Local>) + Send + Sync + 'static) -> Clock {
        Clock(Arc::new(now))
    }

    fn now(&self) -> (Instant, DateTime<Local>) {
        (self.0)()
    }
}

/// What the app was asked to do when it started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Launch {
    Home,
    /// `posewise FILE`: show that routine's page.
    Open(PathBuf),
    /// `posewise run FILE [--week N]`: start it at once (a programme at
    /// week N, or at the week today falls in).
    Run(PathBuf, Option<u32>),
}

/// Everything the app needs from outside, so tests can give their own.
#[derive(Clone)]
pub struct Boot {
    pub data_dir: Option<PathBuf>,
    pub launch: Launch,
    /// Start the sound service (tests run without).
    pub sound: bool,
    /// Look for the desktop's light or dark preference and keep the screen
    /// awake over D-Bus (tests run without).
    pub desktop: bool,
    pub clock: Clock,
    /// Write files on a thread of their own (tests write at once, to look
    /// at the files right after a message).
    pub disk_thread: bool,
    /// The settings are written at most this often while they change (a
    /// slider sends a value for every step); the last value wins.
    pub settings_every: Duration,
    /// The language when the settings choose none: the system's (tests
    /// speak English whatever the machine's locale).
    pub system_language: Lang,
    /// Where "Move to…" records the new data folder; `None` when
    /// `POSEWISE_DATA_DIR` chooses the folder (the move is then not offered).
    pub data_pointer: Option<PathBuf>,
}

impl Boot {
    pub fn from_environment(launch: Launch) -> Boot {
        Boot {
            data_dir: crate::core::store::data_dir(),
            launch,
            sound: true,
            desktop: true,
            clock: Clock::system(),
            disk_thread: true,
            settings_every: Duration::from_secs(1),
            system_language: Lang::from_env(),
            data_pointer: std::env::var_os("POSEWISE_DATA_DIR")
                .is_none()
                .then(crate::core::data_folder::pointer_path)
                .flatten(),
        }
    }
}

pub enum Screen {
    Today(TodayScreen),
    Routines(RoutinesScreen),
    Routine(RoutinePage),
    Poses(PosesScreen),
    Pose(PosePage),
    Editor(Box<Editor>),
    History(Box<HistoryScreen>),
    Runner(Box<Runner>),
    Summary(Summary),
    Settings(SettingsScreen),
}

#[derive(Debug, Clone)]
pub enum Message {
    Today(today_screen::Message),
    Routines(routines::Message),
    Routine(routine_page::Message),
    Poses(poses_screen::Message),
    Pose(pose_page::Message),
    Editor(editor::Message),
    History(history_screen::Message),
    Runner(runner::Message),
    Summary(summary::Message),
    Settings(settings::Message),
    Go(Page),
    /// Time passed (tests send these with their own clock).
    Tick(Instant),
    /// The session's timer went off: the screen is due to change.
    Timer,
    Key(Hotkey),
    CloseRequested(window::Id),
    FileDropped(PathBuf),
    FilePicked(Option<PathBuf>),
    SystemTheme(Option<bool>),
    ShowSafety,
    AcknowledgeSafety,
    DismissNotice(usize),
    /// How the reminder check runs, once it is set up (`None`: a later
    /// change took over).
    ReminderCheck(Option<String>),
    /// Try again to write the sessions the history could not take.
    RetryUnsaved,
    /// The sessions waiting were written to the history, or the error that
    /// stopped it.
    HistoryWritten(Option<String>),
    /// Time to write the settings that changed since the last write.
    FlushSettings,
    /// A file was written (a checkpoint, the settings), or the error.
    Stored(Option<String>),
    /// The data was moved to the folder (and what the move did), or why not.
    DataMoved(Result<(PathBuf, crate::core::data_folder::Moved), String>),
    /// SIGTERM (a logout, `kill`): close as if the window were closed.
    Terminate,
    /// The pointer moved over the window (listened to only while a
    /// session's controls are hidden).
    PointerMoved,
    /// The screen locked (listened to only while a session runs).
    ScreenLocked,
}

pub struct App {
    pub screen: Screen,
    clock: Clock,
    desktop: bool,
    data_dir: Option<PathBuf>,
    /// Where a move of the data folder is recorded.
    data_pointer: Option<PathBuf>,
    /// This computer's own history file in the data folder.
    history_file: Option<PathBuf>,
    /// This computer's own folder (the running session's checkpoint),
    /// outside a synced data folder.
    state_dir: Option<PathBuf>,
    settings: Settings,
    /// The settings as last read or written here: what changed since goes
    /// to the file, over what another computer wrote meanwhile.
    settings_base: Settings,
    library: Library,
    records: Vec<SessionRecord>,
    /// Sessions logged but not yet written to the history (on their way,
    /// or waiting because of a full disk…), oldest first; the disk thread
    /// takes each off once it is in the file.
    unsaved: Arc<Mutex<Vec<SessionRecord>>>,
    /// A `RetryUnsaved` is on its way.
    retry_planned: bool,
    /// The window is closing: a second close request (a logout sends both
    /// a close and SIGTERM) must not log the summary twice.
    closing: bool,
    interrupted: Option<Checkpoint>,
    /// The editor, set aside while a pose is chosen for it.
    parked: Option<Box<Editor>>,
    sound: Option<Sound>,
    /// Which sound system played the last session, or why none could.
    sound_output: Option<String>,
    /// The runner's "no sound device" notice was closed: not shown again.
    sound_notice_dismissed: bool,
    /// Things the person should know: a file that could not be read…
    pub notices: Vec<String>,
    pub safety_open: bool,
    system_dark: Option<bool>,
    awake: Option<crate::platform::keep_awake::KeepAwake>,
    /// The one pending wake-up of a running session; replacing it aborts
    /// the old one.
    timer: Option<iced::task::Handle>,
    disk: disk::Disk,
    /// Work started by a handler that returns no task (a file write's
    /// answer), handed to the runtime at the end of `update`.
    pending: Vec<Task<Message>>,
    settings_every: Duration,
    settings_dirty: bool,
    settings_written_at: Option<Instant>,
    settings_flush_planned: bool,
    system_language: Lang,
}

impl App {
    pub fn new(boot: Boot) -> (App, Task<Message>) {
        let data_dir = boot.data_dir.clone();
        let mut notices = Vec::new();
        let settings = match data_dir.as_ref().map(|d| d.join(Settings::FILE_NAME)) {
            Some(path) => {
                let loaded = Settings::load(&path);
                notices.extend(loaded.notice);
                loaded.settings
            }
            None => Settings::default(),
        };
        settings.apply_language(boot.system_language);
        let catalogue = Catalogue::builtin();
        let library = Library::load(&library_dir(&data_dir), catalogue);
        notices.extend(library.notices.iter().cloned());
        let records = load_history(&data_dir, &mut notices);
        let state_dir = data_dir.as_deref().map(device::state_dir);
        let history_file = data_dir.as_deref().and_then(|dir| {
            history::own_path(dir)
                .map_err(|error| notices.push(error.to_string()))
                .ok()
        });
        let interrupted = load_checkpoint(&state_dir, &mut notices);
        let sound = boot.sound.then(|| Sound::start(sound_options(&settings)));
        let mut app = App {
            screen: Screen::Routines(RoutinesScreen::new(&[])),
            clock: boot.clock,
            desktop: boot.desktop,
            data_dir,
            data_pointer: boot.data_pointer.clone(),
            history_file,
            state_dir,
            safety_open: !settings.welcome_acknowledged && !matches!(boot.launch, Launch::Run(..)),
            settings_base: settings.clone(),
            settings,
            library,
            records,
            unsaved: Arc::default(),
            retry_planned: false,
            closing: false,
            interrupted,
            parked: None,
            sound,
            sound_output: None,
            sound_notice_dismissed: false,
            notices,
            system_dark: None,
            awake: None,
            timer: None,
            disk: if boot.disk_thread {
                disk::Disk::start()
            } else {
                disk::Disk::inline()
            },
            pending: Vec::new(),
            settings_every: boot.settings_every,
            settings_dirty: false,
            settings_written_at: None,
            settings_flush_planned: false,
            system_language: boot.system_language,
        };
        app.screen = Screen::Today(app.today_screen());
        let launched = match boot.launch {
            Launch::Home => Task::none(),
            Launch::Open(path) => app.open_file(path),
            Launch::Run(path, week) => app.run_file(path, week),
        };
        let theme = if app.desktop && app.settings.theme == ThemeChoice::System {
            ask_desktop_theme()
        } else {
            Task::none()
        };
        let timer = app.arm_timer();
        let pending = Task::batch(std::mem::take(&mut app.pending));
        (app, Task::batch([launched, theme, timer, pending]))
    }

    pub fn title(&self) -> String {
        match &self.screen {
            Screen::Runner(runner) => {
                let board = runner.board();
                let paused = t!("runner-paused");
                let word = if board.paused { &paused } else { &board.phase };
                format!("{} {word} · {} - Posewise", board.clock, runner.title())
            }
            Screen::Routine(page) => format!("{} - Posewise", page.title()),
            _ => "Posewise".to_string(),
        }
    }

    pub fn theme(&self) -> Theme {
        let dark = match self.settings.theme {
            ThemeChoice::Light => false,
            ThemeChoice::Dark => true,
            ThemeChoice::System => self.system_dark.unwrap_or(false),
        };
        style::theme(dark)
    }

    /// The window's background: the phase tint during a session.
    pub fn style(&self, theme: &Theme) -> iced::theme::Style {
        let palette = theme.palette();
        let background_color = match &self.screen {
            Screen::Runner(runner) => {
                style::phase_backdrop(theme, style::Phase::of(runner.board().kind))
            }
            _ => palette.background,
        };
        iced::theme::Style {
            background_color,
            text_color: palette.text,
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn records(&self) -> &[SessionRecord] {
        &self.records
    }

    fn sizes(&self) -> Sizes {
        Sizes::new(self.settings.text_scale)
    }

    fn now(&self) -> (Instant, DateTime<Local>) {
        self.clock.now()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let hidden = matches!(&self.screen, Screen::Runner(r) if r.controls_hidden());
        let running = matches!(&self.screen, Screen::Runner(r) if r.is_running());
        Subscription::batch([
            keyboard::listen().filter_map(key_message),
            window::close_requests().map(Message::CloseRequested),
            window::events().filter_map(dropped_file),
            Subscription::run(terminations),
            // Pointer moves only matter while the controls are hidden.
            if hidden {
                iced::event::listen_with(pointer_moved)
            } else {
                Subscription::none()
            },
            if running && self.desktop {
                Subscription::run(screen_locks)
            } else {
                Subscription::none()
            },
        ])
    }

    /// Handles `message`, then sets the session's next wake-up, if one is
    /// needed. The wake-up lands when the screen must change (the clock's
    /// next second), not on a fixed beat, so a running session costs one
    /// redraw a second and a paused one none.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let task = self.handle(message);
        let pending = Task::batch(std::mem::take(&mut self.pending));
        Task::batch([task, pending, self.arm_timer()])
    }

    fn arm_timer(&mut self) -> Task<Message> {
        self.timer = None;
        let Screen::Runner(runner) = &self.screen else {
            return Task::none();
        };
        let Some(wait) = runner.next_tick(self.now().0) else {
            return Task::none();
        };
        // The sleep is made inside the future, on the runtime's thread.
        let sleep = async move { tokio::time::sleep(wait).await };
        let (task, handle) = Task::perform(sleep, |()| Message::Timer).abortable();
        self.timer = Some(handle.abort_on_drop());
        task
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Today(message) => self.today_message(message),
            Message::Routines(message) => self.routines_message(message),
            Message::Routine(message) => self.routine_message(message),
            Message::Poses(message) => self.poses_message(message),
            Message::Pose(message) => self.pose_message(message),
            Message::Editor(message) => self.editor_message(message),
            Message::History(message) => self.history_message(message),
            Message::Runner(message) => self.runner_message(message),
            Message::Summary(message) => self.summary_message(message),
            Message::Settings(message) => self.settings_message(message),
            Message::Go(page) => self.go(page),
            Message::Tick(now) => self.tick(now),
            Message::Timer => self.tick(self.now().0),
            Message::Key(key) => self.key(key),
            Message::PointerMoved => {
                let now = self.now().0;
                if let Screen::Runner(runner) = &mut self.screen {
                    runner.input(now);
                }
                Task::none()
            }
            Message::ScreenLocked => self.pause_if_running(),
            Message::CloseRequested(id) => self.close(id),
            Message::FileDropped(path) => self.open_file(path),
            Message::FilePicked(Some(path)) => self.open_file(path),
            Message::FilePicked(None) => Task::none(),
            Message::SystemTheme(dark) => {
                self.system_dark = dark;
                Task::none()
            }
            Message::ShowSafety => {
                self.safety_open = true;
                Task::none()
            }
            Message::AcknowledgeSafety => self.acknowledge_safety(),
            Message::Terminate => self.close_now(window::Id::unique()),
            Message::RetryUnsaved => {
                self.retry_planned = false;
                self.save_unsaved()
            }
            Message::HistoryWritten(error) => self.history_written(error),
            Message::FlushSettings => {
                self.settings_flush_planned = false;
                self.flush_settings();
                Task::none()
            }
            Message::Stored(error) => {
                if let Some(error) = error {
                    self.notice(error);
                }
                Task::none()
            }
            Message::DataMoved(result) => self.data_moved(result),
            Message::ReminderCheck(said) => {
                self.reminder_check_ready(said);
                Task::none()
            }
            Message::DismissNotice(index) => {
                if index < self.notices.len() {
                    let _ = self.notices.remove(index);
                }
                Task::none()
            }
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        shell::view(self)
    }

    /// The view on the window's background, for pictures taken without a
    /// window (the simulator paints only the theme's own background).
    pub fn view_on_background(&self) -> Element<'_, Message> {
        let background = self.style(&self.theme()).background_color;
        iced::widget::container(self.view())
            .style(move |_: &Theme| {
                iced::widget::container::Style::default().background(background)
            })
            .into()
    }

    fn key(&mut self, key: Hotkey) -> Task<Message> {
        if self.safety_open {
            return match key {
                Hotkey::Enter => self.acknowledge_safety(),
                Hotkey::Escape if self.settings.welcome_acknowledged => {
                    self.safety_open = false;
                    Task::none()
                }
                _ => Task::none(),
            };
        }
        let now = self.now().0;
        if let Screen::Runner(runner) = &mut self.screen {
            runner.input(now);
        }
        let in_session = matches!(self.screen, Screen::Runner(_) | Screen::Summary(_));
        match key {
            Hotkey::Go(n) if !in_session => {
                return self.go(Page::ALL[usize::from(n.clamp(1, 5) - 1)]);
            }
            Hotkey::Help if !matches!(self.screen, Screen::Runner(_)) => {
                self.safety_open = true;
                return Task::none();
            }
            _ => {}
        }
        let message = match &self.screen {
            Screen::Today(s) => s.hotkey(key).map(Message::Today),
            Screen::Routines(s) => s.hotkey(key).map(Message::Routines),
            Screen::Routine(s) => s.hotkey(key).map(Message::Routine),
            Screen::Poses(s) => s.hotkey(key).map(Message::Poses),
            Screen::Pose(s) => s.hotkey(key).map(Message::Pose),
            Screen::Editor(s) => s.hotkey(key).map(Message::Editor),
            Screen::History(s) => s.hotkey(key).map(Message::History),
            Screen::Runner(s) => s.hotkey(key).map(Message::Runner),
            Screen::Summary(s) => s.hotkey(key).map(Message::Summary),
            Screen::Settings(_) => None,
        };
        message.map_or_else(Task::none, |m| self.handle(m))
    }

    fn acknowledge_safety(&mut self) -> Task<Message> {
        self.safety_open = false;
        if !self.settings.welcome_acknowledged {
            let mut settings = self.settings.clone();
            settings.welcome_acknowledged = true;
            self.apply_settings(settings);
        }
        Task::none()
    }

    /// Shows `page`, unless an editor with unsaved changes asks first.
    pub fn go(&mut self, page: Page) -> Task<Message> {
        if self.editor_asks(editor::Leave::Go(page)) {
            return Task::none();
        }
        self.go_now(page)
    }

    /// Sessions that other computers logged meanwhile (the data folder is
    /// synced) join the ones known here, so Today and History count them.
    fn read_other_computers(&mut self) {
        let Some(dir) = &self.data_dir else {
            return;
        };
        if let Ok(loaded) = history::load_all(dir) {
            let mut all = std::mem::take(&mut self.records);
            all.extend(loaded.records);
            self.records = history::merged(all);
        }
    }

    fn go_now(&mut self, page: Page) -> Task<Message> {
        if matches!(self.screen, Screen::Runner(_)) {
            return Task::none();
        }
        // After `posewise run FILE` on a first run, the notice comes now.
        self.safety_open |= !self.settings.welcome_acknowledged;
        if matches!(page, Page::Today | Page::History) {
            self.read_other_computers();
        }
        self.screen = match page {
            Page::Today => Screen::Today(self.today_screen()),
            Page::Routines => Screen::Routines(RoutinesScreen::new(&self.library.entries)),
            Page::Poses => return self.show_poses(),
            Page::History => return self.show_history(None),
            Page::Settings => {
                let screen = SettingsScreen::new(
                    self.settings.clone(),
                    self.data_dir.as_ref().map_or_else(
                        || t!("settings-no-data-folder"),
                        |d| d.display().to_string(),
                    ),
                    self.sound_output
                        .clone()
                        .unwrap_or_else(|| t!("settings-sound-opens-later")),
                );
                match self.data_pointer.is_some() && self.data_dir.is_some() {
                    true => Screen::Settings(screen.movable()),
                    false => Screen::Settings(screen),
                }
            }
        };
        Task::none()
    }

    fn today_screen(&self) -> TodayScreen {
        let (_, wall) = self.now();
        let mut summary = today::today(&self.library.entries, &self.records, wall.date_naive());
        let owed = self.owed_reminders();
        // The big Start button offers the routine whose reminder is owed.
        if let Some(first) = owed.first()
            && let Some(index) = summary.routines.iter().position(|r| r.key == first.key)
        {
            summary.next = Some(index);
        }
        let interrupted = self.interrupted.as_ref().map(|c| Interrupted {
            title: crate::core::library::title_of(&c.routine),
            when: t!(
                "today-interrupted",
                into = crate::core::duration::short_duration(Duration::from_millis(c.position_ms)),
                time = c.saved_at.format("%H:%M").to_string(),
                date = dates::short_date(c.saved_at.date_naive())
            ),
        });
        TodayScreen::new(summary, dates::day(wall.date_naive()), interrupted).with_reminders(owed)
    }

    fn settings_message(&mut self, message: settings::Message) -> Task<Message> {
        let Screen::Settings(screen) = &mut self.screen else {
            return Task::none();
        };
        match screen.update(message) {
            settings::Action::None => Task::none(),
            settings::Action::Changed(settings) => {
                let follow = settings.theme == ThemeChoice::System
                    && self.settings.theme != ThemeChoice::System
                    && self.desktop;
                self.apply_settings(settings);
                if follow {
                    ask_desktop_theme()
                } else {
                    Task::none()
                }
            }
            settings::Action::OpenDataFolder => {
                self.open_data_folder();
                Task::none()
            }
            settings::Action::PickDataFolder => self.pick_data_folder(),
            settings::Action::MoveDataTo(folder) => self.move_data(folder),
            settings::Action::ShowSafety => {
                self.safety_open = true;
                Task::none()
            }
        }
    }

    /// Uses `settings` from now on and stores them.
    pub fn apply_settings(&mut self, settings: Settings) {
        let spoken = crate::core::i18n::current();
        self.settings = settings.clamped();
        self.settings.apply_language(self.system_language);
        if crate::core::i18n::current() != spoken {
            // Titles of the bundled routines are in the language too.
            self.library = Library::load(&library_dir(&self.data_dir), Catalogue::builtin());
        }
        if let Some(sound) = &self.sound {
            sound.set_options(sound_options(&self.settings));
        }
        if let Screen::Runner(runner) = &mut self.screen {
            runner.muted = self.settings.muted;
        }
        self.settings_dirty = true;
        if self.settings_flush_planned {
            return;
        }
        let now = self.now().0;
        match self.settings_written_at.map(|at| at + self.settings_every) {
            Some(due) if due > now => {
                self.settings_flush_planned = true;
                let wait = due - now;
                self.pending.push(Task::perform(
                    async move { tokio::time::sleep(wait).await },
                    |()| Message::FlushSettings,
                ));
            }
            _ => self.flush_settings(),
        }
    }

    /// Hands the settings as they are now to the disk thread, if they
    /// changed since the last write.
    fn flush_settings(&mut self) {
        let Some(dir) = &self.data_dir else {
            return;
        };
        if !std::mem::take(&mut self.settings_dirty) {
            return;
        }
        self.settings_written_at = Some(self.now().0);
        let settings = self.settings.clone();
        let base = std::mem::replace(&mut self.settings_base, settings.clone());
        let path = dir.join(Settings::FILE_NAME);
        self.store(move || {
            settings
                .save_changes(&base, &path)
                .map_err(|e| e.to_string())
        });
    }

    /// Runs `write` on the disk thread, behind the writes asked for before
    /// it; an error comes back as a notice.
    fn store(&mut self, write: impl FnOnce() -> Result<(), String> + Send + 'static) {
        let done = self.disk.run(write);
        self.pending.push(Task::perform(done, |result| {
            Message::Stored(match result {
                Some(result) => result.err(),
                None => Some(t!("notice-write-unfinished")),
            })
        }));
    }

    fn open_data_folder(&mut self) {
        let Some(dir) = &self.data_dir else {
            return;
        };
        if let Err(error) = std::fs::create_dir_all(dir).and_then(|()| {
            std::process::Command::new("xdg-open")
                .arg(dir)
                .spawn()
                .map(drop)
        }) {
            self.notices.push(t!(
                "notice-cannot-open-folder",
                folder = dir.display().to_string(),
                error = error.to_string()
            ));
        }
    }
}

pub fn sound_options(settings: &Settings) -> sound::Options {
    sound::Options {
        volume: settings.volume,
        muted: settings.muted,
        voice: settings.voice,
        breath_tone: settings.breath_tone,
    }
}

fn library_dir(data_dir: &Option<PathBuf>) -> PathBuf {
    data_dir
        .as_ref()
        .map_or_else(PathBuf::new, |d| d.join("routines"))
}

/// A message for each SIGTERM. Waiting on the signal costs nothing while
/// none comes; without a tokio signal driver it sends nothing.
fn terminations() -> impl iced::futures::Stream<Item = Message> {
    iced::stream::channel(
        1,
        async |mut output: iced::futures::channel::mpsc::Sender<Message>| {
            use tokio::signal::unix::{SignalKind, signal};
            if let Ok(mut terminate) = signal(SignalKind::terminate()) {
                while terminate.recv().await.is_some() {
                    let _ = output.try_send(Message::Terminate);
                }
            }
        },
    )
}

fn load_history(data_dir: &Option<PathBuf>, notices: &mut Vec<String>) -> Vec<SessionRecord> {
    let Some(dir) = data_dir else {
        return Vec::new();
    };
    match history::load_all(dir) {
        Ok(loaded) => {
            notices.extend(loaded.bad_lines.iter().take(3).map(ToString::to_string));
            loaded.records
        }
        Err(error) => {
            notices.push(error.to_string());
            Vec::new()
        }
    }
}

/// The checkpoint of a session cut short on this computer (another
/// computer's stays in its own state folder, never offered here).
fn load_checkpoint(state_dir: &Option<PathBuf>, notices: &mut Vec<String>) -> Option<Checkpoint> {
    let path = state_dir.as_ref()?.join(checkpoint::FILE_NAME);
    match Checkpoint::load(&path, Catalogue::builtin()) {
        Ok(checkpoint) => checkpoint,
        Err(error) => {
            notices.push(error.to_string());
            None
        }
    }
}

/// Off the UI thread, after the window is up: the desktop's light or dark.
fn ask_desktop_theme() -> Task<Message> {
    Task::perform(
        crate::platform::desktop_theme::prefers_dark(),
        Message::SystemTheme,
    )
}

fn pointer_moved(
    event: iced::Event,
    _status: iced::event::Status,
    _window: window::Id,
) -> Option<Message> {
    match event {
        iced::Event::Mouse(iced::mouse::Event::CursorMoved { .. }) => Some(Message::PointerMoved),
        _ => None,
    }
}

/// The screen lock signals of the desktop, for as long as a session runs.
fn screen_locks() -> impl iced::futures::Stream<Item = Message> {
    use iced::futures::StreamExt;
    crate::platform::screen_lock::locks(crate::platform::screen_lock::Buses::Desktop)
        .map(|()| Message::ScreenLocked)
}

fn key_message(event: keyboard::Event) -> Option<Message> {
    keys::hotkey(event).map(Message::Key)
}

fn dropped_file((_, event): (window::Id, window::Event)) -> Option<Message> {
    match event {
        window::Event::FileDropped(path) => Some(Message::FileDropped(path)),
        _ => None,
    }
}
