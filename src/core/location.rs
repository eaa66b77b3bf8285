//! Located problems: `file:line:column: error: message`.

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
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: error: {}",
            self.file, self.position.line, self.position.column, self.message
        )
    }
}

impl std::error::Error for Problem {}

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
}
