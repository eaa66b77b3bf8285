//! What frames every screen: the bar with the pages, notices, and the
//! safety notice laid over everything when it is open.

use super::{App, Message, Page, Screen};
use crate::core::safety;
use crate::core::t;
use crate::ui::font;
use crate::ui::style::{self, Sizes};
use iced::widget::{
    button, center, column, container, opaque, row, scrollable, space, stack, text,
};
use iced::{Alignment, Element, Fill};

pub fn view(app: &App) -> Element<'_, Message> {
    let sizes = app.sizes();
    let body: Element<'_, Message> = match &app.screen {
        Screen::Today(s) => s.view(sizes).map(Message::Today),
        Screen::Routines(s) => s.view(sizes).map(Message::Routines),
        Screen::Routine(s) => s.view(sizes).map(Message::Routine),
        Screen::Poses(s) => s.view(sizes).map(Message::Poses),
        Screen::Pose(s) => s.view(sizes).map(Message::Pose),
        Screen::Editor(s) => s.view(sizes).map(Message::Editor),
        Screen::History(s) => s.view(sizes).map(Message::History),
        Screen::Runner(s) => s.view(sizes).map(Message::Runner),
        Screen::Summary(s) => s.view(sizes).map(Message::Summary),
        Screen::Settings(s) => s.view(sizes).map(Message::Settings),
    };
    let in_session = matches!(app.screen, Screen::Runner(_) | Screen::Summary(_));
    let mut page = column![];
    if !in_session {
        page = page.push(bar(current(&app.screen), sizes));
    }
    for (index, notice) in app.notices.iter().enumerate() {
        page = page.push(notice_line(index, notice, sizes));
    }
    // No background of its own: the window's (`App::style`) shows through,
    // so a small change is not redrawn across a window-sized quad.
    let page = container(page.push(body)).width(Fill).height(Fill);
    if app.safety_open {
        stack![
            page,
            safety_notice(app.settings.welcome_acknowledged, sizes)
        ]
        .into()
    } else {
        page.into()
    }
}

fn current(screen: &Screen) -> Option<Page> {
    match screen {
        Screen::Today(_) => Some(Page::Today),
        Screen::Routines(_) | Screen::Routine(_) | Screen::Editor(_) => Some(Page::Routines),
        Screen::Poses(_) | Screen::Pose(_) => Some(Page::Poses),
        Screen::History(_) => Some(Page::History),
        Screen::Settings(_) => Some(Page::Settings),
        Screen::Runner(_) | Screen::Summary(_) => None,
    }
}

fn bar(current: Option<Page>, sizes: Sizes) -> Element<'static, Message> {
    // At large text the shortcuts (in F1's help) and the app's name give
    // way to the pages; in a language with long words the bar wraps to a
    // second row rather than push Safety out of the window.
    let large = sizes.scale() > 1.5;
    let label = move |name: String, key: String| {
        let mut label = row![text(name).size(sizes.body())]
            .spacing(8)
            .align_y(Alignment::Center);
        if !large {
            label = label.push(text(key).size(sizes.small()));
        }
        label
    };
    let padding = if large { [6, 10] } else { [8, 16] };
    let tab = |name: String, key: String, page: Page| {
        button(label(name, key))
            .padding(padding)
            .style(style::choice_button(current == Some(page)))
            .on_press(Message::Go(page))
    };
    let mut line = row![].spacing(8).align_y(Alignment::Center);
    if !large {
        line = line.extend([
            text("Posewise")
                .size(sizes.heading())
                .font(font::BOLD)
                .into(),
            space::horizontal().width(24).into(),
        ]);
    }
    let pages = line
        .extend([
            tab(t!("tab-today"), t!("key-ctrl", n = 1), Page::Today).into(),
            tab(t!("tab-routines"), t!("key-ctrl", n = 2), Page::Routines).into(),
            tab(t!("tab-poses"), t!("key-ctrl", n = 3), Page::Poses).into(),
            tab(t!("tab-history"), t!("key-ctrl", n = 4), Page::History).into(),
            tab(t!("tab-settings"), t!("key-ctrl", n = 5), Page::Settings).into(),
        ])
        .wrap()
        .vertical_spacing(8);
    let safety = button(label(t!("tab-safety"), "F1".to_owned()))
        .padding(padding)
        .style(style::secondary_button)
        .on_press(Message::ShowSafety);
    container(
        row![container(pages).width(Fill), safety]
            .spacing(8)
            .align_y(Alignment::Start),
    )
    .padding([10, 24])
    .width(Fill)
    .style(style::card)
    .into()
}

fn notice_line(index: usize, notice: &str, sizes: Sizes) -> Element<'_, Message> {
    container(
        row![
            text(notice).size(sizes.small()).width(Fill),
            button(text(t!("notice-dismiss")).size(sizes.small()))
                .style(style::secondary_button)
                .on_press(Message::DismissNotice(index)),
        ]
        .spacing(12)
        .align_y(Alignment::Center),
    )
    .padding([8, 24])
    .width(Fill)
    .style(style::caution_box)
    .into()
}

/// The first-run notice (and F1 later): no medical advice, and the warning
/// signs that need urgent care instead of exercise.
/// One level of warning signs in its box: its plain heading, what to do,
/// and the signs.
fn red_flag_level(
    heading: String,
    intro: String,
    signs: &'static [String],
    sizes: Sizes,
) -> Element<'static, Message> {
    let signs = signs
        .iter()
        .map(|sign| text(format!("•  {sign}")).size(sizes.body()).into());
    container(
        column![
            text(heading).size(sizes.heading()).font(font::BOLD),
            text(intro).size(sizes.body()),
        ]
        .extend(signs)
        .spacing(8),
    )
    .padding(16)
    .width(Fill)
    .style(style::caution_box)
    .into()
}

fn safety_notice(acknowledged: bool, sizes: Sizes) -> Element<'static, Message> {
    let label = if acknowledged {
        t!("safety-close")
    } else {
        t!("safety-understood")
    };
    let card = container(
        column![
            text(t!("safety-before-you-start"))
                .size(sizes.title())
                .font(font::BOLD),
            text(safety::not_advice()).size(sizes.body()),
            text(safety::red_flags_intro())
                .size(sizes.body())
                .font(font::BOLD),
        ]
        .extend(
            safety::red_flag_levels()
                .map(|(heading, intro, signs)| red_flag_level(heading, intro, signs, sizes)),
        )
        .push(text(safety::outlook()).size(sizes.body()))
        .push(
            text(t!("safety-keys"))
                .size(sizes.body())
                .style(style::subtle),
        )
        .push(
            row![
                button(text(label).size(sizes.body()))
                    .style(style::primary_button)
                    .padding([10, 24])
                    .on_press(Message::AcknowledgeSafety),
                text(t!("key-enter"))
                    .size(sizes.small())
                    .style(style::subtle),
            ]
            .spacing(12)
            .align_y(Alignment::Center),
        )
        .spacing(16)
        .max_width(760),
    )
    .padding(28)
    .style(style::dialog);
    opaque(center(scrollable(card)).padding(24).style(style::scrim))
}
