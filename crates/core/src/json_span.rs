//! Where each value of a JSON document stands in its text.
//!
//! serde_json's `Value` forgets positions, so after a successful parse this
//! scanner walks the same text once more and records, for every JSON pointer
//! (`/steps/0/pose`), the position of the value and of its key.

use super::location::{Cursor, Position};
use std::collections::{HashMap, HashSet};

/// Deeper values are skipped, not indexed, so that the recursive scan
/// never runs out of stack (serde_json already refuses more than 128
/// levels, so a routine file never gets near it).
const MAX_DEPTH: usize = 200;

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
            cursor: Cursor::default(),
            depth: 0,
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

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// Positions are asked for in increasing order, so one forward scan
    /// of the text finds them all.
    cursor: Cursor,
    depth: usize,
    max_items: usize,
    out: Spans,
}

impl Scanner<'_> {
    fn here(&mut self) -> Position {
        self.cursor.position(self.bytes, self.at)
    }

    fn peek(&self) -> u8 {
        self.bytes.get(self.at).copied().unwrap_or(0)
    }

    /// What is left of the text from `at`.
    fn rest(&self) -> &[u8] {
        self.bytes.get(self.at..).unwrap_or_default()
    }

    fn skip_whitespace(&mut self) {
        let rest = self.rest();
        let space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
        self.at += rest.iter().position(|b| !space(b)).unwrap_or(rest.len());
    }

    /// Walks one value; records it (and what it holds) under `pointer`
    /// unless that is `None`.
    fn value(&mut self, pointer: Option<String>, key: Option<Position>) {
        self.skip_whitespace();
        let value = self.here_if(pointer.is_some());
        self.depth += 1;
        match self.peek() {
            b'{' | b'[' if self.depth > MAX_DEPTH => self.skip_nested(),
            b'{' => self.object(pointer.as_deref()),
            b'[' => self.array(pointer.as_deref()),
            b'"' => self.skip_string(),
            _ => self.scalar(),
        }
        self.depth -= 1;
        if let Some(pointer) = pointer {
            let _ = self.out.spans.insert(pointer, Span { key, value });
        }
    }

    fn here_if(&mut self, wanted: bool) -> Position {
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
        loop {
            let rest = self.rest();
            match rest.iter().position(|&b| b == b'"' || b == b'\\') {
                Some(end) if rest[end] == b'"' => {
                    self.at += end + 1;
                    return;
                }
                Some(escape) => self.at += escape + 2,
                None => {
                    self.at = self.bytes.len();
                    return;
                }
            }
        }
    }

    /// The decoded text of the string literal at `start..end`.
    fn decode(&self, start: usize, end: usize) -> String {
        let literal = &self.text[start..end.min(self.text.len())];
        serde_json::from_str(literal).unwrap_or_default()
    }

    /// Skips a whole object or list without recursion (and without
    /// recording anything in it).
    fn skip_nested(&mut self) {
        let mut open = 0usize;
        while self.at < self.bytes.len() {
            match self.bytes[self.at] {
                b'"' => {
                    self.skip_string();
                    continue;
                }
                b'{' | b'[' => open += 1,
                b'}' | b']' => {
                    open = open.saturating_sub(1);
                    if open == 0 {
                        self.at += 1;
                        return;
                    }
                }
                _ => {}
            }
            self.at += 1;
        }
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

    #[test]
    fn very_deep_nesting_is_skipped_without_recursion() {
        let depth = 1_000_000;
        let text = format!(
            "{{\"a\": {}\"]\"{}, \"b\": 1}}",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        let spans = Spans::index(&text, 10);
        let b = text.rfind("1}").unwrap_or_default();
        assert_eq!(spans.value("/b"), Position::of_offset(&text, b));
        assert_eq!(spans.value("/a/0/0"), Position { line: 1, column: 9 });
    }

    #[test]
    fn long_lines_are_indexed_in_one_pass() {
        let items = vec!["{\"k\": \"é\"}"; 50_000].join(",");
        let text = format!("[{items}]");
        let started = std::time::Instant::now();
        let spans = Spans::index(&text, usize::MAX);
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        let last = text.rfind("\"é\"").unwrap_or_default();
        assert_eq!(spans.value("/49999/k"), Position::of_offset(&text, last));
    }
}
