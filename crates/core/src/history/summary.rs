//! Everything the history screen, `posewise history` and the report show,
//! computed once from the selected records.

use super::stats::{self, Adherence, PainPoint, PainfulStep, Streak, Totals, Warning, Week};
use crate::session::SessionRecord;
use chrono::NaiveDate;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub since: NaiveDate,
    pub until: NaiveDate,
    pub streak: Streak,
    pub per_day: BTreeMap<NaiveDate, Totals>,
    pub adherence: Vec<Adherence>,
    /// Per week, against the prescription of the first routine with one.
    pub weeks: Vec<Week>,
    pub pain: Vec<PainPoint>,
    pub average_change: Option<f64>,
    pub painful: Vec<PainfulStep>,
    pub warning: Option<Warning>,
}

impl Summary {
    /// The summary of `records` (already selected) over `since..=until`;
    /// the streak is counted up to `today`.
    pub fn compute(
        records: &[&SessionRecord],
        since: NaiveDate,
        until: NaiveDate,
        today: NaiveDate,
    ) -> Summary {
        let adherence = stats::adherence(records, since, until);
        let prescription = adherence.iter().find_map(|a| a.prescription);
        let pain = stats::pain_trend(records);
        Summary {
            since,
            until,
            streak: stats::streak(records, today),
            per_day: stats::per_day(records),
            weeks: stats::weeks(records, prescription, since, until),
            adherence,
            average_change: stats::average_change(&pain),
            warning: stats::warning(&pain),
            pain,
            painful: stats::painful_steps(records),
        }
    }
}
