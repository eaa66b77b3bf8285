//! The command line, run as a user would.

use crate::support as cli_support;

use cli_support::{posewise, text};
use serde_json::Value;

#[test]
fn validate_accepts_the_samples() {
    let out = posewise(&[
        "validate",
        "routines/back-spasm-relief.posewise.json",
        "routines/gentle-back-yoga.posewise.json",
        "routines/breathing-reset.posewise.json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 3);
}

#[test]
fn validate_reports_located_errors_and_fails() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.posewise.json");
    std::fs::write(
        &bad,
        "{\"format\": \"posewise-routine\", \"version\": 1, \"title\": \"T\",\n \"steps\": [{\"pose\": \"balasanna\"}]}",
    )
    .expect("write");
    let bad = bad.to_string_lossy().into_owned();
    let out = posewise(&["validate", "routines/breathing-reset.posewise.json", &bad]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).trim(),
        format!("{bad}:2:21: error: unknown pose 'balasanna'; did you mean 'balasana'?")
    );
    let missing = posewise(&["validate", "no/such/file.json"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).starts_with("no/such/file.json: error: cannot read the file"));
}

#[test]
fn poses_lists_the_whole_catalogue() {
    let out = posewise(&["poses", "--json"]);
    assert!(out.status.success());
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let poses = json["poses"].as_array().expect("a list of poses");
    assert!(poses.len() >= 17);
    assert!(
        poses
            .iter()
            .any(|p| p["id"] == "saithalyasana" && p["per_side"] == true)
    );
    assert!(poses.iter().all(|p| p["avoid_if"].is_array()));
    // Two levels: emergency care now, and a doctor today.
    let level = |name: &str| -> Vec<String> {
        let signs = json["red_flags"][name].as_array().expect("a list of signs");
        signs
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect()
    };
    let flags = posewise::core::safety::red_flags();
    assert_eq!(level("emergency"), flags.emergency);
    assert_eq!(level("same_day"), flags.same_day);
    let emergency = level("emergency").join(" ");
    for sign in [
        "bladder or bowel",
        "saddle",
        "both legs",
        "genitals",
        "Weakness in a leg",
    ] {
        assert!(emergency.contains(sign), "{sign}");
    }
    let same_day = level("same_day").join(" ");
    for sign in [
        "Cancer",
        "fever",
        "night",
        "steroid",
        "immune",
        "50",
        "upper back",
        "fall",
    ] {
        assert!(same_day.contains(sign), "{sign}");
    }
    let plain = posewise(&["poses"]);
    assert!(text(&plain.stdout).contains("balasana"));
}

#[test]
fn plan_prints_the_timeline_as_json() {
    let out = posewise(&["plan", "routines/back-spasm-relief.posewise.json", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let plan: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let segments = plan["segments"].as_array().expect("segments");
    let sum: u64 = segments
        .iter()
        .filter_map(|s| s["duration_ms"].as_u64())
        .sum();
    assert_eq!(plan["total_ms"].as_u64(), Some(sum));
    for field in [
        "start_ms",
        "duration_ms",
        "kind",
        "pose",
        "side",
        "rep",
        "set",
    ] {
        assert!(segments[0].get(field).is_some(), "segment field {field}");
    }
    let cues = plan["cues"].as_array().expect("cues");
    assert_eq!(cues[0]["kind"], "get_ready");
    assert_eq!(
        cues.last().map(|c| c["kind"].clone()),
        Some("session_done".into())
    );
    assert_eq!(cues.last().and_then(|c| c["at_ms"].as_u64()), Some(sum));
}

#[test]
fn version_and_help() {
    let out = posewise(&["--version"]);
    assert_eq!(
        text(&out.stdout).trim(),
        format!("posewise {}", env!("CARGO_PKG_VERSION"))
    );
    let help = posewise(&["--help"]);
    assert!(text(&help.stdout).contains("no medical advice"));
}

/// The first line `play` prints for a get-ready segment, e.g.
/// "0:00  Get ready — Child's pose (5 s)".
fn first_get_ready_line(data: &std::path::Path) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_posewise"))
        .args([
            "play",
            "tests/fixtures/short.posewise.json",
            "--no-window",
            "--mute",
            "--no-voice",
        ])
        .env("POSEWISE_DATA_DIR", data)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
        .lines()
        .find(|line| line.contains("Get ready"))
        .unwrap_or_default()
        .trim()
        .to_string()
}

#[test]
fn play_takes_the_get_ready_time_from_the_settings() {
    let own = tempfile::tempdir().expect("temporary folder");
    let chosen = tempfile::tempdir().expect("temporary folder");
    std::fs::write(
        chosen.path().join("settings.json"),
        r#"{"welcome_acknowledged": true, "get_ready_seconds": 5}"#,
    )
    .expect("settings written");
    let (own, chosen) = std::thread::scope(|s| {
        let own = s.spawn(|| first_get_ready_line(own.path()));
        let chosen = s.spawn(|| first_get_ready_line(chosen.path()));
        (own.join(), chosen.join())
    });
    let (own, chosen) = (own.expect("ran"), chosen.expect("ran"));
    assert!(own.ends_with("(2 s)"), "the routine's own 2 s: {own:?}");
    assert!(chosen.ends_with("(5 s)"), "the settings' 5 s: {chosen:?}");
}
