//! The installed `.desktop` file: the shipped one with `Exec=` pointing at
//! the running binary, quoted as the Desktop Entry Specification asks.

use super::{Error, PathProblem};
use std::path::Path;

/// Characters that force an `Exec` argument into double quotes.
const RESERVED: &[char] = &[
    ' ', '\t', '\n', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(', ')',
    '`',
];

/// `path` as the program of an `Exec=` value: quoted when it holds a
/// reserved character, `%` doubled, then escaped as a desktop-entry string
/// (so a backslash ends up as four).
pub fn exec_program(path: &Path) -> Result<String, Error> {
    let shown = || path.display().to_string();
    let text = path.to_str().ok_or_else(|| Error::ExecPath {
        path: shown(),
        reason: PathProblem::NotUtf8,
    })?;
    if !path.is_absolute() {
        return Err(Error::ExecPath {
            path: shown(),
            reason: PathProblem::NotAbsolute,
        });
    }
    if text.chars().any(char::is_control) {
        return Err(Error::ExecPath {
            path: shown(),
            reason: PathProblem::ControlCharacter,
        });
    }
    let argument = if text.contains(RESERVED) {
        let mut quoted = String::from("\"");
        for c in text.chars() {
            if matches!(c, '"' | '`' | '$' | '\\') {
                quoted.push('\\');
            }
            quoted.push(c);
        }
        quoted.push('"');
        quoted
    } else {
        text.to_string()
    };
    Ok(argument.replace('%', "%%").replace('\\', "\\\\"))
}

/// The shipped desktop file `template` with its `Exec=` program replaced by
/// `exe` (the arguments, such as `%f`, are kept).
pub fn desktop_entry(template: &str, exe: &Path) -> Result<String, Error> {
    let program = exec_program(exe)?;
    let lines: Vec<String> = template
        .lines()
        .map(|line| match line.strip_prefix("Exec=") {
            Some(command) => {
                let arguments = command.split_once(' ').map_or("", |(_, rest)| rest);
                format!("Exec={program} {arguments}").trim_end().to_string()
            }
            None => line.to_string(),
        })
        .collect();
    Ok(lines.join("\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exec(path: &str) -> String {
        exec_program(Path::new(path)).unwrap()
    }

    #[test]
    fn plain_paths_stay_unquoted() {
        assert_eq!(exec("/usr/local/bin/posewise"), "/usr/local/bin/posewise");
    }

    #[test]
    fn reserved_characters_are_quoted_and_escaped() {
        assert_eq!(exec("/home/a b/posewise"), "\"/home/a b/posewise\"");
        assert_eq!(exec("/x/$HOME/p"), "\"/x/\\\\$HOME/p\"");
        assert_eq!(exec("/x/a\"b"), "\"/x/a\\\\\"b\"");
        assert_eq!(exec("/x/a\\b"), "\"/x/a\\\\\\\\b\"");
        assert_eq!(exec("/x/100%/p"), "/x/100%%/p");
    }

    #[test]
    fn relative_and_control_characters_are_refused() {
        assert!(exec_program(Path::new("posewise")).is_err());
        assert!(exec_program(Path::new("/x/a\nb")).is_err());
    }

    #[test]
    fn only_the_exec_line_changes() {
        let template = "[Desktop Entry]\nName=Posewise\nExec=posewise %f\n";
        let entry = desktop_entry(template, Path::new("/opt/my apps/posewise")).unwrap();
        assert_eq!(
            entry,
            "[Desktop Entry]\nName=Posewise\nExec=\"/opt/my apps/posewise\" %f\n"
        );
    }
}
