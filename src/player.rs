//! Runs a session in the terminal, without a window: a thin front end over
//! the session controller. It feeds the controller the time and the typed
//! commands, and carries out what it returns: print, sound, checkpoint.

use crate::core::checkpoint::Checkpoint;
use crate::core::plan::{Plan, Segment, format_duration};
use crate::core::routine::Routine;
use crate::core::session::{Control, Effect, Session, SessionRecord};
use crate::sound::{self, Report, Sound};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

const HELP: &str =
    "Keys (then Enter): nothing or p pause/continue, n next, b back, h this hurts, q stop.";
/// How often to look for sound reports while a start waits for sound.
const STARTING_POLL: Duration = Duration::from_millis(20);

pub struct Options {
    pub sound: sound::Options,
    pub countdown: u64,
    /// Where to keep the checkpoint; `None` keeps none.
    pub checkpoint: Option<PathBuf>,
}

fn parse_control(line: &str) -> Option<Control> {
    match line.trim().to_lowercase().as_str() {
        "" | "p" | "pause" => Some(Control::TogglePause),
        "n" | "next" | "s" | "skip" => Some(Control::Next),
        "b" | "back" => Some(Control::Back),
        "h" | "hurts" | "pain" => Some(Control::Hurts),
        "q" | "quit" | "stop" => Some(Control::Stop),
        _ => None,
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
                if let Some(control) = parse_control(&line)
                    && sender.send(control).is_err()
                {
                    break;
                }
            }
        });
    receiver
}

struct Terminal<'a> {
    sound: Sound,
    options: &'a Options,
    out: &'a mut dyn Write,
    notices: &'a mut dyn Write,
    ended: Option<SessionRecord>,
}

/// Runs `routine` to the end (or from `resume`, a checked checkpoint),
/// printing to `out`; notices (no audio, checkpoint trouble) go to
/// `notices`. Returns the session's record once it ended.
pub fn play(
    routine: Routine,
    source: Option<PathBuf>,
    resume: Option<Checkpoint>,
    options: &Options,
    out: &mut dyn Write,
    notices: &mut dyn Write,
) -> std::io::Result<Option<SessionRecord>> {
    let catalogue = crate::core::catalogue::Catalogue::builtin();
    let (mut session, effects) = match resume {
        Some(checkpoint) => {
            let plan = Plan::with_countdown(&routine, catalogue, checkpoint.countdown);
            Session::resumed(plan, checkpoint)
        }
        None => {
            let plan = Plan::with_countdown(&routine, catalogue, options.countdown);
            Session::new(plan, Checkpoint::new(routine, source, options.countdown))
        }
    };
    let mut terminal = Terminal {
        sound: Sound::start(options.sound),
        options,
        out,
        notices,
        ended: None,
    };
    terminal.carry_out(&session, effects)?;
    terminal.run(&mut session)?;
    Ok(terminal.ended)
}

impl Terminal<'_> {
    fn run(&mut self, session: &mut Session) -> std::io::Result<()> {
        let plan = session.plan();
        writeln!(
            self.out,
            "{} — {}",
            plan.title,
            format_duration(plan.total_ms)
        )?;
        if std::io::stdin().is_terminal() {
            writeln!(self.out, "{HELP}")?;
        }
        let mut keys = Some(controls());
        let effects = session.control(Control::Start, Instant::now(), chrono::Local::now());
        self.carry_out(session, effects)?;
        while !session.is_over() {
            self.sound_reports(session)?;
            let now = Instant::now();
            let mut wait = session.next_wake(now).map_or(Duration::from_secs(1), |w| {
                w.clamp(Duration::from_millis(1), Duration::from_secs(1))
            });
            if session.is_starting() {
                wait = wait.min(STARTING_POLL);
            }
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
            let (now, wall) = (Instant::now(), chrono::Local::now());
            let effects = match control {
                Some(control) => session.control(control, now, wall),
                None => session.tick(now, wall),
            };
            self.carry_out(session, effects)?;
        }
        // Let the last chime ring out before the sound device closes.
        std::thread::sleep(Duration::from_millis(1_500));
        Ok(())
    }

    fn sound_reports(&mut self, session: &mut Session) -> std::io::Result<()> {
        while let Some(report) = self.sound.report(Duration::ZERO) {
            match report {
                Report::Ready => {
                    let effects = session.sound_ready(Instant::now(), chrono::Local::now());
                    self.carry_out(session, effects)?;
                }
                Report::Notice(error) => writeln!(self.notices, "notice: {error}")?,
            }
        }
        Ok(())
    }

    fn carry_out(&mut self, session: &Session, effects: Vec<Effect>) -> std::io::Result<()> {
        for effect in effects {
            match effect {
                Effect::PrepareSound => self.sound.prepare(session.plan()),
                Effect::ScheduleSound(timing) => self.sound.schedule(timing),
                Effect::CancelSound => self.sound.cancel(),
                Effect::SegmentStarted(index) => {
                    if let Some(segment) = session.plan().segments.get(index) {
                        let start = clock_text(segment.start_ms);
                        writeln!(self.out, "{start:>7}  {}", describe(segment))?;
                    }
                }
                Effect::Cue(_) => {}
                Effect::Paused => writeln!(self.out, "Paused. Press Enter to continue.")?,
                Effect::Resumed => writeln!(self.out, "Continuing.")?,
                Effect::MarkedPainful { step } => {
                    writeln!(
                        self.out,
                        "Noted: step {} hurts. It will be in the session record.",
                        step + 1
                    )?;
                }
                Effect::SaveCheckpoint(checkpoint) => {
                    if let Some(path) = &self.options.checkpoint
                        && let Err(error) = checkpoint.save(path)
                    {
                        writeln!(self.notices, "notice: {error}")?;
                    }
                }
                Effect::RemoveCheckpoint => {
                    if let Some(path) = &self.options.checkpoint
                        && let Err(error) = Checkpoint::remove(path)
                    {
                        writeln!(self.notices, "notice: {error}")?;
                    }
                }
                Effect::Ended(record) => {
                    let active = format_duration(record.active_seconds * 1000);
                    if record.completed {
                        writeln!(self.out, "Session complete: {active} of exercise.")?;
                    } else {
                        writeln!(self.out, "Stopped after {active}.")?;
                    }
                    self.ended = Some(*record);
                }
            }
        }
        Ok(())
    }
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
    use super::{Control, parse_control};

    #[test]
    fn typed_commands() {
        assert_eq!(parse_control(""), Some(Control::TogglePause));
        assert_eq!(parse_control(" N "), Some(Control::Next));
        assert_eq!(parse_control("back"), Some(Control::Back));
        assert_eq!(parse_control("h"), Some(Control::Hurts));
        assert_eq!(parse_control("q"), Some(Control::Stop));
        assert_eq!(parse_control("dance"), None);
    }
}
