//! Small hostile routine files, run through the real binary: each must be
//! refused with a located error, quickly and in little memory, by
//! `validate`, `plan --json` and `render-audio`.

use nix::sys::resource::{UsageWho, getrusage};
use std::fs::File;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Far more than any of these runs needs, so a slow machine never fails;
/// a run that takes longer is killed.
const TIMEOUT: Duration = Duration::from_secs(10);
/// Most memory a run may use (peak resident set).
const MAX_RSS_KIB: i64 = 64 * 1024;

const HEAD: &str =
    "{\n  \"format\": \"posewise-routine\",\n  \"version\": 1,\n  \"title\": \"Hostile\",\n";

fn with_steps(steps: &[String]) -> String {
    format!("{HEAD}  \"steps\": [\n{}\n  ]\n}}\n", steps.join(",\n"))
}

fn one_step(step: &str) -> String {
    with_steps(&[format!("    {step}")])
}

/// The hostile files: (name, text).
fn hostile() -> Vec<(&'static str, String)> {
    let mut files = dose_bombs();
    files.extend(odd_values());
    files.extend(programme_bombs());
    files
}

/// Version-2 programmes (changing week by week) that must be refused.
fn programme_bombs() -> Vec<(&'static str, String)> {
    let programme = |weeks: u32, steps: &[String]| {
        format!(
            "{{\n  \"format\": \"posewise-routine\",\n  \"version\": 2,\n  \"title\": \"Hostile\",\n  \"prescription\": {{\"weeks\": {weeks}}},\n  \"steps\": [\n{}\n  ]\n}}\n",
            steps.join(",\n")
        )
    };
    let one = |step: &str| programme(6, &[format!("    {step}")]);
    let change = r#"{"from_week": 2, "reps": 2}"#;
    let many_changes = format!(
        r#"{{"pose": "balasana", "progress": [{}]}}"#,
        vec![change; 10_000].join(",")
    );
    // Every week of 52 adds an hour to a hold done 100 × 100 times.
    let week_changes: Vec<String> = (2..=52)
        .map(|week| format!(r#"{{"from_week": {week}, "hold_seconds": 3600}}"#))
        .collect();
    let long_weeks = format!(
        r#"{{"pose": "balasana", "hold_seconds": 3600, "reps": 100, "sets": 100, "progress": [{}]}}"#,
        week_changes.join(",")
    );
    vec![
        (
            "v2-overlapping-changes",
            one(
                r#"{"pose": "balasana", "progress": [{"from_week": 3, "reps": 2}, {"from_week": 3, "reps": 3}]}"#,
            ),
        ),
        ("v2-week-0", one(r#"{"pose": "balasana", "from_week": 0}"#)),
        ("v2-10000-changes", one(&many_changes)),
        (
            "v2-52-weeks-of-6-hours",
            programme(52, &vec![long_weeks; 200]),
        ),
        (
            "v2-from-after-until",
            one(r#"{"pose": "balasana", "from_week": 5, "until_week": 2}"#),
        ),
    ]
}

/// Files whose every field is in range, but whose session is far too
/// long: building it would take minutes and gigabytes.
fn dose_bombs() -> Vec<(&'static str, String)> {
    let bomb = r#"{"pose":"knee-to-chest","hold_seconds":3600,"reps":100,"sets":100,"breathing":{"inhale":0.5,"exhale":0.5}}"#;
    let everything = r#"{"pose":"knee-to-chest","hold_seconds":3600,"reps":100,"sets":100,"rest_seconds":3600,"set_rest_seconds":3600,"sides":"both","breathing":{"inhale":0.5,"hold":0.1,"exhale":0.5,"hold_after":0.1,"alternate_nostrils":true}}"#;
    let custom = r#"{"custom":{"name":"Bomb","per_side":true},"hold_seconds":3600,"reps":100,"sets":100,"breathing":{"inhale":0.5,"exhale":0.5}}"#;
    let tiny_breaths = r#"{"pose":"deep-breathing","hold_seconds":3600,"reps":7,"breathing":{"inhale":0.5,"exhale":0.5}}"#;
    // 5 h each: every step fits, two do not.
    let under_limits = r#"{"pose":"balasana","hold_seconds":3599,"reps":5,"rest_seconds":3}"#;
    // 115 s each with the get-ready: the 188th passes 6 hours.
    let short_steps = r#"{"pose":"balasana","hold_seconds":110}"#;
    vec![
        ("dose-bomb", one_step(bomb)),
        ("reps-sets-breaths-sides", one_step(everything)),
        ("custom-bomb", one_step(custom)),
        ("huge-hold-tiny-breaths", one_step(tiny_breaths)),
        (
            "hold-past-u32",
            one_step(
                r#"{"pose":"deep-breathing","hold_seconds":4294967296,"breathing":{"inhale":0.5,"exhale":0.5}}"#,
            ),
        ),
        (
            "200-steps-near-limits",
            with_steps(&vec![under_limits.to_string(); 200]),
        ),
        (
            "200-steps-adding-up",
            with_steps(&vec![short_steps.to_string(); 200]),
        ),
    ]
}

/// Numbers past every type's range, nesting past the parser's limit, and
/// text far longer than any field allows.
fn odd_values() -> Vec<(&'static str, String)> {
    let mut files = Vec::new();
    for (name, number) in [
        ("1e308", "1e308"),
        ("minus-zero", "-0"),
        ("2-to-the-64", "18446744073709551616"),
        ("negative", "-9223372036854775809"),
    ] {
        let step = format!(
            r#"{{"pose":"balasana","hold_seconds":{number},"reps":{number},"sets":{number}}}"#
        );
        files.push((name, one_step(&step)));
    }
    files.push((
        "deep-nesting",
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
    ));
    files.push((
        "deep-nesting-in-notes",
        format!(
            "{HEAD}  \"notes\": {}{},\n  \"steps\": []\n}}",
            "{\"a\":".repeat(50_000),
            "1}".repeat(50_000)
        ),
    ));
    files.push((
        "long-strings",
        format!(
            "{HEAD}  \"notes\": \"{}\",\n  \"steps\": [{{\"pose\": \"{}\"}}, {{\"custom\": {{\"name\": \"{}\"}}, \"hold_seconds\": 5}}]\n}}",
            "n".repeat(100_000),
            "p".repeat(200_000),
            "é".repeat(50_000)
        ),
    ));
    files
}

/// How a run ended.
struct Run {
    status: ExitStatus,
    stderr: String,
    took: Duration,
}

/// Runs the binary with `args`, killing it after `TIMEOUT`.
fn run(args: &[&str], dir: &Path) -> Run {
    let stdout = File::create(dir.join("stdout")).expect("stdout file");
    let stderr_path = dir.join("stderr");
    let stderr = File::create(&stderr_path).expect("stderr file");
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_posewise"))
        .args(args)
        .env("POSEWISE_DATA_DIR", dir)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .expect("the binary starts");
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "`posewise {}` ran for more than {TIMEOUT:?}",
                args.join(" ")
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stderr = std::fs::read_to_string(&stderr_path).unwrap_or_default();
    Run {
        status,
        stderr,
        took: started.elapsed(),
    }
}

/// The largest peak memory of any child run so far, in KiB (Linux).
fn children_peak_rss_kib() -> i64 {
    getrusage(UsageWho::RUSAGE_CHILDREN)
        .expect("getrusage")
        .max_rss()
}

fn assert_located_error(run: &Run, file: &str, what: &str) {
    assert_eq!(run.status.code(), Some(1), "{what}: {}", run.stderr);
    let first = run.stderr.lines().next().unwrap_or_default();
    let rest = first.strip_prefix(&format!("{file}:")).unwrap_or_default();
    let mut parts = rest.splitn(3, ':');
    let line = parts.next().and_then(|l| l.parse::<usize>().ok());
    let column = parts.next().and_then(|c| c.parse::<usize>().ok());
    assert!(
        line.is_some_and(|l| l >= 1) && column.is_some_and(|c| c >= 1),
        "{what}: {first}"
    );
    let message = parts.next().unwrap_or_default();
    assert!(message.starts_with(" error: "), "{what}: {first}");
    assert!(
        run.stderr.len() < 64 * 1024,
        "{what}: {} bytes",
        run.stderr.len()
    );
}

#[test]
fn hostile_files_are_refused_quickly_in_little_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut slowest = Duration::ZERO;
    for (name, text) in hostile() {
        assert!(text.len() < 1024 * 1024, "{name} is a small file");
        let path = dir.path().join(format!("{name}.posewise.json"));
        std::fs::write(&path, &text).expect("write");
        let file = path.to_string_lossy().into_owned();
        let wav = dir.path().join(format!("{name}.wav"));
        let wav_arg = wav.to_string_lossy().into_owned();
        let commands: [&[&str]; 3] = [
            &["validate", &file],
            &["plan", "--json", &file],
            &["render-audio", &file, "--out", &wav_arg],
        ];
        for args in commands {
            let what = format!("{name}: {}", args[0]);
            let run = run(args, dir.path());
            assert_located_error(&run, &file, &what);
            slowest = slowest.max(run.took);
            let peak = children_peak_rss_kib();
            assert!(
                peak < MAX_RSS_KIB,
                "{what}: peak memory {peak} KiB over {MAX_RSS_KIB} KiB"
            );
        }
        assert!(!wav.exists(), "{name}: no sound file for a refused routine");
    }
    println!(
        "slowest run {:.0} ms, largest peak memory {} KiB",
        slowest.as_secs_f64() * 1000.0,
        children_peak_rss_kib()
    );
}

#[test]
fn the_dose_bomb_names_the_step_and_the_way_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bomb.posewise.json");
    let (_, text) = &hostile()[0];
    std::fs::write(&path, text).expect("write");
    let file = path.to_string_lossy().into_owned();
    let run = run(&["validate", &file], dir.path());
    assert_eq!(
        run.stderr.trim_end(),
        format!(
            "{file}:6:5: error: the session would last 20013.9 hours; a session \
             is at most 6 hours, and step 1 takes it past that: give the steps \
             fewer reps or sets or shorter holds, or split the routine into \
             several routines"
        )
    );
}

#[test]
fn countdowns_past_ten_are_refused_before_anything_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let routine =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("routines/breathing-reset.posewise.json");
    let routine = routine.to_string_lossy().into_owned();
    let wav = dir.path().join("x.wav").to_string_lossy().into_owned();
    for (args, value) in [
        (
            vec!["play", "--mute", "--countdown", "1000000", &routine],
            "1000000",
        ),
        (
            vec!["plan", "--countdown", "18446744073709551616", &routine],
            "18446744073709551616",
        ),
        (
            vec!["render-audio", &routine, "--out", &wav, "--countdown", "11"],
            "11",
        ),
    ] {
        let run = run(&args, dir.path());
        assert_eq!(run.status.code(), Some(2), "{}", run.stderr);
        assert!(
            run.stderr
                .contains(&format!("invalid value '{value}' for '--countdown")),
            "{}",
            run.stderr
        );
        assert!(run.took < TIMEOUT);
    }
    assert!(!dir.path().join("x.wav").exists());
}

/// 1 MiB of `[` inside `wrapper`, where the reader expects an object.
fn deeply_nested(wrapper: (&str, &str)) -> String {
    let depth = 1024 * 1024 - wrapper.0.len() - wrapper.1.len();
    format!("{}{}{}", wrapper.0, "[".repeat(depth), wrapper.1)
}

/// A routine of almost 1 MiB: the most steps a routine may have, each of
/// the largest dose, spread out by blank space.
fn mebibyte_bomb() -> String {
    let step = r#"{"pose":"knee-to-chest","hold_seconds":3600,"reps":100,"sets":100}"#;
    let padded = format!("{step}{}", " ".repeat(5_000));
    with_steps(&vec![padded; 200])
}

/// Runs `args` on a data folder holding `file` = `text`, and checks it ends
/// within the time limit and memory bound, saying `expected`.
fn reader_survives(args: &[&str], file: &str, text: &str, expected: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(file);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder");
    }
    std::fs::write(path, text).expect("write");
    let run = run(args, dir.path());
    let said = run.stderr.clone()
        + &std::fs::read_to_string(dir.path().join("stdout")).unwrap_or_default();
    assert!(
        said.contains(expected),
        "{file} ({} bytes): {said}",
        text.len()
    );
    assert!(
        said.len() < 64 * 1024,
        "{file}: {} bytes of output",
        said.len()
    );
    let peak = children_peak_rss_kib();
    assert!(peak < MAX_RSS_KIB, "{file}: peak memory {peak} KiB");
    println!(
        "posewise {} ({} bytes): {:.0} ms, {} KiB peak so far: {}",
        args.join(" "),
        text.len(),
        run.took.as_secs_f64() * 1000.0,
        peak,
        said.lines()
            .find(|l| l.contains(expected))
            .unwrap_or_default()
            .chars()
            .take(160)
            .collect::<String>()
    );
}

#[test]
fn every_reader_survives_a_hostile_mebibyte() {
    let nested = deeply_nested(("", ""));
    let in_steps = deeply_nested((
        "{\"format\": \"posewise-routine\", \"version\": 1, \"steps\": ",
        "",
    ));
    for (name, text, expected) in [
        ("nested", &nested, ": error: "),
        ("in-steps", &in_steps, ": error: "),
        ("bomb", &mebibyte_bomb(), "a session is at most 6 hours"),
    ] {
        let file = format!("{name}.posewise.json");
        // The binary does not run in the data folder: give the whole path.
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(&file).to_string_lossy().into_owned();
        std::fs::write(&path, text).expect("write");
        reader_survives(&["validate", &path], &file, text, expected);
    }

    let bomb = mebibyte_bomb();
    let checkpoint_bomb = format!(
        "{{\"format\": \"posewise-checkpoint\", \"version\": 1, \"routine\": {bomb}, \
         \"countdown\": 3, \"segment\": 0, \"position_ms\": 0, \"active_ms\": 0}}"
    );
    for text in [&nested, &checkpoint_bomb] {
        reader_survives(
            &["resume", "--mute", "--no-voice"],
            ".posewise-this-computer/checkpoint.json",
            text,
            "checkpoint.json:",
        );
    }

    reader_survives(
        &["remind", "--due", "--verbose"],
        "settings.json",
        &nested,
        "more than the 64 KiB a settings file may have",
    );
    // Under the size limit: refused at the first bracket that is not a map.
    let nested_reminders = format!("{{\"reminders\": {}", "[".repeat(60_000));
    reader_survives(
        &["remind", "--due", "--verbose"],
        "settings.json",
        &nested_reminders,
        "settings.json:1:14: the settings could not be read (invalid type: sequence, expected a map)",
    );

    let line = "[".repeat(64 * 1024 - 1);
    let lines = format!("{line}\n").repeat(16);
    for text in [&nested, &lines] {
        reader_survives(&["history", "--json"], "history.jsonl", text, "skipped");
    }
}
