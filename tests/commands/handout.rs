//! The patient's handout: every step, its dose and the safety text, valid
//! HTML with no live markup from the routine file, and the command that
//! writes it.

use crate::support as cli_support;

use cli_support::{posewise, text};
use posewise::core::catalogue::Catalogue;
use posewise::core::dose::dose;
use posewise::core::handout;
use posewise::core::report::escape;
use posewise::core::routine::{Exercise, Routine};
use posewise::core::safety::{not_advice, red_flag_levels};
use scraper::{Html, Selector};
use std::path::{Path, PathBuf};

const PHYSIO: &str = "tests/fixtures/physio-handout.posewise.json";

fn routine_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("routines")
        .expect("the routines folder")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.to_string_lossy().ends_with(".posewise.json"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "the bundled routines");
    files.push(PHYSIO.into());
    files
}

fn page(path: &Path) -> (Routine, String) {
    let catalogue = Catalogue::builtin();
    let routine = Routine::load(path, catalogue).expect("a valid routine");
    let written = chrono::NaiveDate::from_ymd_opt(2025, 6, 1).expect("a date");
    let page = handout::html(&routine, catalogue, written);
    (routine, page)
}

fn name(exercise: &Exercise) -> String {
    match exercise {
        Exercise::Pose(id) => Catalogue::builtin()
            .find(id)
            .map(|p| p.name.clone())
            .expect("a catalogue pose"),
        Exercise::Custom(custom) => custom.name.clone(),
    }
}

fn select(document: &Html, selector: &str) -> usize {
    let selector = Selector::parse(selector).expect("a selector");
    document.select(&selector).count()
}

#[test]
fn every_step_in_order_with_its_dose_and_picture() {
    for file in routine_files() {
        let (routine, page) = page(&file);
        let mut from = 0;
        for (i, step) in routine.steps.iter().enumerate() {
            let heading = format!("<h2>{}. {}", i + 1, escape(&name(&step.exercise)));
            let Some(at) = page[from..].find(&heading) else {
                panic!("{}: step {heading} missing or out of order", file.display());
            };
            from += at;
            let dose = escape(&dose(step, Catalogue::builtin()));
            assert!(page[from..].contains(&dose), "{}: {dose}", file.display());
        }
        let poses = routine
            .steps
            .iter()
            .filter(|s| matches!(s.exercise, Exercise::Pose(_)))
            .count();
        let document = Html::parse_document(&page);
        assert_eq!(select(&document, "article.step"), routine.steps.len());
        assert_eq!(select(&document, "article.step svg"), poses);
        assert_eq!(page.matches("<svg").count(), poses, "{}", file.display());
    }
}

#[test]
fn the_safety_text_is_on_every_handout() {
    for file in routine_files() {
        let (_, page) = page(&file);
        assert!(page.contains(&escape(&not_advice())), "{}", file.display());
        for (heading, _, signs) in red_flag_levels() {
            assert!(
                page.contains(heading.as_str()),
                "{}: {heading}",
                file.display()
            );
            for flag in signs {
                assert!(page.contains(&escape(flag)), "{}: {flag}", file.display());
            }
        }
    }
}

#[test]
fn hostile_text_stays_text() {
    let (routine, page) = page(Path::new(PHYSIO));
    assert!(!page.to_lowercase().contains("<script"));
    assert!(!page.contains("<img"));
    assert!(!page.contains("<b>slowly</b>"));
    let document = Html::parse_document(&page);
    assert_eq!(select(&document, "script, img"), 0);
    let title = Selector::parse("h1").expect("a selector");
    let h1: String = document
        .select(&title)
        .flat_map(|e| e.text())
        .collect::<String>();
    assert_eq!(h1, routine.title);
    let author = routine.author.as_deref().expect("an author");
    assert!(page.contains(&format!("From {}", escape(author))));
    assert!(page.contains("Twice a day, 5 days a week, for 6 weeks"));
    assert!(page.contains("written 1 June 2025"));
}

#[test]
fn parses_as_html_without_errors() {
    // The check itself sees errors.
    let broken = Html::parse_document("<!DOCTYPE html><p>a</div><svg><?xml?>");
    assert!(!broken.errors.is_empty());
    for file in routine_files() {
        let (_, page) = page(&file);
        let document = Html::parse_document(&page);
        assert!(
            document.errors.is_empty(),
            "{}: {:?}",
            file.display(),
            document.errors
        );
    }
}

#[test]
fn prints_on_a4_with_no_step_split() {
    let (_, page) = page(Path::new(PHYSIO));
    assert!(page.contains("@page{size:A4"));
    assert!(page.contains(".step{"));
    assert!(page.contains("break-inside:avoid;page-break-inside:avoid"));
    assert!(page.contains(".picture svg{width:35mm"));
}

#[test]
fn the_command_writes_the_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("handout.html");
    let out_name = out.to_string_lossy().into_owned();
    let run = posewise(&["handout", PHYSIO, "--out", &out_name]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    assert!(text(&run.stdout).starts_with(&format!("{out_name}: handout for ")));
    let written = std::fs::read_to_string(&out).expect("the handout");
    assert!(written.starts_with("<!DOCTYPE html>"));
    assert!(Html::parse_document(&written).errors.is_empty());
    let piped = posewise(&["handout", PHYSIO, "--out", "-"]);
    assert!(piped.status.success(), "{}", text(&piped.stderr));
    assert_eq!(text(&piped.stdout), written);
}

#[test]
fn the_command_refuses_bad_files_and_outputs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.posewise.json");
    let routine = "{\"format\": \"posewise-routine\", \"version\": 1, \"title\": \"T\",\n \"steps\": [{\"pose\": \"balasanna\"}]}";
    std::fs::write(&bad, routine).expect("write");
    let bad = bad.to_string_lossy().into_owned();
    let out = dir.path().join("handout.html");
    let out_name = out.to_string_lossy().into_owned();
    let run = posewise(&["handout", &bad, "--out", &out_name]);
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(
        text(&run.stderr).trim(),
        format!("{bad}:2:21: error: unknown pose 'balasanna'; did you mean 'balasana'?")
    );
    assert!(!out.exists());
    let over = posewise(&["handout", &bad, "--out", &bad]);
    assert_eq!(over.status.code(), Some(2));
    assert!(text(&over.stderr).contains("would replace the routine file"));
    assert_eq!(std::fs::read_to_string(&bad).expect("read"), routine);
    let folder = dir.path().to_string_lossy().into_owned();
    let into_folder = posewise(&["handout", PHYSIO, "--out", &folder]);
    assert_eq!(into_folder.status.code(), Some(2));
    assert!(text(&into_folder.stderr).contains("--out is a folder"));
}
