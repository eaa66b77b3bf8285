//! When each sample is heard.
//!
//! Every time the device asks for a buffer it says how long until the first
//! frame of that buffer is played (its delay). `now + delay` is an
//! observation of when that frame is heard. A least-squares line through
//! the recent observations maps frames to instants: it follows a device
//! clock that runs fast or slow, averages out the jitter of wake-ups and
//! delay reports, ignores a single odd report, and moves at once when the
//! delay really changes (an underrun, a device switch).

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// Observations kept: one every `SPACING_FRAMES`, so about 26 s.
const CAPACITY: usize = 256;
const SPACING_FRAMES: u64 = 4_800;
/// The line's slope is fitted only once the points span this many frames;
/// before that the nominal rate is used.
const MIN_SLOPE_SPAN_FRAMES: u64 = 4 * 48_000;
/// No device is this far off its nominal rate.
const MAX_RATE_ERROR: f64 = 0.001;
/// An observation further than this from the line is suspect...
const OUTLIER_SECONDS: f64 = 0.008;
/// ...and when suspects keep agreeing for this long, the delay really
/// changed: start the line afresh from them.
const JUMP_CONFIRM_FRAMES: u64 = 24_000;
/// A new stream is trusted once its observations agree over this long.
/// Until then its delay reports may not be true yet: some outputs take
/// the first buffers at once and start playing them only much later.
const SETTLE_FRAMES: u64 = 9_600;

#[derive(Debug, Clone)]
pub struct PlaybackClock {
    rate: f64,
    /// The first observation: the origin of every point below.
    origin: Option<(Instant, u64)>,
    /// (frames, seconds) after the origin.
    points: VecDeque<(f64, f64)>,
    suspects: Vec<(f64, f64)>,
    /// seconds = intercept + slope × frames.
    intercept: f64,
    slope: f64,
    last_kept: Option<u64>,
    settled: bool,
}

impl PlaybackClock {
    pub fn new(rate: u32) -> PlaybackClock {
        let rate = f64::from(rate.max(1));
        PlaybackClock {
            rate,
            origin: None,
            points: VecDeque::with_capacity(CAPACITY),
            suspects: Vec::new(),
            intercept: 0.0,
            slope: 1.0 / rate,
            last_kept: None,
            settled: false,
        }
    }

    /// Whether the observations have agreed long enough to place sounds.
    pub fn settled(&self) -> bool {
        self.settled
    }

    /// The device says `frame` will be heard at `heard`.
    pub fn observe(&mut self, frame: u64, heard: Instant) {
        let Some((origin_at, origin_frame)) = self.origin else {
            self.origin = Some((heard, frame));
            self.points.push_back((0.0, 0.0));
            self.last_kept = Some(frame);
            return;
        };
        let x = frame.saturating_sub(origin_frame) as f64;
        let y = seconds_between(origin_at, heard);
        let residual = y - (self.intercept + self.slope * x);
        if residual.abs() > OUTLIER_SECONDS && !self.settled {
            *self = PlaybackClock::new(self.rate as u32);
            self.observe(frame, heard);
            return;
        }
        if residual.abs() > OUTLIER_SECONDS {
            self.suspect(x, y);
            return;
        }
        self.suspects.clear();
        if self
            .last_kept
            .is_some_and(|kept| frame.saturating_sub(kept) < SPACING_FRAMES)
        {
            return;
        }
        self.last_kept = Some(frame);
        if self.points.len() == CAPACITY {
            let _ = self.points.pop_front();
        }
        self.points.push_back((x, y));
        self.fit();
        self.settled |= x >= SETTLE_FRAMES as f64;
    }

    fn suspect(&mut self, x: f64, y: f64) {
        let agrees = self.suspects.last().is_none_or(|&(sx, sy)| {
            let predicted = sy + (x - sx) * self.slope;
            (y - predicted).abs() <= OUTLIER_SECONDS
        });
        if !agrees {
            self.suspects.clear();
        }
        self.suspects.push((x, y));
        let (first, last) = (self.suspects[0].0, x);
        if last - first >= JUMP_CONFIRM_FRAMES as f64 {
            self.points = std::mem::take(&mut self.suspects).into();
            self.last_kept = None;
            self.fit();
        }
    }

    fn fit(&mut self) {
        let n = self.points.len() as f64;
        let (first, last) = match (self.points.front(), self.points.back()) {
            (Some(first), Some(last)) => (first.0, last.0),
            _ => return,
        };
        let mean_x = self.points.iter().map(|p| p.0).sum::<f64>() / n;
        let mean_y = self.points.iter().map(|p| p.1).sum::<f64>() / n;
        let nominal = 1.0 / self.rate;
        self.slope = if last - first >= MIN_SLOPE_SPAN_FRAMES as f64 {
            let (mut sxy, mut sxx) = (0.0, 0.0);
            for (x, y) in &self.points {
                sxy += (x - mean_x) * (y - mean_y);
                sxx += (x - mean_x) * (x - mean_x);
            }
            (sxy / sxx).clamp(
                nominal * (1.0 - MAX_RATE_ERROR),
                nominal * (1.0 + MAX_RATE_ERROR),
            )
        } else {
            nominal
        };
        self.intercept = mean_y - self.slope * mean_x;
    }

    /// When `frame` is heard; `None` before the first observation.
    pub fn instant_of(&self, frame: u64) -> Option<Instant> {
        let (origin_at, origin_frame) = self.origin?;
        let x = frame as f64 - origin_frame as f64;
        let seconds = self.intercept + self.slope * x;
        offset(origin_at, seconds)
    }

    /// The frame heard at `instant` (negative: before the first frame).
    pub fn frame_of(&self, instant: Instant) -> Option<i64> {
        let (origin_at, origin_frame) = self.origin?;
        let seconds = seconds_between(origin_at, instant);
        let x = (seconds - self.intercept) / self.slope;
        Some(origin_frame as i64 + x.round() as i64)
    }

    /// The fitted rate in frames per second of the monotonic clock.
    #[cfg(test)]
    pub fn rate(&self) -> f64 {
        1.0 / self.slope
    }
}

/// `to - from` in seconds, negative when `to` is earlier.
pub fn seconds_between(from: Instant, to: Instant) -> f64 {
    to.saturating_duration_since(from).as_secs_f64()
        - from.saturating_duration_since(to).as_secs_f64()
}

fn offset(at: Instant, seconds: f64) -> Option<Instant> {
    if seconds >= 0.0 {
        at.checked_add(Duration::from_secs_f64(seconds))
    } else {
        at.checked_sub(Duration::from_secs_f64(-seconds))
    }
}

#[cfg(test)]
mod tests;
