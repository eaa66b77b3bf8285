//! The History screen laid out: filters and "Save report…" at the top,
//! then the calendar and adherence, pain, minutes, and the sessions list.

use super::model::{Range, Row};
use super::{HistoryScreen, Message, Saved};
use crate::core::history::axis;
use crate::core::t;
use crate::ui::font;
use crate::ui::style::{self, Sizes};
use iced::widget::{
    Column, button, column, container, pick_list, row, rule, scrollable, space, text,
};
use iced::{Alignment, Element, Fill};

pub fn page(screen: &HistoryScreen, sizes: Sizes) -> Element<'_, Message> {
    let mut page = column![header(screen, sizes)]
        .spacing(18)
        .padding(style::PAGE_PADDING)
        .max_width(style::PAGE_WIDTH);
    if screen.records.is_empty() {
        page = page.push(empty(sizes));
    } else {
        page = page.extend([
            filters(screen, sizes),
            text(screen.selection.headline.clone())
                .size(sizes.body())
                .into(),
        ]);
        if let Some(saved) = &screen.saved {
            page = page.push(saved_line(saved, sizes));
        }
        if let Some(warning) = &screen.selection.warning {
            page = page.push(
                container(text(warning.clone()).size(sizes.body()))
                    .padding(16)
                    .width(Fill)
                    .style(style::caution_box),
            );
        }
        page = page.extend([
            calendar(screen, sizes),
            pain(screen, sizes),
            minutes(screen, sizes),
            sessions(screen, sizes),
        ]);
    }
    scrollable(container(page).center_x(Fill))
        .height(Fill)
        .into()
}

fn header(screen: &HistoryScreen, sizes: Sizes) -> Element<'_, Message> {
    let save = button(
        row![
            text(t!("history-save-report")).size(sizes.body()),
            text(t!("key-ctrl-s")).size(sizes.small()),
        ]
        .spacing(8)
        .align_y(Alignment::Center),
    )
    .padding([8, 16])
    .style(style::secondary_button)
    .on_press_maybe((!screen.records.is_empty()).then_some(Message::SaveReport));
    row![
        text(t!("history-title"))
            .size(sizes.title())
            .font(font::BOLD),
        space::horizontal(),
        save,
    ]
    .align_y(Alignment::Center)
    .into()
}

fn filters(screen: &HistoryScreen, sizes: Sizes) -> Element<'_, Message> {
    let routine = pick_list(
        screen.choices.as_slice(),
        Some(&screen.choice),
        Message::RoutinePicked,
    )
    .text_size(sizes.body())
    .padding([6, 12])
    .style(style::picker);
    let range = pick_list(Range::ALL, Some(screen.range), Message::RangePicked)
        .text_size(sizes.body())
        .padding([6, 12])
        .style(style::picker);
    row![text(t!("history-show")).size(sizes.body()), routine, range]
        .spacing(12)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(8)
        .into()
}

fn empty(sizes: Sizes) -> Element<'static, Message> {
    card(
        column![
            text(t!("history-empty")).size(sizes.body()),
            button(text(t!("history-go-today")).size(sizes.body()))
                .padding([10, 20])
                .style(style::primary_button)
                .on_press(Message::GoToday),
        ]
        .spacing(14),
    )
}

fn saved_line(saved: &Saved, sizes: Sizes) -> Element<'_, Message> {
    match saved {
        Saved::Done(words) => text(words.clone()).size(sizes.body()).into(),
        Saved::Failed(words) => container(text(words.clone()).size(sizes.body()))
            .padding(12)
            .width(Fill)
            .style(style::caution_box)
            .into(),
    }
}

fn card<'a>(content: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    container(content)
        .padding(20)
        .width(Fill)
        .style(style::card)
        .into()
}

fn heading(words: String, sizes: Sizes) -> Element<'static, Message> {
    text(words).size(sizes.heading()).font(font::BOLD).into()
}

fn calendar(screen: &HistoryScreen, sizes: Sizes) -> Element<'_, Message> {
    let grid = &screen.selection.calendar;
    let facts = t!(
        "history-calendar-facts",
        days = grid.active_days,
        minutes = grid.minutes
    );
    let adherence = Column::with_children(
        screen
            .selection
            .adherence
            .iter()
            .map(|line| text(line.clone()).size(sizes.body()).into()),
    )
    .spacing(8);
    let side = column![heading(t!("history-adherence-title"), sizes), adherence]
        .spacing(10)
        .width(Fill);
    let grid = screen.heat_map.view(sizes);
    // Side by side while the adherence lines still fit beside the grid.
    let body: Element<'_, Message> = if sizes.scale() > 1.4 {
        column![grid, side].spacing(20).into()
    } else {
        row![grid, side].spacing(32).into()
    };
    card(
        column![
            heading(t!("range-weeks", weeks = 12), sizes),
            text(facts).size(sizes.small()).style(style::subtle),
            body,
        ]
        .spacing(10),
    )
}

fn pain(screen: &HistoryScreen, sizes: Sizes) -> Element<'_, Message> {
    let mut content = column![
        heading(t!("history-pain-title"), sizes),
        text(screen.selection.pain_headline.clone()).size(sizes.body()),
    ]
    .spacing(10);
    if !screen.selection.pain.is_empty() {
        content = content.push(screen.pain.view(sizes));
        let mut notes = Vec::new();
        if screen.selection.pain.len() < screen.selection.summary.pain.len() {
            notes.push(t!("history-pain-weekly"));
        }
        if screen.selection.pain.iter().any(axis::rose) {
            notes.push(t!("history-pain-ring"));
        }
        for note in notes {
            content = content.push(text(note).size(sizes.small()).style(style::subtle));
        }
    }
    card(content)
}

fn minutes(screen: &HistoryScreen, sizes: Sizes) -> Element<'_, Message> {
    card(
        column![
            heading(t!("history-minutes-title"), sizes),
            text(t!("history-minutes-note"))
                .size(sizes.small())
                .style(style::subtle),
            screen.minutes.view(sizes),
        ]
        .spacing(10),
    )
}

fn sessions(screen: &HistoryScreen, sizes: Sizes) -> Element<'_, Message> {
    let selection = &screen.selection;
    let mut list = column![heading(t!("history-sessions"), sizes)].spacing(12);
    if selection.rows.is_empty() {
        list = list.push(text(t!("history-no-match")).size(sizes.body()));
    }
    for (i, line) in selection.rows.iter().enumerate() {
        if i > 0 {
            list = list.push(rule::horizontal(1));
        }
        list = list.push(session_row(line, sizes));
    }
    if selection.earlier > 0 {
        list = list.push(
            text(t!("history-earlier", count = selection.earlier))
                .size(sizes.body())
                .style(style::subtle),
        );
    }
    card(list)
}

fn session_row(line: &Row, sizes: Sizes) -> Element<'_, Message> {
    let mut entry = column![
        row![
            text(line.when.clone())
                .size(sizes.small())
                .style(style::subtle),
            text(line.routine.clone())
                .size(sizes.body())
                .font(font::BOLD),
        ]
        .spacing(14)
        .align_y(Alignment::Center)
        .wrap(),
        text(line.facts.clone()).size(sizes.body()),
    ]
    .spacing(4);
    if let Some(note) = &line.note {
        entry = entry.push(
            text(format!("“{note}”"))
                .size(sizes.body())
                .style(style::subtle),
        );
    }
    entry.into()
}
