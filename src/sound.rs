//! The only module that talks to an audio device (rodio). Opening the
//! device is lazy, and failure is never fatal: the session goes on with
//! visual cues and one notice.

mod track;
mod voice;

use crate::core::announce::{self, DELAY_MS};
use crate::core::audio::{cue_sound, ms_to_frames, room_after};
use crate::core::plan::{CueKind, Plan, Side};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use track::{Pending, Samples, Shared, Stereo, Track};
pub use voice::Voice;

/// Sound settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// 0 to 1.
    pub volume: f32,
    pub muted: bool,
    pub voice: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            volume: 0.8,
            muted: false,
            voice: true,
        }
    }
}

enum Output {
    Closed,
    Open {
        _sink: rodio::MixerDeviceSink,
        shared: Arc<Mutex<Shared>>,
    },
    Failed,
}

pub struct Sound {
    options: Options,
    output: Output,
    voice: Option<Voice>,
    /// Announcement text for each cue index of the prepared plan.
    texts: HashMap<usize, String>,
    sounds: HashMap<(CueKind, Option<Side>), Stereo>,
}

impl Sound {
    pub fn new(options: Options) -> Sound {
        let voice = if options.voice { Voice::detect() } else { None };
        Sound {
            options,
            output: Output::Closed,
            voice,
            texts: HashMap::new(),
            sounds: HashMap::new(),
        }
    }

    pub fn has_voice(&self) -> bool {
        self.voice.is_some()
    }

    /// Gets ready for `plan`: opens the output (returning a notice if there
    /// is none) and starts making the spoken announcements.
    pub fn prepare(&mut self, plan: &Plan) -> Option<String> {
        let notice = self.open();
        let announcements = announce::announcements(plan);
        if let Some(voice) = &self.voice {
            // Each distinct text once, in the order they will be spoken.
            let mut seen = std::collections::HashSet::new();
            let texts = announcements.iter().map(|a| a.text.clone());
            voice.prepare(texts.filter(|t| seen.insert(t.clone())).collect());
        }
        self.texts = announcements.into_iter().map(|a| (a.cue, a.text)).collect();
        notice
    }

    /// Whether sound timing can be trusted yet: the output's clock has
    /// settled (or there is no output at all).
    pub fn settled(&self) -> bool {
        match &self.output {
            Output::Open { shared, .. } => shared.lock().map(|s| s.settled).unwrap_or(true),
            Output::Closed | Output::Failed => true,
        }
    }

    /// Whether the first announcement of the prepared plan can be spoken.
    pub fn voice_ready(&self) -> bool {
        let first = self
            .texts
            .iter()
            .min_by_key(|(cue, _)| **cue)
            .map(|(_, t)| t.as_str());
        match (&self.voice, first) {
            (Some(voice), Some(text)) => voice.is_ready(text),
            _ => true,
        }
    }

    /// Schedules `upcoming` (instant, cue index) of `plan` in place of what
    /// was scheduled; sounds already played are not played again until
    /// `cancel`. Returns a notice the first time no audio output is found.
    pub fn schedule(&mut self, plan: &Plan, upcoming: &[(Instant, usize)]) -> Option<String> {
        let notice = self.open();
        let Output::Open { shared, .. } = &self.output else {
            return notice;
        };
        let shared = Arc::clone(shared);
        let mut pending = Vec::with_capacity(upcoming.len());
        for &(due, index) in upcoming {
            let cue = plan.cues[index];
            let frames = Samples::Stereo(Arc::clone(
                self.sounds
                    .entry((cue.kind, cue.side))
                    .or_insert_with(|| Arc::new(cue_sound(cue.kind, cue.side, 1.0))),
            ));
            let max_frames = room_after(&plan.cues, index).map_or(usize::MAX, ms_to_frames);
            let key = index as u64 * 2;
            pending.push(Pending {
                key,
                due,
                frames,
                max_frames,
            });
            let clip = self
                .texts
                .get(&index)
                .zip(self.voice.as_ref())
                .and_then(|(t, v)| v.clip(t));
            if let Some(clip) = clip {
                pending.push(Pending {
                    key: key + 1,
                    due: due + Duration::from_millis(DELAY_MS),
                    frames: Samples::Mono(clip),
                    max_frames: usize::MAX,
                });
            }
        }
        let volume = if self.options.muted {
            0.0
        } else {
            self.options.volume.clamp(0.0, 1.0)
        };
        if let Ok(mut shared) = shared.lock() {
            shared.pending = pending;
            shared.volume = volume;
            shared.changed = true;
        }
        notice
    }

    /// Drops everything scheduled (on pause, stop, skip or back); the next
    /// `schedule` starts afresh.
    pub fn cancel(&mut self) {
        if let Output::Open { shared, .. } = &self.output
            && let Ok(mut shared) = shared.lock()
        {
            shared.pending.clear();
            shared.reset = true;
            shared.changed = true;
        }
    }

    pub fn set_options(&mut self, options: Options) {
        self.options = options;
    }

    fn open(&mut self) -> Option<String> {
        if self.options.muted || !matches!(self.output, Output::Closed) {
            return None;
        }
        match open_device() {
            Ok((sink, shared)) => {
                self.output = Output::Open {
                    _sink: sink,
                    shared,
                };
                None
            }
            Err(reason) => {
                self.output = Output::Failed;
                Some(format!(
                    "No audio output ({reason}); cues are shown on screen only."
                ))
            }
        }
    }
}

fn open_device() -> Result<(rodio::MixerDeviceSink, Arc<Mutex<Shared>>), String> {
    // Stream errors (such as an underrun under heavy load) are passing; the
    // default handler would print each one.
    let mut sink = quiet_stderr(|| {
        rodio::DeviceSinkBuilder::from_default_device()
            .and_then(|device| device.with_error_callback(|_| {}).open_stream())
    })
    .map_err(|e| e.to_string())?;
    sink.log_on_drop(false);
    let shared = Arc::new(Mutex::new(Shared {
        volume: 1.0,
        ..Shared::default()
    }));
    sink.mixer().add(Track::new(Arc::clone(&shared)));
    Ok((sink, shared))
}

/// Runs `open` with stderr sent to /dev/null. With no sound card, libasound
/// prints a screenful of its own errors; the caller reports one notice.
fn quiet_stderr<T>(open: impl FnOnce() -> T) -> T {
    let saved = nix::unistd::dup(std::io::stderr());
    let null = std::fs::OpenOptions::new().write(true).open("/dev/null");
    let (Ok(saved), Ok(null)) = (saved, null) else {
        return open();
    };
    if nix::unistd::dup2_stderr(&null).is_err() {
        return open();
    }
    let result = open();
    let _ = nix::unistd::dup2_stderr(&saved);
    result
}
