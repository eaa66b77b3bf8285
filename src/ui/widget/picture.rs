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

/// The pose's picture on its light card, `size` pixels square; a custom
/// exercise (no picture) gets an empty card of the same size.
pub fn picture<'a, Message: 'a>(pose: &str, size: f32) -> Element<'a, Message> {
    let inner: Element<'a, Message> = match handles().get(pose) {
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
