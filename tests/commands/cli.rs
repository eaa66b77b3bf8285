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
    let flags = json["red_flags"].as_array().expect("a list of red flags");
    let flags: Vec<&str> = flags.iter().filter_map(Value::as_str).collect();
    assert_eq!(
        flags,
        posewise::core::safety::red_flags()
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );
    assert!(flags.join(" ").contains("bladder or bowel"));
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
