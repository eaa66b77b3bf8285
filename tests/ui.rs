//! The window's behaviour, without a window: the whole app driven through
//! its messages and the iced_test simulator.

#[path = "ui/editor.rs"]
mod editor;
#[path = "ui/faults.rs"]
mod faults;
#[path = "ui/harness.rs"]
mod harness;
#[path = "ui/history.rs"]
mod history;
#[path = "ui/import.rs"]
mod import;
#[path = "ui/languages.rs"]
mod languages;
#[path = "ui/navigation.rs"]
mod navigation;
#[path = "ui/poses.rs"]
mod poses;
#[path = "ui/reminders.rs"]
mod reminders;
#[path = "ui/runner_layout.rs"]
mod runner_layout;
#[path = "ui/screenshots.rs"]
mod screenshots;
#[path = "ui/session.rs"]
mod session;
#[path = "ui/settings.rs"]
mod settings;
#[path = "ui/sync.rs"]
mod sync;
#[path = "ui/weeks.rs"]
mod weeks;
