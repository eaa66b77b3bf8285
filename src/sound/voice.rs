//! Spoken announcements through espeak-ng, when it is installed. Speech is
//! made on a background thread and cached; the timer never waits for it.

use crate::core::audio::SAMPLE_RATE;
use std::process::{Command, Stdio};
use std::sync::Arc;

/// Speech: mono samples at 48 kHz.
pub type Clip = Arc<Vec<f32>>;

/// Whether `espeak-ng` can be run.
pub fn available() -> bool {
    Command::new("espeak-ng")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Speaks each text in order on a thread of its own and hands every clip
/// (or `None`, when it could not be made) to `done`, which returns false to
/// stop early.
pub fn speak_all(
    texts: Vec<String>,
    mut done: impl FnMut(String, Option<Clip>) -> bool + Send + 'static,
) {
    let _ = std::thread::Builder::new()
        .name("posewise-voice".into())
        .spawn(move || {
            for text in texts {
                let clip = speak(&text).map(Arc::new);
                if !done(text, clip) {
                    break;
                }
            }
        });
}

/// Speech for `text` as 48 kHz mono samples.
fn speak(text: &str) -> Option<Vec<f32>> {
    let output = Command::new("espeak-ng")
        .args(["--stdout", "-s", "150", "-a", "120", "--", text])
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let reader = hound::WavReader::new(std::io::Cursor::new(output.stdout)).ok()?;
    let spec = reader.spec();
    let scale = f32::from(1u16 << (spec.bits_per_sample.clamp(1, 16) - 1));
    let samples: Vec<f32> = reader
        .into_samples::<i16>()
        // espeak-ng streams, so its header claims a huge length: read until
        // the data really ends.
        .map_while(Result::ok)
        .step_by(usize::from(spec.channels.max(1)))
        .map(|s| f32::from(s) / scale * 0.8)
        .collect();
    let clip = resample(&samples, spec.sample_rate);
    // Nothing audible came out: better no clip than an empty one.
    (!clip.is_empty()).then_some(clip)
}

/// Linear interpolation to 48 kHz.
fn resample(mono: &[f32], rate: u32) -> Vec<f32> {
    if mono.is_empty() || rate == 0 {
        return Vec::new();
    }
    let out_len = (mono.len() as u64 * u64::from(SAMPLE_RATE) / u64::from(rate)) as usize;
    let step = f64::from(rate) / f64::from(SAMPLE_RATE);
    (0..out_len)
        .map(|i| {
            let x = i as f64 * step;
            let a = mono[(x as usize).min(mono.len() - 1)];
            let b = mono[(x as usize + 1).min(mono.len() - 1)];
            a + (b - a) * x.fract() as f32
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::resample;

    #[test]
    fn resampling_keeps_the_duration() {
        let second = vec![0.5f32; 22_050];
        let out = resample(&second, 22_050);
        assert_eq!(out.len(), 48_000);
        assert!(out.iter().all(|v| (v - 0.5).abs() < 1e-6));
    }

    #[test]
    fn text_that_looks_like_an_option_is_spoken_not_obeyed() {
        let clip = super::speak("--help").expect("spoken");
        assert!(clip.len() > 4_800, "{} samples", clip.len());
    }

    #[test]
    fn espeak_output_becomes_a_clip() {
        let clip = super::speak("Child's pose, three seconds.").expect("espeak-ng speaks");
        let seconds = clip.len() as f32 / 48_000.0;
        assert!((0.8..5.0).contains(&seconds), "{seconds} s");
        assert!(clip.iter().any(|v| v.abs() > 0.05));
    }
}
