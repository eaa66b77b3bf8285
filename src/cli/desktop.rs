//! `posewise install-desktop` and `uninstall-desktop`: the menu entry,
//! icons and routine file type (see `crate::desktop`).

use super::{Failure, Outcome, io_error};
use crate::desktop::{self, Dirs, Error, Scope, ToolOutcome};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// `--user` (the default) or `--system`.
#[derive(Debug, clap::Args)]
pub struct ScopeArgs {
    /// For you only, under $XDG_DATA_HOME (default ~/.local/share).
    #[arg(long, conflicts_with = "system")]
    user: bool,
    /// For everyone, under /usr/local/share (needs sudo).
    #[arg(long)]
    system: bool,
}

impl ScopeArgs {
    fn scope(&self) -> Scope {
        if self.system {
            Scope::System
        } else {
            Scope::User
        }
    }
}

fn failure(error: &Error, scope: Scope, doing: &str) -> Failure {
    let way_out = match scope {
        Scope::System if error.is_permission_denied() => {
            "\nRun it with sudo, or use --user to do it for you only."
        }
        _ => "",
    };
    Failure::Error(format!("error: cannot {doing}: {error}{way_out}"))
}

fn dirs(scope: Scope, doing: &str) -> Result<Dirs, Failure> {
    Dirs::for_scope(scope, |name| std::env::var_os(name)).map_err(|e| failure(&e, scope, doing))
}

/// Installs the desktop files and makes Posewise open routine files.
pub fn install(args: &ScopeArgs, out: &mut impl Write) -> Outcome {
    let scope = args.scope();
    let doing = "install the desktop files";
    let exe = std::env::current_exe()
        .map_err(|e| format!("error: cannot {doing}: cannot find Posewise's own path: {e}"))?;
    let dirs = dirs(scope, doing)?;
    let assets = desktop::assets(&exe).map_err(|e| failure(&e, scope, doing))?;
    let installed = desktop::install(&dirs, &assets).map_err(|e| failure(&e, scope, doing))?;
    let show = |path: &Path| path.display().to_string();
    writeln!(out, "Installed into {}:", show(&dirs.data)).map_err(io_error)?;
    for file in &installed.files {
        writeln!(out, "  {}", show(file)).map_err(io_error)?;
    }
    writeln!(out, "The menu entry starts {}.", show(&exe)).map_err(io_error)?;
    match &installed.default_in {
        Some(list) => writeln!(
            out,
            "Routine files (*.posewise.json) now open in Posewise (default set in {}).",
            show(list)
        ),
        None => writeln!(
            out,
            "Posewise is now offered for routine files (*.posewise.json); \
             each user can make it their default."
        ),
    }
    .map_err(io_error)?;
    let _ = report_tools(&desktop::update_databases(&dirs.data), out)?;
    if let Some(config) = &dirs.config {
        let data_dir = std::env::var_os("POSEWISE_DATA_DIR").map(std::path::PathBuf::from);
        let systemctl = desktop::Systemctl::from_env();
        let (how, written) = desktop::schedule(config, &exe, data_dir.as_deref(), &systemctl)
            .map_err(|e| failure(&e, scope, "set up the reminder check"))?;
        for file in &written {
            writeln!(out, "  {}", show(file)).map_err(io_error)?;
        }
        writeln!(out, "{}", how.describe()).map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Removes what `install` wrote and Posewise's default for routine files.
pub fn uninstall(args: &ScopeArgs, out: &mut impl Write) -> Outcome {
    let scope = args.scope();
    let doing = "remove the desktop files";
    let dirs = dirs(scope, doing)?;
    let gone = desktop::uninstall(&dirs, &desktop::asset_paths())
        .map_err(|e| failure(&e, scope, doing))?;
    if let Some(config) = &dirs.config {
        let removed = desktop::unschedule(config, &desktop::Systemctl::from_env())
            .map_err(|e| failure(&e, scope, doing))?;
        if !removed.is_empty() {
            writeln!(out, "Removed the reminder check:").map_err(io_error)?;
            for file in &removed {
                writeln!(out, "  {}", file.display()).map_err(io_error)?;
            }
        }
    }
    if gone.removed.is_empty() && gone.default_from.is_none() {
        // Nothing was there: leave the databases (and their folders) alone.
        writeln!(out, "Nothing to remove in {}.", dirs.data.display()).map_err(io_error)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "Removed from {}:", dirs.data.display()).map_err(io_error)?;
    for file in &gone.removed {
        writeln!(out, "  {}", file.display()).map_err(io_error)?;
    }
    if let Some(list) = &gone.default_from {
        writeln!(
            out,
            "Posewise is no longer the default in {}.",
            list.display()
        )
        .map_err(io_error)?;
    }
    report_tools(&desktop::update_databases(&dirs.data), out)
}

fn report_tools(outcomes: &[ToolOutcome], out: &mut impl Write) -> Outcome {
    for outcome in outcomes {
        match outcome {
            ToolOutcome::Updated(tool) => writeln!(out, "Ran {}.", tool.program),
            ToolOutcome::Missing(tool) => writeln!(
                out,
                "Skipped {}: not installed (it is in the {} package).",
                tool.program, tool.package
            ),
            ToolOutcome::Failed(tool, said) => writeln!(
                out,
                "warning: {} failed: {said} (the files are in place; \
                 logging out and in again also refreshes the menu).",
                tool.program
            ),
        }
        .map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}
