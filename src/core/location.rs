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

    /// The position of byte `offset` in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
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
    use super::Position;

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
}
