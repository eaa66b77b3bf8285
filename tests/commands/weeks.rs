//! Programmes that change week by week (routine format version 2) on the
//! command line: `plan --week N` gives that week's segments.

use crate::support::{posewise_in, text};

const THREE_PHASES: &str = "tests/fixtures/three-phases.posewise.json";

fn plan(week: &str) -> serde_json::Value {
    let out = posewise_in("C.UTF-8", &["plan", THREE_PHASES, "--week", week, "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// (name, kind, duration in ms) of each segment that is not a get-ready.
fn holds(plan: &serde_json::Value) -> Vec<(String, String, u64)> {
    plan["segments"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| s["kind"] != "get_ready")
        .map(|s| {
            (
                s["name"].as_str().unwrap_or_default().to_owned(),
                s["kind"].as_str().unwrap_or_default().to_owned(),
                s["duration_ms"].as_u64().unwrap_or_default(),
            )
        })
        .collect()
}

fn hold_ms_of(plan: &serde_json::Value, name: &str) -> Vec<u64> {
    holds(plan)
        .into_iter()
        .filter(|(n, kind, _)| n == name && kind == "hold")
        .map(|(_, _, ms)| ms)
        .collect()
}

#[test]
fn each_week_plans_its_own_steps_and_doses() {
    let child = "Child's pose";
    let week1 = plan("1");
    assert_eq!(hold_ms_of(&week1, child), [20_000]);
    assert!(hold_ms_of(&week1, "Bridge").is_empty());
    assert!(!hold_ms_of(&week1, "Knee-to-chest stretch").is_empty());
    assert_eq!(
        week1["week"],
        serde_json::json!({"number": 1, "of": 6, "complete": false})
    );

    let week3 = plan("3");
    assert_eq!(hold_ms_of(&week3, child), [30_000]);
    assert_eq!(hold_ms_of(&week3, "Bridge"), [10_000; 5]);
    assert!(!hold_ms_of(&week3, "Knee-to-chest stretch").is_empty());

    let week5 = plan("5");
    assert_eq!(hold_ms_of(&week5, child), [45_000; 3]);
    assert_eq!(hold_ms_of(&week5, "Bridge"), [10_000; 5]);
    assert!(hold_ms_of(&week5, "Knee-to-chest stretch").is_empty());

    let week7 = plan("7");
    assert_eq!(
        holds(&week7),
        holds(&plan("6")),
        "past the end: week 6's plan"
    );
    assert_eq!(
        week7["week"],
        serde_json::json!({"number": 6, "of": 6, "complete": true})
    );
    assert_eq!(week7["total_ms"], plan("6")["total_ms"]);
}

#[test]
fn the_plan_for_people_says_the_week_and_when_the_programme_is_over() {
    let out = posewise_in("C.UTF-8", &["plan", THREE_PHASES, "--week", "7"]);
    let said = text(&out.stdout);
    assert!(said.contains("Week 6 of 6"), "{said}");
    assert!(
        said.contains("physiotherapist for the next programme"),
        "{said}"
    );
}

#[test]
fn a_week_out_of_range_is_refused_with_exit_2() {
    for week in ["0", "53", "two"] {
        let out = posewise_in("C.UTF-8", &["plan", THREE_PHASES, "--week", week]);
        assert_eq!(out.status.code(), Some(2), "{week}");
        assert!(
            text(&out.stderr).contains("--week"),
            "{}",
            text(&out.stderr)
        );
    }
}

#[test]
fn every_version_1_file_plans_as_before_and_ignores_the_week() {
    let mut files: Vec<std::path::PathBuf> = ["routines", "tests/fixtures"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).into_iter().flatten().flatten())
        .map(|entry| entry.path())
        .filter(|p| p.to_string_lossy().ends_with(".posewise.json"))
        .filter(|p| !p.ends_with("three-phases.posewise.json"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "{files:?}");
    for file in files {
        let file = file.to_string_lossy().into_owned();
        let plain = posewise_in("C.UTF-8", &["plan", &file, "--json"]);
        if !plain.status.success() {
            continue; // A fixture that is meant to be invalid.
        }
        let week = posewise_in("C.UTF-8", &["plan", &file, "--json", "--week", "4"]);
        assert_eq!(text(&plain.stdout), text(&week.stdout), "{file}");
        let value: serde_json::Value = serde_json::from_slice(&plain.stdout).expect("JSON");
        assert!(value.get("week").is_none(), "{file}");
    }
}
