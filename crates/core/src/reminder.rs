//! Reminders at the prescribed times: per routine, the times of day and the
//! days of the week, and which of those slots are due now. Pure: the clock,
//! the time zone and the history are arguments, so `posewise remind --due`
//! and the Today screen share the rules and the tests need no real time.

mod due;
mod state;
#[cfg(test)]
mod tests;

pub use due::{DueSlot, Slot, candidates, done_since, overdue, slot_start, snoozed_until};
pub use state::{SlotState, State};

use crate::routine::Prescription;
use crate::t;
use chrono::{Datelike, NaiveTime, Weekday};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// A slot is announced when its time has passed within this long.
pub const WINDOW_MINUTES: i64 = 60;
/// "Later" brings a slot back after this long.
pub const SNOOZE_MINUTES: i64 = 30;
/// Most times of day one routine may have.
pub const MAX_TIMES: usize = 12;
/// Most routines with reminder settings kept.
pub const MAX_ROUTINES: usize = 100;

/// When one routine is reminded of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    pub on: bool,
    /// Sorted, no repeats, at most [`MAX_TIMES`].
    pub times: Vec<ClockTime>,
    pub days: Days,
}

impl Reminder {
    /// Off, with times and days from the prescription: `times_per_day`
    /// spread over the waking day (08:00 and 18:00 for twice a day) and
    /// `days_per_week` spread over the week (Mon, Wed, Fri for three).
    pub fn from_prescription(prescription: Option<&Prescription>) -> Reminder {
        let times_per_day = prescription.and_then(|p| p.times_per_day);
        let days_per_week = prescription.and_then(|p| p.days_per_week);
        Reminder {
            on: false,
            times: default_times(times_per_day.unwrap_or(1)),
            days: Days::spread(days_per_week.unwrap_or(7)),
        }
    }

    /// Times sorted without repeats and capped at [`MAX_TIMES`].
    pub fn normalised(mut self) -> Reminder {
        self.times.sort_unstable();
        self.times.dedup();
        self.times.truncate(MAX_TIMES);
        self
    }
}

fn default_times(per_day: u32) -> Vec<ClockTime> {
    let hm = |h: u16, m: u16| ClockTime(h * 60 + m);
    match per_day {
        0 | 1 => vec![hm(8, 0)],
        2 => vec![hm(8, 0), hm(18, 0)],
        3 => vec![hm(8, 0), hm(13, 0), hm(18, 0)],
        4 => vec![hm(8, 0), hm(12, 0), hm(16, 0), hm(20, 0)],
        n => {
            // From 08:00 to 20:00, evenly, on whole minutes.
            let n = (n as usize).min(MAX_TIMES) as u16;
            (0..n)
                .map(|i| ClockTime(8 * 60 + i * 720 / (n - 1)))
                .collect()
        }
    }
}

/// A time of day on whole minutes, written "HH:MM".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime(u16);

impl ClockTime {
    pub const MIDNIGHT: ClockTime = ClockTime(0);

    /// `None` unless `hour` < 24 and `minute` < 60.
    pub fn new(hour: u32, minute: u32) -> Option<ClockTime> {
        (hour < 24 && minute < 60).then(|| ClockTime((hour * 60 + minute) as u16))
    }

    /// Reads "8:05", "08:05" or "0805"; spaces around are ignored.
    pub fn parse(text: &str) -> Result<ClockTime, String> {
        let text = text.trim();
        let bad = || t!("reminder-not-a-time", text = text);
        // Also keeps `split_at` below on a character boundary.
        if !text.is_ascii() {
            return Err(bad());
        }
        let (hours, minutes) = match text.split_once(':') {
            Some(parts) => parts,
            None if text.len() == 4 => text.split_at(2),
            None => return Err(bad()),
        };
        let number = |part: &str| {
            (!part.is_empty() && part.len() <= 2 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u32>().ok())
                .flatten()
        };
        match (number(hours), number(minutes)) {
            (Some(h), Some(m)) if minutes.len() == 2 => ClockTime::new(h, m).ok_or_else(bad),
            _ => Err(bad()),
        }
    }

    pub fn naive(self) -> NaiveTime {
        NaiveTime::from_hms_opt(u32::from(self.0 / 60), u32::from(self.0 % 60), 0)
            .unwrap_or(NaiveTime::MIN)
    }

    pub fn minutes(self) -> u16 {
        self.0
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ClockTime, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        ClockTime::parse(&text).map_err(de::Error::custom)
    }
}

/// Days of the week, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Days(u8);

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const FULL_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

impl Days {
    pub const EVERY: Days = Days(0b111_1111);
    pub const NONE: Days = Days(0);

    /// `per_week` days spread over the week: Mon–Fri for five, Mon, Wed, Fri
    /// for three; 0 or 7 and more are every day.
    pub fn spread(per_week: u32) -> Days {
        let picked: &[u32] = match per_week {
            1 => &[0],
            2 => &[0, 3],
            3 => &[0, 2, 4],
            4 => &[0, 1, 3, 5],
            5 => &[0, 1, 2, 3, 4],
            6 => &[0, 1, 2, 3, 4, 5],
            _ => return Days::EVERY,
        };
        Days(picked.iter().fold(0, |bits, &day| bits | 1 << day))
    }

    pub fn contains(self, day: Weekday) -> bool {
        self.0 & 1 << day.num_days_from_monday() != 0
    }

    pub fn with(self, day: Weekday, on: bool) -> Days {
        let bit = 1 << day.num_days_from_monday();
        Days(if on { self.0 | bit } else { self.0 & !bit })
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether `date`'s day of the week is one of these.
    pub fn includes(self, date: chrono::NaiveDate) -> bool {
        self.contains(date.weekday())
    }

    /// "Every day", "Mon–Fri" or "Mon, Wed, Fri".
    pub fn describe(self) -> String {
        match self.0 {
            0b111_1111 => t!("days-every"),
            0b001_1111 => t!("days-weekdays"),
            0 => t!("days-none"),
            bits => (0..7)
                .filter(|day| bits & 1 << day != 0)
                .filter_map(|day| chrono::Weekday::try_from(day as u8).ok())
                .map(crate::dates::weekday_short)
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

impl Serialize for Days {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let names = (0..7).filter(|day| self.0 & 1 << day != 0);
        serializer.collect_seq(names.map(|day| DAY_NAMES[day]))
    }
}

impl<'de> Deserialize<'de> for Days {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Days, D::Error> {
        struct Names;
        impl<'de> de::Visitor<'de> for Names {
            type Value = Days;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of days such as [\"mon\", \"wed\"]")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Days, A::Error> {
                let mut bits = 0u8;
                while let Some(name) = seq.next_element::<std::borrow::Cow<'de, str>>()? {
                    let lower = name.to_ascii_lowercase();
                    let day = (0..7)
                        .find(|&day| lower == DAY_NAMES[day] || lower == FULL_NAMES[day])
                        .ok_or_else(|| {
                            de::Error::custom(format!(
                                "“{name}” is not a day of the week: use mon, tue, wed, thu, \
                                 fri, sat or sun"
                            ))
                        })?;
                    bits |= 1 << day;
                }
                Ok(Days(bits))
            }
        }
        deserializer.deserialize_seq(Names)
    }
}
