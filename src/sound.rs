//! The only module that talks to an audio device. Sound is a service: a
//! worker thread owns the device and the voice, and front ends talk to it
//! over a channel, so nothing here ever blocks them. Failure is never fatal:
//! the session goes on with visual cues and one notice.

mod device;
mod pacer;
mod playback_clock;
mod quiet;
mod service;
mod timing_log;
mod track;
mod voice;

use crate::core::engine::Timing;
use crate::core::plan::Plan;
use crate::core::t;
use service::{Command, Worker};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

/// Sound settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// 0 to 1.
    pub volume: f32,
    pub muted: bool,
    pub voice: bool,
    /// A soft tone under each breath in and out (taken up by the next
    /// `prepare`).
    pub breath_tone: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            volume: 0.8,
            muted: false,
            voice: true,
            breath_tone: false,
        }
    }
}

impl Options {
    fn effective_volume(&self) -> f32 {
        if self.muted {
            0.0
        } else {
            self.volume.clamp(0.0, 1.0)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The reason is the sound system's own (its words, when it gave one).
    #[error("{}", t!("sound-no-output", reason = .0.as_str()))]
    NoOutput(String),
    #[error("{}", t!("sound-no-48k-stereo"))]
    Unsupported,
}

impl Error {
    /// The notice in plain words, for the window; the details go to the
    /// Settings' sound line.
    pub fn plain(&self) -> String {
        match self {
            Error::NoOutput(_) => t!("sound-no-device"),
            Error::Unsupported => t!("sound-unsupported"),
        }
    }
}

/// What the sound service tells its front end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Report {
    /// The prepared plan can be played: the output is open (or known to be
    /// missing) and the first announcement is spoken into a clip.
    Ready,
    /// Something the person should know, once: no audio output, say.
    Notice(Error),
    /// The output opened: which sound system plays it, on which device.
    Output(String),
}

pub struct Sound {
    commands: Sender<Command>,
    reports: Receiver<Report>,
    worker: Option<JoinHandle<()>>,
}

impl Sound {
    /// Starts the service. Nothing is opened until a plan is prepared.
    pub fn start(options: Options) -> Sound {
        let (commands, receiver) = mpsc::channel();
        let (report_sender, reports) = mpsc::channel();
        let worker = Worker::new(options, commands.clone(), report_sender);
        let worker = std::thread::Builder::new()
            .name("posewise-sound".into())
            .spawn(move || worker.run(receiver))
            .ok();
        Sound {
            commands,
            reports,
            worker,
        }
    }

    /// Gets ready to play `plan`: opens the output and starts speaking its
    /// announcements. `Report::Ready` follows.
    pub fn prepare(&self, plan: &Plan) {
        self.send(Command::Prepare(Arc::new(plan.clone())));
    }

    /// Plays the prepared plan's cues from `timing` on, in place of what
    /// was scheduled.
    pub fn schedule(&self, timing: Timing) {
        self.send(Command::Schedule(timing));
    }

    /// Silences everything scheduled (on pause, stop, skip or back).
    pub fn cancel(&self) {
        self.send(Command::Cancel);
    }

    /// Volume and mute take effect with the next audio buffer.
    pub fn set_options(&self, options: Options) {
        self.send(Command::Options(options));
    }

    /// The next report, waiting at most `timeout`.
    pub fn report(&self, timeout: Duration) -> Option<Report> {
        if timeout.is_zero() {
            return self.reports.try_recv().ok();
        }
        self.reports.recv_timeout(timeout).ok()
    }

    fn send(&self, command: Command) {
        // The worker only stops when this handle is dropped.
        let _ = self.commands.send(command);
    }
}

impl Drop for Sound {
    fn drop(&mut self) {
        self.send(Command::Shutdown);
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalogue::Catalogue;
    use crate::core::routine::Routine;

    fn plan() -> Plan {
        let json = r#"{"format":"posewise-routine","version":1,"title":"t","steps":[{"pose":"balasana","hold_seconds":3}]}"#;
        let routine = Routine::parse(json.as_bytes(), "t", Catalogue::builtin()).expect("valid");
        Plan::build(&routine, Catalogue::builtin())
    }

    #[test]
    fn muted_sound_is_ready_without_a_device_and_takes_every_call() {
        let sound = Sound::start(Options {
            muted: true,
            voice: false,
            ..Options::default()
        });
        sound.prepare(&plan());
        assert_eq!(sound.report(Duration::from_secs(10)), Some(Report::Ready));
        sound.cancel();
        sound.set_options(Options::default());
        sound.prepare(&plan());
        // Unmuted now: either the device opened, or one notice says why not.
        let report = sound.report(Duration::from_secs(10));
        assert!(
            matches!(report, Some(Report::Ready | Report::Notice(_))),
            "{report:?}"
        );
        drop(sound);
    }

    #[test]
    fn errors_say_that_cues_stay_on_screen() {
        let error = Error::NoOutput("no card".into());
        assert_eq!(error.clone(), error);
        assert!(error.to_string().contains("shown on screen"));
    }
}
