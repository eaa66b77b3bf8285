//! The session controller against the real clock, ticked at irregular
//! moments (1 to 250 ms apart, as a busy machine would), with a pause of
//! irregular length in the middle. Every cue must be reported once, in
//! order, never before its moment and never later than the wake-up that
//! follows it; the sound timing must place every cue at its plan moment
//! shifted by exactly the pause; the end must come exactly one pause late.
//! A tick-counting engine would drift here. `cargo bench --bench drift`
//! runs a 60 s session (`DRIFT_SECONDS` overrides it).

use posewise::core::catalogue::Catalogue;
use posewise::core::engine::Timing;
use posewise::core::routine::Routine;
use posewise::core::session::{Control, Effect, Session, SessionRecord, Setup};
use std::time::{Duration, Instant};

const MAX_SLEEP_MS: u64 = 250;
/// A wake-up may come this much after the sleep asked for, on a busy machine.
const WAKE_SLACK_MS: f64 = 250.0;
const LIMIT_MS: f64 = 5.0;

fn routine(seconds: u64) -> Routine {
    let hold = seconds.saturating_sub(15).max(10) / 2;
    let json = format!(
        r#"{{"format":"posewise-routine","version":1,"title":"drift","get_ready_seconds":5,
        "steps":[{{"pose":"balasana","hold_seconds":{hold}}},
                 {{"pose":"deep-breathing","hold_seconds":{hold},"breathing":{{"inhale":2,"exhale":3}}}}]}}"#
    );
    Routine::parse(json.as_bytes(), "drift", Catalogue::builtin()).expect("valid routine")
}

/// A small deterministic generator, so a failing run can be replayed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[derive(Default)]
struct Seen {
    cues: Vec<(u64, Instant)>,
    timings: Vec<Timing>,
    record: Option<SessionRecord>,
}

impl Seen {
    fn take(&mut self, effects: Vec<Effect>, now: Instant) {
        for effect in effects {
            match effect {
                Effect::Cue(cue) => self.cues.push((cue.at_ms, now)),
                Effect::ScheduleSound(timing) => self.timings.push(timing),
                Effect::Ended(record) => self.record = Some(*record),
                _ => {}
            }
        }
    }
}

/// `make test` runs this as a smoke run (BENCH_SMOKE set): it prints the
/// figures and fails only on wrong answers, never on a time, which depends
/// on how busy the machine is. `make bench` judges the times.
fn smoke() -> bool {
    std::env::var_os("BENCH_SMOKE").is_some()
}

fn main() {
    let seconds = std::env::var("DRIFT_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60u64)
        .clamp(20, 3600);
    let routine = routine(seconds);
    let setup = Setup {
        countdown: 3,
        get_ready_seconds: None,
    };
    let (mut session, _) = Session::start(&routine, None, setup, Catalogue::builtin());
    let plan = session.plan().clone();
    let wall = chrono::Local::now();
    let mut seen = Seen::default();
    let t0 = Instant::now();
    let _ = session.sound_ready(t0, wall);
    seen.take(session.control(Control::Start, t0, wall), t0);
    let start = seen.timings.first().expect("scheduled at the start").anchor;
    let mut random = Lcg(seconds);
    let (pause_at, pause_for) = (
        Duration::from_millis(plan.total_ms / 2),
        Duration::from_millis(500 + random.below(1_500)),
    );
    let (mut paused, mut resumed) = (None::<Instant>, None::<Instant>);
    let (mut worst_late_ms, mut early, mut wakes) = (0.0f64, 0, 0);
    while !session.is_over() {
        std::thread::sleep(Duration::from_millis(1 + random.below(MAX_SLEEP_MS)));
        let now = Instant::now();
        wakes += 1;
        let effects = match (paused, resumed) {
            (None, _) if now >= start + pause_at => {
                paused = Some(now);
                session.control(Control::TogglePause, now, wall)
            }
            (Some(at), None) if now >= at + pause_for => {
                resumed = Some(now);
                session.control(Control::TogglePause, now, wall)
            }
            _ => session.tick(now, wall),
        };
        seen.take(effects, now);
    }
    let (Some(paused), Some(resumed)) = (paused, resumed) else {
        panic!("the session ended before the pause");
    };
    // Measured by this loop, not taken from the session.
    let actual_pause = resumed - paused;
    let paused_at = paused - start;
    let timing_after = *seen.timings.last().expect("rescheduled after the pause");
    for (at_ms, at) in &seen.cues {
        let shift = if Duration::from_millis(*at_ms) > paused_at {
            actual_pause
        } else {
            Duration::ZERO
        };
        let due = start + Duration::from_millis(*at_ms) + shift;
        // The start reports the opening cue with itself, a moment (the
        // start lead) before it sounds; every other cue must wait.
        if *at < due && *at_ms > 0 {
            early += 1;
        }
        worst_late_ms = worst_late_ms.max(at.saturating_duration_since(due).as_secs_f64() * 1000.0);
    }
    let expected: Vec<u64> = plan.cues.iter().map(|c| c.at_ms).collect();
    let reported: Vec<u64> = seen.cues.iter().map(|c| c.0).collect();
    let sound_error_ms = plan
        .cues
        .iter()
        .filter(|c| Duration::from_millis(c.at_ms) > paused_at)
        .filter_map(|c| timing_after.instant_of(c.at_ms).map(|at| (c, at)))
        .map(|(c, at)| {
            let due = start + Duration::from_millis(c.at_ms) + actual_pause;
            (at.max(due) - at.min(due)).as_secs_f64() * 1000.0
        })
        .fold(0.0f64, f64::max);
    println!(
        "figure: timer drift over a {} s real-clock run (with a pause) | {sound_error_ms:.3} | ms | ≤ 5",
        plan.total_ms / 1000
    );
    let record = seen.record.expect("a record at the end");
    let active_ms = record.active_seconds * 1000;
    println!(
        "bench drift: {} s session, {wakes} irregular wake-ups (1–{MAX_SLEEP_MS} ms), pause {} ms \
         (asked {} ms); {} cues reported of {}, {early} early, at most {worst_late_ms:.1} ms late; \
         sound timing after the pause off by at most {sound_error_ms:.3} ms (limit {LIMIT_MS} ms); \
         active {active_ms} ms of {} ms",
        plan.total_ms / 1000,
        actual_pause.as_millis(),
        pause_for.as_millis(),
        reported.len(),
        expected.len(),
        plan.total_ms,
    );
    let checks = [
        reported == expected,
        early == 0,
        smoke() || worst_late_ms <= MAX_SLEEP_MS as f64 + WAKE_SLACK_MS,
        sound_error_ms <= LIMIT_MS,
        record.completed && active_ms / 1000 == plan.total_ms / 1000,
    ];
    let failed = checks.iter().filter(|ok| !**ok).count();
    println!("bench: {} passed, {failed} failed", checks.len() - failed);
    if failed > 0 {
        std::process::exit(1);
    }
}
