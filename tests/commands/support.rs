//! Running the `posewise` binary from integration tests, as a user would.

#![allow(dead_code)]

use std::process::{Command, Output};

/// Runs `posewise ARGS` in the project folder and waits for it.
pub fn posewise(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_posewise"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
