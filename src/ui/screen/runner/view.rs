//! How the runner looks: one big clock in a ring (or the breathing pacer),
//! the pose picture on the left, the controls in one row at the bottom.

use super::{Dialog, Message, Runner};
use crate::core::board::Board;
use crate::core::plan::{SegmentKind, Side};
use crate::core::session::{Control, MAX_PAIN};
use crate::core::t;
use crate::ui::font;
use crate::ui::style::{self, Phase, Sizes};
use crate::ui::widget::countdown::{self, countdown};
use crate::ui::widget::{pacer::Pacer, picture::picture_facing, ring::Ring};
use iced::widget::{
    button, canvas, center, column, container, opaque, progress_bar, responsive, row, scrollable,
    stack, text,
};
use iced::{Alignment, Color, Element, Fill, Shrink};

impl Runner {
    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        let mut page = column![
            self.header(sizes),
            row![
                scrollable(self.pose_column(sizes))
                    .direction(scrollable::Direction::Vertical(
                        scrollable::Scrollbar::new()
                            .width(10)
                            .scroller_width(10)
                            .spacing(12),
                    ))
                    .style(style::scroll)
                    .width(Fill),
                self.clock_column(sizes)
            ]
            .spacing(32)
            .height(Fill)
            .align_y(Alignment::Center),
        ]
        .spacing(16);
        let large = sizes.scale() > 1.5;
        if self.is_first_get_ready() {
            page = page.push(self.pain_before_row(sizes));
        }
        // At large text the first get-ready's pain question takes the
        // room of what comes next.
        let page = if large && self.is_first_get_ready() && self.notice.is_none() {
            page
        } else {
            page.push(self.footer(sizes))
        };
        // Hidden after a while without input, so the ring can grow; any key
        // or pointer move brings them back, and Space works all the same.
        let page = if self.controls_hidden() {
            page.push(
                text(t!("runner-controls-hidden"))
                    .size(sizes.small())
                    .style(style::subtle),
            )
        } else {
            page.push(self.controls(sizes))
        };
        let screen = container(page).padding(24).width(Fill).height(Fill);
        match self.dialog {
            None => screen.into(),
            Some(dialog) => stack![screen, self.dialog_view(dialog, sizes)].into(),
        }
    }

    fn is_first_get_ready(&self) -> bool {
        self.board.step_index == 0 && self.board.kind == SegmentKind::GetReady
    }

    /// "Back care · Week 3 of 6 · Step 2 of 5: Bridge".
    fn heading(&self) -> String {
        let week = self
            .session()
            .routine()
            .week
            .map(|week| t!("plan-week", week = week.number, weeks = week.of));
        [self.title().to_string()]
            .into_iter()
            .chain(week)
            .chain([self.board.step.clone()])
            .collect::<Vec<_>>()
            .join(" · ")
    }

    fn header(&self, sizes: Sizes) -> Element<'_, Message> {
        let board = &self.board;
        // The title gives way (it wraps) before the time left does.
        row![
            text(self.heading()).size(sizes.body()).width(Fill),
            progress_bar(0.0..=1.0, board.progress)
                .length(220)
                .girth(10),
            time_left(&board.left, sizes),
        ]
        .spacing(12)
        .align_y(Alignment::Center)
        .into()
    }

    fn pose_column(&self, sizes: Sizes) -> Element<'_, Message> {
        let board = &self.board;
        let mut column = column![
            picture_facing(
                &board.pose,
                picture_size(board.kind, sizes),
                board.picture_side == Some(Side::Right),
            ),
            text(board.name.clone())
                .size(sizes.title().min(42.0))
                .font(font::BOLD),
        ]
        .spacing(12)
        .width(Fill);
        if let Some(coming) = board.coming.clone() {
            column = column.push(text(coming).size(sizes.heading()).font(font::BOLD));
        }
        if let Some(gentle) = self.gentle.as_ref().filter(|_| self.is_first_get_ready()) {
            column = column.push(
                text(gentle.clone())
                    .size(sizes.body())
                    .font(font::BOLD)
                    .style(style::warning_text),
            );
        }
        if board.kind == SegmentKind::GetReady {
            // The set-up line; what to do in the hold is shown as its cue
            // when the hold comes, so the cautions keep their room.
            if let Some(line) = board.instructions.first() {
                column = column.push(text(line.clone()).size(sizes.body()));
            }
            if !board.cautions.is_empty() || !board.avoid_if.is_empty() {
                column = column.push(take_care(board, sizes));
            }
        } else if let Some(line) = &board.instruction {
            // The cue of this moment, large enough to read from the mat.
            column = column.push(text(line.clone()).size(sizes.heading()));
        }
        column.into()
    }

    fn clock_column(&self, sizes: Sizes) -> Element<'_, Message> {
        let board = &self.board;
        let phase = Phase::of(board.kind);
        let word = if board.paused {
            t!("runner-paused")
        } else {
            board.phase.clone()
        };
        let badge = container(text(word).size(sizes.phase()).font(font::BOLD))
            .padding([6, 24])
            .style(style::badge(phase));
        let mut column = column![badge, self.dial()]
            .spacing(16)
            .align_x(Alignment::Center)
            .width(Fill)
            .height(Fill);
        // One line, so the ring keeps the height.
        // The open nostril in words, never a lone letter.
        let nostril = board.nostril.map(|side| match side {
            Side::Left => t!("runner-left-nostril"),
            Side::Right => t!("runner-right-nostril"),
        });
        let details: Vec<&str> = [
            board.side.as_deref(),
            board.reps.as_deref(),
            nostril.as_deref(),
            board.breath.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !details.is_empty() {
            // At large text the body size is big enough, and keeps it to
            // one line beside the ring.
            let size = if sizes.scale() > 1.5 {
                sizes.body()
            } else {
                sizes.heading()
            };
            column = column.push(
                text(details.join(" · "))
                    .size(size)
                    .align_x(Alignment::Center),
            );
        }
        if self.is_starting() {
            column = column.push(
                text(t!("runner-sound-starting"))
                    .size(sizes.small())
                    .style(style::subtle),
            );
        }
        column.into()
    }

    /// The ring with the clock, or the pacer while breathing: as large as
    /// the space left for it, with the digits always inside the ring.
    fn dial(&self) -> Element<'_, Message> {
        let board = &self.board;
        let phase = Phase::of(board.kind);
        let clock = board.clock.clone();
        let pacer = board.breath.is_some().then(|| Pacer {
            kind: board.kind,
            fraction: board.fraction,
            colour: phase.colour(),
            outline: Color {
                a: 0.6,
                ..phase.colour()
            },
            seconds: breath_seconds(&board.clock),
            text: style::readable_on(phase.colour()),
            font: font::BOLD,
            still: self.reduce_motion,
        });
        let ring = Ring {
            fraction: board.fraction,
            colour: phase.colour(),
            track: Color {
                a: 0.18,
                ..phase.colour()
            },
        };
        responsive(move |space| {
            // Never more than the space: a squeezed canvas would cut the
            // ring flat and leave the digits outside it.
            let diameter = space.width.min(space.height).min(MAX_DIAL);
            let dial: Element<'_, Message> = match &pacer {
                Some(pacer) => canvas(pacer.clone())
                    .width(diameter)
                    .height(diameter)
                    .into(),
                None => {
                    let size =
                        countdown::size_within(&clock, Ring::inner_radius(diameter)).min(MAX_CLOCK);
                    stack![
                        container(canvas(ring).width(diameter).height(diameter)).id("ring"),
                        center(container(countdown(&clock, size, font::BOLD)).id("countdown"))
                            .width(diameter)
                            .height(diameter),
                    ]
                    .into()
                }
            };
            center(dial).into()
        })
        .into()
    }

    /// What comes next, then the sound notice on a line of its own, in
    /// small type with its Hide button, so that neither squeezes the other
    /// (or the ring) in a long language or at large text.
    fn footer(&self, sizes: Sizes) -> Element<'_, Message> {
        let mut lines = column![].spacing(6);
        if let Some(next) = &self.board.next {
            lines = lines.push(text(next.clone()).size(sizes.heading()));
        }
        if let Some(notice) = &self.notice {
            lines = lines.push(
                row![
                    text(notice.clone())
                        .size(sizes.small())
                        .style(style::warning_text)
                        .width(Fill),
                    button(text(t!("runner-hide")).size(sizes.small()))
                        .style(style::secondary_button)
                        .padding([2, 10])
                        .on_press(Message::DismissNotice),
                ]
                .spacing(12)
                .align_y(Alignment::Center),
            );
        }
        lines.into()
    }

    /// The optional rating before the start; it never holds the session up.
    fn pain_before_row(&self, sizes: Sizes) -> Element<'_, Message> {
        let choices = (0..=MAX_PAIN).map(|pain| {
            button(text(pain).size(sizes.body()))
                .padding([4, 10])
                .style(style::choice_button(self.pain_before == Some(pain)))
                .on_press(Message::PainBefore(pain))
                .into()
        });
        let label = text(t!("runner-pain-before")).size(sizes.body());
        if sizes.scale() > 1.5 {
            // The eleven choices fill a row of their own.
            column![label, row(choices).spacing(6)].spacing(6).into()
        } else {
            row![label]
                .extend(choices)
                .spacing(6)
                .align_y(Alignment::Center)
                .wrap()
                .into()
        }
    }

    fn controls(&self, sizes: Sizes) -> Element<'_, Message> {
        let pause = if self.board.paused {
            t!("runner-continue")
        } else {
            t!("runner-pause")
        };
        let mute = if self.muted {
            t!("runner-sound-on")
        } else {
            t!("runner-mute")
        };
        let hurts_allowed = self.can_mark_hurt();
        let main = row![
            control(
                pause,
                t!("key-space"),
                sizes,
                Some(Message::Control(Control::TogglePause))
            ),
            control(
                t!("runner-back"),
                t!("key-left-arrow"),
                sizes,
                Some(Message::Control(Control::Back))
            ),
            control(
                t!("runner-next"),
                t!("key-right-arrow"),
                sizes,
                Some(Message::Control(Control::Next))
            ),
            button(labelled(t!("runner-hurts"), "H".to_owned(), sizes))
                .style(style::hurts_button)
                .padding([8, 16])
                .on_press_maybe(hurts_allowed.then_some(Message::Hurts)),
        ]
        .push(
            // Large text keeps one row (and the ring its room): the sound
            // stays on M, - and + and in Settings.
            (sizes.scale() <= 1.5).then(|| {
                row![
                    control(mute, "M".to_owned(), sizes, Some(Message::ToggleMute)),
                    control(
                        t!("runner-quieter"),
                        "-".to_owned(),
                        sizes,
                        Some(Message::Volume(-0.1))
                    ),
                    control(
                        t!("runner-louder"),
                        "+".to_owned(),
                        sizes,
                        Some(Message::Volume(0.1))
                    ),
                ]
                .spacing(8)
            }),
        )
        .spacing(8)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(8);
        let stop = button(labelled(t!("runner-stop"), t!("key-esc"), sizes))
            .style(style::secondary_button)
            .padding([8, 16])
            .on_press(Message::AskStop);
        row![container(main).width(Fill), stop]
            .spacing(8)
            .align_y(Alignment::End)
            .into()
    }

    fn dialog_view(&self, dialog: Dialog, sizes: Sizes) -> Element<'_, Message> {
        let card = match dialog {
            Dialog::ConfirmStop => column![
                text(t!("runner-stop-ask"))
                    .size(sizes.title())
                    .font(font::BOLD),
                text(t!("runner-stop-logged")).size(sizes.body()),
                row![
                    button(labelled(t!("runner-stop"), t!("key-enter"), sizes))
                        .style(style::primary_button)
                        .padding([8, 16])
                        .on_press(Message::ConfirmStop),
                    button(labelled(t!("runner-keep-going"), t!("key-esc"), sizes))
                        .style(style::secondary_button)
                        .padding([8, 16])
                        .on_press(Message::KeepGoing),
                ]
                .spacing(12),
            ],
            Dialog::Hurts => column![
                text(t!("runner-hurts-title"))
                    .size(sizes.title())
                    .font(font::BOLD),
                text(t!("runner-hurts-noted")).size(sizes.body()),
            ]
            .push(self.can_ease().then(|| {
                hurt_choice(
                    t!("runner-hurts-easier"),
                    "E".to_owned(),
                    Message::Easier,
                    sizes,
                )
            }))
            .extend([
                hurt_choice(
                    t!("runner-hurts-skip"),
                    t!("key-enter"),
                    Message::SkipPainful,
                    sizes,
                ),
                hurt_choice(
                    t!("runner-hurts-gently"),
                    t!("key-esc"),
                    Message::KeepGoing,
                    sizes,
                ),
                hurt_choice(
                    t!("runner-hurts-stop"),
                    "S".to_owned(),
                    Message::StopAfterHurt,
                    sizes,
                ),
            ]),
        };
        let card = container(card.spacing(14))
            .max_width(620)
            .padding(24)
            .style(style::dialog);
        // At large text in a small window the card may be taller than it.
        let dialog = scrollable(container(card).center_x(Fill)).height(Shrink);
        opaque(center(dialog).padding(16).style(style::scrim))
    }
}

/// One of the big choices after "this hurts": the whole width, easy to
/// hit, its key at the right end of the same line.
fn hurt_choice(
    label: String,
    key: String,
    message: Message,
    sizes: Sizes,
) -> Element<'static, Message> {
    let line = row![
        text(label).size(sizes.body()).width(Fill),
        text(key).size(sizes.small()),
    ]
    .spacing(12)
    .align_y(Alignment::Center);
    button(line)
        .style(style::secondary_button)
        .padding([12, 20])
        .width(Fill)
        .on_press(message)
        .into()
}

/// The quiet box of a get-ready page: the cautions, then "Avoid if", at
/// body size so that they read from the mat.
fn take_care(board: &Board, sizes: Sizes) -> Element<'_, Message> {
    let line = |words: String| text(words).size(sizes.body()).into();
    let mut lines = column![
        text(t!("runner-take-care"))
            .size(sizes.body())
            .font(font::BOLD)
    ]
    .extend(board.cautions.iter().cloned().map(line))
    .spacing(4);
    if !board.avoid_if.is_empty() {
        lines = lines
            .push(
                text(t!("runner-avoid-if"))
                    .size(sizes.body())
                    .font(font::BOLD),
            )
            .extend(board.avoid_if.iter().map(|a| line(format!("•  {a}"))));
    }
    container(lines)
        .padding(12)
        .style(style::caution_box)
        .into()
}

/// Get-ready pages carry instructions and cautions too.
fn picture_size(kind: SegmentKind, sizes: Sizes) -> f32 {
    let size = if kind == SegmentKind::GetReady {
        180.0
    } else {
        240.0
    };
    size / sizes.scale().sqrt()
}

/// The clock fills its ring: smaller once it has four digits.
/// "0:04" as "4": a breath phase is seconds long.
fn breath_seconds(clock: &str) -> String {
    let seconds = clock.trim_start_matches("0:").trim_start_matches('0');
    if seconds.is_empty() {
        "0".to_string()
    } else {
        seconds.to_string()
    }
}

/// "3:41 left", its digits in boxes of one width so that it does not
/// jiggle as it counts down; the words around it in the language's order.
fn time_left(clock: &str, sizes: Sizes) -> Element<'static, Message> {
    const AT: &str = "\u{1}";
    let words = t!("board-time-left", time = AT);
    let (before, after) = words.split_once(AT).unwrap_or((&words, ""));
    let mut line = row![].align_y(Alignment::Center);
    // Kept on one line: the words around the clock are short.
    let words = |s: &str| {
        text(s.to_owned())
            .size(sizes.body())
            .wrapping(iced::widget::text::Wrapping::None)
    };
    if !before.is_empty() {
        line = line.push(words(before));
    }
    line = line.push(countdown(clock, sizes.body(), font::REGULAR));
    if !after.is_empty() {
        line = line.push(words(after));
    }
    line.into()
}

/// The dial never grows beyond this.
const MAX_DIAL: f32 = 560.0;
/// Digits larger than this read as shouting, however big the ring.
const MAX_CLOCK: f32 = 160.0;

/// A control's name with its key under it; at large text the name alone,
/// so that the controls keep one row and the ring its room (the keys are
/// in F1's help and on the line that replaces hidden controls).
fn labelled(label: String, key: String, sizes: Sizes) -> Element<'static, Message> {
    if sizes.scale() > 1.5 {
        return text(label).size(sizes.body()).into();
    }
    column![
        text(label).size(sizes.body()),
        text(key).size(sizes.small()),
    ]
    .align_x(Alignment::Center)
    .into()
}

fn control(
    label: String,
    key: String,
    sizes: Sizes,
    message: Option<Message>,
) -> Element<'static, Message> {
    button(labelled(label, key, sizes))
        .style(style::secondary_button)
        .padding([8, 16])
        .on_press_maybe(message)
        .into()
}
