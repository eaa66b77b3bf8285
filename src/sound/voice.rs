//! Spoken announcements through espeak-ng, when it is installed. Speech is
//! made on a background thread and cached; the timer never waits for it.

use crate::core::audio::SAMPLE_RATE;
use crate::core::i18n;
use std::process::{Command, Stdio};
use std::sync::Arc;

/// Speech as espeak-ng makes it: mono 16-bit samples at its own rate
/// (22 050 Hz). Kept so, it takes a fifth of the memory of 48 kHz floats;
/// the track converts each frame as it plays.
#[derive(Debug, Clone)]
pub struct Clip {
    samples: Arc<[i16]>,
    rate: u32,
}

/// Full scale of a 16-bit sample, turned down a little as speech always was.
const LEVEL: f32 = 0.8 / 32_768.0;

impl Clip {
    /// `None` when there is nothing to play.
    pub fn new(samples: Vec<i16>, rate: u32) -> Option<Clip> {
        (!samples.is_empty() && rate > 0).then(|| Clip {
            samples: samples.into(),
            rate,
        })
    }

    /// Its length in output frames (at 48 kHz), rounded up.
    pub fn frames(&self) -> usize {
        let len = self.samples.len() as u64 * u64::from(SAMPLE_RATE);
        len.div_ceil(u64::from(self.rate)) as usize
    }

    /// Output frame `at`, interpolated linearly between the two samples
    /// around it; silence past the end.
    pub fn frame(&self, at: usize) -> f32 {
        let position = at as u64 * u64::from(self.rate);
        let index = (position / u64::from(SAMPLE_RATE)) as usize;
        let Some(&a) = self.samples.get(index) else {
            return 0.0;
        };
        let b = self.samples.get(index + 1).copied().unwrap_or(a);
        let fraction = (position % u64::from(SAMPLE_RATE)) as f32 / SAMPLE_RATE as f32;
        (f32::from(a) + (f32::from(b) - f32::from(a)) * fraction) * LEVEL
    }
}

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
    // The language the texts were made in, not the one the thread has.
    let voice = i18n::current().voice();
    let _ = std::thread::Builder::new()
        .name("posewise-voice".into())
        .spawn(move || {
            for text in texts {
                let clip = speak(&text, voice);
                if !done(text, clip) {
                    break;
                }
            }
        });
}

/// Speech for `text` in espeak-ng's `voice`, at espeak-ng's own rate.
pub fn speak(text: &str, voice: &str) -> Option<Clip> {
    let output = Command::new("espeak-ng")
        .args([
            "--stdout", "-s", "150", "-a", "120", "-v", voice, "--", text,
        ])
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let reader = hound::WavReader::new(std::io::Cursor::new(output.stdout)).ok()?;
    let spec = reader.spec();
    // Narrower samples are scaled up to 16 bits.
    let shift = 16 - spec.bits_per_sample.clamp(1, 16);
    let samples: Vec<i16> = reader
        .into_samples::<i16>()
        // espeak-ng streams, so its header claims a huge length: read until
        // the data really ends.
        .map_while(Result::ok)
        .step_by(usize::from(spec.channels.max(1)))
        .map(|s| s << shift)
        .collect();
    // Nothing audible came out: better no clip than an empty one.
    Clip::new(samples, spec.sample_rate)
}

#[cfg(test)]
mod tests {
    use super::Clip;

    #[test]
    fn a_clip_plays_as_long_at_48_khz() {
        let clip = Clip::new(vec![4_096; 22_050], 22_050).expect("a clip");
        assert_eq!(clip.frames(), 48_000);
        assert!((0..48_000).all(|at| (clip.frame(at) - 0.1).abs() < 1e-6));
        assert_eq!(clip.frame(48_000), 0.0);
        // A part of a sample still takes a whole frame.
        let clip = Clip::new(vec![4_096; 3], 22_050).expect("a clip");
        assert_eq!(clip.frames(), 7);
    }

    #[test]
    fn frames_between_samples_are_interpolated() {
        // 24 kHz: every other output frame falls halfway between samples.
        let clip = Clip::new(vec![0, 16_384, -16_384], 24_000).expect("a clip");
        let frames: Vec<f32> = (0..clip.frames()).map(|at| clip.frame(at)).collect();
        assert_eq!(frames, [0.0, 0.2, 0.4, 0.0, -0.4, -0.4]);
    }

    #[test]
    fn a_clip_keeps_16_bit_samples_at_the_voice_rate() {
        let clip = Clip::new(vec![1_000; 3 * 22_050], 22_050).expect("a clip");
        let stored: &[i16] = &clip.samples;
        assert_eq!(stored.len(), 3 * 22_050);
        assert!(std::mem::size_of_val(stored) <= 3 * 22_050 * 2);
        // Besides the samples: an `Arc` pointer and the rate.
        assert!(std::mem::size_of::<Clip>() <= 32);
    }

    #[test]
    fn nothing_to_play_is_no_clip() {
        assert!(Clip::new(Vec::new(), 22_050).is_none());
        assert!(Clip::new(vec![1], 0).is_none());
    }

    #[test]
    fn text_that_looks_like_an_option_is_spoken_not_obeyed() {
        let clip = super::speak("--help", "en").expect("spoken");
        assert!(clip.frames() > 4_800, "{} frames", clip.frames());
    }

    #[test]
    fn espeak_output_becomes_a_clip() {
        let clip = super::speak("Child's pose, three seconds.", "en").expect("espeak-ng speaks");
        assert_eq!(clip.rate, 22_050, "kept at espeak-ng's own rate");
        let seconds = clip.frames() as f32 / 48_000.0;
        assert!((0.8..5.0).contains(&seconds), "{seconds} s");
        assert!((0..clip.frames()).any(|at| clip.frame(at).abs() > 0.05));
    }

    #[test]
    fn every_language_speaks_an_announcement_in_its_own_voice() {
        use crate::core::i18n::{Lang, Scoped};
        use crate::core::t;
        for lang in Lang::SPOKEN {
            let _lang = Scoped::new(lang);
            let text = t!("coach-rep", pose = "Balasana", rep = 2, reps = 3);
            let clip = super::speak(&text, lang.voice())
                .unwrap_or_else(|| panic!("{}: no speech for {text}", lang.code()));
            let seconds = clip.frames() as f32 / 48_000.0;
            assert!(seconds > 0.5, "{}: {seconds} s for {text}", lang.code());
            assert!((0..clip.frames()).any(|at| clip.frame(at).abs() > 0.05));
        }
    }
}
