//! What a voice says during a session, and when: the pose before each step,
//! "switch sides", "rest", and the end.

use crate::core::plan::{CueKind, Plan, SegmentKind, Side};

/// Spoken this long after its cue, so the tone is heard first.
pub const DELAY_MS: u64 = 350;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    /// Plan time the speech starts at.
    pub at_ms: u64,
    pub text: String,
}

/// Everything to say during `plan`, in time order.
pub fn announcements(plan: &Plan) -> Vec<Announcement> {
    plan.cues
        .iter()
        .filter_map(|cue| {
            let text = match cue.kind {
                CueKind::GetReady => next_up(plan, cue.segment),
                CueKind::SwitchSides => "Switch sides".to_string(),
                CueKind::Rest => {
                    let segment = &plan.segments[cue.segment];
                    (segment.duration_ms >= 4_000).then(|| "Rest".to_string())?
                }
                CueKind::SessionDone => "Session complete. Well done.".to_string(),
                _ => return None,
            };
            Some(Announcement {
                at_ms: cue.at_ms + DELAY_MS,
                text,
            })
        })
        .collect()
}

/// "Balasana, 45 seconds." or "Knee-to-chest stretch, 30 seconds, left side first."
fn next_up(plan: &Plan, get_ready: usize) -> String {
    let Some(first) = plan.segments.get(get_ready + 1) else {
        return plan.segments[get_ready].name.clone();
    };
    let name = &first.name;
    let hold: u64 = plan
        .segments
        .iter()
        .skip(get_ready + 1)
        .take_while(|s| {
            s.step == first.step
                && s.kind != SegmentKind::SwitchSides
                && s.kind != SegmentKind::Rest
        })
        .map(|s| s.duration_ms)
        .sum();
    let seconds = hold / 1000;
    let duration = if seconds >= 120 && seconds.is_multiple_of(60) {
        format!("{} minutes", seconds / 60)
    } else {
        format!("{seconds} seconds")
    };
    let side = match (first.kind, first.side) {
        (SegmentKind::Hold, Some(Side::Left)) => ", left side first",
        (SegmentKind::Hold, Some(Side::Right)) => ", right side",
        _ => "",
    };
    format!("{name}, {duration}{side}.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalogue::Catalogue;
    use crate::core::routine::Routine;

    #[test]
    fn announces_each_pose_switch_rest_and_the_end() {
        let json = r#"{"format":"posewise-routine","version":1,"title":"t","steps":[
            {"pose":"knee-to-chest","hold_seconds":30,"reps":2,"rest_seconds":10},
            {"pose":"anulom-vilom","hold_seconds":120}]}"#;
        let routine = Routine::parse(json.as_bytes(), "t", Catalogue::builtin()).expect("valid");
        let plan = Plan::build(&routine, Catalogue::builtin());
        let texts: Vec<_> = announcements(&plan).into_iter().map(|a| a.text).collect();
        assert_eq!(
            texts,
            [
                "Knee-to-chest stretch, 30 seconds, left side first.",
                "Switch sides",
                "Rest",
                "Switch sides",
                "Alternate nostril breathing, 2 minutes.",
                "Session complete. Well done.",
            ]
        );
    }
}
