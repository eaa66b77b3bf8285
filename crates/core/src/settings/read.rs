//! Reading `settings.json` as hostile input: size first, then UTF-8, then
//! JSON. Numbers out of range are clamped rather than refused, so an old or
//! hand-edited file keeps the rest of its choices.

use super::{GET_READY_RANGE, Loaded, MAX_FILE_BYTES, Settings, TEXT_SCALE_RANGE};
use crate::location::{Position, json_error_message};
use crate::store::{Capped, read_capped};
use crate::t;
use serde::de::{self, Deserialize, Deserializer, Visitor};
use std::fmt;
use std::path::{Path, PathBuf};

/// Why the file on disk was not used.
enum Failure {
    /// It could not be looked at (permissions, a folder): left where it is.
    Inaccessible(String),
    /// It is there but not settings: moved aside.
    Damaged { at: Position, reason: String },
}

pub(super) fn load(path: &Path) -> Loaded {
    let notice = match read(path) {
        Ok(None) => None,
        Ok(Some(settings)) => {
            return Loaded {
                settings: settings.clamped(),
                notice: None,
            };
        }
        Err(Failure::Inaccessible(reason)) => Some(format!(
            "{}: {}",
            path.display(),
            t!("settings-unreadable-defaults", reason = reason)
        )),
        Err(Failure::Damaged { at, reason }) => Some(set_aside(path, at, &reason)),
    };
    Loaded {
        settings: Settings::default(),
        notice,
    }
}

pub(super) fn peek(path: &Path) -> Result<Option<Settings>, String> {
    match read(path) {
        Ok(settings) => Ok(settings.map(Settings::clamped)),
        Err(Failure::Inaccessible(reason)) => Err(format!(
            "{}: {}",
            path.display(),
            t!("settings-unreadable", reason = reason)
        )),
        Err(Failure::Damaged { at, reason }) => Err(format!(
            "{}:{}:{}: {}",
            path.display(),
            at.line,
            at.column,
            t!("settings-unreadable", reason = reason)
        )),
    }
}

/// `Ok(None)` when there is no file.
fn read(path: &Path) -> Result<Option<Settings>, Failure> {
    let inaccessible = |e: std::io::Error| Failure::Inaccessible(e.to_string());
    let bytes = match read_capped(path, MAX_FILE_BYTES).map_err(inaccessible)? {
        Capped::Missing => return Ok(None),
        Capped::NotAFile => return Err(Failure::Inaccessible(t!("file-not-a-file"))),
        Capped::TooLarge { size } => {
            return Err(Failure::Damaged {
                at: Position::START,
                reason: t!(
                    "settings-too-large",
                    size = size,
                    kib = MAX_FILE_BYTES / 1024
                ),
            });
        }
        Capped::Bytes(bytes) => bytes,
    };
    parse(&bytes).map(Some)
}

fn parse(bytes: &[u8]) -> Result<Settings, Failure> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
        Failure::Damaged {
            at: Position::of_offset(valid, valid.len()),
            reason: t!("file-not-utf8"),
        }
    })?;
    // serde would also read the struct from a list.
    let inside = text.trim_start();
    if !inside.is_empty() && !inside.starts_with('{') {
        return Err(Failure::Damaged {
            at: Position::of_offset(text, text.len() - inside.len()),
            reason: t!("file-not-object"),
        });
    }
    serde_json::from_str(text).map_err(|error| {
        use serde_json::error::Category;
        let reason = match error.classify() {
            Category::Eof => t!("file-cut-short"),
            Category::Syntax => t!("check-not-json", error = json_error_message(&error)),
            _ => json_error_message(&error),
        };
        let at = Position {
            line: error.line().max(1),
            column: error.column().max(1),
        };
        Failure::Damaged { at, reason }
    })
}

/// Renames the file to `<name>.bad` and says so.
fn set_aside(path: &Path, at: Position, reason: &str) -> String {
    let bad = bad_path(path);
    let bad_name = bad
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let at = format!("{}:{}:{}", path.display(), at.line, at.column);
    match std::fs::rename(path, &bad) {
        Ok(()) => format!(
            "{at}: {}",
            t!("settings-set-aside", reason = reason, name = bad_name)
        ),
        Err(e) => format!(
            "{at}: {}",
            t!(
                "settings-not-set-aside",
                reason = reason,
                name = bad_name,
                error = e.to_string()
            )
        ),
    }
}

fn bad_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bad");
    path.with_file_name(name)
}

/// Any JSON number, as `f64`; integers too large for an `f64` round.
struct Number;

impl Visitor<'_> for Number {
    type Value = f64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number")
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<f64, E> {
        Ok(value)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<f64, E> {
        Ok(value as f64)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<f64, E> {
        Ok(value as f64)
    }
}

struct Lenient(f64);

impl<'de> Deserialize<'de> for Lenient {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Lenient, D::Error> {
        deserializer.deserialize_f64(Number).map(Lenient)
    }
}

/// Clamped later by `Settings::clamped`, which also handles NaN.
pub(super) fn volume<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f32, D::Error> {
    Lenient::deserialize(deserializer).map(|n| n.0 as f32)
}

pub(super) fn text_scale<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u16, D::Error> {
    let (low, high) = TEXT_SCALE_RANGE;
    let n = Lenient::deserialize(deserializer)?.0;
    Ok(n.round().clamp(f64::from(low), f64::from(high)) as u16)
}

pub(super) fn get_ready<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<u32>, D::Error> {
    let (low, high) = GET_READY_RANGE;
    let n = Option::<Lenient>::deserialize(deserializer)?;
    Ok(n.map(|n| n.0.round().clamp(f64::from(low), f64::from(high)) as u32))
}
