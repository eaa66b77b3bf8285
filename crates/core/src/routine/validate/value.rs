//! Checks of single values: kinds, ranges, lengths.

use super::{Check, MAX_TEXT_CHARS};
use crate::json_span::child;
use crate::suggest::nearest;
use crate::t;
use serde_json::{Map, Value};

/// What kind of value the file has, for "found …" messages.
pub(super) fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(_) => t!("check-found-bool"),
        Value::Number(_) => t!("check-found-number"),
        Value::String(_) => t!("check-found-text"),
        Value::Array(_) => t!("check-found-list"),
        Value::Object(_) => t!("check-found-object"),
    }
}

/// The field a pointer ends with, unescaped.
pub(super) fn last_token(pointer: &str) -> String {
    let token = pointer.rsplit('/').next().unwrap_or_default();
    token.replace("~1", "/").replace("~0", "~")
}

/// Text from the file, shortened for a message.
pub(super) fn quote(text: &str) -> String {
    const LONGEST: usize = 60;
    match text.char_indices().nth(LONGEST) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// A value from the file, shortened for a message.
pub(super) fn quote_value(value: &Value) -> String {
    match value {
        Value::String(text) => format!("\"{}\"", quote(text)),
        other => quote(&other.to_string()),
    }
}

impl Check<'_> {
    /// The object at `pointer`, after reporting its unknown fields.
    pub(super) fn object<'v>(
        &mut self,
        pointer: &str,
        value: &'v Value,
        what: &str,
        allowed: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Value::Object(map) = value else {
            self.problem(pointer, false, || {
                let found = describe(value);
                t!("check-not-object", what = what, found = found)
            });
            return None;
        };
        for key in map.keys() {
            if allowed.contains(&key.as_str()) {
                continue;
            }
            self.problem(&child(pointer, key), true, || {
                let quoted = quote(key);
                match nearest(key, allowed.iter().copied()) {
                    Some(near) => t!(
                        "check-unknown-field-near",
                        field = quoted,
                        what = what,
                        near = near
                    ),
                    None => t!(
                        "check-unknown-field",
                        field = quoted,
                        what = what,
                        allowed = allowed.join(", ")
                    ),
                }
            });
        }
        Some(map)
    }

    pub(super) fn required<'v>(
        &mut self,
        pointer: &str,
        map: &'v Map<String, Value>,
        field: &str,
        what: &str,
    ) -> Option<&'v Value> {
        let found = map.get(field);
        if found.is_none() {
            self.problem(pointer, false, || {
                t!("check-needs", what = what, field = field)
            });
        }
        found
    }

    /// Text of at most `longest` characters (and not blank if `non_empty`).
    pub(super) fn text_up_to(
        &mut self,
        pointer: &str,
        value: &Value,
        field: &str,
        non_empty: bool,
        longest: usize,
    ) {
        match value {
            Value::String(s) if non_empty && s.trim().is_empty() => {
                self.problem(pointer, false, || t!("check-empty", field = field));
            }
            Value::String(s) if s.chars().nth(longest).is_some() => {
                self.problem(pointer, false, || {
                    t!("check-too-long", field = field, longest = longest)
                });
            }
            Value::String(_) => {}
            other => self.problem(pointer, false, || {
                let found = describe(other);
                t!("check-not-text", field = field, found = found)
            }),
        }
    }

    pub(super) fn text(&mut self, pointer: &str, value: &Value, field: &str, non_empty: bool) {
        self.text_up_to(pointer, value, field, non_empty, MAX_TEXT_CHARS);
    }

    /// A whole number in `min..=max`; `unit` ends the message ("seconds").
    pub(super) fn whole(
        &mut self,
        pointer: &str,
        value: &Value,
        field: &str,
        (min, max): (u64, u64),
        unit: &str,
    ) -> Option<u64> {
        let number = value.as_u64().filter(|n| (min..=max).contains(n));
        if number.is_none() {
            self.problem(pointer, false, || {
                let found = match value {
                    Value::Number(n) => n.to_string(),
                    other => describe(other),
                };
                let unit = t!("check-unit", unit = unit);
                t!(
                    "check-not-whole",
                    field = field,
                    unit = unit,
                    min = min,
                    max = max,
                    found = found
                )
            });
        }
        number
    }

    /// Seconds with at most one decimal, in `min..=max`.
    pub(super) fn tenths(
        &mut self,
        pointer: &str,
        value: &Value,
        field: &str,
        (min, max): (f64, f64),
    ) -> Option<f64> {
        let seconds = value.as_f64().filter(|seconds| {
            let tenths = seconds * 10.0;
            seconds.is_finite()
                && (min..=max).contains(seconds)
                && (tenths - tenths.round()).abs() < 1e-6
        });
        if seconds.is_none() {
            self.problem(pointer, false, || {
                let found = match value {
                    Value::Number(n) => n.to_string(),
                    other => describe(other),
                };
                t!(
                    "check-not-tenths",
                    field = field,
                    min = crate::i18n::number(min),
                    max = crate::i18n::number(max),
                    found = found
                )
            });
        }
        seconds
    }

    pub(super) fn boolean(&mut self, pointer: &str, value: &Value, field: &str) {
        if !value.is_boolean() {
            self.problem(pointer, false, || {
                let found = describe(value);
                t!("check-not-bool", field = field, found = found)
            });
        }
    }
}
