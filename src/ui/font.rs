//! The bundled font, so text looks the same on a machine with no fonts
//! installed: Posewise Hyperlegible, Atkinson Hyperlegible with a plain
//! zero and tabular digits (SIL OFL; assets/fonts/README.md says what
//! changed and why).

use iced::Font;
use iced::font::Weight;

pub const REGULAR_BYTES: &[u8] =
    include_bytes!("../../assets/fonts/PosewiseHyperlegible-Regular.ttf");
pub const BOLD_BYTES: &[u8] = include_bytes!("../../assets/fonts/PosewiseHyperlegible-Bold.ttf");

/// Hindi: Noto Sans Devanagari, cut down to the Devanagari letters (SIL
/// OFL; assets/fonts/README.md). Text falls back to it by script, as it is
/// the family cosmic-text looks for, so a fresh machine shows Hindi too.
pub const DEVANAGARI_REGULAR_BYTES: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf");
pub const DEVANAGARI_BOLD_BYTES: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansDevanagari-Bold.ttf");

pub const REGULAR: Font = Font::with_name("Posewise Hyperlegible");
pub const BOLD: Font = Font {
    weight: Weight::Bold,
    ..REGULAR
};

/// Every font the app brings, for the window's settings.
pub fn all() -> Vec<std::borrow::Cow<'static, [u8]>> {
    [
        REGULAR_BYTES,
        BOLD_BYTES,
        DEVANAGARI_REGULAR_BYTES,
        DEVANAGARI_BOLD_BYTES,
    ]
    .into_iter()
    .map(std::borrow::Cow::Borrowed)
    .collect()
}
