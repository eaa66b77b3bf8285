//! The routines: the bundled ones and the person's own. Open, start,
//! duplicate, rename, delete (after asking), or open a file.

use crate::core::duration::short_duration;
use crate::core::library::conflict::Keep;
use crate::core::library::{Entry, Origin};
use crate::core::t;
use crate::ui::font;
use crate::ui::keys::Hotkey;
use crate::ui::style::{self, Sizes};
use iced::widget::{
    button, center, column, container, opaque, row, scrollable, stack, text, text_input,
};
use iced::{Alignment, Element, Fill};
use std::time::Duration;

#[derive(Debug, Clone)]
pub enum Message {
    Select(usize),
    Open(String),
    Start(String),
    Duplicate(String),
    Rename(String),
    RenameChanged(String),
    RenameSubmit,
    Delete(String),
    ConfirmDelete,
    Cancel,
    OpenFile,
    New,
    /// What to keep of a sync engine's conflict copy and its routine.
    Settle(String, Keep),
}

#[derive(Debug)]
pub enum Action {
    None,
    Open(String),
    Start(String),
    Duplicate(String),
    Rename { key: String, title: String },
    Delete(String),
    OpenFile,
    New,
    Settle(String, Keep),
}

/// One routine as the list shows it.
#[derive(Debug, Clone)]
struct Line {
    key: String,
    title: String,
    detail: String,
    own: bool,
    problem: Option<String>,
    /// A conflict copy: the title of the routine it is a version of.
    conflict_of: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Dialog {
    Rename { key: String, title: String },
    Delete { key: String, title: String },
}

pub struct RoutinesScreen {
    lines: Vec<Line>,
    selected: usize,
    dialog: Option<Dialog>,
    /// The last thing that went wrong (a file that could not be opened…).
    pub error: Option<String>,
}

impl RoutinesScreen {
    pub fn new(entries: &[Entry]) -> RoutinesScreen {
        let mut lines: Vec<Line> = entries.iter().map(|entry| line(entry, entries)).collect();
        // A conflict copy waits for a choice: first, where it is seen.
        lines.sort_by_key(|line| line.conflict_of.is_none());
        RoutinesScreen {
            lines,
            selected: 0,
            dialog: None,
            error: None,
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Select(index) => self.selected = index.min(self.lines.len().saturating_sub(1)),
            Message::Open(key) => return Action::Open(key),
            Message::Start(key) => return Action::Start(key),
            Message::Duplicate(key) => return Action::Duplicate(key),
            Message::Rename(key) => {
                if let Some(line) = self.lines.iter().find(|l| l.key == key && l.own) {
                    self.dialog = Some(Dialog::Rename {
                        key,
                        title: line.title.clone(),
                    });
                }
            }
            Message::RenameChanged(new) => {
                if let Some(Dialog::Rename { title, .. }) = &mut self.dialog {
                    *title = new.chars().take(120).collect();
                }
            }
            Message::RenameSubmit => {
                if let Some(Dialog::Rename { key, title }) = self.dialog.take() {
                    return Action::Rename { key, title };
                }
            }
            Message::Delete(key) => {
                if let Some(line) = self.lines.iter().find(|l| l.key == key && l.own) {
                    self.dialog = Some(Dialog::Delete {
                        key,
                        title: line.title.clone(),
                    });
                }
            }
            Message::ConfirmDelete => {
                if let Some(Dialog::Delete { key, .. }) = self.dialog.take() {
                    return Action::Delete(key);
                }
            }
            Message::Cancel => self.dialog = None,
            Message::OpenFile => return Action::OpenFile,
            Message::New => return Action::New,
            Message::Settle(key, keep) => return Action::Settle(key, keep),
        }
        Action::None
    }

    pub fn hotkey(&self, key: Hotkey) -> Option<Message> {
        if let Some(dialog) = &self.dialog {
            return match (dialog, key) {
                (_, Hotkey::Escape) => Some(Message::Cancel),
                (Dialog::Delete { .. }, Hotkey::Enter) => Some(Message::ConfirmDelete),
                _ => None,
            };
        }
        let selected = self.lines.get(self.selected)?;
        match key {
            Hotkey::Up => Some(Message::Select(self.selected.saturating_sub(1))),
            Hotkey::Down => Some(Message::Select(self.selected + 1)),
            Hotkey::Enter => Some(Message::Open(selected.key.clone())),
            Hotkey::Space => Some(Message::Start(selected.key.clone())),
            Hotkey::Rename => Some(Message::Rename(selected.key.clone())),
            Hotkey::Delete => Some(Message::Delete(selected.key.clone())),
            Hotkey::Open => Some(Message::OpenFile),
            _ => None,
        }
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        let header = row![
            text(t!("routines-routines"))
                .size(sizes.title())
                .font(font::BOLD),
            iced::widget::space::horizontal(),
            button(text(t!("routines-open-a-file")).size(sizes.body()))
                .style(style::secondary_button)
                .padding([8, 16])
                .on_press(Message::OpenFile),
            button(text(t!("routines-new-routine")).size(sizes.body()))
                .style(style::secondary_button)
                .padding([8, 16])
                .on_press(Message::New),
        ]
        .spacing(10)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(8);
        let mut page = column![header]
            .spacing(10)
            .padding(style::PAGE_PADDING)
            .max_width(style::PAGE_WIDTH);
        if let Some(error) = &self.error {
            page = page.push(
                container(text(error.clone()).size(sizes.body()))
                    .padding(12)
                    .width(Fill)
                    .style(style::caution_box),
            );
        }
        for (index, line) in self.lines.iter().enumerate() {
            page = page.push(self.line_view(index, line, sizes));
        }
        page = page.push(
            text(t!("routines-up-and-down-choose"))
                .size(sizes.small())
                .style(style::subtle),
        );
        let list = scrollable(container(page).center_x(Fill)).height(Fill);
        match &self.dialog {
            None => list.into(),
            Some(dialog) => stack![list, dialog_view(dialog, sizes)].into(),
        }
    }

    /// A conflict copy: what it is, and the three ways to settle it.
    fn conflict_view<'a>(
        &'a self,
        line: &'a Line,
        original: &str,
        sizes: Sizes,
    ) -> Element<'a, Message> {
        let key = &line.key;
        let choice = |label: String, keep: Keep| {
            button(text(label).size(sizes.small()))
                .style(style::secondary_button)
                .padding([6, 12])
                .on_press_maybe(
                    (line.problem.is_none() || keep == Keep::Original)
                        .then(|| Message::Settle(key.clone(), keep)),
                )
        };
        let mut info = column![
            text(t!("routines-conflict-title", title = original))
                .size(sizes.body())
                .font(font::BOLD),
            text(t!("routines-conflict-detail", title = original)).size(sizes.small()),
        ]
        .spacing(4);
        if let Some(problem) = &line.problem {
            info = info.push(
                text(problem.clone())
                    .size(sizes.small())
                    .style(style::warning_text),
            );
        }
        let actions = row![
            button(text(t!("routines-open")).size(sizes.small()))
                .style(style::secondary_button)
                .padding([6, 12])
                .on_press_maybe(line.problem.is_none().then(|| Message::Open(key.clone()))),
            choice(t!("routines-conflict-keep-copy"), Keep::Copy),
            choice(t!("routines-conflict-keep-original"), Keep::Original),
            choice(t!("routines-conflict-keep-both"), Keep::Both),
        ]
        .spacing(6)
        .wrap()
        .vertical_spacing(6);
        container(column![info, actions].spacing(8))
            .padding(12)
            .width(Fill)
            .style(style::caution_box)
            .into()
    }

    fn line_view<'a>(&'a self, index: usize, line: &'a Line, sizes: Sizes) -> Element<'a, Message> {
        if let Some(original) = &line.conflict_of {
            return self.conflict_view(line, original, sizes);
        }
        let mut info = column![text(line.title.clone()).size(sizes.body()).font(font::BOLD)];
        info = info.push(
            text(line.detail.clone())
                .size(sizes.small())
                .style(style::subtle),
        );
        if let Some(problem) = &line.problem {
            info = info.push(
                text(problem.clone())
                    .size(sizes.small())
                    .style(style::warning_text),
            );
        }
        let small = |label: String, message: Option<Message>| {
            button(text(label).size(sizes.small()))
                .style(style::secondary_button)
                .padding([6, 12])
                .on_press_maybe(message)
        };
        let readable = line.problem.is_none();
        let key = &line.key;
        let selected = index == self.selected;
        let mut actions = row![
            small(
                t!("routines-open"),
                readable.then(|| Message::Open(key.clone()))
            ),
            small(
                t!("routines-duplicate"),
                readable.then(|| Message::Duplicate(key.clone()))
            ),
        ]
        .spacing(6)
        .align_y(Alignment::Center);
        if line.own {
            actions = actions.extend([
                small(
                    t!("routines-rename"),
                    readable.then(|| Message::Rename(key.clone())),
                )
                .into(),
                small(t!("routines-delete"), Some(Message::Delete(key.clone()))).into(),
            ]);
        } else {
            // Rather than two buttons that never work, say why.
            info = info.push(
                text(t!("routines-duplicate-it-to-change"))
                    .size(sizes.small())
                    .style(style::subtle),
            );
        }
        // One filled button on the page: the selected row's.
        let start_look = if selected {
            style::primary_button
        } else {
            style::secondary_button
        };
        let actions = actions.push(
            button(text(t!("routines-start")).size(sizes.body()))
                .style(start_look)
                .padding([6, 16])
                .on_press_maybe(readable.then(|| Message::Start(key.clone()))),
        );
        container(
            row![info.width(Fill), actions]
                .spacing(12)
                .align_y(Alignment::Center),
        )
        .padding(12)
        .width(Fill)
        .style(style::marked_card(if selected {
            style::Mark::Selected
        } else {
            style::Mark::None
        }))
        .into()
    }
}

fn line(entry: &Entry, entries: &[Entry]) -> Line {
    let origin = match entry.origin {
        Origin::Bundled => t!("routines-bundled"),
        Origin::Own => t!("routines-own"),
    };
    let (detail, problem) = match &entry.routine {
        Ok(routine) => (
            t!(
                "routines-line",
                length = short_duration(Duration::from_millis(entry.duration_ms)),
                steps = routine.steps.len(),
                origin = origin
            ),
            None,
        ),
        Err(error) => (origin, Some(error.clone())),
    };
    Line {
        key: entry.key.clone(),
        title: entry.title.clone(),
        detail,
        own: entry.origin == Origin::Own,
        problem,
        conflict_of: entry.conflict_of.as_ref().map(|key| {
            entries
                .iter()
                .find(|other| &other.key == key)
                .map_or_else(|| entry.title.clone(), |other| other.title.clone())
        }),
    }
}

fn dialog_view(dialog: &Dialog, sizes: Sizes) -> Element<'_, Message> {
    let content = match dialog {
        Dialog::Rename { title, .. } => column![
            text(t!("routines-rename-routine"))
                .size(sizes.heading())
                .font(font::BOLD),
            text_input(&t!("routines-title-placeholder"), title)
                .id("rename")
                .on_input(Message::RenameChanged)
                .on_submit(Message::RenameSubmit)
                .size(sizes.body())
                .padding(10)
                .style(style::field(false)),
            row![
                button(text(t!("routines-rename")).size(sizes.body()))
                    .style(style::primary_button)
                    .padding([8, 16])
                    .on_press_maybe((!title.trim().is_empty()).then_some(Message::RenameSubmit)),
                button(text(t!("routines-cancel")).size(sizes.body()))
                    .style(style::secondary_button)
                    .padding([8, 16])
                    .on_press(Message::Cancel),
            ]
            .spacing(12),
        ],
        Dialog::Delete { title, .. } => column![
            text(t!("routines-delete-ask", title = title))
                .size(sizes.heading())
                .font(font::BOLD),
            text(t!("routines-the-file-is-removed")).size(sizes.body()),
            row![
                button(text(t!("routines-delete")).size(sizes.body()))
                    .style(style::danger_button)
                    .padding([8, 16])
                    .on_press(Message::ConfirmDelete),
                button(text(t!("routines-cancel")).size(sizes.body()))
                    .style(style::secondary_button)
                    .padding([8, 16])
                    .on_press(Message::Cancel),
            ]
            .spacing(12),
        ],
    };
    let card = container(content.spacing(16).max_width(520))
        .padding(24)
        .style(style::dialog);
    opaque(center(card).style(style::scrim))
}
