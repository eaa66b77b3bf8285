//! What a voice says during a session, and when: the pose before each step
//! with its first instruction (in the get-ready when there is time, else
//! as the step's first hold starts), "Halfway" through a long hold, what
//! comes next before a rest ends, "Switch sides", "Rest", and the end.
//!
//! Speech is timed from the plan alone. How long it takes is estimated
//! from its words, so that it can be kept clear of the countdown beeps.

use crate::catalogue::Catalogue;
use crate::plan::{Cue, CueKind, Plan, Segment, SegmentKind, Side};
use crate::t;

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

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Announcement {
    /// Plan time the speech starts at.
    pub at_ms: u64,
    pub text: String,
}

/// Everything to say during `plan`, in time order.
pub fn announcements(plan: &Plan) -> Vec<Announcement> {
    announcements_with(plan, first_instruction)
}

/// As `announcements`, with `instruction` giving what to say of the pose
/// of a segment.
fn announcements_with(
    plan: &Plan,
    instruction: impl Fn(&Segment) -> Option<String>,
) -> Vec<Announcement> {
    let mut said = Vec::new();
    for cue in &plan.cues {
        match cue.kind {
            CueKind::GetReady => said.extend(introduce(plan, cue, &instruction)),
            _ => said.extend(on_cue(plan, cue)),
        }
    }
    for (index, segment) in plan.segments.iter().enumerate() {
        if matches!(segment.kind, SegmentKind::Rest | SegmentKind::SetRest) {
            said.extend(coming_next(plan, index));
        }
    }
    // "Halfway" gives way to anything else said in its hold: the pose's
    // first instruction, when it is said as the hold starts.
    let halfways: Vec<Announcement> = plan
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Hold)
        .filter_map(|s| halfway(plan, s))
        .filter(|h| said.iter().all(|a| apart(a, h)))
        .collect();
    said.extend(halfways);
    said.sort_by_key(|a| a.at_ms);
    said
}

/// Whether one of `a` and `b` ends, with a gap, before the other starts.
fn apart(a: &Announcement, b: &Announcement) -> bool {
    let ends_before =
        |x: &Announcement, y: &Announcement| x.at_ms + speech_ms(&x.text) + GAP_MS <= y.at_ms;
    ends_before(a, b) || ends_before(b, a)
}

/// How long `text` takes to say, roughly.
fn speech_ms(text: &str) -> u64 {
    text.split_whitespace().count() as u64 * WORD_MS
}

/// What is said just after a cue other than a get-ready.
fn on_cue(plan: &Plan, cue: &Cue) -> Option<Announcement> {
    let text = match cue.kind {
        CueKind::SwitchSides => t!("coach-switch-sides"),
        CueKind::Rest => {
            let segment = plan.segments.get(cue.segment)?;
            (segment.duration_ms >= REST_MIN_MS).then(|| t!("coach-rest"))?
        }
        CueKind::SessionDone => t!("coach-done"),
        _ => return None,
    };
    Some(Announcement {
        at_ms: cue.at_ms + DELAY_MS,
        text,
    })
}

/// What is said for get-ready `cue`: the pose, its length and side, then
/// the pose's first instruction. The instruction is added to the
/// get-ready announcement when all of it ends before the get-ready
/// countdown; else it is said just after the start of the step's first
/// hold (only that one), when it ends before the hold's countdown. When
/// it fits in neither, its first clause is tried the same way; when that
/// does not fit either, it is left out.
fn introduce(
    plan: &Plan,
    cue: &Cue,
    instruction: impl Fn(&Segment) -> Option<String>,
) -> Vec<Announcement> {
    let at_ms = cue.at_ms + DELAY_MS;
    let dose = next_up(plan, cue.segment);
    let first = cue.segment + 1;
    let Some(full) = plan.segments.get(first).and_then(instruction) else {
        return vec![Announcement { at_ms, text: dose }];
    };
    let get_ready_quiet = quiet_from(plan, cue.segment);
    // The hold's start is free once the get-ready announcement is over.
    let hold_at =
        hold_start(plan, first).filter(|&hold_at| at_ms + speech_ms(&dose) + GAP_MS <= hold_at);
    let hold_quiet = quiet_from(plan, first);
    let shorter = first_clause(&full);
    let texts = std::iter::once(full).chain(shorter);
    for text in texts {
        let joined = t!(
            "coach-introduce",
            work = dose.as_str(),
            instruction = text.as_str()
        );
        if ends_by(at_ms, &joined, get_ready_quiet) {
            return vec![Announcement {
                at_ms,
                text: joined,
            }];
        }
        if let Some(hold_at) = hold_at
            && ends_by(hold_at, &text, hold_quiet)
        {
            return vec![
                Announcement { at_ms, text: dose },
                Announcement {
                    at_ms: hold_at,
                    text,
                },
            ];
        }
    }
    vec![Announcement { at_ms, text: dose }]
}

/// Whether `text`, spoken from `at_ms`, ends with a gap before `quiet_ms`.
fn ends_by(at_ms: u64, text: &str, quiet_ms: u64) -> bool {
    at_ms + speech_ms(text) + GAP_MS <= quiet_ms
}

/// When speech after the start cue of segment `index` begins, if that
/// segment is a hold.
fn hold_start(plan: &Plan, index: usize) -> Option<u64> {
    if plan.segments.get(index)?.kind != SegmentKind::Hold {
        return None;
    }
    let first = plan.cues.partition_point(|c| c.segment < index);
    let start = plan.cues[first..]
        .iter()
        .take_while(|c| c.segment == index)
        .find(|c| c.kind == CueKind::Start)?;
    Some(start.at_ms + DELAY_MS)
}

/// "Lie on your back with both knees bent." of "Lie on your back with
/// both knees bent and your feet flat on the floor.": up to the first
/// comma, semicolon or " and " (in the language of the text). None when
/// there is no shorter clause.
fn first_clause(instruction: &str) -> Option<String> {
    let and = format!(" {} ", t!("coach-and"));
    let end = [",", ";", "،", "।", and.as_str()]
        .into_iter()
        .filter_map(|separator| instruction.find(separator))
        .min()?;
    let clause = instruction[..end].trim_end();
    (!clause.is_empty()).then(|| t!("coach-clause", clause = clause))
}

/// The catalogue's first instruction for the pose of `segment`. A custom
/// exercise's instructions are not in the plan, and its name may match a
/// catalogue alias or id, so both the id and the name must match.
fn first_instruction(segment: &Segment) -> Option<String> {
    let pose = Catalogue::builtin().find(&segment.pose)?;
    if pose.id != segment.pose || pose.name != segment.name {
        return None;
    }
    pose.instructions.first().cloned()
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
    let work = name_and_length(plan, get_ready + 1);
    match (first.kind, first.side) {
        (SegmentKind::Hold, Some(Side::Left)) => t!("coach-up-next-left", work = work),
        (SegmentKind::Hold, Some(Side::Right)) => t!("coach-up-next-right", work = work),
        _ => t!("coach-up-next", work = work),
    }
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
        t!("coach-minutes", count = seconds / 60)
    } else {
        t!("coach-seconds", count = seconds)
    };
    t!("coach-work", pose = work.name.as_str(), length = length)
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
        text: t!("coach-halfway"),
    })
}

/// "Next: …", ending before the countdown of rest `index`, when it fits
/// after the "Rest" announcement.
fn coming_next(plan: &Plan, index: usize) -> Option<Announcement> {
    let rest = plan.segments.get(index)?;
    let text = t!("coach-next", what = after_rest(plan, index)?);
    let earliest = if rest.duration_ms >= REST_MIN_MS {
        rest.start_ms + DELAY_MS + speech_ms(&t!("coach-rest")) + GAP_MS
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
        t!(
            "coach-set",
            pose = name.as_str(),
            set = next.set,
            sets = next.sets
        )
    } else if next.reps > 1 {
        t!(
            "coach-rep",
            pose = name.as_str(),
            rep = next.rep,
            reps = next.reps
        )
    } else {
        name_and_length(plan, index + 1)
    };
    Some(text)
}

#[cfg(test)]
mod tests;
