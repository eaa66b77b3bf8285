//! The pose catalogue as a grid of cards; typing filters it. While a
//! routine is being edited, a card adds its pose to that routine.

use crate::core::catalogue::{Catalogue, Kind, Pose};
use crate::core::t;
use crate::ui::font;
use crate::ui::keys::Hotkey;
use crate::ui::style::{self, Sizes};
use crate::ui::widget::pose_card::pose_card;
use iced::widget::{button, column, container, row, scrollable, space, text, text_input};
use iced::{Alignment, Element, Fill};

/// The search field, focused when the screen opens.
pub const SEARCH: &str = "pose-search";

#[derive(Debug, Clone)]
pub enum Message {
    Query(String),
    Kind(Option<Kind>),
    Open(String),
    Add(String),
    /// Enter in the search field: the first pose shown.
    Submit,
    Cancel,
}

#[derive(Debug)]
pub enum Action {
    None,
    Open(String),
    /// Add this pose to the routine being edited.
    Add(String),
    /// Back to the editor without adding.
    Cancel,
}

#[derive(Debug, Clone)]
pub struct PosesScreen {
    query: String,
    kind: Option<Kind>,
    /// Indexes into the catalogue of the poses shown.
    shown: Vec<usize>,
    /// The title of the routine a pose is being picked for.
    pub picking: Option<String>,
}

impl PosesScreen {
    pub fn new(picking: Option<String>) -> PosesScreen {
        let mut screen = PosesScreen {
            query: String::new(),
            kind: None,
            shown: Vec::new(),
            picking,
        };
        screen.filter();
        screen
    }

    pub fn shown(&self) -> impl Iterator<Item = &'static Pose> + '_ {
        let poses = Catalogue::builtin().poses();
        self.shown.iter().filter_map(|i| poses.get(*i))
    }

    fn filter(&mut self) {
        let catalogue = Catalogue::builtin();
        let found = catalogue.search(&self.query);
        self.shown = catalogue
            .poses()
            .iter()
            .enumerate()
            .filter(|(_, p)| self.kind.is_none_or(|k| p.kind == k))
            .filter(|(_, p)| found.iter().any(|f| f.id == p.id))
            .map(|(i, _)| i)
            .collect();
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Query(query) => {
                // A search is a few words; a pasted novel is cut short.
                self.query = query.chars().take(100).collect();
                self.filter();
            }
            Message::Kind(kind) => {
                self.kind = kind;
                self.filter();
            }
            Message::Open(id) => return Action::Open(id),
            Message::Add(id) => return Action::Add(id),
            Message::Submit => {
                if let Some(first) = self.shown().next() {
                    let id = first.id.clone();
                    return match self.picking {
                        Some(_) => Action::Add(id),
                        None => Action::Open(id),
                    };
                }
            }
            Message::Cancel if self.picking.is_some() => return Action::Cancel,
            Message::Cancel => {}
        }
        Action::None
    }

    pub fn hotkey(&self, key: Hotkey) -> Option<Message> {
        match key {
            Hotkey::Enter => Some(Message::Submit),
            Hotkey::Escape => Some(Message::Cancel),
            _ => None,
        }
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        let mut page = column![self.header(sizes)]
            .spacing(14)
            .padding(style::PAGE_PADDING)
            .max_width(style::PAGE_WIDTH);
        page = page.push(
            text_input(&t!("poses-search"), &self.query)
                .id(SEARCH)
                .on_input(Message::Query)
                .on_submit(Message::Submit)
                .size(sizes.body())
                .padding(10)
                .style(style::field(false)),
        );
        page = page.push(self.kinds(sizes));
        let selected_first = !self.query.trim().is_empty();
        let mut grid = row![].spacing(14);
        for (n, pose) in self.shown().enumerate() {
            let message = match self.picking {
                Some(_) => Message::Add(pose.id.clone()),
                None => Message::Open(pose.id.clone()),
            };
            grid = grid.push(pose_card(pose, selected_first && n == 0, sizes, message));
        }
        if self.shown.is_empty() {
            page =
                page.push(text(t!("poses-no-match", query = self.query.trim())).size(sizes.body()));
        } else {
            page = page.push(grid.wrap().vertical_spacing(14));
        }
        scrollable(container(page).center_x(Fill))
            .height(Fill)
            .into()
    }

    fn header(&self, sizes: Sizes) -> Element<'_, Message> {
        let (title, hint) = match &self.picking {
            Some(routine) => (
                t!("poses-add-title"),
                t!("poses-add-hint", routine = routine.to_string()),
            ),
            None => (
                t!("poses-title"),
                t!("poses-hint", count = Catalogue::builtin().poses().len()),
            ),
        };
        let mut header = row![
            column![
                text(title).size(sizes.title()).font(font::BOLD),
                text(hint).size(sizes.small()).style(style::subtle),
            ]
            .spacing(4)
            .width(Fill),
        ]
        .align_y(Alignment::Center);
        if self.picking.is_some() {
            header = header.push(
                button(text(t!("poses-back-to-the-editor")).size(sizes.body()))
                    .style(style::secondary_button)
                    .padding([8, 16])
                    .on_press(Message::Cancel),
            );
        }
        header.into()
    }

    fn kinds(&self, sizes: Sizes) -> Element<'_, Message> {
        let chip = |label: String, kind: Option<Kind>| {
            button(text(label).size(sizes.small()))
                .padding([6, 14])
                .style(style::choice_button(self.kind == kind))
                .on_press(Message::Kind(kind))
        };
        row![
            chip(t!("poses-all"), None),
            chip(t!("poses-stretches"), Some(Kind::Stretch)),
            chip(t!("poses-poses"), Some(Kind::Pose)),
            chip(t!("poses-breathing"), Some(Kind::Breathing)),
            chip(t!("poses-relaxation"), Some(Kind::Relaxation)),
            space::horizontal(),
            text(t!("poses-shown", count = self.shown.len()))
                .size(sizes.small())
                .style(style::subtle),
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(8)
        .into()
    }
}
