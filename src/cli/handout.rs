//! `posewise handout`: a routine as one printable HTML page for the
//! patient, written whole or not at all.

use super::{Failure, Outcome, io_error};
use crate::core::catalogue::Catalogue;
use crate::core::handout;
use crate::core::routine::Routine;
use crate::core::store::write_atomically;
use crate::core::t;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

pub(super) fn handout(
    file: &Path,
    out_file: &Path,
    catalogue: &Catalogue,
    out: &mut dyn Write,
) -> Outcome {
    let to_stdout = out_file == Path::new("-");
    if !to_stdout {
        check_out(file, out_file)?;
    }
    let routine = Routine::load(file, catalogue).map_err(|e| e.to_string())?;
    let page = handout::html(&routine, catalogue, chrono::Local::now().date_naive());
    if to_stdout {
        out.write_all(page.as_bytes()).map_err(io_error)?;
        return Ok(ExitCode::SUCCESS);
    }
    write_atomically(out_file, page.as_bytes()).map_err(|e| {
        Failure::Error(format!(
            "{}: {}",
            out_file.display(),
            t!(
                "cli-error",
                message = t!("cli-cannot-write-handout", error = e.to_string())
            )
        ))
    })?;
    writeln!(
        out,
        "{}: {}",
        out_file.display(),
        t!(
            "cli-handout-written",
            title = routine.title.as_str(),
            steps = routine.steps.len()
        )
    )
    .map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

/// Refuses an `--out` that is a folder or the routine file itself.
fn check_out(file: &Path, out_file: &Path) -> Result<(), Failure> {
    if out_file.is_dir() {
        return Err(Failure::Usage(format!(
            "{}: error: --out is a folder; give a file name such as \
             handout.html",
            out_file.display()
        )));
    }
    let same = match (file.canonicalize(), out_file.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(Failure::Usage(format!(
            "{}: error: --out would replace the routine file; give another \
             name such as handout.html",
            out_file.display()
        )));
    }
    Ok(())
}
