//! Damaged checkpoints, through the real binary: `posewise resume` refuses
//! each one with a located message that names the file and the way out,
//! fails without panicking, and `posewise resume --discard` removes it.

use posewise::core::catalogue::Catalogue;
use posewise::core::checkpoint::Checkpoint;
use posewise::core::plan::Plan;
use posewise::core::routine::Routine;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const FIXTURE: &str = "tests/fixtures/short.posewise.json";
/// Longer than any resume below may take: it ends the test, not a hang.
const DEADLINE: Duration = Duration::from_secs(30);

struct Data {
    dir: tempfile::TempDir,
}

impl Data {
    fn new() -> Data {
        Data {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn checkpoint(&self) -> PathBuf {
        // This computer's own folder, inside a data folder chosen by
        // POSEWISE_DATA_DIR.
        let path = posewise::core::checkpoint::Checkpoint::path_in(self.dir.path());
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("own folder");
        }
        path
    }

    /// A genuine checkpoint of the fixture, edited as JSON.
    fn edited(&self, edit: impl FnOnce(&mut Value)) -> &Data {
        let routine = Routine::load(Path::new(FIXTURE), Catalogue::builtin()).expect("fixture");
        let mut checkpoint = Checkpoint::new(routine, None, 3);
        checkpoint.segment = 1;
        checkpoint.position_ms = 2_000;
        let mut value = serde_json::to_value(&checkpoint).expect("JSON");
        edit(&mut value);
        let text = serde_json::to_string_pretty(&value).expect("JSON");
        self.write(text.as_bytes())
    }

    fn write(&self, bytes: &[u8]) -> &Data {
        std::fs::write(self.checkpoint(), bytes).expect("write the checkpoint");
        self
    }

    /// Runs `posewise ARGS` with this data folder, killing it at the
    /// deadline.
    fn posewise(&self, args: &[&str]) -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_posewise"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("POSEWISE_DATA_DIR", self.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        let started = Instant::now();
        while child.try_wait().expect("wait").is_none() {
            if started.elapsed() > DEADLINE {
                let _ = child.kill();
                panic!("posewise {args:?} still runs after {DEADLINE:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        child.wait_with_output().expect("output")
    }

    fn resume(&self) -> Output {
        self.posewise(&["resume", "--mute", "--no-voice"])
    }

    /// `resume` fails with a message naming the file (at a line and column)
    /// and `--discard` and containing `expected`; then `--discard` removes
    /// the file.
    fn refused(&self, expected: &str) {
        let out = self.resume();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        let file = format!("{}:", self.checkpoint().display());
        let located = stderr.strip_prefix(&file).unwrap_or_default();
        let mut numbers = located.splitn(3, ':');
        let line = numbers.next().and_then(|n| n.parse::<usize>().ok());
        let column = numbers.next().and_then(|n| n.parse::<usize>().ok());
        assert!(
            line.is_some() && column.is_some(),
            "file:line:column: {stderr}"
        );
        assert!(stderr.contains("posewise resume --discard"), "{stderr}");
        assert!(stderr.contains(expected), "{expected:?} in {stderr}");
        assert!(self.checkpoint().exists(), "a refused checkpoint is kept");
        self.discarded();
    }

    fn discarded(&self) {
        let out = self.posewise(&["resume", "--discard"]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            stdout.starts_with("Discarded the interrupted session"),
            "{stdout}"
        );
        assert!(!self.checkpoint().exists(), "--discard removes the file");
    }
}

fn plan() -> Plan {
    let catalogue = Catalogue::builtin();
    let routine = Routine::load(Path::new(FIXTURE), catalogue).expect("fixture");
    Plan::build(&routine, catalogue)
}

#[test]
fn empty_steps() {
    Data::new()
        .edited(|c| c["routine"]["steps"] = json!([]))
        .refused("in the session's routine: 'steps' is empty");
}

#[test]
fn a_countdown_beyond_any_integer() {
    Data::new()
        .edited(|c| c["countdown"] = json!(1e30))
        .refused("'countdown' must be a whole number of beeps, found 1e+30");
}

#[test]
fn a_newer_version() {
    Data::new()
        .edited(|c| c["version"] = json!(2))
        .refused("written by a newer Posewise (checkpoint version 2); update Posewise");
}

#[test]
fn a_position_past_the_end() {
    let past = plan().total_ms + 1;
    Data::new()
        .edited(|c| c["position_ms"] = json!(past))
        .refused("past the end of the session");
}

#[test]
fn garbage_bytes() {
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    Data::new().write(&garbage).refused("not UTF-8");
    Data::new().write(b"posewise!").refused("not valid JSON");
}

#[test]
fn a_truncated_file() {
    let data = Data::new();
    let _ = data.edited(|_| {});
    let text = std::fs::read(data.checkpoint()).expect("read");
    data.write(&text[..text.len() * 2 / 3]).refused("cut short");
    data.write(b"").refused("cut short");
}

#[test]
fn a_huge_file() {
    let data = Data::new();
    let file = std::fs::File::create(data.checkpoint()).expect("create");
    file.set_len(8 * 1024 * 1024 * 1024)
        .expect("a sparse 8 GiB file");
    data.refused("larger than 4 MiB");
}

/// A countdown that fits in an integer is clamped to 10 beeps: resuming
/// near the end finishes at once instead of building beeps for ever.
#[test]
fn a_huge_countdown_is_clamped_and_the_session_finishes() {
    let plan = plan();
    let near_end = plan.total_ms - 300;
    let segment = plan.segment_at(near_end);
    let data = Data::new();
    let _ = data.edited(|c| {
        c["countdown"] = json!(u64::MAX);
        c["segment"] = json!(segment);
        c["position_ms"] = json!(near_end);
    });
    let out = data.resume();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stdout.contains("Session complete"), "{stdout}");
    assert!(!data.checkpoint().exists(), "a finished session has none");
}

#[test]
fn discard_names_the_session_and_resume_then_finds_none() {
    let data = Data::new();
    let _ = data.edited(|_| {});
    let out = data.posewise(&["resume", "--discard"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout.trim(),
        "Discarded the interrupted session of \"Ten-second check\"."
    );
    let again = data.posewise(&["resume", "--discard"]);
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert_eq!(stdout.trim(), "There is no interrupted session to discard.");
    let resume = data.resume();
    let stdout = String::from_utf8_lossy(&resume.stdout);
    assert!(resume.status.success());
    assert_eq!(stdout.trim(), "There is no interrupted session to resume.");
}
