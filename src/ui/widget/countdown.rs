//! A big clock whose digits never jiggle: each character sits in a box of
//! its own fixed width, whatever the font's figures are.

use iced::widget::{container, row, text};
use iced::{Element, Font, alignment};

/// A digit's box, and any other character's, in font sizes.
const DIGIT_WIDTH: f32 = 0.62;
const OTHER_WIDTH: f32 = 0.3;
/// The height of a line of text, in font sizes (iced's default).
const LINE_HEIGHT: f32 = 1.3;

/// The largest font size at which `clock` fits in a circle of `radius`:
/// the corners of its box stay inside.
pub fn size_within(clock: &str, radius: f32) -> f32 {
    let width: f32 = clock
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                DIGIT_WIDTH
            } else {
                OTHER_WIDTH
            }
        })
        .sum();
    2.0 * radius.max(0.0) / width.hypot(LINE_HEIGHT)
}

pub fn countdown<'a, Message: 'a>(clock: &str, size: f32, font: Font) -> Element<'a, Message> {
    let cells = clock.chars().map(|c| {
        let width = if c.is_ascii_digit() {
            size * DIGIT_WIDTH
        } else {
            size * OTHER_WIDTH
        };
        container(text(c.to_string()).size(size).font(font))
            .width(width)
            .align_x(alignment::Horizontal::Center)
            .into()
    });
    row(cells).into()
}
