//! The routine editor's needs: opening a draft, saving it into the
//! library, and asking before unsaved changes are left behind.

use super::{App, Message, Page, Screen};
use crate::core::catalogue::Catalogue;
use crate::core::library::Origin;
use crate::core::routine::Routine;
use crate::core::t;
use crate::ui::screen::editor::{self, Editor, Leave};
use iced::Task;

impl App {
    /// `true` when an editor with unsaved changes has asked the person
    /// first; `leave` happens once they answer. An editor parked while a
    /// pose is chosen comes back to ask.
    pub(super) fn editor_asks(&mut self, leave: Leave) -> bool {
        if self.parked.as_ref().is_some_and(|e| e.is_dirty()) {
            self.unpark();
        }
        match &mut self.screen {
            Screen::Editor(editor) => editor.ask_before(leave),
            _ => false,
        }
    }

    /// An empty new routine.
    pub(super) fn new_routine(&mut self) -> Task<Message> {
        if self.editor_asks(Leave::Go(Page::Routines)) {
            return Task::none();
        }
        self.parked = None;
        self.screen = Screen::Editor(Box::new(Editor::new(None, &t!("today-new-routine"), None)));
        Task::none()
    }

    /// Edits the library's routine `key` when it is the person's own, or
    /// else a copy of `routine` (bundled, or opened from a file).
    pub(super) fn edit_routine(&mut self, routine: &Routine, key: Option<&str>) -> Task<Message> {
        self.parked = None;
        let own = key
            .and_then(|k| self.library.get(k))
            .filter(|e| e.origin == Origin::Own);
        let editor = match own {
            Some(entry) => Editor::new(Some(routine), &routine.title, Some(entry.key.clone())),
            None => Editor::new(
                Some(routine),
                &self
                    .library
                    .copy_title(&crate::core::library::title_of(routine)),
                None,
            ),
        };
        self.screen = Screen::Editor(Box::new(editor));
        Task::none()
    }

    pub(super) fn editor_message(&mut self, message: editor::Message) -> Task<Message> {
        let Screen::Editor(editor) = &mut self.screen else {
            return Task::none();
        };
        match editor.update(message) {
            editor::Action::None => Task::none(),
            editor::Action::PickPose => {
                let placeholder = Screen::Today(self.today_screen());
                if let Screen::Editor(editor) = std::mem::replace(&mut self.screen, placeholder) {
                    self.parked = Some(editor);
                }
                self.show_poses()
            }
            editor::Action::Save(routine, then) => {
                if self.save_edited(&routine) {
                    then.map_or_else(Task::none, |leave| self.leave_editor(leave))
                } else {
                    Task::none()
                }
            }
            editor::Action::Leave(leave) => self.leave_editor(leave),
            editor::Action::AddedCustom(index) => {
                let name =
                    crate::core::draft::Field::Step(index, crate::core::draft::StepField::Name);
                Task::batch([
                    iced::widget::operation::snap_to_end(editor::SCROLL),
                    iced::widget::operation::focus(name.key()),
                ])
            }
        }
    }

    /// Writes the editor's routine into the library; `false` (with the
    /// reason on the editor) if it could not.
    fn save_edited(&mut self, routine: &Routine) -> bool {
        let Screen::Editor(editor) = &self.screen else {
            return false;
        };
        let saved = match editor.key.clone() {
            Some(key) => self.library.replace(&key, routine),
            None => self.library.create(routine),
        };
        if let Ok(path) = &saved {
            self.library.refresh(path, Catalogue::builtin());
        }
        let Screen::Editor(editor) = &mut self.screen else {
            return false;
        };
        match saved {
            Ok(path) => {
                let key = self.library.key_of(&path).map(str::to_string);
                let message = format!("Saved to {}", path.display());
                editor.saved_as(key.unwrap_or_default(), message);
                true
            }
            Err(error) => {
                editor.save_failed(error.to_string());
                false
            }
        }
    }

    fn leave_editor(&mut self, leave: Leave) -> Task<Message> {
        let key = match &self.screen {
            Screen::Editor(editor) => editor.key.clone(),
            _ => None,
        };
        // Whatever the editor held is saved or given up by now.
        self.screen = Screen::Today(self.today_screen());
        match leave {
            Leave::Go(page) => self.go_now(page),
            Leave::Back => match key.filter(|k| self.library.get(k).is_some()) {
                Some(key) => self.open_key(&key),
                None => self.go_now(Page::Routines),
            },
            Leave::Close(id) => self.close_now(id),
            Leave::Open(path) => self.open_file(path),
        }
    }
}
