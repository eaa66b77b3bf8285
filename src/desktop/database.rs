//! The desktop, MIME and icon databases, refreshed after installing or
//! removing files; each tool is optional.

use std::path::Path;
use std::process::Command;

/// One database tool and the Debian package that provides it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tool {
    /// The program, looked up on `PATH`.
    pub program: &'static str,
    /// Its arguments.
    pub args: Vec<String>,
    /// The Debian package to install to get it.
    pub package: &'static str,
}

/// How running a [`Tool`] went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ToolOutcome {
    /// It ran and succeeded.
    Updated(Tool),
    /// It is not installed.
    Missing(Tool),
    /// It ran and failed, with what it printed.
    Failed(Tool, String),
}

/// The tools that refresh the databases under `data` (an XDG data dir).
pub fn tools(data: &Path) -> Vec<Tool> {
    let dir = |sub: &str| data.join(sub).to_string_lossy().into_owned();
    vec![
        Tool {
            program: "update-mime-database",
            args: vec![dir("mime")],
            package: "shared-mime-info",
        },
        Tool {
            program: "update-desktop-database",
            args: vec!["-q".into(), dir("applications")],
            package: "desktop-file-utils",
        },
        Tool {
            program: "gtk-update-icon-cache",
            args: vec!["-q".into(), "-t".into(), "-f".into(), dir("icons/hicolor")],
            package: "gtk-update-icon-cache",
        },
    ]
}

fn run(tool: Tool) -> ToolOutcome {
    match Command::new(tool.program).args(&tool.args).output() {
        Ok(output) if output.status.success() => ToolOutcome::Updated(tool),
        Ok(output) => {
            let said = String::from_utf8_lossy(&output.stderr).trim().to_string();
            let said = if said.is_empty() {
                output.status.to_string()
            } else {
                said
            };
            ToolOutcome::Failed(tool, said)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => ToolOutcome::Missing(tool),
        Err(e) => ToolOutcome::Failed(tool, e.to_string()),
    }
}

/// Runs every tool for `data`, in order, whatever happens to the others.
pub fn update_databases(data: &Path) -> Vec<ToolOutcome> {
    tools(data).into_iter().map(run).collect()
}
