//! What Posewise asks of the desktop around it: keeping the screen awake
//! while a session runs, hearing when the screen locks, whether the
//! desktop prefers a dark look, and the window icon.

pub mod app_icon;
pub mod dbus;
pub mod desktop_theme;
pub mod keep_awake;
pub mod screen_lock;
