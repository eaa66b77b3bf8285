//! The `posewise` binary and its files as a user or a desktop meets them:
//! commands, handouts, history on the command line, desktop integration.

#[path = "commands/cli.rs"]
mod cli;
#[path = "commands/dbus_daemon.rs"]
mod dbus_daemon;
#[path = "commands/desktop_files.rs"]
mod desktop_files;
#[path = "commands/handout.rs"]
mod handout;
#[path = "commands/history_cli.rs"]
mod history_cli;
#[path = "commands/history_crash.rs"]
mod history_crash;
#[path = "commands/keep_awake.rs"]
mod keep_awake;
#[path = "commands/languages.rs"]
mod languages;
#[path = "commands/render_audio.rs"]
mod render_audio;
#[path = "commands/screen_lock.rs"]
mod screen_lock;
#[path = "commands/support.rs"]
mod support;
#[path = "commands/weeks.rs"]
mod weeks;
