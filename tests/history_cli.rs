//! The session log through the real binary: play logs, history lists,
//! report writes.

use posewise::core::history;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

const FIXTURE: &str = "tests/fixtures/short.posewise.json";

/// Runs `posewise play ARGS`, types "q" once the first step has begun
/// (a stop before the start is not a session), and waits for the end.
fn stopped_play(data: &Path, args: &[&str]) -> (Output, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_posewise"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("POSEWISE_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().expect("piped");
    let mut lines = BufReader::new(child.stdout.take().expect("piped")).lines();
    let mut seen = String::new();
    for line in lines.by_ref() {
        let line = line.expect("a line");
        seen.push_str(&line);
        seen.push('\n');
        if line.contains("Hold") {
            break;
        }
    }
    stdin.write_all(b"q\n").expect("type q");
    drop(stdin);
    for line in lines {
        seen.push_str(&line.expect("a line"));
        seen.push('\n');
    }
    (child.wait_with_output().expect("output"), seen)
}

fn posewise(data: &Path, args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_posewise"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("POSEWISE_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().expect("piped");
    stdin.write_all(input.as_bytes()).expect("type");
    drop(stdin);
    child.wait_with_output().expect("output")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_stopped_session_is_logged_with_the_ratings_given() {
    let data = tempfile::tempdir().expect("temp dir");
    let args = [
        "play",
        FIXTURE,
        "--mute",
        "--no-voice",
        "--pain-before",
        "3",
        "--pain-after",
        "5",
        "--effort",
        "Hard",
        "--note",
        "stiff morning",
    ];
    let (out, stdout) = stopped_play(data.path(), &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(stdout.contains("Saved in your history."), "{stdout}");
    let loaded = history::load(&data.path().join("history.jsonl")).expect("load");
    assert_eq!(loaded.records.len(), 1);
    let record = &loaded.records[0];
    assert!(!record.completed);
    assert_eq!(record.routine_title, "Ten-second check");
    assert_eq!((record.pain_before, record.pain_after), (Some(3), Some(5)));
    assert_eq!(
        record.effort.map(posewise::core::session::Effort::label),
        Some("hard")
    );
    assert_eq!(record.note.as_deref(), Some("stiff morning"));
}

#[test]
fn ratings_out_of_range_are_refused_with_exit_2() {
    let data = tempfile::tempdir().expect("temp dir");
    for arg in ["--pain-before=11", "--pain-after=-1", "--effort=meh"] {
        let out = posewise(data.path(), &["play", FIXTURE, arg], "");
        assert_eq!(out.status.code(), Some(2), "{arg}");
        let flag = arg.split('=').next().unwrap_or_default();
        assert!(text(&out.stderr).contains(flag), "{}", text(&out.stderr));
    }
    assert!(!data.path().join("history.jsonl").exists());
}
