//! One endless rodio source that plays scheduled sounds at exact instants.
//!
//! Sounds are placed by sample position, not by when a thread wakes up, so
//! their timing does not depend on the audio buffer size. `FrameClock` maps
//! sample positions to wall-clock instants and keeps that mapping true.

use rodio::{ChannelCount, Sample, SampleRate, Source};
use std::collections::HashSet;
use std::num::NonZero;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::core::audio::{CHANNELS, SAMPLE_RATE};

const CHECK_EVERY_FRAMES: u64 = 256;
const FADE_FRAMES: usize = 240;
/// Sounds whose moment is this close are kept when a new schedule comes,
/// even if it no longer lists them (it was made just after their moment).
const KEEP_DUE_WITHIN: Duration = Duration::from_millis(250);

pub type Stereo = Arc<Vec<[f32; 2]>>;

/// Sound samples at 48 kHz: stereo for cues (breath cues are panned), mono
/// for speech, which is long and would double its memory in stereo.
#[derive(Debug, Clone)]
pub enum Samples {
    Stereo(Stereo),
    Mono(Arc<Vec<f32>>),
}

impl Samples {
    fn len(&self) -> usize {
        match self {
            Samples::Stereo(frames) => frames.len(),
            Samples::Mono(samples) => samples.len(),
        }
    }

    fn frame(&self, at: usize) -> [f32; 2] {
        match self {
            Samples::Stereo(frames) => frames[at],
            Samples::Mono(samples) => [samples[at]; 2],
        }
    }
}

/// A sound waiting for its moment.
#[derive(Debug, Clone)]
pub struct Pending {
    /// Identifies the sound within a session, so a newer schedule never
    /// plays a sound twice.
    pub key: u64,
    pub due: Instant,
    pub frames: Samples,
    /// Cut the sound off (with a short fade) after this many frames.
    pub max_frames: usize,
}

/// What the track and the scheduling side share.
#[derive(Debug, Default)]
pub struct Shared {
    pub pending: Vec<Pending>,
    pub volume: f32,
    pub changed: bool,
    /// Forget what was scheduled and played: the next schedule starts
    /// afresh (after a pause, skip or back).
    pub reset: bool,
    /// Set once the track's clock mapping has settled.
    pub settled: bool,
}

/// Maps sample positions to instants. The device asks for samples in
/// bursts, one per audio buffer, each just before that buffer plays; the
/// time of each burst's first request, against the frame it asks for, shows
/// how far the mapping is off. The median of those errors over a window
/// moves the mapping, which also follows a sound card clock that drifts.
#[derive(Debug, Default)]
struct FrameClock {
    anchor: Option<(Instant, u64)>,
    last_check: Option<Instant>,
    errors: Vec<f64>,
    window_start: u64,
    corrections: u32,
}

impl FrameClock {
    const BURST_GAP: Duration = Duration::from_millis(2);
    const TOLERANCE_SECONDS: f64 = 0.002;

    fn instant_of(&self, frame: u64) -> Option<Instant> {
        let (instant, at) = self.anchor?;
        let seconds = (frame as f64 - at as f64) / f64::from(SAMPLE_RATE);
        if seconds >= 0.0 {
            Some(instant + Duration::from_secs_f64(seconds))
        } else {
            instant.checked_sub(Duration::from_secs_f64(-seconds))
        }
    }

    fn frame_of(&self, due: Instant, current: u64) -> u64 {
        let Some((instant, at)) = self.anchor else {
            return current;
        };
        let seconds = seconds_between(instant, due);
        (at as f64 + seconds * f64::from(SAMPLE_RATE))
            .round()
            .max(0.0) as u64
    }

    /// Notes that `frame` is being made at `now`. Returns true when the
    /// mapping moved.
    fn observe(&mut self, now: Instant, frame: u64) -> bool {
        let burst = self
            .last_check
            .is_none_or(|last| now.duration_since(last) > Self::BURST_GAP);
        self.last_check = Some(now);
        if self.anchor.is_none() {
            self.anchor = Some((now, frame));
            self.window_start = frame;
            return false;
        }
        if burst && let Some(predicted) = self.instant_of(frame) {
            self.errors.push(seconds_between(predicted, now));
        }
        // Settle quickly at first, then check about once a second.
        let window = if self.corrections == 0 {
            SAMPLE_RATE / 4
        } else {
            SAMPLE_RATE
        };
        if frame - self.window_start < u64::from(window) || self.errors.len() < 3 {
            return false;
        }
        self.window_start = frame;
        let mut errors = std::mem::take(&mut self.errors);
        errors.sort_by(f64::total_cmp);
        let median = errors[errors.len() / 2];
        self.corrections += 1;
        if median.abs() <= Self::TOLERANCE_SECONDS {
            return false;
        }
        if let Some((instant, at)) = self.anchor {
            let moved = Duration::from_secs_f64(median.abs());
            let instant = if median > 0.0 {
                Some(instant + moved)
            } else {
                instant.checked_sub(moved)
            };
            self.anchor = instant.map(|i| (i, at));
        }
        true
    }

    fn settled(&self) -> bool {
        self.corrections > 0
    }
}

/// `to - from` in seconds, negative when `to` is earlier.
fn seconds_between(from: Instant, to: Instant) -> f64 {
    to.saturating_duration_since(from).as_secs_f64()
        - from.saturating_duration_since(to).as_secs_f64()
}

struct Playing {
    frames: Samples,
    at: usize,
    end: usize,
}

pub struct Track {
    shared: Arc<Mutex<Shared>>,
    clock: FrameClock,
    pending: Vec<(u64, Pending)>,
    started: HashSet<u64>,
    playing: Vec<Playing>,
    volume: f32,
    frame: u64,
    channel: u16,
    current: [f32; 2],
}

impl Track {
    pub fn new(shared: Arc<Mutex<Shared>>) -> Track {
        Track {
            shared,
            clock: FrameClock::default(),
            pending: Vec::new(),
            started: HashSet::new(),
            playing: Vec::new(),
            volume: 1.0,
            frame: 0,
            channel: 0,
            current: [0.0; 2],
        }
    }

    /// Every few milliseconds: keep the clock mapping true and pick up new
    /// schedules. Never blocks the audio thread on the lock.
    fn check(&mut self) {
        let now = Instant::now();
        if self.clock.observe(now, self.frame) {
            let pending = std::mem::take(&mut self.pending);
            self.place(pending.into_iter().map(|(_, p)| p).collect());
        }
        let shared = Arc::clone(&self.shared);
        let update = match shared.try_lock() {
            Ok(mut shared) => {
                shared.settled = self.clock.settled();
                shared.changed.then(|| {
                    shared.changed = false;
                    let reset = std::mem::take(&mut shared.reset);
                    (shared.volume, reset, std::mem::take(&mut shared.pending))
                })
            }
            Err(_) => None,
        };
        if let Some((volume, reset, pending)) = update {
            self.volume = volume;
            self.replace_schedule(pending, reset, now);
        }
    }

    fn replace_schedule(&mut self, pending: Vec<Pending>, reset: bool, now: Instant) {
        let mut all = Vec::new();
        if reset {
            self.started.clear();
        } else {
            let keys: HashSet<u64> = pending.iter().map(|p| p.key).collect();
            all.extend(
                std::mem::take(&mut self.pending)
                    .into_iter()
                    .map(|(_, p)| p)
                    .filter(|p| p.due <= now + KEEP_DUE_WITHIN && !keys.contains(&p.key)),
            );
        }
        all.extend(
            pending
                .into_iter()
                .filter(|p| !self.started.contains(&p.key)),
        );
        self.place(all);
    }

    /// Puts sounds in order of the frame they start at.
    fn place(&mut self, pending: Vec<Pending>) {
        self.pending = pending
            .into_iter()
            .map(|p| (self.clock.frame_of(p.due, self.frame), p))
            .collect();
        self.pending
            .sort_by_key(|(frame, _)| std::cmp::Reverse(*frame));
    }

    fn next_frame(&mut self) -> [f32; 2] {
        if self.frame.is_multiple_of(CHECK_EVERY_FRAMES) {
            self.check();
        }
        while self
            .pending
            .last()
            .is_some_and(|(due, _)| *due <= self.frame)
        {
            if let Some((_, p)) = self.pending.pop() {
                let _ = self.started.insert(p.key);
                let end = p.max_frames.min(p.frames.len());
                self.playing.push(Playing {
                    frames: p.frames,
                    at: 0,
                    end,
                });
            }
        }
        let mut out = [0.0f32; 2];
        for sound in &mut self.playing {
            let [l, r] = sound.frames.frame(sound.at);
            let left = sound.end - sound.at;
            let gain = if left < FADE_FRAMES {
                left as f32 / FADE_FRAMES as f32
            } else {
                1.0
            };
            out[0] += l * gain;
            out[1] += r * gain;
            sound.at += 1;
        }
        self.playing.retain(|s| s.at < s.end);
        self.frame += 1;
        [out[0] * self.volume, out[1] * self.volume]
    }
}

impl Iterator for Track {
    type Item = Sample;

    fn next(&mut self) -> Option<Sample> {
        if self.channel == 0 {
            self.current = self.next_frame();
        }
        let sample = self.current[usize::from(self.channel)];
        self.channel = (self.channel + 1) % CHANNELS;
        Some(sample as Sample)
    }
}

impl Source for Track {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> ChannelCount {
        NonZero::new(CHANNELS).unwrap_or(NonZero::<u16>::MIN)
    }

    fn sample_rate(&self) -> SampleRate {
        NonZero::new(SAMPLE_RATE).unwrap_or(NonZero::<u32>::MIN)
    }

    fn total_duration(&self) -> Option<Duration> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A device that asks for `buffer` frames every buffer period, `late`
    /// after the ideal moment, with its clock running `ppm` fast.
    fn simulate(clock: &mut FrameClock, start: Instant, seconds: u64, late: Duration, ppm: f64) {
        let buffer = 1024u64;
        let bursts = seconds * u64::from(SAMPLE_RATE) / buffer;
        for burst in 0..bursts {
            let frame = burst * buffer;
            let ideal = frame as f64 / f64::from(SAMPLE_RATE) * (1.0 - ppm / 1e6);
            let at = start + Duration::from_secs_f64(ideal) + late;
            for offset in (0..buffer).step_by(CHECK_EVERY_FRAMES as usize) {
                let _ = clock.observe(at + Duration::from_micros(offset / 8), frame + offset);
            }
        }
    }

    #[test]
    fn the_mapping_follows_the_device_requests() {
        let start = Instant::now();
        let mut clock = FrameClock::default();
        // The first request comes at once, the rest 30 ms later each.
        let _ = clock.observe(start, 0);
        simulate(&mut clock, start, 2, Duration::from_millis(30), 0.0);
        assert!(clock.settled());
        let due = start + Duration::from_secs(5);
        let frame = clock.frame_of(due, 0) as f64;
        let expected = (5.0 - 0.030) * f64::from(SAMPLE_RATE);
        assert!(
            (frame - expected).abs() < 0.003 * f64::from(SAMPLE_RATE),
            "{frame} vs {expected}"
        );
    }

    #[test]
    fn a_drifting_sound_card_is_followed() {
        let start = Instant::now();
        let mut clock = FrameClock::default();
        // 200 ppm fast: 0.36 s ahead after 30 minutes if not followed.
        simulate(&mut clock, start, 1800, Duration::ZERO, 200.0);
        let now = start + Duration::from_secs(1800);
        let frame = clock.frame_of(now, 0) as f64;
        let device_frame = 1800.0 / (1.0 - 200.0 / 1e6) * f64::from(SAMPLE_RATE);
        let error_ms = (frame - device_frame).abs() / 48.0;
        assert!(error_ms < 5.0, "off by {error_ms} ms");
    }
}
