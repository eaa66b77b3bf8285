//! Cue sounds, synthesised in code, and the offline session soundtrack.
//! Pure sample arithmetic: playing them is `crate::sound`'s job.

use crate::plan::{Cue, CueKind, Plan, Side};
use std::f32::consts::TAU;

pub const SAMPLE_RATE: u32 = 48_000;
pub const CHANNELS: u16 = 2;
const FRAMES_PER_MS: usize = SAMPLE_RATE as usize / 1000;
/// Silence kept before the next cue, so every cue starts cleanly.
pub const GAP_BEFORE_NEXT_MS: u64 = 12;
/// Loudness of a cue at full volume.
const LEVEL: f32 = 0.45;

/// Interleaved stereo frames (left, right).
pub type Frames = Vec<[f32; 2]>;

/// One note: a sine sweeping from `from` to `to` Hz.
#[derive(Debug, Clone, Copy)]
struct Note {
    from: f32,
    to: f32,
    ms: u32,
    level: f32,
}

const fn note(hz: f32, ms: u32) -> Note {
    Note {
        from: hz,
        to: hz,
        ms,
        level: 1.0,
    }
}

const fn sweep(from: f32, to: f32, ms: u32) -> Note {
    Note {
        from,
        to,
        ms,
        level: 0.8,
    }
}

/// A cue's notes, which follow each other without silence so that one cue
/// is heard (and detected) as one sound.
fn notes(kind: CueKind) -> Vec<Note> {
    match kind {
        CueKind::GetReady => vec![note(660.0, 130), note(880.0, 170)],
        CueKind::Countdown => vec![note(880.0, 90)],
        CueKind::Start => vec![note(1320.0, 260)],
        CueKind::SwitchSides => vec![
            note(880.0, 110),
            note(660.0, 110),
            note(880.0, 110),
            note(660.0, 110),
        ],
        CueKind::Rest => vec![Note {
            level: 0.8,
            ..note(440.0, 420)
        }],
        CueKind::BreatheIn => vec![sweep(330.0, 660.0, 700)],
        CueKind::BreatheOut => vec![sweep(660.0, 330.0, 700)],
        CueKind::HoldBreath => vec![
            Note {
                level: 0.6,
                ..note(520.0, 110)
            },
            Note {
                level: 0.6,
                ..note(390.0, 110)
            },
        ],
        CueKind::StepDone => vec![note(523.3, 120), note(659.3, 120), note(784.0, 170)],
        CueKind::SessionDone => vec![
            note(523.3, 170),
            note(659.3, 170),
            note(784.0, 170),
            note(1046.5, 900),
        ],
    }
}

/// The sound of a cue at `volume` (0–1). Breathing cues with a side are
/// panned to that side, to show which nostril.
pub fn cue_sound(kind: CueKind, side: Option<Side>, volume: f32) -> Frames {
    let pan = match (kind, side) {
        (CueKind::BreatheIn | CueKind::BreatheOut, Some(Side::Left)) => (1.0, 0.0),
        (CueKind::BreatheIn | CueKind::BreatheOut, Some(Side::Right)) => (0.0, 1.0),
        _ => (1.0, 1.0),
    };
    let mut frames = Frames::new();
    for n in notes(kind) {
        let amplitude = LEVEL * n.level * volume.clamp(0.0, 1.0);
        let len = n.ms as usize * FRAMES_PER_MS;
        let mut phase = 0.0f32;
        for i in 0..len {
            let t = i as f32 / len as f32;
            let hz = n.from + (n.to - n.from) * t;
            phase = (phase + TAU * hz / SAMPLE_RATE as f32) % TAU;
            let v = phase.sin() * amplitude * envelope(i, len);
            frames.push([v * pan.0, v * pan.1]);
        }
    }
    frames
}

/// Loudness of the breath tone against a cue: it sits under the cues.
const BREATH_TONE_LEVEL: f32 = 0.35;
/// The breath tone fades in and out over this, so it has no edges.
const BREATH_TONE_FADE_MS: usize = 250;

/// The soft tone that follows a breath (the "breath tone" setting): for
/// `ms` milliseconds, rising from 220 to 330 Hz while breathing in and
/// falling back while breathing out, quieter than any cue and with soft
/// edges; panned to the open nostril. Other cues get no tone (empty).
pub fn breath_tone(kind: CueKind, side: Option<Side>, ms: u64, volume: f32) -> Frames {
    let (from, to) = match kind {
        CueKind::BreatheIn => (220.0, 330.0),
        CueKind::BreatheOut => (330.0, 220.0),
        _ => return Frames::new(),
    };
    let pan = match side {
        Some(Side::Left) => (1.0, 0.35),
        Some(Side::Right) => (0.35, 1.0),
        None => (1.0, 1.0),
    };
    let len = ms_to_frames(ms);
    let fade = (BREATH_TONE_FADE_MS * FRAMES_PER_MS).min(len / 2).max(1);
    let amplitude = LEVEL * BREATH_TONE_LEVEL * volume.clamp(0.0, 1.0);
    let mut phase = 0.0f32;
    (0..len)
        .map(|i| {
            let t = i as f32 / len as f32;
            phase = (phase + TAU * (from + (to - from) * t) / SAMPLE_RATE as f32) % TAU;
            let edge = (i.min(len - i) as f32 / fade as f32).min(1.0);
            let v = phase.sin() * amplitude * edge * edge;
            [v * pan.0, v * pan.1]
        })
        .collect()
}

/// A quick attack and a gentle release, so notes neither click nor smear.
fn envelope(i: usize, len: usize) -> f32 {
    let attack = 3 * FRAMES_PER_MS;
    let release = (len / 3).min(40 * FRAMES_PER_MS);
    if i < attack {
        i as f32 / attack as f32
    } else if i + release > len {
        (len - i) as f32 / release as f32
    } else {
        1.0
    }
}

/// Cuts a sound short, with a 5 ms fade, so it fits in `max_frames`.
pub fn fit(mut frames: Frames, max_frames: usize) -> Frames {
    if frames.len() <= max_frames {
        return frames;
    }
    frames.truncate(max_frames);
    let fade = (5 * FRAMES_PER_MS).min(max_frames);
    let start = max_frames - fade;
    for (i, frame) in frames[start..].iter_mut().enumerate() {
        let gain = 1.0 - (i + 1) as f32 / fade as f32;
        frame[0] *= gain;
        frame[1] *= gain;
    }
    frames
}

/// How long the cue at `index` may sound before the next one needs silence.
pub fn room_after(cues: &[Cue], index: usize) -> Option<u64> {
    let next = cues.get(index + 1)?;
    let room = next.at_ms.saturating_sub(cues[index].at_ms);
    Some(room.saturating_sub(GAP_BEFORE_NEXT_MS))
}

pub fn ms_to_frames(ms: u64) -> usize {
    ms as usize * FRAMES_PER_MS
}

/// Frames `stream` hands over at a time: a tenth of a second.
pub const CHUNK_FRAMES: usize = SAMPLE_RATE as usize / 10;
/// Room after the session's end for the last chime to ring out.
const TAIL_MS: u64 = 500;

/// How many frames the whole soundtrack of `plan` has: the session, then
/// room for the last chime to ring out.
pub fn track_frames(plan: &Plan) -> usize {
    let chime: usize = notes(CueKind::SessionDone)
        .iter()
        .map(|n| n.ms as usize * FRAMES_PER_MS)
        .sum();
    ms_to_frames(plan.total_ms) + chime + ms_to_frames(TAIL_MS)
}

/// A cue being mixed: its first frame in the track and its sound.
struct Sounding {
    start: usize,
    frames: Frames,
}

impl Sounding {
    fn end(&self) -> usize {
        self.start + self.frames.len()
    }

    /// Adds the part of the sound that falls in `chunk`, which starts at
    /// frame `from` of the track.
    fn mix_into(&self, chunk: &mut [[f32; 2]], from: usize) {
        let begin = self.start.max(from);
        let end = self.end().min(from + chunk.len());
        if begin >= end {
            return;
        }
        let sound = &self.frames[begin - self.start..end - self.start];
        for (slot, frame) in chunk[begin - from..end - from].iter_mut().zip(sound) {
            slot[0] += frame[0];
            slot[1] += frame[1];
        }
    }
}

/// The whole session as one soundtrack, handed to `write` `chunk_frames`
/// at a time (the last chunk may be shorter): every cue at its planned
/// frame, silence between, and room at the end for the last chime. Only
/// the chunk and the cues sounding in it are in memory, however long the
/// session. Stops at the first error `write` returns.
pub fn stream<E>(
    plan: &Plan,
    volume: f32,
    chunk_frames: usize,
    mut write: impl FnMut(&[[f32; 2]]) -> Result<(), E>,
) -> Result<(), E> {
    let total = track_frames(plan);
    let mut chunk = vec![[0.0f32; 2]; chunk_frames.clamp(1, total.max(1))];
    let mut sounding: Vec<Sounding> = Vec::new();
    let mut next_cue = 0;
    let mut from = 0;
    while from < total {
        let to = (from + chunk.len()).min(total);
        // Cues are in time order, as `Plan` lays them out.
        while let Some(cue) = plan.cues.get(next_cue)
            && ms_to_frames(cue.at_ms) < to
        {
            let mut frames = cue_sound(cue.kind, cue.side, volume);
            if let Some(room) = room_after(&plan.cues, next_cue) {
                frames = fit(frames, ms_to_frames(room));
            }
            let start = ms_to_frames(cue.at_ms);
            sounding.push(Sounding { start, frames });
            next_cue += 1;
        }
        let out = &mut chunk[..to - from];
        out.fill([0.0; 2]);
        for sound in &sounding {
            sound.mix_into(out, from);
        }
        sounding.retain(|sound| sound.end() > to);
        write(out)?;
        from = to;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn peak(frames: &Frames) -> f32 {
        frames
            .iter()
            .map(|[l, r]| l.abs().max(r.abs()))
            .fold(0.0, f32::max)
    }

    /// Zero crossings of the left channel in `frames`: twice the pitch.
    fn crossings(frames: &[[f32; 2]]) -> usize {
        frames
            .windows(2)
            .filter(|w| (w[0][0] < 0.0) != (w[1][0] < 0.0))
            .count()
    }

    #[test]
    fn the_breath_tone_lasts_the_breath_rises_in_falls_out_and_stays_under_the_cues() {
        let breath_in = breath_tone(CueKind::BreatheIn, None, 4_000, 1.0);
        assert_eq!(breath_in.len(), ms_to_frames(4_000));
        let second = ms_to_frames(1_000);
        let (first, last) = (&breath_in[..second], &breath_in[breath_in.len() - second..]);
        assert!(crossings(last) > crossings(first) * 5 / 4, "rises");
        let breath_out = breath_tone(CueKind::BreatheOut, None, 4_000, 1.0);
        let (first, last) = (
            &breath_out[..second],
            &breath_out[breath_out.len() - second..],
        );
        assert!(crossings(first) > crossings(last) * 5 / 4, "falls");
        let cue = cue_sound(CueKind::BreatheIn, None, 1.0);
        assert!(peak(&breath_in) < peak(&cue) / 2.0, "softer than a cue");
        // Soft edges: no click at either end.
        assert!(breath_in[0][0].abs() < 1e-3 && breath_in[breath_in.len() - 1][0].abs() < 1e-3);
        // The left nostril is louder on the left.
        let left = breath_tone(CueKind::BreatheIn, Some(Side::Left), 1_000, 1.0);
        let (l, r) = left.iter().fold((0.0f32, 0.0f32), |(l, r), f| {
            (l + f[0].abs(), r + f[1].abs())
        });
        assert!(l > r * 2.0);
        assert!(breath_tone(CueKind::Countdown, None, 1_000, 1.0).is_empty());
    }
    use crate::catalogue::Catalogue;
    use crate::routine::Routine;

    /// The soundtrack built whole in memory, as `render-audio` did before
    /// it streamed: the reference `stream` must match sample for sample.
    fn whole_track(plan: &Plan, volume: f32) -> Frames {
        let tail = cue_sound(CueKind::SessionDone, None, 1.0).len() + ms_to_frames(500);
        let mut track = vec![[0.0f32; 2]; ms_to_frames(plan.total_ms) + tail];
        for (index, cue) in plan.cues.iter().enumerate() {
            let mut sound = cue_sound(cue.kind, cue.side, volume);
            if let Some(room) = room_after(&plan.cues, index) {
                sound = fit(sound, ms_to_frames(room));
            }
            let start = ms_to_frames(cue.at_ms);
            for (slot, frame) in track[start..].iter_mut().zip(sound) {
                slot[0] += frame[0];
                slot[1] += frame[1];
            }
        }
        track
    }

    fn plan_of(file: &str) -> Plan {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(file);
        let catalogue = Catalogue::builtin();
        let routine = Routine::load(&path, catalogue).expect("a valid routine");
        Plan::build(&routine, catalogue)
    }

    fn streamed(plan: &Plan, volume: f32, chunk_frames: usize) -> (Frames, Vec<usize>) {
        let mut track = Frames::new();
        let mut sizes = Vec::new();
        let result: Result<(), ()> = stream(plan, volume, chunk_frames, |chunk| {
            sizes.push(chunk.len());
            track.extend_from_slice(chunk);
            Ok(())
        });
        assert_eq!(result, Ok(()));
        (track, sizes)
    }

    #[test]
    fn streaming_matches_the_whole_track_sample_for_sample() {
        let short = plan_of("tests/fixtures/short.posewise.json");
        let whole = whole_track(&short, 0.8);
        assert_eq!(whole.len(), track_frames(&short));
        for chunk_frames in [1, 7, 997, CHUNK_FRAMES, whole.len() + 5] {
            let (track, sizes) = streamed(&short, 0.8, chunk_frames);
            assert!(track == whole, "chunks of {chunk_frames} frames");
            let (last, full) = sizes.split_last().expect("chunks");
            assert!(full.iter().all(|&n| n == chunk_frames.min(whole.len())));
            assert!(*last >= 1 && *last <= chunk_frames);
        }
        let breathing = plan_of("routines/breathing-reset.posewise.json");
        let (track, _) = streamed(&breathing, 1.0, CHUNK_FRAMES);
        assert!(track == whole_track(&breathing, 1.0));
    }

    #[test]
    fn streaming_stops_at_the_first_write_error() {
        let plan = plan_of("tests/fixtures/short.posewise.json");
        let mut calls = 0;
        let result = stream(&plan, 0.8, CHUNK_FRAMES, |_| {
            calls += 1;
            if calls == 3 { Err("disk full") } else { Ok(()) }
        });
        assert_eq!((result, calls), (Err("disk full"), 3));
    }

    #[test]
    fn every_cue_has_a_distinct_audible_sound() {
        let mut seen = Vec::new();
        for kind in CueKind::ALL {
            let sound = cue_sound(kind, None, 1.0);
            let peak = sound.iter().map(|f| f[0].abs()).fold(0.0, f32::max);
            assert!(peak > 0.1 && peak <= LEVEL + 1e-3, "{kind:?}: peak {peak}");
            assert!(
                sound.len() < ms_to_frames(800) || kind == CueKind::SessionDone,
                "{kind:?}"
            );
            assert!(
                sound[..FRAMES_PER_MS].iter().any(|f| f[0].abs() > 0.01),
                "{kind:?} starts at once"
            );
            assert!(!seen.contains(&sound), "{kind:?} sounds like another cue");
            seen.push(sound);
        }
    }

    #[test]
    fn breath_cues_pan_to_the_nostril() {
        let left = cue_sound(CueKind::BreatheIn, Some(Side::Left), 1.0);
        assert!(left.iter().all(|f| f[1] == 0.0) && left.iter().any(|f| f[0] != 0.0));
        let right = cue_sound(CueKind::BreatheOut, Some(Side::Right), 1.0);
        assert!(right.iter().all(|f| f[0] == 0.0) && right.iter().any(|f| f[1] != 0.0));
        let start = cue_sound(CueKind::Start, Some(Side::Left), 1.0);
        assert!(
            start.iter().all(|f| f[0] == f[1]),
            "only breathing is panned"
        );
    }

    #[test]
    fn volume_scales_and_mute_is_silent() {
        let full = cue_sound(CueKind::Start, None, 1.0);
        let half = cue_sound(CueKind::Start, None, 0.5);
        assert!((full[1000][0] * 0.5 - half[1000][0]).abs() < 1e-6);
        assert!(
            cue_sound(CueKind::Start, None, 0.0)
                .iter()
                .all(|f| f[0] == 0.0)
        );
    }

    #[test]
    fn fit_cuts_with_a_fade_to_silence() {
        let sound = fit(cue_sound(CueKind::Rest, None, 1.0), 4_800);
        assert_eq!(sound.len(), 4_800);
        assert_eq!(sound[4_799], [0.0, 0.0]);
    }
}
