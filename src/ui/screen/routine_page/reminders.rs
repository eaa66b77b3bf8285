//! The "Reminders" card of a routine's page: on or off, the times of day
//! and the days of the week. Every valid change is handed up to be saved at
//! once; a time being typed that is not a time yet is marked, not saved.

use crate::core::reminder::{ClockTime, Days, MAX_TIMES, Reminder};
use crate::core::t;
use crate::ui::font;
use crate::ui::style::{self, Sizes};
use chrono::Weekday;
use iced::widget::{button, column, container, mouse_area, row, text, text_input, toggler};
use iced::{Alignment, Element, Fill};

#[derive(Debug, Clone)]
pub enum Message {
    Toggle(bool),
    Time(usize, String),
    RemoveTime(usize),
    AddTime,
    Day(Weekday, bool),
}

pub struct ReminderForm {
    reminder: Reminder,
    /// What is typed in each time field, in the order shown.
    typed: Vec<String>,
    /// How the reminder check runs, once known.
    pub scheduling: Option<String>,
}

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

impl ReminderForm {
    pub fn new(reminder: Reminder) -> ReminderForm {
        let typed = reminder.times.iter().map(ToString::to_string).collect();
        ReminderForm {
            reminder,
            typed,
            scheduling: None,
        }
    }

    pub fn reminder(&self) -> &Reminder {
        &self.reminder
    }

    /// The reminder to save, when `message` changed it.
    pub fn update(&mut self, message: Message) -> Option<Reminder> {
        match message {
            Message::Toggle(on) => self.reminder.on = on,
            Message::Day(day, on) => self.reminder.days = self.reminder.days.with(day, on),
            Message::Time(index, typed) => {
                let slot = self.typed.get_mut(index)?;
                *slot = typed;
                self.times_from_typed()?;
            }
            Message::RemoveTime(index) => {
                if index < self.typed.len() {
                    let _ = self.typed.remove(index);
                }
                self.times_from_typed()?;
            }
            Message::AddTime => {
                if self.typed.len() >= MAX_TIMES {
                    return None;
                }
                let next = self
                    .reminder
                    .times
                    .iter()
                    .max()
                    .and_then(|last| ClockTime::new(u32::from(last.minutes() / 60) + 2, 0))
                    .or(ClockTime::new(12, 0))?;
                self.typed.push(next.to_string());
                self.times_from_typed()?;
            }
        }
        Some(self.reminder.clone().normalised())
    }

    /// Takes the times from the fields; `None` while one is not a time.
    fn times_from_typed(&mut self) -> Option<()> {
        let times: Result<Vec<ClockTime>, String> =
            self.typed.iter().map(|t| ClockTime::parse(t)).collect();
        self.reminder.times = times.ok()?;
        Some(())
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        // The label is its own text, so that clicking it toggles too.
        let on = self.reminder.on;
        let switch = row![
            toggler(on)
                .size(sizes.body() * 1.3)
                .style(style::switch)
                .on_toggle(Message::Toggle),
            mouse_area(text(t!("reminders-remind-me-at-these")).size(sizes.body()))
                .on_press(Message::Toggle(!on)),
        ]
        .spacing(10)
        .align_y(Alignment::Center);
        let mut times = row![text(t!("reminders-at")).size(sizes.body())]
            .spacing(8)
            .align_y(Alignment::Center);
        let mut problems = Vec::new();
        for (index, typed) in self.typed.iter().enumerate() {
            let invalid = match ClockTime::parse(typed) {
                Ok(_) => false,
                Err(problem) => {
                    problems.push(problem);
                    true
                }
            };
            times = times.push(
                text_input("18:00", typed)
                    .id(format!("reminder-time-{}", index + 1))
                    .on_input(move |t| Message::Time(index, t))
                    .size(sizes.body())
                    .padding(6)
                    .width(sizes.body() * 4.5)
                    .style(style::field(invalid)),
            );
            times = times.push(
                button(text(t!("reminders-remove")).size(sizes.small()))
                    .style(style::secondary_button)
                    .padding([6, 12])
                    .on_press(Message::RemoveTime(index)),
            );
        }
        if self.typed.len() < MAX_TIMES {
            times = times.push(
                button(text(t!("reminders-add-a-time")).size(sizes.small()))
                    .style(style::secondary_button)
                    .padding([6, 12])
                    .on_press(Message::AddTime),
            );
        }
        let mut days = row![text(t!("reminders-on")).size(sizes.body())]
            .spacing(6)
            .align_y(Alignment::Center);
        // With reminders off no day reads as chosen: the chips rest,
        // and the days chosen come back with the switch.
        for day in WEEK {
            let label = crate::core::dates::weekday_short(day);
            let chosen = self.reminder.days.contains(day);
            days = days.push(
                button(text(label).size(sizes.small()))
                    .padding([6, 12])
                    .style(style::choice_button(chosen && on))
                    .on_press_maybe(on.then_some(Message::Day(day, !chosen))),
            );
        }
        let mut card = column![
            text(t!("reminders-reminders"))
                .size(sizes.heading())
                .font(font::BOLD),
            switch,
            times.wrap().vertical_spacing(8),
            days.wrap().vertical_spacing(8),
        ]
        .spacing(10);
        for problem in problems {
            card = card.push(text(problem).size(sizes.small()).style(style::warning_text));
        }
        if self.reminder.days == Days::NONE {
            card = card.push(
                text(t!("reminders-pick-at-least-one"))
                    .size(sizes.small())
                    .style(style::warning_text),
            );
        }
        if self.typed.is_empty() {
            card = card.push(
                text(t!("reminders-add-a-time-or"))
                    .size(sizes.small())
                    .style(style::warning_text),
            );
        }
        let explain = match (&self.scheduling, self.reminder.on) {
            (Some(how), true) => how.clone(),
            (_, true) => t!("reminders-explain-on"),
            (_, false) => t!("reminders-explain-off"),
        };
        card = card.push(text(explain).size(sizes.small()).style(style::subtle));
        container(card)
            .padding(16)
            .width(Fill)
            .style(style::card)
            .into()
    }
}
