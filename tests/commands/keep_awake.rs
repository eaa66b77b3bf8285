//! KeepAwake against a fake screen saver on a private session bus. These
//! tests need `dbus-daemon` (Debian package `dbus-daemon`) and fail without
//! it.

use crate::dbus_daemon::Daemon;
use posewise::platform::keep_awake::KeepAwake;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const APP: &str = "Posewise";
const REASON: &str = "A stretching session is running";
const COOKIE: u32 = 4711;
/// Far above a channel send, far below a D-Bus timeout.
const QUICK: Duration = Duration::from_millis(100);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Call {
    Inhibit { app: String, reason: String },
    UnInhibit(u32),
}

#[derive(Clone, Default)]
struct FakeScreenSaver {
    calls: Arc<Mutex<Vec<Call>>>,
}

#[zbus::interface(name = "org.freedesktop.ScreenSaver")]
impl FakeScreenSaver {
    #[zbus(name = "Inhibit")]
    fn inhibit(&self, app: String, reason: String) -> u32 {
        self.record(Call::Inhibit { app, reason });
        COOKIE
    }

    #[zbus(name = "UnInhibit")]
    fn un_inhibit(&self, cookie: u32) {
        self.record(Call::UnInhibit(cookie));
    }
}

impl FakeScreenSaver {
    fn record(&self, call: Call) {
        self.calls.lock().expect("calls lock").push(call);
    }

    fn calls(&self) -> Vec<Call> {
        self.calls.lock().expect("calls lock").clone()
    }

    /// Waits up to 5 s for `count` calls.
    fn wait_for(&self, count: usize) -> Vec<Call> {
        let deadline = Instant::now() + Duration::from_secs(5);
        while self.calls().len() < count && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        self.calls()
    }
}

/// Serves the fake on the daemon's bus for as long as the runtime lives.
fn serve(daemon: &Daemon) -> (tokio::runtime::Runtime, zbus::Connection, FakeScreenSaver) {
    let fake = FakeScreenSaver::default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let connection = runtime
        .block_on(async {
            zbus::connection::Builder::address(daemon.address.as_str())?
                .name("org.freedesktop.ScreenSaver")?
                .serve_at("/org/freedesktop/ScreenSaver", fake.clone())?
                .build()
                .await
        })
        .expect("the fake screen saver is served");
    (runtime, connection, fake)
}

fn inhibit() -> Call {
    Call::Inhibit {
        app: APP.to_owned(),
        reason: REASON.to_owned(),
    }
}

#[test]
fn inhibits_then_uninhibits_the_same_cookie_on_drop() {
    let daemon = Daemon::start();
    let (_runtime, _connection, fake) = serve(&daemon);

    let awake = KeepAwake::start_on(&daemon.address, APP, REASON);
    assert_eq!(fake.wait_for(1), vec![inhibit()]);

    let dropped = Instant::now();
    drop(awake);
    assert!(dropped.elapsed() < QUICK);
    assert_eq!(fake.wait_for(2), vec![inhibit(), Call::UnInhibit(COOKIE)]);
}

#[test]
fn a_stop_right_after_start_leaves_nothing_inhibited() {
    let daemon = Daemon::start();
    let (_runtime, _connection, fake) = serve(&daemon);

    let awake = KeepAwake::start_on(&daemon.address, APP, REASON);
    assert!(awake.stop_within(Duration::from_secs(5)));

    let calls = fake.calls();
    assert!(
        calls.is_empty() || calls == vec![inhibit(), Call::UnInhibit(COOKIE)],
        "{calls:?}"
    );
}

#[test]
fn without_a_screen_saver_it_does_nothing() {
    let daemon = Daemon::start();

    let awake = KeepAwake::start_on(&daemon.address, APP, REASON);
    std::thread::sleep(Duration::from_millis(100));
    assert!(awake.stop_within(Duration::from_secs(5)));
}

#[test]
fn a_bus_that_never_answers_does_not_hold_up_the_caller() {
    let dir = tempfile::tempdir().expect("temp dir");
    let socket = dir.path().join("bus");
    // Never accepted: connections wait in the backlog with no answer.
    let _listener = std::os::unix::net::UnixListener::bind(&socket).expect("bind socket");
    let address = format!("unix:path={}", socket.display());

    let started = Instant::now();
    let awake = KeepAwake::start_on(&address, APP, REASON);
    std::thread::sleep(Duration::from_millis(50));
    assert!(!awake.stop_within(Duration::from_millis(10)));
    assert!(started.elapsed() < Duration::from_millis(50) + QUICK);
}

#[test]
fn without_a_bus_it_does_nothing_quickly() {
    let missing = "unix:path=/nonexistent/posewise-test/bus";

    let started = Instant::now();
    let awake = KeepAwake::start_on(missing, APP, REASON);
    drop(awake);
    assert!(started.elapsed() < QUICK);

    let awake = KeepAwake::start_on(missing, APP, REASON);
    assert!(awake.stop_within(Duration::from_secs(1)));

    let awake = KeepAwake::start_on("not a bus address", APP, REASON);
    assert!(awake.stop_within(Duration::from_secs(1)));
}
