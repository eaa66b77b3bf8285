//! Routine, checkpoint, history and settings files, the pose catalogue and
//! its pictures: what the core reads and writes, through the public API.

#[path = "formats/catalogue.rs"]
mod catalogue;
#[path = "formats/checkpoint_files.rs"]
mod checkpoint_files;
#[path = "formats/fuzz_readers.rs"]
mod fuzz_readers;
#[path = "formats/glyphs.rs"]
mod glyphs;
#[path = "formats/illustrations.rs"]
mod illustrations;
#[path = "formats/import_export.rs"]
mod import_export;
#[path = "formats/plan_duration.rs"]
mod plan_duration;
#[path = "formats/routine_errors.rs"]
mod routine_errors;
#[path = "formats/routine_files.rs"]
mod routine_files;
#[path = "formats/strategy.rs"]
mod strategy;
#[path = "formats/translations.rs"]
mod translations;
