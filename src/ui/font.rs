//! The bundled font (Atkinson Hyperlegible, SIL OFL: assets/fonts/OFL.txt),
//! so text looks the same on a machine with no fonts installed.

use iced::Font;
use iced::font::Weight;

pub const REGULAR_BYTES: &[u8] =
    include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
pub const BOLD_BYTES: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

pub const REGULAR: Font = Font::with_name("Atkinson Hyperlegible");
pub const BOLD: Font = Font {
    weight: Weight::Bold,
    ..REGULAR
};
