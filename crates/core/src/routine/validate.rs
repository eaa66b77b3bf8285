//! Checks a routine file and reports its mistakes with their positions.
//!
//! Every input is hostile, so each pass costs at most a few times the
//! size of the file, and the session length is worked out by arithmetic
//! before anything is built:
//! 1. syntax: `shape` reads the text with serde_json, keeping only the
//!    parts that are checked (serde_json stops at the first syntax error);
//! 2. a walk over that `Value` that finds every mistake; the first
//!    `MAX_PROBLEMS` by position are kept, the others only counted;
//! 3. the typed deserialisation, then the length of the session.
//!
//! Positions come from `json_span`, which indexes the same text.

mod document;
mod shape;
mod step;
mod value;
mod weeks;

use super::{MAX_FILE_BYTES, MAX_PROBLEMS, MAX_SESSION_MS, MAX_STEPS, ResolvedStep, Routine};
use crate::catalogue::Catalogue;
use crate::json_span::Spans;
use crate::location::{Collector, Position, Problem, Problems};
use crate::t;
use std::borrow::Cow;

/// Most lines a custom exercise's `instructions` may have.
const MAX_LINES: usize = 20;
/// Longest text field, in characters.
const MAX_TEXT_CHARS: usize = 2000;
/// Longest name of a custom exercise: it is shown, spoken and copied into
/// every segment of the session's timeline.
const MAX_NAME_CHARS: usize = 80;

pub(super) fn parse(bytes: &[u8], file: &str, catalogue: &Catalogue) -> Result<Routine, Problems> {
    let text = text_of(bytes, file)?;
    let document = shape::read(text).map_err(|error| syntax_problem(text, file, &error))?;
    let spans = Spans::index(text, MAX_STEPS + 1);
    let mut check = Check {
        file,
        spans: &spans,
        catalogue,
        found: Collector::new(MAX_PROBLEMS),
        version: None,
        weeks: None,
    };
    for (pointer, position) in &spans.duplicates {
        check.problem_at(*position, pointer, || {
            let field = value::last_token(pointer);
            t!("check-twice", field = value::quote(&field))
        });
    }
    check.routine(&document.value, document.steps_left_out);
    if !check.found.is_empty() {
        return Err(check.found.finish());
    }
    let routine: Routine = serde_json::from_value(document.value).map_err(|error| {
        let message = t!("check-invalid", error = error.to_string());
        Problems::one(super::problem_at_start(file, message))
    })?;
    check.session_length(&routine);
    check.empty_weeks(&routine);
    if !check.found.is_empty() {
        return Err(check.found.finish());
    }
    Ok(routine)
}

/// The problem with a file over `MAX_FILE_BYTES`.
pub(super) fn too_large(file: &str) -> Problem {
    let message = t!("check-file-too-large", kib = MAX_FILE_BYTES / 1024);
    super::problem_at_start(file, message)
}

/// The file as text, if it is small UTF-8 text (a byte order mark is
/// dropped).
fn text_of<'b>(bytes: &'b [u8], file: &str) -> Result<&'b str, Problems> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Problems::one(too_large(file)));
    }
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        Problems::one(Problem {
            file: file.to_string(),
            position: Position::of_offset(valid, valid.len()),
            pointer: String::new(),
            message: t!("check-not-utf8"),
        })
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

fn syntax_problem(text: &str, file: &str, error: &serde_json::Error) -> Problems {
    let message = crate::location::json_error_message(error);
    Problems::one(Problem {
        file: file.to_string(),
        position: syntax_position(text, error.line(), error.column()),
        pointer: String::new(),
        message: t!("check-not-json", error = message),
    })
}

/// serde_json counts columns in bytes; ours are in characters.
fn syntax_position(text: &str, line: usize, byte_column: usize) -> Position {
    let line = line.max(1);
    let start = match line {
        1 => Some(0),
        _ => text.match_indices('\n').nth(line - 2).map(|(at, _)| at + 1),
    };
    let Some(start) = start else {
        return Position {
            line,
            column: byte_column.max(1),
        };
    };
    let position = Position::of_offset(&text[start..], byte_column.saturating_sub(1));
    Position {
        line,
        column: position.column,
    }
}

/// One walk over a routine: where problems are found and kept.
struct Check<'a> {
    file: &'a str,
    spans: &'a Spans,
    catalogue: &'a Catalogue,
    found: Collector,
    /// The file's `version`, once read and known.
    version: Option<u64>,
    /// The programme's `weeks`, when the prescription gives a valid one.
    weeks: Option<u64>,
}

impl Check<'_> {
    /// A problem with the value at `pointer`, or with its key when
    /// `at_key`. `message` is only called when the problem is kept.
    fn problem(&mut self, pointer: &str, at_key: bool, message: impl FnOnce() -> String) {
        let position = if at_key {
            self.spans.key(pointer)
        } else {
            self.spans.value(pointer)
        };
        self.problem_at(position, pointer, message);
    }

    fn problem_at(&mut self, position: Position, pointer: &str, message: impl FnOnce() -> String) {
        let file = self.file;
        self.found.add(position, || Problem {
            file: file.to_string(),
            position,
            pointer: pointer.to_string(),
            message: message(),
        });
    }

    /// The whole session must fit in `MAX_SESSION_MS`, in every week of
    /// a programme: worked out by arithmetic, step by step, before any
    /// timeline is built.
    fn session_length(&mut self, routine: &Routine) {
        let Some(weeks) = routine.programme_weeks() else {
            let _ = self.week_length(routine, None);
            return;
        };
        for week in 1..=weeks {
            if !self.week_length(routine, Some(week)) {
                // One week over is enough to say; the others would repeat it.
                return;
            }
        }
    }

    /// Checks one week (`None`: a routine that is the same every week);
    /// false when it is too long.
    fn week_length(&mut self, routine: &Routine, week: Option<u32>) -> bool {
        let (get_ready_ms, switch_ms) = (routine.get_ready_ms(), routine.switch_ms());
        let mut total_ms = 0u64;
        let mut first_over = None;
        for (index, step) in routine.steps.iter().enumerate() {
            let step = match week {
                Some(week) if !step.runs_in(week) => continue,
                Some(week) => Cow::Owned(step.in_week(week)),
                None => Cow::Borrowed(step),
            };
            let ms =
                ResolvedStep::in_catalogue(&step, self.catalogue).total_ms(get_ready_ms, switch_ms);
            total_ms = total_ms.saturating_add(ms);
            if first_over.is_none() && total_ms > MAX_SESSION_MS {
                first_over = Some(index);
            }
        }
        let Some(index) = first_over else {
            return true;
        };
        self.problem(&format!("/steps/{index}"), false, || {
            let (hours, most, step) = (hours(total_ms), MAX_SESSION_MS / 3_600_000, index + 1);
            match week {
                Some(week) => t!(
                    "check-week-too-long",
                    week = week,
                    hours = hours,
                    most = most,
                    step = step
                ),
                None => t!(
                    "check-session-too-long",
                    hours = hours,
                    most = most,
                    step = step
                ),
            }
        });
        false
    }
}

/// Hours with one decimal, rounded up so that a session just over the
/// limit never reads as exactly at it.
fn hours(ms: u64) -> String {
    let tenths = ms.div_ceil(360_000);
    crate::i18n::with_decimal_mark(format!("{}.{}", tenths / 10, tenths % 10))
}

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

    #[test]
    fn syntax_columns_count_characters() {
        let text = "{\"é\": 1,\n \"ü\": 2 3}";
        let error = shape::read(text).err();
        let position = error.map(|e| syntax_position(text, e.line(), e.column()));
        assert_eq!(position, Some(Position { line: 2, column: 9 }));
    }
}
