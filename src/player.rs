//! Runs a session in the terminal, without a window: the same engine, sound
//! and checkpoints as the app, with progress printed line by line.

use crate::core::checkpoint::Checkpoint;
use crate::core::clock::{Clock, SystemClock};
use crate::core::engine::{Engine, Event, Status};
use crate::core::plan::{Plan, Segment, format_duration};
use crate::core::routine::Routine;
use crate::sound::{self, Sound};
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How long to wait, at most, for the first spoken announcement and for the
/// sound output's clock to settle before starting.
const SOUND_WAIT: Duration = Duration::from_millis(2_000);
const START_LEAD: Duration = Duration::from_millis(150);

pub struct Options {
    pub sound: sound::Options,
    pub countdown: u64,
    /// Where to keep the checkpoint; `None` keeps none.
    pub checkpoint: Option<PathBuf>,
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
    let mut checkpoint = resume
        .cloned()
        .unwrap_or_else(|| Checkpoint::new(routine, source, countdown));
    let mut engine = match resume {
        Some(c) => Engine::resumed_at(
            plan.clone(),
            Duration::from_millis(c.position_ms),
            Duration::from_millis(c.active_ms),
        ),
        None => Engine::new(plan.clone()),
    };
    let mut sound = Sound::new(options.sound);
    if let Some(notice) = sound.prepare(&plan) {
        writeln!(notices, "notice: {notice}")?;
    }
    let waiting = Instant::now();
    while !(sound.voice_ready() && sound.settled()) && waiting.elapsed() < SOUND_WAIT {
        std::thread::sleep(Duration::from_millis(20));
    }
    writeln!(out, "{} — {}", plan.title, format_duration(plan.total_ms))?;
    let clock = SystemClock;
    // Starting a moment ahead lets the first cue's sound be placed exactly.
    let now = clock.now() + START_LEAD;
    let mut events = match resume {
        Some(_) => {
            let mut events = vec![Event::SegmentStarted(engine.snapshot(now).segment)];
            events.extend(engine.resume(now));
            events
        }
        None => engine.start(now),
    };
    let _ = sound.schedule(&plan, &engine.upcoming(now));
    loop {
        let now = clock.now();
        for event in &events {
            match event {
                Event::SegmentStarted(index) => {
                    let segment = &plan.segments[*index];
                    writeln!(
                        out,
                        "{:>7}  {}",
                        clock_text(segment.start_ms),
                        describe(segment)
                    )?;
                    save(&mut checkpoint, &engine, options, now, notices)?;
                    let _ = sound.schedule(&plan, &engine.upcoming(now));
                }
                Event::Finished => {
                    writeln!(
                        out,
                        "Session complete: {} of exercise.",
                        format_duration(plan.total_ms)
                    )?;
                    remove(options, notices)?;
                }
                Event::Cue(_) => {}
            }
        }
        if engine.status() != Status::Running {
            break;
        }
        std::thread::sleep(until_next(&engine, now));
        events = engine.tick(clock.now());
    }
    // Let the last chime ring out before the sound device closes.
    std::thread::sleep(Duration::from_millis(1_500));
    Ok(())
}

/// Sleep until the next cue or segment change, and at most a second.
fn until_next(engine: &Engine, now: Instant) -> Duration {
    let position = engine.position(now).as_millis() as u64;
    let snapshot = engine.snapshot(now);
    let segment_end = engine
        .plan()
        .segments
        .get(snapshot.segment)
        .map_or(0, Segment::end_ms);
    let next_cue = engine
        .upcoming(now)
        .first()
        .map_or(segment_end, |(due, _)| {
            position + due.saturating_duration_since(now).as_millis() as u64
        });
    let next = next_cue.min(segment_end).saturating_sub(position);
    Duration::from_millis(next.clamp(1, 1_000))
}

fn save(
    checkpoint: &mut Checkpoint,
    engine: &Engine,
    options: &Options,
    now: Instant,
    notices: &mut dyn Write,
) -> std::io::Result<()> {
    let Some(path) = &options.checkpoint else {
        return Ok(());
    };
    let snapshot = engine.snapshot(now);
    checkpoint.segment = snapshot.segment;
    checkpoint.position_ms = engine
        .plan()
        .segments
        .get(snapshot.segment)
        .map_or(0, |s| s.start_ms);
    checkpoint.active_ms = snapshot.active.as_millis() as u64;
    checkpoint.saved_at = chrono::Local::now();
    if let Err(error) = checkpoint.save(path) {
        writeln!(notices, "notice: {error}")?;
    }
    Ok(())
}

fn remove(options: &Options, notices: &mut dyn Write) -> std::io::Result<()> {
    if let Some(path) = &options.checkpoint
        && let Err(error) = Checkpoint::remove(path)
    {
        writeln!(notices, "notice: {error}")?;
    }
    Ok(())
}

fn clock_text(ms: u64) -> String {
    let seconds = ms / 1000;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// "Hold — Knee-to-chest stretch, left, rep 2/3 (30 s)".
pub fn describe(segment: &Segment) -> String {
    let mut text = format!("{} — {}", segment.kind.label(), segment.name);
    if let Some(side) = segment.side {
        text.push_str(&format!(", {}", format!("{side:?}").to_lowercase()));
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
