//! A private session bus for the D-Bus tests. They need `dbus-daemon`
//! (Debian package `dbus-daemon`) and fail without it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A private `dbus-daemon`, killed on drop.
pub struct Daemon {
    child: Child,
    pub address: String,
}

impl Daemon {
    pub fn start() -> Daemon {
        let mut child = Command::new("dbus-daemon")
            .args(["--session", "--print-address", "--nofork"])
            .stdout(Stdio::piped())
            // It warns that it cannot raise its file limit when not root.
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon must be installed (Debian: dbus-daemon)");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut address = String::new();
        let _ = BufReader::new(stdout)
            .read_line(&mut address)
            .expect("dbus-daemon prints its address");
        let address = address.trim().to_owned();
        assert!(!address.is_empty(), "dbus-daemon printed no address");
        Daemon { child, address }
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
