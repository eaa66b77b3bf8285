//! A big clock whose digits never jiggle: each character sits in a box of
//! its own fixed width, whatever the font's figures are.

use iced::widget::{container, row, text};
use iced::{Element, Font, alignment};

pub fn countdown<'a, Message: 'a>(clock: &str, size: f32, font: Font) -> Element<'a, Message> {
    let cells = clock.chars().map(|c| {
        let width = if c.is_ascii_digit() {
            size * 0.62
        } else {
            size * 0.3
        };
        container(text(c.to_string()).size(size).font(font))
            .width(width)
            .align_x(alignment::Horizontal::Center)
            .into()
    });
    row(cells).into()
}
