//! An optional log of the device's timing, for measuring cue placement:
//! with `POSEWISE_AUDIO_LOG=FILE`, one CSV line per audio buffer.

use super::playback_clock::seconds_between;
use super::track::Observation;
use std::io::Write;
use std::sync::mpsc::{self, Sender};

pub fn start() -> Option<Sender<Observation>> {
    let path = std::env::var_os("POSEWISE_AUDIO_LOG")?;
    let file = std::fs::File::create(path).ok()?;
    let (sender, receiver) = mpsc::channel::<Observation>();
    let _ = std::thread::Builder::new()
        .name("posewise-audio-log".into())
        .spawn(move || {
            let mut out = file;
            let _ = writeln!(out, "frame,now_ms,delay_ms,heard_ms,mapped_ms");
            let mut origin = None;
            for o in receiver {
                let origin = *origin.get_or_insert(o.now);
                let ms = |at| seconds_between(origin, at) * 1000.0;
                let mapped = o.mapped.map_or(f64::NAN, ms);
                let _ = writeln!(
                    out,
                    "{},{:.3},{:.3},{:.3},{:.3}",
                    o.frame,
                    ms(o.now),
                    o.delay.as_secs_f64() * 1000.0,
                    ms(o.now + o.delay),
                    mapped
                );
            }
        });
    Some(sender)
}
