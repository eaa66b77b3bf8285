//! `posewise render-audio` writes a soundtrack that matches the plan: every
//! cue's sound starts within 5 ms of its moment, none missing, none extra,
//! and alternate-nostril breaths are on the right channel.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

struct Wav {
    rate: usize,
    left: Vec<f32>,
    right: Vec<f32>,
}

fn render(routine: &str, dir: &Path) -> (Wav, Value) {
    let wav = dir.join("session.wav");
    let bin = env!("CARGO_BIN_EXE_posewise");
    let out = Command::new(bin)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["render-audio", routine, "--out"])
        .arg(&wav)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plan = Command::new(bin)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["plan", routine, "--json"])
        .output()
        .expect("runs");
    let plan: Value = serde_json::from_slice(&plan.stdout).expect("plan JSON");
    let mut reader = hound::WavReader::open(&wav).expect("a WAV file");
    let spec = reader.spec();
    assert_eq!((spec.channels, spec.sample_rate), (2, 48_000));
    let samples: Vec<f32> = reader
        .samples::<i16>()
        .map(|s| f32::from(s.expect("sample")) / 32768.0)
        .collect();
    let left = samples.iter().step_by(2).copied().collect();
    let right = samples.iter().skip(1).step_by(2).copied().collect();
    (
        Wav {
            rate: 48_000,
            left,
            right,
        },
        plan,
    )
}

/// Millisecond windows where sound starts after at least 5 ms of silence.
fn onsets(wav: &Wav) -> Vec<usize> {
    let per = wav.rate / 1000;
    let loudness: Vec<f32> = wav
        .left
        .chunks(per)
        .zip(wav.right.chunks(per))
        .map(|(l, r)| l.iter().chain(r).fold(0.0f32, |m, v| m.max(v.abs())))
        .collect();
    let threshold = 0.01;
    (0..loudness.len())
        .filter(|&i| {
            loudness[i] > threshold
                && loudness[i.saturating_sub(5)..i]
                    .iter()
                    .all(|v| *v <= threshold)
        })
        .collect()
}

fn check(routine: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (wav, plan) = render(routine, dir.path());
    let cues = plan["cues"].as_array().expect("cues");
    let found = onsets(&wav);
    assert_eq!(found.len(), cues.len(), "one sound per cue, none extra");
    for (cue, onset) in cues.iter().zip(&found) {
        let at = cue["at_ms"].as_u64().expect("at_ms") as i64;
        assert!(
            (*onset as i64 - at).abs() <= 5,
            "{cue} sounded at {onset} ms"
        );
        let side = cue["side"].as_str();
        let kind = cue["kind"].as_str().unwrap_or_default();
        if kind.starts_with("breathe") && side.is_some() {
            let from = at as usize * 48;
            let energy = |c: &[f32]| c[from..from + 300 * 48].iter().map(|v| v * v).sum::<f32>();
            let (l, r) = (energy(&wav.left), energy(&wav.right));
            match side {
                Some("left") => assert!(l > 0.0 && r == 0.0, "{cue}: left {l} right {r}"),
                Some("right") => assert!(r > 0.0 && l == 0.0, "{cue}: left {l} right {r}"),
                _ => {}
            }
        }
    }
    let total = plan["total_ms"].as_u64().expect("total") as usize;
    assert!(
        wav.left.len() / 48 >= total,
        "the WAV covers the whole session"
    );
}

#[test]
fn breathing_reset_soundtrack_matches_its_plan() {
    check("routines/breathing-reset.posewise.json");
}

#[test]
fn back_spasm_relief_soundtrack_matches_its_plan() {
    check("routines/back-spasm-relief.posewise.json");
}

#[test]
fn an_unwritable_output_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let wav = dir.path().join("no-such-folder/session.wav");
    let out = Command::new(env!("CARGO_BIN_EXE_posewise"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "render-audio",
            "tests/fixtures/short.posewise.json",
            "--out",
        ])
        .arg(&wav)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let expected = format!("{}: error: cannot write the WAV file", wav.display());
    assert!(stderr.starts_with(&expected), "{stderr}");
    assert!(!wav.exists());
}
