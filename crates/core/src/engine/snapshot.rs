//! What a view needs to draw the session at one moment.

use super::{Engine, Status};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub status: Status,
    pub segment: usize,
    pub remaining_in_segment: Duration,
    /// How much of the current segment has passed, 0 to 1.
    pub segment_fraction: f32,
    /// The routine step running now (0-based) and how many there are.
    pub step: usize,
    pub steps: usize,
    /// The step after this one, if any.
    pub next_step: Option<NextStep>,
    /// During breathing: this breath (1-based) out of the hold's breaths.
    pub breath: Option<(usize, usize)>,
    pub next: Option<usize>,
    pub position: Duration,
    pub total: Duration,
    /// Time spent running, pauses excluded.
    pub active: Duration,
}

/// The name and length of the step that comes next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    pub index: usize,
    pub name: String,
    pub duration: Duration,
}

impl Snapshot {
    pub fn progress(&self) -> f32 {
        if self.total.is_zero() {
            return 1.0;
        }
        (self.position.as_secs_f64() / self.total.as_secs_f64()).min(1.0) as f32
    }
}

impl Engine {
    pub fn snapshot(&self, now: Instant) -> Snapshot {
        let position = self.position(now);
        let segments = &self.plan.segments;
        let segment = segments.get(self.segment);
        let (remaining, fraction) = segment.map_or((Duration::ZERO, 1.0), |s| {
            let end = Duration::from_millis(s.end_ms());
            let done = position.saturating_sub(Duration::from_millis(s.start_ms));
            let fraction = if s.duration_ms == 0 {
                1.0
            } else {
                (done.as_secs_f64() * 1000.0 / s.duration_ms as f64).min(1.0) as f32
            };
            (end.saturating_sub(position), fraction)
        });
        let step = segment.map_or(0, |s| s.step);
        Snapshot {
            status: self.status,
            segment: self.segment,
            remaining_in_segment: remaining,
            segment_fraction: fraction,
            step,
            steps: segments.last().map_or(0, |s| s.step + 1),
            next_step: self.next_step(step),
            breath: self.breath(),
            next: Some(self.segment + 1).filter(|i| *i < segments.len()),
            position,
            total: self.total(),
            active: self.active(now),
        }
    }

    fn next_step(&self, step: usize) -> Option<NextStep> {
        let segments = &self.plan.segments;
        let first = segments.partition_point(|s| s.step <= step);
        let end = segments.partition_point(|s| s.step <= step + 1);
        let (head, last) = (segments.get(first)?, segments.get(end.checked_sub(1)?)?);
        Some(NextStep {
            index: head.step,
            name: head.name.clone(),
            duration: Duration::from_millis(last.end_ms().saturating_sub(head.start_ms)),
        })
    }

    /// Breaths are counted by their breathe-in phases within the block.
    fn breath(&self) -> Option<(usize, usize)> {
        let segments = &self.plan.segments;
        if !segments.get(self.segment)?.kind.is_breath() {
            return None;
        }
        let (start, end) = self.block(self.segment);
        let is_in = |i: &usize| segments[*i].kind == super::SegmentKind::BreatheIn;
        let total = (start..end).filter(is_in).count();
        let done = (start..=self.segment).filter(is_in).count();
        Some((done.max(1), total.max(1)))
    }
}
