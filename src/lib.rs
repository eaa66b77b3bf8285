//! Posewise: guided, timed stretching and yoga sessions.
//!
//! `core` is pure logic (no windowing, no audio device); `ui` is the iced
//! front end and `sound` the only place that talks to an audio device.

pub mod cli;
/// The pure core lives in its own crate (`crates/core`), so the compiler
/// keeps it free of window, sound and D-Bus code; `crate::core` names it.
pub use posewise_core as core;
pub mod desktop;
pub mod platform;
pub mod player;
pub mod remind;
pub mod sound;
pub mod ui;
