//! Opening the audio output: a 48 kHz stereo cpal stream whose callback
//! fills buffers from a `Track`, knowing when each buffer will be heard.

use super::Error;
use super::track::{Observation, Track};
use crate::core::audio::{CHANNELS, SAMPLE_RATE};
use rodio::cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use rodio::cpal::{self, BufferSize, SampleFormat, SizedSample, StreamConfig};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// About 43 ms a buffer: few wake-ups, while a schedule or a volume change
/// still reaches the next buffer well within 50 ms.
const BUFFER_FRAMES: u32 = 2_048;

/// The open output; dropping it stops the sound.
pub struct Output {
    _stream: cpal::Stream,
}

/// Opens the default output and plays `track` on it. Observations of the
/// device's timing go to `log`, when given.
pub fn open(track: Track, log: Option<Sender<Observation>>) -> Result<Output, Error> {
    quiet_stderr(|| open_quietly(track, log))
}

fn open_quietly(track: Track, log: Option<Sender<Observation>>) -> Result<Output, Error> {
    let host = cpal::default_host();
    let device = host
        .default_output_device()
        .ok_or(Error::NoOutput("no default output device".into()))?;
    let format = sample_format(&device)?;
    let mut config = StreamConfig {
        channels: CHANNELS,
        sample_rate: SAMPLE_RATE,
        buffer_size: BufferSize::Fixed(BUFFER_FRAMES),
    };
    // The track moves into the callback on its first call.
    let slot = Arc::new(Mutex::new(Some(track)));
    let stream = match build(&device, &config, format, &slot, log.clone()) {
        Ok(stream) => stream,
        Err(error) => {
            // Some devices refuse a fixed buffer size: let them choose.
            config.buffer_size = BufferSize::Default;
            build(&device, &config, format, &slot, log).map_err(|_| error)?
        }
    };
    stream.play().map_err(|e| Error::NoOutput(e.to_string()))?;
    Ok(Output { _stream: stream })
}

/// 48 kHz stereo in 32-bit float, or else 16-bit integers.
fn sample_format(device: &cpal::Device) -> Result<SampleFormat, Error> {
    let configs = device
        .supported_output_configs()
        .map_err(|e| Error::NoOutput(e.to_string()))?;
    let formats: Vec<SampleFormat> = configs
        .filter(|c| {
            c.channels() == CHANNELS
                && (c.min_sample_rate()..=c.max_sample_rate()).contains(&SAMPLE_RATE)
        })
        .map(|c| c.sample_format())
        .collect();
    [SampleFormat::F32, SampleFormat::I16]
        .into_iter()
        .find(|f| formats.contains(f))
        .ok_or(Error::Unsupported)
}

type Slot = Arc<Mutex<Option<Track>>>;

fn build(
    device: &cpal::Device,
    config: &StreamConfig,
    format: SampleFormat,
    slot: &Slot,
    log: Option<Sender<Observation>>,
) -> Result<cpal::Stream, Error> {
    match format {
        SampleFormat::I16 => build_as::<i16>(device, config, slot, log),
        _ => build_as::<f32>(device, config, slot, log),
    }
}

fn build_as<T: SizedSample + cpal::FromSample<f32> + Send + 'static>(
    device: &cpal::Device,
    config: &StreamConfig,
    slot: &Slot,
    log: Option<Sender<Observation>>,
) -> Result<cpal::Stream, Error> {
    let in_callback = Arc::clone(slot);
    let mut track: Option<Track> = None;
    let mut buffer: Vec<f32> = Vec::new();
    let result = device.build_output_stream::<T, _, _>(
        *config,
        move |data, info| {
            let now = Instant::now();
            if track.is_none() {
                track = in_callback.try_lock().ok().and_then(|mut t| t.take());
            }
            let Some(track) = track.as_mut() else {
                data.fill(T::EQUILIBRIUM);
                return;
            };
            let stamp = info.timestamp();
            let delay = stamp.playback.saturating_duration_since(stamp.callback);
            buffer.resize(data.len(), 0.0);
            let observation = track.fill(&mut buffer, now, delay);
            for (out, sample) in data.iter_mut().zip(&buffer) {
                *out = T::from_sample(*sample);
            }
            if let Some(log) = &log {
                let _ = log.send(observation);
            }
        },
        |_| {
            // Stream errors (such as an underrun under heavy load) pass;
            // the default handler would print each one.
        },
        None,
    );
    result.map_err(|e| Error::NoOutput(e.to_string()))
}

/// Runs `open` with stderr sent to /dev/null. With no sound card, libasound
/// prints a screenful of its own errors; the caller reports one notice.
fn quiet_stderr<T>(open: impl FnOnce() -> T) -> T {
    let saved = nix::unistd::dup(std::io::stderr());
    let null = std::fs::OpenOptions::new().write(true).open("/dev/null");
    let (Ok(saved), Ok(null)) = (saved, null) else {
        return open();
    };
    if nix::unistd::dup2_stderr(&null).is_err() {
        return open();
    }
    let result = open();
    let _ = nix::unistd::dup2_stderr(&saved);
    result
}
