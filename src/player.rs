//! Runs a session in the terminal, without a window: a thin front end over
//! the session controller. It feeds the controller the time and the typed
//! commands, and carries out what it returns: print, sound, checkpoint.

use crate::core::checkpoint::Checkpoint;
use crate::core::duration::{clock_at, format_duration};
use crate::core::plan::Segment;
use crate::core::routine::Routine;
use crate::core::session::{
    Control, Effect, Effort, HurtChoice, MAX_PAIN, Session, SessionRecord, Setup,
};
use crate::core::t;
use crate::sound::{self, Report, Sound};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

fn help() -> String {
    t!("play-keys")
}
/// How often to look for sound reports while a start waits for sound.
const STARTING_POLL: Duration = Duration::from_millis(20);

pub struct Options {
    pub sound: sound::Options,
    /// The countdown beeps and get-ready time of a new session.
    pub setup: Setup,
    /// Where to keep the checkpoint; `None` keeps none.
    pub checkpoint: Option<PathBuf>,
    /// Ratings given on the command line; the rest are asked when `ask`.
    pub ratings: Ratings,
    /// Ask for the ratings not given (standard input is a terminal).
    pub ask: bool,
    /// Say which sound system plays the cues.
    pub verbose: bool,
}

/// Which session to run.
pub enum Begin {
    /// `routine` from the beginning; `source` is the file it came from.
    New {
        routine: Box<Routine>,
        source: Option<PathBuf>,
    },
    /// The interrupted session of a checked checkpoint.
    Resume(Box<Checkpoint>),
}

/// What the patient says about a session, before and after it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ratings {
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    pub effort: Option<Effort>,
    pub note: Option<String>,
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

/// Reads lines from standard input on a thread of its own; with no input
/// (a pipe or /dev/null) it simply ends. The session reads controls from
/// it, and the questions after the session their answers.
fn typed_lines() -> Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    let _ = std::thread::Builder::new()
        .name("posewise-keys".into())
        .spawn(move || {
            for line in std::io::stdin().lock().lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
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
    keys: Option<Receiver<String>>,
}

/// Runs the session `begin` names to the end, printing to `out`; notices (no audio, checkpoint trouble) go to
/// `notices`. Returns the session's record once it ended.
pub fn play(
    begin: Begin,
    options: &Options,
    out: &mut dyn Write,
    notices: &mut dyn Write,
) -> std::io::Result<Option<SessionRecord>> {
    let catalogue = crate::core::catalogue::Catalogue::builtin();
    let resuming = matches!(begin, Begin::Resume(_));
    let (mut session, effects) = match begin {
        Begin::Resume(checkpoint) => Session::resume(*checkpoint, catalogue),
        Begin::New { routine, source } => {
            Session::start(&routine, source, options.setup, catalogue)
        }
    };
    let mut terminal = Terminal {
        sound: Sound::start(options.sound),
        options,
        out,
        notices,
        ended: None,
        keys: Some(typed_lines()),
    };
    let mut ratings = options.ratings.clone();
    if options.ask && ratings.pain_before.is_none() && !resuming {
        ratings.pain_before = terminal.ask_pain()?;
    }
    terminal.carry_out(&session, effects)?;
    terminal.run(&mut session)?;
    let Some(mut record) = terminal.ended.take() else {
        return Ok(None);
    };
    if options.ask {
        if ratings.pain_after.is_none() {
            ratings.pain_after = terminal.ask_pain()?;
        }
        if ratings.effort.is_none() {
            ratings.effort = terminal.ask_effort()?;
        }
    }
    record.pain_before = ratings.pain_before;
    record.pain_after = ratings.pain_after;
    record.effort = ratings.effort;
    record.note = ratings.note;
    Ok(Some(record))
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
            writeln!(self.out, "{}", help())?;
        }
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
            let control = match self.keys.as_ref().map(|k| k.recv_timeout(wait)) {
                Some(Ok(line)) => parse_control(&line),
                Some(Err(RecvTimeoutError::Timeout)) => None,
                Some(Err(RecvTimeoutError::Disconnected)) | None => {
                    // No (more) typed input: just wait.
                    self.keys = None;
                    std::thread::sleep(wait);
                    None
                }
            };
            let (now, wall) = (Instant::now(), chrono::Local::now());
            let effects = match control {
                // In the terminal the session goes on gently; n skips the
                // exercise and q stops, as always.
                Some(Control::Hurts) => {
                    let mut effects = session.control(Control::Hurts, now, wall);
                    effects.extend(session.hurt_choice(
                        HurtChoice::Gently,
                        now,
                        wall,
                        crate::core::catalogue::Catalogue::builtin(),
                    ));
                    effects
                }
                Some(control) => session.control(control, now, wall),
                None => session.tick(now, wall),
            };
            self.carry_out(session, effects)?;
            if control == Some(Control::Stop) && !session.is_over() {
                // Stopped before it began: nothing to log, nothing to wait for.
                writeln!(self.out, "{}", t!("play-stopped-before-start"))?;
                return Ok(());
            }
        }
        // Let the last chime ring out before the sound device closes.
        std::thread::sleep(Duration::from_millis(1_500));
        Ok(())
    }

    /// The next typed line, or `None` once input has ended.
    fn answer(&mut self, question: &str) -> std::io::Result<Option<String>> {
        write!(self.out, "{question} ")?;
        self.out.flush()?;
        let line = self.keys.as_ref().and_then(|k| k.recv().ok());
        if line.is_none() {
            self.keys = None;
            writeln!(self.out)?;
        }
        Ok(line)
    }

    /// "Pain now, 0–10 (Enter to skip)", asked until answered or skipped.
    fn ask_pain(&mut self) -> std::io::Result<Option<u8>> {
        loop {
            let Some(line) = self.answer(&t!("play-pain-now"))? else {
                return Ok(None);
            };
            match parse_pain(&line) {
                Ok(pain) => return Ok(pain),
                Err(message) => writeln!(self.out, "{message}")?,
            }
        }
    }

    /// "How hard was it: easy, right, hard", asked until answered or
    /// skipped with Enter.
    fn ask_effort(&mut self) -> std::io::Result<Option<Effort>> {
        loop {
            let question = t!("play-effort");
            let Some(line) = self.answer(&question)? else {
                return Ok(None);
            };
            if line.trim().is_empty() {
                return Ok(None);
            }
            match Effort::parse(&line) {
                Some(effort) => return Ok(Some(effort)),
                None => writeln!(self.out, "{}", t!("play-effort-again"))?,
            }
        }
    }

    fn sound_reports(&mut self, session: &mut Session) -> std::io::Result<()> {
        while let Some(report) = self.sound.report(Duration::ZERO) {
            match report {
                Report::Ready => {
                    let effects = session.sound_ready(Instant::now(), chrono::Local::now());
                    self.carry_out(session, effects)?;
                }
                Report::Notice(error) => {
                    writeln!(
                        self.notices,
                        "{}",
                        t!("player-notice", text = error.to_string())
                    )?;
                }
                Report::Output(name) => {
                    if self.options.verbose {
                        writeln!(self.notices, "{}", t!("player-sound-output", name = name))?;
                    }
                }
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
                        let start = clock_at(segment.start_ms);
                        writeln!(self.out, "{start:>7}  {}", describe(segment))?;
                    }
                }
                Effect::Cue(_) => {}
                Effect::Paused => writeln!(self.out, "{}", t!("play-paused"))?,
                Effect::Resumed => writeln!(self.out, "{}", t!("play-continuing"))?,
                Effect::MarkedPainful { step } => {
                    writeln!(self.out, "{}", t!("play-hurts-noted", step = step + 1))?;
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
                        writeln!(self.out, "{}", t!("play-complete", active = active))?;
                    } else {
                        writeln!(self.out, "{}", t!("play-stopped-after", active = active))?;
                    }
                    self.ended = Some(*record);
                }
            }
        }
        Ok(())
    }
}

/// A typed pain rating: empty skips it.
pub fn parse_pain(text: &str) -> Result<Option<u8>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u8>() {
        Ok(pain) if pain <= MAX_PAIN => Ok(Some(pain)),
        _ => Err(t!("play-pain-again", most = MAX_PAIN)),
    }
}

/// "Hold — Knee-to-chest stretch, left, rep 2/3 (30 s)".
pub fn describe(segment: &Segment) -> String {
    let mut text = format!("{} — {}", segment.kind.label(), segment.name);
    if let Some(side) = segment.side {
        text.push_str(&format!(", {}", side.label()));
    }
    if segment.reps > 1 {
        let rep = t!("play-rep", n = segment.rep, of = segment.reps);
        text.push_str(&format!(", {rep}"));
    }
    if segment.sets > 1 {
        let set = t!("play-set", n = segment.set, of = segment.sets);
        text.push_str(&format!(", {set}"));
    }
    text.push_str(&format!(" ({})", format_duration(segment.duration_ms)));
    text
}

#[cfg(test)]
mod tests {
    use super::{Control, parse_control, parse_pain};

    #[test]
    fn typed_pain() {
        assert_eq!(parse_pain(" 7 "), Ok(Some(7)));
        assert_eq!(parse_pain(""), Ok(None));
        assert_eq!(parse_pain("0"), Ok(Some(0)));
        assert!(parse_pain("11").is_err());
        assert!(parse_pain("-1").is_err());
        assert!(parse_pain("a lot").is_err());
    }

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
