//! Pictures of every screen in light, dark and at 200 % text, written to
//! target/screenshots/ for people to look at, each checked against a hash
//! committed in tests/snapshots/ so an unintended change of look is caught.

use crate::harness::Harness;
use posewise::core::settings::ThemeChoice;
use posewise::ui::app::{Page, Screen};
use posewise::ui::screen::settings::Message as SettingsMessage;
use posewise::ui::{Launch, Message};
use std::path::PathBuf;
use std::time::Duration;

const ROUTINE: &str = r#"{
  "format": "posewise-routine", "version": 1, "title": "Morning back care",
  "get_ready_seconds": 8,
  "steps": [
    { "pose": "knee-to-chest", "hold_seconds": 30, "reps": 2, "rest_seconds": 10 },
    { "pose": "anulom-vilom", "hold_seconds": 60,
      "breathing": { "inhale": 4, "hold": 2, "exhale": 6, "alternate_nostrils": true } }
  ]
}"#;

pub fn folder() -> PathBuf {
    // CARGO_TARGET_TMPDIR is target/tmp.
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map_or_else(|| PathBuf::from("target"), PathBuf::from)
        .join("screenshots")
}

pub fn shoot(h: &Harness, name: &str) {
    let mut ui = h.picture();
    let snapshot = ui.snapshot(&h.app.theme()).expect("a snapshot");
    looks_as_committed(&snapshot, name);
}

/// The whole page `height` points tall, for a person to look at what is
/// below the fold.
pub fn shoot_whole(h: &Harness, name: &str, height: f32) {
    let tall = iced::Size::new(1024.0, height);
    let mut ui = iced_test::Simulator::with_size(
        crate::harness::settings(),
        tall,
        h.app.view_on_background(),
    );
    let snapshot = ui.snapshot(&h.app.theme()).expect("a snapshot");
    looks_as_committed(&snapshot, name);
}

/// Writes the picture to target/screenshots/ for people, then holds its
/// pixels against the hash committed in tests/snapshots/. A missing hash
/// fails too; `make bless` writes the hashes anew after a person has looked
/// at the pictures.
fn looks_as_committed(snapshot: &iced_test::simulator::Snapshot, name: &str) {
    let picture = folder().join(format!("{name}.png"));
    let _ = std::fs::remove_file(folder().join(format!("{name}-tiny-skia.png")));
    assert!(snapshot.matches_image(&picture).expect("picture written"));

    let hash = PathBuf::from("tests/snapshots").join(name);
    let committed = PathBuf::from(format!("tests/snapshots/{name}-tiny-skia.sha256"));
    if std::env::var_os("POSEWISE_BLESS").is_some() {
        let _ = std::fs::remove_file(&committed);
        assert!(snapshot.matches_hash(&hash).expect("hash written"));
        return;
    }
    assert!(
        committed.exists(),
        "no committed hash for the {name} screen: look at {}, then run `make bless`",
        folder().join(format!("{name}-tiny-skia.png")).display()
    );
    let same = snapshot
        .matches_hash(&hash)
        .expect("the hash file can be read");
    assert!(
        same,
        "the {name} screen changed: look at {}; if it is right, run `make bless`",
        folder().join(format!("{name}-tiny-skia.png")).display()
    );
}

fn every_screen(variant: &str, theme: ThemeChoice, text_scale: u16) {
    let mut h = Harness::returning_at(variant, Launch::Home);
    h.send(Message::Go(Page::Settings));
    h.send(Message::Settings(SettingsMessage::Theme(theme)));
    h.send(Message::Settings(SettingsMessage::TextScale(text_scale)));
    shoot(&h, &format!("settings-{variant}"));
    h.send(Message::Go(Page::Today));
    shoot(&h, &format!("today-{variant}"));
    h.send(Message::Go(Page::Routines));
    shoot(&h, &format!("routines-{variant}"));
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path));
    shoot(&h, &format!("routine-{variant}"));
    h.send(Message::Key(posewise::ui::keys::Hotkey::Enter));
    h.run_for(Duration::from_millis(2_000));
    shoot(&h, &format!("get-ready-{variant}"));
    h.run_for(Duration::from_millis(13_000));
    shoot(&h, &format!("hold-{variant}"));
    while let Screen::Runner(runner) = &h.app.screen {
        if runner.board().breath.is_some() {
            break;
        }
        h.advance(Duration::from_millis(250));
    }
    h.run_for(Duration::from_millis(2_000));
    shoot(&h, &format!("breathing-{variant}"));
    while matches!(h.app.screen, Screen::Runner(_)) {
        h.advance(Duration::from_millis(500));
    }
    shoot(&h, &format!("summary-{variant}"));
}

#[test]
fn every_screen_in_light() {
    every_screen("light", ThemeChoice::Light, 100);
}

#[test]
fn every_screen_in_dark() {
    every_screen("dark", ThemeChoice::Dark, 100);
}

#[test]
fn every_screen_at_double_text_size() {
    every_screen("large", ThemeChoice::Light, 200);
}

#[test]
fn a_bundled_routine_page_looks_as_reviewed() {
    let mut h = Harness::returning(Launch::Home);
    h.send(Message::Go(Page::Routines));
    h.click("Open");
    let mut ui = h.simulator();
    let snapshot = ui.snapshot(&h.app.theme()).expect("a snapshot");
    looks_as_committed(&snapshot, "routine-page");
}
