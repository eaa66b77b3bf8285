//! Reading a checkpoint file as hostile input: size first, then syntax,
//! format and version, then the fields, the routine (with the routine
//! file validator) and the position inside the session.

use super::{Checkpoint, Error, FORMAT, MAX_ACTIVE_MS, MAX_COUNTDOWN};
use super::{MAX_FILE_BYTES, MAX_PROBLEMS, VERSION};
use crate::catalogue::Catalogue;
use crate::duration::format_duration;
use crate::location::{Position, Problem, json_error_message};
use crate::plan::Plan;
use crate::routine::{self, Routine};
use crate::session::easier::eased;
use crate::store::{Capped, read_capped};
use crate::t;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

fn not_an_object() -> String {
    t!("checkpoint-not-object")
}

/// The file's bytes, at most `MAX_FILE_BYTES` of them; `None` when there
/// is no file.
pub(super) fn limited(path: &Path) -> Result<Option<Vec<u8>>, Error> {
    let read_error = |e| Error::Read {
        path: path.to_path_buf(),
        source: Arc::new(e),
    };
    match read_capped(path, MAX_FILE_BYTES).map_err(read_error)? {
        Capped::Missing => Ok(None),
        Capped::NotAFile => Err(damaged(path, Position::START, t!("file-not-a-file"))),
        Capped::TooLarge { .. } => {
            let mib = MAX_FILE_BYTES / 1024 / 1024;
            let message = t!("checkpoint-too-large", mib = mib);
            Err(damaged(path, Position::START, message))
        }
        Capped::Bytes(bytes) => Ok(Some(bytes)),
    }
}

/// What a checkpoint of any version has: read first, so that a newer one
/// is told apart from a damaged one.
#[derive(Deserialize)]
struct Header<'a> {
    #[serde(borrow, default)]
    format: Option<&'a RawValue>,
    #[serde(borrow, default)]
    version: Option<&'a RawValue>,
}

/// A version 1 checkpoint, each field still as text so that errors can
/// point at it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fields<'a> {
    // Checked by `File::header`.
    #[serde(borrow, default, rename = "format")]
    _format: Option<&'a RawValue>,
    #[serde(borrow, default, rename = "version")]
    _version: Option<&'a RawValue>,
    #[serde(borrow, default)]
    routine: Option<&'a RawValue>,
    #[serde(borrow, default)]
    source: Option<&'a RawValue>,
    #[serde(borrow, default)]
    countdown: Option<&'a RawValue>,
    #[serde(borrow, default)]
    easier: Option<&'a RawValue>,
    #[serde(borrow, default)]
    segment: Option<&'a RawValue>,
    #[serde(borrow, default)]
    position_ms: Option<&'a RawValue>,
    #[serde(borrow, default)]
    active_ms: Option<&'a RawValue>,
    #[serde(borrow, default)]
    started_at: Option<&'a RawValue>,
    #[serde(borrow, default)]
    saved_at: Option<&'a RawValue>,
}

/// What a field must be, said in a checkpoint's error.
#[derive(Clone, Copy)]
enum Kind {
    Beeps,
    Segment,
    Milliseconds,
    Path,
    Moment,
    Steps,
}

impl Kind {
    fn said(self) -> String {
        match self {
            Kind::Beeps => t!("checkpoint-kind-beeps"),
            Kind::Segment => t!("checkpoint-kind-segment"),
            Kind::Milliseconds => t!("checkpoint-kind-milliseconds"),
            Kind::Path => t!("checkpoint-kind-path"),
            Kind::Moment => t!("checkpoint-kind-moment"),
            Kind::Steps => t!("checkpoint-kind-steps"),
        }
    }
}

/// Checks `bytes`, read from `path`, and returns the checkpoint if it is
/// safe to resume.
pub(super) fn checkpoint(
    path: &Path,
    bytes: &[u8],
    catalogue: &Catalogue,
) -> Result<Checkpoint, Error> {
    let text = utf8(path, bytes)?;
    let file = File { path, text };
    let header: Header<'_> = serde_json::from_str(text).map_err(|e| file.not_json(&e))?;
    file.object()?;
    file.header(&header)?;
    let fields: Fields<'_> = serde_json::from_str(text).map_err(|e| file.invalid(&e))?;
    let routine = file.routine(fields.routine, catalogue)?;
    // Posewise never writes more; a bigger one would only add beeps, or
    // (before this check) loop for ever building the plan.
    let countdown: u64 = file.field(fields.countdown, "countdown", Kind::Beeps)?;
    let countdown = countdown.min(MAX_COUNTDOWN);
    let easier = file.easier(fields.easier, &routine)?;
    let plan = Plan::with_countdown(&eased(&routine, &easier, catalogue), catalogue, countdown);
    let segment = file.field(fields.segment, "segment", Kind::Segment)?;
    let position_ms = file.field(fields.position_ms, "position_ms", Kind::Milliseconds)?;
    let active_ms = file.field(fields.active_ms, "active_ms", Kind::Milliseconds)?;
    file.place(&fields, (segment, position_ms, active_ms), &plan)?;
    Ok(Checkpoint {
        format: FORMAT.into(),
        version: VERSION,
        routine,
        source: match fields.source {
            Some(_) => Some(file.field(fields.source, "source", Kind::Path)?),
            None => None,
        },
        countdown,
        easier,
        segment,
        position_ms,
        active_ms,
        started_at: file.field(fields.started_at, "started_at", Kind::Moment)?,
        saved_at: file.field(fields.saved_at, "saved_at", Kind::Moment)?,
    })
}

fn damaged(path: &Path, at: Position, message: String) -> Error {
    Error::Damaged {
        path: path.to_path_buf(),
        line: at.line,
        column: at.column,
        message,
    }
}

fn utf8<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, Error> {
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
        let at = Position::of_offset(valid, valid.len());
        damaged(path, at, t!("file-not-utf8"))
    })
}

/// The checkpoint's text, for located errors.
struct File<'a> {
    path: &'a Path,
    text: &'a str,
}

impl File<'_> {
    fn damaged(&self, at: Position, message: String) -> Error {
        damaged(self.path, at, message)
    }

    /// Where `raw`, a part of the text, starts.
    fn at(&self, raw: Option<&RawValue>) -> Position {
        raw.map_or(Position::START, |raw| {
            let offset = (raw.get().as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize);
            Position::of_offset(self.text, offset)
        })
    }

    fn not_json(&self, error: &serde_json::Error) -> Error {
        use serde_json::error::Category;
        let message = match error.classify() {
            Category::Eof => t!("file-cut-short"),
            Category::Data if self.object().is_err() => not_an_object(),
            Category::Data => json_error_message(error),
            _ => t!("check-not-json", error = json_error_message(error)),
        };
        self.damaged(located(error), message)
    }

    /// The field `name`, read as a `T`, which is `what`.
    fn field<T: DeserializeOwned>(
        &self,
        raw: Option<&RawValue>,
        name: &str,
        what: Kind,
    ) -> Result<T, Error> {
        let Some(value) = raw else {
            let message = t!("checkpoint-missing", field = name, what = what.said());
            return Err(self.damaged(Position::START, message));
        };
        serde_json::from_str(value.get()).map_err(|_| {
            let text = value.get();
            let short = text.len() <= 40 && !text.contains('\n');
            let found = match short {
                true => text.to_owned(),
                false => t!("checkpoint-something-else"),
            };
            let message = t!(
                "checkpoint-not",
                field = name,
                what = what.said(),
                found = found
            );
            self.damaged(self.at(raw), message)
        })
    }

    /// The steps made easier: step numbers of the routine, each once.
    fn easier(&self, raw: Option<&RawValue>, routine: &Routine) -> Result<BTreeSet<usize>, Error> {
        if raw.is_none() {
            return Ok(BTreeSet::new());
        }
        let list: Vec<usize> = self.field(raw, "easier", Kind::Steps)?;
        let steps = routine.steps.len();
        let mut easier = BTreeSet::new();
        for step in list {
            if step >= steps || !easier.insert(step) {
                let message = t!("checkpoint-easier", step = step, steps = steps);
                return Err(self.damaged(self.at(raw), message));
            }
        }
        Ok(easier)
    }

    /// A checkpoint is a JSON object (serde also reads a struct from a list).
    fn object(&self) -> Result<(), Error> {
        let inside = self.text.trim_start();
        if inside.starts_with('{') {
            return Ok(());
        }
        let at = Position::of_offset(self.text, self.text.len() - inside.len());
        Err(self.damaged(at, not_an_object()))
    }

    fn invalid(&self, error: &serde_json::Error) -> Error {
        self.damaged(located(error), json_error_message(error))
    }

    fn header(&self, header: &Header<'_>) -> Result<(), Error> {
        let format = header
            .format
            .map(|raw| serde_json::from_str::<String>(raw.get()));
        if !matches!(&format, Some(Ok(format)) if format == FORMAT) {
            let message = t!("checkpoint-format", format = FORMAT);
            return Err(self.damaged(self.at(header.format), message));
        }
        let version = header
            .version
            .map(|raw| serde_json::from_str::<u64>(raw.get()));
        match version {
            Some(Ok(version)) if version == u64::from(VERSION) => Ok(()),
            Some(Ok(version)) if version > u64::from(VERSION) => {
                let at = self.at(header.version);
                Err(Error::Newer {
                    path: self.path.to_path_buf(),
                    line: at.line,
                    column: at.column,
                    version,
                })
            }
            _ => {
                let message = t!("checkpoint-version", version = VERSION);
                Err(self.damaged(self.at(header.version), message))
            }
        }
    }

    /// Validates the routine as a routine file, with each problem located
    /// in the checkpoint.
    fn routine(&self, raw: Option<&RawValue>, catalogue: &Catalogue) -> Result<Routine, Error> {
        let Some(raw) = raw else {
            return Err(self.damaged(Position::START, t!("checkpoint-no-routine")));
        };
        let origin = self.at(Some(raw));
        // The checkpoint's indentation can push a routine near the 1 MiB
        // limit over it: then check it without, located at its start.
        let compact;
        let (json, exact) = if raw.get().len() > routine::MAX_FILE_BYTES {
            compact = serde_json::from_str::<serde_json::Value>(raw.get())
                .map(|value| value.to_string())
                .unwrap_or_default();
            (compact.as_str(), false)
        } else {
            (raw.get(), true)
        };
        let name = self.path.display().to_string();
        Routine::parse(json.as_bytes(), &name, catalogue).map_err(|problems| {
            let more = problems.total().saturating_sub(MAX_PROBLEMS);
            let problems = problems.shown.into_iter().take(MAX_PROBLEMS);
            let problems = problems.map(|problem| Problem {
                file: name.clone(),
                pointer: format!("/routine{}", problem.pointer),
                position: if exact {
                    shift(origin, problem.position)
                } else {
                    origin
                },
                message: t!("checkpoint-in-routine", problem = problem.message),
            });
            Error::Routine {
                path: self.path.to_path_buf(),
                problems: problems.collect(),
                more,
            }
        })
    }

    /// The position must be inside the session. Posewise never saves one
    /// past the end (a finished session has no checkpoint), so one that is
    /// means the file was damaged or edited: an error, not a guess.
    fn place(
        &self,
        fields: &Fields<'_>,
        (segment, position_ms, active_ms): (usize, u64, u64),
        plan: &Plan,
    ) -> Result<(), Error> {
        let segments = plan.segments.len();
        if segment >= segments {
            let message = t!("checkpoint-segment", segment = segment, segments = segments);
            return Err(self.damaged(self.at(fields.segment), message));
        }
        if position_ms > plan.total_ms {
            let total = format_duration(plan.total_ms);
            let message = t!("checkpoint-position", position = position_ms, total = total);
            return Err(self.damaged(self.at(fields.position_ms), message));
        }
        if active_ms > MAX_ACTIVE_MS {
            let active = format_duration(active_ms);
            let message = t!("checkpoint-active", active_ms = active_ms, active = active);
            return Err(self.damaged(self.at(fields.active_ms), message));
        }
        Ok(())
    }
}

/// The place of a position inside a part of a text that starts at `origin`.
fn shift(origin: Position, inner: Position) -> Position {
    if inner.line <= 1 {
        Position {
            line: origin.line,
            column: origin.column + inner.column.saturating_sub(1),
        }
    } else {
        Position {
            line: origin.line + inner.line - 1,
            column: inner.column,
        }
    }
}

fn located(error: &serde_json::Error) -> Position {
    Position {
        line: error.line().max(1),
        column: error.column().max(1),
    }
}
