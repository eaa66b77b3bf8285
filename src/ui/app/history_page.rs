//! The History screen's needs: the records, and writing the report.

use super::{App, Message, Screen};
use crate::ui::screen::history::{self, HistoryScreen};
use iced::Task;

impl App {
    /// The History screen, all routines or only `routine` (an id).
    pub(super) fn show_history(&mut self, routine: Option<String>) -> Task<Message> {
        let today = self.now().1.date_naive();
        self.screen = Screen::History(Box::new(HistoryScreen::new(&self.records, today, routine)));
        Task::none()
    }

    pub(super) fn history_message(&mut self, message: history::Message) -> Task<Message> {
        let Screen::History(screen) = &mut self.screen else {
            return Task::none();
        };
        match screen.update(message) {
            history::Action::None => Task::none(),
        }
    }
}
