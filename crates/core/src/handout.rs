//! The patient's handout: one routine as a self-contained HTML page (inline
//! CSS and SVG, nothing fetched) that prints on A4 with no step split
//! across pages. Pure: the caller passes the date of writing.
//!
//! Every text from the routine file is hostile input and is escaped.

use crate::catalogue::{BreathPattern, Catalogue, Pose};
use crate::dose::{dose, prescription, rhythm};
use crate::duration::format_duration;
use crate::illustration;
use crate::report::{END, escape, head};
use crate::routine::{Exercise, ResolvedStep, Routine, Step};
use crate::safety::{not_advice, red_flag_levels, red_flags_intro};
use crate::t;
use chrono::NaiveDate;
use std::fmt::Write;

mod weeks;

const STYLE: &str = "body{overflow-wrap:break-word}\
@media screen{body{padding:8mm 4mm}}\
.notes{white-space:pre-line;margin:2mm 0}.prescription{margin:2mm 0}\
.safety{border-left:2mm solid #c0504f;background:#fbeeee;padding:2mm 3mm;margin:3mm 0 4mm}\
.safety h2{border:0;margin:0 0 1mm;padding:0;color:#8f2d2c}\
.safety p{margin:0}.safety ul{margin:1mm 0 0;padding-left:5mm}\
.step{display:flex;gap:4mm;border:1px solid #c9d3dd;border-radius:2mm;\
padding:2.5mm 3.5mm;margin:0 0 3mm;break-inside:avoid;page-break-inside:avoid;\
font-size:9.5pt;line-height:1.3}\
.picture{flex:0 0 35mm}.picture svg{width:35mm;height:35mm;display:block}\
.text{flex:1;min-width:0}.text p{margin:0.8mm 0}\
.step h2{font-size:12.5pt;margin:0 0 0.5mm;border:0;padding:0}\
.step h2 small{font-weight:normal;color:#566373;font-size:9.5pt}\
.dose{font-weight:600;font-size:11pt;color:#1f5f8b}\
.dose span{font-weight:normal;font-size:9pt;color:#566373}\
.step ol,.step ul{margin:0.8mm 0;padding-left:5mm}\
.care{color:#7a4310;font-size:8.5pt}.care p{margin:0}\
.note{background:#f2f5f8;padding:1mm 2mm;border-radius:1mm}";

/// The whole handout page for `routine`, written on `written`.
pub fn html(routine: &Routine, catalogue: &Catalogue, written: NaiveDate) -> String {
    let title = crate::library::title_of(routine);
    let mut page = head(&title, &format!("{STYLE}{}", weeks::STYLE));
    page.push_str(&header(routine, catalogue, written));
    page.push_str(&safety());
    page.push_str(&weeks::table(routine, catalogue));
    page.push_str("<main>");
    let of = routine.programme_weeks();
    for (index, step) in routine.steps.iter().enumerate() {
        // A step of a programme shows its first week's dose; the table
        // has the others.
        let first = step.from_week.unwrap_or(1);
        let done = step.in_week(first);
        let ms = ResolvedStep::in_catalogue(&done, catalogue)
            .total_ms(routine.get_ready_ms(), routine.switch_ms());
        let weeks = of.map_or(String::new(), |of| weeks::step_weeks(step, of));
        page.push_str(&step_block(index + 1, &done, catalogue, ms, &weeks));
    }
    page.push_str("</main>");
    page.push_str(END);
    page
}

/// Title, author, length, prescription, notes and the disclaimer.
fn header(routine: &Routine, catalogue: &Catalogue, written: NaiveDate) -> String {
    let mut meta = Vec::new();
    if let Some(author) = text(routine.author.as_deref()) {
        meta.push(t!("handout-from", author = escape(author)));
    }
    // A programme's length changes by week: its table gives each.
    if routine.programme_weeks().is_none() {
        meta.push(t!(
            "handout-length",
            steps = routine.steps.len(),
            length = format_duration(routine.duration_ms(catalogue))
        ));
    }
    meta.push(t!(
        "handout-written",
        date = crate::dates::long_date(written)
    ));
    let mut header = format!(
        "<header><h1>{}</h1><p class=\"meta\">{}</p>",
        escape(&crate::library::title_of(routine)),
        meta.join(" · ")
    );
    if let Some(how_often) = prescription(routine.prescription) {
        let _ = write!(
            header,
            "<p class=\"prescription\"><b>{}</b> {}</p>",
            escape(&t!("handout-how-often")),
            escape(&how_often)
        );
    }
    if let Some(notes) = crate::library::notes_of(routine).filter(|n| !n.trim().is_empty()) {
        let _ = write!(header, "<p class=\"notes\">{}</p>", escape(&notes));
    }
    let _ = write!(
        header,
        "<p class=\"disclaimer\">{}</p></header>",
        escape(&not_advice())
    );
    header
}

/// The warning signs that mean a doctor instead of exercise, in their two
/// levels, the most urgent first.
fn safety() -> String {
    let levels: String = red_flag_levels()
        .iter()
        .map(|(heading, intro, signs)| {
            format!(
                "<h3>{}</h3><p>{}</p>{}",
                escape(heading),
                escape(intro),
                list(signs)
            )
        })
        .collect();
    format!(
        "<section class=\"safety\"><h2>{}</h2><p>{}</p>{levels}</section>",
        escape(&t!("handout-stop-and-get-help")),
        escape(&red_flags_intro()),
    )
}

/// What the handout shows of a step's exercise, whichever kind it is.
struct Shown<'a> {
    name: &'a str,
    sanskrit: Option<&'a str>,
    picture: Option<&'static str>,
    instructions: &'a [String],
    breathing: Option<&'a str>,
    cautions: &'a [String],
    avoid_if: &'a [String],
    rhythm: Option<BreathPattern>,
}

impl<'a> Shown<'a> {
    fn of(step: &'a Step, catalogue: &'a Catalogue) -> Shown<'a> {
        match &step.exercise {
            Exercise::Pose(id) => match catalogue.find(id) {
                Some(pose) => Shown::pose(step, pose),
                None => Shown::named(id, step),
            },
            Exercise::Custom(custom) => Shown {
                instructions: &custom.instructions,
                ..Shown::named(&custom.name, step)
            },
        }
    }

    fn pose(step: &'a Step, pose: &'a Pose) -> Shown<'a> {
        Shown {
            name: &pose.name,
            sanskrit: pose.sanskrit.as_deref().filter(|s| *s != pose.name),
            picture: illustration::svg(&pose.id).map(inline_svg),
            instructions: &pose.instructions,
            breathing: text(Some(&pose.breathing)),
            cautions: &pose.cautions,
            avoid_if: &pose.avoid_if,
            rhythm: step.breathing.or(pose.default_breathing),
        }
    }

    /// An exercise known only by its name (custom, or not in the catalogue).
    fn named(name: &'a str, step: &'a Step) -> Shown<'a> {
        Shown {
            name,
            sanskrit: None,
            picture: None,
            instructions: &[],
            breathing: None,
            cautions: &[],
            avoid_if: &[],
            rhythm: step.breathing,
        }
    }
}

/// One step as a block that is never split across pages.
fn step_block(number: usize, step: &Step, catalogue: &Catalogue, ms: u64, weeks: &str) -> String {
    let shown = Shown::of(step, catalogue);
    let mut block = String::from("<article class=\"step\">");
    if let Some(svg) = shown.picture {
        let _ = write!(
            block,
            "<div class=\"picture\" role=\"img\" aria-label=\"{}\">{svg}</div>",
            escape(shown.name)
        );
    }
    let sanskrit = shown
        .sanskrit
        .map_or(String::new(), |s| format!(" <small>{}</small>", escape(s)));
    let _ = write!(
        block,
        "<div class=\"text\"><h2>{number}. {}{sanskrit}</h2>\
         <p class=\"dose\">{} <span>· {}</span></p>",
        escape(shown.name),
        escape(&dose(step, catalogue)),
        escape(&t!("handout-about", length = format_duration(ms)))
    );
    block.push_str(weeks);
    if !shown.instructions.is_empty() {
        block.push_str("<ol>");
        for line in shown.instructions {
            let _ = write!(block, "<li>{}</li>", escape(line));
        }
        block.push_str("</ol>");
    }
    block.push_str(&breathing(&shown));
    block.push_str(&cautions(&shown));
    if let Some(note) = text(step.note.as_deref()) {
        let _ = write!(
            block,
            "<p class=\"note\"><b>{}</b> {}</p>",
            escape(&t!("handout-note")),
            escape(note)
        );
    }
    block.push_str("</div></article>");
    block
}

/// "Breathing: …" with the rhythm in seconds when there is one; empty when
/// there is neither.
fn breathing(shown: &Shown<'_>) -> String {
    let mut parts = Vec::new();
    if let Some(text) = shown.breathing {
        parts.push(escape(text));
    }
    if let Some(pattern) = shown.rhythm {
        let rhythm = escape(&rhythm(&pattern));
        parts.push(if pattern.alternate_nostrils {
            t!("handout-rhythm-nostrils", rhythm = rhythm)
        } else {
            t!("handout-rhythm", rhythm = rhythm)
        });
    }
    if parts.is_empty() {
        return String::new();
    }
    format!(
        "<p><b>{}</b> {}</p>",
        escape(&t!("handout-breathing")),
        parts.join(" ")
    )
}

/// "Take care" as a list and "Avoid if" as one line, in small type; empty
/// when there are neither.
fn cautions(shown: &Shown<'_>) -> String {
    if shown.cautions.is_empty() && shown.avoid_if.is_empty() {
        return String::new();
    }
    let mut care = String::from("<div class=\"care\">");
    if !shown.cautions.is_empty() {
        let _ = write!(
            care,
            "<p><b>{}</b></p>{}",
            escape(&t!("handout-take-care")),
            list(shown.cautions)
        );
    }
    if !shown.avoid_if.is_empty() {
        let avoid: Vec<String> = shown.avoid_if.iter().map(|a| escape(a)).collect();
        let _ = write!(
            care,
            "<p><b>{}</b> {}.</p>",
            escape(&t!("handout-avoid-if")),
            avoid.join("; ")
        );
    }
    care.push_str("</div>");
    care
}

fn list(items: &[String]) -> String {
    let mut list = String::from("<ul>");
    for item in items {
        let _ = write!(list, "<li>{}</li>", escape(item));
    }
    list.push_str("</ul>");
    list
}

/// `text` unless it is missing or blank.
fn text(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.trim().is_empty())
}

/// An SVG file's text without the XML declaration or doctype before its
/// `<svg` element, which an HTML parser would report as errors.
fn inline_svg(svg: &str) -> &str {
    svg.find("<svg").map_or(svg, |start| &svg[start..])
}

#[cfg(test)]
mod tests;
