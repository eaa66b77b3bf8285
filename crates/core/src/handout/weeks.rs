//! The handout's table of a programme that changes by week: one column for
//! each stage (the weeks between two changes), one row for each step, and
//! the dose of that stage in each cell.

use crate::catalogue::Catalogue;
use crate::dose::dose;
use crate::duration::format_duration;
use crate::report::escape;
use crate::routine::{Routine, Step};
use crate::t;
use std::fmt::Write;

pub const STYLE: &str = ".weeks{margin:3mm 0 4mm;break-inside:avoid;page-break-inside:avoid}\
.weeks table{border-collapse:collapse;width:100%;font-size:9pt;line-height:1.25}\
.weeks th,.weeks td{border:1px solid #c9d3dd;padding:1mm 1.5mm;text-align:left;vertical-align:top}\
.weeks thead th{background:#eef3f8}.weeks td.off{color:#8a96a3;text-align:center}\
.weeks tfoot th,.weeks tfoot td{font-weight:600}";

/// The stages of `routine`: each first and last week. Empty for a routine
/// that is the same every week.
pub fn stages(routine: &Routine) -> Vec<(u32, u32)> {
    let Some(of) = routine.programme_weeks() else {
        return Vec::new();
    };
    let starts = routine.phase_weeks();
    let ends = starts.iter().skip(1).map(|next| next - 1).chain([of]);
    starts.iter().copied().zip(ends).collect()
}

/// "Weeks 3–4", or "Week 5" for a stage of one week.
pub fn weeks_label(first: u32, last: u32) -> String {
    match first == last {
        true => t!("handout-week", week = first),
        false => t!("handout-weeks", first = first, last = last),
    }
}

/// The "Week by week" section; empty for a routine that is the same every
/// week.
pub fn table(routine: &Routine, catalogue: &Catalogue) -> String {
    let stages = stages(routine);
    if stages.is_empty() {
        return String::new();
    }
    let mut html = format!(
        "<section class=\"weeks\"><h2>{}</h2><table><thead><tr><th>{}</th>",
        escape(&t!("handout-week-by-week")),
        escape(&t!("handout-exercise")),
    );
    for &(first, last) in &stages {
        let _ = write!(html, "<th>{}</th>", escape(&weeks_label(first, last)));
    }
    html.push_str("</tr></thead><tbody>");
    for (number, step) in routine.steps.iter().enumerate() {
        let _ = write!(
            html,
            "<tr><th>{}. {}</th>",
            number + 1,
            escape(&step.name_in(catalogue))
        );
        for &(first, _) in &stages {
            match step.runs_in(first) {
                true => {
                    let cell = dose(&step.in_week(first), catalogue);
                    let _ = write!(html, "<td>{}</td>", escape(&cell));
                }
                false => {
                    let _ = write!(
                        html,
                        "<td class=\"off\" title=\"{0}\">–<span hidden>{0}</span></td>",
                        escape(&t!("handout-not-this-week"))
                    );
                }
            }
        }
        html.push_str("</tr>");
    }
    let _ = write!(
        html,
        "</tbody><tfoot><tr><th>{}</th>",
        escape(&t!("handout-session"))
    );
    for &(first, _) in &stages {
        let ms = routine.in_week(first).duration_ms(catalogue);
        let _ = write!(
            html,
            "<td>{}</td>",
            escape(&t!("handout-about", length = format_duration(ms)))
        );
    }
    html.push_str("</tr></tfoot></table></section>");
    html
}

/// Under a step of a programme: the weeks it runs in, and that its dose
/// changes; empty for a step that is the same every week.
pub fn step_weeks(step: &Step, of: u32) -> String {
    let mut lines = Vec::new();
    if step.from_week.is_some() || step.until_week.is_some() {
        let first = step.from_week.unwrap_or(1);
        let last = step.until_week.unwrap_or(of).min(of);
        lines.push(t!("handout-step-runs", weeks = weeks_label(first, last)));
    }
    if !step.progress.is_empty() {
        lines.push(t!("handout-step-changes"));
    }
    match lines.is_empty() {
        true => String::new(),
        false => format!("<p class=\"note\">{}</p>", escape(&lines.join(" "))),
    }
}
