//! Runs a session plan against time.
//!
//! The position in the plan is `base + (now - anchor)` while running, and
//! `base` while paused: it comes from monotonic instants, never from counting
//! ticks, so calling `tick` late or irregularly cannot shift the schedule.

mod snapshot;

use crate::plan::{Cue, Plan, Segment, SegmentKind};
use std::time::{Duration, Instant};

pub use snapshot::{NextStep, Snapshot};

/// Going back within this long after a segment starts goes to the one
/// before it.
pub const BACK_GRACE: Duration = Duration::from_secs(2);

/// What happened since the last call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    SegmentStarted(usize),
    Cue(Cue),
    Finished,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ready,
    Running,
    Paused,
    Finished,
    Stopped,
}

/// When the running session's cues sound: plan position `position` is at
/// instant `anchor`, and cues from index `first_cue` on are still to come.
/// A sound player places every later cue from this alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    pub anchor: Instant,
    pub position: Duration,
    pub first_cue: usize,
}

impl Timing {
    /// The instant plan time `at_ms` comes, if the session keeps running.
    pub fn instant_of(&self, at_ms: u64) -> Option<Instant> {
        let at = Duration::from_millis(at_ms);
        if at >= self.position {
            self.anchor.checked_add(at - self.position)
        } else {
            self.anchor.checked_sub(self.position - at)
        }
    }
}

#[derive(Debug, Clone)]
pub struct Engine {
    plan: Plan,
    status: Status,
    /// Plan position at `anchor` (running) or now (paused).
    base: Duration,
    anchor: Option<Instant>,
    /// Running time before the current run began.
    active_before: Duration,
    segment: usize,
    next_cue: usize,
    /// When the session reached its end (not the late tick that saw it).
    finished_at: Option<Instant>,
}

impl Engine {
    pub fn new(plan: Plan) -> Engine {
        Engine {
            plan,
            status: Status::Ready,
            base: Duration::ZERO,
            anchor: None,
            active_before: Duration::ZERO,
            segment: 0,
            next_cue: 0,
            finished_at: None,
        }
    }

    /// An engine that continues a session at `position` (from a checkpoint),
    /// paused until `resume`.
    pub fn resumed_at(plan: Plan, position: Duration, active: Duration) -> Engine {
        let mut engine = Engine::new(plan);
        engine.status = Status::Paused;
        engine.active_before = active;
        engine.jump_to(position);
        engine
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn status(&self) -> Status {
        self.status
    }

    pub fn total(&self) -> Duration {
        Duration::from_millis(self.plan.total_ms)
    }

    /// Where in the plan the session is at `now`.
    pub fn position(&self, now: Instant) -> Duration {
        let running = match (self.status, self.anchor) {
            (Status::Running, Some(anchor)) => now.saturating_duration_since(anchor),
            _ => Duration::ZERO,
        };
        (self.base + running).min(self.total())
    }

    /// Running time so far, pauses excluded.
    pub fn active(&self, now: Instant) -> Duration {
        match (self.status, self.anchor) {
            (Status::Running, Some(anchor)) => {
                self.active_before + now.saturating_duration_since(anchor)
            }
            _ => self.active_before,
        }
    }

    /// Starts the session at `at` (which may be a moment ahead of now, to
    /// give sound output time to line up).
    pub fn start(&mut self, at: Instant) -> Vec<Event> {
        if self.status != Status::Ready {
            return Vec::new();
        }
        self.status = Status::Running;
        self.anchor = Some(at);
        let mut events = vec![Event::SegmentStarted(self.segment)];
        events.extend(self.tick(at));
        events
    }

    pub fn pause(&mut self, now: Instant) {
        if self.status != Status::Running {
            return;
        }
        self.base = self.position(now);
        self.active_before = self.active(now);
        self.anchor = None;
        self.status = Status::Paused;
    }

    pub fn resume(&mut self, now: Instant) -> Vec<Event> {
        if self.status != Status::Paused {
            return Vec::new();
        }
        self.status = Status::Running;
        self.anchor = Some(now);
        self.tick(now)
    }

    pub fn stop(&mut self, now: Instant) {
        if matches!(self.status, Status::Running | Status::Paused) {
            self.pause(now);
            self.status = Status::Stopped;
        }
    }

    /// Everything that happened up to `now`, in order: segment changes and
    /// every cue that came due (each exactly once), then `Finished`.
    pub fn tick(&mut self, now: Instant) -> Vec<Event> {
        if self.status != Status::Running {
            return Vec::new();
        }
        let position = self.position(now);
        let at_ms = position.as_millis() as u64;
        let mut events = Vec::new();
        loop {
            let next_segment = self
                .plan
                .segments
                .get(self.segment + 1)
                .filter(|s| s.start_ms <= at_ms && s.start_ms < self.plan.total_ms);
            let next_cue = self
                .plan
                .cues
                .get(self.next_cue)
                .filter(|c| c.at_ms <= at_ms);
            match (next_segment, next_cue) {
                (Some(segment), Some(cue)) if segment.start_ms <= cue.at_ms => {
                    self.segment += 1;
                    events.push(Event::SegmentStarted(self.segment));
                }
                (_, Some(cue)) => {
                    events.push(Event::Cue(*cue));
                    self.next_cue += 1;
                }
                (Some(_), None) => {
                    self.segment += 1;
                    events.push(Event::SegmentStarted(self.segment));
                }
                (None, None) => break,
            }
        }
        if position >= self.total() {
            // Count running time up to the end itself, not up to this
            // (possibly late) tick.
            self.finished_at = self.timing().and_then(|t| t.instant_of(self.plan.total_ms));
            self.active_before += self.total().saturating_sub(self.base);
            self.base = self.total();
            self.anchor = None;
            self.status = Status::Finished;
            events.push(Event::Finished);
        }
        events
    }

    /// Moves on to the next segment (past the rest of the breathing, when
    /// breathing). Cues in between are not played; the new segment's are.
    pub fn skip(&mut self, now: Instant) -> Vec<Event> {
        self.seek(now, |engine, _| {
            let end = engine.block(engine.segment).1;
            engine
                .plan
                .segments
                .get(end)
                .map_or(engine.plan.total_ms, |s| s.start_ms)
        })
    }

    /// Restarts the current segment, or goes to the previous one when the
    /// current one started less than two seconds ago.
    pub fn back(&mut self, now: Instant) -> Vec<Event> {
        self.seek(now, |engine, at_ms| {
            let start = engine.block(engine.segment).0;
            let start_ms = engine.plan.segments[start].start_ms;
            if at_ms.saturating_sub(start_ms) < BACK_GRACE.as_millis() as u64 && start > 0 {
                let previous = engine.block(start - 1).0;
                engine.plan.segments[previous].start_ms
            } else {
                start_ms
            }
        })
    }

    fn seek(&mut self, now: Instant, target: impl Fn(&Engine, u64) -> u64) -> Vec<Event> {
        if !matches!(self.status, Status::Running | Status::Paused) || self.plan.segments.is_empty()
        {
            return Vec::new();
        }
        // Settle what is due before moving, so the segment index is current.
        let mut events = self.tick(now);
        if self.status == Status::Finished {
            return events;
        }
        let position = self.position(now);
        let to_ms = target(self, position.as_millis() as u64);
        self.active_before = self.active(now);
        if self.status == Status::Running {
            self.anchor = Some(now);
        }
        self.jump_to(Duration::from_millis(to_ms));
        if to_ms < self.plan.total_ms {
            events.push(Event::SegmentStarted(self.segment));
        }
        events.extend(self.tick(now));
        events
    }

    /// Runs on with `plan`, a re-laid-out copy of the same routine (some
    /// holds shorter): at the same place in the same hold, rep and side,
    /// cut to the end of it when the new one is already over. Cues in
    /// between are not played; the status stays as it was.
    pub fn replace_plan(&mut self, plan: Plan, now: Instant) -> Vec<Event> {
        if !matches!(self.status, Status::Running | Status::Paused) {
            return Vec::new();
        }
        let mut events = self.tick(now);
        if self.status == Status::Finished {
            return events;
        }
        let (start, _) = block(&self.plan, self.segment);
        let old = &self.plan.segments[start];
        let into = (self.position(now).as_millis() as u64).saturating_sub(old.start_ms);
        let same = |s: &Segment| {
            (s.step, s.rep, s.set, s.side) == (old.step, old.rep, old.set, old.side)
                && (s.kind == old.kind || (s.kind.is_breath() && old.kind.is_breath()))
        };
        let Some(index) = plan.segments.iter().position(same) else {
            return events;
        };
        let (new_start, new_end) = block(&plan, index);
        let from_ms = plan.segments[new_start].start_ms;
        let to_ms = plan.segments[new_end - 1].end_ms();
        let position = (from_ms + into).min(to_ms);
        self.active_before = self.active(now);
        if self.status == Status::Running {
            self.anchor = Some(now);
        }
        self.plan = plan;
        self.jump_to(Duration::from_millis(position));
        events.push(Event::SegmentStarted(self.segment));
        events.extend(self.tick(now));
        events
    }

    /// Sets the position without playing the cues in between.
    fn jump_to(&mut self, position: Duration) {
        let position = position.min(self.total());
        let at_ms = position.as_millis() as u64;
        self.base = position;
        self.segment = self.plan.segment_at(at_ms).unwrap_or(0);
        self.next_cue = self.plan.cues.partition_point(|c| c.at_ms < at_ms);
    }

    fn block(&self, index: usize) -> (usize, usize) {
        block(&self.plan, index)
    }

    /// Time from `now` until the next cue or segment change is due, while
    /// running: how long a caller may sleep before its next `tick`.
    pub fn until_next_event(&self, now: Instant) -> Option<Duration> {
        if self.status != Status::Running {
            return None;
        }
        let next_cue = self.plan.cues.get(self.next_cue).map(|c| c.at_ms);
        let next_segment = self.plan.segments.get(self.segment + 1).map(|s| s.start_ms);
        let next_ms = next_cue
            .into_iter()
            .chain(next_segment)
            .min()
            .unwrap_or(self.plan.total_ms);
        Some(Duration::from_millis(next_ms).saturating_sub(self.position(now)))
    }

    /// Where the running session's cues fall in time; `None` unless
    /// running. Sound is scheduled from this, not from ticks.
    pub fn timing(&self) -> Option<Timing> {
        let (Status::Running, Some(anchor)) = (self.status, self.anchor) else {
            return None;
        };
        Some(Timing {
            anchor,
            position: self.base,
            first_cue: self.next_cue,
        })
    }

    /// The moment the session reached its end, once finished.
    pub fn finished_at(&self) -> Option<Instant> {
        self.finished_at
    }

    /// The index of the segment running now.
    pub fn segment(&self) -> usize {
        self.segment
    }
}

/// The range of segments that `index` belongs to when skipping: a run of
/// breathing phases of one hold counts as one block.
fn block(plan: &Plan, index: usize) -> (usize, usize) {
    let segments = &plan.segments;
    let same = |a: &Segment, b: &Segment| {
        a.kind.is_breath()
            && b.kind.is_breath()
            && a.step == b.step
            && a.rep == b.rep
            && a.set == b.set
    };
    let mut start = index;
    while start > 0 && same(&segments[start - 1], &segments[index]) {
        start -= 1;
    }
    let mut end = index + 1;
    while end < segments.len() && same(&segments[end], &segments[index]) {
        end += 1;
    }
    (start, end)
}

#[cfg(test)]
mod tests;
