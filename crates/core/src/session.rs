//! The session controller: one set of rules for every front end.
//!
//! It owns the engine and the checkpoint state. A front end (the terminal
//! player, the window) feeds it the time and the patient's controls and
//! carries out the `Effect`s it returns: show a segment, schedule or cancel
//! sound, save or remove the checkpoint, log the finished session. It has no
//! terminal, window, disk or audio-device code of its own.

pub mod easier;
pub mod record;

use crate::catalogue::Catalogue;
use crate::checkpoint::Checkpoint;
use crate::engine::{Engine, Event, Snapshot, Status, Timing};
use crate::plan::{Cue, Plan};
use crate::routine::Routine;
use crate::settings::{GET_READY_RANGE, Settings};
use chrono::{DateTime, Local};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use record::{Effort, Hurt, HurtChoice, MAX_PAIN, SessionRecord, routine_id};

/// Starting a moment ahead lets the first cue's sound be placed exactly.
pub const START_LEAD: Duration = Duration::from_millis(150);
/// How long a start waits, at most, for sound to be ready (the device open
/// and the first announcement spoken into a clip).
pub const SOUND_WAIT: Duration = Duration::from_millis(3_000);

/// What the patient asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    Start,
    TogglePause,
    Next,
    Back,
    Stop,
    /// "This hurts": mark the current step as painful in the record.
    Hurts,
}

/// What the front end should do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Hand the plan to the sound service so it can get ready.
    PrepareSound,
    /// Play the cues from this timing on, in place of what was scheduled.
    ScheduleSound(Timing),
    /// Silence everything scheduled.
    CancelSound,
    SegmentStarted(usize),
    /// A cue's moment came: show it.
    Cue(Cue),
    Paused,
    Resumed,
    MarkedPainful {
        step: usize,
    },
    SaveCheckpoint(Box<Checkpoint>),
    RemoveCheckpoint,
    /// The session is over (finished, or stopped early): log the record.
    Ended(Box<SessionRecord>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Not started yet.
    Ready,
    /// Asked to start; waiting for sound since `asked`.
    Starting { asked: Instant },
    /// The engine runs the session (running, paused, or over).
    Live,
}

#[derive(Debug, Clone)]
pub struct Session {
    engine: Engine,
    checkpoint: Checkpoint,
    /// The routine as it runs: the checkpoint's, with the steps made
    /// easier eased.
    running: Routine,
    phase: Phase,
    resumed: bool,
    sound_ready: bool,
    /// When the engine was started, to date the record from instants.
    started: Option<(Instant, DateTime<Local>)>,
    painful: BTreeSet<usize>,
    /// The last "this hurts", until its choice is made.
    hurt: Option<(usize, Option<crate::plan::Side>)>,
    hurt_choices: Vec<Hurt>,
    /// Steps played to their end (not skipped).
    done: BTreeSet<usize>,
}

/// How a new session runs, as the person chose in the settings (or on the
/// command line): the countdown beeps and the get-ready time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setup {
    /// Beeps before the end of each hold, rest and get-ready (0 for none).
    pub countdown: u64,
    /// Overrides the routine's own get-ready time when set.
    pub get_ready_seconds: Option<u32>,
}

impl From<&Settings> for Setup {
    fn from(settings: &Settings) -> Setup {
        Setup {
            countdown: settings.countdown(),
            get_ready_seconds: settings.get_ready_seconds,
        }
    }
}

impl Session {
    /// A new session of `routine` from the beginning, as `setup` says. Both
    /// front ends start a session through this one call.
    pub fn start(
        routine: &Routine,
        source: Option<PathBuf>,
        setup: Setup,
        catalogue: &Catalogue,
    ) -> (Session, Vec<Effect>) {
        let mut routine = routine.clone();
        if let Some(seconds) = setup.get_ready_seconds {
            let (low, high) = GET_READY_RANGE;
            routine.get_ready_seconds = Some(seconds.clamp(low, high));
        }
        let plan = Plan::with_countdown(&routine, catalogue, setup.countdown);
        let checkpoint = Checkpoint::new(routine.clone(), source, setup.countdown);
        Session::with_engine(Engine::new(plan), checkpoint, routine, false)
    }

    /// Continues an interrupted session where its checkpoint says. The
    /// checkpoint must have been checked (`Checkpoint::load` does that).
    pub fn resume(checkpoint: Checkpoint, catalogue: &Catalogue) -> (Session, Vec<Effect>) {
        let running = easier::eased(&checkpoint.routine, &checkpoint.easier, catalogue);
        let plan = Plan::with_countdown(&running, catalogue, checkpoint.countdown);
        let engine = Engine::resumed_at(
            plan,
            Duration::from_millis(checkpoint.position_ms),
            Duration::from_millis(checkpoint.active_ms),
        );
        Session::with_engine(engine, checkpoint, running, true)
    }

    /// The routine as it runs (with the chosen get-ready time, and the
    /// steps made easier eased).
    pub fn routine(&self) -> &Routine {
        &self.running
    }

    /// The id its record gets: the routine's own, however the session
    /// eased it.
    pub fn routine_id(&self) -> String {
        routine_id(&self.checkpoint.routine)
    }

    /// The file the routine came from, when it came from one.
    pub fn source(&self) -> Option<&Path> {
        self.checkpoint.source.as_deref()
    }

    fn with_engine(
        engine: Engine,
        checkpoint: Checkpoint,
        running: Routine,
        resumed: bool,
    ) -> (Session, Vec<Effect>) {
        let session = Session {
            engine,
            checkpoint,
            running,
            phase: Phase::Ready,
            resumed,
            sound_ready: false,
            started: None,
            painful: BTreeSet::new(),
            hurt: None,
            hurt_choices: Vec::new(),
            done: BTreeSet::new(),
        };
        (session, vec![Effect::PrepareSound])
    }

    pub fn plan(&self) -> &Plan {
        self.engine.plan()
    }

    pub fn status(&self) -> Status {
        self.engine.status()
    }

    /// Whether a start was asked for and is waiting for sound.
    pub fn is_starting(&self) -> bool {
        matches!(self.phase, Phase::Starting { .. })
    }

    pub fn is_over(&self) -> bool {
        matches!(self.engine.status(), Status::Finished | Status::Stopped)
    }

    pub fn snapshot(&self, now: Instant) -> Snapshot {
        self.engine.snapshot(now)
    }

    pub fn painful_steps(&self) -> impl Iterator<Item = usize> + '_ {
        self.painful.iter().copied()
    }

    /// How long the front end may wait before the next `tick`.
    pub fn next_wake(&self, now: Instant) -> Option<Duration> {
        match self.phase {
            Phase::Ready => None,
            Phase::Starting { asked } => Some((asked + SOUND_WAIT).saturating_duration_since(now)),
            Phase::Live => self.engine.until_next_event(now),
        }
    }

    /// The sound service is ready (or has given up: no device, no voice).
    pub fn sound_ready(&mut self, now: Instant, wall: DateTime<Local>) -> Vec<Effect> {
        self.sound_ready = true;
        match self.phase {
            Phase::Starting { .. } => self.begin(now, wall),
            Phase::Ready | Phase::Live => Vec::new(),
        }
    }

    /// Time passes: cues and segment changes that came due, the start once
    /// sound has had its time, and the end.
    pub fn tick(&mut self, now: Instant, wall: DateTime<Local>) -> Vec<Effect> {
        match self.phase {
            Phase::Ready => Vec::new(),
            Phase::Starting { asked } if now.saturating_duration_since(asked) >= SOUND_WAIT => {
                self.begin(now, wall)
            }
            Phase::Starting { .. } => Vec::new(),
            Phase::Live => self.tick_effects(now),
        }
    }

    pub fn control(
        &mut self,
        control: Control,
        now: Instant,
        wall: DateTime<Local>,
    ) -> Vec<Effect> {
        match (self.phase, control) {
            (Phase::Ready, Control::Start | Control::TogglePause) if self.sound_ready => {
                self.begin(now, wall)
            }
            (Phase::Ready, Control::Start | Control::TogglePause) => {
                self.phase = Phase::Starting { asked: now };
                Vec::new()
            }
            (Phase::Live, _) => self.live_control(control, now),
            // While the start waits for sound, it may already hurt.
            (Phase::Starting { .. }, Control::Hurts) => vec![self.mark_hurt()],
            // Never started: nothing to log, and an interrupted session's
            // checkpoint is left for later.
            (_, Control::Stop) => {
                self.phase = Phase::Ready;
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    fn live_control(&mut self, control: Control, now: Instant) -> Vec<Effect> {
        if self.is_over() {
            return Vec::new();
        }
        // Settle what came due first, so the step and cues are current.
        let mut effects = self.tick_effects(now);
        if self.is_over() {
            return effects;
        }
        match control {
            Control::Start => {}
            Control::TogglePause if self.engine.status() == Status::Running => {
                self.engine.pause(now);
                effects.extend([Effect::CancelSound, Effect::Paused]);
                effects.push(self.save(now, true));
            }
            Control::TogglePause => {
                let events = self.engine.resume(now);
                effects.push(Effect::Resumed);
                effects.extend(self.schedule());
                effects.extend(self.effects(events, now, true));
            }
            Control::Next | Control::Back => {
                let events = if control == Control::Next {
                    self.engine.skip(now)
                } else {
                    self.engine.back(now)
                };
                effects.push(Effect::CancelSound);
                effects.extend(self.schedule());
                if self.engine.status() == Status::Finished {
                    effects.push(self.closing_chime(now));
                }
                effects.extend(self.effects(events, now, false));
            }
            Control::Stop => {
                self.engine.stop(now);
                effects.extend([Effect::CancelSound, Effect::RemoveCheckpoint]);
                effects.push(Effect::Ended(Box::new(self.record(now, false))));
            }
            Control::Hurts => effects.push(self.mark_hurt()),
        }
        effects
    }

    fn mark_hurt(&mut self) -> Effect {
        let (step, side) = self.current_step();
        let _ = self.painful.insert(step);
        self.hurt = Some((step, side));
        Effect::MarkedPainful { step }
    }

    /// What the patient chose after "this hurts" (in any phase, Get ready
    /// included): kept in the record, and carried out. `catalogue` lays
    /// out the eased routine when the choice is to make it easier.
    pub fn hurt_choice(
        &mut self,
        choice: HurtChoice,
        now: Instant,
        wall: DateTime<Local>,
        catalogue: &Catalogue,
    ) -> Vec<Effect> {
        let Some((step, side)) = self.hurt.take() else {
            return Vec::new();
        };
        // A session stopped as the choice is made keeps the choice.
        self.hurt_choices.push(Hurt { step, side, choice });
        match choice {
            HurtChoice::Skip => self.skip_step(step, now, wall),
            HurtChoice::Stop => self.control(Control::Stop, now, wall),
            HurtChoice::Easier => self.ease(step, now, catalogue),
            HurtChoice::Gently | HurtChoice::Other => Vec::new(),
        }
    }

    /// Whether the step that hurts now can be made easier (once): its
    /// holds, what is left of them, a third shorter.
    pub fn can_ease(&self, catalogue: &Catalogue) -> bool {
        let step = self
            .hurt
            .map_or_else(|| self.current_step().0, |(step, _)| step);
        self.may_ease(step, catalogue)
    }

    fn may_ease(&self, step: usize, catalogue: &Catalogue) -> bool {
        !self.checkpoint.easier.contains(&step) && easier::can_ease(&self.running, step, catalogue)
    }

    /// Lays the session out again with `step`'s holds a third shorter and
    /// runs on at the same place.
    fn ease(&mut self, step: usize, now: Instant, catalogue: &Catalogue) -> Vec<Effect> {
        if !self.may_ease(step, catalogue) {
            return Vec::new();
        }
        let _ = self.checkpoint.easier.insert(step);
        self.running = easier::eased(&self.checkpoint.routine, &self.checkpoint.easier, catalogue);
        let plan = Plan::with_countdown(&self.running, catalogue, self.checkpoint.countdown);
        if self.engine.status() == Status::Ready {
            self.engine = Engine::new(plan);
            return vec![Effect::PrepareSound];
        }
        let events = self.engine.replace_plan(plan, now);
        // Sound is scheduled again only while running (`schedule` says).
        let mut effects = vec![Effect::CancelSound, Effect::PrepareSound];
        effects.extend(self.schedule());
        effects.extend(self.effects(events, now, false));
        effects
    }

    /// On to the first segment of the next step (every rep, set and side
    /// of this one skipped), or the end.
    fn skip_step(&mut self, step: usize, now: Instant, wall: DateTime<Local>) -> Vec<Effect> {
        let mut effects = Vec::new();
        for _ in 0..self.plan().segments.len() {
            if self.is_over() || self.current_step().0 != step {
                break;
            }
            effects.extend(self.control(Control::Next, now, wall));
        }
        effects
    }

    /// The current step and its side (the one coming, during Get ready).
    fn current_step(&self) -> (usize, Option<crate::plan::Side>) {
        let segments = &self.plan().segments;
        segments
            .get(self.engine.segment())
            .map_or((0, None), |s| (s.step, s.side))
    }

    fn tick_effects(&mut self, now: Instant) -> Vec<Effect> {
        let events = self.engine.tick(now);
        self.effects(events, now, true)
    }

    /// Starts (or resumes) the engine a moment ahead, so that sound placed
    /// from its timing is heard exactly on time.
    fn begin(&mut self, now: Instant, wall: DateTime<Local>) -> Vec<Effect> {
        self.phase = Phase::Live;
        let at = now + START_LEAD;
        self.started = Some((at, wall + START_LEAD));
        let mut effects = Vec::new();
        let events = if self.resumed {
            let current = vec![Event::SegmentStarted(self.engine.segment())];
            let events = self.engine.resume(at);
            effects.extend(self.schedule());
            effects.extend(self.effects(current, at, false));
            events
        } else {
            self.checkpoint.started_at = wall + START_LEAD;
            let events = self.engine.start(at);
            effects.extend(self.schedule());
            events
        };
        effects.extend(self.effects(events, at, true));
        effects
    }

    /// Sound from where the engine runs on: every cue from its position
    /// on. The engine may already have fired the cues at that very position
    /// (a start, a jump, a resume ticks at once), but none has been heard.
    fn schedule(&self) -> Option<Effect> {
        let mut timing = self.engine.timing()?;
        timing.first_cue = self
            .plan()
            .cues
            .partition_point(|c| Duration::from_millis(c.at_ms) < timing.position);
        Some(Effect::ScheduleSound(timing))
    }

    /// A jump to the very end: only the closing chime is left to play.
    fn closing_chime(&self, now: Instant) -> Effect {
        let cues = &self.plan().cues;
        let total_ms = self.plan().total_ms;
        Effect::ScheduleSound(Timing {
            anchor: now,
            position: Duration::from_millis(total_ms),
            first_cue: cues.partition_point(|c| c.at_ms < total_ms),
        })
    }

    /// Turns engine events into effects, applying the checkpoint rules.
    /// `played` says the events came from time passing, not from a jump.
    fn effects(&mut self, events: Vec<Event>, now: Instant, played: bool) -> Vec<Effect> {
        let mut effects = Vec::new();
        for event in events {
            match event {
                Event::SegmentStarted(index) => {
                    if played {
                        self.note_step_change(index);
                    }
                    effects.push(Effect::SegmentStarted(index));
                    effects.push(self.save(now, false));
                }
                Event::Cue(cue) => effects.push(Effect::Cue(cue)),
                Event::Finished => {
                    if let Some(last) = self.plan().segments.last()
                        && played
                    {
                        let _ = self.done.insert(last.step);
                    }
                    let end = self.engine.finished_at().unwrap_or(now).min(now);
                    effects.push(Effect::RemoveCheckpoint);
                    effects.push(Effect::Ended(Box::new(self.record(end, true))));
                }
            }
        }
        effects
    }

    /// A step is done when the session moves on from it by playing it.
    fn note_step_change(&mut self, index: usize) {
        let segments = &self.engine.plan().segments;
        if let (Some(previous), Some(current)) = (
            index.checked_sub(1).and_then(|i| segments.get(i)),
            segments.get(index),
        ) && previous.step + 1 == current.step
        {
            let _ = self.done.insert(previous.step);
        }
    }

    /// The checkpoint as of now: at the segment's start, or (on pause) at
    /// the exact moment.
    fn save(&mut self, now: Instant, exact: bool) -> Effect {
        // Only what the checkpoint needs: a whole snapshot also counts the
        // breaths of a breathing block, on every segment of it.
        let segment = self.engine.segment();
        let segment_start = self.plan().segments.get(segment).map_or(0, |s| s.start_ms);
        let (position, active) = (self.engine.position(now), self.engine.active(now));
        let checkpoint = &mut self.checkpoint;
        checkpoint.segment = segment;
        // Rounded up on pause: a cue at the rounded-down millisecond was
        // already heard and must not play again on resume.
        checkpoint.position_ms = if exact {
            position.as_micros().div_ceil(1000) as u64
        } else {
            segment_start
        };
        checkpoint.active_ms = active.as_millis() as u64;
        if let Some((at, wall)) = self.started {
            checkpoint.saved_at = wall + now.saturating_duration_since(at);
        }
        Effect::SaveCheckpoint(Box::new(checkpoint.clone()))
    }

    fn record(&self, now: Instant, completed: bool) -> SessionRecord {
        let (at, wall) = self.started.unwrap_or((now, self.checkpoint.started_at));
        let ended_at = wall + now.saturating_duration_since(at);
        let started_at = if self.resumed {
            self.checkpoint.started_at
        } else {
            wall
        };
        let mut record = SessionRecord::new(
            &self.checkpoint.routine,
            started_at.fixed_offset(),
            ended_at.fixed_offset(),
        );
        record.completed = completed;
        record.steps_done = self.done.len();
        record.active_seconds = self.engine.active(now).as_secs();
        record.painful_steps = self.painful.iter().copied().collect();
        record.hurt_choices.clone_from(&self.hurt_choices);
        record
    }
}

#[cfg(test)]
mod tests;
