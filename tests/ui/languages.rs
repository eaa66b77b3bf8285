//! Every language through a whole session, and the pseudo-language at
//! double text size, where nothing may be cut off or left untranslated.
//! Pictures go to target/screenshots/ as `<screen>-<language>-large`.

use crate::harness::{Harness, Shown};
use crate::screenshots::{LOOKS, ROUTINE, shoot};
use posewise::core::i18n::{self, Lang};
use posewise::core::t;
use posewise::ui::app::{Page, Screen};
use posewise::ui::keys::Hotkey;
use posewise::ui::{Launch, Message};
use std::time::Duration;

/// What every screen is checked in: the small window's width at double
/// text, laid out tall, so that text a scroll area holds out of sight does
/// not count and only text the layout cuts off does. (The runner's own
/// layout test holds its words in the 1024×720 window itself.)
const TALL: iced::Size = iced::Size::new(1024.0, 20_000.0);

/// Words that are not the app's to translate: the app's name, the
/// routine's own title, key names printed on keyboards.
const NOT_TRANSLATED: [&str; 4] = ["Posewise", "Morning back care", "Ctrl", "F1"];

/// The words of `text` that are outside brackets, so not in the
/// pseudo-language: what the app says untranslated.
fn outside_brackets(text: &str) -> Vec<String> {
    // A message laid out in pieces around a widget (the time left around
    // its clock) ends a bracket the piece before it opened.
    let opens_later = text.find('[');
    let mut depth = usize::from(
        text.find(']')
            .is_some_and(|close| opens_later.is_none_or(|open| close < open)),
    );
    let mut rest = String::new();
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth = depth.saturating_sub(1);
                rest.push(' ');
            }
            _ if depth == 0 => rest.push(c),
            _ => {}
        }
    }
    for allowed in NOT_TRANSLATED {
        rest = rest.replace(allowed, " ");
    }
    rest.split_whitespace()
        // A path (the data folder) is the machine's, not the app's.
        .filter(|word| !word.contains('/'))
        .flat_map(|word| word.split(|c: char| !c.is_alphabetic()))
        .filter(|word| word.chars().count() >= 2)
        .map(str::to_owned)
        .collect()
}

/// Fails on a text that is cut off or says something untranslated.
fn audit(h: &Harness, screen: &str, size: iced::Size) {
    let texts: Vec<Shown> = h.texts(size);
    assert!(texts.len() > 3, "{screen}: only {} texts", texts.len());
    for text in &texts {
        let words = outside_brackets(&text.content);
        assert!(
            words.is_empty(),
            "{screen}: untranslated {words:?} in “{}”",
            text.content
        );
        assert!(
            text.whole(),
            "{screen}: “{}” is cut off: {:?} shown as {:?}",
            text.content,
            text.bounds,
            text.visible
        );
    }
}

#[test]
fn outside_brackets_finds_what_the_pseudo_language_did_not_reach() {
    assert!(outside_brackets("[Ŕéšţ~~] 0:30 · [Ñéxţ: [Båļåšåñå~]~~]").is_empty());
    assert!(outside_brackets("Morning back care · 12 %").is_empty());
    assert_eq!(outside_brackets("[Ŕéšţ~~] left"), ["left"]);
    assert_eq!(outside_brackets("Step 1 of 2"), ["Step", "of"]);
    assert!(
        outside_brackets(" ļéfţ~~]").is_empty(),
        "the end of a message in pieces"
    );
    assert_eq!(outside_brackets("[Réšţ] left"), ["left"]);
}

/// Runs a whole session of the test routine in the language the harness
/// speaks, calling `at` at each screen worth looking at.
fn whole_session(h: &mut Harness, mut at: impl FnMut(&mut Harness, &str)) {
    h.send(Message::Go(Page::Today));
    at(h, "today");
    h.send(Message::Go(Page::Routines));
    at(h, "routines");
    h.send(Message::Go(Page::Poses));
    at(h, "poses");
    let path = h.write_routine("morning.posewise.json", ROUTINE);
    h.send(Message::FileDropped(path));
    at(h, "routine");
    h.send(Message::Key(Hotkey::Enter));
    h.run_for(Duration::from_millis(2_000));
    h.send(Message::Runner(
        posewise::ui::screen::runner::Message::PainBefore(4),
    ));
    at(h, "get-ready");
    h.run_for(Duration::from_millis(13_000));
    at(h, "hold");
    h.send(Message::Key(Hotkey::Hurts));
    at(h, "hurts");
    h.send(Message::Key(Hotkey::Escape));
    while let Screen::Runner(runner) = &h.app.screen {
        if runner.board().breath.is_some() {
            break;
        }
        h.advance(Duration::from_millis(250));
    }
    h.run_for(Duration::from_millis(2_000));
    at(h, "breathing");
    while matches!(h.app.screen, Screen::Runner(_)) {
        h.advance(Duration::from_millis(500));
    }
    at(h, "summary");
    h.send(Message::Key(Hotkey::Enter));
    h.send(Message::Go(Page::History));
    at(h, "history");
    h.send(Message::Go(Page::Settings));
    at(h, "settings");
}

#[test]
fn the_pseudo_language_at_double_text_leaves_nothing_cut_off_or_untranslated() {
    let mut h = Harness::returning_at("pseudo", Launch::Home);
    LOOKS[2].apply(&mut h);
    h.speak(Lang::EnXa);
    whole_session(&mut h, |h, screen| {
        audit(h, screen, TALL);
        shoot(h, &format!("{screen}-pseudo-large"));
    });
    assert_eq!(h.history().len(), 1, "the session was logged");
}

#[test]
fn every_language_runs_a_whole_session_at_double_text() {
    for lang in Lang::SPOKEN {
        let code = lang.code();
        let mut h = Harness::returning_at(&format!("lang-{code}"), Launch::Home);
        LOOKS[2].apply(&mut h);
        h.speak(lang);
        assert_eq!(i18n::current(), lang);
        let english = |id: &str| i18n::message_in(Lang::En, id, None).unwrap_or_default();
        whole_session(&mut h, |h, screen| {
            if screen == "today" && lang != Lang::En {
                let today = t!("tab-today");
                assert_ne!(today, english("tab-today"), "{code}");
                assert!(h.shows(&today), "{code}: the tab says {today}");
            }
            if ["today", "get-ready", "hold", "breathing", "history"].contains(&screen) {
                shoot(h, &format!("{screen}-{code}-large"));
            }
            for text in h.texts(TALL) {
                assert!(
                    text.whole(),
                    "{code} {screen}: “{}” is cut off: {:?} shown as {:?}",
                    text.content,
                    text.bounds,
                    text.visible
                );
            }
        });
        let history = h.history();
        assert_eq!(history.len(), 1, "{code}: the session was logged");
        assert_eq!(history[0]["completed"], true, "{code}");
    }
}
