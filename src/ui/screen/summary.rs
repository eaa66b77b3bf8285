//! After a session: what was done, then pain, effort and a note. Enter
//! saves; closing the window here still logs the session, unrated.

use crate::core::duration::short_duration;
use crate::core::history::MAX_NOTE_CHARS;
use crate::core::session::{Effort, MAX_PAIN, SessionRecord};
use crate::core::t;
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
        let title = crate::core::library::shown_title(&record.routine_id, &record.routine_title);
        let mut detail = t!(
            "summary-detail",
            title = title,
            active = done,
            done = record.steps_done,
            total = record.steps_total
        );
        if !record.painful_steps.is_empty() {
            detail = format!("{detail} {}", t!("summary-painful-marked"));
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
    pub fn headline(&self) -> String {
        match (self.record.completed, self.pain_after, self.pain_went_up()) {
            (false, _, _) => t!("summary-stopped"),
            (true, Some(_), false) => t!("summary-well-done"),
            (true, _, _) => t!("summary-complete"),
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
            (Effort::Easy, t!("effort-easy")),
            (Effort::Right, t!("effort-right")),
            (Effort::Hard, t!("effort-hard")),
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
            Some(before) => t!("summary-pain-now-before", before = before),
            None => t!("summary-pain-now"),
        };
        let went_up = self.pain_went_up().then(|| {
            text(t!("summary-pain-went-up"))
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
                text(t!("summary-how-hard")).size(sizes.heading()),
                row(effort).spacing(8),
                text(t!("summary-note")).size(sizes.heading()),
                text_input(&t!("summary-note-placeholder"), &self.note)
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
                text(t!("summary-discard-ask")).size(sizes.body()),
                button(text(t!("summary-discard")).size(sizes.body()))
                    .padding([10, 20])
                    .style(style::danger_button)
                    .on_press(Message::ConfirmDiscard),
                button(text(t!("summary-keep")).size(sizes.body()))
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
            button(text(t!("summary-save")).size(sizes.body()))
                .padding([10, 28])
                .style(style::primary_button)
                .on_press(Message::Save),
            button(text(t!("summary-discard-more")).size(sizes.body()))
                .padding([10, 20])
                .style(style::secondary_button)
                .on_press(Message::AskDiscard),
            text(t!("summary-enter-saves"))
                .size(sizes.small())
                .style(style::subtle),
        ]
        .spacing(16)
        .align_y(Alignment::Center)
        .wrap()
        .into()
    }
}
