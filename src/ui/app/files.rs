//! Routines from the library and from files: opening, starting, and the
//! library's own actions (duplicate, rename, delete).

use super::{App, Message, Page, Screen};
use crate::core::catalogue::Catalogue;
use crate::core::handout;
use crate::core::library::{Imported, Library, slug};
use crate::core::routine::Routine;
use crate::core::store::write_atomically;
use crate::core::t;
use crate::ui::screen::editor::Leave;
use crate::ui::screen::routine_page::reminders::ReminderForm;
use crate::ui::screen::routine_page::{self, RoutinePage};
use crate::ui::screen::routines::{self, RoutinesScreen};
use crate::ui::screen::today as today_screen;
use iced::Task;
use std::path::PathBuf;
impl App {
    /// Checks the routine file at `path`, copies it into the person's
    /// routines (unless the same routine is there already) and shows it;
    /// or shows what is wrong with the file next to its name.
    pub fn open_file(&mut self, path: PathBuf) -> Task<Message> {
        if self.editor_asks(Leave::Open(path.clone())) {
            return Task::none();
        }
        if self.data_dir.is_none() {
            return self.show_file(path);
        }
        match self.library.import(&path, Catalogue::builtin()) {
            Ok(imported) => {
                if let Imported::Added { path, .. }
                | Imported::AlreadyThere {
                    path: Some(path), ..
                } = &imported
                {
                    self.library.refresh(path, Catalogue::builtin());
                }
                let key = match &imported {
                    Imported::AlreadyThere { key: Some(key), .. } => Some(key.clone()),
                    Imported::Added { path, .. }
                    | Imported::AlreadyThere {
                        path: Some(path), ..
                    } => self.library.key_of(path).map(str::to_string),
                    Imported::AlreadyThere { .. } => None,
                };
                let Some(key) = key else {
                    return self.show_file(path);
                };
                let _ = self.open_key(&key);
                if let Screen::Routine(page) = &mut self.screen {
                    page.notice = Some(match imported {
                        Imported::Added { .. } => t!("files-added"),
                        Imported::AlreadyThere { path: None, .. } => t!("files-already-bundled"),
                        Imported::AlreadyThere { .. } => t!("files-already-there"),
                    });
                }
            }
            Err(error) => {
                let _ = self.go_now(Page::Routines);
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.file_error(t!(
                    "files-cannot-open",
                    name = name,
                    error = error.to_string()
                ));
            }
        }
        Task::none()
    }

    /// Shows the routine in `path` without copying it anywhere.
    fn show_file(&mut self, path: PathBuf) -> Task<Message> {
        match Routine::load(&path, Catalogue::builtin()) {
            Ok(routine) => {
                self.screen = Screen::Routine(RoutinePage::new(routine, None, Some(path)));
            }
            Err(error) => self.file_error(error.to_string()),
        }
        Task::none()
    }

    /// Starts the routine in `path` straight away.
    /// `posewise run ROUTINE`: a file, or (from a reminder) a routine in
    /// the library by key, title or file name.
    pub fn run_file(&mut self, path: PathBuf, week: Option<u32>) -> Task<Message> {
        let named = (!path.is_file())
            .then(|| path.to_str().and_then(|name| self.library.find_named(name)))
            .flatten();
        let (routine, source) = match named {
            Some(entry) => (entry.routine.clone(), entry.path.clone()),
            None => (
                Routine::load(&path, Catalogue::builtin()).map_err(|e| e.to_string()),
                Some(path),
            ),
        };
        match routine {
            Ok(routine) => {
                let routine = match week {
                    Some(week) => routine.in_week(week),
                    None => routine,
                };
                self.start_session(&routine, source)
            }
            Err(error) => {
                self.file_error(error);
                Task::none()
            }
        }
    }

    fn file_error(&mut self, error: String) {
        match &mut self.screen {
            Screen::Routines(screen) => screen.error = Some(error),
            _ => self.notices.push(error),
        }
    }

    fn clock_date(&self) -> chrono::NaiveDate {
        self.now().1.date_naive()
    }

    fn pick_file() -> Task<Message> {
        Task::perform(
            rfd::AsyncFileDialog::new()
                .set_title(t!("files-open-title"))
                .add_filter(t!("files-filter-routine"), &["json"])
                .pick_file(),
            |picked| Message::FilePicked(picked.map(|file| file.path().to_path_buf())),
        )
    }

    fn start_key(&mut self, key: &str) -> Task<Message> {
        let Some(entry) = self.library.get(key) else {
            return Task::none();
        };
        match &entry.routine {
            Ok(routine) => {
                let (routine, path) = (routine.clone(), entry.path.clone());
                self.start_session(&routine, path)
            }
            Err(error) => {
                let error = error.clone();
                self.file_error(error);
                Task::none()
            }
        }
    }

    pub(super) fn open_key(&mut self, key: &str) -> Task<Message> {
        let Some(entry) = self.library.get(key) else {
            return Task::none();
        };
        if let Ok(routine) = &entry.routine {
            let mut page =
                RoutinePage::new(routine.clone(), Some(key.to_string()), entry.path.clone());
            let reminder = self.settings.reminder_for(key, Some(routine));
            page.reminders = Some(ReminderForm::new(reminder));
            self.screen = Screen::Routine(page);
        }
        Task::none()
    }

    pub(super) fn today_message(&mut self, message: today_screen::Message) -> Task<Message> {
        // Today holds nothing that its messages change: the app acts on
        // them, as long as Today is still the screen shown.
        if !matches!(self.screen, Screen::Today(_)) {
            return Task::none();
        }
        match message {
            today_screen::Message::Start(key) => self.start_key(&key),
            today_screen::Message::Open(key) => self.open_key(&key),
            today_screen::Message::Resume => self.resume_session(),
            today_screen::Message::DiscardResume => {
                self.discard_interrupted();
                self.go(Page::Today)
            }
            today_screen::Message::ShowRoutines => self.go(Page::Routines),
            today_screen::Message::Go(page) => self.go(page),
            today_screen::Message::NewRoutine => self.new_routine(),
        }
    }

    pub(super) fn routine_message(&mut self, message: routine_page::Message) -> Task<Message> {
        let Screen::Routine(page) = &mut self.screen else {
            return Task::none();
        };
        match page.update(message) {
            routine_page::Action::None => Task::none(),
            routine_page::Action::Start => {
                let (routine, source) = (page.routine.clone(), page.source.clone());
                self.start_session(&routine, source)
            }
            routine_page::Action::Back => self.go(Page::Routines),
            routine_page::Action::Edit => {
                let (routine, key) = (page.routine.clone(), page.key.clone());
                self.edit_routine(&routine, key.as_deref())
            }
            routine_page::Action::AddPose => {
                let (routine, key) = (page.routine.clone(), page.key.clone());
                let _ = self.edit_routine(&routine, key.as_deref());
                self.editor_message(crate::ui::screen::editor::Message::AddPose)
            }
            routine_page::Action::PickFile => {
                let name = format!("{}.posewise.json", slug(&page.routine.title));
                save_dialog(&t!("files-save-copy-title"), &name, |picked| {
                    Message::Routine(routine_page::Message::SaveTo(picked))
                })
            }
            routine_page::Action::SaveTo(path) => {
                let text = page.routine.to_json();
                page.notice = Some(match write_atomically(&path, text.as_bytes()) {
                    Ok(()) => t!("files-saved-copy", path = path.display().to_string()),
                    Err(error) => t!(
                        "files-cannot-save",
                        path = path.display().to_string(),
                        error = error.to_string()
                    ),
                });
                Task::none()
            }
            routine_page::Action::PickHandout => {
                let name = format!("{}-handout.html", slug(&page.routine.title));
                save_dialog(&t!("files-save-handout-title"), &name, |picked| {
                    Message::Routine(routine_page::Message::HandoutTo(picked))
                })
            }
            routine_page::Action::HandoutTo(path) => {
                let today = self.clock_date();
                let Screen::Routine(page) = &mut self.screen else {
                    return Task::none();
                };
                let html = handout::html(&page.routine, Catalogue::builtin(), today);
                page.notice = Some(match write_atomically(&path, html.as_bytes()) {
                    Ok(()) => t!("files-saved-handout", path = path.display().to_string()),
                    Err(error) => t!(
                        "files-cannot-save",
                        path = path.display().to_string(),
                        error = error.to_string()
                    ),
                });
                Task::none()
            }
            routine_page::Action::History => {
                let title = page.routine.title.clone();
                self.show_history(Some(title))
            }
            routine_page::Action::SaveReminder(reminder) => {
                let Some(key) = page.key.clone() else {
                    return Task::none();
                };
                self.save_reminder(key, reminder)
            }
        }
    }

    pub(super) fn routines_message(&mut self, message: routines::Message) -> Task<Message> {
        let Screen::Routines(screen) = &mut self.screen else {
            return Task::none();
        };
        let done = match screen.update(message) {
            routines::Action::None => return Task::none(),
            routines::Action::Open(key) => return self.open_key(&key),
            routines::Action::Start(key) => return self.start_key(&key),
            routines::Action::OpenFile => return App::pick_file(),
            routines::Action::New => return self.new_routine(),
            routines::Action::Duplicate(key) => self.library.duplicate(&key),
            routines::Action::Rename { key, title } => self.library.rename(&key, &title),
            routines::Action::Settle(key, keep) => {
                let title = self
                    .library
                    .get(&key)
                    .map(|e| e.title.clone())
                    .unwrap_or_default();
                let other = t!("routines-conflict-other-title", title = title.as_str());
                let done = self.library.settle(&key, keep, &other);
                // Two files may have changed: read the folder again.
                self.library = Library::load(&self.library.dir, Catalogue::builtin());
                let mut screen = RoutinesScreen::new(&self.library.entries);
                screen.error = done.err().map(|e| e.to_string());
                self.screen = Screen::Routines(screen);
                return Task::none();
            }
            routines::Action::Delete(key) => {
                let path = self.library.get(&key).and_then(|e| e.path.clone());
                self.library.delete(&key).map(|()| path.unwrap_or_default())
            }
        };
        if let Ok(path) = &done {
            self.library.refresh(path, Catalogue::builtin());
        }
        let mut screen = RoutinesScreen::new(&self.library.entries);
        screen.error = done.err().map(|e| e.to_string());
        self.screen = Screen::Routines(screen);
        Task::none()
    }
}

/// A "save as" file dialog, off the UI thread; `then` gets the chosen path
/// or `None` when cancelled.
fn save_dialog(
    title: &str,
    name: &str,
    then: impl Fn(Option<PathBuf>) -> Message + Send + 'static,
) -> Task<Message> {
    Task::perform(
        rfd::AsyncFileDialog::new()
            .set_title(title)
            .set_file_name(name)
            .save_file(),
        move |picked| then(picked.map(|file| file.path().to_path_buf())),
    )
}
