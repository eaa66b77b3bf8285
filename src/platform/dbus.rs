//! What can go wrong when Posewise talks to the session bus, and how long
//! it waits: shared by keep-awake, the screen lock and the reminders'
//! notifications.

use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", crate::core::t!("dbus-no-runtime", error = .0.to_string()))]
    Runtime(#[from] std::io::Error),
    #[error("{0}")]
    Bus(#[from] zbus::Error),
    #[error("{}", crate::core::t!("dbus-timeout", seconds = .0.as_secs_f64()))]
    Timeout(Duration),
}

/// With `POSEWISE_DEBUG` set, says on stderr why a D-Bus helper did nothing.
pub fn debug_log(what: &str, why: &dyn std::fmt::Display) {
    if std::env::var_os("POSEWISE_DEBUG").is_some() {
        eprintln!("posewise: {what}: {why}");
    }
}

/// `work`'s answer, or a timeout error once `limit` has passed.
pub async fn within<T>(
    limit: Duration,
    work: impl Future<Output = Result<T, Error>>,
) -> Result<T, Error> {
    tokio::time::timeout(limit, work)
        .await
        .map_err(|_| Error::Timeout(limit))?
}
