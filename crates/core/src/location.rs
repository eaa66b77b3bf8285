//! Located problems: `file:line:column: error: message`.

use crate::t;
use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::fmt;

/// A 1-based line and column (column counted in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };

    /// The position of byte `offset` in `text`. Scans `text` from the
    /// start: for many positions in one text, use a `Cursor`.
    pub fn of_offset(text: &str, offset: usize) -> Position {
        Cursor::default().position(text.as_bytes(), offset)
    }
}

/// Positions of increasing offsets in one text, each found by scanning
/// only from the previous one: O(length of the text) for all of them.
#[derive(Debug, Clone, Copy)]
pub struct Cursor {
    offset: usize,
    at: Position,
}

impl Default for Cursor {
    fn default() -> Cursor {
        Cursor {
            offset: 0,
            at: Position::START,
        }
    }
}

impl Cursor {
    /// The position of byte `offset` of `text` (rounded down to the start
    /// of its character). Going backwards restarts from the beginning.
    pub fn position(&mut self, text: &[u8], offset: usize) -> Position {
        let offset = offset.min(text.len());
        if offset < self.offset {
            *self = Cursor::default();
        }
        let passed = &text[self.offset..offset];
        match passed.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                self.at.line += passed.iter().filter(|&&b| b == b'\n').count();
                self.at.column = 1 + characters(&passed[last + 1..]);
            }
            None => self.at.column += characters(passed),
        }
        self.offset = offset;
        let inside_a_character = text.get(offset).copied().is_some_and(is_continuation);
        Position {
            column: self.at.column - usize::from(inside_a_character),
            ..self.at
        }
    }
}

/// How many characters start in `bytes`.
fn characters(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| !is_continuation(b)).count()
}

/// The second to fourth bytes of a UTF-8 character.
fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

/// One mistake in a file, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub position: Position,
    /// The JSON pointer of the field at fault (`/steps/3/hold_seconds`),
    /// or of the nearest parent when a field is missing; `""` is the whole
    /// document. Lets an editor show the message next to the field.
    pub pointer: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file,
            self.position.line,
            self.position.column,
            t!("problem-error", message = self.message.as_str())
        )
    }
}

impl std::error::Error for Problem {}

/// The problems of one file: the first ones by position, and how many
/// more were found but not kept.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Problems {
    /// Sorted by position.
    pub shown: Vec<Problem>,
    pub more: usize,
}

impl Problems {
    pub fn one(problem: Problem) -> Problems {
        Problems {
            shown: vec![problem],
            more: 0,
        }
    }

    /// How many problems were found in all.
    pub fn total(&self) -> usize {
        self.shown.len() + self.more
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.shown.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        match self.more {
            0 => Ok(()),
            more => write!(f, "\n{}", t!("problem-more", count = more)),
        }
    }
}

impl std::error::Error for Problems {}

/// Keeps the first `limit` problems by position (the earlier found first
/// among equal positions) and counts the others. A problem is only built
/// when it is kept, so the cost of a message is paid at most a few times
/// more than `limit`, however many mistakes a file has.
#[derive(Debug)]
pub struct Collector {
    limit: usize,
    kept: BinaryHeap<Ranked>,
    found: usize,
}

/// A kept problem, ordered by (position, order found).
#[derive(Debug)]
struct Ranked {
    key: (Position, usize),
    problem: Problem,
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Ranked) -> bool {
        self.key == other.key
    }
}

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Ranked) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Ranked) -> Ordering {
        self.key.cmp(&other.key)
    }
}

impl Collector {
    pub fn new(limit: usize) -> Collector {
        Collector {
            limit,
            kept: BinaryHeap::new(),
            found: 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.found == 0
    }

    /// Counts a problem at `position`; calls `build` only if it is among
    /// the first `limit` found so far.
    pub fn add(&mut self, position: Position, build: impl FnOnce() -> Problem) {
        let key = (position, self.found);
        self.found += 1;
        let wanted =
            self.kept.len() < self.limit || self.kept.peek().is_some_and(|last| key < last.key);
        if !wanted {
            return;
        }
        self.kept.push(Ranked {
            key,
            problem: build(),
        });
        if self.kept.len() > self.limit {
            let _ = self.kept.pop();
        }
    }

    pub fn finish(self) -> Problems {
        let shown: Vec<Problem> = self
            .kept
            .into_sorted_vec()
            .into_iter()
            .map(|ranked| ranked.problem)
            .collect();
        Problems {
            more: self.found - shown.len(),
            shown,
        }
    }
}

/// serde_json's message without the " at line L column C" it appends: we
/// print the position first, as `file:line:column`.
pub fn json_error_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let text = match text.rfind(" at line ") {
        Some(cut) => &text[..cut],
        None => &text,
    };
    // serde_json speaks English; its common syntax errors are said in the
    // person's language, any other as it is.
    if crate::i18n::current() == crate::i18n::Lang::En {
        return text.to_owned();
    }
    let known = [
        ("expected `,` or `}`", "json-expected-comma-or-brace"),
        ("expected `,` or `]`", "json-expected-comma-or-bracket"),
        ("expected `:`", "json-expected-colon"),
        ("expected value", "json-expected-value"),
        ("expected ident", "json-expected-value"),
        ("trailing comma", "json-trailing-comma"),
        ("trailing characters", "json-trailing-characters"),
        ("key must be a string", "json-key-not-string"),
        ("EOF while parsing", "json-eof"),
        ("control character", "json-control-character"),
        ("invalid escape", "json-invalid-escape"),
        ("invalid number", "json-invalid-number"),
        ("number out of range", "json-invalid-number"),
        ("recursion limit exceeded", "json-too-deep"),
    ];
    match known.iter().find(|(start, _)| text.starts_with(start)) {
        Some((_, id)) => crate::i18n::message(id, None),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_and_characters() {
        let text = "{\n  \"é\": 1,\n  \"x\": 2\n}";
        let offset = text.find("\"x\"").unwrap_or_default();
        assert_eq!(
            Position::of_offset(text, offset),
            Position { line: 3, column: 3 }
        );
        let after_accent = text.find(':').unwrap_or_default();
        assert_eq!(
            Position::of_offset(text, after_accent),
            Position { line: 2, column: 6 }
        );
    }

    #[test]
    fn a_cursor_agrees_with_scanning_from_the_start() {
        let text = "ab\né\n\n  ü x\ny";
        let mut cursor = Cursor::default();
        let offsets = [0, 1, 3, 5, 6, 7, 9, 11, 12, 14, 15, 4, 100];
        for offset in offsets {
            let mut fresh = Cursor::default();
            let expected = fresh.position(text.as_bytes(), offset);
            assert_eq!(cursor.position(text.as_bytes(), offset), expected);
        }
        assert_eq!(
            Position::of_offset(text, 12),
            Position { line: 4, column: 5 }
        );
    }

    fn problem(line: usize, message: &str) -> Problem {
        Problem {
            file: "f".into(),
            position: Position { line, column: 1 },
            pointer: String::new(),
            message: message.into(),
        }
    }

    #[test]
    fn keeps_the_first_problems_by_position_and_counts_the_rest() {
        let mut collector = Collector::new(3);
        let mut built = 0;
        for line in [9, 2, 7, 2, 8, 1, 5, 6] {
            let position = Position { line, column: 1 };
            collector.add(position, || {
                built += 1;
                problem(line, &format!("line {line}"))
            });
        }
        let problems = collector.finish();
        let lines: Vec<_> = problems.shown.iter().map(|p| p.position.line).collect();
        assert_eq!(lines, [1, 2, 2]);
        assert_eq!(problems.more, 5);
        assert_eq!(problems.total(), 8);
        assert!(built < 8, "messages past the cap are not built");
        let text = problems.to_string();
        assert_eq!(text.lines().count(), 4);
        assert!(text.ends_with("\n… and 5 more problems"), "{text}");
    }

    #[test]
    fn one_more_problem_is_singular() {
        let problems = Problems {
            shown: vec![problem(1, "a")],
            more: 1,
        };
        assert_eq!(
            problems.to_string(),
            "f:1:1: error: a\n… and 1 more problem"
        );
    }
}
