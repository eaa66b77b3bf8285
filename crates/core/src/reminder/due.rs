//! Which reminder slots are due. A slot is one time of day on one date; it
//! is due when its time passed within the last hour, it has not been
//! announced yet (or its snooze has run out) and the routine has not been
//! done since the slot began.

use super::{ClockTime, Reminder, SNOOZE_MINUTES, State, WINDOW_MINUTES};
use crate::session::SessionRecord;
use chrono::{DateTime, Duration, FixedOffset, LocalResult, NaiveDate, TimeZone};
use std::collections::BTreeMap;

/// One reminder time of one routine on one date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// The routine's library key.
    pub key: String,
    pub time: ClockTime,
    /// When the slot began, with the local offset of that moment.
    pub at: DateTime<FixedOffset>,
}

/// A slot to announce, and since when (its time, or the end of a snooze).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueSlot {
    pub slot: Slot,
    pub since: DateTime<FixedOffset>,
}

/// The moment `time` on `date` happens in `zone`. A time skipped by a
/// clock change (02:30 when clocks go from 02:00 to 03:00) happens an hour
/// later on the wall clock, at the same instant the old offset would give;
/// a time that happens twice (clocks going back) is its first.
pub fn slot_start<Tz: TimeZone>(
    zone: &Tz,
    date: NaiveDate,
    time: ClockTime,
) -> Option<DateTime<FixedOffset>> {
    let local = date.and_time(time.naive());
    let at = match zone.from_local_datetime(&local) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => at,
        LocalResult::None => zone
            .from_local_datetime(&(local + Duration::hours(1)))
            .earliest()?,
    };
    Some(at.fixed_offset())
}

/// Every slot that could be due at `now` by the settings and what was
/// already announced, before the history is looked at: today's and
/// yesterday's (a 23:30 slot is still due at 00:10).
pub fn candidates<Tz: TimeZone>(
    reminders: &BTreeMap<String, Reminder>,
    state: &State,
    now: &DateTime<Tz>,
) -> Vec<DueSlot> {
    let window = Duration::minutes(WINDOW_MINUTES);
    let now_fixed = now.fixed_offset();
    let today = now.date_naive();
    let mut due = Vec::new();
    for (key, reminder) in reminders.iter().filter(|(_, r)| r.on) {
        for date in [today.pred_opt(), Some(today)].into_iter().flatten() {
            if !reminder.days.includes(date) {
                continue;
            }
            for &time in &reminder.times {
                let Some(at) = slot_start(&now.timezone(), date, time) else {
                    continue;
                };
                let since = match state.find(key, at) {
                    None => at,
                    Some(seen) => match seen.again_at {
                        Some(again) => again,
                        None => continue,
                    },
                };
                if since <= now_fixed && now_fixed < since + window {
                    let key = key.clone();
                    let slot = Slot { key, time, at };
                    due.push(DueSlot { slot, since });
                }
            }
        }
    }
    due.sort_by_key(|d| d.slot.at);
    due
}

/// Whether a session of the routine (by id, or by title for records from
/// before an edit) was completed at or after `since`.
pub fn done_since(
    records: &[SessionRecord],
    routine_id: &str,
    title: &str,
    since: DateTime<FixedOffset>,
) -> bool {
    records.iter().any(|r| {
        r.completed
            && r.ended_at >= since
            && (r.routine_id == routine_id || r.routine_title == title)
    })
}

/// Today's slots whose time has passed and that were not followed by a
/// session: for each routine its latest such slot, by time. Announcing and
/// snoozing do not matter here: the Today screen shows what is still owed.
pub fn overdue<Tz: TimeZone>(
    reminders: &BTreeMap<String, Reminder>,
    now: &DateTime<Tz>,
    done: impl Fn(&str, DateTime<FixedOffset>) -> bool,
) -> Vec<Slot> {
    let now_fixed = now.fixed_offset();
    let today = now.date_naive();
    let mut overdue: Vec<Slot> = reminders
        .iter()
        .filter(|(_, r)| r.on && r.days.includes(today))
        .filter_map(|(key, reminder)| {
            reminder
                .times
                .iter()
                .filter_map(|&time| Some((time, slot_start(&now.timezone(), today, time)?)))
                .filter(|&(_, at)| at <= now_fixed && !done(key, at))
                .max_by_key(|&(_, at)| at)
                .map(|(time, at)| Slot {
                    key: key.clone(),
                    time,
                    at,
                })
        })
        .collect();
    overdue.sort_by_key(|s| s.at);
    overdue
}

/// When a slot snoozed at `now` comes back.
pub fn snoozed_until(now: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    now + Duration::minutes(SNOOZE_MINUTES)
}
