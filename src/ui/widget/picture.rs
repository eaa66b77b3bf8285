//! Pose pictures: SVG handles built once (a handle hashes its bytes) and
//! cloned into views.

use crate::core::illustration;
use crate::ui::style;
use iced::widget::{container, svg};
use iced::{Element, Length};
use std::collections::HashMap;
use std::sync::OnceLock;

fn handles() -> &'static HashMap<&'static str, svg::Handle> {
    static HANDLES: OnceLock<HashMap<&'static str, svg::Handle>> = OnceLock::new();
    HANDLES.get_or_init(|| {
        illustration::all()
            .map(|(id, text)| (id, svg::Handle::from_memory(text.as_bytes())))
            .collect()
    })
}

/// The pictures flipped left to right, for the right side.
fn mirrored_handles() -> &'static HashMap<&'static str, svg::Handle> {
    static HANDLES: OnceLock<HashMap<&'static str, svg::Handle>> = OnceLock::new();
    HANDLES.get_or_init(|| {
        illustration::all()
            .filter_map(|(id, text)| Some((id, svg::Handle::from_memory(mirrored(text)?))))
            .collect()
    })
}

/// `svg` drawn as in a mirror: its content in a group flipped about the
/// middle of its view box. `None` when it has no plain view box.
fn mirrored(svg: &str) -> Option<Vec<u8>> {
    let view_box = svg.split("viewBox=\"").nth(1)?.split('"').next()?;
    let numbers: Vec<f32> = view_box
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    let [x, _, width, _] = numbers[..] else {
        return None;
    };
    let open_end = svg.find("<svg")? + svg[svg.find("<svg")?..].find('>')? + 1;
    let close = svg.rfind("</svg>")?;
    let flip = format!("<g transform=\"matrix(-1 0 0 1 {} 0)\">", 2.0 * x + width);
    Some(
        [
            &svg[..open_end],
            &flip,
            &svg[open_end..close],
            "</g>",
            &svg[close..],
        ]
        .concat()
        .into_bytes(),
    )
}

/// The pose's picture on its light card, `size` pixels square; a custom
/// exercise (no picture) gets an empty card of the same size.
pub fn picture<'a, Message: 'a>(pose: &str, size: f32) -> Element<'a, Message> {
    picture_facing(pose, size, false)
}

/// As `picture`, flipped left to right when `mirrored` (the right side of
/// a pose drawn for the left).
pub fn picture_facing<'a, Message: 'a>(
    pose: &str,
    size: f32,
    mirrored: bool,
) -> Element<'a, Message> {
    let handles = if mirrored {
        mirrored_handles()
    } else {
        handles()
    };
    let inner: Element<'a, Message> = match handles.get(pose) {
        Some(handle) => svg(handle.clone())
            .width(Length::Fill)
            .height(Length::Fill)
            .into(),
        None => iced::widget::space().into(),
    };
    container(inner)
        .width(size)
        .height(size)
        .padding(size * 0.06)
        .style(style::picture_card)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mirrored_picture_flips_its_content_about_the_view_box() {
        let svg =
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256"><rect x="6"/></svg>"#;
        let flipped = String::from_utf8(mirrored(svg).expect("a view box")).expect("UTF-8");
        assert_eq!(
            flipped,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256"><g transform="matrix(-1 0 0 1 256 0)"><rect x="6"/></g></svg>"#
        );
        assert_eq!(mirrored("<svg><rect/></svg>"), None);
        assert_eq!(
            mirrored_handles().len(),
            handles().len(),
            "every picture flips"
        );
    }
}
