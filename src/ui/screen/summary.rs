//! After a session: what was done, then pain, effort and a note. Enter
//! saves; closing the window here still logs the session, unrated.

use crate::core::duration::short_duration;
use crate::core::history::MAX_NOTE_CHARS;
use crate::core::session::{Effort, MAX_PAIN, SessionRecord};
use crate::ui::font;
use crate::ui::keys::Hotkey;
use crate::ui::style::{self, Sizes};
use iced::widget::{button, center, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element};
use std::time::Duration;

#[derive(Debug, Clone)]
pub enum Message {
    PainAfter(u8),
    Effort(Effort),
    NoteChanged(String),
    Save,
}

#[derive(Debug)]
pub enum Action {
    None,
    /// Log this record and go back to Today.
    Save(Box<SessionRecord>),
}

pub struct Summary {
    record: SessionRecord,
    pub pain_after: Option<u8>,
    pub effort: Option<Effort>,
    pub note: String,
    headline: String,
    detail: String,
}

impl Summary {
    /// `pain_before` is what was given on the first page, if anything.
    pub fn new(mut record: SessionRecord, pain_before: Option<u8>) -> Summary {
        record.pain_before = pain_before;
        let done = short_duration(Duration::from_secs(record.active_seconds));
        let headline = if record.completed {
            "Well done: session complete".to_string()
        } else {
            "Session stopped".to_string()
        };
        let mut detail = format!(
            "{}: {done} of exercise, {} of {} steps.",
            record.routine_title, record.steps_done, record.steps_total
        );
        if !record.painful_steps.is_empty() {
            detail.push_str(" Painful steps are marked in your history.");
        }
        Summary {
            record,
            pain_after: None,
            effort: None,
            note: String::new(),
            headline,
            detail,
        }
    }

    /// The record with whatever ratings were given.
    pub fn record(&self) -> SessionRecord {
        let note = self.note.trim();
        SessionRecord {
            pain_after: self.pain_after,
            effort: self.effort,
            note: (!note.is_empty()).then(|| note.to_string()),
            ..self.record.clone()
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::PainAfter(pain) => self.pain_after = (pain <= MAX_PAIN).then_some(pain),
            Message::Effort(effort) => self.effort = Some(effort),
            Message::NoteChanged(note) => {
                self.note = note.chars().take(MAX_NOTE_CHARS).collect();
            }
            Message::Save => return Action::Save(Box::new(self.record())),
        }
        Action::None
    }

    pub fn hotkey(&self, key: Hotkey) -> Option<Message> {
        match key {
            Hotkey::Enter | Hotkey::Save => Some(Message::Save),
            Hotkey::Digit(d) => Some(Message::PainAfter(d)),
            _ => None,
        }
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        let pain = (0..=MAX_PAIN).map(|p| {
            button(text(p).size(sizes.body()))
                .padding([6, 12])
                .style(style::choice_button(self.pain_after == Some(p)))
                .on_press(Message::PainAfter(p))
                .into()
        });
        let effort = [
            (Effort::Easy, "Easy"),
            (Effort::Right, "About right"),
            (Effort::Hard, "Hard"),
        ]
        .into_iter()
        .map(|(e, label)| {
            button(text(label).size(sizes.body()))
                .padding([6, 16])
                .style(style::choice_button(self.effort == Some(e)))
                .on_press(Message::Effort(e))
                .into()
        });
        let content = column![
            text(self.headline.clone())
                .size(sizes.title())
                .font(font::BOLD),
            text(self.detail.clone()).size(sizes.body()),
            text("Pain now, 0 (none) to 10 (worst)").size(sizes.heading()),
            row(pain).spacing(6).wrap(),
            text("How hard did it feel?").size(sizes.heading()),
            row(effort).spacing(8),
            text("Note (optional)").size(sizes.heading()),
            text_input("How did it go?", &self.note)
                .id("note")
                .on_input(Message::NoteChanged)
                .on_submit(Message::Save)
                .size(sizes.body())
                .padding(10),
            row![
                button(text("Save").size(sizes.body()))
                    .padding([10, 28])
                    .style(style::primary_button)
                    .on_press(Message::Save),
                text("Enter saves. Every rating is optional.")
                    .size(sizes.small())
                    .style(style::subtle),
            ]
            .spacing(16)
            .align_y(Alignment::Center),
        ]
        .spacing(14)
        .max_width(760);
        scrollable(center(container(content).padding(28).style(style::card)).padding(24)).into()
    }
}
