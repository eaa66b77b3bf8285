//! Commands about the person's routine library: import and export.

use super::{Failure, Outcome, io_error};
use crate::core::catalogue::Catalogue;
use crate::core::library::{Imported, Library};
use crate::core::routine::Routine;
use crate::core::store::write_atomically;
use crate::core::t;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Most files one `import` takes: a physiotherapist's handful, not a disk.
pub const MAX_IMPORT_FILES: usize = 100;

fn library(catalogue: &Catalogue) -> Result<Library, Failure> {
    let dir = Library::default_dir().ok_or(
        "error: no data folder could be found for your routines; set \
         POSEWISE_DATA_DIR to a folder Posewise may write to",
    )?;
    Ok(Library::load(&dir, catalogue))
}

pub(super) fn import(
    files: &[PathBuf],
    catalogue: &Catalogue,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Outcome {
    if files.len() > MAX_IMPORT_FILES {
        return Err(Failure::Usage(t!(
            "cli-error",
            message = t!(
                "cli-too-many-files",
                count = files.len(),
                most = MAX_IMPORT_FILES
            )
        )));
    }
    let mut library = library(catalogue)?;
    let mut all_done = true;
    for file in files {
        match library.import(file, catalogue) {
            Ok(imported) => {
                writeln!(stdout, "{}: {}", file.display(), said(&imported)).map_err(io_error)?;
                // The next file may be a copy of this one.
                library = Library::load(&library.dir, catalogue);
            }
            Err(error) => {
                all_done = false;
                writeln!(stderr, "{error}").map_err(io_error)?;
            }
        }
    }
    Ok(if all_done {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// What an import did, in words.
pub fn said(imported: &Imported) -> String {
    match imported {
        Imported::Added { path, title } => t!(
            "cli-imported",
            title = title.as_str(),
            path = path.display().to_string()
        ),
        Imported::AlreadyThere {
            path: Some(path),
            title,
            ..
        } => t!(
            "cli-already-there",
            title = title.as_str(),
            path = path.display().to_string()
        ),
        Imported::AlreadyThere { title, .. } => t!("cli-already-bundled", title = title.as_str()),
    }
}

pub(super) fn export(
    name: &str,
    out: &Path,
    force: bool,
    catalogue: &Catalogue,
    stdout: &mut dyn Write,
) -> Outcome {
    let library = library(catalogue)?;
    let entry = library.find_named(name).ok_or_else(|| {
        t!(
            "cli-error",
            message = t!("cli-no-routine-called", name = name)
        )
    })?;
    let routine = entry.routine.as_ref().map_err(|problem| {
        format!(
            "{problem}\n{}",
            t!("cli-error", message = t!("cli-cannot-export-unreadable"))
        )
    })?;
    if out.exists() && !force {
        return Err(Failure::Usage(format!(
            "{}: {}",
            out.display(),
            t!("cli-error", message = t!("cli-file-exists"))
        )));
    }
    let text = routine.to_json();
    // What is written must read back as the same routine.
    let again = Routine::parse(text.as_bytes(), &out.display().to_string(), catalogue).map_err(
        |problems| {
            format!(
                "{problems}\n{}",
                t!("cli-error", message = t!("cli-export-not-read-back"))
            )
        },
    )?;
    if &again != routine {
        return Err(t!("cli-error", message = t!("cli-export-not-same")).into());
    }
    write_atomically(out, text.as_bytes()).map_err(|error| {
        format!(
            "{}: {}",
            out.display(),
            t!(
                "cli-error",
                message = t!("cli-cannot-write-routine", error = error.to_string())
            )
        )
    })?;
    writeln!(
        stdout,
        "{}",
        t!(
            "cli-exported",
            title = routine.title.as_str(),
            path = out.display().to_string()
        )
    )
    .map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}
