//! The sound worker: a thread that owns the device and the voice, so that
//! opening the output, speaking and scheduling never block a front end.

use super::device::{self, Output};
use super::quiet::{self, Want};
use super::track::{CueSound, Observation, PlanSounds, Stereo, Track, TrackCommand};
use super::voice::{self, Clip};
use super::{Error, Options, Report};
use crate::core::announce;
use crate::core::audio::{SAMPLE_RATE, breath_tone, cue_sound, ms_to_frames, room_after};
use crate::core::engine::Timing;
use crate::core::plan::{Cue, CueKind, Plan, Side};
use crate::core::t;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

const READY_POLL: Duration = Duration::from_millis(10);
/// Longer than any front end waits for sound before it starts anyway.
const READY_DEADLINE: Duration = Duration::from_secs(10);
/// How long a settled stream stays open after Ready for the session to
/// start.
const READY_HOLD: Duration = Duration::from_secs(5);

pub(super) enum Command {
    Prepare(Arc<Plan>),
    Schedule(Timing),
    Cancel,
    Options(Options),
    /// A clip the voice thread made for a plan (by its generation).
    Spoken(u64, String, Option<Clip>),
    Shutdown,
}

enum OutputState {
    Closed,
    Open {
        output: Box<Output>,
        track: Sender<TrackCommand>,
        settled: Arc<AtomicBool>,
    },
    Failed,
}

pub(super) struct Worker {
    options: Options,
    voice: bool,
    commands: Sender<Command>,
    reports: Sender<Report>,
    output: OutputState,
    sounds: Arc<PlanSounds>,
    texts: Vec<String>,
    clips: HashMap<String, Clip>,
    cue_sounds: HashMap<(CueKind, Option<Side>), Stereo>,
    /// Breath cues over their tone, by the breath's length in ms.
    breath_sounds: HashMap<(CueKind, Option<Side>, u64), Stereo>,
    generation: u64,
    /// The first announcement, until its clip is made.
    waiting_for: Option<String>,
    /// `Report::Ready` is owed for the prepared plan, since then.
    ready_owed: Option<Instant>,
    /// What is scheduled now, for an output opened mid-session (unmute).
    timing: Option<Timing>,
    /// Keep the stream running at least until then (a fade-out).
    hold: Instant,
    /// When to look again whether the stream should rest or run.
    wake_at: Option<Instant>,
    log: Option<Sender<Observation>>,
}

impl Worker {
    pub(super) fn new(
        options: Options,
        commands: Sender<Command>,
        reports: Sender<Report>,
    ) -> Worker {
        Worker {
            voice: false,
            options,
            commands,
            reports,
            output: OutputState::Closed,
            sounds: Arc::default(),
            texts: Vec::new(),
            clips: HashMap::new(),
            cue_sounds: HashMap::new(),
            breath_sounds: HashMap::new(),
            generation: 0,
            waiting_for: None,
            ready_owed: None,
            timing: None,
            hold: Instant::now(),
            wake_at: None,
            log: super::timing_log::start(),
        }
    }

    pub(super) fn run(mut self, commands: Receiver<Command>) {
        // Looked up here, on the worker's thread: it runs a program.
        self.voice = self.options.voice && voice::available();
        loop {
            // While Ready is owed, look again soon: the output settles by
            // itself, without a command. The stream may be due to rest or
            // run again, too.
            let poll = self.ready_owed.map(|_| Instant::now() + READY_POLL);
            let command = match poll.into_iter().chain(self.wake_at).min() {
                Some(at) => {
                    match commands.recv_timeout(at.saturating_duration_since(Instant::now())) {
                        Ok(command) => Some(command),
                        Err(RecvTimeoutError::Timeout) => None,
                        Err(RecvTimeoutError::Disconnected) => break,
                    }
                }
                None => match commands.recv() {
                    Ok(command) => Some(command),
                    Err(_) => break,
                },
            };
            if let Some(command) = command
                && !self.handle(command)
            {
                break;
            }
            // Steered first: a stream opened again must settle before
            // Ready.
            self.steer(Instant::now());
            self.report_ready_when_ready();
        }
    }

    /// Rests the stream through a silence, and runs it again a lead before
    /// the next sound.
    fn steer(&mut self, now: Instant) {
        let want = if self.ready_owed.is_some() {
            // Ready needs a flowing stream: its clock must settle.
            Want::Run {
                until: now + READY_POLL,
            }
        } else if self.options.muted {
            quiet::want(std::iter::empty(), self.hold, now)
        } else {
            quiet::want(self.sounds_to_come(), self.hold, now)
        };
        let OutputState::Open {
            output,
            track,
            settled,
        } = &mut self.output
        else {
            self.wake_at = None;
            return;
        };
        self.wake_at = match want {
            Want::Run { until } => {
                if output.is_resting() {
                    // A new stream: Ready waits until its clock settles.
                    settled.store(false, Ordering::Relaxed);
                    let _ = track.send(TrackCommand::Resumed);
                    if !output.wake() {
                        let error = Error::NoOutput(t!("sound-not-opened-again"));
                        let _ = self.reports.send(Report::Notice(error));
                        self.output = OutputState::Failed;
                        return;
                    }
                }
                Some(until)
            }
            Want::Rest { until } => {
                output.rest();
                until
            }
        };
    }

    /// (start, end) of every sound scheduled from now on, in time order.
    fn sounds_to_come(&self) -> impl Iterator<Item = (Instant, Instant)> + '_ {
        let timing = self.timing;
        let length =
            |frames: usize| Duration::from_secs_f64(frames as f64 / f64::from(SAMPLE_RATE));
        let cues = timing
            .into_iter()
            .flat_map(|t| self.sounds.cues.get(t.first_cue..).unwrap_or_default())
            .filter_map(move |cue| {
                let start = timing?.instant_of(cue.at_ms)?;
                Some((start, start + length(cue.frames.len().min(cue.max_frames))))
            });
        let position_ms = timing.map_or(u64::MAX, |t| t.position.as_millis() as u64);
        let speech = self
            .sounds
            .speech
            .iter()
            .filter(move |(at_ms, _)| *at_ms >= position_ms)
            .filter_map(move |(at_ms, text)| {
                let clip = self.clips.get(self.texts.get(*text)?)?;
                let start = timing?.instant_of(*at_ms)?;
                Some((start, start + length(clip.frames())))
            });
        quiet::merged(cues, speech)
    }

    /// Returns false on shutdown.
    fn handle(&mut self, command: Command) -> bool {
        match command {
            Command::Prepare(plan) => self.prepare(&plan),
            Command::Schedule(timing) => {
                self.timing = Some(timing);
                self.hold = Instant::now() + quiet::TAIL;
                self.to_track(TrackCommand::Schedule(timing));
            }
            Command::Cancel => {
                self.timing = None;
                self.hold = Instant::now() + quiet::TAIL;
                self.to_track(TrackCommand::Cancel);
            }
            Command::Options(options) => self.set_options(options),
            Command::Spoken(generation, text, clip) => self.spoken(generation, text, clip),
            Command::Shutdown => return false,
        }
        true
    }

    fn report_ready_when_ready(&mut self) {
        let flowing = match &self.output {
            OutputState::Open { settled, .. } => settled.load(Ordering::Relaxed),
            OutputState::Closed | OutputState::Failed => true,
        };
        let Some(since) = self.ready_owed else {
            return;
        };
        // Past the deadline the front end has started without us; stop
        // looking.
        let given_up = since.elapsed() >= READY_DEADLINE;
        if (self.waiting_for.is_none() && flowing) || given_up {
            self.ready_owed = None;
            // The front end starts the session on Ready: keep the settled
            // stream open for its first cue.
            self.hold = self.hold.max(Instant::now() + READY_HOLD);
            let _ = self.reports.send(Report::Ready);
        }
    }

    fn prepare(&mut self, plan: &Plan) {
        self.generation += 1;
        let (sounds, texts) = self.plan_sounds(plan);
        self.sounds = Arc::new(sounds);
        self.texts = texts;
        // Clips of earlier plans would otherwise stay for the life of the
        // app, one routine after another.
        let wanted = &self.texts;
        self.clips.retain(|text, _| wanted.contains(text));
        self.open_if_wanted();
        self.load_track();
        let first = self
            .sounds
            .speech
            .first()
            .and_then(|(_, text)| self.texts.get(*text));
        let missing: Vec<String> = self
            .texts
            .iter()
            .filter(|t| !self.clips.contains_key(*t))
            .cloned()
            .collect();
        let speaking = self.voice && !self.options.muted;
        self.waiting_for = first.filter(|t| speaking && missing.contains(t)).cloned();
        if self.voice && !missing.is_empty() {
            let commands = self.commands.clone();
            let generation = self.generation;
            voice::speak_all(missing, move |text, clip| {
                commands
                    .send(Command::Spoken(generation, text, clip))
                    .is_ok()
            });
        }
        self.ready_owed = Some(Instant::now());
    }

    fn cue_sound(&mut self, cue: &Cue) -> Stereo {
        Arc::clone(
            self.cue_sounds
                .entry((cue.kind, cue.side))
                .or_insert_with(|| Arc::new(cue_sound(cue.kind, cue.side, 1.0))),
        )
    }

    /// A breath's cue over the soft tone that follows the breath for `ms`.
    fn with_breath_tone(&mut self, cue: &Cue, ms: u64) -> Stereo {
        let key = (cue.kind, cue.side, ms);
        if let Some(sound) = self.breath_sounds.get(&key) {
            return Arc::clone(sound);
        }
        let mut frames = breath_tone(cue.kind, cue.side, ms, 1.0);
        for (frame, cue) in frames.iter_mut().zip(self.cue_sound(cue).iter()) {
            frame[0] += cue[0];
            frame[1] += cue[1];
        }
        let sound = Arc::new(frames);
        let _ = self.breath_sounds.insert(key, Arc::clone(&sound));
        sound
    }

    fn plan_sounds(&mut self, plan: &Plan) -> (PlanSounds, Vec<String>) {
        let cues = plan
            .cues
            .iter()
            .enumerate()
            .map(|(index, cue)| {
                let room = room_after(&plan.cues, index);
                let tone = self.options.breath_tone.then_some(room).flatten();
                CueSound {
                    at_ms: cue.at_ms,
                    frames: match tone {
                        Some(ms)
                            if matches!(cue.kind, CueKind::BreatheIn | CueKind::BreatheOut) =>
                        {
                            self.with_breath_tone(cue, ms)
                        }
                        _ => self.cue_sound(cue),
                    },
                    max_frames: room.map_or(usize::MAX, ms_to_frames),
                }
            })
            .collect();
        let mut texts: Vec<String> = Vec::new();
        let mut speech = Vec::new();
        if self.voice {
            for announcement in announce::announcements(plan) {
                let index = match texts.iter().position(|t| *t == announcement.text) {
                    Some(index) => index,
                    None => {
                        texts.push(announcement.text);
                        texts.len() - 1
                    }
                };
                speech.push((announcement.at_ms, index));
            }
        }
        (PlanSounds { cues, speech }, texts)
    }

    fn spoken(&mut self, generation: u64, text: String, clip: Option<Clip>) {
        if let Some(clip) = &clip {
            let _ = self.clips.insert(text.clone(), clip.clone());
        }
        if generation != self.generation {
            return;
        }
        if let (Some(clip), Some(index)) = (clip, self.texts.iter().position(|t| *t == text)) {
            self.to_track(TrackCommand::Speech(index, clip));
        }
        if self.waiting_for.as_ref() == Some(&text) {
            self.waiting_for = None;
        }
    }

    fn set_options(&mut self, options: Options) {
        self.options = options;
        self.to_track(TrackCommand::Volume(options.effective_volume()));
        if !self.sounds.cues.is_empty() && matches!(self.output, OutputState::Closed) {
            self.open_if_wanted();
            self.load_track();
            if let Some(timing) = self.timing {
                self.to_track(TrackCommand::Schedule(timing));
            }
        }
    }

    fn open_if_wanted(&mut self) {
        if self.options.muted || !matches!(self.output, OutputState::Closed) {
            return;
        }
        let (sender, receiver) = std::sync::mpsc::channel();
        let settled = Arc::new(AtomicBool::new(false));
        let volume = self.options.effective_volume();
        let track = Track::new(receiver, volume, Arc::clone(&settled));
        self.output = match device::open(track, self.log.clone()) {
            Ok(output) => {
                let _ = self.reports.send(Report::Output(output.name.clone()));
                OutputState::Open {
                    output: Box::new(output),
                    track: sender,
                    settled,
                }
            }
            Err(error) => {
                let _ = self.reports.send(Report::Notice(error));
                OutputState::Failed
            }
        };
    }

    /// Gives the track the current plan's sounds and the clips made so far.
    fn load_track(&self) {
        let load = TrackCommand::Load(Arc::clone(&self.sounds), self.texts.len());
        self.to_track(load);
        for (index, text) in self.texts.iter().enumerate() {
            if let Some(clip) = self.clips.get(text) {
                self.to_track(TrackCommand::Speech(index, clip.clone()));
            }
        }
    }

    fn to_track(&self, command: TrackCommand) {
        if let OutputState::Open { track, .. } = &self.output {
            let _ = track.send(command);
        }
    }
}
