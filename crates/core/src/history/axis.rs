//! Axes for the History charts: round tick values, which labels to draw
//! so none overlap, and the pain series thinned to what a chart can show.

use super::stats::{PainPoint, week_start};
use crate::t;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Tick values from 0 up to at least `max`, in steps of 1, 2 or 5 × 10ⁿ,
/// about `count` steps in all. The last tick is the axis's top.
pub fn ticks(max: f64, count: usize) -> Vec<f64> {
    let count = count.max(1) as f64;
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let rough = max / count;
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * magnitude)
        .max(1.0);
    let steps = (max / step).ceil() as usize;
    (0..=steps).map(|i| i as f64 * step).collect()
}

/// Draw every `n`th of `count` labels, each `label` wide, spread over
/// `width`, so that neighbours keep a gap.
pub fn stride(count: usize, width: f32, label: f32) -> usize {
    if count == 0 || width <= 0.0 {
        return 1;
    }
    let pitch = width / count as f32;
    ((label * 1.3 / pitch).ceil() as usize).max(1)
}

/// About `wanted` indices spread evenly over `0..count`, first and last
/// included.
pub fn spread(count: usize, wanted: usize) -> Vec<usize> {
    match (count, wanted) {
        (0, _) | (_, 0) => Vec::new(),
        (1, _) | (_, 1) => vec![0],
        _ => {
            let wanted = wanted.min(count);
            let mut picked: Vec<usize> = (0..wanted)
                .map(|i| (i * (count - 1) + (wanted - 1) / 2) / (wanted - 1))
                .collect();
            picked.dedup();
            picked
        }
    }
}

/// One point of the pain chart: a session, or a week's average.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PainSample {
    pub date: NaiveDate,
    pub before: f32,
    pub after: f32,
}

/// Whether pain after was higher than before (by more than rounding).
pub fn rose(sample: &PainSample) -> bool {
    sample.after > sample.before + 0.05
}

/// The rated sessions as chart points; past `most` of them, one average
/// per week (dated by its Monday) instead, so the lines stay readable.
pub fn pain_samples(trend: &[PainPoint], most: usize) -> Vec<PainSample> {
    if trend.len() <= most {
        return trend
            .iter()
            .map(|p| PainSample {
                date: p.date,
                before: f32::from(p.before),
                after: f32::from(p.after),
            })
            .collect();
    }
    let mut weeks = BTreeMap::<NaiveDate, (f32, f32, f32)>::new();
    for p in trend {
        let entry = weeks.entry(week_start(p.date)).or_default();
        entry.0 += f32::from(p.before);
        entry.1 += f32::from(p.after);
        entry.2 += 1.0;
    }
    weeks
        .into_iter()
        .map(|(date, (before, after, n))| PainSample {
            date,
            before: before / n,
            after: after / n,
        })
        .collect()
}

/// One line saying what the pain-after line of the chart does, from the
/// very points the chart draws: "Pain after sessions fell from 4.3 to 1.7,
/// then rose to 4.4 over 5 weeks."
pub fn pain_headline(samples: &[PainSample]) -> String {
    let (Some(first), Some(last)) = (samples.first(), samples.last()) else {
        return t!("pain-none");
    };
    let (start, end) = (first.after, last.after);
    let low = samples
        .iter()
        .map(|s| s.after)
        .fold(f32::INFINITY, f32::min);
    let high = samples
        .iter()
        .map(|s| s.after)
        .fold(f32::NEG_INFINITY, f32::max);
    let weeks = ((last.date - first.date).num_days() as f32 / 7.0)
        .round()
        .max(1.0);
    let weeks = weeks as u32;
    let (a, b) = (pain(start), pain(end));
    if low <= start - SWING && low <= end - SWING {
        t!(
            "pain-fell-rose",
            from = a,
            low = pain(low),
            to = b,
            weeks = weeks
        )
    } else if high >= start + SWING && high >= end + SWING {
        t!(
            "pain-rose-fell",
            from = a,
            high = pain(high),
            to = b,
            weeks = weeks
        )
    } else if (end - start).abs() < 0.5 {
        t!("pain-stayed", at = pain(end), weeks = weeks)
    } else if end < start {
        t!("pain-fell", from = a, to = b, weeks = weeks)
    } else {
        t!("pain-rose", from = a, to = b, weeks = weeks)
    }
}

/// A dip or a peak this deep on both sides is worth saying.
const SWING: f32 = 1.0;

/// A whole number as such, an average with one decimal.
fn pain(value: f32) -> String {
    let places = if (value - value.round()).abs() < 0.05 {
        0
    } else {
        1
    };
    crate::i18n::decimal(f64::from(value), places)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(afters: &[f32]) -> Vec<PainSample> {
        let monday = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
        afters
            .iter()
            .enumerate()
            .map(|(week, &after)| PainSample {
                date: monday + chrono::Days::new(7 * week as u64),
                before: 5.0,
                after,
            })
            .collect()
    }

    #[test]
    fn the_headline_tells_what_the_chart_draws_a_fall_then_a_rise_included() {
        let falls_then_rises = series(&[4.3, 3.0, 1.7, 2.5, 4.4]);
        assert_eq!(
            pain_headline(&falls_then_rises),
            "Pain after sessions fell from 4.3 to 1.7, then rose to 4.4 over 4 weeks."
        );
        assert_eq!(
            pain_headline(&series(&[2.0, 5.0, 2.0])),
            "Pain after sessions rose from 2 to 5, then fell to 2 over 2 weeks."
        );
        assert_eq!(
            pain_headline(&series(&[7.0, 5.0, 2.0])),
            "Pain after sessions fell from 7 to 2 over 2 weeks."
        );
        assert_eq!(
            pain_headline(&series(&[4.0, 4.3, 3.8])),
            "Pain after sessions stayed at about 3.8 over 2 weeks."
        );
        assert_eq!(
            pain_headline(&series(&[3.0])),
            "Pain after sessions stayed at about 3 over 1 week."
        );
        assert!(pain_headline(&[]).starts_with("No session"));
    }

    #[test]
    fn ticks_are_round_and_reach_the_maximum() {
        assert_eq!(ticks(10.0, 5), vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(ticks(73.0, 4), vec![0.0, 20.0, 40.0, 60.0, 80.0]);
        assert_eq!(ticks(0.0, 4), vec![0.0, 1.0]);
        assert_eq!(ticks(3.0, 5), vec![0.0, 1.0, 2.0, 3.0]);
        assert_eq!(ticks(460.0, 4), vec![0.0, 200.0, 400.0, 600.0]);
    }

    #[test]
    fn stride_keeps_labels_apart() {
        assert_eq!(stride(12, 600.0, 30.0), 1);
        assert_eq!(stride(52, 600.0, 30.0), 4);
        assert_eq!(stride(0, 600.0, 40.0), 1);
    }

    #[test]
    fn spread_includes_both_ends() {
        assert_eq!(spread(10, 4), vec![0, 3, 6, 9]);
        assert_eq!(spread(3, 6), vec![0, 1, 2]);
        assert_eq!(spread(1, 5), vec![0]);
        assert!(spread(0, 5).is_empty());
    }

    fn point(day: u32, before: u8, after: u8) -> PainPoint {
        PainPoint {
            date: NaiveDate::from_ymd_opt(2026, 11, day).expect("a date"),
            before,
            after,
        }
    }

    #[test]
    fn many_sessions_become_weekly_averages() {
        let trend = [point(2, 6, 4), point(3, 4, 2), point(9, 3, 3)];
        assert_eq!(pain_samples(&trend, 5).len(), 3);
        let weekly = pain_samples(&trend, 2);
        assert_eq!(weekly.len(), 2);
        assert_eq!((weekly[0].before, weekly[0].after), (5.0, 3.0));
        assert_eq!(
            weekly[1].date,
            NaiveDate::from_ymd_opt(2026, 11, 9).expect("a date")
        );
    }

    #[test]
    fn a_rise_is_after_above_before_by_more_than_rounding() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 9).expect("a date");
        let sample = |before, after| PainSample {
            date,
            before,
            after,
        };
        assert!(rose(&sample(3.2, 4.4)));
        assert!(!rose(&sample(4.0, 4.0)));
        assert!(!rose(&sample(4.0, 4.04)));
        assert!(!rose(&sample(4.3, 1.7)));
    }
}
