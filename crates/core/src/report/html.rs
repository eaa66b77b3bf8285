//! The report as one HTML page: inline CSS and SVG, nothing fetched, laid
//! out to print on A4.

use super::{chart, disclaimer, escape};
use crate::history::Summary;
use crate::history::stats::warning_message;
use crate::routine::{Prescription, Routine};
use crate::session::SessionRecord;
use crate::t;
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

/// The whole page for `records` (already selected) and their summary;
/// `programmes` are the routines that change by week, for their weeks.
pub fn html(
    records: &[SessionRecord],
    summary: &Summary,
    programmes: &[Routine],
    name: Option<&str>,
    written: NaiveDate,
) -> String {
    let mut page = head(&t!("report-title"), STYLE);
    let heading = match name {
        Some(name) => t!("report-heading-for", name = name),
        None => t!("report-heading"),
    };
    let meta = t!(
        "report-meta",
        since = summary.since.to_string(),
        until = summary.until.to_string(),
        written = written.to_string(),
        sessions = records.len()
    );
    let _ = write!(
        page,
        "<h1>{}</h1><p class=\"meta\">{}</p>",
        escape(&heading),
        escape(&meta)
    );
    let _ = write!(
        page,
        "<p class=\"disclaimer\">{}</p>",
        escape(&disclaimer())
    );
    if let Some(warning) = summary.warning {
        let _ = write!(
            page,
            "<p class=\"warning\">{}</p>",
            escape(&t!(
                "report-warning",
                warning = warning_message(),
                first = warning.first.to_string(),
                second = warning.second.to_string()
            ))
        );
    }
    page.push_str(&overview(records, summary));
    page.push_str(&routines(summary));
    page.push_str(&weeks(summary));
    page.push_str(&super::programme::sections(
        records,
        programmes,
        crate::catalogue::Catalogue::builtin(),
    ));
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
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{BASE_STYLE}{style}</style></head><body>",
        escape(title),
        lang = crate::i18n::current().code()
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
        card(
            t!("report-done-of", done = done, count = records.len()),
            &t!("report-card-completed")
        ),
        card(adherence, &t!("report-card-adherence")),
        card(t!("duration-min", m = minutes), &t!("report-card-exercise")),
        card(change, &t!("report-card-pain")),
    )
}

fn prescription_text(p: Option<Prescription>) -> String {
    let Some(p) = p else {
        return t!("report-no-prescription");
    };
    let mut parts = vec![t!(
        "report-times-a-day",
        count = p.times_per_day.unwrap_or(1)
    )];
    parts.push(t!(
        "often-days-a-week",
        count = p.days_per_week.unwrap_or(7)
    ));
    if let Some(weeks) = p.weeks {
        parts.push(t!("often-weeks", count = weeks));
    }
    parts.join(&t!("list-separator"))
}

fn routines(summary: &Summary) -> String {
    let mut rows = String::new();
    for a in &summary.adherence {
        let _ = write!(
            rows,
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&crate::library::shown_title(
                &a.routine_id,
                &a.routine_title
            )),
            escape(&prescription_text(a.prescription)),
            a.done,
            a.prescribed.map_or("–".to_string(), |p| format!("{p:.0}")),
            a.percent().map_or("–".to_string(), |p| format!("{p:.0} %"))
        );
    }
    format!(
        "<section><h2>{}</h2><table><tr><th>{}</th><th>{}</th>\
         <th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr>{rows}</table></section>",
        escape(&t!("report-routines")),
        escape(&t!("report-routine")),
        escape(&t!("report-prescription")),
        escape(&t!("report-done")),
        escape(&t!("report-prescribed")),
        escape(&t!("report-adherence"))
    )
}

fn weeks(summary: &Summary) -> String {
    let label = |w: &crate::history::stats::Week| crate::dates::short_date(w.start);
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
        "<section><h2>{}</h2>{}<p class=\"meta key\">{}</p></section>\
         <section><h2>{}</h2>{}</section>\
         <section><table><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr>{rows}</table></section>",
        escape(&t!("report-per-week")),
        chart::bars(&done, &t!("report-sessions-per-week")),
        escape(&t!("report-bars-key")),
        escape(&t!("history-minutes-title")),
        chart::bars(&minutes, &t!("report-minutes-per-week")),
        escape(&t!("report-week-of")),
        escape(&t!("report-done")),
        escape(&t!("report-prescribed")),
        escape(&t!("report-adherence")),
        escape(&t!("chart-minutes"))
    )
}

fn pain(summary: &Summary) -> String {
    if summary.pain.is_empty() {
        return format!(
            "<section><h2>{}</h2><p>{}</p></section>",
            escape(&t!("history-pain-title")),
            escape(&t!("report-no-pain"))
        );
    }
    let points: Vec<(u8, u8)> = summary.pain.iter().map(|p| (p.before, p.after)).collect();
    format!(
        "<section><h2>{}</h2>{}<p class=\"meta key\">\
         <span style=\"background:#c0504f\"></span>{}<span style=\"background:#4f8fc0\"></span>{} · \
         {}</p></section>",
        escape(&t!("report-pain-title")),
        chart::pain(&points),
        escape(&t!("chart-before")),
        escape(&t!("chart-after")),
        escape(&t!(
            "report-rated",
            count = points.len(),
            since = summary.pain[0].date.to_string(),
            until = summary.pain[points.len() - 1].date.to_string()
        ))
    )
}

fn painful(summary: &Summary) -> String {
    if summary.painful.is_empty() {
        return format!(
            "<section><h2>{}</h2><p>{}</p></section>",
            escape(&t!("report-painful")),
            escape(&t!("report-none"))
        );
    }
    let mut rows = String::new();
    for p in &summary.painful {
        let _ = write!(
            rows,
            "<tr><td>{}</td><td>{} {}</td><td class=\"n\">{}</td></tr>",
            escape(&crate::library::shown_title(
                &p.routine_id,
                &p.routine_title
            )),
            p.step + 1,
            escape(&p.name),
            p.count
        );
    }
    format!(
        "<section><h2>{}</h2><table><tr><th>{}</th><th>{}</th>\
         <th class=\"n\">{}</th></tr>{rows}</table></section>",
        escape(&t!("report-painful")),
        escape(&t!("report-routine")),
        escape(&t!("field-step")),
        escape(&t!("history-sessions"))
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
        return format!(
            "<section><h2>{}</h2><p>{}</p></section>",
            escape(&t!("field-notes")),
            escape(&t!("report-no-notes"))
        );
    }
    format!(
        "<section><h2>{}</h2><table>{items}</table></section>",
        escape(&t!("field-notes"))
    )
}
