//! Spoken announcements through espeak-ng, when it is installed. Speech is
//! made on a background thread and cached; the timer never waits for it.

use crate::core::audio::SAMPLE_RATE;
use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

/// Speech: mono samples at 48 kHz.
pub type Clip = Arc<Vec<f32>>;

#[derive(Debug, Default, Clone)]
pub struct Voice {
    clips: Arc<Mutex<HashMap<String, Clip>>>,
}

impl Voice {
    /// A voice, if `espeak-ng` can be run.
    pub fn detect() -> Option<Voice> {
        let found = Command::new("espeak-ng")
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        found.then(Voice::default)
    }

    /// Starts making the clips for `texts` in the background.
    pub fn prepare(&self, texts: Vec<String>) {
        let clips = Arc::clone(&self.clips);
        let _ = std::thread::Builder::new()
            .name("posewise-voice".into())
            .spawn(move || {
                for text in texts {
                    let known = clips.lock().map(|c| c.contains_key(&text)).unwrap_or(true);
                    if known {
                        continue;
                    }
                    if let Some(clip) = speak(&text)
                        && let Ok(mut clips) = clips.lock()
                    {
                        let _ = clips.insert(text, Arc::new(clip));
                    }
                }
            });
    }

    /// The clip for `text`, if it is ready.
    pub fn clip(&self, text: &str) -> Option<Clip> {
        self.clips.lock().ok()?.get(text).cloned()
    }

    pub fn is_ready(&self, text: &str) -> bool {
        self.clip(text).is_some()
    }
}

/// Speech for `text` as 48 kHz mono samples.
fn speak(text: &str) -> Option<Vec<f32>> {
    let output = Command::new("espeak-ng")
        .args(["--stdout", "-s", "150", "-a", "120", text])
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
    Some(resample(&samples, spec.sample_rate))
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
    fn espeak_output_becomes_a_clip() {
        let clip = super::speak("Child's pose, three seconds.").expect("espeak-ng speaks");
        let seconds = clip.len() as f32 / 48_000.0;
        assert!((0.8..5.0).contains(&seconds), "{seconds} s");
        assert!(clip.iter().any(|v| v.abs() > 0.05));
    }
}
