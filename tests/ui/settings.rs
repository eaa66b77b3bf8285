use crate::harness::Harness;
use posewise::core::settings::ThemeChoice;
use posewise::ui::app::{Page, Screen};
use posewise::ui::screen::settings::Message as SettingsMessage;
use posewise::ui::{Launch, Message};

#[test]
fn settings_survive_a_restart() {
    let mut h = Harness::returning(Launch::Home);
    h.send(Message::Go(Page::Settings));
    assert!(matches!(h.app.screen, Screen::Settings(_)));
    assert!(h.shows("Settings"));
    for message in [
        SettingsMessage::Theme(ThemeChoice::Dark),
        SettingsMessage::TextScale(150),
        SettingsMessage::Volume(0.45),
        SettingsMessage::Voice(false),
        SettingsMessage::BreathTone(true),
        SettingsMessage::ReduceMotion(true),
    ] {
        h.send(Message::Settings(message));
    }
    assert!(posewise::ui::style::is_dark(&h.app.theme()));
    let h = h.restart();
    let settings = h.app.settings();
    assert_eq!(settings.theme, ThemeChoice::Dark);
    assert_eq!(settings.text_scale, 150);
    assert!((settings.volume - 0.45).abs() < 1e-6);
    assert!(!settings.voice);
    assert!(settings.breath_tone && settings.reduce_motion);
    assert!(posewise::ui::style::is_dark(&h.app.theme()));
}

#[test]
fn a_corrupt_settings_file_is_kept_aside_and_reported_once() {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::write(dir.path().join("settings.json"), "{\"volume\": \"loud\"").expect("written");
    let h = Harness::in_folder(dir, Launch::Home);
    assert_eq!(
        h.app.settings().volume,
        posewise::core::settings::Settings::default().volume
    );
    assert!(h.data().join("settings.json.bad").exists());
    let notices = h.app.notices.join("\n");
    assert!(notices.contains("settings.json"), "{notices}");
    let h = h.restart();
    assert!(
        !h.app.notices.iter().any(|n| n.contains("settings.json")),
        "said once"
    );
}

fn volume_on_disk(h: &Harness) -> f32 {
    let text = std::fs::read_to_string(h.data().join("settings.json")).expect("settings on disk");
    let json: serde_json::Value = serde_json::from_str(&text).expect("settings are JSON");
    json["volume"].as_f64().expect("a volume") as f32
}

#[test]
fn a_moving_slider_writes_once_then_the_last_value_when_the_second_is_up() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut h = Harness::with_settings_every(dir, Launch::Home, std::time::Duration::from_secs(1));
    h.send(Message::Go(Page::Settings));
    for volume in [0.2, 0.3, 0.4, 0.5] {
        h.send(Message::Settings(SettingsMessage::Volume(volume)));
    }
    assert!(
        (volume_on_disk(&h) - 0.2).abs() < 1e-6,
        "the first change is written at once, the rest wait"
    );
    // What the planned timer sends when the second is up.
    h.send(Message::FlushSettings);
    assert!(
        (volume_on_disk(&h) - 0.5).abs() < 1e-6,
        "the last value wins"
    );
    let modified = std::fs::metadata(h.data().join("settings.json"))
        .and_then(|m| m.modified())
        .expect("a time");
    h.send(Message::FlushSettings);
    let again = std::fs::metadata(h.data().join("settings.json"))
        .and_then(|m| m.modified())
        .expect("a time");
    assert_eq!(modified, again, "nothing changed, so nothing is written");
}

#[test]
fn the_language_setting_takes_effect_at_once_and_survives_a_restart() {
    use posewise::core::i18n::Lang;
    use posewise::ui::screen::settings::LanguageChoice;
    let mut h = Harness::returning(Launch::Home);
    h.send(Message::Go(Page::Settings));
    assert!(h.shows("Settings") && h.shows("Language"));
    h.send(Message::Settings(SettingsMessage::Language(
        LanguageChoice(Some(Lang::De)),
    )));
    assert!(h.shows("Einstellungen"), "the page speaks German at once");
    assert!(!h.shows("Settings"));
    h.send(Message::Go(Page::Routines));
    assert!(h.shows("Hilfe bei Rückenkrämpfen"), "bundled titles too");
    let mut h = h.restart();
    assert_eq!(h.app.settings().language.as_deref(), Some("de"));
    h.send(Message::Go(Page::Settings));
    assert!(h.shows("Einstellungen"));
    // Following the system again: the harness's system speaks English.
    h.send(Message::Settings(SettingsMessage::Language(
        LanguageChoice(None),
    )));
    assert!(h.shows("Settings"));
}
