//! Reports for the physiotherapist, as text: CSV (one row per session) and
//! one self-contained HTML page with inline CSS and SVG charts. Pure: the
//! caller passes the records, their summary and the date of writing.

mod chart;
mod html;
pub mod programme;

use crate::session::SessionRecord;
use crate::t;

pub use html::html;
pub(crate) use html::{END, head};

/// What a report is and is not.
pub fn disclaimer() -> String {
    t!("report-disclaimer")
}

const CSV_HEADER: &str = "id,date,started_at,ended_at,routine_title,routine_id,\
completed,steps_done,steps_total,active_minutes,pain_before,pain_after,effort,\
painful_steps,note";

/// One row per session, RFC 4180 quoting.
pub fn csv(records: &[SessionRecord]) -> String {
    let mut text = format!("{CSV_HEADER}\r\n");
    for r in records {
        let number = |n: Option<u8>| n.map_or(String::new(), |n| n.to_string());
        let painful: Vec<String> = r
            .painful_steps
            .iter()
            .map(|s| (s + 1).to_string())
            .collect();
        let fields = [
            r.id.clone(),
            r.started_at.date_naive().to_string(),
            r.started_at.to_rfc3339(),
            r.ended_at.to_rfc3339(),
            r.routine_title.clone(),
            r.routine_id.clone(),
            r.completed.to_string(),
            r.steps_done.to_string(),
            r.steps_total.to_string(),
            r.active_seconds.div_ceil(60).to_string(),
            number(r.pain_before),
            number(r.pain_after),
            r.effort.map_or(String::new(), |e| e.label().to_string()),
            painful.join(" "),
            r.note.clone().unwrap_or_default(),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        text.push_str(&row.join(","));
        text.push_str("\r\n");
    }
    text
}

/// Quotes a field that needs it. A leading =, +, - or @ is prefixed with
/// an apostrophe so a spreadsheet never runs a note as a formula.
fn csv_field(field: &str) -> String {
    let field = if field.starts_with(['=', '+', '-', '@']) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

/// Text made safe inside HTML elements and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }

    #[test]
    fn html_escapes_markup() {
        assert_eq!(
            escape("<b>\"x\" & 'y'"),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;"
        );
    }
}
