//! Commands about the person's routine library: import and export.

use super::{Failure, Outcome, io_error};
use crate::core::catalogue::Catalogue;
use crate::core::library::{Imported, Library};
use crate::core::routine::Routine;
use crate::core::store::write_atomically;
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
        return Err(Failure::Usage(format!(
            "error: {} files given; import at most {MAX_IMPORT_FILES} at a time",
            files.len()
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
        Imported::Added { path, title } => {
            format!(
                "imported \"{title}\" into your routines as {}",
                path.display()
            )
        }
        Imported::AlreadyThere {
            path: Some(path),
            title,
            ..
        } => format!(
            "\"{title}\" is already in your routines ({})",
            path.display()
        ),
        Imported::AlreadyThere { title, .. } => {
            format!("\"{title}\" is already in your routines: it comes with Posewise")
        }
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
        format!(
            "error: no routine called \"{name}\" in your routines; give its \
             title or file name as `posewise` lists them in the app's \
             Routines page"
        )
    })?;
    let routine = entry.routine.as_ref().map_err(|problem| {
        format!(
            "{problem}\nerror: this routine cannot be read, so it cannot be exported; fix the file"
        )
    })?;
    if out.exists() && !force {
        return Err(Failure::Usage(format!(
            "{}: error: the file exists; give another name, or add --force to replace it",
            out.display()
        )));
    }
    let text = routine.to_json();
    // What is written must read back as the same routine.
    let again = Routine::parse(text.as_bytes(), &out.display().to_string(), catalogue)
        .map_err(|problems| format!("{problems}\nerror: the export would not read back"))?;
    if &again != routine {
        return Err("error: the export would not read back as the same routine".into());
    }
    write_atomically(out, text.as_bytes()).map_err(|error| {
        format!(
            "{}: error: cannot write the routine: {error}; check that the folder exists and can be written to",
            out.display()
        )
    })?;
    writeln!(
        stdout,
        "exported \"{}\" to {}",
        routine.title,
        out.display()
    )
    .map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}
