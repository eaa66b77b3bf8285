use posewise::cli::{read::read, run};
use posewise::core::i18n::{self, Lang};
use std::process::ExitCode;

fn main() -> ExitCode {
    // Before reading the command line, so that its errors are in the
    // language of the environment (or of --lang).
    i18n::set(Lang::from_env());
    match read(std::env::args_os().collect()) {
        Ok(cli) => run(cli),
        Err(answer) => answer.print(),
    }
}
