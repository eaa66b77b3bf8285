//! Checks what version 2 adds to a step: the weeks it runs in and the
//! changes of its dose, and that every week of the programme has a step.

use super::Check;
use super::value::describe;
use crate::json_span::child;
use crate::routine::Routine;
use crate::routine::weeks::{MAX_PROGRESS, MAX_WEEKS};
use crate::t;
use serde_json::{Map, Value};

const CHANGE_FIELDS: &[&str] = &[
    "from_week",
    "hold_seconds",
    "reps",
    "sets",
    "rest_seconds",
    "set_rest_seconds",
    "breathing",
];

impl Check<'_> {
    /// A field that only version 2 has, in a file that says version 1.
    pub(super) fn version_2_only(&mut self, pointer: &str, field: &str) {
        if self.version == Some(1) {
            self.problem(pointer, true, || t!("check-needs-version-2", field = field));
        }
    }

    /// `from_week`, `until_week` and `progress` of the step at `pointer`;
    /// `hold` is the step's own hold, for the breathing of a change.
    pub(super) fn step_weeks(
        &mut self,
        pointer: &str,
        map: &Map<String, Value>,
        hold: Option<u64>,
    ) {
        let last = self.weeks.unwrap_or(u64::from(MAX_WEEKS));
        let mut bounds = [None, None];
        for (slot, field) in ["from_week", "until_week"].into_iter().enumerate() {
            let Some(value) = map.get(field) else {
                continue;
            };
            let at = child(pointer, field);
            self.version_2_only(&at, field);
            self.needs_length(&at, field);
            bounds[slot] = self.week(&at, value, field);
        }
        if let [Some(from), Some(until)] = bounds
            && from > until
        {
            self.problem(&child(pointer, "until_week"), false, || {
                t!("check-weeks-reversed", from = from, until = until)
            });
        }
        let range = (bounds[0].unwrap_or(1), bounds[1].unwrap_or(last));
        if let Some(progress) = map.get("progress") {
            let at = child(pointer, "progress");
            self.version_2_only(&at, "progress");
            self.needs_length(&at, "progress");
            self.progress(&at, progress, range, hold);
        }
    }

    /// A week of the programme: 1 to 52, and not past its `weeks`.
    fn week(&mut self, pointer: &str, value: &Value, field: &str) -> Option<u64> {
        let week = self.whole(pointer, value, field, (1, u64::from(MAX_WEEKS)), "weeks")?;
        match self.weeks {
            Some(weeks) if week > weeks => {
                self.problem(pointer, false, || {
                    t!(
                        "check-week-past-end",
                        field = field,
                        week = week,
                        weeks = weeks
                    )
                });
                None
            }
            _ => Some(week),
        }
    }

    /// Weeks mean nothing without the programme's length.
    fn needs_length(&mut self, pointer: &str, field: &str) {
        if self.weeks.is_none() {
            self.problem(pointer, true, || {
                t!("check-weeks-need-length", field = field)
            });
        }
    }

    fn progress(
        &mut self,
        pointer: &str,
        value: &Value,
        (from, until): (u64, u64),
        hold: Option<u64>,
    ) {
        let Value::Array(changes) = value else {
            self.problem(pointer, false, || {
                t!("check-progress-not-list", found = describe(value))
            });
            return;
        };
        if changes.len() > MAX_PROGRESS {
            self.problem(pointer, false, || {
                t!("check-too-many-changes", most = MAX_PROGRESS)
            });
            return;
        }
        let mut previous = None;
        for (index, change) in changes.iter().enumerate() {
            let at = child(pointer, &index.to_string());
            let what = t!("check-what-change", number = index + 1);
            let Some(map) = self.object(&at, change, &what, CHANGE_FIELDS) else {
                continue;
            };
            let week = self
                .required(&at, map, "from_week", &what)
                .and_then(|v| self.week(&child(&at, "from_week"), v, "from_week"));
            if let Some(week) = week {
                let week_at = child(&at, "from_week");
                if let Some(before) = previous.filter(|before| week <= *before) {
                    self.problem(&week_at, false, || {
                        t!("check-change-order", week = week, before = before)
                    });
                } else if !(from..=until).contains(&week) {
                    self.problem(&week_at, false, || {
                        t!(
                            "check-change-outside",
                            week = week,
                            from = from,
                            until = until
                        )
                    });
                }
                previous = Some(week);
            }
            let _ = self.doses(&at, map, hold);
            if !map.keys().any(|key| key != "from_week") {
                self.problem(&at, false, || t!("check-change-nothing"));
            }
        }
    }

    /// Every week of a programme has at least one step.
    pub(super) fn empty_weeks(&mut self, routine: &Routine) {
        let Some(weeks) = routine.programme_weeks() else {
            return;
        };
        let no_step = |week: &u32| !routine.steps.iter().any(|step| step.runs_in(*week));
        let Some(week) = (1..=weeks).find(no_step) else {
            return;
        };
        self.problem("/steps", false, || t!("check-week-empty", week = week));
    }
}

#[cfg(test)]
mod tests;
