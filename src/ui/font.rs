//! The bundled font, so text looks the same on a machine with no fonts
//! installed: Posewise Hyperlegible, Atkinson Hyperlegible with a plain
//! zero and tabular digits (SIL OFL; assets/fonts/README.md says what
//! changed and why).

use iced::Font;
use iced::font::Weight;

pub const REGULAR_BYTES: &[u8] =
    include_bytes!("../../assets/fonts/PosewiseHyperlegible-Regular.ttf");
pub const BOLD_BYTES: &[u8] = include_bytes!("../../assets/fonts/PosewiseHyperlegible-Bold.ttf");

pub const REGULAR: Font = Font::with_name("Posewise Hyperlegible");
pub const BOLD: Font = Font {
    weight: Weight::Bold,
    ..REGULAR
};
