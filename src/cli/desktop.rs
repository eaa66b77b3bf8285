//! `posewise install-desktop` and `uninstall-desktop`: the menu entry,
//! icons and routine file type (see `crate::desktop`).

use super::{Failure, Outcome, io_error};
use crate::core::t;
use crate::desktop::{self, Dirs, Error, Scope, ToolOutcome};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// `--user` (the default) or `--system`.
#[derive(Debug, clap::Args)]
pub struct ScopeArgs {
    #[arg(long, conflicts_with = "system")]
    user: bool,
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
        Scope::System if error.is_permission_denied() => format!("\n{}", t!("desktop-use-sudo")),
        _ => String::new(),
    };
    let message = t!("desktop-cannot", doing = doing, error = error.to_string());
    Failure::Error(format!("{}{way_out}", t!("cli-error", message = message)))
}

fn dirs(scope: Scope, doing: &str) -> Result<Dirs, Failure> {
    Dirs::for_scope(scope, |name| std::env::var_os(name)).map_err(|e| failure(&e, scope, doing))
}

/// Installs the desktop files and makes Posewise open routine files.
pub fn install(args: &ScopeArgs, out: &mut impl Write) -> Outcome {
    let scope = args.scope();
    let doing = t!("desktop-doing-install");
    let doing = doing.as_str();
    let exe = std::env::current_exe().map_err(|e| {
        let message = t!("desktop-no-own-path", doing = doing, error = e.to_string());
        t!("cli-error", message = message)
    })?;
    let dirs = dirs(scope, doing)?;
    let assets = desktop::assets(&exe).map_err(|e| failure(&e, scope, doing))?;
    let installed = desktop::install(&dirs, &assets).map_err(|e| failure(&e, scope, doing))?;
    let show = |path: &Path| path.display().to_string();
    writeln!(
        out,
        "{}",
        t!("desktop-installed-into", folder = show(&dirs.data))
    )
    .map_err(io_error)?;
    for file in &installed.files {
        writeln!(out, "  {}", show(file)).map_err(io_error)?;
    }
    writeln!(out, "{}", t!("desktop-menu-starts", program = show(&exe))).map_err(io_error)?;
    match &installed.default_in {
        Some(list) => writeln!(out, "{}", t!("desktop-default-set", list = show(list))),
        None => writeln!(out, "{}", t!("desktop-offered")),
    }
    .map_err(io_error)?;
    let _ = report_tools(&desktop::update_databases(&dirs.data), out)?;
    if let Some(config) = &dirs.config {
        let data_dir = std::env::var_os("POSEWISE_DATA_DIR").map(std::path::PathBuf::from);
        let systemctl = desktop::Systemctl::from_env();
        let (how, written) = desktop::schedule(config, &exe, data_dir.as_deref(), &systemctl)
            .map_err(|e| failure(&e, scope, &t!("desktop-doing-schedule")))?;
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
    let doing = t!("desktop-doing-remove");
    let doing = doing.as_str();
    let dirs = dirs(scope, doing)?;
    let gone = desktop::uninstall(&dirs, &desktop::asset_paths())
        .map_err(|e| failure(&e, scope, doing))?;
    if let Some(config) = &dirs.config {
        let removed = desktop::unschedule(config, &desktop::Systemctl::from_env())
            .map_err(|e| failure(&e, scope, doing))?;
        if !removed.is_empty() {
            writeln!(out, "{}", t!("desktop-removed-check")).map_err(io_error)?;
            for file in &removed {
                writeln!(out, "  {}", file.display()).map_err(io_error)?;
            }
        }
    }
    if gone.removed.is_empty() && gone.default_from.is_none() {
        // Nothing was there: leave the databases (and their folders) alone.
        let folder = dirs.data.display().to_string();
        writeln!(out, "{}", t!("desktop-nothing-to-remove", folder = folder)).map_err(io_error)?;
        return Ok(ExitCode::SUCCESS);
    }
    let folder = dirs.data.display().to_string();
    writeln!(out, "{}", t!("desktop-removed-from", folder = folder)).map_err(io_error)?;
    for file in &gone.removed {
        writeln!(out, "  {}", file.display()).map_err(io_error)?;
    }
    if let Some(list) = &gone.default_from {
        let list = list.display().to_string();
        writeln!(out, "{}", t!("desktop-no-longer-default", list = list)).map_err(io_error)?;
    }
    report_tools(&desktop::update_databases(&dirs.data), out)
}

fn report_tools(outcomes: &[ToolOutcome], out: &mut impl Write) -> Outcome {
    for outcome in outcomes {
        match outcome {
            ToolOutcome::Updated(tool) => {
                writeln!(out, "{}", t!("desktop-ran", program = tool.program))
            }
            ToolOutcome::Missing(tool) => writeln!(
                out,
                "{}",
                t!(
                    "desktop-skipped",
                    program = tool.program,
                    package = tool.package
                )
            ),
            ToolOutcome::Failed(tool, said) => writeln!(
                out,
                "{}",
                t!(
                    "desktop-tool-failed",
                    program = tool.program,
                    error = said.as_str()
                )
            ),
        }
        .map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}
