//! The routine editor's needs: opening a draft, saving it into the
//! library, and asking before unsaved changes are left behind.

use super::{App, Message};
use crate::ui::screen::editor::{self, Leave};
use iced::Task;

impl App {
    /// `true` when an editor with unsaved changes has asked the person
    /// first; `leave` happens once they answer.
    pub(super) fn editor_asks(&mut self, leave: Leave) -> bool {
        let _ = leave;
        false
    }

    pub(super) fn editor_message(&mut self, message: editor::Message) -> Task<Message> {
        match message {}
    }
}
