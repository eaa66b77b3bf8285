//! Every way Posewise writes a length of time, in one place: "12 min 30 s"
//! for a routine, "2 min 5 s" for a dose, "4:05" for a countdown.

use crate::t;
use std::time::Duration;

/// "1 h 05 min", "12 min 30 s", "45 s": a routine's or a session's length.
pub fn format_duration(ms: u64) -> String {
    let seconds = ms / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match (h, m, s) {
        (0, 0, s) => t!("duration-s", s = s),
        (0, m, 0) => t!("duration-min", m = m),
        (0, m, s) => t!("duration-min-s", m = m, s = format!("{s:02}")),
        (h, m, _) => t!("duration-h-min", h = h, m = format!("{m:02}")),
    }
}

/// "45 s", "2 min", "2 min 30 s": a dose, seconds rounded up.
pub fn short_duration(duration: Duration) -> String {
    let seconds = duration.as_millis().div_ceil(1000) as u64;
    match (seconds / 60, seconds % 60) {
        (0, s) => t!("duration-s", s = s),
        (m, 0) => t!("duration-min", m = m),
        (m, s) => t!("duration-min-s", m = m, s = s),
    }
}

/// "m:ss", seconds rounded up so "0:00" shows only at the very end: what
/// is left of a countdown.
pub fn clock(left: Duration) -> String {
    clock_of(left.as_millis().div_ceil(1000) as u64)
}

/// "m:ss", seconds rounded down: a moment in a session, counted from its
/// start.
pub fn clock_at(ms: u64) -> String {
    clock_of(ms / 1000)
}

/// "m:ss.t": a moment to a tenth of a second.
pub fn clock_tenths(ms: u64) -> String {
    format!("{}.{}", clock_at(ms), ms % 1000 / 100)
}

fn clock_of(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_round_up_and_durations_read_short() {
        assert_eq!(clock(Duration::from_millis(0)), "0:00");
        assert_eq!(clock(Duration::from_millis(1)), "0:01");
        assert_eq!(clock(Duration::from_millis(59_001)), "1:00");
        assert_eq!(clock(Duration::from_secs(610)), "10:10");
        assert_eq!(short_duration(Duration::from_secs(45)), "45 s");
        assert_eq!(short_duration(Duration::from_secs(120)), "2 min");
        assert_eq!(short_duration(Duration::from_secs(150)), "2 min 30 s");
    }

    #[test]
    fn moments_round_down_and_can_show_tenths() {
        assert_eq!(clock_at(59_999), "0:59");
        assert_eq!(clock_at(61_000), "1:01");
        assert_eq!(clock_tenths(61_250), "1:01.2");
        assert_eq!(clock_tenths(0), "0:00.0");
    }

    #[test]
    fn lengths_read_in_hours_minutes_and_seconds() {
        assert_eq!(format_duration(45_000), "45 s");
        assert_eq!(format_duration(120_000), "2 min");
        assert_eq!(format_duration(125_000), "2 min 05 s");
        assert_eq!(format_duration(600_000), "10 min");
        assert_eq!(format_duration(750_000), "12 min 30 s");
        assert_eq!(format_duration(3_900_000), "1 h 05 min");
    }
}
