//! Small inline SVG charts for the HTML report.

use std::fmt::Write;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 180.0;
const LEFT: f64 = 36.0;
const BOTTOM: f64 = 24.0;

/// Bars of `values` with labels under them, and, when given, a dashed
/// mark per bar for a target (the prescription).
pub fn bars(values: &[(String, f64, Option<f64>)], unit: &str) -> String {
    let top = values
        .iter()
        .flat_map(|(_, v, t)| [*v, t.unwrap_or(0.0)])
        .fold(1.0f64, f64::max);
    let mut svg = frame(top, unit);
    let slot = (WIDTH - LEFT) / values.len().max(1) as f64;
    let every = values.len().div_ceil(13).max(1);
    for (i, (label, value, target)) in values.iter().enumerate() {
        let x = LEFT + slot * i as f64;
        let h = value / top * (HEIGHT - BOTTOM - 8.0);
        let y = HEIGHT - BOTTOM - h;
        let _ = write!(
            svg,
            r#"<rect x="{:.1}" y="{y:.1}" width="{:.1}" height="{h:.1}" class="bar"/>"#,
            x + slot * 0.15,
            slot * 0.7
        );
        if let Some(target) = target {
            let ty = HEIGHT - BOTTOM - target / top * (HEIGHT - BOTTOM - 8.0);
            let _ = write!(
                svg,
                r#"<line x1="{:.1}" x2="{:.1}" y1="{ty:.1}" y2="{ty:.1}" class="target"/>"#,
                x + slot * 0.05,
                x + slot * 0.95
            );
        }
        if i % every == 0 {
            let _ = write!(
                svg,
                r#"<text x="{:.1}" y="{:.1}" class="label">{}</text>"#,
                x + slot / 2.0,
                HEIGHT - 8.0,
                super::escape(label)
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// Two lines on a 0–10 scale: pain before and after each rated session.
pub fn pain(points: &[(u8, u8)]) -> String {
    let mut svg = frame(10.0, "pain");
    let step = (WIDTH - LEFT - 10.0) / points.len().saturating_sub(1).max(1) as f64;
    let y = |p: u8| HEIGHT - BOTTOM - f64::from(p) / 10.0 * (HEIGHT - BOTTOM - 8.0);
    for (class, pick) in [("before", 0usize), ("after", 1)] {
        let mut path = String::new();
        for (i, (before, after)) in points.iter().enumerate() {
            let value = if pick == 0 { *before } else { *after };
            let command = if i == 0 { 'M' } else { 'L' };
            let _ = write!(
                path,
                "{command}{:.1},{:.1} ",
                LEFT + 5.0 + step * i as f64,
                y(value)
            );
        }
        let _ = write!(svg, r#"<path d="{}" class="{class}"/>"#, path.trim_end());
    }
    svg.push_str("</svg>");
    svg
}

/// The SVG element, the axis and a top and bottom value.
fn frame(top: f64, unit: &str) -> String {
    let base = HEIGHT - BOTTOM;
    format!(
        r#"<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{unit}"><line x1="{LEFT}" x2="{WIDTH}" y1="{base}" y2="{base}" class="axis"/><text x="{:.1}" y="14" class="scale">{top:.0}</text><text x="{:.1}" y="{base}" class="scale">0</text>"#,
        LEFT - 6.0,
        LEFT - 6.0
    )
}
