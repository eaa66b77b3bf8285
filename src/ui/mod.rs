//! The iced front end: one module per screen under `screen/`, reusable
//! drawings under `widget/`, and the app that switches between them.

pub mod app;
pub mod font;
pub mod keys;
pub mod page;
pub mod screen;
pub mod style;
pub mod widget;

pub use app::{App, Boot, Clock, Launch, Message};

use crate::core::t;
use iced::{Size, window};
use std::process::ExitCode;

/// Smallest window the runner still fits in.
pub const MIN_SIZE: Size = Size::new(720.0, 560.0);

/// The whole program, built the same way for the real window and for tests.
pub fn application(
    boot: Boot,
) -> iced::Application<impl iced::Program<Message = Message, Theme = iced::Theme>> {
    // `.window()` and `.settings()` replace earlier window and font calls,
    // so they come first.
    iced::application(move || App::new(boot.clone()), App::update, App::view)
        .window(window::Settings {
            size: Size::new(1024.0, 720.0),
            min_size: Some(MIN_SIZE),
            icon: window_icon(),
            exit_on_close_request: false,
            platform_specific: platform(),
            ..window::Settings::default()
        })
        .settings(iced::Settings {
            id: Some(crate::desktop::APP_ID.into()),
            fonts: font::all(),
            default_font: font::REGULAR,
            ..iced::Settings::default()
        })
        .title(App::title)
        .theme(App::theme)
        .style(App::style)
        .subscription(App::subscription)
}

fn window_icon() -> Option<window::Icon> {
    use crate::platform::app_icon::{ICON_64_RGBA, ICON_SIZE};
    window::icon::from_rgba(ICON_64_RGBA.to_vec(), ICON_SIZE, ICON_SIZE).ok()
}

#[cfg(target_os = "linux")]
fn platform() -> window::settings::PlatformSpecific {
    window::settings::PlatformSpecific {
        application_id: crate::desktop::APP_ID.into(),
        ..Default::default()
    }
}

#[cfg(not(target_os = "linux"))]
fn platform() -> window::settings::PlatformSpecific {
    Default::default()
}

/// Opens the main window and runs until it is closed.
pub fn run(launch: Launch) -> ExitCode {
    // winit panics without a display; say so plainly instead.
    let display = ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()));
    if !display {
        eprintln!("{}", t!("cli-error", message = t!("cli-no-display")));
        return ExitCode::FAILURE;
    }
    match application(Boot::from_environment(launch)).run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!(
                "{}",
                t!(
                    "cli-error",
                    message = t!("cli-cannot-open-window", error = error.to_string())
                )
            );
            ExitCode::FAILURE
        }
    }
}
