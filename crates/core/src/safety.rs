//! The safety text every patient sees: Posewise is not medical advice, and
//! the warning signs that need urgent care instead of exercise.

use crate::catalogue::{Catalogue, RedFlags};
use crate::t;

/// Posewise is not medical advice.
pub fn not_advice() -> String {
    t!("safety-not-advice")
}

pub fn red_flags_intro() -> String {
    t!("safety-red-flags-intro")
}

/// What back spasms usually do.
pub fn outlook() -> String {
    t!("safety-outlook")
}

/// The warning signs, kept with the poses in `assets/catalogue.json` so the
/// app, the handout, the README check and `posewise poses --json` share one
/// list (in the current language).
pub fn red_flags() -> &'static RedFlags {
    Catalogue::builtin().red_flags()
}

/// Both levels, most urgent first: (heading, intro, signs).
pub fn red_flag_levels() -> [(String, String, &'static [String]); 2] {
    let flags = red_flags();
    [
        (
            t!("safety-emergency-heading"),
            t!("safety-emergency-intro"),
            &flags.emergency,
        ),
        (
            t!("safety-same-day-heading"),
            t!("safety-same-day-intro"),
            &flags.same_day,
        ),
    ]
}

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
        assert!(not_advice().contains("no medical advice"));
    }
}
