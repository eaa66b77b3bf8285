//! The way back, where desktops put it: the top-left corner of the page.

use crate::core::t;
use crate::ui::style::{self, Sizes};
use iced::Element;
use iced::widget::{button, text};

pub fn back<'a, Message: Clone + 'a>(message: Message, sizes: Sizes) -> Element<'a, Message> {
    button(text(t!("back")).size(sizes.body()))
        .style(style::secondary_button)
        .padding([8, 16])
        .on_press(message)
        .into()
}
