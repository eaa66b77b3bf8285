//! The iced front end. For now a single welcome screen; the full set of
//! screens comes with the GUI work.

use crate::core::catalogue::Catalogue;
use crate::core::checkpoint::Checkpoint;
use crate::core::plan::{Plan, format_duration};
use crate::core::routine::Routine;
use iced::widget::{column, container, text};
use iced::{Element, Fill, Theme};
use std::path::PathBuf;
use std::process::ExitCode;

/// What the window shows.
#[derive(Debug, Clone)]
struct Welcome {
    opened: Option<Result<String, String>>,
    interrupted: Option<String>,
}

#[derive(Debug, Clone)]
enum Message {}

impl Welcome {
    fn new(file: Option<PathBuf>) -> Welcome {
        let catalogue = Catalogue::builtin();
        let opened = file.map(|path| {
            Routine::load(&path, catalogue)
                .map(|routine| {
                    let plan = Plan::build(&routine, catalogue);
                    format!(
                        "{} — {} steps, {}",
                        routine.title,
                        routine.steps.len(),
                        format_duration(plan.total_ms)
                    )
                })
                .map_err(|error| error.to_string())
        });
        Welcome {
            opened,
            interrupted: interrupted_session(),
        }
    }

    fn update(&mut self, message: Message) {
        match message {}
    }

    fn view(&self) -> Element<'_, Message> {
        let opened = match &self.opened {
            None => text("Open a routine with: posewise FILE.posewise.json"),
            Some(Ok(summary)) => text(summary.clone()),
            Some(Err(error)) => text(error.clone()).style(text::danger),
        };
        let interrupted = self.interrupted.as_ref().map(|notice| text(notice.clone()));
        let content = column![
            text("Posewise").size(32),
            text("Guided, timed stretching and yoga sessions."),
            opened,
        ]
        .push(interrupted)
        .push(
            text(
                "Posewise gives no medical advice. Follow your \
                 physiotherapist or doctor, and stop if pain gets worse.",
            )
            .size(14)
            .style(text::secondary),
        )
        .spacing(16)
        .max_width(640);
        container(content).center(Fill).padding(24).into()
    }
}

/// A line about a session that was cut short, if there is one.
fn interrupted_session() -> Option<String> {
    let path = Checkpoint::default_path()?;
    match Checkpoint::load(&path, Catalogue::builtin()) {
        Ok(Some(checkpoint)) => Some(format!(
            "\"{}\" was interrupted at {}; continue it with: posewise resume",
            checkpoint.routine.title,
            checkpoint.saved_at.format("%H:%M on %d %b")
        )),
        Ok(None) => None,
        Err(error) => Some(error.to_string()),
    }
}

/// Opens the main window and runs until it is closed.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let result = iced::application(
        move || Welcome::new(file.clone()),
        Welcome::update,
        Welcome::view,
    )
    .title("Posewise")
    .theme(Theme::Light)
    .window_size((960.0, 640.0))
    .run();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: cannot open the window: {error}");
            ExitCode::FAILURE
        }
    }
}
