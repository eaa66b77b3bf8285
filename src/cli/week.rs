//! `--week N`: which week of a programme that changes week by week to
//! plan or play; without it, the week today falls in.

use crate::core::history;
use crate::core::routine::{Routine, Week};
use crate::core::store::data_dir;
use crate::core::{t, today};
use chrono::Local;
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
            let records = data_dir()
                .and_then(|dir| history::load_all(&dir).ok())
                .map(|loaded| loaded.records)
                .unwrap_or_default();
            today::week_of(routine, &records, Local::now().date_naive())
                .unwrap_or(Week::of_programme(1, of))
        }
    };
    (routine.in_week(week.asked()), Some(week))
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
