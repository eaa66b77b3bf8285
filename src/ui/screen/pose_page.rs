//! (being written)

use crate::ui::keys::Hotkey;
use crate::ui::style::Sizes;
use iced::Element;
use iced::widget::text;

#[derive(Debug, Clone)]
pub enum Message {}

pub struct PosePage;

impl PosePage {
    pub fn hotkey(&self, _key: Hotkey) -> Option<Message> {
        None
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        text("…").size(sizes.body()).into()
    }
}
