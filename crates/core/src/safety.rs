//! The safety text every patient sees: Posewise is not medical advice, and
//! the warning signs that need urgent care instead of exercise.

use crate::catalogue::{Catalogue, RedFlags};

pub const NOT_ADVICE: &str = "Posewise guides the exercises your clinician chose. It gives no \
medical advice. Follow your physiotherapist's or doctor's plan, move gently, and stop an \
exercise if your pain gets worse.";

pub const RED_FLAGS_INTRO: &str = "Do not exercise if back pain comes with any of these:";

pub const EMERGENCY_HEADING: &str = "Get emergency care now";
pub const EMERGENCY_INTRO: &str =
    "Go to an emergency department or call your emergency number now if you have:";
pub const SAME_DAY_HEADING: &str = "See a doctor today";
pub const SAME_DAY_INTRO: &str =
    "Call your doctor or an urgent care service today, before you exercise, if you have:";

/// The warning signs, kept with the poses in `assets/catalogue.json` so the
/// app, the handout, the README check and `posewise poses --json` share one
/// list.
pub fn red_flags() -> &'static RedFlags {
    Catalogue::builtin().red_flags()
}

/// Both levels, most urgent first: (heading, intro, signs).
pub fn red_flag_levels() -> [(&'static str, &'static str, &'static [String]); 2] {
    let flags = red_flags();
    [
        (EMERGENCY_HEADING, EMERGENCY_INTRO, &flags.emergency),
        (SAME_DAY_HEADING, SAME_DAY_INTRO, &flags.same_day),
    ]
}

pub const OUTLOOK: &str = "Back spasms usually ease within three to six weeks, and staying \
gently active helps them settle.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_red_flags_come_in_two_levels_as_a_clinician_would_sort_them() {
        let words = |signs: &[String]| signs.join(" ").to_lowercase();
        let flags = red_flags();
        let emergency = words(&flags.emergency);
        for sign in [
            "bladder",
            "bowel",
            "saddle",
            "both legs",
            "genitals",
            "weakness in a leg",
        ] {
            assert!(emergency.contains(sign), "emergency: {sign}");
        }
        let same_day = words(&flags.same_day);
        for sign in [
            "cancer",
            "fever",
            "unwell",
            "weight loss",
            "night",
            "steroid",
            "immune",
            "50",
            "upper back",
            "fall",
            "accident",
        ] {
            assert!(same_day.contains(sign), "same day: {sign}");
        }
        assert!(NOT_ADVICE.contains("no medical advice"));
    }
}
