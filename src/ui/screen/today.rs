//! The start screen: the routine to do now, one big Start button, how the
//! week is going, and a session to resume if one was cut short.

use crate::core::duration::short_duration;
use crate::core::t;
use crate::core::today::{ProgrammeWeek, Today};
use crate::ui::font;
use crate::ui::keys::Hotkey;
use crate::ui::page::Page;
use crate::ui::style::{self, Sizes};
use iced::widget::{button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Fill};
use std::time::Duration;

#[derive(Debug, Clone)]
pub enum Message {
    Start(String),
    Open(String),
    Resume,
    DiscardResume,
    ShowRoutines,
    Go(Page),
    NewRoutine,
}

/// A session that was cut short, as Today offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interrupted {
    pub title: String,
    /// "at 3:20 of 9:50, 14:05 on 27 Nov".
    pub when: String,
}

/// A reminder time that passed today without a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    pub key: String,
    pub title: String,
    /// "18:00".
    pub time: String,
}

pub struct TodayScreen {
    today: Today,
    date: String,
    interrupted: Option<Interrupted>,
    reminders: Vec<DueReminder>,
}

impl TodayScreen {
    pub fn new(today: Today, date: String, interrupted: Option<Interrupted>) -> TodayScreen {
        TodayScreen {
            today,
            date,
            interrupted,
            reminders: Vec::new(),
        }
    }

    /// The reminder times owed today, shown above everything else.
    pub fn with_reminders(mut self, reminders: Vec<DueReminder>) -> TodayScreen {
        self.reminders = reminders;
        self
    }

    pub fn hotkey(&self, key: Hotkey) -> Option<Message> {
        match key {
            Hotkey::Enter if self.interrupted.is_some() => Some(Message::Resume),
            Hotkey::Enter => self.next_key().map(Message::Start),
            _ => None,
        }
    }

    fn next_key(&self) -> Option<String> {
        let next = self.today.routines.get(self.today.next?)?;
        Some(next.key.clone())
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        let mut page = column![
            text(t!("today-title")).size(sizes.title()).font(font::BOLD),
            text(self.date.clone())
                .size(sizes.body())
                .style(style::subtle),
        ]
        .spacing(16)
        .padding(style::PAGE_PADDING)
        .max_width(style::PAGE_WIDTH);
        if let Some(interrupted) = &self.interrupted {
            page = page.push(resume_card(interrupted, sizes));
        }
        if !self.reminders.is_empty() {
            page = page.push(reminders_card(&self.reminders, sizes));
        }
        page = page.push(self.start_card(sizes));
        if let Some(warning) = &self.today.warning {
            page = page.push(
                container(text(warning.clone()).size(sizes.body()))
                    .padding(16)
                    .width(Fill)
                    .style(style::caution_box),
            );
        }
        page = page.push(self.others(sizes));
        page = page.push(links(sizes));
        scrollable(container(page).center_x(Fill))
            .height(Fill)
            .into()
    }

    fn start_card(&self, sizes: Sizes) -> Element<'_, Message> {
        let Some(next) = self.today.next.and_then(|i| self.today.routines.get(i)) else {
            return container(
                column![
                    text(t!("today-no-routine")).size(sizes.heading()),
                    button(text(t!("today-choose-routine")).size(sizes.body()))
                        .style(style::primary_button)
                        .padding([10, 20])
                        .on_press(Message::ShowRoutines),
                ]
                .spacing(12),
            )
            .padding(24)
            .width(Fill)
            .style(style::card)
            .into();
        };
        let label = t!(
            "today-start",
            title = next.title.as_str(),
            length = short_duration(Duration::from_millis(next.duration_ms))
        );
        let start = button(text(label).size(sizes.heading()).font(font::BOLD))
            .padding([18, 28])
            .style(style::primary_button)
            .on_press(Message::Start(next.key.clone()));
        let facts = row![
            text(next.status.clone()).size(sizes.body()),
            text(streak_text(self.today.streak)).size(sizes.body()),
            text(pain_text(self.today.last_pain)).size(sizes.body()),
        ]
        .spacing(28)
        .wrap()
        .vertical_spacing(6);
        let mut card = column![start].spacing(14);
        if let Some(programme) = &next.programme {
            card = card.push(programme_week(programme, sizes));
        }
        container(
            card.push(facts).push(
                text(t!("today-enter-starts"))
                    .size(sizes.small())
                    .style(style::subtle),
            ),
        )
        .padding(24)
        .width(Fill)
        .style(style::card)
        .into()
    }

    fn others(&self, sizes: Sizes) -> Element<'_, Message> {
        let mut list = column![text(t!("today-your-routines")).size(sizes.heading())].spacing(8);
        for (index, routine) in self.today.routines.iter().enumerate() {
            if Some(index) == self.today.next {
                continue;
            }
            let mut about = column![
                text(routine.title.clone()).size(sizes.body()),
                text(
                    [
                        short_duration(Duration::from_millis(routine.duration_ms)),
                        routine.status.clone(),
                    ]
                    .into_iter()
                    .chain(routine.programme.as_ref().map(week_label))
                    .collect::<Vec<_>>()
                    .join(" · ")
                )
                .size(sizes.small())
                .style(style::subtle),
            ];
            if let Some(programme) = &routine.programme {
                let week = &programme.week;
                let lines = match week.complete {
                    true => vec![t!("plan-programme-complete", weeks = week.of)],
                    false => programme.changes.clone(),
                };
                for line in lines {
                    about = about.push(text(line).size(sizes.small()));
                }
            }
            let line = row![
                about.width(Fill),
                button(text(t!("today-open")).size(sizes.body()))
                    .style(style::secondary_button)
                    .on_press(Message::Open(routine.key.clone())),
                // One filled button on the page: the one Enter presses.
                button(text(t!("today-start-short")).size(sizes.body()))
                    .style(style::secondary_button)
                    .on_press(Message::Start(routine.key.clone())),
            ]
            .spacing(8)
            .align_y(Alignment::Center);
            list = list.push(container(line).padding(12).style(style::card));
        }
        list.into()
    }
}

/// "Week 3 of 6", or "Programme complete" after its last week.
fn week_label(programme: &ProgrammeWeek) -> String {
    let week = &programme.week;
    match week.complete {
        true => t!("today-programme-complete-title"),
        false => t!("plan-week", week = week.number, weeks = week.of),
    }
}

/// "Week 3 of 6 · Child's Pose: hold 30 s (was 20 s)", or that the
/// programme is over and what to do next.
fn programme_week(programme: &ProgrammeWeek, sizes: Sizes) -> Element<'_, Message> {
    let week = &programme.week;
    let heading = week_label(programme);
    if week.complete {
        return container(
            column![
                text(heading).size(sizes.body()).font(font::BOLD),
                text(t!("plan-programme-complete", weeks = week.of)).size(sizes.body()),
            ]
            .spacing(4),
        )
        .padding(12)
        .width(Fill)
        .style(style::caution_box)
        .into();
    }
    let mut lines = column![].spacing(2);
    match programme.changes.split_first() {
        None => lines = lines.push(text(heading).size(sizes.body()).font(font::BOLD)),
        Some((first, rest)) => {
            lines = lines.push(
                text(format!("{heading} · {first}"))
                    .size(sizes.body())
                    .font(font::BOLD),
            );
            for change in rest {
                lines = lines.push(text(change.clone()).size(sizes.body()));
            }
        }
    }
    lines.into()
}

/// The way to the other pages from the day's plan.
fn links(sizes: Sizes) -> Element<'static, Message> {
    let link = |label: String, message: Message| {
        button(text(label).size(sizes.body()))
            .style(style::secondary_button)
            .padding([8, 16])
            .on_press(message)
    };
    row![
        link(t!("today-see-history"), Message::Go(Page::History)),
        link(t!("today-browse-poses"), Message::Go(Page::Poses)),
        link(t!("today-new-routine"), Message::NewRoutine),
    ]
    .spacing(10)
    .wrap()
    .vertical_spacing(8)
    .into()
}

fn reminders_card(due: &[DueReminder], sizes: Sizes) -> Element<'_, Message> {
    let mut card = column![
        text(t!("today-due-now"))
            .size(sizes.heading())
            .font(font::BOLD)
    ]
    .spacing(8);
    for reminder in due {
        card = card.push(
            row![
                text(t!(
                    "today-due-at",
                    title = reminder.title.as_str(),
                    time = reminder.time.as_str()
                ))
                .size(sizes.body())
                .width(Fill),
                button(text(t!("today-start-short")).size(sizes.body()))
                    .style(style::primary_button)
                    .padding([8, 18])
                    .on_press(Message::Start(reminder.key.clone())),
            ]
            .spacing(12)
            .align_y(Alignment::Center),
        );
    }
    container(card)
        .padding(16)
        .width(Fill)
        .style(style::caution_box)
        .into()
}

fn resume_card(interrupted: &Interrupted, sizes: Sizes) -> Element<'_, Message> {
    container(
        column![
            text(t!(
                "today-interrupted-title",
                title = interrupted.title.as_str()
            ))
            .size(sizes.heading()),
            text(interrupted.when.clone()).size(sizes.body()),
            row![
                button(text(t!("today-resume")).size(sizes.body()))
                    .style(style::primary_button)
                    .padding([10, 20])
                    .on_press(Message::Resume),
                button(text(t!("today-discard")).size(sizes.body()))
                    .style(style::secondary_button)
                    .padding([10, 20])
                    .on_press(Message::DiscardResume),
            ]
            .spacing(12),
        ]
        .spacing(10),
    )
    .padding(20)
    .width(Fill)
    .style(style::caution_box)
    .into()
}

fn streak_text(days: u32) -> String {
    match days {
        0 => t!("today-no-streak"),
        n => t!("today-streak", days = n),
    }
}

fn pain_text(last: Option<(u8, u8)>) -> String {
    match last {
        Some((before, after)) => t!("today-last-pain", before = before, after = after),
        None => t!("today-no-pain"),
    }
}
