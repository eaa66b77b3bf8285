//! The sound a session makes, filled buffer by buffer for the device.
//!
//! Sounds are placed by frame, from the session's `Timing` and the
//! `PlaybackClock` (when each frame is heard), not by when a thread wakes
//! up, so their timing depends neither on the buffer size nor on ticks.

use super::pacer::Pacer;
use super::playback_clock::PlaybackClock;
use super::voice::Clip;
use crate::core::audio::SAMPLE_RATE;
use crate::core::engine::Timing;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

const FADE_FRAMES: usize = 240;
/// A sound whose moment passed longer ago than this is left out rather
/// than played late.
const LATE_LIMIT_FRAMES: i64 = SAMPLE_RATE as i64 / 4;

pub type Stereo = Arc<Vec<[f32; 2]>>;

/// The sounds of one plan: a cue sound per cue, and speech.
#[derive(Debug, Default)]
pub struct PlanSounds {
    pub cues: Vec<CueSound>,
    /// (plan time in ms, text index), in time order.
    pub speech: Vec<(u64, usize)>,
}

#[derive(Debug, Clone)]
pub struct CueSound {
    pub at_ms: u64,
    pub frames: Stereo,
    /// Cut off (with a short fade) after this many frames.
    pub max_frames: usize,
}

/// What the service tells the track.
#[derive(Debug)]
pub enum TrackCommand {
    Load(Arc<PlanSounds>, usize),
    Speech(usize, Clip),
    Schedule(Timing),
    Cancel,
    Volume(f32),
    /// The stream runs again after a pause: time jumped while the frame
    /// count stood still, so when frames are heard is learnt afresh.
    Resumed,
}

/// Sound samples: stereo for cues (breath cues are panned); speech as the
/// voice made it, which is long and is converted frame by frame as it plays.
#[derive(Debug, Clone)]
enum Samples {
    Stereo(Stereo),
    Mono(Clip),
}

impl Samples {
    fn frame(&self, at: usize) -> [f32; 2] {
        match self {
            Samples::Stereo(frames) => frames.get(at).copied().unwrap_or_default(),
            Samples::Mono(clip) => [clip.frame(at); 2],
        }
    }
}

struct Playing {
    samples: Samples,
    at: usize,
    end: usize,
    /// Frames of the current buffer to wait before starting.
    offset: usize,
}

/// One observation of the device, for the timing log.
#[derive(Debug, Clone, Copy)]
pub struct Observation {
    pub frame: u64,
    pub now: Instant,
    pub delay: Duration,
    /// Where the clock put this frame after the observation.
    pub mapped: Option<Instant>,
    /// How long the output thread should sleep before the next buffer: set
    /// only for a device that takes samples faster than real time.
    pub sleep: Option<Duration>,
}

pub struct Track {
    commands: Receiver<TrackCommand>,
    sounds: Arc<PlanSounds>,
    clips: Vec<Option<Clip>>,
    timing: Option<Timing>,
    next_cue: usize,
    next_speech: usize,
    playing: Vec<Playing>,
    volume: f32,
    clock: PlaybackClock,
    pacer: Pacer,
    /// Set once the clock has settled: sounds can be placed exactly.
    settled: Arc<AtomicBool>,
    frame: u64,
}

impl Track {
    pub fn new(commands: Receiver<TrackCommand>, volume: f32, settled: Arc<AtomicBool>) -> Track {
        Track {
            commands,
            sounds: Arc::default(),
            clips: Vec::new(),
            timing: None,
            next_cue: 0,
            next_speech: 0,
            playing: Vec::new(),
            volume,
            clock: PlaybackClock::new(SAMPLE_RATE),
            pacer: Pacer::new(SAMPLE_RATE),
            settled,
            frame: 0,
        }
    }

    /// Fills `out` (interleaved stereo), whose first frame the device will
    /// play `delay` after `now`.
    pub fn fill(&mut self, out: &mut [f32], now: Instant, delay: Duration) -> Observation {
        while let Ok(command) = self.commands.try_recv() {
            self.apply(command);
        }
        let frames = out.len() / 2;
        let sleep = self.pacer.handed(self.frame, frames, now);
        let heard = self.pacer.heard_at(self.frame).unwrap_or(now + delay);
        // No real output plays a buffer the moment it is handed over: a
        // delay of zero means the device does not know it yet (cpal's
        // PulseAudio host, before it first asks the server).
        if heard > now {
            self.clock.observe(self.frame, heard);
        }
        if self.clock.settled() {
            self.settled.store(true, Ordering::Relaxed);
        }
        self.start_due(frames);
        out.fill(0.0);
        if !self.playing.is_empty() {
            self.mix(out);
        }
        let observation = Observation {
            frame: self.frame,
            now,
            delay: heard.saturating_duration_since(now),
            mapped: self.clock.instant_of(self.frame),
            sleep,
        };
        self.frame += frames as u64;
        observation
    }

    fn apply(&mut self, command: TrackCommand) {
        match command {
            TrackCommand::Load(sounds, texts) => {
                self.sounds = sounds;
                self.clips = vec![None; texts];
                self.timing = None;
            }
            TrackCommand::Speech(text, clip) => {
                if let Some(slot) = self.clips.get_mut(text) {
                    *slot = Some(clip);
                }
            }
            TrackCommand::Schedule(timing) => {
                self.fade_out_playing();
                self.timing = Some(timing);
                self.next_cue = timing.first_cue;
                // Speech is placed by its own time, not its cue's: speech
                // still due is kept even when the cue it follows was just
                // heard before a pause.
                let position_ms = timing.position.as_millis() as u64;
                self.next_speech = self
                    .sounds
                    .speech
                    .partition_point(|(at_ms, _)| *at_ms < position_ms);
            }
            TrackCommand::Cancel => {
                self.fade_out_playing();
                self.timing = None;
            }
            TrackCommand::Volume(volume) => self.volume = volume,
            TrackCommand::Resumed => {
                self.clock = PlaybackClock::new(SAMPLE_RATE);
                self.pacer.restart();
            }
        }
    }

    fn fade_out_playing(&mut self) {
        for sound in &mut self.playing {
            sound.end = sound.end.min(sound.at + FADE_FRAMES);
        }
    }

    /// Starts every sound whose first frame falls in the next `frames`.
    fn start_due(&mut self, frames: usize) {
        let Some(timing) = self.timing else {
            return;
        };
        let sounds = Arc::clone(&self.sounds);
        while let Some(cue) = sounds.cues.get(self.next_cue) {
            let Some(offset) = self.offset_of(timing.instant_of(cue.at_ms), frames) else {
                break;
            };
            self.next_cue += 1;
            if let Some(offset) = offset {
                let end = cue.max_frames.min(cue.frames.len());
                self.play(Samples::Stereo(Arc::clone(&cue.frames)), end, offset);
            }
        }
        while let Some(&(at_ms, text)) = sounds.speech.get(self.next_speech) {
            let Some(offset) = self.offset_of(timing.instant_of(at_ms), frames) else {
                break;
            };
            self.next_speech += 1;
            let clip = self.clips.get(text).cloned().flatten();
            if let (Some(offset), Some(clip)) = (offset, clip) {
                let end = clip.frames();
                self.play(Samples::Mono(clip), end, offset);
            }
        }
    }

    /// Where in the next `frames` a sound due at `due` starts: `None` when
    /// not yet, `Some(None)` when too late to play, `Some(Some(offset))`.
    fn offset_of(&self, due: Option<Instant>, frames: usize) -> Option<Option<usize>> {
        let start = due.and_then(|due| self.clock.frame_of(due))?;
        let offset = start - self.frame as i64;
        if offset >= frames as i64 {
            return None;
        }
        Some((offset >= -LATE_LIMIT_FRAMES).then(|| offset.max(0) as usize))
    }

    fn play(&mut self, samples: Samples, end: usize, offset: usize) {
        if end > 0 {
            self.playing.push(Playing {
                samples,
                at: 0,
                end,
                offset,
            });
        }
    }

    fn mix(&mut self, out: &mut [f32]) {
        let volume = self.volume;
        for sound in &mut self.playing {
            let skip = std::mem::take(&mut sound.offset);
            for frame in out.chunks_exact_mut(2).skip(skip) {
                if sound.at >= sound.end {
                    break;
                }
                let [l, r] = sound.samples.frame(sound.at);
                let left = sound.end - sound.at;
                let gain = if left < FADE_FRAMES {
                    left as f32 / FADE_FRAMES as f32
                } else {
                    1.0
                } * volume;
                frame[0] += l * gain;
                frame[1] += r * gain;
                sound.at += 1;
            }
        }
        self.playing.retain(|s| s.at < s.end);
    }
}

#[cfg(test)]
mod tests;
