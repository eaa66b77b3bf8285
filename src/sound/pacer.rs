//! A guard against an output that takes samples faster than real time (the
//! ALSA `null` device, some virtual sinks). Such a device never makes the
//! output thread wait, so without a guard the thread spins a whole core.
//!
//! The pacer counts the frames handed over against the monotonic clock. A
//! real device is never further ahead of real time than its own buffer;
//! once the frames run well beyond that, the device is taken to be one that
//! never blocks: from then on the callback sleeps (in steps of at least
//! 100 ms, so a few wake-ups a second), and each frame counts as heard when
//! real time reaches it.

use std::time::{Duration, Instant};

/// Further ahead than any real device's buffer.
const AHEAD_LIMIT: Duration = Duration::from_secs(2);
/// Sleeps are never shorter: at most ten a second.
const SLEEP_STEP: Duration = Duration::from_millis(100);
/// A device whose clock runs fast is not one that never blocks: allow
/// 0.5 % of the time elapsed, five times the worst real device.
const RATE_SLACK: f64 = 0.005;

#[derive(Debug, Clone)]
pub struct Pacer {
    rate: f64,
    /// (when, frame): the first buffer since the start or the last resume.
    origin: Option<(Instant, u64)>,
    paced: bool,
}

impl Pacer {
    pub fn new(rate: u32) -> Pacer {
        Pacer {
            rate: f64::from(rate.max(1)),
            origin: None,
            paced: false,
        }
    }

    /// After a pause of the stream: time is counted afresh.
    pub fn restart(&mut self) {
        self.origin = None;
    }

    /// Whether the device was found to take samples faster than real time.
    #[cfg(test)]
    pub fn paced(&self) -> bool {
        self.paced
    }

    /// The device was handed `frames` frames from `first` on, at `now`.
    /// Returns how long to sleep before handing over the next buffer.
    pub fn handed(&mut self, first: u64, frames: usize, now: Instant) -> Option<Duration> {
        let (origin_at, origin_frame) = *self.origin.get_or_insert((now, first));
        let elapsed = now.saturating_duration_since(origin_at).as_secs_f64();
        let written = (first + frames as u64).saturating_sub(origin_frame) as f64 / self.rate;
        let limit = AHEAD_LIMIT.as_secs_f64() + elapsed * RATE_SLACK;
        let ahead = written - elapsed;
        if ahead <= limit {
            return None;
        }
        self.paced = true;
        Some(Duration::from_secs_f64(ahead - limit) + SLEEP_STEP)
    }

    /// When `frame` is heard on a device that never blocks: when real time
    /// reaches it. `None` for a device that keeps its own time.
    pub fn heard_at(&self, frame: u64) -> Option<Instant> {
        let (origin_at, origin_frame) = self.origin.filter(|_| self.paced)?;
        let seconds = frame.saturating_sub(origin_frame) as f64 / self.rate;
        origin_at.checked_add(Duration::from_secs_f64(seconds))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATE: u32 = 48_000;
    const PERIOD: usize = 2_048;

    /// A device that never blocks: each buffer is taken at once, and time
    /// moves only by the sleeps the pacer asks for (plus 20 µs of work).
    /// Returns (frames handed over, sleeps) in `seconds` of time.
    fn never_blocking(pacer: &mut Pacer, seconds: f64) -> (u64, usize) {
        let start = Instant::now();
        let mut now = start;
        let (mut frame, mut sleeps) = (0_u64, 0_usize);
        while now.duration_since(start).as_secs_f64() < seconds {
            let sleep = pacer.handed(frame, PERIOD, now);
            frame += PERIOD as u64;
            now += Duration::from_micros(20);
            if let Some(sleep) = sleep {
                assert!(sleep >= SLEEP_STEP, "{sleep:?}");
                sleeps += 1;
                now += sleep;
            }
        }
        (frame, sleeps)
    }

    #[test]
    fn a_device_that_never_blocks_is_paced_to_real_time_with_few_wake_ups() {
        let mut pacer = Pacer::new(RATE);
        let (frames, sleeps) = never_blocking(&mut pacer, 20.0);
        assert!(pacer.paced());
        let seconds_written = frames as f64 / f64::from(RATE);
        // 20 s of real time, plus at most the allowance ahead.
        assert!((20.0..23.0).contains(&seconds_written), "{seconds_written}");
        assert!(sleeps <= 20 * 10, "{sleeps} sleeps in 20 s");
        assert!(sleeps >= 20, "{sleeps} sleeps: it must actually wait");
    }

    #[test]
    fn a_real_device_is_never_made_to_sleep_even_with_a_fast_clock() {
        let mut pacer = Pacer::new(RATE);
        let start = Instant::now();
        // Four buffers at once (its buffer fills), then one a period, on a
        // device clock 0.1 % fast, for an hour.
        let fast = 1.001;
        for n in 0..(3_600 * RATE as usize / PERIOD) {
            let played = n.saturating_sub(4) * PERIOD;
            let at = start + Duration::from_secs_f64(played as f64 / f64::from(RATE) / fast);
            assert_eq!(pacer.handed((n * PERIOD) as u64, PERIOD, at), None, "{n}");
        }
        assert!(!pacer.paced());
        assert_eq!(pacer.heard_at(0), None);
    }

    #[test]
    fn once_paced_a_frame_is_heard_when_real_time_reaches_it() {
        let mut pacer = Pacer::new(RATE);
        let _ = never_blocking(&mut pacer, 5.0);
        let origin = pacer.heard_at(0).expect("paced");
        let later = pacer.heard_at(u64::from(RATE) * 3).expect("paced");
        assert_eq!(later - origin, Duration::from_secs(3));
    }

    #[test]
    fn after_a_restart_the_time_paused_is_not_made_up_in_a_burst() {
        let mut pacer = Pacer::new(RATE);
        let (frames, _) = never_blocking(&mut pacer, 5.0);
        // Ten seconds pass with the stream paused; then it runs again.
        pacer.restart();
        let later = Instant::now() + Duration::from_secs(60);
        let mut sleeps = 0;
        let mut frame = frames;
        let mut now = later;
        while now - later < Duration::from_secs(5) {
            if let Some(sleep) = pacer.handed(frame, PERIOD, now) {
                sleeps += 1;
                now += sleep;
            }
            frame += PERIOD as u64;
            now += Duration::from_micros(20);
        }
        let written = (frame - frames) as f64 / f64::from(RATE);
        assert!((5.0..8.0).contains(&written), "{written}");
        assert!(sleeps >= 5);
    }
}
