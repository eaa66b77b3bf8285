//! A pose as one card of the catalogue grid: its picture, its names, what
//! kind of exercise it is and its usual hold.

use crate::core::catalogue::Pose;
use crate::core::t;
use crate::ui::font;
use crate::ui::style::{self, Sizes};
use crate::ui::widget::picture::picture;
use iced::widget::{button, column, text};
use iced::{Alignment, Element, Fill};

/// The card's width at 100 % text; it grows with the text.
pub const WIDTH: f32 = 210.0;

/// "stretch · 30 s each side".
pub fn facts(pose: &Pose) -> String {
    let hold = crate::core::duration::short_duration(std::time::Duration::from_secs(u64::from(
        pose.default_hold_seconds,
    )));
    if pose.per_side {
        t!(
            "pose-facts-each-side",
            kind = pose.kind.label(),
            hold = hold
        )
    } else {
        t!("pose-facts", kind = pose.kind.label(), hold = hold)
    }
}

/// The names under the main one: Sanskrit and English, when they differ
/// from it.
pub fn other_names(pose: &Pose) -> Option<String> {
    let mut names: Vec<&str> = Vec::new();
    names.extend(pose.sanskrit.as_deref());
    if !pose.name.eq_ignore_ascii_case(&pose.english) {
        names.push(&pose.english);
    }
    (!names.is_empty()).then(|| names.join(" · "))
}

pub fn pose_card<'a, Message: Clone + 'a>(
    pose: &'a Pose,
    selected: bool,
    sizes: Sizes,
    on_press: Message,
) -> Element<'a, Message> {
    let width = WIDTH * sizes.scale();
    let mut words = column![
        text(pose.name.as_str())
            .size(sizes.body())
            .font(font::BOLD)
            .align_x(Alignment::Center)
            .width(Fill),
    ]
    .spacing(2);
    if let Some(names) = other_names(pose) {
        words = words.push(
            text(names)
                .size(sizes.small())
                .style(style::subtle)
                .align_x(Alignment::Center)
                .width(Fill),
        );
    }
    words = words.push(
        text(facts(pose))
            .size(sizes.small())
            .align_x(Alignment::Center)
            .width(Fill),
    );
    button(
        column![picture(&pose.id, width - 40.0), words]
            .spacing(8)
            .align_x(Alignment::Center),
    )
    .width(width)
    .padding(12)
    .style(move |theme, status| {
        let base = style::secondary_button(theme, status);
        if selected {
            iced::widget::button::Style {
                border: iced::Border {
                    color: theme.palette().primary,
                    width: 3.0,
                    radius: 12.0.into(),
                },
                ..base
            }
        } else {
            base
        }
    })
    .on_press(on_press)
    .into()
}
