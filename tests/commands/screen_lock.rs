//! Screen-lock signals on a private session bus: a running session pauses
//! on the screen saver's `ActiveChanged(true)`, and nothing else.

use crate::dbus_daemon::Daemon;
use futures_util::StreamExt;
use posewise::platform::screen_lock::{Buses, locks};
use std::time::Duration;

const PATH: &str = "/org/freedesktop/ScreenSaver";
/// Far above a signal's trip across a local bus.
const PATIENCE: Duration = Duration::from_secs(5);
const QUIET: Duration = Duration::from_millis(300);

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
}

async fn active_changed(bus: &zbus::Connection, interface: &str, active: bool) {
    bus.emit_signal(None::<()>, PATH, interface, "ActiveChanged", &(active,))
        .await
        .expect("signal sent");
}

#[test]
fn the_screen_saver_coming_on_is_a_lock_and_going_off_is_not() {
    let daemon = Daemon::start();
    runtime().block_on(async {
        let mut locks = Box::pin(locks(Buses::Address(daemon.address.clone())));
        let saver = zbus::connection::Builder::address(daemon.address.as_str())
            .expect("address")
            .build()
            .await
            .expect("a second connection");
        // The listener subscribes in the background: say it until heard.
        let repeat = saver.clone();
        let first = tokio::spawn(async move {
            loop {
                active_changed(&repeat, "org.freedesktop.ScreenSaver", true).await;
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        });
        let heard = tokio::time::timeout(PATIENCE, locks.next()).await;
        first.abort();
        assert_eq!(
            heard.ok().flatten(),
            Some(()),
            "no lock heard within {PATIENCE:?}"
        );
        // Drain the repeats of that first signal.
        while tokio::time::timeout(QUIET, locks.next()).await.is_ok() {}
        // Off, then GNOME's own screen saver coming on: one lock, not two.
        active_changed(&saver, "org.freedesktop.ScreenSaver", false).await;
        active_changed(&saver, "org.gnome.ScreenSaver", true).await;
        let heard = tokio::time::timeout(PATIENCE, locks.next()).await;
        assert_eq!(
            heard.ok().flatten(),
            Some(()),
            "GNOME's ActiveChanged(true)"
        );
        let more = tokio::time::timeout(QUIET, locks.next()).await;
        assert!(more.is_err(), "ActiveChanged(false) is no lock: {more:?}");
    });
}

#[test]
fn with_no_bus_the_locks_simply_end() {
    runtime().block_on(async {
        let nowhere = Buses::Address("unix:path=/nonexistent/posewise-bus".into());
        let end = tokio::time::timeout(PATIENCE, locks(nowhere).boxed().next()).await;
        assert_eq!(end.ok(), Some(None), "the stream ends at once");
    });
}
