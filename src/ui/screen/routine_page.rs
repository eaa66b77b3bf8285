//! One routine: its steps with small pictures and doses, its total time and
//! its prescription, its reminders, and a Start button.

pub mod reminders;

use crate::core::catalogue::Catalogue;
use crate::core::dose;
use crate::core::duration::format_duration;
use crate::core::reminder::Reminder;
use crate::core::routine::{Exercise, Routine};
use crate::core::t;
use crate::ui::font;
use crate::ui::keys::Hotkey;
use crate::ui::style::{self, Sizes};
use crate::ui::widget::back::back;
use crate::ui::widget::picture::picture;
use iced::widget::{button, column, container, row, scrollable, space, text};
use iced::{Alignment, Element, Fill};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub enum Message {
    Start,
    Back,
    Edit,
    AddPose,
    History,
    SaveAs,
    /// Where to save the copy, from the file dialog.
    SaveTo(Option<PathBuf>),
    Handout,
    /// Where to save the handout, from the file dialog.
    HandoutTo(Option<PathBuf>),
    Reminder(reminders::Message),
}

#[derive(Debug)]
pub enum Action {
    None,
    Start,
    Back,
    Edit,
    AddPose,
    History,
    /// Ask where to save a copy of the routine file.
    PickFile,
    SaveTo(PathBuf),
    /// Ask where to save the printable handout.
    PickHandout,
    HandoutTo(PathBuf),
    /// Save these reminder settings for this routine.
    SaveReminder(Reminder),
}

#[derive(Debug, Clone)]
struct StepLine {
    pose: String,
    name: String,
    dose: String,
    note: Option<String>,
}

pub struct RoutinePage {
    pub routine: Routine,
    /// The library key, or the file it was opened from.
    pub key: Option<String>,
    pub source: Option<PathBuf>,
    /// The title and notes as shown (a bundled routine's in the language),
    /// worked out once rather than at every frame.
    title: String,
    notes: Option<String>,
    steps: Vec<StepLine>,
    total: String,
    prescription: Option<String>,
    /// What just happened to it: imported, saved a copy…
    pub notice: Option<String>,
    /// Only for routines in the library (reminders are kept by key).
    pub reminders: Option<reminders::ReminderForm>,
}

impl RoutinePage {
    pub fn new(routine: Routine, key: Option<String>, source: Option<PathBuf>) -> RoutinePage {
        let catalogue = Catalogue::builtin();
        let steps = routine
            .steps
            .iter()
            .map(|step| {
                let (pose, name) = match &step.exercise {
                    Exercise::Pose(id) => catalogue
                        .find(id)
                        .map_or((id.clone(), id.clone()), |p| (p.id.clone(), p.name.clone())),
                    Exercise::Custom(custom) => (String::new(), custom.name.clone()),
                };
                StepLine {
                    pose,
                    name,
                    dose: dose::dose(step, catalogue),
                    note: step.note.clone(),
                }
            })
            .collect();
        let total = format_duration(routine.duration_ms(catalogue));
        let prescription = dose::prescription(routine.prescription);
        RoutinePage {
            title: crate::core::library::title_of(&routine),
            notes: crate::core::library::notes_of(&routine),
            routine,
            key,
            source,
            steps,
            total,
            prescription,
            notice: None,
            reminders: None,
        }
    }

    /// The routine's title as shown.
    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Start => Action::Start,
            Message::Back => Action::Back,
            Message::Edit => Action::Edit,
            Message::AddPose => Action::AddPose,
            Message::History => Action::History,
            Message::SaveAs => Action::PickFile,
            Message::SaveTo(Some(path)) => Action::SaveTo(path),
            Message::Handout => Action::PickHandout,
            Message::HandoutTo(Some(path)) => Action::HandoutTo(path),
            Message::SaveTo(None) | Message::HandoutTo(None) => Action::None,
            Message::Reminder(message) => {
                let changed = self.reminders.as_mut().and_then(|f| f.update(message));
                changed.map_or(Action::None, Action::SaveReminder)
            }
        }
    }

    pub fn hotkey(&self, key: Hotkey) -> Option<Message> {
        match key {
            Hotkey::Enter | Hotkey::Space => Some(Message::Start),
            Hotkey::Escape => Some(Message::Back),
            Hotkey::Save => Some(Message::SaveAs),
            _ => None,
        }
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        let mut facts = vec![t!(
            "routine-page-facts",
            steps = self.steps.len(),
            length = self.total.as_str()
        )];
        facts.extend(self.prescription.clone());
        let header = row![
            column![
                text(self.title.clone())
                    .size(sizes.title())
                    .font(font::BOLD),
                text(facts.join(" · ")).size(sizes.body()),
            ]
            .spacing(6),
            space::horizontal(),
            button(
                text(t!("routine-page-start"))
                    .size(sizes.heading())
                    .font(font::BOLD)
            )
            .style(style::primary_button)
            .padding([12, 32])
            .on_press(Message::Start),
        ]
        .spacing(12)
        .align_y(Alignment::Center);
        let own = self.key.as_deref().is_some_and(|k| k.starts_with("own/"));
        let link = |label: String, message: Message| {
            button(text(label).size(sizes.small()))
                .style(style::secondary_button)
                .padding([6, 12])
                .on_press(message)
        };
        let links = row![
            link(
                if own {
                    t!("routine-page-edit")
                } else {
                    t!("routine-page-edit-copy")
                },
                Message::Edit
            ),
            link(t!("routine-page-add-pose"), Message::AddPose),
            link(t!("routine-page-see-history"), Message::History),
            link(t!("routine-page-save-as"), Message::SaveAs),
            link(t!("routine-page-handout"), Message::Handout),
        ]
        .spacing(8)
        .wrap()
        .vertical_spacing(8);
        let mut page = column![back(Message::Back, sizes), header, links]
            .spacing(12)
            .padding(style::PAGE_PADDING)
            .max_width(style::PAGE_WIDTH);
        if let Some(notice) = &self.notice {
            page = page.push(
                container(text(notice.clone()).size(sizes.body()))
                    .padding(12)
                    .width(Fill)
                    .style(style::card),
            );
        }
        if let Some(author) = &self.routine.author {
            page = page.push(
                text(t!("routine-page-from", author = author.as_str()))
                    .size(sizes.small())
                    .style(style::subtle),
            );
        }
        if let Some(notes) = &self.notes {
            page = page.push(text(notes.clone()).size(sizes.body()));
        }
        for (index, step) in self.steps.iter().enumerate() {
            page = page.push(step_view(index, step, sizes));
        }
        if let Some(form) = &self.reminders {
            page = page.push(form.view(sizes).map(Message::Reminder));
        }
        page = page.push(
            text(t!("routine-page-enter-starts-esc-goes"))
                .size(sizes.small())
                .style(style::subtle),
        );
        scrollable(container(page).center_x(Fill))
            .height(Fill)
            .into()
    }
}

fn step_view(index: usize, step: &StepLine, sizes: Sizes) -> Element<'_, Message> {
    let mut words = column![
        text(format!("{}. {}", index + 1, step.name))
            .size(sizes.body())
            .font(font::BOLD),
        text(step.dose.clone()).size(sizes.body()),
    ]
    .spacing(4);
    if let Some(note) = &step.note {
        words = words.push(text(note.clone()).size(sizes.small()).style(style::subtle));
    }
    container(
        row![picture(&step.pose, 72.0), words]
            .spacing(16)
            .align_y(Alignment::Center),
    )
    .padding(10)
    .width(Fill)
    .style(style::card)
    .into()
}
