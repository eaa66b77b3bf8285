//! The report as one HTML page: inline CSS and SVG, nothing fetched, laid
//! out to print on A4.

use super::{DISCLAIMER, chart, escape};
use crate::history::Summary;
use crate::history::stats::WARNING;
use crate::routine::Prescription;
use crate::session::SessionRecord;
use chrono::NaiveDate;
use std::fmt::Write;

/// The look every printable page shares: A4 margins, the type, headings,
/// the grey meta line and the disclaimer.
const BASE_STYLE: &str = "@page{size:A4;margin:14mm}\
body{font:10.5pt/1.4 'DejaVu Sans',Arial,sans-serif;color:#1d2733;max-width:182mm;margin:0 auto;padding:4mm 0}\
h1{font-size:17pt;margin:0 0 2mm}h2{font-size:12pt;margin:6mm 0 2mm;border-bottom:1px solid #c9d3dd;padding-bottom:1mm}\
.meta{color:#566373}.disclaimer{margin:-1mm 0 3mm;font-size:9pt;color:#566373}\
section{break-inside:avoid;page-break-inside:avoid}";

const STYLE: &str = "table{border-collapse:collapse;width:100%}\
th,td{text-align:left;padding:1mm 2mm;border-bottom:1px solid #e3e8ee;vertical-align:top}\
th{font-weight:600;background:#f2f5f8}td.n,th.n{text-align:right}\
.cards{display:flex;gap:4mm}.card{flex:1;border:1px solid #c9d3dd;border-radius:2mm;padding:2mm 3mm}\
.card b{display:block;font-size:15pt}svg{width:100%;height:auto;display:block}\
.bar{fill:#4f8fc0}.target{stroke:#c0504f;stroke-width:2;stroke-dasharray:4 3}\
.axis{stroke:#8795a3}.label,.scale{font-size:10px;fill:#566373;text-anchor:middle}.scale{text-anchor:end}\
.before{fill:none;stroke:#c0504f;stroke-width:2}.after{fill:none;stroke:#4f8fc0;stroke-width:2}\
.key span{display:inline-block;width:10mm;height:1mm;margin:0 1mm 0.6mm 3mm;vertical-align:middle}\
.warning{border-left:2mm solid #d9822b;background:#fdf3e7;padding:2mm 3mm}";

/// The whole page for `records` (already selected) and their summary.
pub fn html(
    records: &[SessionRecord],
    summary: &Summary,
    name: Option<&str>,
    written: NaiveDate,
) -> String {
    let mut page = head("Posewise report", STYLE);
    let _ = write!(
        page,
        "<h1>Exercise report{}</h1>\
         <p class=\"meta\">{} to {} · written {written} · {} sessions logged</p>",
        name.map_or(String::new(), |n| format!(" — {}", escape(n))),
        summary.since,
        summary.until,
        records.len()
    );
    let _ = write!(page, "<p class=\"disclaimer\">{}</p>", escape(DISCLAIMER));
    if let Some(warning) = summary.warning {
        let _ = write!(
            page,
            "<p class=\"warning\">{} ({} and {})</p>",
            escape(WARNING),
            warning.first,
            warning.second
        );
    }
    page.push_str(&overview(records, summary));
    page.push_str(&routines(summary));
    page.push_str(&weeks(summary));
    page.push_str(&pain(summary));
    page.push_str(&painful(summary));
    page.push_str(&notes(records));
    page.push_str(END);
    page
}

/// The start of a printable page up to `<body>`: the shared look plus
/// `style`, and `title` (escaped) for the browser's tab and print header.
pub(crate) fn head(title: &str, style: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{BASE_STYLE}{style}</style></head><body>",
        escape(title)
    )
}

/// The end of a page that `head` began.
pub(crate) const END: &str = "</body></html>\n";

fn overview(records: &[SessionRecord], summary: &Summary) -> String {
    let done = records.iter().filter(|r| r.completed).count();
    let minutes: u64 = records.iter().map(|r| r.active_seconds.div_ceil(60)).sum();
    let adherence = summary
        .adherence
        .iter()
        .find_map(crate::history::stats::Adherence::percent)
        .map_or("–".to_string(), |p| format!("{p:.0} %"));
    let change = summary
        .average_change
        .map_or("–".to_string(), |c| format!("{c:+.1}"));
    let card =
        |value: String, label: &str| format!("<div class=\"card\"><b>{value}</b>{label}</div>");
    format!(
        "<section class=\"cards\">{}{}{}{}</section>",
        card(format!("{done} of {}", records.len()), "sessions completed"),
        card(adherence, "adherence to the prescription"),
        card(format!("{minutes} min"), "of exercise"),
        card(change, "pain after − before, on average"),
    )
}

fn prescription_text(p: Option<Prescription>) -> String {
    let Some(p) = p else {
        return "no prescription".to_string();
    };
    let mut parts = vec![format!("{}× a day", p.times_per_day.unwrap_or(1))];
    parts.push(format!("{} days a week", p.days_per_week.unwrap_or(7)));
    if let Some(weeks) = p.weeks {
        parts.push(format!("for {weeks} weeks"));
    }
    parts.join(", ")
}

fn routines(summary: &Summary) -> String {
    let mut rows = String::new();
    for a in &summary.adherence {
        let _ = write!(
            rows,
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&a.routine_title),
            prescription_text(a.prescription),
            a.done,
            a.prescribed.map_or("–".to_string(), |p| format!("{p:.0}")),
            a.percent().map_or("–".to_string(), |p| format!("{p:.0} %"))
        );
    }
    format!(
        "<section><h2>Routine and prescription</h2><table><tr><th>Routine</th><th>Prescription</th>\
         <th class=\"n\">Done</th><th class=\"n\">Prescribed</th><th class=\"n\">Adherence</th></tr>{rows}</table></section>"
    )
}

fn weeks(summary: &Summary) -> String {
    let label = |w: &crate::history::stats::Week| w.start.format("%d %b").to_string();
    let done: Vec<_> = summary
        .weeks
        .iter()
        .map(|w| (label(w), w.totals.completed as f64, w.prescribed))
        .collect();
    let minutes: Vec<_> = summary
        .weeks
        .iter()
        .map(|w| (label(w), w.totals.minutes as f64, None))
        .collect();
    let mut rows = String::new();
    for w in &summary.weeks {
        let percent = w
            .prescribed
            .filter(|p| *p > 0.0)
            .map_or("–".to_string(), |p| {
                format!("{:.0} %", 100.0 * w.totals.completed as f64 / p)
            });
        let _ = write!(
            rows,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{percent}</td><td class=\"n\">{}</td></tr>",
            w.start,
            w.totals.completed,
            w.prescribed.map_or("–".to_string(), |p| format!("{p:.0}")),
            w.totals.minutes
        );
    }
    format!(
        "<section><h2>Prescribed and done, per week</h2>{}<p class=\"meta key\">Bars: sessions completed; dashes: sessions prescribed.</p></section>\
         <section><h2>Minutes per week</h2>{}</section>\
         <section><table><tr><th>Week of</th><th class=\"n\">Done</th><th class=\"n\">Prescribed</th><th class=\"n\">Adherence</th><th class=\"n\">Minutes</th></tr>{rows}</table></section>",
        chart::bars(&done, "sessions per week"),
        chart::bars(&minutes, "minutes per week")
    )
}

fn pain(summary: &Summary) -> String {
    if summary.pain.is_empty() {
        return "<section><h2>Pain before and after</h2><p>No session was rated.</p></section>"
            .into();
    }
    let points: Vec<(u8, u8)> = summary.pain.iter().map(|p| (p.before, p.after)).collect();
    format!(
        "<section><h2>Pain before and after (0–10)</h2>{}<p class=\"meta key\">\
         <span style=\"background:#c0504f\"></span>before<span style=\"background:#4f8fc0\"></span>after · \
         {} rated sessions from {} to {}</p></section>",
        chart::pain(&points),
        points.len(),
        summary.pain[0].date,
        summary.pain[points.len() - 1].date
    )
}

fn painful(summary: &Summary) -> String {
    if summary.painful.is_empty() {
        return "<section><h2>Exercises marked painful</h2><p>None.</p></section>".into();
    }
    let mut rows = String::new();
    for p in &summary.painful {
        let _ = write!(
            rows,
            "<tr><td>{}</td><td>{} {}</td><td class=\"n\">{}</td></tr>",
            escape(&p.routine_title),
            p.step + 1,
            escape(&p.name),
            p.count
        );
    }
    format!(
        "<section><h2>Exercises marked painful</h2><table><tr><th>Routine</th><th>Step</th>\
         <th class=\"n\">Sessions</th></tr>{rows}</table></section>"
    )
}

fn notes(records: &[SessionRecord]) -> String {
    let mut items = String::new();
    for r in records {
        if let Some(note) = r.note.as_deref().filter(|n| !n.trim().is_empty()) {
            let _ = write!(
                items,
                "<tr><td>{}</td><td>{}</td></tr>",
                r.started_at.format("%Y-%m-%d %H:%M"),
                escape(note)
            );
        }
    }
    if items.is_empty() {
        return "<section><h2>Notes</h2><p>No notes.</p></section>".into();
    }
    format!("<section><h2>Notes</h2><table>{items}</table></section>")
}
