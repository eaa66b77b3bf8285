//! Cues: the moments the patient hears something.

use super::{Segment, SegmentKind, Side};
use serde::Serialize;

/// How many beeps count down the end of a hold, rest or get-ready.
pub const COUNTDOWN_BEEPS: u64 = 3;
/// The get-ready cue after a finished step waits this long, so the
/// step-done chime is heard on its own.
pub const STEP_DONE_GAP_MS: u64 = 800;
/// Cues closer than this to the previous one in a segment are left out.
const MIN_CUE_GAP_MS: u64 = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CueKind {
    GetReady,
    Countdown,
    Start,
    SwitchSides,
    Rest,
    BreatheIn,
    HoldBreath,
    BreatheOut,
    StepDone,
    SessionDone,
}

impl CueKind {
    pub const ALL: [CueKind; 10] = [
        CueKind::GetReady,
        CueKind::Countdown,
        CueKind::Start,
        CueKind::SwitchSides,
        CueKind::Rest,
        CueKind::BreatheIn,
        CueKind::HoldBreath,
        CueKind::BreatheOut,
        CueKind::StepDone,
        CueKind::SessionDone,
    ];

    fn opening(kind: SegmentKind) -> CueKind {
        match kind {
            SegmentKind::GetReady => CueKind::GetReady,
            SegmentKind::Hold => CueKind::Start,
            SegmentKind::Rest | SegmentKind::SetRest => CueKind::Rest,
            SegmentKind::SwitchSides => CueKind::SwitchSides,
            SegmentKind::BreatheIn => CueKind::BreatheIn,
            SegmentKind::HoldIn | SegmentKind::HoldOut => CueKind::HoldBreath,
            SegmentKind::BreatheOut => CueKind::BreatheOut,
        }
    }
}

/// Something to play at a moment of the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cue {
    pub at_ms: u64,
    pub kind: CueKind,
    /// The nostril for alternate nostril breathing; otherwise the body side.
    pub side: Option<Side>,
    /// Index of the segment the cue belongs to.
    pub segment: usize,
}

pub(super) fn schedule(segments: &[Segment], total_ms: u64, countdown: u64) -> Vec<Cue> {
    let mut cues = Vec::new();
    for (index, segment) in segments.iter().enumerate() {
        let cue = |at_ms, kind| Cue {
            at_ms,
            kind,
            side: segment.side,
            segment: index,
        };
        let new_step = index > 0 && segments[index - 1].step != segment.step;
        let mut opening_at = segment.start_ms;
        if new_step
            && segment.kind == SegmentKind::GetReady
            && segment.duration_ms >= 2 * STEP_DONE_GAP_MS + MIN_CUE_GAP_MS
        {
            cues.push(cue(segment.start_ms, CueKind::StepDone));
            opening_at += STEP_DONE_GAP_MS;
        }
        cues.push(cue(opening_at, CueKind::opening(segment.kind)));
        if counts_down(segment.kind) {
            for beeps_left in (1..=countdown).rev() {
                let at = segment.end_ms().saturating_sub(beeps_left * 1000);
                if at >= opening_at + MIN_CUE_GAP_MS {
                    cues.push(cue(at, CueKind::Countdown));
                }
            }
        }
    }
    cues.push(Cue {
        at_ms: total_ms,
        kind: CueKind::SessionDone,
        side: None,
        segment: segments.len().saturating_sub(1),
    });
    cues
}

fn counts_down(kind: SegmentKind) -> bool {
    matches!(
        kind,
        SegmentKind::GetReady
            | SegmentKind::Hold
            | SegmentKind::Rest
            | SegmentKind::SetRest
            | SegmentKind::SwitchSides
    )
}
