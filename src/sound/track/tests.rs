use super::*;
use std::sync::mpsc::{self, Sender};

const PERIOD: usize = 1_024;
const DELAY: Duration = Duration::from_millis(40);

fn beep(frames: usize) -> Stereo {
    Arc::new(vec![[0.5, 0.25]; frames])
}

/// Cues at 100 ms, 1000 ms and 1010 ms (the last two overlap: the first
/// is cut off before the next one), speech at 1350 ms, 350 ms after the
/// second.
fn sounds() -> Arc<PlanSounds> {
    Arc::new(PlanSounds {
        cues: vec![
            CueSound {
                at_ms: 100,
                frames: beep(960),
                max_frames: usize::MAX,
            },
            CueSound {
                at_ms: 1_000,
                frames: beep(4_800),
                max_frames: 240,
            },
            CueSound {
                at_ms: 1_500,
                frames: beep(480),
                max_frames: usize::MAX,
            },
        ],
        speech: vec![(1_350, 0)],
    })
}

/// An ideal device: buffer n is asked for at `t0 + n × period`, and heard
/// `DELAY` later. Returns the left channel of everything played.
fn play(
    track: &mut Track,
    t0: Instant,
    buffers: usize,
    commands: &Sender<TrackCommand>,
    at_buffer: &mut dyn FnMut(usize, &Sender<TrackCommand>),
) -> Vec<f32> {
    let mut left = Vec::new();
    let mut out = vec![0.0; PERIOD * 2];
    for n in 0..buffers {
        at_buffer(n, commands);
        let now = t0 + Duration::from_secs_f64((n * PERIOD) as f64 / 48_000.0);
        let _ = track.fill(&mut out, now, DELAY);
        left.extend(out.chunks_exact(2).map(|f| f[0]));
    }
    left
}

/// 50 ms of speech at espeak-ng's rate.
fn speech() -> Clip {
    Clip::new(vec![4_096; 1_103], 22_050).expect("a clip")
}

fn onsets(left: &[f32]) -> Vec<usize> {
    (0..left.len())
        .filter(|&i| left[i] != 0.0 && (i == 0 || left[i - 1] == 0.0))
        .collect()
}

fn setup() -> (Track, Sender<TrackCommand>) {
    let (sender, receiver) = mpsc::channel();
    let track = Track::new(receiver, 1.0, Arc::default());
    let _ = sender.send(TrackCommand::Load(sounds(), 1));
    let _ = sender.send(TrackCommand::Speech(0, speech()));
    (track, sender)
}

#[test]
fn every_sound_starts_on_the_frame_heard_at_its_moment() {
    let (mut track, sender) = setup();
    let t0 = Instant::now();
    // The session's plan time 0 is heard at t0 + 100 ms.
    let anchor = t0 + Duration::from_millis(100);
    let _ = sender.send(TrackCommand::Schedule(Timing {
        anchor,
        position: Duration::ZERO,
        first_cue: 0,
    }));
    let left = play(&mut track, t0, 100, &sender, &mut |_, _| {});
    // Frame f is heard at t0 + DELAY + f / 48 kHz.
    let frame = |ms: u64| ((100 + ms) - DELAY.as_millis() as u64) as usize * 48;
    assert_eq!(
        onsets(&left),
        [frame(100), frame(1_000), frame(1_350), frame(1_500)]
    );
    // The second cue was cut to its room, with a fade to silence.
    let second = frame(1_000);
    assert!(left[second + 239] > 0.0 && left[second + 239] < 0.01);
    assert_eq!(left[second + 240], 0.0);
    assert_eq!(left[frame(100)], 0.5, "full volume");
}

#[test]
fn a_schedule_from_the_middle_plays_only_what_is_still_to_come() {
    let (mut track, sender) = setup();
    let t0 = Instant::now();
    // At t0 the session is at 1 200 ms: the speech after cue 1 (due at
    // 1 350 ms) is 150 ms away, cue 2 at 1 500 ms is 300 ms away. Cue 1
    // itself already sounded.
    let _ = sender.send(TrackCommand::Schedule(Timing {
        anchor: t0,
        position: Duration::from_millis(1_200),
        first_cue: 2,
    }));
    let left = play(&mut track, t0, 40, &sender, &mut |_, _| {});
    let frame = |ms: u64| (ms - DELAY.as_millis() as u64) as usize * 48;
    assert_eq!(onsets(&left), [frame(150), frame(300)]);
}

#[test]
fn cancel_silences_and_volume_scales() {
    let (mut track, sender) = setup();
    let t0 = Instant::now();
    let _ = sender.send(TrackCommand::Schedule(Timing {
        anchor: t0 + Duration::from_millis(100),
        position: Duration::ZERO,
        first_cue: 0,
    }));
    let left = play(&mut track, t0, 100, &sender, &mut |n, s| {
        if n == 2 {
            let _ = s.send(TrackCommand::Volume(0.5));
        }
        if n == 20 {
            let _ = s.send(TrackCommand::Cancel);
        }
    });
    let onsets = onsets(&left);
    assert_eq!(onsets.len(), 1, "only the first cue, before the cancel");
    assert_eq!(left[onsets[0]], 0.25, "half volume");
}

#[test]
fn a_sound_scheduled_too_late_is_left_out() {
    let (mut track, sender) = setup();
    let t0 = Instant::now();
    // The first frame is heard at t0 + 40 ms. Cue 0 (plan 100 ms) was due
    // 1 s before that: left out. Cue 1 is 100 ms late: played at once. Its
    // speech and cue 2 are on time.
    let _ = sender.send(TrackCommand::Schedule(Timing {
        anchor: t0 - Duration::from_millis(1_060),
        position: Duration::ZERO,
        first_cue: 0,
    }));
    let left = play(&mut track, t0, 20, &sender, &mut |_, _| {});
    let onsets = onsets(&left);
    assert_eq!(onsets, [0, 250 * 48, 400 * 48]);
}

#[test]
fn speech_is_placed_by_its_own_time_from_the_position_on() {
    let (sender, receiver) = mpsc::channel();
    let mut track = Track::new(receiver, 1.0, Arc::default());
    let sounds = PlanSounds {
        cues: vec![CueSound {
            at_ms: 100,
            frames: beep(960),
            max_frames: usize::MAX,
        }],
        // Between cues, as "Halfway" is.
        speech: vec![(550, 0), (600, 0), (2_000, 0)],
    };
    let _ = sender.send(TrackCommand::Load(Arc::new(sounds), 1));
    let _ = sender.send(TrackCommand::Speech(0, speech()));
    let t0 = Instant::now();
    // Resumed at 600 ms, heard at t0 + 100 ms: the speech due at 550 ms
    // was before the position and is left out; the one due at 600 ms is
    // kept.
    let _ = sender.send(TrackCommand::Schedule(Timing {
        anchor: t0 + Duration::from_millis(100),
        position: Duration::from_millis(600),
        first_cue: 1,
    }));
    let left = play(&mut track, t0, 100, &sender, &mut |_, _| {});
    let frame = |ms: u64| (ms - DELAY.as_millis() as u64) as usize * 48;
    assert_eq!(onsets(&left), [frame(100), frame(1_500)]);
}

#[test]
fn speech_at_the_voice_rate_plays_at_48_khz_from_its_frame() {
    let (sender, receiver) = mpsc::channel();
    let mut track = Track::new(receiver, 1.0, Arc::default());
    let sounds = PlanSounds {
        cues: Vec::new(),
        speech: vec![(500, 0)],
    };
    let _ = sender.send(TrackCommand::Load(Arc::new(sounds), 1));
    // One second of a 440 Hz cosine (it starts at full height, so its
    // first frame is heard) at 22 050 Hz.
    let cosine = (0..22_050)
        .map(|i| {
            let phase = std::f64::consts::TAU * 440.0 * f64::from(i) / 22_050.0;
            (phase.cos() * 16_000.0) as i16
        })
        .collect();
    let clip = Clip::new(cosine, 22_050).expect("a clip");
    let _ = sender.send(TrackCommand::Speech(0, clip));
    let t0 = Instant::now();
    let _ = sender.send(TrackCommand::Schedule(Timing {
        anchor: t0 + Duration::from_millis(100),
        position: Duration::ZERO,
        first_cue: 0,
    }));
    let left = play(&mut track, t0, 80, &sender, &mut |_, _| {});
    let start = (100 + 500 - DELAY.as_millis() as usize) * 48;
    assert_eq!(onsets(&left), [start]);
    let end = left.iter().rposition(|v| *v != 0.0).expect("heard") + 1;
    let frames = end - start;
    assert!(frames.abs_diff(48_000) <= 1, "{frames} frames");
    let crossings = left[start..end]
        .windows(2)
        .filter(|w| (w[0] < 0.0) != (w[1] < 0.0))
        .count();
    assert!(crossings.abs_diff(880) <= 1, "{crossings} zero crossings");
}
