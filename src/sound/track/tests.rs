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

/// Two cues, 8.5 s apart: the stream can rest between them.
fn far_apart() -> Arc<PlanSounds> {
    Arc::new(PlanSounds {
        cues: vec![
            CueSound {
                at_ms: 500,
                frames: beep(960),
                max_frames: usize::MAX,
            },
            CueSound {
                at_ms: 9_000,
                frames: beep(960),
                max_frames: usize::MAX,
            },
        ],
        speech: Vec::new(),
    })
}

/// Runs a device from `start` for `buffers` buffers, each asked for a
/// period after the last and heard `delay` after it is asked for. Its
/// first buffer reports no delay at all, as cpal's PulseAudio host does
/// before it first hears from the server.
fn run_device(
    track: &mut Track,
    start: Instant,
    buffers: usize,
    delay: Duration,
    left: &mut Vec<f32>,
) {
    let mut out = vec![0.0; PERIOD * 2];
    for n in 0..buffers {
        let now = start + Duration::from_secs_f64((n * PERIOD) as f64 / 48_000.0);
        let reported = if n == 0 { Duration::ZERO } else { delay };
        let observation = track.fill(&mut out, now, reported);
        assert_eq!(
            observation.sleep, None,
            "a device that keeps time is never paced"
        );
        left.extend(out.chunks_exact(2).map(|f| f[0]));
    }
}

#[test]
fn the_first_sound_after_the_stream_rested_lands_on_its_frame() {
    // Devices that come back after a pause with a new delay, from 1 ms to
    // 300 ms (a sound server waking a suspended card), at a moment that
    // is not a whole number of periods after the pause.
    // It comes back 1.5 s before the cue (the usual lead) or only 400 ms
    // before (a cue right after a resume).
    let cases = [1, 5, 40, 120, 300]
        .into_iter()
        .flat_map(|delay_ms| [7_600_321, 8_700_321].map(|resumed_us| (delay_ms, resumed_us)));
    for (resume_delay_ms, resumed_us) in cases {
        let (sender, receiver) = mpsc::channel();
        let mut track = Track::new(receiver, 1.0, Arc::default());
        let _ = sender.send(TrackCommand::Load(far_apart(), 0));
        let t0 = Instant::now();
        let _ = sender.send(TrackCommand::Schedule(Timing {
            anchor: t0 + Duration::from_millis(100),
            position: Duration::ZERO,
            first_cue: 0,
        }));
        let mut left = Vec::new();
        run_device(&mut track, t0, 100, DELAY, &mut left);
        let before = left.len();
        let _ = sender.send(TrackCommand::Resumed);
        let resumed = t0 + Duration::from_micros(resumed_us);
        let delay = Duration::from_millis(resume_delay_ms);
        run_device(&mut track, resumed, 100, delay, &mut left);
        // Plan time 9 000 ms is heard at t0 + 9.1 s; the first frame after
        // the resume is heard at `resumed + delay`.
        let due = t0 + Duration::from_millis(9_100);
        let expected = before as f64 + (due - (resumed + delay)).as_secs_f64() * 48_000.0;
        let found = onsets(&left);
        assert_eq!(found.len(), 2, "delay {resume_delay_ms} ms: {found:?}");
        assert_eq!(found[0], (100 + 500 - 40) * 48);
        let error = found[1] as f64 - expected;
        assert!(
            error.abs() <= 1.0,
            "delay {resume_delay_ms} ms: off by {error} frames"
        );
    }
}

#[test]
fn a_device_that_never_blocks_is_paced_and_its_sounds_keep_real_time() {
    let (sender, receiver) = mpsc::channel();
    let settled = Arc::new(AtomicBool::new(false));
    let mut track = Track::new(receiver, 1.0, Arc::clone(&settled));
    let _ = sender.send(TrackCommand::Load(far_apart(), 0));
    let t0 = Instant::now();
    let _ = sender.send(TrackCommand::Schedule(Timing {
        anchor: t0 + Duration::from_millis(100),
        position: Duration::ZERO,
        first_cue: 0,
    }));
    // Every buffer is taken at once and reports no delay; time moves only
    // by the sleeps asked for, and 30 µs of work a buffer.
    let (mut now, mut left, mut sleeps) = (t0, Vec::new(), 0);
    let mut out = vec![0.0; PERIOD * 2];
    while now < t0 + Duration::from_secs(12) {
        let observation = track.fill(&mut out, now, Duration::ZERO);
        left.extend(out.chunks_exact(2).map(|f| f[0]));
        now += Duration::from_micros(30);
        if let Some(sleep) = observation.sleep {
            sleeps += 1;
            now += sleep;
        }
    }
    assert!(settled.load(Ordering::Relaxed), "ready to play");
    assert!((12..=120).contains(&sleeps), "{sleeps} sleeps in 12 s");
    let written = left.len() as f64 / 48_000.0;
    assert!(written < 12.0 + 2.5, "{written} s written in 12 s");
    // Heard when real time reaches them: the cue at plan time 9 s (t0 +
    // 9.1 s) on frame 9.1 × 48 000. The first cue comes before the device
    // is found out: played once at most.
    let found = onsets(&left);
    assert!((1..=2).contains(&found.len()), "{found:?}");
    let last = found.last().copied().unwrap_or_default();
    assert!(last.abs_diff(9_100 * 48) <= 1, "{last}");
}
