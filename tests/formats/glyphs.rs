//! No empty boxes: every character of every translation has a glyph in the
//! fonts the app brings (Posewise Hyperlegible, and Noto Sans Devanagari
//! for Hindi), so the text shows on a machine with no fonts of its own.

use posewise::core::i18n::{self, Lang};
use posewise::ui::font;
use std::collections::BTreeSet;

fn covered(bytes: &[u8]) -> impl Fn(char) -> bool + '_ {
    let face = ttf_parser::Face::parse(bytes, 0).expect("the font parses");
    move |c| face.glyph_index(c).is_some()
}

#[test]
fn every_character_of_every_language_has_a_glyph_in_the_bundled_fonts() {
    let latin = covered(font::REGULAR_BYTES);
    let latin_bold = covered(font::BOLD_BYTES);
    let devanagari = covered(font::DEVANAGARI_REGULAR_BYTES);
    let devanagari_bold = covered(font::DEVANAGARI_BOLD_BYTES);
    for lang in Lang::ALL {
        let _lang = i18n::Scoped::new(lang);
        let mut chars = BTreeSet::new();
        for id in i18n::ids(lang) {
            let mut args = i18n::Args::new();
            for (name, value) in [("side", "left"), ("count", "2")] {
                args.set(name, i18n::value(value));
            }
            chars.extend(i18n::message(&id, Some(&args)).chars());
        }
        for pose in posewise::core::catalogue::Catalogue::builtin().poses() {
            chars.extend(pose.name.chars());
            chars.extend(pose.instructions.iter().flat_map(|s| s.chars()));
            chars.extend(pose.cautions.iter().flat_map(|s| s.chars()));
        }
        chars.extend(lang.native_name().chars());
        let missing: Vec<char> = chars
            .into_iter()
            .filter(|c| !c.is_control() && !c.is_whitespace())
            // Joiners shape Devanagari; they draw nothing themselves.
            .filter(|c| !matches!(c, '\u{200C}' | '\u{200D}'))
            .filter(|&c| {
                let in_latin = latin(c) && latin_bold(c);
                let in_devanagari = devanagari(c) && devanagari_bold(c);
                !(in_latin || in_devanagari)
            })
            .collect();
        assert!(
            missing.is_empty(),
            "{}: no glyph for {missing:?}",
            lang.code()
        );
    }
}
