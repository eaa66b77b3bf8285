//! `posewise render-audio` writes the soundtrack as it goes: a long session
//! must not be built in memory first. Alone in its file, so that the only
//! child process this test binary waits for is the render.

use nix::sys::resource::{UsageWho, getrusage};
use std::process::Command;

/// Peak resident memory allowed for the render process, in KiB.
const MAX_RSS_KIB: i64 = 40 * 1024;

#[test]
fn a_thirty_minute_render_keeps_memory_small() {
    let dir = tempfile::tempdir().expect("temp dir");
    let routine = dir.path().join("long.posewise.json");
    // A cue every second, so that a soundtrack built in memory would touch
    // every page of it (untouched zeroed pages do not count as resident).
    let breath = r#"{"pose": "anulom-vilom", "hold_seconds": 300,
        "breathing": {"inhale": 1, "exhale": 1, "alternate_nostrils": true}}"#;
    let steps = [breath; 6].join(",\n");
    let text = format!(
        "{{\"format\": \"posewise-routine\", \"version\": 1, \
         \"title\": \"Half an hour\", \"steps\": [{steps}]}}"
    );
    std::fs::write(&routine, text).expect("write the routine");
    let wav = dir.path().join("long.wav");
    let out = Command::new(env!("CARGO_BIN_EXE_posewise"))
        .arg("render-audio")
        .arg(&routine)
        .arg("--out")
        .arg(&wav)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reader = hound::WavReader::open(&wav).expect("a WAV file");
    let seconds = reader.duration() / reader.spec().sample_rate;
    assert!(seconds >= 30 * 60, "the WAV lasts {seconds} s");
    let peak_kib = getrusage(UsageWho::RUSAGE_CHILDREN)
        .expect("resource usage")
        .max_rss();
    eprintln!("render-audio peak RSS: {peak_kib} KiB for {seconds} s");
    assert!(
        peak_kib < MAX_RSS_KIB,
        "render-audio peaked at {} MiB",
        peak_kib / 1024
    );
}
