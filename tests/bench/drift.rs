//! The real-clock engine stays within 5 ms of wall time over a 60 s session
//! ticked every 100 ms (as the app's window ticks). Run with
//! `cargo bench --bench drift`; it takes a minute of real time.

use posewise::core::catalogue::Catalogue;
use posewise::core::clock::{Clock, SystemClock};
use posewise::core::engine::{Engine, Event, Status};
use posewise::core::plan::Plan;
use posewise::core::routine::Routine;
use std::time::{Duration, SystemTime};

const TICK: Duration = Duration::from_millis(100);
const LIMIT_MS: f64 = 5.0;

fn sixty_seconds() -> Plan {
    let json = r#"{"format":"posewise-routine","version":1,"title":"drift","get_ready_seconds":5,
        "steps":[{"pose":"balasana","hold_seconds":25},{"pose":"knee-to-chest","hold_seconds":10}]}"#;
    let routine =
        Routine::parse(json.as_bytes(), "drift", Catalogue::builtin()).expect("valid routine");
    Plan::build(&routine, Catalogue::builtin())
}

fn main() {
    let plan = sixty_seconds();
    assert_eq!(plan.total_ms, 60_000);
    let clock = SystemClock;
    let mut engine = Engine::new(plan.clone());
    let wall_start = SystemTime::now();
    let start = clock.now();
    let _ = engine.start(start);
    let (mut worst_drift_ms, mut worst_late_ms, mut early, mut ticks) = (0.0f64, 0.0f64, 0, 0);
    let mut finished_late_ms = None;
    while engine.status() == Status::Running {
        std::thread::sleep(TICK);
        let now = clock.now();
        let wall = SystemTime::now()
            .duration_since(wall_start)
            .unwrap_or_default();
        let events = engine.tick(now);
        ticks += 1;
        let position = engine.position(now);
        if position < engine.total() {
            let drift = (position.as_secs_f64() - wall.as_secs_f64()).abs() * 1000.0;
            worst_drift_ms = worst_drift_ms.max(drift);
        }
        for event in events {
            match event {
                Event::Cue(cue) => {
                    let due = start + Duration::from_millis(cue.at_ms);
                    if now < due {
                        early += 1;
                    }
                    worst_late_ms =
                        worst_late_ms.max(now.duration_since(due).as_secs_f64() * 1000.0);
                }
                Event::Finished => {
                    let end = start + Duration::from_millis(plan.total_ms);
                    finished_late_ms = Some(now.duration_since(end).as_secs_f64() * 1000.0);
                }
                Event::SegmentStarted(_) => {}
            }
        }
    }
    let active = engine.snapshot(clock.now()).active;
    println!(
        "bench drift: {ticks} ticks of {} ms; engine vs wall clock at most {worst_drift_ms:.3} ms apart (limit {LIMIT_MS} ms); \
         cues fired at most {worst_late_ms:.1} ms after their moment, {early} early; finished {:.1} ms after the planned end; active time {} ms",
        TICK.as_millis(),
        finished_late_ms.unwrap_or(f64::NAN),
        active.as_millis()
    );
    let checks = [
        worst_drift_ms <= LIMIT_MS,
        early == 0,
        worst_late_ms <= TICK.as_secs_f64() * 1000.0 + 50.0,
        finished_late_ms.is_some_and(|late| late <= TICK.as_secs_f64() * 1000.0 + 50.0),
        active == Duration::from_millis(plan.total_ms),
    ];
    let failed = checks.iter().filter(|ok| !**ok).count();
    println!("bench: {} passed, {failed} failed", checks.len() - failed);
    if failed > 0 {
        std::process::exit(1);
    }
}
