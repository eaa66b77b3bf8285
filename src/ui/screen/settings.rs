//! Settings: sound, get-ready time, theme, text size, the data folder, and
//! the safety notice again.

use crate::core::i18n::Lang;
use crate::core::settings::{Settings, ThemeChoice};
use crate::core::t;
use crate::ui::font;
use crate::ui::style::{self, Sizes};
use iced::widget::{button, column, container, pick_list, row, scrollable, slider, text, toggler};
use iced::{Alignment, Element, Fill};
use std::fmt;

#[derive(Debug, Clone)]
pub enum Message {
    Volume(f32),
    Muted(bool),
    Voice(bool),
    CountdownBeeps(bool),
    BreathTone(bool),
    ReduceMotion(bool),
    OwnGetReady(bool),
    GetReady(u32),
    Theme(ThemeChoice),
    Language(LanguageChoice),
    TextScale(u16),
    OpenDataFolder,
    /// "Move to…": choose the folder.
    MoveData,
    /// The folder chosen, or none.
    MoveDataTo(Option<std::path::PathBuf>),
    ShowSafety,
}

#[derive(Debug)]
pub enum Action {
    None,
    /// Apply and store these settings.
    Changed(Settings),
    OpenDataFolder,
    PickDataFolder,
    MoveDataTo(std::path::PathBuf),
    ShowSafety,
}

pub struct SettingsScreen {
    settings: Settings,
    data_dir: String,
    /// The data folder can be moved (no `POSEWISE_DATA_DIR` chooses it).
    can_move: bool,
    /// A move is under way.
    moving: bool,
    /// What the last move said.
    move_said: Option<Result<String, String>>,
    /// Which sound system plays the cues, or why none does.
    sound_output: String,
}

impl SettingsScreen {
    pub fn new(settings: Settings, data_dir: String, sound_output: String) -> SettingsScreen {
        SettingsScreen {
            settings,
            data_dir,
            can_move: false,
            moving: false,
            move_said: None,
            sound_output,
        }
    }

    /// Offers "Move to…".
    pub fn movable(self) -> SettingsScreen {
        SettingsScreen {
            can_move: true,
            ..self
        }
    }

    /// The move ended: what it said, and the data folder now.
    pub fn moved(&mut self, said: Result<String, String>, data_dir: String) {
        self.moving = false;
        self.move_said = Some(said);
        self.data_dir = data_dir;
    }

    pub fn update(&mut self, message: Message) -> Action {
        let s = &mut self.settings;
        match message {
            Message::Volume(v) => s.volume = (v * 20.0).round() / 20.0,
            Message::Muted(m) => s.muted = m,
            Message::Voice(v) => s.voice = v,
            Message::CountdownBeeps(b) => s.countdown_beeps = b,
            Message::BreathTone(b) => s.breath_tone = b,
            Message::ReduceMotion(b) => s.reduce_motion = b,
            Message::OwnGetReady(own) => s.get_ready_seconds = (!own).then_some(10),
            Message::GetReady(seconds) => s.get_ready_seconds = Some(seconds),
            Message::Theme(theme) => s.theme = theme,
            Message::Language(choice) => {
                s.language = choice.0.map(|lang| lang.code().to_owned());
            }
            Message::TextScale(percent) => s.text_scale = percent,
            Message::OpenDataFolder => return Action::OpenDataFolder,
            Message::MoveData => return Action::PickDataFolder,
            Message::MoveDataTo(None) => return Action::None,
            Message::MoveDataTo(Some(folder)) => {
                self.moving = true;
                self.move_said = None;
                return Action::MoveDataTo(folder);
            }
            Message::ShowSafety => return Action::ShowSafety,
        }
        self.settings = self.settings.clone().clamped();
        Action::Changed(self.settings.clone())
    }

    /// Under the data folder: why it cannot move, that it is moving, or
    /// what the move said.
    fn move_status(&self, sizes: Sizes) -> Element<'_, Message> {
        let line = |said: String| text(said).size(sizes.small());
        match (&self.move_said, self.moving, self.can_move) {
            (_, true, _) => line(t!("settings-moving")).style(style::subtle).into(),
            (Some(Ok(said)), ..) => line(said.clone()).into(),
            (Some(Err(error)), ..) => container(text(error.clone()).size(sizes.body()))
                .padding(10)
                .width(Fill)
                .style(style::caution_box)
                .into(),
            (None, false, false) => line(t!("settings-move-env")).style(style::subtle).into(),
            (None, false, true) => line(t!("settings-move-hint")).style(style::subtle).into(),
        }
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        let s = &self.settings;
        let page = column![
            text(t!("settings-title"))
                .size(sizes.title())
                .font(font::BOLD),
            section(t!("settings-sound"), sizes),
            text(self.sound_output.clone())
                .size(sizes.small())
                .style(style::subtle),
            labelled(
                t!(
                    "settings-volume",
                    percent = format!("{:.0}", s.volume * 100.0)
                ),
                slider(0.0..=1.0, s.volume, Message::Volume)
                    .step(0.05)
                    .width(320),
                sizes,
            ),
            toggle(t!("settings-mute"), s.muted, Message::Muted, sizes),
            toggle(t!("settings-voice"), s.voice, Message::Voice, sizes),
            toggle(
                t!("settings-beeps"),
                s.countdown_beeps,
                Message::CountdownBeeps,
                sizes
            ),
            toggle(
                t!("settings-breath-tone"),
                s.breath_tone,
                Message::BreathTone,
                sizes
            ),
            section(t!("settings-sessions"), sizes),
            toggle(
                t!("settings-own-get-ready"),
                s.get_ready_seconds.is_none(),
                Message::OwnGetReady,
                sizes
            ),
        ]
        .push(s.get_ready_seconds.map(|seconds| {
            labelled(
                t!("settings-get-ready", seconds = seconds),
                slider(3..=60, seconds, Message::GetReady).width(320),
                sizes,
            )
        }))
        .push(section(t!("settings-looks"), sizes))
        .push(labelled(
            t!("settings-language"),
            pick_list(
                LanguageChoice::all(),
                Some(LanguageChoice(s.lang())),
                Message::Language,
            )
            .text_size(sizes.body())
            .style(style::picker),
            sizes,
        ))
        .push(labelled(
            t!("settings-theme"),
            pick_list(ThemeChoice::ALL, Some(s.theme), Message::Theme)
                .text_size(sizes.body())
                .style(style::picker),
            sizes,
        ))
        .push(toggle(
            t!("settings-reduce-motion"),
            s.reduce_motion,
            Message::ReduceMotion,
            sizes,
        ))
        .push(labelled(
            t!("settings-text-size", percent = s.text_scale),
            slider(100..=200, s.text_scale, Message::TextScale)
                .step(10u16)
                .width(320),
            sizes,
        ))
        .push(section(t!("settings-your-data"), sizes))
        .push(
            row![
                text(self.data_dir.clone()).size(sizes.body()).width(Fill),
                button(text(t!("settings-open-folder")).size(sizes.body()))
                    .style(style::secondary_button)
                    .padding([8, 16])
                    .on_press(Message::OpenDataFolder),
                button(text(t!("settings-move-to")).size(sizes.body()))
                    .style(style::secondary_button)
                    .padding([8, 16])
                    .on_press_maybe((self.can_move && !self.moving).then_some(Message::MoveData)),
            ]
            .spacing(12)
            .align_y(Alignment::Center)
            .wrap()
            .vertical_spacing(8),
        )
        .push(self.move_status(sizes))
        .push(section(t!("settings-safety"), sizes))
        .push(
            button(text(t!("settings-read-safety")).size(sizes.body()))
                .style(style::secondary_button)
                .padding([8, 16])
                .on_press(Message::ShowSafety),
        )
        .spacing(14)
        .padding(style::PAGE_PADDING)
        .max_width(style::PAGE_WIDTH);
        scrollable(container(page).center_x(Fill))
            .height(Fill)
            .into()
    }
}

fn section(title: String, sizes: Sizes) -> Element<'static, Message> {
    text(title).size(sizes.heading()).font(font::BOLD).into()
}

fn labelled<'a>(
    label: String,
    control: impl Into<Element<'a, Message>>,
    sizes: Sizes,
) -> Element<'a, Message> {
    row![text(label).size(sizes.body()).width(360), control.into()]
        .spacing(16)
        .align_y(Alignment::Center)
        .into()
}

fn toggle<'a>(
    label: String,
    on: bool,
    message: fn(bool) -> Message,
    sizes: Sizes,
) -> Element<'a, Message> {
    toggler(on)
        .label(label)
        .text_size(sizes.body())
        .size(sizes.body() * 1.3)
        .style(style::switch)
        .on_toggle(message)
        .into()
}

/// The Language setting: a language, or the system's (None).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LanguageChoice(pub Option<Lang>);

impl LanguageChoice {
    /// The system's, then every language Posewise speaks.
    fn all() -> Vec<LanguageChoice> {
        std::iter::once(None)
            .chain(Lang::SPOKEN.map(Some))
            .map(LanguageChoice)
            .collect()
    }
}

impl fmt::Display for LanguageChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            // Each language in its own words, so that anyone finds theirs.
            Some(lang) => f.write_str(lang.native_name()),
            None => f.write_str(&t!("settings-language-system")),
        }
    }
}
