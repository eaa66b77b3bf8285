//! A step's dose and a routine's prescription in the words a handout uses:
//! "30 s × 3, both sides, rest 10 s", "twice a day, 5 days a week".

use crate::catalogue::{BreathPattern, Catalogue};
use crate::duration::short_duration;
use crate::routine::{Prescription, ResolvedStep, Sides, Step};
use crate::t;
use std::time::Duration;

/// "30 s × 3, both sides, rest 10 s", with the pose's defaults filled in.
pub fn dose(step: &Step, catalogue: &Catalogue) -> String {
    let resolved = ResolvedStep::in_catalogue(step, catalogue);
    let mut parts = vec![seconds(resolved.hold_seconds)];
    if resolved.reps > 1 {
        parts[0] = t!("dose-reps", hold = parts[0].as_str(), reps = resolved.reps);
    }
    if resolved.sets > 1 {
        parts.push(t!("dose-sets", sets = resolved.sets));
    }
    match resolved.sides {
        Sides::Both => parts.push(t!("dose-both-sides")),
        Sides::Left => parts.push(t!("dose-left-side")),
        Sides::Right => parts.push(t!("dose-right-side")),
        Sides::None => {}
    }
    if resolved.rest_seconds > 0 {
        parts.push(t!("dose-rest", rest = seconds(resolved.rest_seconds)));
    }
    if let Some(breath) = resolved.breathing {
        parts.push(rhythm(&breath));
    }
    parts.join(&t!("list-separator"))
}

/// "breathe in 4 s, hold 4 s, out 6 s" (and hold empty when there is
/// one): in words, not a 4-4-6 count only a teacher reads.
pub fn rhythm(breath: &BreathPattern) -> String {
    let n = |s: f64| {
        let places = if s.fract() == 0.0 { 0 } else { 1 };
        t!(
            "unit-seconds-short",
            seconds = crate::i18n::decimal(s, places)
        )
    };
    let mut parts = vec![t!("rhythm-in", seconds = n(breath.inhale))];
    if breath.hold > 0.0 {
        parts.push(t!("rhythm-hold", seconds = n(breath.hold)));
    }
    parts.push(t!("rhythm-out", seconds = n(breath.exhale)));
    if breath.hold_after > 0.0 {
        parts.push(t!("rhythm-hold-empty", seconds = n(breath.hold_after)));
    }
    parts.join(&t!("list-separator"))
}

fn seconds(s: u32) -> String {
    short_duration(Duration::from_secs(u64::from(s)))
}

/// "Twice a day, 5 days a week, for 6 weeks"; `None` without a prescription.
pub fn prescription(prescription: Option<Prescription>) -> Option<String> {
    let p = prescription?;
    let mut parts = Vec::new();
    if let Some(n) = p.times_per_day {
        parts.push(t!("often-times-a-day", count = n));
    }
    if let Some(n) = p.days_per_week {
        parts.push(t!("often-days-a-week", count = n));
    }
    if let Some(n) = p.weeks {
        parts.push(t!("often-weeks", count = n));
    }
    let text = parts.join(&t!("list-separator"));
    let mut chars = text.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::Routine;

    #[test]
    fn doses_read_like_a_handout() {
        let json = r#"{"format":"posewise-routine","version":1,"title":"t","steps":[
            {"pose":"knee-to-chest","hold_seconds":30,"reps":3,"rest_seconds":10},
            {"pose":"balasana","hold_seconds":90},
            {"pose":"anulom-vilom","hold_seconds":120,"sets":2},
            {"custom":{"name":"Walk"},"hold_seconds":300}]}"#;
        let routine = Routine::parse(json.as_bytes(), "t", Catalogue::builtin()).expect("valid");
        let doses: Vec<String> = routine
            .steps
            .iter()
            .map(|s| dose(s, Catalogue::builtin()))
            .collect();
        assert_eq!(doses[0], "30 s × 3, both sides, rest 10 s");
        assert_eq!(doses[1], "1 min 30 s");
        assert!(
            doses[2].starts_with("2 min, 2 sets, breathe "),
            "{}",
            doses[2]
        );
        assert_eq!(doses[3], "5 min");
    }

    #[test]
    fn prescriptions_in_words() {
        let p = |t, d, w| {
            Some(Prescription {
                times_per_day: t,
                days_per_week: d,
                weeks: w,
            })
        };
        assert_eq!(
            prescription(p(Some(2), Some(5), Some(6))).as_deref(),
            Some("Twice a day, 5 days a week, for 6 weeks")
        );
        assert_eq!(
            prescription(p(None, Some(7), None)).as_deref(),
            Some("Every day")
        );
        assert_eq!(prescription(p(None, None, None)), None);
        assert_eq!(prescription(None), None);
    }
}
