use super::*;
use crate::catalogue::Catalogue;
use std::fs;

fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(Settings::FILE_NAME);
    (dir, path)
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_missing_file_gives_the_defaults_quietly() {
    let (_dir, path) = temp();
    let loaded = Settings::load(&path);
    assert_eq!(loaded.settings, Settings::default());
    assert_eq!(loaded.notice, None);
    assert!(!path.exists(), "loading does not create the file");
}

#[test]
fn settings_survive_a_round_trip() {
    let (_dir, path) = temp();
    let settings = Settings {
        volume: 0.25,
        muted: true,
        voice: false,
        countdown_beeps: false,

        breath_tone: true,

        reduce_motion: true,
        get_ready_seconds: Some(12),
        theme: ThemeChoice::Dark,
        text_scale: 150,
        welcome_acknowledged: true,
        language: Some("pt-BR".to_string()),
        reminders: std::collections::BTreeMap::from([(
            "own/evening.posewise.json".to_string(),
            crate::reminder::Reminder {
                on: true,
                times: vec![crate::reminder::ClockTime::new(18, 0).expect("time")],
                days: crate::reminder::Days::spread(3),
            },
        )]),
    };
    settings.save(&path).expect("save");
    let text = fs::read_to_string(&path).expect("read");
    assert!(text.contains("\n  \"theme\": \"dark\""), "{text}");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.notice, None);
    assert_eq!(loaded.settings, settings);
}

#[test]
fn a_corrupt_file_is_kept_as_bad_and_named_with_line_and_column() {
    let (dir, path) = temp();
    let bytes = b"{\n  \"muted\": true,\n  \"volume\": \"loud\"\n}\n";
    fs::write(&path, bytes).expect("write");
    fs::write(dir.path().join("settings.json.bad"), "older").expect("write");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.settings, Settings::default());
    let notice = loaded.notice.expect("a notice");
    let expected = format!("{}:3:18: the settings could not be read (", path.display());
    assert!(notice.starts_with(&expected), "{notice}");
    assert!(notice.contains("expected a number"), "{notice}");
    assert!(
        notice.ends_with("kept the file as settings.json.bad"),
        "{notice}"
    );
    let kept = fs::read(dir.path().join("settings.json.bad")).expect("bad");
    assert_eq!(kept, bytes);
    assert_eq!(names(dir.path()), ["settings.json.bad"]);
}

#[test]
fn text_that_is_not_utf8_or_not_an_object_is_set_aside() {
    let (_dir, path) = temp();
    fs::write(&path, b"{\"muted\": \"\xff\"}").expect("write");
    let notice = Settings::load(&path).notice.expect("a notice");
    assert!(notice.contains(":1:12: "), "{notice}");
    assert!(notice.contains("not UTF-8"), "{notice}");
    fs::write(&path, "\n  [0.5, true]").expect("write");
    let notice = Settings::load(&path).notice.expect("a notice");
    assert!(notice.contains(":2:3: "), "{notice}");
    assert!(notice.contains("JSON object"), "{notice}");
}

#[test]
fn a_file_over_the_limit_is_refused_without_being_read() {
    let (dir, path) = temp();
    // Valid JSON, one byte too long: the size alone decides.
    let mut text = "{\"muted\": true}".to_string();
    text.push_str(&" ".repeat(MAX_FILE_BYTES as usize + 1 - text.len()));
    fs::write(&path, &text).expect("write");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.settings, Settings::default());
    let notice = loaded.notice.expect("a notice");
    assert!(notice.contains(":1:1: "), "{notice}");
    assert!(notice.contains("more than the 64 KiB"), "{notice}");
    // A sparse 4 GiB file: reading it all would take 4 GiB of memory.
    let file = fs::File::create(&path).expect("create");
    file.set_len(4 << 30).expect("sparse file");
    drop(file);
    let loaded = Settings::load(&path);
    assert!(loaded.notice.is_some());
    let bad = dir.path().join("settings.json.bad");
    assert_eq!(fs::metadata(bad).expect("bad").len(), 4 << 30);
    assert!(!path.exists());
}

#[test]
fn out_of_range_numbers_are_clamped_and_unknown_fields_ignored() {
    let (_dir, path) = temp();
    let text = r#"{"volume": 7, "text_scale": 100000, "get_ready_seconds": -4,
        "theme": "light", "from_a_newer_version": {"x": [1]}}"#;
    fs::write(&path, text).expect("write");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.notice, None);
    let expected = Settings {
        volume: 1.0,
        text_scale: 200,
        get_ready_seconds: Some(3),
        theme: ThemeChoice::Light,
        ..Settings::default()
    };
    assert_eq!(loaded.settings, expected);
    assert!(path.exists(), "a usable file stays where it is");

    let odd = Settings {
        volume: f32::NAN,
        text_scale: 20,
        get_ready_seconds: Some(600),
        ..Settings::default()
    }
    .clamped();
    assert_eq!(odd.volume, DEFAULT_VOLUME);
    assert_eq!(odd.text_scale, 100);
    assert_eq!(odd.get_ready_seconds, Some(60));
    let quiet = Settings {
        volume: -0.5,
        ..Settings::default()
    };
    assert_eq!(quiet.clamped().volume, 0.0);
}

#[test]
fn a_saved_nan_volume_reads_back_as_the_default() {
    let (_dir, path) = temp();
    let settings = Settings {
        volume: f32::NAN,
        ..Settings::default()
    };
    settings.save(&path).expect("save");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.notice, None);
    assert_eq!(loaded.settings.volume, DEFAULT_VOLUME);
}

#[test]
fn a_session_takes_the_chosen_get_ready_time() {
    use crate::session::{Session, Setup};
    let text = include_str!("../../../../routines/breathing-reset.posewise.json");
    let routine = Routine::parse(text.as_bytes(), "breathing", Catalogue::builtin())
        .expect("bundled routine");
    assert_eq!(routine.get_ready_seconds, Some(10));
    let start = |settings: &Settings| {
        Session::start(&routine, None, Setup::from(settings), Catalogue::builtin()).0
    };
    assert_eq!(start(&Settings::default()).routine(), &routine);
    let chosen = Settings {
        get_ready_seconds: Some(30),
        ..Settings::default()
    };
    let session = start(&chosen);
    assert_eq!(session.routine().get_ready_seconds, Some(30));
    assert_eq!(session.routine().get_ready_ms(), 30_000);
    assert_eq!(session.plan().segments[0].duration_ms, 30_000);
    assert_eq!(session.routine().steps, routine.steps);
    assert_eq!(
        routine.get_ready_seconds,
        Some(10),
        "the original is untouched"
    );
}

#[test]
fn countdown_beeps_can_be_turned_off() {
    assert_eq!(Settings::default().countdown(), COUNTDOWN_BEEPS);
    let off = Settings {
        countdown_beeps: false,

        breath_tone: false,

        reduce_motion: false,
        ..Settings::default()
    };
    assert_eq!(off.countdown(), 0);
    let labels: Vec<String> = ThemeChoice::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(labels, ["Follow the system", "Light", "Dark"]);
}

#[test]
fn a_bad_reminder_time_sets_the_file_aside_with_its_place() {
    let (_dir, path) = temp();
    fs::write(
        &path,
        "{\n  \"reminders\": {\"own/x.posewise.json\":\n    {\"on\": true, \"times\": [\"7pm\"], \"days\": []}}}\n",
    )
    .expect("write");
    let peeked = Settings::peek(&path).expect_err("refused");
    assert!(peeked.contains("settings.json:3:"), "{peeked}");
    assert!(peeked.contains("write it as 18:00"), "{peeked}");
    assert!(path.exists(), "peek leaves the file alone");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.settings, Settings::default());
    assert!(loaded.notice.expect("notice").contains("settings.json.bad"));
}

#[test]
fn reminders_are_capped_in_count_and_times() {
    use crate::reminder::{ClockTime, Days, MAX_ROUTINES, MAX_TIMES, Reminder};
    let many_times: Vec<ClockTime> = (0..40)
        .rev()
        .map(|i| ClockTime::new(i % 24, 0).expect("time"))
        .collect();
    let settings = Settings {
        reminders: (0..500)
            .map(|i| {
                let reminder = Reminder {
                    on: true,
                    times: many_times.clone(),
                    days: Days::EVERY,
                };
                (format!("own/{i:03}.posewise.json"), reminder)
            })
            .collect(),
        ..Settings::default()
    }
    .clamped();
    assert_eq!(settings.reminders.len(), MAX_ROUTINES);
    let times = &settings.reminders["own/000.posewise.json"].times;
    assert_eq!(times.len(), MAX_TIMES);
    assert!(times.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
}

#[test]
fn a_language_posewise_does_not_speak_follows_the_system() {
    let (_dir, path) = temp();
    std::fs::write(&path, r#"{"language": "tlh"}"#).expect("written");
    let loaded = Settings::load(&path);
    assert_eq!(loaded.settings.language, None);
    std::fs::write(&path, r#"{"language": "de_DE.UTF-8"}"#).expect("written");
    assert_eq!(
        Settings::load(&path).settings.language.as_deref(),
        Some("de")
    );
    std::fs::write(&path, r#"{"language": 7}"#).expect("written");
    assert!(
        Settings::load(&path).notice.is_some(),
        "a wrong kind is reported"
    );
}

#[test]
fn two_computers_changing_different_settings_keep_both() {
    let (_dir, path) = temp();
    let base = Settings::default();
    base.save(&path).expect("save");
    // The laptop turns the volume down and sets a reminder for one routine.
    let mut laptop = base.clone();
    laptop.volume = 0.3;
    let _ = laptop.reminders.insert(
        "own/neck.posewise.json".into(),
        crate::reminder::Reminder::from_prescription(None),
    );
    // Meanwhile the desktop (the file came to it through the sync engine)
    // chose the dark theme and a reminder for another routine.
    let mut desktop = base.clone();
    desktop.theme = ThemeChoice::Dark;
    let _ = desktop.reminders.insert(
        "bundled/breathing-reset".into(),
        crate::reminder::Reminder::from_prescription(None),
    );
    desktop.save_changes(&base, &path).expect("desktop");
    laptop.save_changes(&base, &path).expect("laptop");
    let now = Settings::load(&path).settings;
    assert_eq!(now.theme, ThemeChoice::Dark, "the desktop's change stays");
    assert!((now.volume - 0.3).abs() < 1e-6, "the laptop's change too");
    assert_eq!(now.reminders.len(), 2, "each computer's reminder");
    // The same setting changed on both: the last writer wins.
    let mut later = now.clone();
    later.theme = ThemeChoice::Light;
    later.save_changes(&now, &path).expect("later");
    assert_eq!(Settings::load(&path).settings.theme, ThemeChoice::Light);
}

#[test]
fn going_back_to_the_systems_language_is_saved_too() {
    let (_dir, path) = temp();
    let german = Settings {
        language: Some("de".into()),
        ..Settings::default()
    };
    german.save(&path).expect("save");
    let mut system = german.clone();
    system.language = None;
    system.save_changes(&german, &path).expect("save");
    assert_eq!(Settings::load(&path).settings.language, None);
}
