//! `posewise validate` on 1 MiB files: a smoke run of the real binary.
//! Run with `cargo bench --bench validate`.
//!
//! The goal is 50 ms (release) for a valid file, and a file full of
//! mistakes must not cost much more than a valid one. Machines differ and
//! are busy, so the run prints its figures and fails only on a clear
//! regression: a median over 3 × the goal, or an invalid file taking more
//! than twice as long as the valid one measured in the same run (the two
//! are timed in turns, so both see the same load).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const GOAL: Duration = Duration::from_millis(50);
const FAIL_OVER: Duration = Duration::from_millis(3 * 50);
const MAX_RATIO: f64 = 2.0;
const RUNS: usize = 15;

/// A valid routine padded with notes and indentation to just under 1 MiB.
fn valid_mebibyte() -> String {
    let note = "Keep the movement slow and comfortable. ".repeat(45);
    let mut steps = Vec::new();
    for i in 0..200 {
        let pose = ["knee-to-chest", "balasana", "cobra", "deep-breathing"][i % 4];
        steps.push(format!(
            "    {{\n      \"pose\": \"{pose}\",\n      \"hold_seconds\": 20,\n      \"reps\": 2,\n      \"rest_seconds\": 5,\n      \"note\": \"{note}\"\n    }}"
        ));
    }
    let body = format!(
        "{{\n  \"format\": \"posewise-routine\",\n  \"version\": 1,\n  \"title\": \"Big\",\n  \"steps\": [\n{}\n  ]",
        steps.join(",\n")
    );
    let padding = " ".repeat(1024 * 1024 - body.len() - 4);
    format!("{body}{padding}\n}}\n")
}

/// One mebibyte full of mistakes: about 19,000 steps, each with an
/// unknown pose, an unknown field and unknown sides (tens of thousands
/// of problems).
fn invalid_mebibyte() -> String {
    let step = "{\"pose\": \"balasanna\", \"hold_secs\": -1, \"sides\": \"up\"}";
    let mut steps = vec![step; 19_000].join(",\n");
    steps.truncate(1024 * 1024 - 200);
    let cut = steps.rfind('}').unwrap_or(0) + 1;
    steps.truncate(cut);
    format!(
        "{{\"format\": \"posewise-routine\", \"version\": 1, \"title\": \"x\", \"steps\": [\n{steps}\n]}}\n"
    )
}

/// Times one `posewise validate FILE`; checks its outcome.
fn time_once(file: &Path, expect_success: bool) -> Duration {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_posewise"))
        .arg("validate")
        .arg(file)
        .output()
        .expect("posewise runs");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.success(), expect_success, "{stderr}");
    if !expect_success {
        // The first 100 problems, then the count of the others.
        assert_eq!(stderr.lines().count(), 101, "{stderr}");
        let last = stderr.lines().last().unwrap_or_default();
        assert!(last.starts_with("… and "), "{last}");
    }
    took
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(time: Duration) -> f64 {
    time.as_secs_f64() * 1000.0
}

/// `make test` runs this as a smoke run (BENCH_SMOKE set): it prints the
/// figures and fails only on wrong answers, never on a time, which depends
/// on how busy the machine is. `make bench` judges the times.
fn smoke() -> bool {
    std::env::var_os("BENCH_SMOKE").is_some()
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = Vec::new();
    for (name, text) in [("valid", valid_mebibyte()), ("invalid", invalid_mebibyte())] {
        assert!(
            text.len() <= 1024 * 1024 && text.len() > 1000 * 1024,
            "{name}: {} bytes",
            text.len()
        );
        let file = dir.path().join(format!("{name}.posewise.json"));
        std::fs::write(&file, &text).expect("write");
        files.push(file);
    }
    let (mut valid, mut invalid) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        valid.push(time_once(&files[0], true));
        invalid.push(time_once(&files[1], false));
    }
    let (valid, invalid) = (median(valid), median(invalid));
    let ratio = invalid.as_secs_f64() / valid.as_secs_f64().max(1e-9);
    for (which, took) in [("valid", valid), ("invalid", invalid)] {
        println!(
            "figure: validate of a 1 MiB {which} routine (median of {RUNS}) | {:.1} | ms | ≤ {}",
            ms(took),
            GOAL.as_millis()
        );
    }
    println!(
        "bench validate: median of {RUNS} runs: valid {:.1} ms, invalid {:.1} ms, \
         ratio {ratio:.2} (goal {} ms; fails over {} ms or a ratio over {MAX_RATIO})",
        ms(valid),
        ms(invalid),
        GOAL.as_millis(),
        FAIL_OVER.as_millis()
    );
    let checks = [
        ("valid 1 MiB median", smoke() || valid <= FAIL_OVER),
        ("invalid 1 MiB median", smoke() || invalid <= FAIL_OVER),
        ("invalid/valid ratio", smoke() || ratio <= MAX_RATIO),
    ];
    let mut failed = 0;
    for (name, ok) in checks {
        if !ok {
            failed += 1;
            println!("bench validate: FAILED: {name}");
        }
    }
    for (name, time) in [("valid", valid), ("invalid", invalid)] {
        if time > GOAL && time <= FAIL_OVER {
            println!("bench validate: note: {name} is over the {GOAL:?} goal");
        }
    }
    println!("bench: {} passed, {failed} failed", checks.len() - failed);
    if failed > 0 {
        std::process::exit(1);
    }
}
