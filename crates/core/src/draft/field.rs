//! Which field of the editor a validation problem belongs to, from its
//! JSON pointer.

use crate::t;

/// A field of the routine, or of one of its steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The routine as a whole (no more precise place).
    Routine,
    Title,
    Author,
    Notes,
    GetReady,
    TimesPerDay,
    DaysPerWeek,
    Weeks,
    /// The list of steps itself, e.g. "a routine needs a step".
    Steps,
    Step(usize, StepField),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepField {
    /// The step as a whole, e.g. the session would be too long.
    Whole,
    Exercise,
    Name,
    Instructions,
    Hold,
    Reps,
    Sets,
    Rest,
    SetRest,
    Sides,
    Breathing,
    Note,
    FromWeek,
    UntilWeek,
    /// The table of changes by week as a whole (e.g. too many rows).
    Changes,
    /// One row of the table of changes by week.
    Change(usize),
}

impl Field {
    /// The field `pointer` (`/steps/2/hold_seconds`) names, or its nearest
    /// parent the editor shows.
    pub fn of_pointer(pointer: &str) -> Field {
        let mut tokens = pointer.split('/').skip(1);
        match (tokens.next(), tokens.next(), tokens.next()) {
            (Some("title"), ..) => Field::Title,
            (Some("author"), ..) => Field::Author,
            (Some("notes"), ..) => Field::Notes,
            (Some("get_ready_seconds"), ..) => Field::GetReady,
            (Some("prescription"), Some("times_per_day"), _) => Field::TimesPerDay,
            (Some("prescription"), Some("days_per_week"), _) => Field::DaysPerWeek,
            (Some("prescription"), Some("weeks"), _) => Field::Weeks,
            (Some("steps"), Some(index), rest) => match index.parse::<usize>() {
                Ok(index) => Field::Step(index, StepField::of_token(rest, tokens.next())),
                Err(_) => Field::Steps,
            },
            (Some("steps"), None, _) => Field::Steps,
            _ => Field::Routine,
        }
    }

    /// A name for the field's input, unique in the editor:
    /// `title`, `step-2-hold`.
    pub fn key(self) -> String {
        let words = match self {
            Field::Step(index, StepField::Change(row)) => format!("step {index} change {row}"),
            Field::Step(index, field) => format!("step {index} {}", field.label()),
            other => other.label().to_string(),
        };
        words.to_lowercase().replace(' ', "-")
    }

    /// What the editor calls it, before a message.
    pub fn label(self) -> String {
        match self {
            Field::Routine => t!("field-routine"),
            Field::Title => t!("field-title"),
            Field::Author => t!("field-author"),
            Field::Notes => t!("field-notes"),
            Field::GetReady => t!("field-get-ready"),
            Field::TimesPerDay => t!("field-times-per-day"),
            Field::DaysPerWeek => t!("field-days-per-week"),
            Field::Weeks => t!("field-weeks"),
            Field::Steps => t!("field-steps"),
            Field::Step(_, field) => field.label(),
        }
    }
}

impl StepField {
    fn of_token(token: Option<&str>, next: Option<&str>) -> StepField {
        match (token, next) {
            (Some("pose"), _) => StepField::Exercise,
            (Some("custom"), Some("name")) => StepField::Name,
            (Some("custom"), Some("instructions")) => StepField::Instructions,
            (Some("custom"), _) => StepField::Exercise,
            (Some("hold_seconds"), _) => StepField::Hold,
            (Some("reps"), _) => StepField::Reps,
            (Some("sets"), _) => StepField::Sets,
            (Some("rest_seconds"), _) => StepField::Rest,
            (Some("set_rest_seconds"), _) => StepField::SetRest,
            (Some("sides"), _) => StepField::Sides,
            (Some("breathing"), _) => StepField::Breathing,
            (Some("note"), _) => StepField::Note,
            (Some("from_week"), _) => StepField::FromWeek,
            (Some("until_week"), _) => StepField::UntilWeek,
            (Some("progress"), row) => row
                .and_then(|row| row.parse::<usize>().ok())
                .map_or(StepField::Changes, StepField::Change),
            _ => StepField::Whole,
        }
    }

    pub fn label(self) -> String {
        match self {
            StepField::Whole => t!("field-step"),
            StepField::Exercise => t!("field-exercise"),
            StepField::Name => t!("field-name"),
            StepField::Instructions => t!("field-instructions"),
            StepField::Hold => t!("field-hold"),
            StepField::Reps => t!("field-reps"),
            StepField::Sets => t!("field-sets"),
            StepField::Rest => t!("field-rest"),
            StepField::SetRest => t!("field-set-rest"),
            StepField::Sides => t!("field-sides"),
            StepField::Breathing => t!("field-breathing"),
            StepField::Note => t!("field-note"),
            StepField::FromWeek => t!("field-from-week"),
            StepField::UntilWeek => t!("field-until-week"),
            StepField::Changes => t!("field-changes"),
            StepField::Change(row) => t!("field-change", row = row + 1),
        }
    }
}
