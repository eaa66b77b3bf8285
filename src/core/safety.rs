//! The safety text every patient sees: Posewise is not medical advice, and
//! the warning signs that need urgent care instead of exercise.

pub const NOT_ADVICE: &str = "Posewise guides the exercises your clinician chose. It gives no \
medical advice. Follow your physiotherapist's or doctor's plan, move gently, and stop an \
exercise if your pain gets worse.";

pub const RED_FLAGS_INTRO: &str =
    "Do not exercise. Get urgent medical care now if back pain comes with any of these:";

pub const RED_FLAGS: [&str; 5] = [
    "New trouble passing urine or controlling your bladder or bowels",
    "Numbness or tingling around your genitals, bottom or inner thighs (the saddle area)",
    "A leg that is getting weaker, or a foot that drags or gives way",
    "A fever, or feeling generally unwell, along with the back pain",
    "Pain that started after a fall, an accident or a blow to the back",
];

pub const OUTLOOK: &str = "Back spasms usually ease within three to six weeks, and staying \
gently active helps them settle.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_red_flag_from_the_brief_is_named() {
        let all = RED_FLAGS.join(" ").to_lowercase();
        for sign in ["bladder", "bowel", "saddle", "weaker", "fever", "fall"] {
            assert!(all.contains(sign), "{sign}");
        }
        assert!(NOT_ADVICE.contains("no medical advice"));
    }
}
