//! One pose in full: a large picture, how to do it, what it helps, its
//! cautions and breathing, and "Add to a routine".

use crate::core::catalogue::{Catalogue, Pose};
use crate::core::t;
use crate::ui::font;
use crate::ui::keys::Hotkey;
use crate::ui::screen::poses::PosesScreen;
use crate::ui::style::{self, Sizes};
use crate::ui::widget::back::back;
use crate::ui::widget::picture::picture;
use crate::ui::widget::pose_card::{facts, other_names};
use iced::widget::{button, column, container, pick_list, row, scrollable, space, text};
use iced::{Alignment, Element, Fill};

/// Where "Add to a routine" puts the pose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The routine open in the editor.
    Editing(String),
    New,
    Own {
        key: String,
        title: String,
    },
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Editing(title) => {
                f.write_str(&t!("pose-page-being-edited", title = title.as_str()))
            }
            Target::New => f.write_str(&t!("pose-page-new-routine")),
            Target::Own { title, .. } => f.write_str(title),
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Choose(Target),
    Add,
    Back,
}

#[derive(Debug)]
pub enum Action {
    None,
    Add { pose: String, to: Target },
    Back,
}

pub struct PosePage {
    pose: &'static Pose,
    targets: Vec<Target>,
    chosen: Target,
    /// The grid it was opened from, search and all.
    pub from: Box<PosesScreen>,
}

impl PosePage {
    /// `targets`: the routines the pose can be added to; the first is
    /// chosen.
    pub fn new(id: &str, targets: Vec<Target>, from: PosesScreen) -> Option<PosePage> {
        let pose = Catalogue::builtin().find(id)?;
        let chosen = targets.first().cloned().unwrap_or(Target::New);
        Some(PosePage {
            pose,
            targets,
            chosen,
            from: Box::new(from),
        })
    }

    pub fn pose(&self) -> &Pose {
        self.pose
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Choose(target) => {
                self.chosen = target;
                Action::None
            }
            Message::Add => Action::Add {
                pose: self.pose.id.clone(),
                to: self.chosen.clone(),
            },
            Message::Back => Action::Back,
        }
    }

    pub fn hotkey(&self, key: Hotkey) -> Option<Message> {
        match key {
            Hotkey::Escape => Some(Message::Back),
            Hotkey::Enter => Some(Message::Add),
            _ => None,
        }
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        let pose = self.pose;
        let mut names = column![
            text(pose.name.as_str())
                .size(sizes.title())
                .font(font::BOLD)
        ]
        .spacing(6)
        .width(Fill);
        if let Some(other) = other_names(pose) {
            names = names.push(text(other).size(sizes.body()).style(style::subtle));
        }
        names = names.push(text(facts(pose)).size(sizes.body()));
        names = names.push(self.add_box(sizes));
        let top = row![picture(&pose.id, 300.0 * sizes.scale().min(1.3)), names]
            .spacing(24)
            .align_y(Alignment::Start);
        let mut page = column![back(Message::Back, sizes), top]
            .spacing(16)
            .padding(style::PAGE_PADDING)
            .max_width(style::PAGE_WIDTH);
        page = page.push(section(t!("pose-page-how-to-do-it"), sizes));
        for (n, line) in pose.instructions.iter().enumerate() {
            page = page.push(text(format!("{}. {line}", n + 1)).size(sizes.body()));
        }
        page = page.push(section(t!("pose-page-what-it-helps"), sizes));
        page = page.push(text(pose.helps.as_str()).size(sizes.body()));
        page = page.push(section(t!("pose-page-breathing"), sizes));
        page = page.push(text(pose.breathing.as_str()).size(sizes.body()));
        if !pose.cautions.is_empty() || !pose.avoid_if.is_empty() {
            let mut cautions = column![
                text(t!("pose-page-take-care"))
                    .size(sizes.heading())
                    .font(font::BOLD)
            ]
            .spacing(6);
            for caution in &pose.cautions {
                cautions = cautions.push(text(format!("•  {caution}")).size(sizes.body()));
            }
            if !pose.avoid_if.is_empty() {
                cautions = cautions.push(
                    text(t!("pose-page-avoid-if"))
                        .size(sizes.body())
                        .font(font::BOLD),
                );
                for reason in &pose.avoid_if {
                    cautions = cautions.push(text(format!("•  {reason}")).size(sizes.body()));
                }
            }
            page = page.push(
                container(cautions)
                    .padding(16)
                    .width(Fill)
                    .style(style::caution_box),
            );
        }
        page = page.push(
            text(t!("pose-page-enter-adds-it-esc"))
                .size(sizes.small())
                .style(style::subtle),
        );
        scrollable(container(page).center_x(Fill))
            .height(Fill)
            .into()
    }

    fn add_box(&self, sizes: Sizes) -> Element<'_, Message> {
        let add = button(
            text(t!("pose-page-add-to-a-routine"))
                .size(sizes.body())
                .font(font::BOLD),
        )
        .style(style::primary_button)
        .padding([10, 18])
        .on_press(Message::Add);
        let choice: Element<'_, Message> = if self.targets.len() > 1 {
            pick_list(self.targets.as_slice(), Some(&self.chosen), Message::Choose)
                .text_size(sizes.body())
                .padding(8)
                .style(style::picker)
                .into()
        } else {
            text(self.chosen.to_string()).size(sizes.body()).into()
        };
        column![
            space::vertical().height(12),
            text(t!("pose-page-add-it-to"))
                .size(sizes.small())
                .style(style::subtle),
            row![choice, add]
                .spacing(12)
                .align_y(Alignment::Center)
                .wrap()
                .vertical_spacing(8),
        ]
        .spacing(6)
        .into()
    }
}

fn section(title: String, sizes: Sizes) -> Element<'static, Message> {
    text(title).size(sizes.heading()).font(font::BOLD).into()
}
