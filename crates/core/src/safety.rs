//! The safety text every patient sees: Posewise is not medical advice, and
//! the warning signs that need urgent care instead of exercise.

use crate::catalogue::Catalogue;

pub const NOT_ADVICE: &str = "Posewise guides the exercises your clinician chose. It gives no \
medical advice. Follow your physiotherapist's or doctor's plan, move gently, and stop an \
exercise if your pain gets worse.";

pub const RED_FLAGS_INTRO: &str =
    "Do not exercise. Get urgent medical care now if back pain comes with any of these:";

/// The warning signs, kept with the poses in `assets/catalogue.json` so the
/// app, the README check and `posewise poses --json` share one list.
pub fn red_flags() -> &'static [String] {
    Catalogue::builtin().red_flags()
}

pub const OUTLOOK: &str = "Back spasms usually ease within three to six weeks, and staying \
gently active helps them settle.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_red_flag_from_the_brief_is_named() {
        let all = red_flags().join(" ").to_lowercase();
        for sign in [
            "bladder",
            "bowel",
            "saddle",
            "weakness",
            "fever",
            "weight loss",
            "fall",
        ] {
            assert!(all.contains(sign), "{sign}");
        }
        assert!(NOT_ADVICE.contains("no medical advice"));
    }
}
