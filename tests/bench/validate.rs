//! `posewise validate` on 1 MiB files must finish in under 50 ms (release).
//! Run with `cargo bench --bench validate`; it times the real binary.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const LIMIT: Duration = Duration::from_millis(50);
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

/// One mebibyte full of mistakes: every step has an unknown pose and field.
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

fn median_run(file: &Path, expect_success: bool) -> Duration {
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_posewise"))
            .arg("validate")
            .arg(file)
            .output()
            .expect("posewise runs");
        times.push(started.elapsed());
        assert_eq!(
            out.status.success(),
            expect_success,
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    times.sort();
    times[RUNS / 2]
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut failed = 0;
    for (name, text, valid) in [
        ("valid", valid_mebibyte(), true),
        ("invalid", invalid_mebibyte(), false),
    ] {
        assert!(
            text.len() <= 1024 * 1024 && text.len() > 1000 * 1024,
            "{name}: {} bytes",
            text.len()
        );
        let file = dir.path().join(format!("{name}.posewise.json"));
        std::fs::write(&file, &text).expect("write");
        let median = median_run(&file, valid);
        let ok = median < LIMIT;
        failed += usize::from(!ok);
        println!(
            "bench validate {name} {} bytes: median {:.1} ms of {RUNS} runs (limit {} ms) {}",
            text.len(),
            median.as_secs_f64() * 1000.0,
            LIMIT.as_millis(),
            if ok { "ok" } else { "TOO SLOW" }
        );
    }
    println!("bench: {} passed, {failed} failed", 2 - failed);
    if failed > 0 {
        std::process::exit(1);
    }
}
