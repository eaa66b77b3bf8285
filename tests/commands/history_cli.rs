//! The session log through the real binary: play logs, history lists,
//! report writes.

use posewise::core::history;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

const FIXTURE: &str = "tests/fixtures/short.posewise.json";

/// Runs `posewise play ARGS`, types "q" once the first step has begun
/// (a stop before the start is not a session), and waits for the end.
fn stopped_play(data: &Path, args: &[&str]) -> (Output, String) {
    let mut child = spawn(data, args);
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

/// The binary with its data in `data` and every stream piped.
fn spawn(data: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_posewise"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("POSEWISE_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs")
}

fn posewise(data: &Path, args: &[&str], input: &str) -> Output {
    let mut child = spawn(data, args);
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
    let loaded = history::load_all(data.path()).expect("load");
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
    let long_note = format!("--note={}", "x".repeat(history::MAX_NOTE_CHARS + 1));
    for arg in [
        "--pain-before=11",
        "--pain-after=-1",
        "--effort=meh",
        &long_note,
    ] {
        let out = posewise(data.path(), &["play", FIXTURE, arg], "");
        assert_eq!(out.status.code(), Some(2), "{arg}");
        let flag = arg.split('=').next().unwrap_or_default();
        assert!(text(&out.stderr).contains(flag), "{}", text(&out.stderr));
    }
    assert!(
        history::load_all(data.path())
            .expect("load")
            .records
            .is_empty()
    );
}

/// A history of `days` days, one completed rated session a day.
fn seeded(days: u32) -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("temp dir");
    let routine: posewise::core::routine::Routine = serde_json::from_str(
        r#"{"format": "posewise-routine", "version": 1, "title": "Back <care>",
            "prescription": {"times_per_day": 1, "days_per_week": 7},
            "steps": [{"pose": "balasana"}, {"pose": "cobra"}]}"#,
    )
    .expect("routine");
    let path = data.path().join("history.jsonl");
    for day in 0..days {
        let start = chrono::DateTime::parse_from_rfc3339("2026-03-01T08:00:00+01:00")
            .expect("time")
            + chrono::Duration::days(i64::from(day));
        let mut record = posewise::core::session::SessionRecord::new(&routine, start, start);
        record.completed = true;
        record.pain_before = Some(5);
        record.pain_after = Some(3);
        record.painful_steps = vec![1];
        record.note = Some("=cmd <script>".into());
        history::append(&path, &record).expect("append");
    }
    data
}

#[test]
fn history_lists_sessions_and_the_summary() {
    let data = seeded(5);
    let out = posewise(data.path(), &["history", "--until", "2026-03-05"], "");
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(stdout.matches("Back <care>  done").count(), 5, "{stdout}");
    assert!(
        stdout.contains("5 of 5 prescribed sessions (100 %)"),
        "{stdout}"
    );
    assert!(stdout.contains("-2.0 on average"), "{stdout}");
    let out = posewise(data.path(), &["history", "--json"], "");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["sessions"].as_array().map(Vec::len), Some(5));
    assert_eq!(json["summary"]["painful_steps"][0]["count"], 5);
}

#[test]
fn reports_are_written_whole_in_each_format() {
    let data = seeded(3);
    for format in ["csv", "json", "html"] {
        let file = data.path().join(format!("report.{format}"));
        let file_arg = file.to_string_lossy().into_owned();
        let args = [
            "report", "--format", format, "--out", &file_arg, "--name", "A & B",
        ];
        let out = posewise(data.path(), &args, "");
        assert!(out.status.success(), "{}", text(&out.stderr));
        let written = std::fs::read_to_string(&file).expect("report");
        match format {
            "csv" => {
                assert_eq!(written.lines().count(), 4);
                assert!(written.contains(",'=cmd <script>\r\n"), "{written}");
            }
            "json" => assert_eq!(
                serde_json::from_str::<serde_json::Value>(&written).expect("JSON")["patient"],
                "A & B"
            ),
            _ => {
                assert!(written.starts_with("<!DOCTYPE html>"));
                assert!(written.contains("A &amp; B") && written.contains("&lt;script&gt;"));
                assert!(!written.contains("<script") && !written.contains("http"));
                assert!(written.contains("<svg") && written.contains("no medical advice"));
            }
        }
    }
}

#[test]
fn bad_report_input_is_exit_2_and_leaves_no_file() {
    let data = seeded(2);
    let file = data.path().join("report.html");
    let file_arg = file.to_string_lossy().into_owned();
    let unwritable = "/proc/no/such/folder/report.html";
    let cases: [(&str, &[&str], &str); 3] = [
        (
            &file_arg,
            &["--since", "2026-03-09", "--until", "2026-03-01"],
            "is after --until",
        ),
        (
            &file_arg,
            &["--routine", "Neck"],
            "no session of a routine 'Neck'",
        ),
        (unwritable, &[], "cannot write the report"),
    ];
    for (out_file, extra, expected) in cases {
        let mut args = vec!["report", "--format", "html", "--out", out_file];
        args.extend_from_slice(extra);
        let out = posewise(data.path(), &args, "");
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
        assert!(
            text(&out.stderr).contains(expected),
            "{}",
            text(&out.stderr)
        );
        assert!(!file.exists(), "{extra:?} left a file");
    }
    let names: Vec<_> = std::fs::read_dir(data.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, ["history.jsonl"], "no temporary left behind");
}

#[test]
fn a_stop_typed_before_the_start_ends_the_player() {
    let data = tempfile::tempdir().expect("temp dir");
    // Before the fix this waited forever; the test harness would hang.
    let out = posewise(
        data.path(),
        &["play", FIXTURE, "--mute", "--no-voice"],
        "q\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn the_report_shows_a_programmes_weeks_with_each_weeks_dose() {
    let data = tempfile::tempdir().expect("temp dir");
    let text_of_file = include_str!("../fixtures/three-phases.posewise.json");
    std::fs::create_dir_all(data.path().join("routines")).expect("routines");
    std::fs::write(
        data.path().join("routines/six-weeks.posewise.json"),
        text_of_file,
    )
    .expect("routine");
    let catalogue = posewise::core::catalogue::Catalogue::builtin();
    let programme =
        posewise::core::routine::Routine::parse(text_of_file.as_bytes(), "six", catalogue)
            .expect("valid");
    let path = data.path().join("history.jsonl");
    for (week, day) in [(1, "2026-03-02"), (1, "2026-03-03"), (3, "2026-03-16")] {
        let start =
            chrono::DateTime::parse_from_rfc3339(&format!("{day}T08:00:00+01:00")).expect("time");
        let mut record =
            posewise::core::session::SessionRecord::new(&programme.in_week(week), start, start);
        record.completed = true;
        history::append(&path, &record).expect("append");
    }
    let file = data.path().join("report.html");
    let file_arg = file.to_string_lossy().into_owned();
    let out = posewise(
        data.path(),
        &[
            "report",
            "--format",
            "html",
            "--out",
            &file_arg,
            "--since",
            "2026-03-01",
        ],
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let page = std::fs::read_to_string(&file).expect("report");
    let part = &page[page
        .find("Back care, six weeks: week by week")
        .expect("the part")..];
    let rows: Vec<&str> = part.split("<tr><td>").skip(1).take(3).collect();
    assert!(
        rows[0].starts_with("1</td><td class=\"n\">2</td>"),
        "{part}"
    );
    assert!(rows[0].contains("Child&#39;s pose: 20 s") || rows[0].contains("Child's pose: 20 s"));
    assert!(
        rows[1].starts_with("2</td><td class=\"n\">0</td>"),
        "{part}"
    );
    assert!(
        rows[2].contains("30 s") && rows[2].contains("Bridge: 10 s"),
        "{part}"
    );
}
