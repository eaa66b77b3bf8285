//! The pose catalogue's screens, and adding a pose to a routine.

use super::{App, Message, Screen};
use crate::core::library::Origin;
use crate::core::t;
use crate::ui::screen::editor::Editor;
use crate::ui::screen::pose_page::{self, PosePage, Target};
use crate::ui::screen::poses::{self, PosesScreen};
use iced::Task;

impl App {
    /// The catalogue; a pose picked there goes into the parked editor, if
    /// one is waiting.
    pub(super) fn show_poses(&mut self) -> Task<Message> {
        let picking = self.parked.as_ref().map(|e| e.title().to_string());
        self.screen = Screen::Poses(PosesScreen::new(picking));
        iced::widget::operation::focus(poses::SEARCH)
    }

    pub(super) fn poses_message(&mut self, message: poses::Message) -> Task<Message> {
        let Screen::Poses(screen) = &mut self.screen else {
            return Task::none();
        };
        match screen.update(message) {
            poses::Action::None => Task::none(),
            poses::Action::Open(id) => {
                let from = screen.clone();
                let targets = self.targets();
                if let Some(page) = PosePage::new(&id, targets, from) {
                    self.screen = Screen::Pose(page);
                }
                Task::none()
            }
            poses::Action::Add(id) => self.add_pose_to(&id, Target::Editing(String::new())),
            poses::Action::Cancel => {
                self.unpark();
                Task::none()
            }
        }
    }

    pub(super) fn pose_message(&mut self, message: pose_page::Message) -> Task<Message> {
        let Screen::Pose(page) = &mut self.screen else {
            return Task::none();
        };
        match page.update(message) {
            pose_page::Action::None => Task::none(),
            pose_page::Action::Back => {
                let from = (*page.from).clone();
                self.screen = Screen::Poses(from);
                Task::none()
            }
            pose_page::Action::Add { pose, to } => self.add_pose_to(&pose, to),
        }
    }

    /// Where a pose can go: the routine being edited if there is one,
    /// else a new routine or one of the person's own.
    fn targets(&self) -> Vec<Target> {
        if let Some(editor) = &self.parked {
            return vec![Target::Editing(editor.title().to_string())];
        }
        let own = self
            .library
            .entries
            .iter()
            .filter(|e| e.origin == Origin::Own && e.routine.is_ok());
        std::iter::once(Target::New)
            .chain(own.map(|e| Target::Own {
                key: e.key.clone(),
                title: e.title.clone(),
            }))
            .collect()
    }

    fn add_pose_to(&mut self, pose: &str, target: Target) -> Task<Message> {
        let editor = match target {
            Target::Editing(_) => self.parked.take(),
            Target::New => Some(Box::new(Editor::new(None, &t!("today-new-routine"), None))),
            Target::Own { key, .. } => self.library.get(&key).and_then(|entry| {
                let routine = entry.routine.as_ref().ok()?;
                Some(Box::new(Editor::new(
                    Some(routine),
                    &routine.title,
                    Some(key),
                )))
            }),
        };
        let Some(mut editor) = editor else {
            return Task::none();
        };
        editor.add_pose(pose);
        self.screen = Screen::Editor(editor);
        iced::widget::operation::snap_to_end(crate::ui::screen::editor::SCROLL)
    }

    /// Back to the editor that was waiting for a pose.
    pub(super) fn unpark(&mut self) {
        if let Some(editor) = self.parked.take() {
            self.screen = Screen::Editor(editor);
        }
    }
}
