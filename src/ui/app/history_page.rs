//! The History screen's needs: the records, the file dialog, and writing
//! the report.

use super::{App, Message, Page, Screen};
use crate::core::store::write_atomically;
use crate::core::t;
use crate::ui::screen::history::{self, HistoryScreen};
use iced::Task;
use std::path::{Path, PathBuf};

impl App {
    /// The History screen, all routines or only `routine` (an id or a
    /// title).
    pub(super) fn show_history(&mut self, routine: Option<String>) -> Task<Message> {
        let today = self.now().1.date_naive();
        let screen = HistoryScreen::new(&self.records, today, routine)
            .with_programmes(self.library.programmes());
        self.screen = Screen::History(Box::new(screen));
        Task::none()
    }

    pub(super) fn history_message(&mut self, message: history::Message) -> Task<Message> {
        let Screen::History(screen) = &mut self.screen else {
            return Task::none();
        };
        match screen.update(message) {
            history::Action::None => Task::none(),
            history::Action::PickReportFile => pick_report_file(),
            history::Action::WriteReport { path, text } => {
                screen.report_written(write_report(&path, &text));
                Task::none()
            }
            history::Action::GoToday => self.go(Page::Today),
        }
    }
}

fn pick_report_file() -> Task<Message> {
    Task::perform(
        rfd::AsyncFileDialog::new()
            .set_title(t!("report-save-title"))
            .set_file_name("posewise-report.html")
            .add_filter(t!("report-filter-html"), &["html", "htm"])
            .add_filter(t!("report-filter-csv"), &["csv"])
            .save_file(),
        |picked| {
            Message::History(history::Message::ReportPicked(
                picked.map(|file| file.path().to_path_buf()),
            ))
        },
    )
}

/// Writes the whole report or nothing; the error says what to do.
fn write_report(path: &Path, text: &str) -> Result<PathBuf, String> {
    write_atomically(path, text.as_bytes())
        .map(|()| path.to_path_buf())
        .map_err(|error| {
            t!(
                "report-cannot-save",
                path = path.display().to_string(),
                error = error.to_string()
            )
        })
}
