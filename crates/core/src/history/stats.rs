//! Pure statistics over session records: no clock, no disk. A session
//! belongs to the local date it started on, in the offset it was recorded
//! with (the patient's day where they were). "Today" is an argument.
//!
//! Sessions and minutes count every session, stopped ones too; streaks and
//! adherence count completed sessions only.

mod pain;
#[cfg(test)]
mod tests;

use crate::routine::Prescription;
use crate::session::SessionRecord;
use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeMap;

pub use pain::{
    PainPoint, PainfulStep, Warning, average_change, last_time_it_hurt, pain_trend, painful_steps,
    warning, warning_message,
};

/// Sessions and minutes of one day or week.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub sessions: usize,
    pub completed: usize,
    pub minutes: u64,
}

impl Totals {
    fn add(&mut self, record: &SessionRecord) {
        self.sessions += 1;
        self.completed += usize::from(record.completed);
        self.minutes += record.active_seconds.div_ceil(60);
    }
}

/// The local date a session belongs to.
pub fn date(record: &SessionRecord) -> NaiveDate {
    record.started_at.date_naive()
}

/// The Monday of `date`'s week.
pub fn week_start(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// The records of one routine (title or id) between two dates, inclusive.
pub fn select<'a>(
    records: &'a [SessionRecord],
    routine: Option<&str>,
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
) -> Vec<&'a SessionRecord> {
    records
        .iter()
        .filter(|r| routine.is_none_or(|id| r.routine_id == id || r.routine_title == id))
        .filter(|r| since.is_none_or(|d| date(r) >= d))
        .filter(|r| until.is_none_or(|d| date(r) <= d))
        .collect()
}

pub fn per_day(records: &[&SessionRecord]) -> BTreeMap<NaiveDate, Totals> {
    let mut days = BTreeMap::<NaiveDate, Totals>::new();
    for record in records {
        days.entry(date(record)).or_default().add(record);
    }
    days
}

/// Keyed by each week's Monday.
pub fn per_week(records: &[&SessionRecord]) -> BTreeMap<NaiveDate, Totals> {
    let mut weeks = BTreeMap::<NaiveDate, Totals>::new();
    for record in records {
        weeks
            .entry(week_start(date(record)))
            .or_default()
            .add(record);
    }
    weeks
}

/// Sessions a day asks for: the prescription's times per day, or one.
fn times_per_day(prescription: Option<Prescription>) -> usize {
    prescription
        .and_then(|p| p.times_per_day)
        .map_or(1, |t| t.max(1) as usize)
}

/// The days that count for a streak: some routine done, that day, as many
/// times as its prescription asks (once without one).
pub fn counted_days(records: &[&SessionRecord]) -> Vec<NaiveDate> {
    let mut done = BTreeMap::<(NaiveDate, &str), (usize, usize)>::new();
    for record in records.iter().filter(|r| r.completed) {
        let entry = done
            .entry((date(record), record.routine_id.as_str()))
            .or_insert((0, times_per_day(record.prescription)));
        entry.0 += 1;
    }
    let mut days: Vec<NaiveDate> = done
        .into_iter()
        .filter(|(_, (count, wanted))| count >= wanted)
        .map(|((day, _), _)| day)
        .collect();
    days.dedup();
    days
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Streak {
    /// Days in a row up to today, or up to yesterday while today is not
    /// done yet.
    pub current: u32,
    pub longest: u32,
}

pub fn streak(records: &[&SessionRecord], today: NaiveDate) -> Streak {
    let days = counted_days(records);
    let mut result = Streak::default();
    let mut run = 0;
    let mut previous: Option<NaiveDate> = None;
    for day in days.iter().copied().filter(|d| *d <= today) {
        let follows = previous.is_some_and(|p| p.succ_opt() == Some(day));
        run = if follows { run + 1 } else { 1 };
        result.longest = result.longest.max(run);
        previous = Some(day);
    }
    let yesterday = today.pred_opt();
    if previous == Some(today) || (previous.is_some() && previous == yesterday) {
        result.current = run;
    }
    result
}

/// Sessions done against sessions prescribed for one routine.
#[derive(Debug, Clone, PartialEq)]
pub struct Adherence {
    pub routine_id: String,
    pub routine_title: String,
    pub prescription: Option<Prescription>,
    pub done: usize,
    /// `None` when the routine has no prescription.
    pub prescribed: Option<f64>,
}

impl Adherence {
    /// Done / prescribed, as a percentage (may pass 100).
    pub fn percent(&self) -> Option<f64> {
        self.prescribed
            .filter(|p| *p > 0.0)
            .map(|p| 100.0 * self.done as f64 / p)
    }
}

/// Sessions a prescription asks for over `days` days.
pub fn prescribed(prescription: Option<Prescription>, days: u64) -> Option<f64> {
    let p = prescription?;
    let per_day = f64::from(p.times_per_day.unwrap_or(1));
    let per_week = f64::from(p.days_per_week.unwrap_or(7).min(7));
    Some(per_day * per_week * days as f64 / 7.0)
}

/// Adherence of every routine in `records` over `since..=until`, using
/// each routine's latest prescription.
pub fn adherence(records: &[&SessionRecord], since: NaiveDate, until: NaiveDate) -> Vec<Adherence> {
    let days = (until - since).num_days().max(-1) as u64 + 1;
    let mut by_routine = BTreeMap::<&str, Adherence>::new();
    for record in records {
        let entry = by_routine
            .entry(record.routine_id.as_str())
            .or_insert_with(|| Adherence {
                routine_id: record.routine_id.clone(),
                routine_title: record.routine_title.clone(),
                prescription: None,
                done: 0,
                prescribed: None,
            });
        entry.prescription = record.prescription.or(entry.prescription);
        let day = date(record);
        if record.completed && day >= since && day <= until {
            entry.done += 1;
        }
    }
    let mut all: Vec<Adherence> = by_routine.into_values().collect();
    for entry in &mut all {
        entry.prescribed = prescribed(entry.prescription, days);
    }
    all
}

/// One week of a report: done against prescribed, and minutes.
#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    pub start: NaiveDate,
    pub totals: Totals,
    pub prescribed: Option<f64>,
}

/// Every week from `since` to `until` (empty ones too), the prescription
/// pro rata for weeks cut by the range.
pub fn weeks(
    records: &[&SessionRecord],
    prescription: Option<Prescription>,
    since: NaiveDate,
    until: NaiveDate,
) -> Vec<Week> {
    let totals = per_week(records);
    let mut weeks = Vec::new();
    let mut start = week_start(since);
    while start <= until {
        let end = start + Days::new(6);
        let days = (end.min(until) - start.max(since)).num_days() as u64 + 1;
        weeks.push(Week {
            start,
            totals: totals.get(&start).copied().unwrap_or_default(),
            prescribed: prescribed(prescription, days),
        });
        start = start + Days::new(7);
    }
    weeks
}
