//! `--week N`: which week of a programme that changes week by week to
//! plan or play; without it, the week today falls in.

use crate::core::history;
use crate::core::routine::{Routine, Week};
use crate::core::store::data_dir;
use crate::core::t;
use chrono::{Local, NaiveDate};
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct WeekArg {
    #[arg(long, value_name = "N", value_parser = week_number)]
    pub week: Option<u32>,
}

fn week_number(text: &str) -> Result<u32, String> {
    let most = crate::core::routine::weeks::MAX_WEEKS;
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=most).contains(n))
        .ok_or_else(|| t!("cli-expected-week", most = most))
}

/// The routine as done in the week `asked` for, or in the week today
/// falls in; and that week, for a programme that changes by week.
pub fn chosen(routine: &Routine, asked: Option<u32>) -> (Routine, Option<Week>) {
    let Some(of) = routine.programme_weeks() else {
        return (routine.clone(), None);
    };
    let week = match asked {
        Some(asked) => Week::of_programme(asked, of),
        None => {
            let today = Local::now().date_naive();
            let first = first_session(&routine.stable_id());
            routine
                .week_on(today, first)
                .unwrap_or(Week::of_programme(1, of))
        }
    };
    (routine.in_week(week.number), Some(week))
}

/// The day of the first logged session of the routine with `id`.
fn first_session(id: &str) -> Option<NaiveDate> {
    let path = data_dir()?.join(history::FILE_NAME);
    let loaded = history::load(&path).ok()?;
    loaded
        .records
        .iter()
        .filter(|record| record.routine_id == id)
        .map(|record| record.started_at.date_naive())
        .min()
}

/// "Week 3 of 6", and what to do once the programme is over.
pub fn say(week: Option<Week>, out: &mut dyn Write) -> std::io::Result<()> {
    let Some(week) = week else {
        return Ok(());
    };
    writeln!(
        out,
        "{}",
        t!("plan-week", week = week.number, weeks = week.of)
    )?;
    if week.complete {
        writeln!(out, "{}", t!("plan-programme-complete", weeks = week.of))?;
    }
    Ok(())
}

/// The week as JSON: {"number", "of", "complete"}.
pub fn json(week: Week) -> serde_json::Value {
    serde_json::json!({"number": week.number, "of": week.of, "complete": week.complete})
}
