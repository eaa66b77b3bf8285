//! The pose catalogue's screens.

use super::{App, Message, Screen};
use crate::ui::screen::pose_page;
use crate::ui::screen::poses::{self, PosesScreen};
use iced::Task;

impl App {
    pub(super) fn show_poses(&mut self) -> Task<Message> {
        self.screen = Screen::Poses(PosesScreen);
        Task::none()
    }

    pub(super) fn poses_message(&mut self, message: poses::Message) -> Task<Message> {
        match message {}
    }

    pub(super) fn pose_message(&mut self, message: pose_page::Message) -> Task<Message> {
        match message {}
    }
}
