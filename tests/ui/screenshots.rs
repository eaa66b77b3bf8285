//! Pictures of every screen in light and dark, at 100 % and 200 % text, in
//! a 1024×720 and a 1920×1080 window, written to target/screenshots/ for
//! people to look at, each checked against a hash committed in
//! tests/snapshots/ so an unintended change of look is caught.

use crate::harness::Harness;
use posewise::core::settings::ThemeChoice;
use posewise::ui::app::{Page, Screen};
use posewise::ui::keys::Hotkey;
use posewise::ui::screen::settings::Message as SettingsMessage;
use posewise::ui::{Launch, Message};
use std::path::PathBuf;
use std::time::Duration;

pub const ROUTINE: &str = r#"{
  "format": "posewise-routine", "version": 1, "title": "Morning back care",
  "get_ready_seconds": 8,
  "steps": [
    { "pose": "knee-to-chest", "hold_seconds": 30, "reps": 2, "rest_seconds": 10 },
    { "pose": "anulom-vilom", "hold_seconds": 60,
      "breathing": { "inhale": 4, "hold": 2, "exhale": 6, "alternate_nostrils": true } }
  ]
}"#;

/// A way the window can look: theme, text size and window size.
pub struct Look {
    pub name: &'static str,
    pub theme: ThemeChoice,
    pub text_scale: u16,
    pub window: iced::Size,
}

const SMALL: iced::Size = iced::Size::new(1024.0, 720.0);
const WIDE: iced::Size = iced::Size::new(1920.0, 1080.0);

pub const LOOKS: [Look; 5] = [
    Look {
        name: "light",
        theme: ThemeChoice::Light,
        text_scale: 100,
        window: SMALL,
    },
    Look {
        name: "dark",
        theme: ThemeChoice::Dark,
        text_scale: 100,
        window: SMALL,
    },
    Look {
        name: "large",
        theme: ThemeChoice::Light,
        text_scale: 200,
        window: SMALL,
    },
    Look {
        name: "wide",
        theme: ThemeChoice::Light,
        text_scale: 100,
        window: WIDE,
    },
    Look {
        name: "wide-large",
        theme: ThemeChoice::Dark,
        text_scale: 200,
        window: WIDE,
    },
];

impl Look {
    /// Sets the theme and text size (from the Settings page, which it
    /// leaves) and the window's size.
    pub fn apply(&self, h: &mut Harness) {
        h.send(Message::Go(Page::Settings));
        h.send(Message::Settings(SettingsMessage::Theme(self.theme)));
        h.send(Message::Settings(SettingsMessage::TextScale(
            self.text_scale,
        )));
        h.window = self.window;
    }
}

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
    let tall = iced::Size::new(h.window.width, height);
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

fn every_screen(look: &Look) {
    let variant = look.name;
    let mut h = Harness::returning_at(variant, Launch::Home);
    look.apply(&mut h);
    shoot(&h, &format!("settings-{variant}"));
    h.send(Message::Go(Page::Today));
    shoot(&h, &format!("today-{variant}"));
    h.send(Message::Go(Page::Routines));
    shoot(&h, &format!("routines-{variant}"));
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path));
    shoot(&h, &format!("routine-{variant}"));
    h.send(Message::Key(Hotkey::Enter));
    h.run_for(Duration::from_millis(2_000));
    // Rated before the start, so the summary compares with it.
    h.send(Message::Runner(
        posewise::ui::screen::runner::Message::PainBefore(4),
    ));
    shoot(&h, &format!("get-ready-{variant}"));
    h.run_for(Duration::from_millis(13_000));
    shoot(&h, &format!("hold-{variant}"));
    h.send(Message::Key(Hotkey::Hurts));
    shoot(&h, &format!("hurts-{variant}"));
    h.send(Message::Key(Hotkey::Escape));
    // The switch to the right side: the right side previewed, mirrored.
    h.run_for(Duration::from_millis(25_000));
    shoot(&h, &format!("switch-{variant}"));
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
    every_screen(&LOOKS[0]);
}

#[test]
fn every_screen_in_dark() {
    every_screen(&LOOKS[1]);
}

#[test]
fn every_screen_at_double_text_size() {
    every_screen(&LOOKS[2]);
}

#[test]
fn every_screen_in_a_wide_window() {
    every_screen(&LOOKS[3]);
}

#[test]
fn every_screen_in_a_wide_window_at_double_text_size() {
    every_screen(&LOOKS[4]);
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
