//! Opening the audio output: a 48 kHz stereo cpal stream whose callback
//! fills buffers from a `Track`, knowing when each buffer will be heard.
//! A sound server (PulseAudio, or PipeWire through its PulseAudio side) is
//! talked to directly when one answers; ALSA is the fallback.

use super::Error;
use super::track::{Observation, Track};
use crate::core::audio::{CHANNELS, SAMPLE_RATE};
use crate::core::t;
use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use cpal::{BufferSize, SampleFormat, SizedSample, StreamConfig};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// About 43 ms a buffer: few wake-ups, while a schedule or a volume change
/// still reaches the next buffer well within 50 ms.
const BUFFER_FRAMES: u32 = 2_048;
/// A sound server that does not answer within this is passed over.
const OPEN_TIMEOUT: Duration = Duration::from_secs(2);

/// The open output; dropping it stops the sound.
pub struct Output {
    device: cpal::Device,
    config: StreamConfig,
    format: SampleFormat,
    slot: Slot,
    log: Option<Sender<Observation>>,
    /// `None` while it rests.
    stream: Option<cpal::Stream>,
    /// Which sound system plays it, and on which device, for people.
    pub name: String,
}

impl Output {
    /// Closes the stream through a silence. A closed stream costs nothing;
    /// a paused (corked) one still wakes ten times a second to ask the
    /// sound server for its latency, and an ALSA device may not pause.
    pub fn rest(&mut self) {
        self.stream = None;
    }

    /// Whether the stream is closed through a silence.
    pub fn is_resting(&self) -> bool {
        self.stream.is_none()
    }

    /// Opens the stream again after `rest`; false when it cannot be.
    pub fn wake(&mut self) -> bool {
        if self.stream.is_none() {
            self.stream = start(
                &self.device,
                &self.config,
                self.format,
                &self.slot,
                self.log.clone(),
            )
            .ok();
        }
        self.stream.is_some()
    }
}

/// Opens the default output of the first sound system that has one and
/// plays `track` on it. Observations of the device's timing go to `log`,
/// when given.
pub fn open(track: Track, log: Option<Sender<Observation>>) -> Result<Output, Error> {
    quiet_stderr(|| open_quietly(track, log))
}

fn open_quietly(track: Track, log: Option<Sender<Observation>>) -> Result<Output, Error> {
    // The track moves into the callback on its first call, and back here
    // when that stream is dropped, for the next stream to take.
    let slot: Slot = Arc::new(Mutex::new(Some(track)));
    let mut error = Error::NoOutput(t!("sound-no-default-device"));
    for id in cpal::available_hosts() {
        let host = match cpal::host_from_id(id) {
            Ok(host) => host,
            Err(e) => {
                error = Error::NoOutput(format!("{}: {e}", id.name()));
                continue;
            }
        };
        match open_on(&host, &slot, &log) {
            Ok((device, config, format, stream)) => {
                let device_name = device
                    .description()
                    .map_or_else(|_| "default".to_owned(), |d| d.name().to_owned());
                return Ok(Output {
                    device,
                    config,
                    format,
                    slot,
                    log,
                    stream: Some(stream),
                    name: format!("{} ({device_name})", id.name()),
                });
            }
            Err(e) => error = e,
        }
    }
    Err(error)
}

fn open_on(
    host: &cpal::Host,
    slot: &Slot,
    log: &Option<Sender<Observation>>,
) -> Result<(cpal::Device, StreamConfig, SampleFormat, cpal::Stream), Error> {
    let device = host
        .default_output_device()
        .ok_or_else(|| Error::NoOutput(t!("sound-no-default-device")))?;
    let format = sample_format(&device)?;
    let mut config = StreamConfig {
        channels: CHANNELS,
        sample_rate: SAMPLE_RATE,
        buffer_size: BufferSize::Fixed(BUFFER_FRAMES),
    };
    let stream = match start(&device, &config, format, slot, log.clone()) {
        Ok(stream) => stream,
        Err(error) => {
            // Some devices refuse a fixed buffer size: let them choose.
            config.buffer_size = BufferSize::Default;
            start(&device, &config, format, slot, log.clone()).map_err(|_| error)?
        }
    };
    Ok((device, config, format, stream))
}

/// Builds a stream and starts it.
fn start(
    device: &cpal::Device,
    config: &StreamConfig,
    format: SampleFormat,
    slot: &Slot,
    log: Option<Sender<Observation>>,
) -> Result<cpal::Stream, Error> {
    let stream = build(device, config, format, slot, log)?;
    stream.play().map_err(|e| Error::NoOutput(e.to_string()))?;
    Ok(stream)
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
    let mut holder = Holder {
        slot: Arc::clone(slot),
        track: None,
    };
    let mut buffer: Vec<f32> = Vec::new();
    let result = device.build_output_stream::<T, _, _>(
        *config,
        move |data, info| {
            let now = Instant::now();
            let Some(track) = holder.track() else {
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
            // Only a device that takes samples faster than real time is
            // made to wait: it would otherwise spin this thread.
            if let Some(sleep) = observation.sleep {
                std::thread::sleep(sleep);
            }
        },
        |_| {
            // Stream errors (such as an underrun under heavy load) pass;
            // the default handler would print each one.
        },
        Some(OPEN_TIMEOUT),
    );
    result.map_err(|e| Error::NoOutput(e.to_string()))
}

/// The track inside a stream's callback; back in the slot when the stream
/// is dropped.
struct Holder {
    slot: Slot,
    track: Option<Track>,
}

impl Holder {
    fn track(&mut self) -> Option<&mut Track> {
        if self.track.is_none() {
            self.track = self.slot.try_lock().ok().and_then(|mut t| t.take());
        }
        self.track.as_mut()
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        if let (Some(track), Ok(mut slot)) = (self.track.take(), self.slot.lock()) {
            *slot = Some(track);
        }
    }
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
