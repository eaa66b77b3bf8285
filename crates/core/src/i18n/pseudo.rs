//! The pseudo-language `en-XA`: English made to look foreign and long, so
//! that a screenshot shows text that is clipped or not translated.

use std::borrow::Cow;

/// `text` accented, 40 % longer and in brackets: "Rest" becomes "[Réšţ~~]".
pub fn pseudo(text: &str) -> String {
    format!("[{}]", stretch(text))
}

/// `text` accented and 40 % longer, without brackets: for each piece of a
/// message's own words.
pub fn stretch(text: &str) -> Cow<'_, str> {
    let letters = text.chars().count();
    let mut out = String::with_capacity(text.len() * 2 + 8);
    out.extend(text.chars().map(accent));
    let extra = (letters * 2).div_ceil(5);
    out.extend(std::iter::repeat_n('~', extra));
    Cow::Owned(out)
}

fn accent(c: char) -> char {
    const FROM: &str = "aeiouyAEIOUYcnsztlgCNSZTLG";
    const TO: &str = "åéîöûýÅÉÎÖÛÝçñšžţļğÇÑŠŽŢĻĞ";
    match FROM.chars().position(|f| f == c) {
        Some(i) => TO.chars().nth(i).unwrap_or(c),
        None => c,
    }
}

#[cfg(test)]
mod tests {
    use super::pseudo;

    #[test]
    fn pseudo_text_is_bracketed_accented_and_longer() {
        assert_eq!(pseudo("Rest now"), "[Réšţ ñöw~~~~]");
        assert_eq!(pseudo("3"), "[3~]");
    }
}
