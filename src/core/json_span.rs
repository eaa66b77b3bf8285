//! Where each value of a JSON document stands in its text.
//!
//! serde_json's `Value` forgets positions, so after a successful parse this
//! scanner walks the same text once more and records, for every JSON pointer
//! (`/steps/0/pose`), the position of the value and of its key.

use super::location::Position;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub key: Option<Position>,
    pub value: Position,
}

#[derive(Debug, Default)]
pub struct Spans {
    spans: HashMap<String, Span>,
    /// Keys that appear twice in one object: (pointer, position of the
    /// second key).
    pub duplicates: Vec<(String, Position)>,
}

impl Spans {
    /// Indexes `text`, which must already have parsed as JSON. Items of an
    /// array past the first `max_items` are skipped, not indexed.
    pub fn index(text: &str, max_items: usize) -> Spans {
        let mut scanner = Scanner {
            text,
            bytes: text.as_bytes(),
            at: 0,
            lines: LineTable::new(text),
            max_items,
            out: Spans::default(),
        };
        scanner.value(Some(String::new()), None);
        scanner.out
    }

    /// Position of the value at `pointer`, or of its nearest indexed parent.
    pub fn value(&self, pointer: &str) -> Position {
        self.lookup(pointer).value
    }

    /// Position of the key that names `pointer` (or of the value, when it
    /// has no key, such as an array item).
    pub fn key(&self, pointer: &str) -> Position {
        let span = self.lookup(pointer);
        span.key.unwrap_or(span.value)
    }

    fn lookup(&self, pointer: &str) -> Span {
        let mut pointer = pointer;
        loop {
            if let Some(span) = self.spans.get(pointer) {
                return *span;
            }
            match pointer.rfind('/') {
                Some(cut) => pointer = &pointer[..cut],
                None => {
                    return Span {
                        key: None,
                        value: Position::START,
                    };
                }
            }
        }
    }
}

/// Appends one reference token to a JSON pointer (RFC 6901 escaping).
pub fn child(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", token.replace('~', "~0").replace('/', "~1"))
}

struct LineTable {
    starts: Vec<usize>,
}

impl LineTable {
    fn new(text: &str) -> LineTable {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineTable { starts }
    }

    fn position(&self, text: &str, offset: usize) -> Position {
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        Position {
            line,
            column: text[start..offset].chars().count() + 1,
        }
    }
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    lines: LineTable,
    max_items: usize,
    out: Spans,
}

impl Scanner<'_> {
    fn here(&self) -> Position {
        self.lines.position(self.text, self.at)
    }

    fn peek(&self) -> u8 {
        self.bytes.get(self.at).copied().unwrap_or(0)
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), b' ' | b'\t' | b'\n' | b'\r') {
            self.at += 1;
        }
    }

    /// Walks one value; records it (and what it holds) under `pointer`
    /// unless that is `None`.
    fn value(&mut self, pointer: Option<String>, key: Option<Position>) {
        self.skip_whitespace();
        let value = self.here_if(pointer.is_some());
        match self.peek() {
            b'{' => self.object(pointer.as_deref()),
            b'[' => self.array(pointer.as_deref()),
            b'"' => self.skip_string(),
            _ => self.scalar(),
        }
        if let Some(pointer) = pointer {
            let _ = self.out.spans.insert(pointer, Span { key, value });
        }
    }

    fn here_if(&self, wanted: bool) -> Position {
        if wanted { self.here() } else { Position::START }
    }

    fn object(&mut self, pointer: Option<&str>) {
        self.at += 1;
        let mut seen = HashSet::new();
        loop {
            self.skip_whitespace();
            match self.peek() {
                b'}' | 0 => break,
                b',' => self.at += 1,
                _ => {
                    let key_at = self.here_if(pointer.is_some());
                    let start = self.at;
                    self.skip_string();
                    let end = self.at;
                    self.skip_whitespace();
                    self.at += 1; // the ':'
                    let Some(pointer) = pointer else {
                        self.value(None, None);
                        continue;
                    };
                    let key = self.decode(start, end);
                    let path = child(pointer, &key);
                    if !seen.insert(key) {
                        self.out.duplicates.push((path.clone(), key_at));
                    }
                    self.value(Some(path), Some(key_at));
                }
            }
        }
        self.at += 1;
    }

    fn array(&mut self, pointer: Option<&str>) {
        self.at += 1;
        let mut index = 0usize;
        loop {
            self.skip_whitespace();
            match self.peek() {
                b']' | 0 => break,
                b',' => self.at += 1,
                _ => {
                    let path = pointer
                        .filter(|_| index < self.max_items)
                        .map(|p| child(p, &index.to_string()));
                    self.value(path, None);
                    index += 1;
                }
            }
        }
        self.at += 1;
    }

    fn skip_string(&mut self) {
        self.at += 1;
        while self.at < self.bytes.len() {
            match self.bytes[self.at] {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return;
                }
                _ => self.at += 1,
            }
        }
    }

    /// The decoded text of the string literal at `start..end`.
    fn decode(&self, start: usize, end: usize) -> String {
        let literal = &self.text[start..end.min(self.text.len())];
        serde_json::from_str(literal).unwrap_or_default()
    }

    fn scalar(&mut self) {
        while !matches!(
            self.peek(),
            b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r' | 0
        ) {
            self.at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values_and_keys() {
        let text = "{\n  \"steps\": [\n    {\"pose\": \"x\"},\n    {\"a/b\": 2}\n  ]\n}";
        let spans = Spans::index(text, 10);
        assert_eq!(
            spans.value("/steps/0/pose"),
            Position {
                line: 3,
                column: 14
            }
        );
        assert_eq!(spans.key("/steps/0/pose"), Position { line: 3, column: 6 });
        assert_eq!(
            spans.value("/steps/1/a~1b"),
            Position {
                line: 4,
                column: 13
            }
        );
        assert_eq!(
            spans.value("/steps/1/missing"),
            Position { line: 4, column: 5 }
        );
        assert!(spans.duplicates.is_empty());
    }

    #[test]
    fn reports_duplicate_keys() {
        let spans = Spans::index("{\"title\": \"a\",\n \"title\": \"b\"}", 10);
        assert_eq!(
            spans.duplicates,
            vec![("/title".to_string(), Position { line: 2, column: 2 })]
        );
    }
}
