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
    /// Ask whether to leave the session out of the history.
    AskDiscard,
    /// Leave it out.
    ConfirmDiscard,
    /// Keep it after all.
    KeepIt,
}

#[derive(Debug)]
pub enum Action {
    None,
    /// Log this record and go back to Today.
    Save(Box<SessionRecord>),
    /// Log nothing and go back to Today.
    Discard,
}

pub struct Summary {
    record: SessionRecord,
    pub pain_after: Option<u8>,
    pub effort: Option<Effort>,
    pub note: String,
    detail: String,
    /// Asking whether to discard the session.
    pub confirming_discard: bool,
}

impl Summary {
    /// `pain_before` is what was given on the first page, if anything.
    pub fn new(mut record: SessionRecord, pain_before: Option<u8>) -> Summary {
        record.pain_before = pain_before;
        let done = short_duration(Duration::from_secs(record.active_seconds));
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
            detail,
            confirming_discard: false,
        }
    }

    /// Whether the pain rated now is above the pain before the session.
    pub fn pain_went_up(&self) -> bool {
        matches!((self.record.pain_before, self.pain_after), (Some(before), Some(after)) if after > before)
    }

    /// "Well done" only once the pain is rated and did not go up.
    pub fn headline(&self) -> &'static str {
        match (self.record.completed, self.pain_after, self.pain_went_up()) {
            (false, _, _) => "Session stopped",
            (true, Some(_), false) => "Well done: session complete",
            (true, _, _) => "Session complete",
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
            Message::AskDiscard => self.confirming_discard = true,
            Message::KeepIt => self.confirming_discard = false,
            Message::ConfirmDiscard => return Action::Discard,
        }
        Action::None
    }

    pub fn hotkey(&self, key: Hotkey) -> Option<Message> {
        if self.confirming_discard {
            return match key {
                Hotkey::Escape => Some(Message::KeepIt),
                _ => None,
            };
        }
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
        let question = match self.record.pain_before {
            Some(before) => {
                format!("Pain now, 0 (none) to 10 (worst); before the session: {before}")
            }
            None => "Pain now, 0 (none) to 10 (worst)".to_string(),
        };
        let went_up = self.pain_went_up().then(|| {
            text(
                "Your pain is higher than before the session. Rest today and go \
                 gently; if it stays up, tell your physiotherapist before the \
                 next session.",
            )
            .size(sizes.body())
            .style(style::warning_text)
        });
        let content = column![
            text(self.headline()).size(sizes.title()).font(font::BOLD),
            text(self.detail.clone()).size(sizes.body()),
            text(question).size(sizes.heading()),
            row(pain).spacing(6).wrap(),
        ]
        .push(went_up)
        .push(
            column![
                text("How hard did it feel?").size(sizes.heading()),
                row(effort).spacing(8),
                text("Note (optional)").size(sizes.heading()),
                text_input("How did it go?", &self.note)
                    .id("note")
                    .on_input(Message::NoteChanged)
                    .on_submit(Message::Save)
                    .size(sizes.body())
                    .padding(10)
                    .style(style::field(false)),
                self.buttons(sizes),
            ]
            .spacing(14),
        )
        .spacing(14)
        .max_width(760);
        let card = container(content)
            .padding(28)
            .max_width(style::PAGE_WIDTH)
            .style(style::card);
        scrollable(center(card).padding(style::PAGE_PADDING)).into()
    }

    fn buttons(&self, sizes: Sizes) -> Element<'_, Message> {
        if self.confirming_discard {
            return row![
                text("Leave this session out of your history?").size(sizes.body()),
                button(text("Discard").size(sizes.body()))
                    .padding([10, 20])
                    .style(style::danger_button)
                    .on_press(Message::ConfirmDiscard),
                button(text("Keep it (Esc)").size(sizes.body()))
                    .padding([10, 20])
                    .style(style::secondary_button)
                    .on_press(Message::KeepIt),
            ]
            .spacing(12)
            .align_y(Alignment::Center)
            .wrap()
            .into();
        }
        row![
            button(text("Save").size(sizes.body()))
                .padding([10, 28])
                .style(style::primary_button)
                .on_press(Message::Save),
            button(text("Discard…").size(sizes.body()))
                .padding([10, 20])
                .style(style::secondary_button)
                .on_press(Message::AskDiscard),
            text("Enter saves. Every rating is optional.")
                .size(sizes.small())
                .style(style::subtle),
        ]
        .spacing(16)
        .align_y(Alignment::Center)
        .wrap()
        .into()
    }
}
