//! Fuzzing the four readers of files a person (or a crash) can leave
//! behind: routine files, the checkpoint, the settings and the history.
//! Each gets 10,000 generated inputs: valid files with random damage
//! (bytes flipped, inserted, removed, cut short), soups of JSON tokens with
//! extreme numbers and odd strings, and raw bytes. None may panic, and
//! every refusal must say where (file:line:column). Large hostile files
//! (1 MiB) are in `hostile_files.rs`, run through the real binary with
//! time and memory limits.

use posewise::core::catalogue::Catalogue;
use posewise::core::checkpoint::Checkpoint;
use posewise::core::history;
use posewise::core::routine::Routine;
use posewise::core::session::SessionRecord;
use posewise::core::settings::Settings;
use proptest::collection::vec;
use proptest::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

const CASES: u32 = 10_000;
/// A session is at most 6 hours: the validator refuses longer ones.
const LONGEST_SESSION_MS: u64 = 6 * 3600 * 1000;

const ROUTINE: &str = include_str!("../../routines/back-spasm-relief.posewise.json");

fn routine() -> Routine {
    Routine::parse(ROUTINE.as_bytes(), "sample", Catalogue::builtin()).expect("sample routine")
}

/// A checkpoint as Posewise writes it.
fn checkpoint_sample() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("checkpoint.json");
        Checkpoint::new(routine(), None, 3)
            .save(&path)
            .expect("saved");
        std::fs::read_to_string(path).expect("read")
    })
}

const SETTINGS: &str = r#"{
  "volume": 0.5, "muted": false, "voice": true, "countdown_beeps": true,
  "get_ready_seconds": 10, "theme": "dark", "text_scale": 150,
  "welcome_acknowledged": true,
  "reminders": {"bundled/back-spasm-relief":
    {"on": true, "times": ["08:00", "18:00"], "days": ["mon", "wed", "fri"]}}
}
"#;

/// Three history lines as Posewise writes them.
fn history_sample() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let start =
            chrono::DateTime::parse_from_rfc3339("2026-11-27T08:00:00+01:00").expect("date");
        (0..3)
            .map(|i| {
                let at = start + chrono::Duration::hours(12 * i);
                let mut record = SessionRecord::new(&routine(), at, at);
                record.pain_before = Some(4);
                record.note = Some("stiff \"today\" é".into());
                serde_json::to_string(&record).expect("json") + "\n"
            })
            .collect()
    })
}

/// Pieces of JSON, with the extremes that break careless readers.
fn token() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\"steps\"",
        "\"pose\"",
        "\"hold_seconds\"",
        "\"reps\"",
        "\"sets\"",
        "\"format\"",
        "\"posewise-routine\"",
        "\"version\"",
        "\"routine\"",
        "\"segment\"",
        "\"position_ms\"",
        "\"reminders\"",
        "\"times\"",
        "\"started_at\"",
        "\"2026-11-27T08:00:00+01:00\"",
        "\"25:61\"",
        "1",
        "0",
        "-1",
        "1e308",
        "-1e400",
        "1.5",
        "18446744073709551616",
        "9007199254740993",
        "NaN",
        "true",
        "null",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"é\"",
        "\n",
        " ",
        "\u{feff}",
    ])
}

fn soup() -> impl Strategy<Value = Vec<u8>> {
    vec(token(), 0..120).prop_map(|tokens| tokens.concat().into_bytes())
}

#[derive(Debug, Clone)]
enum Damage {
    Flip(usize, u8),
    Insert(usize, u8),
    Remove(usize),
    Cut(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Damage::Flip(at, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Damage::Insert(at, b)),
        any::<usize>().prop_map(Damage::Remove),
        any::<usize>().prop_map(Damage::Cut),
    ]
}

fn damaged(sample: &'static str) -> impl Strategy<Value = Vec<u8>> {
    vec(damage(), 1..6).prop_map(move |damages| {
        let mut bytes = sample.as_bytes().to_vec();
        for damage in damages {
            let len = bytes.len().max(1);
            match damage {
                Damage::Flip(at, b) if !bytes.is_empty() => bytes[at % len] ^= b,
                Damage::Insert(at, b) => bytes.insert(at % (bytes.len() + 1), b),
                Damage::Remove(at) if !bytes.is_empty() => {
                    let _ = bytes.remove(at % len);
                }
                Damage::Cut(at) => bytes.truncate(at % (bytes.len() + 1)),
                _ => {}
            }
        }
        bytes
    })
}

fn input(sample: &'static str) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        6 => damaged(sample),
        3 => soup(),
        1 => vec(any::<u8>(), 0..512),
    ]
}

/// "FILE:LINE:COLUMN: …" with both numbers at least 1.
fn located(message: &str, file: &str) -> bool {
    let Some(rest) = message.strip_prefix(&format!("{file}:")) else {
        return false;
    };
    let mut parts = rest.splitn(3, ':');
    let number = |p: Option<&str>| {
        p.and_then(|p| p.parse::<usize>().ok())
            .is_some_and(|n| n >= 1)
    };
    number(parts.next()) && number(parts.next())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn routine_files(bytes in input(ROUTINE)) {
        match Routine::parse(&bytes, "fuzz.posewise.json", Catalogue::builtin()) {
            Ok(routine) => {
                let ms = routine.duration_ms(Catalogue::builtin());
                prop_assert!(ms <= LONGEST_SESSION_MS, "accepted a {ms} ms session");
            }
            Err(problems) => {
                prop_assert!(!problems.shown.is_empty());
                for problem in &problems.shown {
                    let shown = problem.to_string();
                    prop_assert!(located(&shown, "fuzz.posewise.json"), "{}", shown);
                }
            }
        }
    }

    #[test]
    fn settings_files(bytes in input(SETTINGS)) {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("settings.json");
        std::fs::write(&path, &bytes).expect("write");
        let shown = path.display().to_string();
        match Settings::peek(&path) {
            Ok(Some(settings)) => prop_assert_eq!(settings.clone().clamped(), settings),
            Ok(None) => prop_assert!(false, "the file is there"),
            Err(message) => prop_assert!(located(&message, &shown), "{}", message),
        }
        // Loading for the window never fails and keeps a bad file aside.
        let loaded = Settings::load(&path);
        if loaded.notice.is_some() {
            prop_assert_eq!(loaded.settings, Settings::default());
        }
    }

    #[test]
    fn checkpoints(bytes in input(checkpoint_sample())) {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("checkpoint.json");
        std::fs::write(&path, &bytes).expect("write");
        let shown = path.display().to_string();
        match Checkpoint::load(&path, Catalogue::builtin()) {
            Ok(Some(checkpoint)) => {
                let ms = checkpoint.routine.duration_ms(Catalogue::builtin());
                prop_assert!(ms <= LONGEST_SESSION_MS);
                prop_assert!(checkpoint.position_ms <= ms + 60_000);
            }
            Ok(None) => prop_assert!(false, "the file is there"),
            Err(error) => {
                let message = error.to_string();
                prop_assert!(located(&message, &shown), "{}", message);
            }
        }
    }

    #[test]
    fn history_files(bytes in input(history_sample())) {
        let path = Path::new("history.jsonl");
        let loaded = history::parse(path, &bytes);
        let lines = bytes.split(|b| *b == b'\n').count();
        prop_assert!(loaded.records.len() + loaded.bad_lines.len() <= lines);
        for bad in &loaded.bad_lines {
            prop_assert!(bad.line >= 1 && bad.line <= lines && bad.column >= 1, "{}", bad);
            prop_assert!(located(&bad.to_string(), "history.jsonl"), "{}", bad);
        }
    }
}
