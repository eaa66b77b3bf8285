//! Checks a routine file and reports every mistake with its position.
//!
//! Parsing happens in three passes: syntax (serde_json, which stops at the
//! first syntax error), then a walk over the `Value` that collects every
//! problem it can find, then the typed deserialisation. Positions come from
//! `json_span`, which indexes the same text.

use super::{FORMAT, MAX_SESSION_MS, Routine, Sides, VERSION, problem_at_start};
use super::{MAX_FILE_BYTES, MAX_HOLD_SECONDS, MAX_REPEATS, MAX_STEPS};
use crate::core::catalogue::Catalogue;
use crate::core::json_span::{Spans, child};
use crate::core::location::{Position, Problem};
use crate::core::plan::Plan;
use crate::core::suggest::nearest;
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
const STEP_FIELDS: &[&str] = &[
    "pose",
    "custom",
    "hold_seconds",
    "reps",
    "sets",
    "rest_seconds",
    "set_rest_seconds",
    "sides",
    "breathing",
    "note",
];
const CUSTOM_FIELDS: &[&str] = &["name", "instructions", "per_side"];
const BREATH_FIELDS: &[&str] = &[
    "inhale",
    "hold",
    "exhale",
    "hold_after",
    "alternate_nostrils",
];
const MAX_TEXT_CHARS: usize = 2000;

pub(super) fn parse(
    bytes: &[u8],
    file: &str,
    catalogue: &Catalogue,
) -> Result<Routine, Vec<Problem>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![problem_at_start(
            file,
            format!(
                "the file is larger than {} KiB; a routine file is small \
                 text, so check that this is the right file",
                MAX_FILE_BYTES / 1024
            ),
        )]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            let position = Position::of_offset(valid, valid.len());
            return Err(vec![Problem {
                file: file.to_string(),
                position,
                message: "the file is not UTF-8 text; save it as UTF-8".into(),
            }]);
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|error| {
        vec![Problem {
            file: file.to_string(),
            position: Position {
                line: error.line().max(1),
                column: error.column().max(1),
            },
            message: format!("not valid JSON: {}", syntax_message(&error)),
        }]
    })?;
    let spans = Spans::index(text, MAX_STEPS + 1);
    let mut check = Check {
        file,
        spans: &spans,
        problems: Vec::new(),
        catalogue,
    };
    for (pointer, position) in &spans.duplicates {
        check.problem_at(
            *position,
            format!("'{}' is given twice; keep only one", last_token(pointer)),
        );
    }
    check.routine(&value);
    if !check.problems.is_empty() {
        return Err(check.finish());
    }
    let routine: Routine = serde_json::from_value(value)
        .map_err(|error| vec![problem_at_start(file, format!("invalid routine: {error}"))])?;
    if check.session_length(&routine) {
        return Err(check.finish());
    }
    Ok(routine)
}

/// Hours with one decimal, rounded up so that a session just over the
/// limit never reads as exactly at it.
fn hours(ms: u64) -> String {
    let tenths = ms.div_ceil(360_000);
    format!("{}.{}", tenths / 10, tenths % 10)
}

fn syntax_message(error: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; we print the position first.
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

fn last_token(pointer: &str) -> String {
    let token = pointer.rsplit('/').next().unwrap_or_default();
    token.replace("~1", "/").replace("~0", "~")
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

struct Check<'a> {
    file: &'a str,
    spans: &'a Spans,
    catalogue: &'a Catalogue,
    problems: Vec<Problem>,
}

impl Check<'_> {
    fn finish(mut self) -> Vec<Problem> {
        self.problems.sort_by_key(|p| p.position);
        self.problems.dedup();
        self.problems
    }

    fn problem_at(&mut self, position: Position, message: String) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            position,
            message,
        });
    }

    /// The whole session must fit in `MAX_SESSION_MS`: worked out by
    /// arithmetic, step by step, before any timeline is built. Says
    /// whether it does not.
    fn session_length(&mut self, routine: &Routine) -> bool {
        let mut total_ms = 0u64;
        let mut first_over = None;
        for (index, ms) in Plan::step_durations_ms(routine, self.catalogue).enumerate() {
            total_ms = total_ms.saturating_add(ms);
            if first_over.is_none() && total_ms > MAX_SESSION_MS {
                first_over = Some(index);
            }
        }
        let Some(index) = first_over else {
            return false;
        };
        let message = format!(
            "the session would last {} hours; a session is at most {} hours, \
             and step {} takes it past that: give the steps fewer reps or \
             sets or shorter holds, or split the routine into several routines",
            hours(total_ms),
            MAX_SESSION_MS / 3_600_000,
            index + 1
        );
        self.problem(&format!("/steps/{index}"), false, message);
        true
    }

    fn problem(&mut self, pointer: &str, at_key: bool, message: String) {
        let position = if at_key {
            self.spans.key(pointer)
        } else {
            self.spans.value(pointer)
        };
        self.problem_at(position, message);
    }

    fn object<'v>(
        &mut self,
        pointer: &str,
        value: &'v Value,
        what: &str,
        allowed: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Value::Object(map) = value else {
            self.problem(
                pointer,
                false,
                format!(
                    "{what} must be an object {{ … }}, found {}",
                    describe(value)
                ),
            );
            return None;
        };
        for key in map.keys() {
            if allowed.contains(&key.as_str()) {
                continue;
            }
            let hint = match nearest(key, allowed.iter().copied()) {
                Some(near) => format!("; did you mean '{near}'?"),
                None => format!("; allowed fields are {}", allowed.join(", ")),
            };
            self.problem(
                &child(pointer, key),
                true,
                format!("unknown field '{key}' in {what}{hint}"),
            );
        }
        Some(map)
    }

    fn required<'v>(
        &mut self,
        pointer: &str,
        map: &'v Map<String, Value>,
        field: &str,
        what: &str,
    ) -> Option<&'v Value> {
        let found = map.get(field);
        if found.is_none() {
            self.problem(pointer, false, format!("{what} needs '{field}'"));
        }
        found
    }

    fn text(&mut self, pointer: &str, value: &Value, field: &str, non_empty: bool) {
        match value {
            Value::String(s) if non_empty && s.trim().is_empty() => {
                self.problem(pointer, false, format!("'{field}' must not be empty"));
            }
            Value::String(s) if s.chars().count() > MAX_TEXT_CHARS => {
                self.problem(
                    pointer,
                    false,
                    format!("'{field}' is longer than {MAX_TEXT_CHARS} characters; shorten it"),
                );
            }
            Value::String(_) => {}
            other => self.problem(
                pointer,
                false,
                format!(
                    "'{field}' must be text in quotes, found {}",
                    describe(other)
                ),
            ),
        }
    }

    /// A whole number in `min..=max`; `unit` ends the message ("seconds").
    fn whole(
        &mut self,
        pointer: &str,
        value: &Value,
        field: &str,
        min: u64,
        max: u64,
        unit: &str,
    ) -> Option<u64> {
        let expect = format!("'{field}' must be a whole number of {unit} from {min} to {max}");
        let Value::Number(number) = value else {
            self.problem(
                pointer,
                false,
                format!("{expect}, found {}", describe(value)),
            );
            return None;
        };
        match number.as_u64() {
            Some(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                self.problem(pointer, false, format!("{expect}, found {number}"));
                None
            }
        }
    }

    /// Seconds with at most one decimal, in `min..=max`.
    fn tenths(
        &mut self,
        pointer: &str,
        value: &Value,
        field: &str,
        min: f64,
        max: f64,
    ) -> Option<f64> {
        let expect = format!(
            "'{field}' must be a number of seconds from {min} to {max}, \
             in steps of 0.1"
        );
        let Some(seconds) = value.as_f64() else {
            self.problem(
                pointer,
                false,
                format!("{expect}, found {}", describe(value)),
            );
            return None;
        };
        let tenths = seconds * 10.0;
        let ok = seconds.is_finite()
            && (min..=max).contains(&seconds)
            && (tenths - tenths.round()).abs() < 1e-6;
        if !ok {
            self.problem(pointer, false, format!("{expect}, found {value}"));
            return None;
        }
        Some(seconds)
    }

    fn boolean(&mut self, pointer: &str, value: &Value, field: &str) {
        if !value.is_boolean() {
            self.problem(
                pointer,
                false,
                format!("'{field}' must be true or false, found {}", describe(value)),
            );
        }
    }

    fn routine(&mut self, value: &Value) {
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
                    let _ = self.whole(&pointer, v, field, 0, 600, "seconds");
                }
                "prescription" => self.prescription(&pointer, v),
                "steps" => self.steps(&pointer, v),
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
            Some(other) => self.problem(
                "/format",
                false,
                format!(
                    "'format' must be \"{FORMAT}\", found {other}; \
                 is this a Posewise routine file?"
                ),
            ),
            None => {}
        }
        let Some(version) = self.required("", map, "version", "the routine") else {
            return;
        };
        match version.as_u64() {
            Some(VERSION) => {}
            Some(v) if v > VERSION => self.problem(
                "/version",
                false,
                format!(
                    "this file needs Posewise format version {v} or newer; this \
                 is version {VERSION}: update Posewise to open it"
                ),
            ),
            _ => self.problem(
                "/version",
                false,
                format!("'version' must be {VERSION}, found {version}"),
            ),
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
            let _ = self.whole(&at, v, field, 1, max, unit);
        }
    }

    fn steps(&mut self, pointer: &str, value: &Value) {
        let Value::Array(steps) = value else {
            self.problem(
                pointer,
                false,
                format!(
                    "'steps' must be a list [ … ] of steps, found {}",
                    describe(value)
                ),
            );
            return;
        };
        if steps.is_empty() {
            self.problem(
                pointer,
                false,
                "'steps' is empty; add at least one step such as \
                 {\"pose\": \"balasana\", \"hold_seconds\": 30}"
                    .into(),
            );
        }
        if steps.len() > MAX_STEPS {
            self.problem(
                pointer,
                false,
                format!(
                    "a routine may have at most {MAX_STEPS} steps, this one has {}",
                    steps.len()
                ),
            );
        }
        // Past the limit the file is wrong anyway; checking every extra
        // step would only bury the first messages.
        for (index, step) in steps.iter().enumerate().take(MAX_STEPS) {
            self.step(&child(pointer, &index.to_string()), index + 1, step);
        }
    }
}

mod step;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_round_up_to_a_tenth() {
        assert_eq!(hours(MAX_SESSION_MS), "6.0");
        assert_eq!(hours(MAX_SESSION_MS + 1), "6.1");
        assert_eq!(hours(72_050_005_000), "20013.9");
        assert_eq!(hours(u64::MAX), "5124095576030.5");
    }
}
