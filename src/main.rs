use clap::Parser;
use posewise::cli::{Cli, run};
use posewise::core::i18n::{self, Lang};
use std::process::ExitCode;

fn main() -> ExitCode {
    // Before parsing, so that a wrong --lang is answered in the language
    // of the environment.
    i18n::set(Lang::from_env());
    run(Cli::parse())
}
