//! What can go wrong when Posewise talks to the session bus: shared by
//! keep-awake and the reminders' notifications.

use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot start the D-Bus runtime: {0}")]
    Runtime(#[from] std::io::Error),
    #[error("{0}")]
    Bus(#[from] zbus::Error),
    #[error("the session bus did not answer within {0:?}")]
    Timeout(Duration),
}

/// With `POSEWISE_DEBUG` set, says on stderr why a D-Bus helper did nothing.
pub fn debug_log(what: &str, why: &dyn std::fmt::Display) {
    if std::env::var_os("POSEWISE_DEBUG").is_some() {
        eprintln!("posewise: {what}: {why}");
    }
}
