//! What a voice says during a session, and when: the pose before each step
//! (with its first instruction when there is time), "Halfway" through a
//! long hold, what comes next before a rest ends, "Switch sides", "Rest",
//! and the end.
//!
//! Speech is timed from the plan alone. How long it takes is estimated
//! from its words, so that it can be kept clear of the countdown beeps.

use crate::core::catalogue::Catalogue;
use crate::core::plan::{Cue, CueKind, Plan, Segment, SegmentKind, Side};

/// Spoken this long after its cue, so the tone is heard first.
pub const DELAY_MS: u64 = 350;
/// Estimated speaking time of a word: the voice speaks 150 words a minute.
const WORD_MS: u64 = 400;
/// Silence kept between speech and the next beep or speech.
const GAP_MS: u64 = 500;
/// Rests shorter than this are not announced.
const REST_MIN_MS: u64 = 4_000;
/// Holds at least this long get a "Halfway".
const HALFWAY_MIN_MS: u64 = 30_000;
/// No "Halfway" when a cue sounds this close to the middle of the hold.
const HALFWAY_CLEAR_MS: u64 = 1_500;

const REST: &str = "Rest";
const HALFWAY: &str = "Halfway";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    /// Plan time the speech starts at.
    pub at_ms: u64,
    pub text: String,
}

/// Everything to say during `plan`, in time order.
pub fn announcements(plan: &Plan) -> Vec<Announcement> {
    let mut said: Vec<Announcement> = plan
        .cues
        .iter()
        .filter_map(|cue| on_cue(plan, cue))
        .collect();
    for (index, segment) in plan.segments.iter().enumerate() {
        let extra = match segment.kind {
            SegmentKind::Hold => halfway(plan, segment),
            SegmentKind::Rest | SegmentKind::SetRest => coming_next(plan, index),
            _ => None,
        };
        said.extend(extra);
    }
    said.sort_by_key(|a| a.at_ms);
    said
}

/// How long `text` takes to say, roughly.
fn speech_ms(text: &str) -> u64 {
    text.split_whitespace().count() as u64 * WORD_MS
}

/// What is said just after a cue.
fn on_cue(plan: &Plan, cue: &Cue) -> Option<Announcement> {
    let at_ms = cue.at_ms + DELAY_MS;
    let text = match cue.kind {
        CueKind::GetReady => get_ready(plan, cue.segment, at_ms),
        CueKind::SwitchSides => "Switch sides".to_string(),
        CueKind::Rest => {
            let segment = plan.segments.get(cue.segment)?;
            (segment.duration_ms >= REST_MIN_MS).then(|| REST.to_string())?
        }
        CueKind::SessionDone => "Session complete. Well done.".to_string(),
        _ => return None,
    };
    Some(Announcement { at_ms, text })
}

/// The pose, its length and side, then its first instruction if all of it
/// is said before the get-ready countdown (spoken from `at_ms`).
fn get_ready(plan: &Plan, get_ready: usize, at_ms: u64) -> String {
    let dose = next_up(plan, get_ready);
    let instruction = plan.segments.get(get_ready + 1).and_then(first_instruction);
    let Some(instruction) = instruction else {
        return dose;
    };
    let full = format!("{dose} {instruction}");
    if at_ms + speech_ms(&full) + GAP_MS <= quiet_from(plan, get_ready) {
        full
    } else {
        dose
    }
}

/// The catalogue's first instruction for the pose of `segment`. A custom
/// exercise's instructions are not in the plan, and its name may match a
/// catalogue alias or id, so both the id and the name must match.
fn first_instruction(segment: &Segment) -> Option<&'static str> {
    let pose = Catalogue::builtin().find(&segment.pose)?;
    if pose.id != segment.pose || pose.name != segment.name {
        return None;
    }
    pose.instructions.first().map(String::as_str)
}

/// "Balasana, 45 seconds." or "Knee-to-chest stretch, 30 seconds, left side first."
fn next_up(plan: &Plan, get_ready: usize) -> String {
    let Some(first) = plan.segments.get(get_ready + 1) else {
        return plan
            .segments
            .get(get_ready)
            .map(|s| s.name.clone())
            .unwrap_or_default();
    };
    let side = match (first.kind, first.side) {
        (SegmentKind::Hold, Some(Side::Left)) => ", left side first",
        (SegmentKind::Hold, Some(Side::Right)) => ", right side",
        _ => "",
    };
    format!("{}{side}.", name_and_length(plan, get_ready + 1))
}

/// "Balasana, 45 seconds": the work that starts at segment `first`, on
/// one side, in one rep.
fn name_and_length(plan: &Plan, first: usize) -> String {
    let Some(work) = plan.segments.get(first) else {
        return String::new();
    };
    let hold_ms: u64 = plan.segments[first..]
        .iter()
        // A rest of 0 s leaves no segment between reps: stop where the rep
        // or set changes too.
        .take_while(|s| {
            s.step == work.step && s.rep == work.rep && s.set == work.set && s.kind.is_active()
        })
        .map(|s| s.duration_ms)
        .sum();
    let seconds = hold_ms / 1000;
    let length = if seconds >= 120 && seconds.is_multiple_of(60) {
        format!("{} minutes", seconds / 60)
    } else {
        format!("{seconds} seconds")
    };
    format!("{}, {length}", work.name)
}

/// When the countdown beeps of segment `index` begin: its end without them.
fn quiet_from(plan: &Plan, index: usize) -> u64 {
    let first = plan.cues.partition_point(|c| c.segment < index);
    let countdown = plan.cues[first..]
        .iter()
        .take_while(|c| c.segment == index)
        .find(|c| c.kind == CueKind::Countdown);
    match countdown {
        Some(cue) => cue.at_ms,
        None => plan.segments.get(index).map_or(0, Segment::end_ms),
    }
}

/// "Halfway" in the middle of a long hold, unless a cue sounds near it.
fn halfway(plan: &Plan, hold: &Segment) -> Option<Announcement> {
    if hold.duration_ms < HALFWAY_MIN_MS {
        return None;
    }
    let at_ms = hold.start_ms + hold.duration_ms / 2;
    let near = plan
        .cues
        .partition_point(|c| c.at_ms + HALFWAY_CLEAR_MS < at_ms);
    let clear = plan
        .cues
        .get(near)
        .is_none_or(|c| c.at_ms > at_ms + HALFWAY_CLEAR_MS);
    clear.then(|| Announcement {
        at_ms,
        text: HALFWAY.to_string(),
    })
}

/// "Next: …", ending before the countdown of rest `index`, when it fits
/// after the "Rest" announcement.
fn coming_next(plan: &Plan, index: usize) -> Option<Announcement> {
    let rest = plan.segments.get(index)?;
    let text = format!("Next: {}", after_rest(plan, index)?);
    let earliest = if rest.duration_ms >= REST_MIN_MS {
        rest.start_ms + DELAY_MS + speech_ms(REST) + GAP_MS
    } else {
        rest.start_ms + DELAY_MS
    };
    let at_ms = quiet_from(plan, index).checked_sub(speech_ms(&text) + GAP_MS)?;
    (at_ms >= earliest).then_some(Announcement { at_ms, text })
}

/// "Cat-cow stretch, rep 2 of 3" when the same pose follows rest `index`,
/// else the next pose and its length.
fn after_rest(plan: &Plan, index: usize) -> Option<String> {
    let rest = plan.segments.get(index)?;
    let next = plan.segments.get(index + 1)?;
    let name = &next.name;
    if next.step != rest.step || next.kind == SegmentKind::GetReady {
        let first = index + 1 + usize::from(next.kind == SegmentKind::GetReady);
        return plan
            .segments
            .get(first)
            .map(|_| name_and_length(plan, first));
    }
    let text = if rest.kind == SegmentKind::SetRest && next.sets > 1 {
        format!("{name}, set {} of {}", next.set, next.sets)
    } else if next.reps > 1 {
        format!("{name}, rep {} of {}", next.rep, next.reps)
    } else {
        name_and_length(plan, index + 1)
    };
    Some(text)
}

#[cfg(test)]
mod tests;
