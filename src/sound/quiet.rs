//! When the output may rest. A routine is mostly silence, yet an open
//! stream wakes the output thread every buffer and keeps the sound device
//! awake. So the stream is paused (corked) through every silence longer
//! than a few seconds, and started again a lead ahead of the next sound,
//! long enough for the playback clock to settle before the sound is due.

use std::time::{Duration, Instant};

/// How long before a sound the stream runs again.
pub const LEAD: Duration = Duration::from_millis(1_500);
/// How long after a sound (or a cancel, which fades out) it keeps running.
pub const TAIL: Duration = Duration::from_millis(400);
/// A silence shorter than this is not worth a pause.
pub const MIN_REST: Duration = Duration::from_secs(3);

/// What the output should do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// Run, and look again at `until`.
    Run { until: Instant },
    /// Rest, until `until` (a lead before the next sound), or for good.
    Rest { until: Option<Instant> },
}

/// `sounds`: (start, end) of every sound still to come or playing, in the
/// order of their starts. `hold`: run at least until then (a fade-out).
pub fn want(
    sounds: impl IntoIterator<Item = (Instant, Instant)>,
    hold: Instant,
    now: Instant,
) -> Want {
    let mut chain: Option<(Instant, Instant)> = (hold > now).then_some((now, hold));
    for (start, end) in sounds {
        let end = end + TAIL;
        if end <= now {
            continue;
        }
        let start = start.checked_sub(LEAD).unwrap_or(start).max(now);
        match chain {
            Some((_, until)) if start >= until + MIN_REST => break,
            Some((from, until)) => chain = Some((from, until.max(end))),
            None => chain = Some((start, end)),
        }
    }
    match chain {
        Some((from, until)) if from < now + MIN_REST => Want::Run { until },
        Some((from, _)) => Want::Rest { until: Some(from) },
        None => Want::Rest { until: None },
    }
}

/// Merges two lists of (start, end), each in the order of its starts.
pub fn merged<A, B>(a: A, b: B) -> impl Iterator<Item = (Instant, Instant)>
where
    A: IntoIterator<Item = (Instant, Instant)>,
    B: IntoIterator<Item = (Instant, Instant)>,
{
    let mut a = a.into_iter().peekable();
    let mut b = b.into_iter().peekable();
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y.0 < x.0 => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(t0: Instant, seconds: f64) -> Instant {
        t0 + Duration::from_secs_f64(seconds)
    }

    fn sounds(t0: Instant, spans: &[(f64, f64)]) -> Vec<(Instant, Instant)> {
        spans.iter().map(|&(s, e)| (at(t0, s), at(t0, e))).collect()
    }

    #[test]
    fn a_long_silence_rests_until_a_lead_before_the_next_sound() {
        let t0 = Instant::now();
        let list = sounds(t0, &[(10.0, 10.2), (30.0, 30.5)]);
        assert_eq!(
            want(list.clone(), t0, t0),
            Want::Rest {
                until: Some(at(t0, 10.0) - LEAD)
            }
        );
        // Within the lead it runs, until the sound's end and its tail.
        assert_eq!(
            want(list.clone(), t0, at(t0, 9.0)),
            Want::Run {
                until: at(t0, 10.2) + TAIL
            }
        );
        // After it, the next silence is long again.
        assert_eq!(
            want(list, t0, at(t0, 10.2) + TAIL),
            Want::Rest {
                until: Some(at(t0, 30.0) - LEAD)
            }
        );
    }

    #[test]
    fn sounds_close_together_keep_it_running_through_the_gaps() {
        let t0 = Instant::now();
        // A 3-2-1 countdown, then the change a second later.
        let list = sounds(t0, &[(5.0, 5.1), (6.0, 6.1), (7.0, 7.1), (8.0, 8.3)]);
        assert_eq!(
            want(list, t0, at(t0, 4.0)),
            Want::Run {
                until: at(t0, 8.3) + TAIL
            }
        );
    }

    #[test]
    fn a_short_silence_is_not_worth_a_pause() {
        let t0 = Instant::now();
        let list = sounds(t0, &[(1.0, 1.1), (5.0, 5.1)]);
        let Want::Run { until } = want(list, t0, at(t0, 1.2)) else {
            panic!("a gap of under {MIN_REST:?} after the lead must not rest");
        };
        assert_eq!(until, at(t0, 5.1) + TAIL);
    }

    #[test]
    fn nothing_to_come_rests_for_good_after_the_hold() {
        let t0 = Instant::now();
        let hold = at(t0, 0.3);
        assert_eq!(want(Vec::new(), hold, t0), Want::Run { until: hold });
        assert_eq!(want(Vec::new(), hold, hold), Want::Rest { until: None });
        // A sound long past is nothing to come.
        let list = sounds(t0, &[(0.0, 0.1)]);
        assert_eq!(want(list, t0, at(t0, 5.0)), Want::Rest { until: None });
    }

    #[test]
    fn a_sound_due_now_runs_at_once() {
        let t0 = Instant::now();
        let list = sounds(t0, &[(0.0, 2.0)]);
        assert_eq!(
            want(list, t0, at(t0, 1.0)),
            Want::Run {
                until: at(t0, 2.0) + TAIL
            }
        );
    }

    #[test]
    fn two_sorted_lists_merge_in_the_order_of_their_starts() {
        let t0 = Instant::now();
        let a = sounds(t0, &[(1.0, 2.0), (5.0, 6.0)]);
        let b = sounds(t0, &[(0.5, 0.7), (3.0, 4.0), (9.0, 9.5)]);
        let starts: Vec<f64> = merged(a, b)
            .map(|(s, _)| s.duration_since(t0).as_secs_f64())
            .collect();
        assert_eq!(starts, vec![0.5, 1.0, 3.0, 5.0, 9.0]);
    }
}
