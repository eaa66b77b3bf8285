//! What the Today screen shows: which routines are due, the one to start,
//! the streak and the latest pain ratings. Pure: the library entries, the
//! history and the local date are arguments.

#[cfg(test)]
mod tests;

use crate::catalogue::Catalogue;
use crate::history::stats::{self, warning_message};
use crate::library::Entry;
use crate::routine::{Routine, Week};
use crate::session::SessionRecord;
use crate::t;
use chrono::{DateTime, FixedOffset, NaiveDate};
use std::collections::HashMap;

/// One routine as Today lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueRoutine {
    /// The library entry's key.
    pub key: String,
    pub title: String,
    pub duration_ms: u64,
    /// Completed sessions today.
    pub done_today: usize,
    pub times_per_day: Option<u32>,
    /// "1 of 2 done today", "Done today", "Not done today".
    pub status: String,
    /// Prescribed more times today than done so far.
    pub due: bool,
    /// For a programme that changes week by week: where it stands today.
    pub programme: Option<ProgrammeWeek>,
}

/// The week a programme is in, and what that week changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeWeek {
    pub week: Week,
    /// "Child's Pose: hold 30 s (was 20 s)", one line per changed step.
    pub changes: Vec<String>,
}

/// The week of a programme `date` falls in: week 1 begins on its `starts`
/// day, or else on the day of its first session in `records` (or today,
/// before any). None for a routine that is the same every week.
pub fn week_of(routine: &Routine, records: &[SessionRecord], date: NaiveDate) -> Option<Week> {
    let id = routine.stable_id();
    let first = records
        .iter()
        .filter(|record| record.routine_id == id)
        .map(stats::date)
        .min();
    routine.week_on(date, first)
}

/// The routine as done on `date`: a programme's week, or the routine.
pub fn routine_on(routine: &Routine, records: &[SessionRecord], date: NaiveDate) -> Routine {
    match week_of(routine, records, date) {
        Some(week) => routine.in_week(week.asked()),
        None => routine.clone(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Today {
    /// The readable routines: due ones first, then the others, each group
    /// in library order.
    pub routines: Vec<DueRoutine>,
    /// The routine of the big Start button, an index into `routines`.
    pub next: Option<usize>,
    /// Days in a row, up to today or yesterday.
    pub streak: u32,
    /// Before and after of the latest session rated both times.
    pub last_pain: Option<(u8, u8)>,
    /// Set when the two latest rated sessions both left more pain.
    pub warning: Option<String>,
    /// Sessions in the whole history, stopped ones too.
    pub sessions: usize,
}

/// What the Today screen shows on `date`.
pub fn today(entries: &[Entry], records: &[SessionRecord], date: NaiveDate) -> Today {
    // A sync engine's conflict copy waits on the Routines page to be
    // settled; it is not a routine of its own.
    let readable: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.routine.is_ok() && e.conflict_of.is_none())
        .collect();
    let usage = usage(&readable, records, date);
    let mut routines: Vec<(DueRoutine, Option<DateTime<FixedOffset>>)> = readable
        .iter()
        .zip(usage)
        .map(|(entry, (done, last))| (due_routine(entry, done, records, date), last))
        .collect();
    // A stable sort: each group keeps the library order.
    routines.sort_by_key(|(routine, _)| !routine.due);
    let next = routines
        .iter()
        .position(|(routine, _)| routine.due)
        .or_else(|| most_recent(&routines))
        .or(if routines.is_empty() { None } else { Some(0) });
    let all: Vec<&SessionRecord> = records.iter().collect();
    let trend = stats::pain_trend(&all);
    let latest = &trend[trend.len().saturating_sub(2)..];
    Today {
        routines: routines.into_iter().map(|(routine, _)| routine).collect(),
        next,
        streak: stats::streak(&all, date).current,
        last_pain: trend.last().map(|p| (p.before, p.after)),
        warning: stats::warning(latest).map(|_| warning_message()),
        sessions: records.len(),
    }
}

/// For each entry: completed sessions on `date`, and when it was last
/// started. A record belongs to the entry with its routine id or, when no
/// entry has that id (the routine was edited since), the same title.
fn usage(
    entries: &[&Entry],
    records: &[SessionRecord],
    date: NaiveDate,
) -> Vec<(usize, Option<DateTime<FixedOffset>>)> {
    let mut by_id = HashMap::new();
    let mut by_title = HashMap::new();
    for (index, entry) in entries.iter().enumerate().rev() {
        if let Some(id) = &entry.routine_id {
            let _ = by_id.insert(id.as_str(), index);
        }
        let _ = by_title.insert(entry.title.as_str(), index);
    }
    let mut usage = vec![(0, None); entries.len()];
    for record in records {
        let owner = by_id
            .get(record.routine_id.as_str())
            .or_else(|| by_title.get(record.routine_title.as_str()));
        let Some(&index) = owner else { continue };
        let (done, last) = &mut usage[index];
        if record.completed && stats::date(record) == date {
            *done += 1;
        }
        if last.is_none_or(|last| record.started_at > last) {
            *last = Some(record.started_at);
        }
    }
    usage
}

fn due_routine(
    entry: &Entry,
    done_today: usize,
    records: &[SessionRecord],
    date: NaiveDate,
) -> DueRoutine {
    let times_per_day = entry
        .routine
        .as_ref()
        .ok()
        .and_then(|r| r.prescription)
        .and_then(|p| p.times_per_day)
        .filter(|&n| n > 0);
    let (status, due) = match times_per_day {
        Some(n) if done_today > n as usize => (
            t!("today-done-over", done = done_today, prescribed = n),
            false,
        ),
        Some(n) => (
            t!("today-done-of", done = done_today, prescribed = n),
            done_today < n as usize,
        ),
        None if done_today > 0 => (t!("today-done"), false),
        None => (t!("today-not-done"), false),
    };
    let programme = entry.routine.as_ref().ok().and_then(|routine| {
        let week = week_of(routine, records, date)?;
        let changes = match week.complete {
            true => Vec::new(),
            false => routine.changes_in(week.number, Catalogue::builtin()),
        };
        Some((
            routine.in_week(week.number),
            ProgrammeWeek { week, changes },
        ))
    });
    DueRoutine {
        key: entry.key.clone(),
        title: entry.title.clone(),
        duration_ms: programme
            .as_ref()
            .map_or(entry.duration_ms, |(routine, _)| {
                routine.duration_ms(Catalogue::builtin())
            }),
        done_today,
        times_per_day,
        status,
        due,
        programme: programme.map(|(_, programme)| programme),
    }
}

/// The routine started most recently, if any has been.
fn most_recent(routines: &[(DueRoutine, Option<DateTime<FixedOffset>>)]) -> Option<usize> {
    routines
        .iter()
        .enumerate()
        .filter_map(|(index, (_, last))| last.map(|last| (last, index)))
        .max_by_key(|&(last, index)| (last, std::cmp::Reverse(index)))
        .map(|(_, index)| index)
}
