use super::*;

const RATE: f64 = 48_000.0;

/// A simulated sound device: it plays frames at `ppm` off the nominal
/// rate, `latency` after they leave its queue, and is asked for `period`
/// frames at a time in bursts of `burst` requests (the PulseAudio plugin
/// asks for several periods back to back, then sleeps).
struct Device {
    start: Instant,
    ppm: f64,
    latency: f64,
    period: u64,
    burst: u64,
    /// Extra delay reported (not real) on every n-th request.
    glitch_every: Option<u64>,
    /// The real latency grows by this much at `jump_at` seconds.
    jump: Option<(f64, f64)>,
    /// A small deterministic jitter on the reported delay, in seconds.
    jitter: f64,
}

impl Device {
    fn true_rate(&self) -> f64 {
        RATE * (1.0 + self.ppm / 1e6)
    }

    fn latency_at(&self, seconds: f64) -> f64 {
        match self.jump {
            Some((at, by)) if seconds >= at => self.latency + by,
            _ => self.latency,
        }
    }

    /// Seconds after the start at which `frame` is really heard.
    fn heard(&self, frame: u64) -> f64 {
        let played = frame as f64 / self.true_rate();
        played + self.latency_at(played)
    }

    /// Runs the device for `seconds`, feeding the clock, and calls `check`
    /// once a simulated second with the time of the last request.
    fn run(
        &self,
        clock: &mut PlaybackClock,
        seconds: f64,
        mut check: impl FnMut(&PlaybackClock, f64),
    ) {
        let mut frame = 0u64;
        let mut request = 0u64;
        let mut next_check = 1.0;
        // The queue holds `burst` periods; a burst comes when it is empty
        // enough, so requests run that far ahead of playing.
        loop {
            let ahead = (self.burst * self.period) as f64 / self.true_rate();
            let t = (frame as f64 / self.true_rate() - ahead).max(0.0);
            if t > seconds {
                break;
            }
            for i in 0..self.burst {
                let now = t + i as f64 * 0.000_05;
                let mut heard = self.heard(frame);
                // Reports are whole frames of delay plus some jitter.
                heard += self.jitter * ((request * 7919 % 13) as f64 / 6.0 - 1.0);
                if self.glitch_every.is_some_and(|n| request % n == n - 1) {
                    heard += 0.05;
                }
                let delay = (heard - now).max(0.0);
                clock.observe(frame, self.at(now) + Duration::from_secs_f64(delay));
                frame += self.period;
                request += 1;
            }
            if t >= next_check {
                check(clock, t);
                next_check += 1.0;
            }
        }
    }

    fn at(&self, seconds: f64) -> Instant {
        self.start + Duration::from_secs_f64(seconds)
    }

    /// How far (ms) the clock misplaces a sound due `after` the moment `t`.
    fn error_ms(&self, clock: &PlaybackClock, t: f64, after: f64) -> f64 {
        let due = t + after;
        let frame = clock.frame_of(self.at(due)).expect("observed") as u64;
        (self.heard(frame) - due) * 1000.0
    }
}

fn device(ppm: f64) -> Device {
    Device {
        start: Instant::now(),
        ppm,
        latency: 0.030,
        period: 1_024,
        burst: 4,
        glitch_every: None,
        jump: None,
        jitter: 0.0015,
    }
}

/// Runs 30 simulated minutes and checks, every simulated second after the
/// first few, that sounds due soon land within 5 ms.
fn stays_within_5_ms(device: &Device) -> f64 {
    let mut clock = PlaybackClock::new(48_000);
    let mut worst = 0.0f64;
    device.run(&mut clock, 1_800.0, |clock, t| {
        if t < 2.0 {
            return;
        }
        for after in [0.05, 0.2, 0.5] {
            let error = device.error_ms(clock, t, after);
            worst = worst.max(error.abs());
            assert!(error.abs() <= 5.0, "{error:.2} ms off at {t:.0} s");
        }
    });
    worst
}

#[test]
fn follows_a_device_100_ppm_fast() {
    let worst = stays_within_5_ms(&device(100.0));
    assert!(worst < 5.0);
}

#[test]
fn follows_a_device_100_ppm_slow() {
    let _ = stays_within_5_ms(&device(-100.0));
}

#[test]
fn follows_a_device_29_ppm_off_and_learns_its_rate() {
    let device = device(29.0);
    let _ = stays_within_5_ms(&device);
    let mut clock = PlaybackClock::new(48_000);
    device.run(&mut clock, 120.0, |_, _| {});
    let ppm = (clock.rate() / RATE - 1.0) * 1e6;
    assert!((ppm - 29.0).abs() < 5.0, "learned {ppm:.1} ppm");
}

#[test]
fn follows_the_bursty_requests_of_the_pulseaudio_plugin() {
    let device = Device {
        period: 441,
        burst: 12,
        jitter: 0.004,
        ..device(29.0)
    };
    let _ = stays_within_5_ms(&device);
}

#[test]
fn ignores_single_odd_delay_reports() {
    let device = Device {
        glitch_every: Some(97),
        ..device(-29.0)
    };
    let _ = stays_within_5_ms(&device);
}

#[test]
fn moves_at_once_when_the_delay_really_jumps() {
    let device = Device {
        jump: Some((600.0, 0.040)),
        ..device(50.0)
    };
    let mut clock = PlaybackClock::new(48_000);
    let mut late_after_jump = Vec::new();
    device.run(&mut clock, 1_800.0, |clock, t| {
        if t < 2.0 {
            return;
        }
        let error = device.error_ms(clock, t, 0.2);
        if (600.0..602.0).contains(&t) {
            late_after_jump.push(error);
            return;
        }
        assert!(error.abs() <= 5.0, "{error:.2} ms off at {t:.0} s");
    });
    assert!(!late_after_jump.is_empty());
}

#[test]
fn the_mapping_is_exact_on_an_ideal_device() {
    let device = Device {
        jitter: 0.0,
        ..device(0.0)
    };
    let mut clock = PlaybackClock::new(48_000);
    device.run(&mut clock, 10.0, |_, _| {});
    let t = 9.0;
    assert!(device.error_ms(&clock, t, 0.1).abs() < 0.05);
    let frame = 300_000;
    let heard = clock.instant_of(frame).expect("observed");
    let expected = device.at(device.heard(frame));
    assert!(seconds_between(heard, expected).abs() < 0.000_05);
}

#[test]
fn a_stream_that_starts_playing_late_is_trusted_only_once_it_flows() {
    let start = Instant::now();
    let at = |ms: u64| start + Duration::from_millis(ms);
    let mut clock = PlaybackClock::new(48_000);
    // Three buffers taken at once, claiming to be heard at once...
    for (frame, delay) in [(0, 0), (1_365, 28), (2_730, 56)] {
        clock.observe(frame, at(delay));
    }
    assert!(!clock.settled());
    // ...but playing started 1.77 s later, and then it flows.
    let mut frame = 4_095;
    while frame < 30_000 {
        let heard = 1_770.0 + 57.0 + (frame - 4_095) as f64 / 48.0;
        clock.observe(frame, start + Duration::from_secs_f64(heard / 1000.0));
        assert_eq!(clock.settled(), frame >= 4_095 + SETTLE_FRAMES, "{frame}");
        frame += 1_365;
    }
    let due = at(2_500);
    let frame = clock.frame_of(due).expect("observed");
    let heard = 1_770.0 + 57.0 + (frame - 4_095) as f64 / 48.0;
    assert!((heard - 2_500.0).abs() < 1.0, "{heard}");
}
