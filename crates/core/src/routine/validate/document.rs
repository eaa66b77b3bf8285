//! Checks the top of a routine file: its header, prescription and steps.

use super::value::{describe, quote_value};
use super::{Check, MAX_STEPS};
use crate::json_span::child;
use crate::routine::weeks::{MAX_ID_CHARS, MAX_WEEKS};
use crate::routine::{FORMAT, LATEST_VERSION};
use crate::t;
use serde_json::{Map, Value};

const TOP_FIELDS: &[&str] = &[
    "format",
    "version",
    "id",
    "title",
    "author",
    "notes",
    "prescription",
    "starts",
    "get_ready_seconds",
    "steps",
];
const PRESCRIPTION_FIELDS: &[&str] = &["times_per_day", "days_per_week", "weeks"];

impl Check<'_> {
    /// `steps_left_out`: steps past the first `MAX_STEPS + 1`, which were
    /// counted but not read.
    pub(super) fn routine(&mut self, value: &Value, steps_left_out: usize) {
        let routine = t!("check-what-routine");
        let Some(map) = self.object("", value, &routine, TOP_FIELDS) else {
            return;
        };
        self.header(map);
        self.weeks = map
            .get("prescription")
            .and_then(|p| p.get("weeks"))
            .and_then(Value::as_u64)
            .filter(|weeks| (1..=u64::from(MAX_WEEKS)).contains(weeks));
        for (field, v) in map {
            let pointer = child("", field);
            match field.as_str() {
                "id" => self.id(&pointer, v),
                "starts" => self.starts(&pointer, v),
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
            let _ = self.required("", map, field, &routine);
        }
    }

    fn header(&mut self, map: &Map<String, Value>) {
        let routine = t!("check-what-routine");
        match self.required("", map, "format", &routine) {
            Some(Value::String(f)) if f == FORMAT => {}
            Some(other) => self.problem("/format", false, || {
                t!("check-format", format = FORMAT, found = quote_value(other))
            }),
            None => {}
        }
        let Some(version) = self.required("", map, "version", &routine) else {
            return;
        };
        match version.as_u64() {
            Some(v @ 1..=LATEST_VERSION) => self.version = Some(v),
            Some(v) if v > LATEST_VERSION => self.problem("/version", false, || {
                t!("check-newer-version", found = v, version = LATEST_VERSION)
            }),
            _ => self.problem("/version", false, || {
                t!(
                    "check-version",
                    version = LATEST_VERSION,
                    found = quote_value(version)
                )
            }),
        }
    }

    /// `id`: letters, digits, '-' and '_', so that it can go anywhere
    /// (history lines, file names) as it is.
    fn id(&mut self, pointer: &str, value: &Value) {
        self.version_2_only(pointer, "id");
        let fits = value.as_str().is_some_and(|id| {
            (1..=MAX_ID_CHARS).contains(&id.chars().count())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
        if !fits {
            self.problem(pointer, false, || {
                t!("check-id", most = MAX_ID_CHARS, found = quote_value(value))
            });
        }
    }

    fn starts(&mut self, pointer: &str, value: &Value) {
        self.version_2_only(pointer, "starts");
        let date = value
            .as_str()
            .and_then(|text| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok());
        if date.is_none() {
            self.problem(pointer, false, || {
                t!("check-starts", found = quote_value(value))
            });
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
                t!("check-steps-not-list", found = found)
            });
            return;
        };
        if steps.is_empty() {
            self.problem(pointer, false, || t!("check-steps-empty"));
        }
        let count = steps.len() + left_out;
        if count > MAX_STEPS {
            self.problem(pointer, false, || {
                t!("check-too-many-steps", most = MAX_STEPS, count = count)
            });
        }
        // Past the limit the file is wrong anyway; checking every extra
        // step would only bury the first messages.
        for (index, step) in steps.iter().enumerate().take(MAX_STEPS) {
            self.step(&child(pointer, &index.to_string()), index + 1, step);
        }
    }
}
