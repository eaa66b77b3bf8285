//! Runs a session in the terminal, without a window: the same engine, sound
//! and checkpoints as the app, with progress printed line by line. Typed
//! commands (Enter) pause, skip, go back or stop.

use crate::core::checkpoint::Checkpoint;
use crate::core::clock::{Clock, SystemClock};
use crate::core::engine::{Engine, Event, Status};
use crate::core::plan::{Plan, Segment, format_duration};
use crate::core::routine::Routine;
use crate::sound::{self, Sound};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How long to wait, at most, for the first spoken announcement and for the
/// sound output's clock to settle before starting.
const SOUND_WAIT: Duration = Duration::from_millis(2_000);
/// Starting a moment ahead lets the first cue's sound be placed exactly.
const START_LEAD: Duration = Duration::from_millis(150);
const HELP: &str = "Keys (then Enter): nothing or p pause/continue, n next, b back, q stop.";

pub struct Options {
    pub sound: sound::Options,
    pub countdown: u64,
    /// Where to keep the checkpoint; `None` keeps none.
    pub checkpoint: Option<PathBuf>,
}

/// A command typed while the session runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Control {
    TogglePause,
    Next,
    Back,
    Stop,
}

impl Control {
    fn parse(line: &str) -> Option<Control> {
        match line.trim().to_lowercase().as_str() {
            "" | "p" | "pause" => Some(Control::TogglePause),
            "n" | "next" | "s" | "skip" => Some(Control::Next),
            "b" | "back" => Some(Control::Back),
            "q" | "quit" | "stop" => Some(Control::Stop),
            _ => None,
        }
    }
}

/// Reads commands from standard input on a thread of its own; with no
/// input (a pipe or /dev/null) it simply ends.
fn controls() -> Receiver<Control> {
    let (sender, receiver) = mpsc::channel();
    let _ = std::thread::Builder::new()
        .name("posewise-keys".into())
        .spawn(move || {
            for line in std::io::stdin().lock().lines() {
                let Ok(line) = line else { break };
                if let Some(control) = Control::parse(&line)
                    && sender.send(control).is_err()
                {
                    break;
                }
            }
        });
    receiver
}

struct Session<'a> {
    plan: Plan,
    engine: Engine,
    sound: Sound,
    checkpoint: Checkpoint,
    options: &'a Options,
    out: &'a mut dyn Write,
    notices: &'a mut dyn Write,
}

/// Runs `routine` to the end (or from `resume`), printing to `out`. Notices
/// (no audio, checkpoint trouble) go to `notices`.
pub fn play(
    routine: Routine,
    source: Option<PathBuf>,
    resume: Option<&Checkpoint>,
    options: &Options,
    out: &mut dyn Write,
    notices: &mut dyn Write,
) -> std::io::Result<()> {
    let catalogue = crate::core::catalogue::Catalogue::builtin();
    let countdown = resume.map_or(options.countdown, |c| c.countdown);
    let plan = Plan::with_countdown(&routine, catalogue, countdown);
    let engine = match resume {
        Some(c) => Engine::resumed_at(
            plan.clone(),
            Duration::from_millis(c.position_ms),
            Duration::from_millis(c.active_ms),
        ),
        None => Engine::new(plan.clone()),
    };
    let checkpoint = resume
        .cloned()
        .unwrap_or_else(|| Checkpoint::new(routine, source, countdown));
    let mut session = Session {
        sound: Sound::new(options.sound),
        plan,
        engine,
        checkpoint,
        options,
        out,
        notices,
    };
    session.run(resume.is_some())
}

impl Session<'_> {
    fn run(&mut self, resuming: bool) -> std::io::Result<()> {
        if let Some(notice) = self.sound.prepare(&self.plan) {
            writeln!(self.notices, "notice: {notice}")?;
        }
        let waiting = Instant::now();
        while !(self.sound.voice_ready() && self.sound.settled()) && waiting.elapsed() < SOUND_WAIT
        {
            std::thread::sleep(Duration::from_millis(20));
        }
        writeln!(
            self.out,
            "{} — {}",
            self.plan.title,
            format_duration(self.plan.total_ms)
        )?;
        if std::io::stdin().is_terminal() {
            writeln!(self.out, "{HELP}")?;
        }
        let mut keys = Some(controls());
        let clock = SystemClock;
        let now = clock.now() + START_LEAD;
        let mut events = if resuming {
            let mut events = vec![Event::SegmentStarted(self.engine.snapshot(now).segment)];
            events.extend(self.engine.resume(now));
            events
        } else {
            self.engine.start(now)
        };
        let _ = self.sound.schedule(&self.plan, &self.engine.upcoming(now));
        loop {
            self.handle(&events, clock.now())?;
            if matches!(self.engine.status(), Status::Finished | Status::Stopped) {
                break;
            }
            let wait = until_next(&self.engine, clock.now());
            let control = match keys.as_ref().map(|k| k.recv_timeout(wait)) {
                Some(Ok(control)) => Some(control),
                Some(Err(RecvTimeoutError::Timeout)) => None,
                Some(Err(RecvTimeoutError::Disconnected)) | None => {
                    // No (more) typed input: just wait.
                    keys = None;
                    std::thread::sleep(wait);
                    None
                }
            };
            events = match control {
                Some(control) => self.control(control, clock.now())?,
                None => self.engine.tick(clock.now()),
            };
        }
        // Let the last chime ring out before the sound device closes.
        std::thread::sleep(Duration::from_millis(1_500));
        Ok(())
    }

    fn handle(&mut self, events: &[Event], now: Instant) -> std::io::Result<()> {
        for event in events {
            match event {
                Event::SegmentStarted(index) => {
                    let segment = &self.plan.segments[*index];
                    writeln!(
                        self.out,
                        "{:>7}  {}",
                        clock_text(segment.start_ms),
                        describe(segment)
                    )?;
                    self.save(now, false)?;
                    let _ = self.sound.schedule(&self.plan, &self.engine.upcoming(now));
                }
                Event::Finished => {
                    let total = format_duration(self.plan.total_ms);
                    writeln!(self.out, "Session complete: {total} of exercise.")?;
                    self.remove()?;
                }
                Event::Cue(_) => {}
            }
        }
        Ok(())
    }

    fn control(&mut self, control: Control, now: Instant) -> std::io::Result<Vec<Event>> {
        let events = match control {
            Control::TogglePause if self.engine.status() == Status::Running => {
                self.engine.pause(now);
                self.sound.cancel();
                self.save(now, true)?;
                writeln!(self.out, "Paused. Press Enter to continue.")?;
                return Ok(Vec::new());
            }
            Control::TogglePause => {
                writeln!(self.out, "Continuing.")?;
                self.engine.resume(now)
            }
            Control::Next => self.engine.skip(now),
            Control::Back => self.engine.back(now),
            Control::Stop => {
                self.engine.stop(now);
                self.sound.cancel();
                self.remove()?;
                let done = format_duration(self.engine.snapshot(now).active.as_millis() as u64);
                writeln!(self.out, "Stopped after {done}.")?;
                return Ok(Vec::new());
            }
        };
        self.sound.cancel();
        let _ = self.sound.schedule(&self.plan, &self.engine.upcoming(now));
        Ok(events)
    }

    /// Saves the checkpoint: at the segment's start, or (on pause) at the
    /// exact moment.
    fn save(&mut self, now: Instant, exact: bool) -> std::io::Result<()> {
        let Some(path) = &self.options.checkpoint else {
            return Ok(());
        };
        let snapshot = self.engine.snapshot(now);
        let segment_start = self
            .plan
            .segments
            .get(snapshot.segment)
            .map_or(0, |s| s.start_ms);
        self.checkpoint.segment = snapshot.segment;
        self.checkpoint.position_ms = if exact {
            snapshot.position.as_millis() as u64
        } else {
            segment_start
        };
        self.checkpoint.active_ms = snapshot.active.as_millis() as u64;
        self.checkpoint.saved_at = chrono::Local::now();
        if let Err(error) = self.checkpoint.save(path) {
            writeln!(self.notices, "notice: {error}")?;
        }
        Ok(())
    }

    fn remove(&mut self) -> std::io::Result<()> {
        if let Some(path) = &self.options.checkpoint
            && let Err(error) = Checkpoint::remove(path)
        {
            writeln!(self.notices, "notice: {error}")?;
        }
        Ok(())
    }
}

/// Wait until the next cue or segment change, and at most a second.
fn until_next(engine: &Engine, now: Instant) -> Duration {
    engine
        .until_next_event(now)
        .map_or(Duration::from_secs(1), |wait| {
            wait.clamp(Duration::from_millis(1), Duration::from_secs(1))
        })
}

fn clock_text(ms: u64) -> String {
    let seconds = ms / 1000;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// "Hold — Knee-to-chest stretch, left, rep 2/3 (30 s)".
pub fn describe(segment: &Segment) -> String {
    let mut text = format!("{} — {}", segment.kind.label(), segment.name);
    if let Some(side) = segment.side {
        text.push_str(&format!(", {}", side.label()));
    }
    if segment.reps > 1 {
        text.push_str(&format!(", rep {}/{}", segment.rep, segment.reps));
    }
    if segment.sets > 1 {
        text.push_str(&format!(", set {}/{}", segment.set, segment.sets));
    }
    text.push_str(&format!(" ({})", format_duration(segment.duration_ms)));
    text
}

#[cfg(test)]
mod tests {
    use super::Control;

    #[test]
    fn typed_commands() {
        assert_eq!(Control::parse(""), Some(Control::TogglePause));
        assert_eq!(Control::parse(" N "), Some(Control::Next));
        assert_eq!(Control::parse("back"), Some(Control::Back));
        assert_eq!(Control::parse("q"), Some(Control::Stop));
        assert_eq!(Control::parse("dance"), None);
    }
}
