//! A routine as it is being edited: every field is the text the person
//! typed, so a half-written number is kept, not lost. `Draft::check`
//! turns it into a routine file and runs the routine validator on it, so
//! the editor shows exactly the messages the command line gives, each
//! next to the field its JSON pointer names.

mod field;
#[cfg(test)]
mod tests;

pub use field::{Field, StepField};

use crate::catalogue::{BreathPattern, Catalogue};
use crate::location::Problem;
use crate::routine::{self, CustomPose, Exercise, Routine, Sides, Step};
use crate::t;
use serde_json::{Map, Value, json};

/// A validator message as the editor shows it, after the field's own
/// label: file keys become the editor's words and a leading key is left to
/// that label. "'hold_seconds' must be a whole number of seconds from 1 to
/// 3600, found 4500" becomes "must be a whole number of seconds from 1 to
/// 3600, not 4500".
pub fn in_words(message: &str) -> String {
    let mut text = message;
    // The field's own key first: the editor puts its label before the
    // message already.
    if let Some(rest) = text.strip_prefix('\'')
        && let Some(end) = rest.find('\'')
        && word_for(&rest[..end]).is_some()
    {
        text = rest[end + 1..].trim_start();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('\'') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let word = after
            .find('\'')
            .and_then(|close| word_for(&after[..close]).map(|word| (word, close)));
        match word {
            Some((word, close)) => {
                out.push_str(&word);
                rest = &after[close + 1..];
            }
            // Not a key in quotes (a name, an apostrophe): kept as it is.
            None => {
                out.push('\'');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace(", found ", ", not ")
}

/// What the editor calls the field a file key names, as its label says;
/// the parts of a breath, which share one field there, by their own name.
fn word_for(key: &str) -> Option<String> {
    let breath = match key {
        "inhale" => Some(t!("phase-breathe-in")),
        "exhale" => Some(t!("phase-breathe-out")),
        "hold" => Some(t!("phase-hold-in")),
        "hold_after" => Some(t!("phase-hold-out")),
        "alternate_nostrils" => Some(t!("editor-alternate-nostrils")),
        _ => None,
    };
    if breath.is_some()
        || key.is_empty()
        || !key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
    {
        return breath;
    }
    [
        format!("/{key}"),
        format!("/prescription/{key}"),
        format!("/steps/0/{key}"),
        format!("/steps/0/custom/{key}"),
    ]
    .iter()
    .map(|pointer| Field::of_pointer(pointer))
    .find(|field| !matches!(field, Field::Routine | Field::Step(_, StepField::Whole)))
    .map(Field::label)
}

/// The name validation messages give the editor's routine.
pub const FILE: &str = "routine";

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub title: String,
    pub author: String,
    pub notes: String,
    pub get_ready: String,
    pub times_per_day: String,
    pub days_per_week: String,
    pub weeks: String,
    pub steps: Vec<DraftStep>,
    /// The file's version-2 fields (`id`, `starts`), kept as written: the
    /// editor does not change them, and saving must not lose them.
    pub kept: Vec<(String, Value)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftExercise {
    /// A catalogue id or alias.
    Pose(String),
    Custom {
        name: String,
        instructions: Vec<String>,
        per_side: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftStep {
    pub exercise: DraftExercise,
    pub hold: String,
    pub reps: String,
    pub sets: String,
    pub rest: String,
    pub set_rest: String,
    /// `None`: as the exercise says.
    pub sides: Option<Sides>,
    /// `None`: the pose's own rhythm, if it has one.
    pub breathing: Option<DraftBreath>,
    pub note: String,
    /// The first week the step runs in; empty: from week 1.
    pub from_week: String,
    /// The last week the step runs in; empty: to the end.
    pub until_week: String,
    /// Dose changes from a week on, in file order.
    pub progress: Vec<DraftChange>,
}

/// One row of a step's table of changes by week: empty fields keep the
/// dose of the weeks before.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DraftChange {
    pub from_week: String,
    pub hold: String,
    pub reps: String,
    pub sets: String,
    pub rest: String,
    pub set_rest: String,
    /// A breathing change, kept as written (the table does not edit it).
    pub breathing: Option<Value>,
}

/// A column of the table of changes by week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeColumn {
    FromWeek,
    Hold,
    Reps,
    Sets,
    Rest,
    SetRest,
}

impl ChangeColumn {
    pub const ALL: [ChangeColumn; 6] = [
        ChangeColumn::FromWeek,
        ChangeColumn::Hold,
        ChangeColumn::Reps,
        ChangeColumn::Sets,
        ChangeColumn::Rest,
        ChangeColumn::SetRest,
    ];

    /// The key the file writes it with.
    pub fn key(self) -> &'static str {
        match self {
            ChangeColumn::FromWeek => "from_week",
            ChangeColumn::Hold => "hold_seconds",
            ChangeColumn::Reps => "reps",
            ChangeColumn::Sets => "sets",
            ChangeColumn::Rest => "rest_seconds",
            ChangeColumn::SetRest => "set_rest_seconds",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftBreath {
    pub inhale: String,
    pub hold: String,
    pub exhale: String,
    pub hold_after: String,
    pub alternate_nostrils: bool,
}

/// What the validator made of a draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The routine, when the draft has no problems.
    pub routine: Option<Routine>,
    /// Each problem with the field it belongs to.
    pub problems: Vec<(Field, Problem)>,
    /// Problems found but not kept.
    pub more: usize,
    /// The session's length, when the draft has no problems.
    pub total_ms: Option<u64>,
    /// For a programme that changes by week: each phase's first week and
    /// its session's length.
    pub weekly_ms: Vec<(u32, u64)>,
}

impl Checked {
    /// The messages for `field`, in file order.
    pub fn messages(&self, field: Field) -> impl Iterator<Item = &str> {
        self.problems
            .iter()
            .filter(move |(f, _)| *f == field)
            .map(|(_, p)| p.message.as_str())
    }

    pub fn has(&self, field: Field) -> bool {
        self.messages(field).next().is_some()
    }
}

impl Draft {
    /// A new routine with no steps yet.
    pub fn new(title: &str) -> Draft {
        Draft {
            title: title.to_string(),
            ..Draft::default()
        }
    }

    pub fn from_routine(routine: &Routine) -> Draft {
        let prescription = routine.prescription.unwrap_or(routine::Prescription {
            times_per_day: None,
            days_per_week: None,
            weeks: None,
        });
        Draft {
            title: routine.title.clone(),
            author: routine.author.clone().unwrap_or_default(),
            notes: routine.notes.clone().unwrap_or_default(),
            get_ready: number(routine.get_ready_seconds),
            times_per_day: number(prescription.times_per_day),
            days_per_week: number(prescription.days_per_week),
            weeks: number(prescription.weeks),
            steps: routine.steps.iter().map(DraftStep::from_step).collect(),
            kept: given([
                ("id", routine.id.as_ref().map(|id| json!(id))),
                ("starts", routine.starts.map(|day| json!(day))),
            ]),
        }
    }

    /// The routine file this draft stands for. Numbers that do not parse
    /// are kept as text, so the validator points at them.
    pub fn to_value(&self) -> Value {
        let mut file = Map::new();
        let _ = file.insert("format".into(), json!(routine::FORMAT));
        let newer = !self.kept.is_empty() || self.steps.iter().any(DraftStep::by_week);
        let version = match newer {
            true => routine::LATEST_VERSION,
            false => routine::VERSION,
        };
        let _ = file.insert("version".into(), json!(version));
        for (field, value) in &self.kept {
            let _ = file.insert(field.clone(), value.clone());
        }
        let _ = file.insert("title".into(), json!(self.title));
        put_text(&mut file, "author", &self.author);
        put_text(&mut file, "notes", &self.notes);
        put_number(&mut file, "get_ready_seconds", &self.get_ready);
        let mut prescription = Map::new();
        put_number(&mut prescription, "times_per_day", &self.times_per_day);
        put_number(&mut prescription, "days_per_week", &self.days_per_week);
        put_number(&mut prescription, "weeks", &self.weeks);
        if !prescription.is_empty() {
            let _ = file.insert("prescription".into(), Value::Object(prescription));
        }
        let steps = self.steps.iter().map(DraftStep::to_value).collect();
        let _ = file.insert("steps".into(), Value::Array(steps));
        Value::Object(file)
    }

    /// Validates the draft as the routine file it stands for.
    pub fn check(&self, catalogue: &Catalogue) -> Checked {
        let text = serde_json::to_string_pretty(&self.to_value()).unwrap_or_default();
        match Routine::parse(text.as_bytes(), FILE, catalogue) {
            Ok(routine) => Checked {
                total_ms: Some(routine.duration_ms(catalogue)),
                weekly_ms: routine
                    .phase_weeks()
                    .into_iter()
                    .map(|week| (week, routine.in_week(week).duration_ms(catalogue)))
                    .collect(),
                routine: Some(routine),
                problems: Vec::new(),
                more: 0,
            },
            Err(found) => Checked {
                routine: None,
                problems: found
                    .shown
                    .into_iter()
                    .map(|p| (Field::of_pointer(&p.pointer), p))
                    .collect(),
                more: found.more,
                total_ms: None,
                weekly_ms: Vec::new(),
            },
        }
    }
}

/// The fields that have a value, as the file writes them.
fn given<const N: usize>(fields: [(&str, Option<Value>); N]) -> Vec<(String, Value)> {
    fields
        .into_iter()
        .filter_map(|(name, value)| Some((name.to_owned(), value?)))
        .collect()
}

impl DraftStep {
    /// A step of `pose` with the catalogue's defaults (nothing written).
    pub fn pose(id: &str) -> DraftStep {
        DraftStep::of(DraftExercise::Pose(id.to_string()))
    }

    /// A custom exercise with a hold, so it is valid once it has a name.
    pub fn custom(name: &str) -> DraftStep {
        let mut step = DraftStep::of(DraftExercise::Custom {
            name: name.to_string(),
            instructions: Vec::new(),
            per_side: false,
        });
        step.hold = "30".into();
        step
    }

    fn of(exercise: DraftExercise) -> DraftStep {
        DraftStep {
            exercise,
            hold: String::new(),
            reps: String::new(),
            sets: String::new(),
            rest: String::new(),
            set_rest: String::new(),
            sides: None,
            breathing: None,
            note: String::new(),
            from_week: String::new(),
            until_week: String::new(),
            progress: Vec::new(),
        }
    }

    /// Whether the step runs only in some weeks or changes its dose.
    pub fn by_week(&self) -> bool {
        !self.from_week.trim().is_empty()
            || !self.until_week.trim().is_empty()
            || !self.progress.is_empty()
    }

    /// A new row for the table of changes: from the week after the last
    /// row's (or week 2), with the dose unchanged.
    pub fn next_change(&self) -> DraftChange {
        let after = self
            .progress
            .iter()
            .filter_map(|change| change.from_week.trim().parse::<u32>().ok())
            .max()
            .unwrap_or(1);
        DraftChange {
            from_week: after.saturating_add(1).to_string(),
            ..DraftChange::default()
        }
    }

    fn from_step(step: &Step) -> DraftStep {
        let exercise = match &step.exercise {
            Exercise::Pose(id) => DraftExercise::Pose(id.clone()),
            Exercise::Custom(custom) => DraftExercise::Custom {
                name: custom.name.clone(),
                instructions: custom.instructions.clone(),
                per_side: custom.per_side,
            },
        };
        DraftStep {
            exercise,
            hold: number(step.hold_seconds),
            reps: number(step.reps),
            sets: number(step.sets),
            rest: number(step.rest_seconds),
            set_rest: number(step.set_rest_seconds),
            sides: step.sides,
            breathing: step.breathing.map(DraftBreath::from_pattern),
            note: step.note.clone().unwrap_or_default(),
            from_week: number(step.from_week),
            until_week: number(step.until_week),
            progress: step
                .progress
                .iter()
                .map(DraftChange::from_progress)
                .collect(),
        }
    }

    fn to_value(&self) -> Value {
        let mut step = Map::new();
        match &self.exercise {
            DraftExercise::Pose(id) => {
                let _ = step.insert("pose".into(), json!(id));
            }
            DraftExercise::Custom {
                name,
                instructions,
                per_side,
            } => {
                let custom = CustomPose {
                    name: name.clone(),
                    instructions: instructions.clone(),
                    per_side: *per_side,
                };
                let _ = step.insert("custom".into(), json!(custom));
            }
        }
        put_number(&mut step, "hold_seconds", &self.hold);
        put_number(&mut step, "reps", &self.reps);
        put_number(&mut step, "sets", &self.sets);
        put_number(&mut step, "rest_seconds", &self.rest);
        put_number(&mut step, "set_rest_seconds", &self.set_rest);
        if let Some(sides) = self.sides {
            let _ = step.insert("sides".into(), json!(sides));
        }
        if let Some(breath) = &self.breathing {
            let _ = step.insert("breathing".into(), breath.to_value());
        }
        put_text(&mut step, "note", &self.note);
        put_number(&mut step, "from_week", &self.from_week);
        put_number(&mut step, "until_week", &self.until_week);
        if !self.progress.is_empty() {
            let changes = self.progress.iter().map(DraftChange::to_value).collect();
            let _ = step.insert("progress".into(), Value::Array(changes));
        }
        Value::Object(step)
    }

    /// The exercise's name as the catalogue or the step gives it.
    pub fn name(&self, catalogue: &Catalogue) -> String {
        match &self.exercise {
            DraftExercise::Pose(id) => catalogue.find(id).map_or(id.clone(), |p| p.name.clone()),
            DraftExercise::Custom { name, .. } if name.trim().is_empty() => {
                let label = crate::t!("editor-custom-exercise");
                let mut chars = label.chars();
                chars.next().map_or(label.clone(), |first| {
                    first.to_uppercase().chain(chars).collect()
                })
            }
            DraftExercise::Custom { name, .. } => name.clone(),
        }
    }
}

impl DraftChange {
    fn from_progress(change: &routine::Progress) -> DraftChange {
        DraftChange {
            from_week: change.from_week.to_string(),
            hold: number(change.hold_seconds),
            reps: number(change.reps),
            sets: number(change.sets),
            rest: number(change.rest_seconds),
            set_rest: number(change.set_rest_seconds),
            breathing: change.breathing.map(|pattern| json!(pattern)),
        }
    }

    pub fn get(&self, column: ChangeColumn) -> &str {
        match column {
            ChangeColumn::FromWeek => &self.from_week,
            ChangeColumn::Hold => &self.hold,
            ChangeColumn::Reps => &self.reps,
            ChangeColumn::Sets => &self.sets,
            ChangeColumn::Rest => &self.rest,
            ChangeColumn::SetRest => &self.set_rest,
        }
    }

    pub fn set(&mut self, column: ChangeColumn, text: String) {
        let slot = match column {
            ChangeColumn::FromWeek => &mut self.from_week,
            ChangeColumn::Hold => &mut self.hold,
            ChangeColumn::Reps => &mut self.reps,
            ChangeColumn::Sets => &mut self.sets,
            ChangeColumn::Rest => &mut self.rest,
            ChangeColumn::SetRest => &mut self.set_rest,
        };
        *slot = text;
    }

    fn to_value(&self) -> Value {
        let mut change = Map::new();
        for column in ChangeColumn::ALL {
            put_number(&mut change, column.key(), self.get(column));
        }
        if let Some(breathing) = &self.breathing {
            let _ = change.insert("breathing".into(), breathing.clone());
        }
        Value::Object(change)
    }
}

impl DraftBreath {
    /// A calm default: in 4, out 6.
    pub fn calm() -> DraftBreath {
        DraftBreath {
            inhale: "4".into(),
            hold: String::new(),
            exhale: "6".into(),
            hold_after: String::new(),
            alternate_nostrils: false,
        }
    }

    pub fn from_pattern(pattern: BreathPattern) -> DraftBreath {
        let seconds = |s: f64| {
            if s == 0.0 {
                String::new()
            } else {
                s.to_string()
            }
        };
        DraftBreath {
            inhale: pattern.inhale.to_string(),
            hold: seconds(pattern.hold),
            exhale: pattern.exhale.to_string(),
            hold_after: seconds(pattern.hold_after),
            alternate_nostrils: pattern.alternate_nostrils,
        }
    }

    fn to_value(&self) -> Value {
        let mut breath = Map::new();
        put_number(&mut breath, "inhale", &self.inhale);
        put_number(&mut breath, "hold", &self.hold);
        put_number(&mut breath, "exhale", &self.exhale);
        put_number(&mut breath, "hold_after", &self.hold_after);
        if self.alternate_nostrils {
            let _ = breath.insert("alternate_nostrils".into(), json!(true));
        }
        Value::Object(breath)
    }
}

fn number(value: Option<u32>) -> String {
    value.map(|n| n.to_string()).unwrap_or_default()
}

/// Empty text leaves the field out (the default applies); a number goes
/// in as a number; anything else as the text, for the validator to name.
fn put_number(map: &mut Map<String, Value>, key: &str, text: &str) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    let value = if let Ok(whole) = text.parse::<u64>() {
        json!(whole)
    } else if let Some(real) = text.parse::<f64>().ok().filter(|r| r.is_finite()) {
        json!(real)
    } else {
        json!(text)
    };
    let _ = map.insert(key.into(), value);
}

fn put_text(map: &mut Map<String, Value>, key: &str, text: &str) {
    if !text.trim().is_empty() {
        let _ = map.insert(key.into(), json!(text));
    }
}
