//! Checks one entry of `steps`.

use super::{BREATH_FIELDS, CUSTOM_FIELDS, Check, STEP_FIELDS, describe};
use super::{MAX_HOLD_SECONDS, MAX_REPEATS, Sides};
use crate::core::json_span::child;
use crate::core::suggest::nearest;
use serde_json::{Map, Value};

/// What the step's exercise turned out to be, as far as it could be read.
struct Exercise {
    label: String,
    per_side: Option<bool>,
    default_hold: Option<u64>,
    is_custom: bool,
}

impl Check<'_> {
    pub(super) fn step(&mut self, pointer: &str, number: usize, value: &Value) {
        let what = format!("step {number}");
        let Some(map) = self.object(pointer, value, &what, STEP_FIELDS) else {
            return;
        };
        let exercise = self.exercise(pointer, &what, map);
        let mut hold = exercise.default_hold;
        for (field, v) in map {
            let at = child(pointer, field);
            match field.as_str() {
                "hold_seconds" => {
                    hold = self.whole(&at, v, field, 1, MAX_HOLD_SECONDS, "seconds");
                }
                "reps" | "sets" => {
                    let _ = self.whole(&at, v, field, 1, MAX_REPEATS, "times");
                }
                "rest_seconds" | "set_rest_seconds" => {
                    let _ = self.whole(&at, v, field, 0, MAX_HOLD_SECONDS, "seconds");
                }
                "note" => self.text(&at, v, field, false),
                "sides" => self.sides(&at, v, &exercise),
                _ => {}
            }
        }
        if let Some(breathing) = map.get("breathing") {
            self.breathing(&child(pointer, "breathing"), breathing, hold);
        }
        if exercise.is_custom && !map.contains_key("hold_seconds") {
            self.problem(
                pointer,
                false,
                format!("{what} ({}) needs 'hold_seconds'", exercise.label),
            );
        }
    }

    fn exercise(&mut self, pointer: &str, what: &str, map: &Map<String, Value>) -> Exercise {
        let unknown = Exercise {
            label: what.to_string(),
            per_side: None,
            default_hold: None,
            is_custom: false,
        };
        match (map.get("pose"), map.get("custom")) {
            (Some(_), Some(_)) => {
                self.problem(
                    &child(pointer, "custom"),
                    true,
                    format!("{what} has both 'pose' and 'custom'; keep one"),
                );
                unknown
            }
            (None, None) => {
                self.problem(
                    pointer,
                    false,
                    format!(
                        "{what} needs 'pose' (a catalogue id such as \"balasana\"; \
                     run `posewise poses` for the list) or 'custom'"
                    ),
                );
                unknown
            }
            (Some(pose), None) => self.pose(&child(pointer, "pose"), pose).unwrap_or(unknown),
            (None, Some(custom)) => self
                .custom(&child(pointer, "custom"), custom)
                .unwrap_or(unknown),
        }
    }

    fn pose(&mut self, pointer: &str, value: &Value) -> Option<Exercise> {
        let Value::String(name) = value else {
            self.problem(
                pointer,
                false,
                format!(
                    "'pose' must be a pose id in quotes, found {}",
                    describe(value)
                ),
            );
            return None;
        };
        let catalogue = self.catalogue;
        if let Some(pose) = catalogue.find(name) {
            return Some(Exercise {
                label: pose.id.clone(),
                per_side: Some(pose.per_side),
                default_hold: Some(u64::from(pose.default_hold_seconds)),
                is_custom: false,
            });
        }
        let hint = match nearest(name, catalogue.names()) {
            Some(near) => format!("did you mean '{near}'?"),
            None => "run `posewise poses` to list the known poses, or \
                     describe it with 'custom'"
                .to_string(),
        };
        self.problem(pointer, false, format!("unknown pose '{name}'; {hint}"));
        None
    }

    fn custom(&mut self, pointer: &str, value: &Value) -> Option<Exercise> {
        let map = self.object(pointer, value, "'custom'", CUSTOM_FIELDS)?;
        let name = self.required(pointer, map, "name", "'custom'");
        let label = match name {
            Some(Value::String(s)) => s.clone(),
            _ => "custom".to_string(),
        };
        let mut per_side = Some(false);
        for (field, v) in map {
            let at = child(pointer, field);
            match field.as_str() {
                "name" => self.text(&at, v, field, true),
                "per_side" => {
                    self.boolean(&at, v, field);
                    per_side = v.as_bool();
                }
                "instructions" => self.instructions(&at, v),
                _ => {}
            }
        }
        Some(Exercise {
            label,
            per_side,
            default_hold: None,
            is_custom: true,
        })
    }

    fn instructions(&mut self, pointer: &str, value: &Value) {
        let Value::Array(lines) = value else {
            self.problem(
                pointer,
                false,
                format!(
                    "'instructions' must be a list of short sentences, found {}",
                    describe(value)
                ),
            );
            return;
        };
        if lines.len() > 20 {
            self.problem(
                pointer,
                false,
                "'instructions' may have at most 20 lines".into(),
            );
        }
        for (index, line) in lines.iter().enumerate() {
            self.text(
                &child(pointer, &index.to_string()),
                line,
                "instructions",
                true,
            );
        }
    }

    fn sides(&mut self, pointer: &str, value: &Value, exercise: &Exercise) {
        let parsed =
            match value {
                Value::String(s) => {
                    serde_json::from_value::<Sides>(value.clone())
                        .ok()
                        .or_else(|| {
                            let hint = nearest(s, Sides::NAMES)
                                .map_or(String::new(), |n| format!("did you mean '{n}'? "));
                            self.problem(pointer, false, format!(
                    "unknown sides '{s}'; {hint}use one of \"both\", \"left\", \"right\", \"none\""
                ));
                            None
                        })
                }
                other => {
                    self.problem(pointer, false, format!(
                    "'sides' must be one of \"both\", \"left\", \"right\", \"none\", found {}",
                    describe(other)
                ));
                    None
                }
            };
        let one_sided = exercise.per_side == Some(false);
        if one_sided && matches!(parsed, Some(Sides::Both | Sides::Left | Sides::Right)) {
            self.problem(
                pointer,
                false,
                format!(
                    "'{}' is not done per side, so it cannot have sides; remove 'sides'",
                    exercise.label
                ),
            );
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
            cycle += self.tenths(&at, v, field, min, 60.0).unwrap_or(0.0);
        }
        if let Some(hold) = hold
            && cycle > hold as f64
        {
            self.problem(
                pointer,
                false,
                format!(
                    "one breath takes {cycle:.1} s but the step holds for only {hold} s; \
                 raise 'hold_seconds' or shorten the breath"
                ),
            );
        }
    }
}
