//! Checks one entry of `steps`.

use super::value::{describe, quote};
use super::{Check, MAX_LINES, MAX_NAME_CHARS};
use crate::json_span::child;
use crate::routine::{MAX_HOLD_SECONDS, MAX_REPEATS, Sides};
use crate::suggest::nearest;
use crate::t;
use serde_json::{Map, Value};

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
    "from_week",
    "until_week",
    "progress",
];
const CUSTOM_FIELDS: &[&str] = &["name", "instructions", "per_side"];
const BREATH_FIELDS: &[&str] = &[
    "inhale",
    "hold",
    "exhale",
    "hold_after",
    "alternate_nostrils",
];

/// What the step's exercise turned out to be, as far as it could be read.
struct Found {
    label: String,
    per_side: Option<bool>,
    default_hold: Option<u64>,
    is_custom: bool,
}

impl Check<'_> {
    pub(super) fn step(&mut self, pointer: &str, number: usize, value: &Value) {
        let what = t!("check-what-step", number = number);
        let Some(map) = self.object(pointer, value, &what, STEP_FIELDS) else {
            return;
        };
        let exercise = self.exercise(pointer, &what, map);
        let hold = self.doses(pointer, map, exercise.default_hold);
        for (field, v) in map {
            let at = child(pointer, field);
            match field.as_str() {
                "note" => self.text(&at, v, field, false),
                "sides" => self.sides(&at, v, &exercise),
                _ => {}
            }
        }
        self.step_weeks(pointer, map, hold);
        if exercise.is_custom && !map.contains_key("hold_seconds") {
            self.problem(pointer, false, || {
                t!(
                    "check-custom-needs-hold",
                    what = what.as_str(),
                    label = exercise.label.as_str()
                )
            });
        }
    }

    /// The dose fields of a step, or of one of its changes, in their
    /// limits, and its breathing against its hold (`hold`, unless the map
    /// gives one). Returns the hold.
    pub(super) fn doses(
        &mut self,
        pointer: &str,
        map: &Map<String, Value>,
        mut hold: Option<u64>,
    ) -> Option<u64> {
        for (field, v) in map {
            let at = child(pointer, field);
            match field.as_str() {
                "hold_seconds" => {
                    hold = self.whole(&at, v, field, (1, MAX_HOLD_SECONDS), "seconds");
                }
                "reps" | "sets" => {
                    let _ = self.whole(&at, v, field, (1, MAX_REPEATS), "times");
                }
                "rest_seconds" | "set_rest_seconds" => {
                    let _ = self.whole(&at, v, field, (0, MAX_HOLD_SECONDS), "seconds");
                }
                _ => {}
            }
        }
        if let Some(breathing) = map.get("breathing") {
            self.breathing(&child(pointer, "breathing"), breathing, hold);
        }
        hold
    }

    fn exercise(&mut self, pointer: &str, what: &str, map: &Map<String, Value>) -> Found {
        let unknown = Found {
            label: what.to_string(),
            per_side: None,
            default_hold: None,
            is_custom: false,
        };
        match (map.get("pose"), map.get("custom")) {
            (Some(_), Some(_)) => {
                self.problem(&child(pointer, "custom"), true, || {
                    t!("check-pose-and-custom", what = what)
                });
                unknown
            }
            (None, None) => {
                self.problem(pointer, false, || t!("check-needs-pose", what = what));
                unknown
            }
            (Some(pose), None) => self.pose(&child(pointer, "pose"), pose).unwrap_or(unknown),
            (None, Some(custom)) => self
                .custom(&child(pointer, "custom"), custom)
                .unwrap_or(unknown),
        }
    }

    fn pose(&mut self, pointer: &str, value: &Value) -> Option<Found> {
        let Value::String(name) = value else {
            self.problem(pointer, false, || {
                let found = describe(value);
                t!("check-pose-not-text", found = found)
            });
            return None;
        };
        let catalogue = self.catalogue;
        if let Some(pose) = catalogue.find(name) {
            return Some(Found {
                label: pose.id.clone(),
                per_side: Some(pose.per_side),
                default_hold: Some(u64::from(pose.default_hold_seconds)),
                is_custom: false,
            });
        }
        self.problem(pointer, false, || match nearest(name, catalogue.names()) {
            Some(near) => t!("check-unknown-pose-near", pose = quote(name), near = near),
            None => t!("check-unknown-pose", pose = quote(name)),
        });
        None
    }

    fn custom(&mut self, pointer: &str, value: &Value) -> Option<Found> {
        let map = self.object(pointer, value, "'custom'", CUSTOM_FIELDS)?;
        let name = self.required(pointer, map, "name", "'custom'");
        let label = match name {
            Some(Value::String(s)) => quote(s),
            _ => "custom".to_string(),
        };
        let mut per_side = Some(false);
        for (field, v) in map {
            let at = child(pointer, field);
            match field.as_str() {
                "name" => self.text_up_to(&at, v, field, true, MAX_NAME_CHARS),
                "per_side" => {
                    self.boolean(&at, v, field);
                    per_side = v.as_bool();
                }
                "instructions" => self.instructions(&at, v),
                _ => {}
            }
        }
        Some(Found {
            label,
            per_side,
            default_hold: None,
            is_custom: true,
        })
    }

    fn instructions(&mut self, pointer: &str, value: &Value) {
        let Value::Array(lines) = value else {
            self.problem(pointer, false, || {
                let found = describe(value);
                t!("check-instructions-not-list", found = found)
            });
            return;
        };
        if lines.len() > MAX_LINES {
            self.problem(pointer, false, || {
                t!("check-too-many-instructions", most = MAX_LINES)
            });
        }
        for (index, line) in lines.iter().enumerate().take(MAX_LINES) {
            let at = child(pointer, &index.to_string());
            self.text(&at, line, "instructions", true);
        }
    }

    fn sides(&mut self, pointer: &str, value: &Value, exercise: &Found) {
        let parsed = match value {
            Value::String(s) => {
                let parsed = match s.as_str() {
                    "both" => Some(Sides::Both),
                    "left" => Some(Sides::Left),
                    "right" => Some(Sides::Right),
                    "none" => Some(Sides::None),
                    _ => None,
                };
                if parsed.is_none() {
                    self.problem(pointer, false, || match nearest(s, Sides::NAMES) {
                        Some(near) => t!("check-unknown-sides-near", sides = quote(s), near = near),
                        None => t!("check-unknown-sides", sides = quote(s)),
                    });
                }
                parsed
            }
            other => {
                self.problem(pointer, false, || {
                    let found = describe(other);
                    t!("check-sides-not-text", found = found)
                });
                None
            }
        };
        let one_sided = exercise.per_side == Some(false);
        if one_sided && matches!(parsed, Some(Sides::Both | Sides::Left | Sides::Right)) {
            self.problem(pointer, false, || {
                t!("check-sides-on-one-sided", label = exercise.label.as_str())
            });
        }
    }

    fn breathing(&mut self, pointer: &str, value: &Value, hold: Option<u64>) {
        let Some(map) = self.object(pointer, value, "'breathing'", BREATH_FIELDS) else {
            return;
        };
        let mut cycle = 0.0;
        for field in ["inhale", "exhale"] {
            let _ = self.required(pointer, map, field, "'breathing'");
        }
        for (field, v) in map {
            let at = child(pointer, field);
            let min = match field.as_str() {
                "inhale" | "exhale" => 0.5,
                "hold" | "hold_after" => 0.0,
                "alternate_nostrils" => {
                    self.boolean(&at, v, field);
                    continue;
                }
                _ => continue,
            };
            cycle += self.tenths(&at, v, field, (min, 60.0)).unwrap_or(0.0);
        }
        if let Some(hold) = hold
            && cycle > hold as f64
        {
            self.problem(pointer, false, || {
                t!(
                    "check-breath-longer-than-hold",
                    breath = crate::i18n::decimal(cycle, 1),
                    hold = hold
                )
            });
        }
    }
}
