//! Reads a routine file into a `Value` that holds only what validation
//! looks at.
//!
//! serde_json's own `Value` keeps everything: a 1 MiB file of 19,000 steps
//! becomes 19,000 maps, although only the first 200 steps are checked.
//! This reader knows the routine's shape. It keeps the first
//! `MAX_STEPS + 1` steps (and counts the others), the first
//! `MAX_LINES + 1` instructions, the first `MAX_PROGRESS + 1` dose changes
//! of a step, and replaces a list or an object found
//! where text or a number belongs by an empty one (validation only says
//! what kind of value it found). Nothing it leaves out can make a file
//! valid, so a file without problems reads exactly as serde_json reads it.
//! Every value, kept or skipped, still goes through serde_json's syntax
//! checks and its nesting limit.

use super::{MAX_LINES, MAX_STEPS};
use crate::routine::weeks::MAX_PROGRESS;
use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cell::Cell;
use std::fmt;

/// A routine file as validation sees it.
pub(super) struct Document {
    pub value: Value,
    /// How many steps past the first `MAX_STEPS + 1` were left out.
    pub steps_left_out: usize,
}

/// Reads `text` (a whole routine file) or says why it is not JSON.
pub(super) fn read(text: &str) -> Result<Document, serde_json::Error> {
    let left_out = Cell::new(0);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let reader = Reader {
        shape: Shape::Routine,
        left_out: &left_out,
    };
    let value = reader.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(Document {
        value,
        steps_left_out: left_out.get(),
    })
}

/// What a value is meant to be, from where it stands in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Routine,
    Prescription,
    Steps,
    Step,
    Custom,
    Lines,
    Breathing,
    /// A step's `progress`: its dose changes.
    Progress,
    Change,
    /// Text, a number or true/false; or a field nobody reads.
    Leaf,
}

impl Shape {
    fn field(self, key: &str) -> Shape {
        match (self, key) {
            (Shape::Routine, "prescription") => Shape::Prescription,
            (Shape::Routine, "steps") => Shape::Steps,
            (Shape::Step, "custom") => Shape::Custom,
            (Shape::Step, "breathing") => Shape::Breathing,
            (Shape::Step, "progress") => Shape::Progress,
            (Shape::Change, "breathing") => Shape::Breathing,
            (Shape::Custom, "instructions") => Shape::Lines,
            _ => Shape::Leaf,
        }
    }

    /// The shape of a list's items and how many of them are kept.
    fn items(self) -> Option<(Shape, usize)> {
        match self {
            Shape::Steps => Some((Shape::Step, MAX_STEPS + 1)),
            Shape::Lines => Some((Shape::Leaf, MAX_LINES + 1)),
            Shape::Progress => Some((Shape::Change, MAX_PROGRESS + 1)),
            _ => None,
        }
    }

    fn is_object(self) -> bool {
        matches!(
            self,
            Shape::Routine
                | Shape::Prescription
                | Shape::Step
                | Shape::Custom
                | Shape::Breathing
                | Shape::Change
        )
    }
}

#[derive(Clone, Copy)]
struct Reader<'c> {
    shape: Shape,
    left_out: &'c Cell<usize>,
}

impl Reader<'_> {
    fn with(self, shape: Shape) -> Self {
        Reader { shape, ..self }
    }
}

impl<'de> DeserializeSeed<'de> for Reader<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Reader<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_string()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let Some((item, keep)) = self.shape.items() else {
            while seq.next_element::<Skip>()?.is_some() {}
            return Ok(Value::Array(Vec::new()));
        };
        let mut items = Vec::new();
        while items.len() < keep {
            match seq.next_element_seed(self.with(item))? {
                Some(value) => items.push(value),
                None => return Ok(Value::Array(items)),
            }
        }
        let mut left_out = 0;
        while seq.next_element::<Skip>()?.is_some() {
            left_out += 1;
        }
        if self.shape == Shape::Steps {
            // A repeated "steps" key: like serde_json, the last one counts.
            self.left_out.set(left_out);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        if !self.shape.is_object() {
            while map.next_entry::<Skip, Skip>()?.is_some() {}
            return Ok(Value::Object(Map::new()));
        }
        let mut fields = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(self.with(self.shape.field(&key)))?;
            let _ = fields.insert(key, value);
        }
        Ok(Value::Object(fields))
    }
}

/// Any JSON value, read and thrown away. Unlike serde's `IgnoredAny` it
/// goes through serde_json's nesting limit, so whatever is skipped here
/// can also be walked by `json_span` without exhausting the stack.
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Skip, D::Error> {
        deserializer.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_entry::<Skip, Skip>()?.is_some() {}
        Ok(Skip)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_value(text: &str) -> Value {
        read(text).map(|d| d.value).unwrap_or(Value::Null)
    }

    #[test]
    fn a_routine_reads_as_serde_json_reads_it() {
        let text = r#"{"format":"posewise-routine","version":1,"title":"T",
            "prescription":{"weeks":2},"get_ready_seconds":-0,
            "steps":[{"pose":"balasana","hold_seconds":1.5e1,"note":"é\n"},
                     {"custom":{"name":"x","instructions":["a","b"]},
                      "breathing":{"inhale":2.5,"exhale":3}}]}"#;
        let plain: Value = serde_json::from_str(text).unwrap_or_default();
        assert_eq!(read_value(text), plain);
    }

    #[test]
    fn keeps_only_what_is_checked() {
        let steps = vec!["{\"pose\": \"x\"}"; MAX_STEPS + 50].join(",");
        let text = format!(
            "{{\"steps\": [{steps}], \"title\": [1, {{\"a\": 2}}], \"x\": {{\"y\": [3]}}}}"
        );
        let document = read(&text).ok();
        let value = document.as_ref().map(|d| &d.value);
        let kept = value.and_then(|v| v["steps"].as_array()).map(Vec::len);
        assert_eq!(kept, Some(MAX_STEPS + 1));
        assert_eq!(document.as_ref().map(|d| d.steps_left_out), Some(49));
        assert_eq!(value.map(|v| &v["title"]), Some(&Value::Array(Vec::new())));
        assert_eq!(value.map(|v| &v["x"]), Some(&Value::Object(Map::new())));
    }

    #[test]
    fn skipped_values_still_have_a_nesting_limit_and_syntax() {
        let deep = format!("{{\"notes\": {}{}}}", "[".repeat(500), "]".repeat(500));
        let error = read(&deep).err().map(|e| e.to_string());
        assert!(error.is_some_and(|e| e.contains("recursion limit")));
        assert!(read("{\"x\": [1, 2,]}").is_err());
        assert!(read("{\"steps\": []} trailing").is_err());
    }
}
