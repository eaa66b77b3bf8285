//! Reading the command line, with its help and its errors in the person's
//! language.
//!
//! clap writes its help and errors in English, so the command is translated
//! here: every about, help line, value name and heading comes from the
//! `cli-command-*`, `cli-option-*`, `cli-value-*` and `cli-heading-*`
//! messages, and the errors are worded from the error's parts. A command
//! line that parses needs none of it, so that costs nothing.

use super::Cli;
use crate::core::i18n::{self, Lang};
use crate::core::t;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory, FromArgMatches, Parser};
use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;

/// What to print instead of running: help, the version, or a usage error.
#[derive(Debug, PartialEq, Eq)]
pub struct Answer {
    pub text: String,
    /// Help and the version go to standard output; errors to standard error.
    pub to_stdout: bool,
    pub code: u8,
}

impl Answer {
    pub fn print(&self) -> ExitCode {
        use std::io::Write;
        let written = match self.to_stdout {
            true => std::io::stdout().write_all(self.text.as_bytes()),
            false => std::io::stderr().write_all(self.text.as_bytes()),
        };
        // A closed pipe (`posewise --help | head`) is not an error.
        drop(written);
        ExitCode::from(self.code)
    }
}

/// The command line `args` (the program name first), or what to print.
pub fn read(args: Vec<OsString>) -> Result<Cli, Answer> {
    let error = match Cli::try_parse_from(&args) {
        Ok(cli) => return Ok(cli),
        Err(error) => error,
    };
    // The version has no words to translate.
    if error.kind() == ErrorKind::DisplayVersion {
        return Err(answer(&error));
    }
    if let Some(lang) = lang_asked(&args) {
        i18n::set(lang);
    }
    match translated().try_get_matches_from(&args) {
        Ok(matches) => Cli::from_arg_matches(&matches).map_err(|_| answer(&error)),
        Err(error) => Err(answer(&error)),
    }
}

/// `--lang CODE` or `--lang=CODE`, read before clap so that the help and
/// errors are in that language.
fn lang_asked(args: &[OsString]) -> Option<Lang> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().find_map(|(i, arg)| {
        let code = match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1).copied(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        code.and_then(Lang::parse)
    })
}

/// The whole command, with every text a person reads in the current
/// language.
pub fn translated() -> Command {
    // The long about goes in before `build`, which decides from it whether
    // -h and --help differ.
    let mut command = Cli::command()
        .about(t!("cli-about"))
        .long_about(t!("cli-about-long"));
    // Adds --help, --version and the help command, so they get translated
    // too.
    command.build();
    translate(command, true)
}

fn translate(command: Command, root: bool) -> Command {
    let name = command.get_name().to_owned();
    let about = match root {
        true => t!("cli-about"),
        false => text(&[&format!("cli-command-{name}")]).unwrap_or_default(),
    };
    let mut command = command
        .about(about)
        .subcommand_help_heading(t!("cli-heading-commands"))
        .subcommand_value_name(t!("cli-value-command"))
        .mut_args(|arg| translate_arg(arg, &name));
    for sub in command.get_subcommands_mut() {
        let taken = std::mem::take(sub);
        *sub = translate(taken, false);
    }
    command
}

fn translate_arg(arg: Arg, command: &str) -> Arg {
    if arg.is_hide_set() {
        return arg;
    }
    let id = arg.get_id().as_str().replace('_', "-");
    let help = match id.as_str() {
        "help" if arg.get_long_help().is_some() => t!("cli-builtin-help-more"),
        "help" => t!("cli-builtin-help"),
        "version" => t!("cli-builtin-version"),
        _ => text(&[
            &format!("cli-option-{command}-{id}"),
            &format!("cli-option-{id}"),
        ])
        .unwrap_or_default(),
    };
    let help = [help]
        .into_iter()
        .chain(values_note(&arg))
        .collect::<Vec<_>>()
        .join(" ");
    let names: Option<Vec<String>> = arg.get_value_names().map(|names| {
        names
            .iter()
            .map(|name| {
                let id = format!("cli-value-{}", name.as_str().to_lowercase());
                text(&[&id]).unwrap_or_else(|| name.to_string())
            })
            .collect()
    });
    let heading = match arg.is_positional() {
        true => t!("cli-heading-arguments"),
        false => t!("cli-heading-options"),
    };
    let long_help = arg.get_long_help().is_some();
    let mut arg = arg
        .help(help)
        .hide_default_value(true)
        .hide_possible_values(true)
        .help_heading(heading);
    if let Some(names) = names {
        arg = arg.value_names(names);
    }
    if long_help {
        arg = arg.long_help(t!("cli-builtin-help-summary"));
    }
    arg
}

/// "[default: 0.8]" or "[possible values: csv, json, html]", for an
/// option that takes a value.
fn values_note(arg: &Arg) -> Option<String> {
    if !arg.get_action().takes_values() {
        return None;
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|value| !value.is_hide_set())
        .map(|value| value.get_name().to_owned())
        .collect();
    if !possible.is_empty() {
        return Some(t!("cli-possible-values", values = possible.join(", ")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    (!defaults.is_empty()).then(|| t!("cli-default", value = defaults.join(", ")))
}

/// The first of `ids` that exists, in the current language.
fn text(ids: &[&str]) -> Option<String> {
    ids.iter()
        .find(|id| i18n::message_in(Lang::En, id, None).is_some())
        .map(|id| i18n::message(id, None))
}

/// Help, the version, or an error in the current language.
fn answer(error: &clap::Error) -> Answer {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let styled = error.render();
            let shown = match std::io::stdout().is_terminal() {
                true => styled.ansi().to_string(),
                false => styled.to_string(),
            };
            Answer {
                text: in_words(shown.trim_end()) + "\n",
                to_stdout: error.kind() == ErrorKind::DisplayHelp,
                code: u8::from(error.kind() != ErrorKind::DisplayHelp) * 2,
            }
        }
        ErrorKind::DisplayVersion => Answer {
            text: error.render().to_string(),
            to_stdout: true,
            code: 0,
        },
        _ => Answer {
            text: explain(error),
            to_stdout: false,
            code: 2,
        },
    }
}

/// clap's own words in a rendered usage or help: "Usage:" and "[OPTIONS]".
fn in_words(text: &str) -> String {
    text.replacen("Usage:", &t!("cli-heading-usage"), 1)
        .replace("[OPTIONS]", &t!("cli-usage-options"))
}

fn explain(error: &clap::Error) -> String {
    let one = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        Some(ContextValue::Strings(texts)) => Some(texts.join(", ")),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let arg = one(ContextKind::InvalidArg).unwrap_or_default();
    let value = one(ContextKind::InvalidValue).unwrap_or_default();
    let reason = match error.kind() {
        ErrorKind::UnknownArgument => t!("cli-unexpected-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!(
            "cli-unexpected-argument",
            arg = one(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue => match one(ContextKind::ValidValue) {
            Some(valid) => t!(
                "cli-invalid-value-choose",
                value = value,
                arg = arg,
                valid = valid
            ),
            None => t!("cli-value-needed", arg = arg),
        },
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error).map(ToString::to_string);
            t!(
                "cli-invalid-value",
                value = value,
                arg = arg,
                reason = why.unwrap_or_default()
            )
        }
        ErrorKind::MissingRequiredArgument => t!("cli-missing-arguments", args = arg),
        ErrorKind::ArgumentConflict => match one(ContextKind::PriorArg) {
            Some(prior) if prior != arg => t!("cli-conflict", arg = arg, other = prior),
            _ => t!("cli-given-twice", arg = arg),
        },
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            t!("cli-wrong-number-of-values", arg = arg)
        }
        _ => t!("cli-unreadable-command-line"),
    };
    let mut lines = vec![t!("cli-error", message = reason)];
    let tips = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ];
    for near in tips.into_iter().filter_map(one) {
        lines.push(format!("  {}", t!("cli-tip-similar", near = near)));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        lines.push(String::new());
        lines.push(in_words(&usage.to_string()));
    }
    lines.push(String::new());
    lines.push(t!("cli-try-help"));
    lines.join("\n") + "\n"
}

/// A whole number from 0 to `MOST`, as the `--countdown`, `--wait` and
/// pain options take.
pub fn up_to<const MOST: u64>(text: &str) -> Result<u64, String> {
    text.trim()
        .parse::<u64>()
        .ok()
        .filter(|n| *n <= MOST)
        .ok_or_else(|| t!("cli-expected-whole-number", most = MOST))
}

/// A rating from 0 to 10.
pub fn rating(text: &str) -> Result<u8, String> {
    up_to::<10>(text).and_then(|n| u8::try_from(n).map_err(|e| e.to_string()))
}

/// Loudness, from 0 to 1.
pub fn volume(text: &str) -> Result<f32, String> {
    text.trim()
        .parse::<f32>()
        .ok()
        .filter(|v| (0.0..=1.0).contains(v))
        .ok_or_else(|| t!("cli-expected-volume"))
}

#[cfg(test)]
mod tests;
