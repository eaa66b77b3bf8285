//! One entry of a routine's `steps`: the exercise and its dose.
//!
//! In the file a step names its exercise with either `"pose"` or
//! `"custom"`. In memory that is one `Exercise`, so a step can never have
//! both or neither. The private `RawStep` keeps the file's shape (and its
//! `deny_unknown_fields`); `Step` converts from and to it.

use crate::catalogue::BreathPattern;
use serde::{Deserialize, Serialize};

/// Which sides a step is done on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sides {
    Both,
    Left,
    Right,
    None,
}

impl Sides {
    pub const NAMES: [&'static str; 4] = ["both", "left", "right", "none"];
}

/// An exercise the catalogue does not have, described in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomPose {
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instructions: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub per_side: bool,
}

/// What a step does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exercise {
    /// A catalogue id or alias, as written: `"pose": "balasana"`.
    Pose(String),
    /// An exercise described in the file: `"custom": { … }`.
    Custom(CustomPose),
}

/// One exercise of a routine with its dose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawStep", into = "RawStep")]
pub struct Step {
    pub exercise: Exercise,
    pub hold_seconds: Option<u32>,
    pub reps: Option<u32>,
    pub sets: Option<u32>,
    pub rest_seconds: Option<u32>,
    pub set_rest_seconds: Option<u32>,
    pub sides: Option<Sides>,
    pub breathing: Option<BreathPattern>,
    pub note: Option<String>,
    /// The first week of the programme the step is done in (version 2).
    pub from_week: Option<u32>,
    /// The last week of the programme the step is done in (version 2).
    pub until_week: Option<u32>,
    /// Changes of the dose from a week on, in order (version 2).
    pub progress: Vec<Progress>,
}

/// A change of a step's dose from a week of the programme on: the fields
/// it gives replace the step's, the others carry over.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub from_week: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reps: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sets: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_rest_seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breathing: Option<BreathPattern>,
}

impl Step {
    /// The exercise's name: the catalogue's for a pose it has, else as
    /// written.
    pub fn name_in(&self, catalogue: &crate::catalogue::Catalogue) -> String {
        match &self.exercise {
            Exercise::Custom(custom) => custom.name.clone(),
            Exercise::Pose(pose) => catalogue
                .find(pose)
                .map_or_else(|| pose.clone(), |p| p.name.clone()),
        }
    }

    /// `exercise` with every dose field left to its default.
    pub fn of(exercise: Exercise) -> Step {
        Step {
            exercise,
            hold_seconds: None,
            reps: None,
            sets: None,
            rest_seconds: None,
            set_rest_seconds: None,
            sides: None,
            breathing: None,
            note: None,
            from_week: None,
            until_week: None,
            progress: Vec::new(),
        }
    }
}

/// A step exactly as the file spells it.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pose: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    custom: Option<CustomPose>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    hold_seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reps: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sets: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rest_seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    set_rest_seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sides: Option<Sides>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    breathing: Option<BreathPattern>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from_week: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    until_week: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    progress: Vec<Progress>,
}

impl TryFrom<RawStep> for Step {
    type Error = &'static str;

    fn try_from(raw: RawStep) -> Result<Step, Self::Error> {
        let exercise = match (raw.pose, raw.custom) {
            (Some(pose), None) => Exercise::Pose(pose),
            (None, Some(custom)) => Exercise::Custom(custom),
            (Some(_), Some(_)) => return Err("a step has both 'pose' and 'custom'; keep one"),
            (None, None) => return Err("a step needs 'pose' or 'custom'"),
        };
        Ok(Step {
            exercise,
            hold_seconds: raw.hold_seconds,
            reps: raw.reps,
            sets: raw.sets,
            rest_seconds: raw.rest_seconds,
            set_rest_seconds: raw.set_rest_seconds,
            sides: raw.sides,
            breathing: raw.breathing,
            note: raw.note,
            from_week: raw.from_week,
            until_week: raw.until_week,
            progress: raw.progress,
        })
    }
}

impl From<Step> for RawStep {
    fn from(step: Step) -> RawStep {
        let (pose, custom) = match step.exercise {
            Exercise::Pose(pose) => (Some(pose), None),
            Exercise::Custom(custom) => (None, Some(custom)),
        };
        RawStep {
            pose,
            custom,
            hold_seconds: step.hold_seconds,
            reps: step.reps,
            sets: step.sets,
            rest_seconds: step.rest_seconds,
            set_rest_seconds: step.set_rest_seconds,
            sides: step.sides,
            breathing: step.breathing,
            note: step.note,
            from_week: step.from_week,
            until_week: step.until_week,
            progress: step.progress,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(json: &str) -> Result<Step, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn pose_or_custom_in_the_file_is_one_exercise_in_memory() {
        let pose = step(r#"{"pose": "balasana", "reps": 2}"#);
        assert_eq!(
            pose.as_ref().map(|s| &s.exercise),
            Ok(&Exercise::Pose("balasana".into()))
        );
        let custom = step(r#"{"custom": {"name": "Heel slides"}}"#);
        assert!(matches!(
            custom.map(|s| s.exercise),
            Ok(Exercise::Custom(CustomPose { name, .. })) if name == "Heel slides"
        ));
        let both = step(r#"{"pose": "x", "custom": {"name": "y"}}"#);
        assert!(both.is_err_and(|e| e.contains("both")));
        assert!(step(r#"{"reps": 2}"#).is_err_and(|e| e.contains("needs")));
        assert!(step(r#"{"pose": "x", "colour": 1}"#).is_err_and(|e| e.contains("colour")));
    }

    #[test]
    fn writes_the_same_keys_it_reads() {
        let mut heel = Step::of(Exercise::Custom(CustomPose {
            name: "Heel slides".into(),
            instructions: Vec::new(),
            per_side: true,
        }));
        heel.hold_seconds = Some(5);
        let text = serde_json::to_string(&heel).unwrap_or_default();
        assert_eq!(
            text,
            r#"{"custom":{"name":"Heel slides","per_side":true},"hold_seconds":5}"#
        );
        assert_eq!(step(&text), Ok(heel));
    }
}
