//! The runner at 200 % text in a small window (1024 × 720): in every phase
//! the countdown's digits lie inside the ring, and the words that matter
//! from the mat (the phase, the pose, the controls) are not cut off. Judged
//! by the layout's bounds, not by pixels.

use crate::harness::{Harness, settings};
use iced::{Rectangle, Size};
use iced_test::Simulator;
use posewise::core::plan::SegmentKind;
use posewise::ui::app::{Page, Screen};
use posewise::ui::keys::Hotkey;
use posewise::ui::screen::settings::Message as SettingsMessage;
use posewise::ui::widget::ring::Ring;
use posewise::ui::{Launch, Message};
use std::time::Duration;

const ROUTINE: &str = r#"{
  "format": "posewise-routine", "version": 1, "title": "Morning back care",
  "get_ready_seconds": 8,
  "steps": [
    { "pose": "knee-to-chest", "hold_seconds": 30, "reps": 2, "rest_seconds": 10 },
    { "pose": "balasana", "hold_seconds": 600 }
  ]
}"#;

const SMALL: Size = Size::new(1024.0, 720.0);

fn board_kind(h: &Harness) -> Option<SegmentKind> {
    match &h.app.screen {
        Screen::Runner(runner) => Some(runner.board().kind),
        _ => None,
    }
}

fn inside(inner: Rectangle, outer: Rectangle) -> bool {
    inner.x >= outer.x
        && inner.y >= outer.y
        && inner.x + inner.width <= outer.x + outer.width
        && inner.y + inner.height <= outer.y + outer.height
}

/// The digits' box in the ring's box, and its corners within the ring's
/// inner edge; the texts given shown whole.
fn check(h: &Harness, phase: &str, texts: &[&str]) {
    let mut ui = Simulator::with_size(settings(), SMALL, h.app.view());
    let ring = ui
        .find(iced::widget::Id::new("ring"))
        .unwrap_or_else(|_| panic!("{phase}: no ring"))
        .bounds();
    let digits = ui
        .find(iced::widget::Id::new("countdown"))
        .unwrap_or_else(|_| panic!("{phase}: no countdown"))
        .bounds();
    assert!(
        inside(digits, ring),
        "{phase}: the countdown {digits:?} spills out of the ring {ring:?}"
    );
    let centre = ring.center();
    let radius = Ring::inner_radius(ring.width.min(ring.height));
    for corner in [
        (digits.x, digits.y),
        (digits.x + digits.width, digits.y),
        (digits.x, digits.y + digits.height),
        (digits.x + digits.width, digits.y + digits.height),
    ] {
        let distance = (corner.0 - centre.x).hypot(corner.1 - centre.y);
        assert!(
            distance <= radius + 0.5,
            "{phase}: a corner of the digits is {distance} from the centre, past the ring's inner edge at {radius}"
        );
    }
    // Readable from the mat even in the small window at double text.
    assert!(
        ring.width >= 160.0,
        "{phase}: the ring is only {} wide",
        ring.width
    );
    for text in texts {
        let target = ui
            .find(*text)
            .unwrap_or_else(|_| panic!("{phase}: \"{text}\" is not shown"));
        let bounds = target.bounds();
        let visible = target.visible_bounds();
        assert!(
            visible
                .is_some_and(|v| (v.width - bounds.width).abs() < 0.5
                    && (v.height - bounds.height).abs() < 0.5),
            "{phase}: \"{text}\" is cut off: {bounds:?} shown as {visible:?}"
        );
        assert!(
            inside(bounds, Rectangle::new(iced::Point::ORIGIN, SMALL)),
            "{phase}: \"{text}\" lies outside the window: {bounds:?}"
        );
    }
}

#[test]
fn at_double_text_size_the_digits_stay_in_the_ring_in_every_phase() {
    let mut h = Harness::returning(Launch::Home);
    h.send(Message::Go(Page::Settings));
    h.send(Message::Settings(SettingsMessage::TextScale(200)));
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path));
    h.send(Message::Key(Hotkey::Enter));
    let controls = ["Pause", "This hurts", "Stop"];
    let mut seen = Vec::new();
    for _ in 0..400 {
        let Some(kind) = board_kind(&h) else { break };
        if !seen.contains(&kind) {
            seen.push(kind);
            // With the controls in sight (they hide after a while).
            h.send(Message::PointerMoved);
            let phase = format!("{kind:?}");
            let label = kind.label();
            let mut texts = vec![label.as_str()];
            texts.extend(controls);
            check(&h, &phase, &texts);
        }
        if seen.len() >= 4 {
            break;
        }
        h.advance(Duration::from_millis(500));
    }
    for kind in [
        SegmentKind::GetReady,
        SegmentKind::Hold,
        SegmentKind::SwitchSides,
        SegmentKind::Rest,
    ] {
        assert!(seen.contains(&kind), "{kind:?} was never shown: {seen:?}");
    }
}
