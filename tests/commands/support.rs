//! Running the `posewise` binary from integration tests, as a user would.

#![allow(dead_code)]

use std::process::{Command, Output};

/// Runs `posewise ARGS` in the project folder and waits for it, in
/// English whatever the machine's locale.
pub fn posewise(args: &[&str]) -> Output {
    posewise_in("C.UTF-8", args)
}

/// Runs `posewise ARGS` with `LANG=lang` (and no LC_ALL or LC_MESSAGES).
pub fn posewise_in(lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_posewise"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .output()
        .expect("the binary runs")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
