//! Settings → Your data → "Move to…": pick a folder (a synced one, say),
//! copy and check the data there on the disk thread, then use it.

use super::{App, Message, Screen, load_checkpoint, load_history};
use crate::core::catalogue::Catalogue;
use crate::core::data_folder::{self, Moved};
use crate::core::library::Library;
use crate::core::settings::Settings;
use crate::core::{device, history, t};
use crate::ui::screen::settings;
use iced::Task;
use std::path::PathBuf;

impl App {
    pub(super) fn pick_data_folder(&self) -> Task<Message> {
        Task::perform(
            rfd::AsyncFileDialog::new()
                .set_title(t!("settings-move-title"))
                .pick_folder(),
            |picked| {
                Message::Settings(settings::Message::MoveDataTo(
                    picked.map(|folder| folder.path().to_path_buf()),
                ))
            },
        )
    }

    /// Copies and checks the data in `to` off the UI thread; `DataMoved`
    /// brings the outcome.
    pub(super) fn move_data(&mut self, to: PathBuf) -> Task<Message> {
        let (Some(from), Some(pointer)) = (self.data_dir.clone(), self.data_pointer.clone()) else {
            return Task::none();
        };
        // What is still to be written goes first, into the old folder.
        self.flush_settings();
        let done = self.disk.run(move || {
            data_folder::move_to(&from, &to, &pointer)
                .map(|moved| (to, moved))
                .map_err(|e| e.to_string())
        });
        Task::perform(done, |result| {
            Message::DataMoved(result.unwrap_or_else(|| Err(t!("notice-write-unfinished"))))
        })
    }

    /// Uses the new folder, or says why the data stayed where it was.
    pub(super) fn data_moved(&mut self, result: Result<(PathBuf, Moved), String>) -> Task<Message> {
        let said = match result {
            Ok((_, moved)) => {
                let old = self
                    .data_dir
                    .as_ref()
                    .map(|d| d.display().to_string())
                    .unwrap_or_default();
                self.use_data_folder(moved.folder.clone());
                Ok(t!(
                    "settings-moved",
                    sessions = moved.sessions,
                    conflicts = moved.conflicts,
                    old = old
                ))
            }
            Err(error) => Err(error),
        };
        let folder = self
            .data_dir
            .as_ref()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        match &mut self.screen {
            Screen::Settings(screen) => screen.moved(said, folder),
            // The person went on meanwhile: say it where it is seen.
            _ => self.notice(match said {
                Ok(said) | Err(said) => said,
            }),
        }
        Task::none()
    }

    /// Everything read again from `dir`: settings, routines, sessions.
    fn use_data_folder(&mut self, dir: PathBuf) {
        let mut notices = Vec::new();
        let loaded = Settings::load(&dir.join(Settings::FILE_NAME));
        notices.extend(loaded.notice);
        let catalogue = Catalogue::builtin();
        self.library = Library::load(&dir.join(crate::core::library::DIR_NAME), catalogue);
        notices.extend(self.library.notices.iter().cloned());
        let data_dir = Some(dir);
        let known = std::mem::take(&mut self.records);
        self.records = load_history(&data_dir, &mut notices);
        self.state_dir = data_dir.as_deref().map(device::state_dir);
        self.history_file = data_dir.as_deref().and_then(|dir| {
            history::own_path(dir)
                .map_err(|error| notices.push(error.to_string()))
                .ok()
        });
        self.interrupted = load_checkpoint(&self.state_dir, &mut notices);
        // Sessions logged here while the copy was made went to the old
        // folder: they join the new one too.
        let there: std::collections::HashSet<String> =
            self.records.iter().map(|r| r.id.clone()).collect();
        let late: Vec<_> = known
            .into_iter()
            .filter(|r| !there.contains(&r.id))
            .collect();
        if let Some(path) = &self.history_file {
            for record in &late {
                if let Err(error) = history::append(path, record) {
                    notices.push(error.to_string());
                }
            }
        }
        self.records = history::merged(
            std::mem::take(&mut self.records)
                .into_iter()
                .chain(late)
                .collect(),
        );
        self.data_dir = data_dir;
        self.settings_base = loaded.settings.clone();
        self.apply_settings(loaded.settings);
        for notice in notices {
            self.notice(notice);
        }
    }
}
