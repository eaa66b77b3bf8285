//! Pain before and after, painful exercises, and the gentle warning.

use super::date;
use crate::session::SessionRecord;
use crate::t;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The gentle warning, when pain rose two sessions in a row.
pub fn warning_message() -> String {
    t!("warning-pain-rose")
}

/// A session rated both before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PainPoint {
    pub date: NaiveDate,
    pub before: u8,
    pub after: u8,
}

impl PainPoint {
    pub fn change(self) -> i32 {
        i32::from(self.after) - i32::from(self.before)
    }
}

/// The rated sessions, oldest first.
pub fn pain_trend(records: &[&SessionRecord]) -> Vec<PainPoint> {
    let mut rated: Vec<(&SessionRecord, PainPoint)> = records
        .iter()
        .filter_map(|r| {
            let (before, after) = (r.pain_before?, r.pain_after?);
            Some((
                *r,
                PainPoint {
                    date: date(r),
                    before,
                    after,
                },
            ))
        })
        .collect();
    rated.sort_by_key(|(r, _)| r.started_at);
    rated.into_iter().map(|(_, point)| point).collect()
}

/// The average of after − before; negative means sessions ease the pain.
pub fn average_change(trend: &[PainPoint]) -> Option<f64> {
    if trend.is_empty() {
        return None;
    }
    let sum: i32 = trend.iter().map(|p| p.change()).sum();
    Some(f64::from(sum) / trend.len() as f64)
}

/// Two rated sessions in a row with pain after ≥ 2 above pain before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Warning {
    /// The dates of the latest such pair.
    pub first: NaiveDate,
    pub second: NaiveDate,
}

pub fn warning(trend: &[PainPoint]) -> Option<Warning> {
    trend
        .windows(2)
        .filter(|pair| pair.iter().all(|p| p.change() >= 2))
        .map(|pair| Warning {
            first: pair[0].date,
            second: pair[1].date,
        })
        .next_back()
}

/// An exercise marked "this hurts", and in how many sessions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PainfulStep {
    pub routine_title: String,
    pub routine_id: String,
    /// 0-based step index.
    pub step: usize,
    /// The exercise's name, when the record has it.
    pub name: String,
    pub count: usize,
}

/// Painful steps per routine, most often marked first.
pub fn painful_steps(records: &[&SessionRecord]) -> Vec<PainfulStep> {
    let mut counts = BTreeMap::<(&str, usize), PainfulStep>::new();
    for record in records {
        for &step in &record.painful_steps {
            let entry = counts
                .entry((record.routine_id.as_str(), step))
                .or_insert_with(|| PainfulStep {
                    routine_title: record.routine_title.clone(),
                    routine_id: record.routine_id.clone(),
                    step,
                    name: record.step_names.get(step).cloned().unwrap_or_default(),
                    count: 0,
                });
            entry.count += 1;
        }
    }
    let mut all: Vec<PainfulStep> = counts.into_values().collect();
    all.sort_by(|a, b| b.count.cmp(&a.count).then(a.step.cmp(&b.step)));
    all
}

/// A gentle word for the first get-ready of a routine's next session, when
/// something hurt in its last one: "Last time the Knee-to-chest stretch
/// hurt on the left: go gently." `records` in any order.
pub fn last_time_it_hurt(records: &[SessionRecord], routine_id: &str) -> Option<String> {
    let last = records
        .iter()
        .filter(|r| r.routine_id == routine_id)
        .max_by_key(|r| r.started_at)?;
    // The first hurt of that session, with its side when one was said.
    let (step, side) = match last.hurt_choices.first() {
        Some(hurt) => (hurt.step, hurt.side),
        None => (*last.painful_steps.first()?, None),
    };
    let name = last
        .step_names
        .get(step)
        .map_or_else(|| format!("step {}", step + 1), Clone::clone);
    let side = side.map_or_else(String::new, |s| format!(" on the {}", s.label()));
    Some(format!("Last time the {name} hurt{side}: go gently."))
}
