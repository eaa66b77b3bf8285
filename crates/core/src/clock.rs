//! Where "now" comes from. The engine never asks for the time itself; the
//! caller passes it in, from a `Clock`.

use std::cell::Cell;
use std::time::{Duration, Instant};

pub trait Clock {
    fn now(&self) -> Instant;
}

/// A clock that only moves when told to, for tests.
#[derive(Debug, Clone)]
pub struct ManualClock {
    now: Cell<Instant>,
}

impl ManualClock {
    pub fn new(start: Instant) -> ManualClock {
        ManualClock {
            now: Cell::new(start),
        }
    }

    pub fn advance(&self, by: Duration) {
        self.now.set(self.now.get() + by);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        self.now.get()
    }
}
