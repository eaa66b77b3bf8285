//! The History screen's calendar: one cell a day, Monday to Sunday down,
//! weeks across, the last column the week of today. Each cell has its
//! minutes and a level (0 = nothing that day, up to `LEVELS - 1` for the
//! busiest day shown), so the view only picks colours.

use super::stats::{Totals, week_start};
use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeMap;

/// Weeks the calendar shows.
pub const WEEKS: usize = 12;
/// Colour steps, the empty day included.
pub const LEVELS: u8 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    pub minutes: u64,
    pub level: u8,
    pub today: bool,
    /// After today: drawn as nothing.
    pub future: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// Columns of seven days (Monday first), oldest week first.
    pub weeks: Vec<[Day; 7]>,
    /// Month names and the column they start in.
    pub months: Vec<(usize, String)>,
    /// Days with some exercise, and their minutes, over the whole grid.
    pub active_days: usize,
    pub minutes: u64,
}

/// The `weeks` weeks up to the week of `today`.
pub fn calendar(per_day: &BTreeMap<NaiveDate, Totals>, today: NaiveDate, weeks: usize) -> Calendar {
    let last_monday = week_start(today);
    let first = last_monday - Days::new(7 * weeks.saturating_sub(1) as u64);
    let busiest = per_day
        .range(first..=today)
        .map(|(_, t)| t.minutes)
        .max()
        .unwrap_or(0);
    let columns: Vec<[Day; 7]> = (0..weeks)
        .map(|w| {
            let monday = first + Days::new(7 * w as u64);
            std::array::from_fn(|d| {
                let date = monday + Days::new(d as u64);
                let minutes = per_day.get(&date).map_or(0, |t| t.minutes);
                Day {
                    date,
                    minutes,
                    level: level(minutes, busiest),
                    today: date == today,
                    future: date > today,
                }
            })
        })
        .collect();
    let shown = columns.iter().flatten().filter(|d| !d.future);
    let (active_days, minutes) = shown.fold((0, 0), |(days, total), d| {
        (days + usize::from(d.minutes > 0), total + d.minutes)
    });
    Calendar {
        months: months(&columns),
        weeks: columns,
        active_days,
        minutes,
    }
}

/// 0 for no minutes, else 1 to `LEVELS - 1` in proportion to the busiest.
pub fn level(minutes: u64, busiest: u64) -> u8 {
    if minutes == 0 || busiest == 0 {
        return 0;
    }
    let steps = u64::from(LEVELS - 1);
    let step = (minutes * steps).div_ceil(busiest).clamp(1, steps);
    u8::try_from(step).unwrap_or(LEVELS - 1)
}

/// A label over each column holding a month's 1st, and one over the first
/// column unless a label follows too close to it.
fn months(columns: &[[Day; 7]]) -> Vec<(usize, String)> {
    let name = |date: NaiveDate| date.format("%b").to_string();
    let mut labels: Vec<(usize, String)> = columns
        .iter()
        .enumerate()
        .filter_map(|(c, days)| {
            days.iter()
                .find(|d| d.date.day() == 1)
                .map(|d| (c, name(d.date)))
        })
        .collect();
    let room = labels.first().is_none_or(|(c, _)| *c >= 3);
    if let (true, Some(first)) = (room, columns.first()) {
        labels.insert(0, (0, name(first[0].date)));
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    fn totals(minutes: u64) -> Totals {
        Totals {
            sessions: 1,
            completed: 1,
            minutes,
        }
    }

    #[test]
    fn twelve_columns_of_monday_to_sunday_ending_with_the_week_of_today() {
        let today = day(2026, 11, 27); // a Friday
        let grid = calendar(&BTreeMap::new(), today, WEEKS);
        assert_eq!(grid.weeks.len(), 12);
        assert_eq!(grid.weeks[11][0].date, day(2026, 11, 23));
        assert_eq!(grid.weeks[0][0].date, day(2026, 9, 7));
        assert!(grid.weeks[11][4].today);
        assert!(grid.weeks[11][5].future && grid.weeks[11][6].future);
        assert!(!grid.weeks[11][4].future);
        assert_eq!(grid.active_days, 0);
    }

    #[test]
    fn levels_follow_the_minutes_and_days_outside_are_ignored() {
        let today = day(2026, 11, 27);
        let per_day = BTreeMap::from([
            (day(2026, 11, 26), totals(40)),
            (day(2026, 11, 25), totals(10)),
            (day(2026, 11, 24), totals(1)),
            (day(2026, 1, 1), totals(500)),
            (day(2026, 11, 30), totals(900)),
        ]);
        let grid = calendar(&per_day, today, WEEKS);
        let week = &grid.weeks[11];
        assert_eq!((week[3].minutes, week[3].level), (40, 4));
        assert_eq!((week[2].minutes, week[2].level), (10, 1));
        assert_eq!(week[1].level, 1);
        assert_eq!(week[0].level, 0);
        assert_eq!((grid.active_days, grid.minutes), (3, 51));
    }

    #[test]
    fn level_is_zero_only_for_an_empty_day() {
        assert_eq!(level(0, 30), 0);
        assert_eq!(level(1, 1000), 1);
        assert_eq!(level(16, 30), 3);
        assert_eq!(level(30, 30), 4);
        assert_eq!(level(5, 0), 0);
    }

    #[test]
    fn months_are_labelled_where_they_begin() {
        let grid = calendar(&BTreeMap::new(), day(2026, 11, 27), WEEKS);
        let labels: Vec<(usize, &str)> =
            grid.months.iter().map(|(c, n)| (*c, n.as_str())).collect();
        // Columns start 7 Sep; 1 Oct is in column 3, 1 Nov in column 7.
        assert_eq!(labels, vec![(0, "Sep"), (3, "Oct"), (7, "Nov")]);
    }

    #[test]
    fn no_first_label_crowding_the_next_month() {
        let grid = calendar(&BTreeMap::new(), day(2026, 12, 16), WEEKS);
        // Columns start 28 Sep; 1 Oct is in the first column itself.
        assert_eq!(grid.months[0], (0, "Oct".to_string()));
        assert!(grid.months.iter().all(|(_, n)| n != "Sep"));
    }
}
