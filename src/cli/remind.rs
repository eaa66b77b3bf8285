//! `posewise remind --due`: announce the routines that are due (see
//! `crate::remind`). Quiet unless `--verbose`, and always exit status 0 when
//! it could do nothing (no bus, no notification service), since a timer runs
//! it every 15 minutes.

use super::{Outcome, io_error};
use crate::remind::{self, MAX_WAIT, Options};
use chrono::{DateTime, FixedOffset};
use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Debug, clap::Args)]
pub struct RemindArgs {
    #[arg(long, required = true)]
    due: bool,
    #[arg(long, short)]
    verbose: bool,
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = MAX_WAIT.as_secs(),
        value_parser = super::read::up_to::<{ MAX_WAIT.as_secs() }>
    )]
    wait: u64,
    /// For tests: judge as if it were this moment (RFC 3339).
    #[arg(long, hide = true, value_parser = parse_moment)]
    now: Option<DateTime<FixedOffset>>,
}

fn parse_moment(text: &str) -> Result<DateTime<FixedOffset>, String> {
    DateTime::parse_from_rfc3339(text.trim()).map_err(|_| crate::core::t!("cli-expected-moment"))
}

pub fn remind(args: &RemindArgs, out: &mut impl Write) -> Outcome {
    debug_assert!(args.due, "clap requires --due");
    let report = remind::run(&Options {
        now: args.now,
        wait: Duration::from_secs(args.wait),
    });
    if args.verbose {
        for line in &report.lines {
            writeln!(out, "{line}").map_err(io_error)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
