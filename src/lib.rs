//! Posewise: guided, timed stretching and yoga sessions.
//!
//! `core` is pure logic (no windowing, no audio device); `ui` is the iced
//! front end and `sound` the only place that talks to an audio device.

pub mod app_icon;
pub mod cli;
pub mod core;
pub mod desktop;
pub mod desktop_theme;
pub mod keep_awake;
pub mod player;
pub mod remind;
pub mod sound;
pub mod ui;
