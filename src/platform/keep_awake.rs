//! Keeps the screen from blanking while a session runs, through the
//! freedesktop `org.freedesktop.ScreenSaver` D-Bus service. It is best
//! effort: with no session bus, no such service or a bus that does not
//! answer, nothing happens and nothing fails. Set `POSEWISE_DEBUG` to see why
//! on stderr.
//!
//! A thread of its own does the D-Bus talking on a single-threaded tokio
//! runtime, so the caller never waits for the bus, not even when it stops.

use super::dbus::{Error, within};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use tokio::sync::oneshot::{self, error::TryRecvError};

const SERVICE: &str = "org.freedesktop.ScreenSaver";
const PATH: &str = "/org/freedesktop/ScreenSaver";
const CONNECT_LIMIT: Duration = Duration::from_secs(5);
const CALL_LIMIT: Duration = Duration::from_secs(5);

/// Holds the screen awake until it is dropped or stopped.
pub struct KeepAwake {
    stop: Option<oneshot::Sender<()>>,
    worker: Option<JoinHandle<()>>,
}

enum Bus {
    Session,
    Address(String),
}

impl KeepAwake {
    /// Asks the screen saver on the session bus not to start, for `app`
    /// because of `reason`. Returns at once.
    pub fn start(app: &str, reason: &str) -> KeepAwake {
        KeepAwake::spawn(Bus::Session, app, reason)
    }

    /// Like [`KeepAwake::start`], on the bus at a D-Bus `address` such as
    /// `unix:path=/run/user/1000/bus`.
    pub fn start_on(address: &str, app: &str, reason: &str) -> KeepAwake {
        KeepAwake::spawn(Bus::Address(address.to_owned()), app, reason)
    }

    /// Lets the screen saver start again. Returns at once, as dropping does.
    pub fn stop(self) {}

    /// Lets the screen saver start again and waits at most `limit` for that
    /// to be done, say before the process exits. True if the work finished
    /// (whether or not there was a screen saver to tell).
    pub fn stop_within(mut self, limit: Duration) -> bool {
        self.send_stop();
        let Some(worker) = self.worker.take() else {
            return true;
        };
        let deadline = Instant::now() + limit;
        while !worker.is_finished() {
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        worker.join().is_ok()
    }

    fn spawn(bus: Bus, app: &str, reason: &str) -> KeepAwake {
        let (stop, stopped) = oneshot::channel();
        let (app, reason) = (app.to_owned(), reason.to_owned());
        let worker = std::thread::Builder::new()
            .name("posewise-keep-awake".into())
            .spawn(move || {
                if let Err(e) = run(&bus, &app, &reason, stopped) {
                    debug_log(&e);
                }
            });
        match worker {
            Ok(worker) => KeepAwake {
                stop: Some(stop),
                worker: Some(worker),
            },
            Err(e) => {
                debug_log(&Error::Runtime(e));
                KeepAwake {
                    stop: None,
                    worker: None,
                }
            }
        }
    }

    fn send_stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            // The worker may be gone already (it failed): nothing to undo.
            let _ = stop.send(());
        }
    }
}

impl Drop for KeepAwake {
    fn drop(&mut self) {
        self.send_stop();
    }
}

fn run(bus: &Bus, app: &str, reason: &str, stopped: oneshot::Receiver<()>) -> Result<(), Error> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(inhibit_until(bus, app, reason, stopped))
}

async fn inhibit_until(
    bus: &Bus,
    app: &str,
    reason: &str,
    mut stopped: oneshot::Receiver<()>,
) -> Result<(), Error> {
    let connection = within(CONNECT_LIMIT, connect(bus)).await?;
    if !matches!(stopped.try_recv(), Err(TryRecvError::Empty)) {
        return Ok(());
    }
    let reply = connection
        .call_method(
            Some(SERVICE),
            PATH,
            Some(SERVICE),
            "Inhibit",
            &(app, reason),
        )
        .await?;
    let cookie: u32 = reply.body().deserialize()?;
    let _ = stopped.await;
    let _ = connection
        .call_method(Some(SERVICE), PATH, Some(SERVICE), "UnInhibit", &(cookie,))
        .await?;
    Ok(())
}

async fn connect(bus: &Bus) -> Result<zbus::Connection, Error> {
    let builder = match bus {
        Bus::Session => zbus::connection::Builder::session()?,
        Bus::Address(address) => zbus::connection::Builder::address(&**address)?,
    };
    Ok(builder.method_timeout(CALL_LIMIT).build().await?)
}

fn debug_log(error: &Error) {
    super::dbus::debug_log("cannot keep the screen awake", error);
}
