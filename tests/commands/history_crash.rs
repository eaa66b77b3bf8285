//! The history survives kills and concurrent writers: real processes of
//! the real binary append to one file.

use posewise::core::history;
use std::collections::HashSet;
use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

fn appender(dir: &Path, count: usize, tag: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_posewise"))
        .args(["debug-append-history", "--count"])
        .arg(count.to_string())
        .args(["--tag", tag])
        .env("POSEWISE_DATA_DIR", dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs")
}

/// The ids a child reported as written (its whole stdout).
fn reported(child: &mut Child) -> Vec<String> {
    let mut text = String::new();
    let _ = child
        .stdout
        .take()
        .expect("piped")
        .read_to_string(&mut text)
        .expect("read stdout");
    text.lines().map(str::to_string).collect()
}

/// A small deterministic pseudo-random sequence (xorshift), so a failing
/// run can be repeated.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn records_reported_written_survive_sigkill_at_random_moments() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut promised = Vec::new();
    for round in 0..50 {
        let mut child = appender(dir.path(), 1_000_000, &format!("r{round}"));
        std::thread::sleep(Duration::from_micros(next(&mut state) % 30_000));
        child.kill().expect("SIGKILL");
        promised.extend(reported(&mut child));
        let _ = child.wait().expect("reaped");
    }
    let loaded = history::load_all(dir.path()).expect("load");
    let present: HashSet<&str> = loaded.records.iter().map(|r| r.id.as_str()).collect();
    let lost: Vec<&String> = promised
        .iter()
        .filter(|id| !present.contains(id.as_str()))
        .collect();
    assert!(lost.is_empty(), "lost after a kill: {lost:?}");
    // Each kill may cost at most the record in flight: written but not yet
    // reported, or torn (then reported as a bad line, never a lost good one).
    assert!(loaded.records.len() >= promised.len());
    assert!(loaded.records.len() <= promised.len() + 50);
    assert!(loaded.bad_lines.len() <= 50, "{:?}", loaded.bad_lines);
    assert!(!promised.is_empty(), "the children wrote something");
}

#[test]
fn two_processes_appending_at_once_lose_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut first = appender(dir.path(), 1_000, "a");
    let mut second = appender(dir.path(), 1_000, "b");
    let mut ids = reported(&mut first);
    ids.extend(reported(&mut second));
    assert!(first.wait().expect("wait").success());
    assert!(second.wait().expect("wait").success());
    assert_eq!(ids.len(), 2_000);
    let loaded = history::load_all(dir.path()).expect("load");
    assert!(loaded.bad_lines.is_empty(), "{:?}", loaded.bad_lines);
    let present: HashSet<String> = loaded.records.into_iter().map(|r| r.id).collect();
    assert_eq!(present.len(), 2_000);
    assert!(ids.iter().all(|id| present.contains(id)));
}

#[test]
fn the_hidden_writer_refuses_to_touch_a_real_history() {
    let out = Command::new(env!("CARGO_BIN_EXE_posewise"))
        .args(["debug-append-history", "--count", "1", "--tag", "x"])
        .env_remove("POSEWISE_DATA_DIR")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}
