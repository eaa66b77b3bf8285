//! Checks the top of a routine file: its header, prescription and steps.

use super::value::{describe, quote_value};
use super::{Check, MAX_STEPS};
use crate::json_span::child;
use crate::routine::{FORMAT, VERSION};
use serde_json::{Map, Value};

const TOP_FIELDS: &[&str] = &[
    "format",
    "version",
    "title",
    "author",
    "notes",
    "prescription",
    "get_ready_seconds",
    "steps",
];
const PRESCRIPTION_FIELDS: &[&str] = &["times_per_day", "days_per_week", "weeks"];

impl Check<'_> {
    /// `steps_left_out`: steps past the first `MAX_STEPS + 1`, which were
    /// counted but not read.
    pub(super) fn routine(&mut self, value: &Value, steps_left_out: usize) {
        let Some(map) = self.object("", value, "the routine", TOP_FIELDS) else {
            return;
        };
        self.header(map);
        for (field, v) in map {
            let pointer = child("", field);
            match field.as_str() {
                "title" => self.text(&pointer, v, field, true),
                "author" | "notes" => self.text(&pointer, v, field, false),
                "get_ready_seconds" => {
                    let _ = self.whole(&pointer, v, field, (0, 600), "seconds");
                }
                "prescription" => self.prescription(&pointer, v),
                "steps" => self.steps(&pointer, v, steps_left_out),
                _ => {}
            }
        }
        for field in ["title", "steps"] {
            let _ = self.required("", map, field, "the routine");
        }
    }

    fn header(&mut self, map: &Map<String, Value>) {
        match self.required("", map, "format", "the routine") {
            Some(Value::String(f)) if f == FORMAT => {}
            Some(other) => self.problem("/format", false, || {
                format!(
                    "'format' must be \"{FORMAT}\", found {}; is this a Posewise \
                     routine file?",
                    quote_value(other)
                )
            }),
            None => {}
        }
        let Some(version) = self.required("", map, "version", "the routine") else {
            return;
        };
        match version.as_u64() {
            Some(VERSION) => {}
            Some(v) if v > VERSION => self.problem("/version", false, || {
                format!(
                    "this file was made with a newer Posewise (routine format \
                     version {v}; this one reads version {VERSION}): update \
                     Posewise to open it"
                )
            }),
            _ => self.problem("/version", false, || {
                format!(
                    "'version' must be {VERSION}, found {}",
                    quote_value(version)
                )
            }),
        }
    }

    fn prescription(&mut self, pointer: &str, value: &Value) {
        let Some(map) = self.object(pointer, value, "'prescription'", PRESCRIPTION_FIELDS) else {
            return;
        };
        for (field, v) in map {
            let at = child(pointer, field);
            let (max, unit) = match field.as_str() {
                "times_per_day" => (12, "times"),
                "days_per_week" => (7, "days"),
                "weeks" => (52, "weeks"),
                _ => continue,
            };
            let _ = self.whole(&at, v, field, (1, max), unit);
        }
    }

    fn steps(&mut self, pointer: &str, value: &Value, left_out: usize) {
        let Value::Array(steps) = value else {
            self.problem(pointer, false, || {
                let found = describe(value);
                format!("'steps' must be a list [ … ] of steps, found {found}")
            });
            return;
        };
        if steps.is_empty() {
            self.problem(pointer, false, || {
                "'steps' is empty; add at least one step such as \
                 {\"pose\": \"balasana\", \"hold_seconds\": 30}"
                    .into()
            });
        }
        let count = steps.len() + left_out;
        if count > MAX_STEPS {
            self.problem(pointer, false, || {
                format!(
                    "a routine may have at most {MAX_STEPS} steps, this one has \
                     {count}; split it into several routines (steps after the \
                     {MAX_STEPS}th were not checked)"
                )
            });
        }
        // Past the limit the file is wrong anyway; checking every extra
        // step would only bury the first messages.
        for (index, step) in steps.iter().enumerate().take(MAX_STEPS) {
            self.step(&child(pointer, &index.to_string()), index + 1, step);
        }
    }
}
