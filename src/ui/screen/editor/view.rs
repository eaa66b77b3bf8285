//! How the editor looks: the routine's fields, then one card per step,
//! each field edged and explained when the validator found a problem.

mod weeks;

use super::{Answer, Editor, Leave, Message, SideChoice, Status, StepMessage};
use crate::core::catalogue::Catalogue;
use crate::core::draft::{Checked, DraftExercise, DraftStep, Field, StepField, in_words};
use crate::core::duration::format_duration;
use crate::core::routine::resolved::default_hold_seconds;
use crate::core::t;
use crate::ui::font;
use crate::ui::style::{self, Sizes};
use crate::ui::widget::back::back;
use crate::ui::widget::picture::picture;
use iced::widget::{
    button, center, checkbox, column, container, mouse_area, opaque, pick_list, row, scrollable,
    space, stack, text, text_input,
};
use iced::{Alignment, Element, Fill, Length, mouse};

type Piece<'a> = Element<'a, Message>;

impl Editor {
    pub fn view(&self, sizes: Sizes) -> Piece<'_> {
        let checked = &self.checked;
        let mut page = column![self.summary_line(sizes)]
            .spacing(14)
            .padding([12, style::PAGE_PADDING])
            .max_width(style::PAGE_WIDTH);
        page = page.push(self.routine_card(sizes));
        let catalogue = Catalogue::builtin();
        for (index, step) in self.draft.steps.iter().enumerate() {
            let last = index + 1 == self.draft.steps.len();
            let dragged = self.dragging == Some(index);
            let card = step_card(index, step, last, dragged, checked, catalogue, sizes);
            page = page.push(mouse_area(card).on_enter(Message::DragOver(index)));
        }
        page = page.push(add_buttons(sizes));
        page = page.push(
            text(
                "Empty fields use the exercise's own values (named as defaults). \
                 Ctrl+S saves, Ctrl+Z undoes, Ctrl+Y redoes, Esc goes back.",
            )
            .size(sizes.small())
            .style(style::subtle),
        );
        let body = column![
            container(
                container(self.header(sizes))
                    .padding([12, style::PAGE_PADDING])
                    .max_width(style::PAGE_WIDTH)
            )
            .center_x(Fill),
            mouse_area(
                scrollable(container(page).center_x(Fill))
                    .id(super::SCROLL)
                    .height(Fill)
            )
            .on_release(Message::DragEnd)
            .on_exit(Message::DragEnd),
        ];
        match &self.asking {
            None => body.into(),
            Some(leave) => stack![body, self.leave_dialog(leave, sizes)].into(),
        }
    }

    fn header(&self, sizes: Sizes) -> Piece<'_> {
        let mode = if self.key.is_some() {
            t!("editor-edit-routine")
        } else {
            t!("today-new-routine")
        };
        // The routine's own name once it has one, under what is being done.
        let title = self.draft.title.trim();
        let heading = column![
            text(mode.clone()).size(sizes.small()).style(style::subtle),
            text(if title.is_empty() {
                mode
            } else {
                title.to_owned()
            })
            .size(sizes.title())
            .font(font::BOLD),
        ];
        let add = add_buttons(sizes);
        let tools = row![
            action(
                t!("editor-undo"),
                sizes,
                self.can_undo().then_some(Message::Undo),
                style::secondary_button
            ),
            action(
                t!("editor-redo"),
                sizes,
                self.can_redo().then_some(Message::Redo),
                style::secondary_button
            ),
            button(text(t!("editor-save")).size(sizes.body()).font(font::BOLD))
                .style(style::primary_button)
                .padding([10, 28])
                .on_press(Message::Save),
        ]
        .spacing(10);
        row![
            back(Message::Back, sizes),
            heading,
            space::horizontal().width(Fill),
            add,
            tools,
        ]
        .spacing(16)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(8)
        .into()
    }

    fn summary_line(&self, sizes: Sizes) -> Piece<'_> {
        let steps = self.draft.steps.len();
        let weekly = &self.checked.weekly_ms;
        let total = match self.checked.total_ms {
            Some(_) if !weekly.is_empty() => {
                let weeks = weekly
                    .iter()
                    .map(|&(week, ms)| {
                        t!(
                            "editor-total-week",
                            week = week,
                            length = format_duration(ms)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" · ");
                t!("editor-total-weeks", steps = steps, weeks = weeks)
            }
            Some(ms) => t!("editor-total", steps = steps, length = format_duration(ms)),
            None => t!("editor-total-unknown", steps = steps),
        };
        let mut line = row![text(total).size(sizes.body()).width(Fill)]
            .spacing(12)
            .align_y(Alignment::Center);
        if self.is_dirty() {
            line = line.push(
                text(t!("editor-unsaved-changes"))
                    .size(sizes.small())
                    .style(style::subtle),
            );
        }
        let mut block = column![line].spacing(8);
        if !self.checked.problems.is_empty() {
            block = block.push(problem_digest(&self.checked, sizes));
        }
        match &self.status {
            Some(Status::Saved(message)) => {
                block = block.push(
                    text(message.clone())
                        .size(sizes.small())
                        .style(style::subtle),
                );
            }
            Some(Status::Failed(message)) => {
                block = block.push(
                    container(text(message.clone()).size(sizes.body()))
                        .padding(10)
                        .width(Fill)
                        .style(style::caution_box),
                );
            }
            None => {}
        }
        block.into()
    }

    fn routine_card(&self, sizes: Sizes) -> Piece<'_> {
        let d = &self.draft;
        let c = &self.checked;
        let title = input(
            sizes,
            c,
            Field::Title,
            &t!("editor-title-placeholder"),
            &d.title,
            Fill,
        )
        .on_input(Message::Title);
        let author = input(
            sizes,
            c,
            Field::Author,
            &t!("editor-author-placeholder"),
            &d.author,
            Fill,
        )
        .on_input(Message::Author);
        let get_ready =
            input(sizes, c, Field::GetReady, "5", &d.get_ready, 90).on_input(Message::GetReady);
        let times = input(sizes, c, Field::TimesPerDay, "", &d.times_per_day, 90)
            .on_input(Message::TimesPerDay);
        let days = input(sizes, c, Field::DaysPerWeek, "", &d.days_per_week, 90)
            .on_input(Message::DaysPerWeek);
        let weeks = input(sizes, c, Field::Weeks, "", &d.weeks, 90).on_input(Message::Weeks);
        let notes = input(
            sizes,
            c,
            Field::Notes,
            &t!("editor-notes-placeholder"),
            &d.notes,
            Fill,
        )
        .on_input(Message::Notes);
        let fields = [
            Field::Title,
            Field::Author,
            Field::GetReady,
            Field::TimesPerDay,
            Field::DaysPerWeek,
            Field::Weeks,
            Field::Notes,
            Field::Routine,
            Field::Steps,
        ];
        let content = column![
            row![
                labelled(t!("editor-title"), title, sizes).width(Length::FillPortion(3)),
                labelled(t!("editor-from"), author, sizes).width(Length::FillPortion(2)),
            ]
            .spacing(16),
            row![
                labelled(t!("editor-get-ready-s"), get_ready, sizes),
                labelled(t!("editor-times-a-day"), times, sizes),
                labelled(t!("editor-days-a-week"), days, sizes),
                labelled(t!("editor-for-how-many-weeks"), weeks, sizes),
            ]
            .spacing(16)
            .wrap()
            .vertical_spacing(8),
            labelled(t!("editor-notes"), notes, sizes),
            problems(c, &fields, sizes),
        ]
        .spacing(12);
        container(content)
            .padding(16)
            .width(Fill)
            .style(style::card)
            .into()
    }

    fn leave_dialog(&self, leave: &Leave, sizes: Sizes) -> Piece<'_> {
        let question = match leave {
            Leave::Close(_) => t!("editor-save-before-closing"),
            _ => t!("editor-save-before-leaving"),
        };
        let changes = if self.draft.title.trim().is_empty() {
            t!("editor-unsaved-untitled")
        } else {
            t!("editor-unsaved-titled", title = self.draft.title.trim())
        };
        let content = column![
            text(question).size(sizes.heading()).font(font::BOLD),
            text(changes).size(sizes.body()),
            row![
                action(
                    t!("editor-save-changes"),
                    sizes,
                    Some(Message::Answer(Answer::Save)),
                    style::primary_button
                ),
                action(
                    t!("editor-discard-changes"),
                    sizes,
                    Some(Message::Answer(Answer::Discard)),
                    style::danger_button
                ),
                action(
                    t!("editor-keep-editing"),
                    sizes,
                    Some(Message::Answer(Answer::KeepEditing)),
                    style::secondary_button
                ),
            ]
            .spacing(12)
            .wrap()
            .vertical_spacing(8),
            text(t!("editor-enter-saves-esc-keeps"))
                .size(sizes.small())
                .style(style::subtle),
        ]
        .spacing(16)
        .max_width(560);
        let card = container(content).padding(24).style(style::dialog);
        opaque(center(card).style(style::scrim))
    }
}

fn step_card<'a>(
    index: usize,
    step: &'a DraftStep,
    last: bool,
    dragged: bool,
    checked: &'a Checked,
    catalogue: &Catalogue,
    sizes: Sizes,
) -> Piece<'a> {
    let at = |field: StepField| Field::Step(index, field);
    let send = move |m: StepMessage| Message::Step(index, m);
    let pose = match &step.exercise {
        DraftExercise::Pose(id) => catalogue.find(id),
        DraftExercise::Custom { .. } => None,
    };
    let (pose_id, kind) = match (&step.exercise, pose) {
        (_, Some(p)) => (p.id.clone(), p.kind.label()),
        (DraftExercise::Pose(_), None) => (String::new(), t!("editor-unknown-pose")),
        (DraftExercise::Custom { .. }, None) => (String::new(), t!("editor-custom-exercise")),
    };
    let default_hold = default_hold_seconds(pose);
    let small = |label: String, message: Option<StepMessage>| {
        button(text(label).size(sizes.small()))
            .style(style::secondary_button)
            .padding([6, 10])
            .on_press_maybe(message.map(send))
    };
    let handle = mouse_area(
        container(
            text(t!("editor-drag"))
                .size(sizes.small())
                .style(style::subtle),
        )
        .padding([6, 8])
        .style(style::card),
    )
    .on_press(Message::DragStart(index))
    .interaction(mouse::Interaction::Grab);
    let heading = row![
        handle,
        picture(&pose_id, 64.0),
        column![
            text(format!("{}. {}", index + 1, step.name(catalogue)))
                .size(sizes.body())
                .font(font::BOLD),
            text(kind).size(sizes.small()).style(style::subtle),
        ]
        .spacing(2)
        .width(Fill),
        small(t!("editor-up"), (index > 0).then_some(StepMessage::MoveUp)),
        small(t!("editor-down"), (!last).then_some(StepMessage::MoveDown)),
        small(t!("editor-duplicate"), Some(StepMessage::Duplicate)),
        small(t!("editor-remove"), Some(StepMessage::Remove)),
    ]
    .spacing(8)
    .align_y(Alignment::Center);
    let mut content = column![heading].spacing(10);
    if let DraftExercise::Custom {
        name,
        instructions,
        per_side,
    } = &step.exercise
    {
        content = content.push(custom_fields(
            index,
            name,
            instructions,
            *per_side,
            checked,
            sizes,
        ));
    }
    // An empty field takes the exercise's own value, which the hint names
    // as a default so that it does not pass for a value typed in.
    let number = |field: StepField, hint: String, value: &'a str, on: fn(String) -> StepMessage| {
        input(
            sizes,
            checked,
            at(field),
            &hint,
            value,
            128.0 * sizes.scale(),
        )
        .on_input(move |t| send(on(t)))
    };
    let default = |value: u32| format!("{value} default");
    let fields = [
        StepField::Whole,
        StepField::Exercise,
        StepField::Name,
        StepField::Instructions,
        StepField::Hold,
        StepField::Reps,
        StepField::Sets,
        StepField::Rest,
        StepField::SetRest,
        StepField::Sides,
        StepField::Breathing,
        StepField::Note,
    ]
    .map(at);
    let dose = row![
        labelled(
            t!("editor-hold-s"),
            number(
                StepField::Hold,
                default(default_hold),
                &step.hold,
                StepMessage::Hold
            ),
            sizes
        ),
        labelled(
            t!("editor-reps"),
            number(StepField::Reps, default(1), &step.reps, StepMessage::Reps),
            sizes
        ),
        labelled(
            t!("editor-sets"),
            number(StepField::Sets, default(1), &step.sets, StepMessage::Sets),
            sizes
        ),
        labelled(
            t!("editor-rest-s"),
            number(StepField::Rest, default(0), &step.rest, StepMessage::Rest),
            sizes
        ),
        labelled(
            t!("editor-rest-between-sets-s"),
            number(
                StepField::SetRest,
                t!("editor-same-as-rest"),
                &step.set_rest,
                StepMessage::SetRest
            ),
            sizes
        ),
        labelled(
            t!("editor-sides"),
            pick_list(SideChoice::ALL, Some(SideChoice(step.sides)), move |c| {
                send(StepMessage::Sides(c))
            })
            .text_size(sizes.body())
            .padding(8)
            .style(style::picker),
            sizes
        ),
    ]
    .spacing(12)
    .wrap()
    .vertical_spacing(8);
    content = content.push(dose);
    content = content.push(problems(checked, &fields, sizes));
    content = content.push(breathing(index, step, checked, sizes));
    content = content.push(weeks::step_weeks(index, step, checked, sizes));
    content = content.push(labelled(
        t!("editor-note-for-this-step"),
        input(
            sizes,
            checked,
            at(StepField::Note),
            &t!("editor-optional"),
            &step.note,
            Fill,
        )
        .on_input(move |t| send(StepMessage::Note(t))),
        sizes,
    ));
    let invalid = fields
        .iter()
        .chain(&weeks::fields(index, step))
        .any(|f| checked.has(*f));
    container(content)
        .padding(14)
        .width(Fill)
        .style(style::marked_card(if dragged {
            style::Mark::Dragged
        } else if invalid {
            style::Mark::Problem
        } else {
            style::Mark::None
        }))
        .into()
}

fn custom_fields<'a>(
    index: usize,
    name: &'a str,
    instructions: &'a [String],
    per_side: bool,
    checked: &'a Checked,
    sizes: Sizes,
) -> Piece<'a> {
    let send = move |m: StepMessage| Message::Step(index, m);
    let at = |field: StepField| Field::Step(index, field);
    let mut lines = column![].spacing(6);
    for (line, value) in instructions.iter().enumerate() {
        lines = lines.push(
            row![
                input(
                    sizes,
                    checked,
                    at(StepField::Instructions),
                    &t!("editor-what-to-do"),
                    value,
                    Fill
                )
                .id(format!("{}-{line}", at(StepField::Instructions).key()))
                .on_input(move |t| send(StepMessage::Instruction(line, t))),
                button(text(t!("editor-remove-line")).size(sizes.small()))
                    .style(style::secondary_button)
                    .padding([6, 10])
                    .on_press(send(StepMessage::RemoveInstruction(line))),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        );
    }
    column![
        labelled(
            t!("editor-name"),
            input(
                sizes,
                checked,
                at(StepField::Name),
                &t!("editor-name-placeholder"),
                name,
                Fill
            )
            .on_input(move |t| send(StepMessage::Name(t))),
            sizes,
        ),
        labelled(t!("editor-instructions"), lines, sizes),
        row![
            button(text(t!("editor-add-a-line")).size(sizes.small()))
                .style(style::secondary_button)
                .padding([6, 10])
                .on_press(send(StepMessage::AddInstruction)),
            checkbox(per_side)
                .label(t!("editor-done-on-each-side"))
                .text_size(sizes.body())
                .on_toggle(move |on| send(StepMessage::PerSide(on))),
        ]
        .spacing(16)
        .align_y(Alignment::Center),
    ]
    .spacing(10)
    .into()
}

fn breathing<'a>(
    index: usize,
    step: &'a DraftStep,
    checked: &'a Checked,
    sizes: Sizes,
) -> Piece<'a> {
    let send = move |m: StepMessage| Message::Step(index, m);
    let toggle = checkbox(step.breathing.is_some())
        .label(t!("editor-own-breathing-rhythm"))
        .text_size(sizes.body())
        .on_toggle(move |on| send(StepMessage::OwnBreathing(on)));
    let Some(breath) = &step.breathing else {
        return toggle.into();
    };
    let field = Field::Step(index, StepField::Breathing);
    let seconds =
        |key: &'static str, label: String, value: &'a str, on: fn(String) -> StepMessage| {
            labelled(
                label,
                input(sizes, checked, field, "0", value, 76)
                    .id(format!("{}-{}", field.key(), key))
                    .on_input(move |t| send(on(t))),
                sizes,
            )
        };
    column![
        toggle,
        row![
            seconds(
                "in (s)",
                t!("editor-in-s"),
                &breath.inhale,
                StepMessage::Inhale
            ),
            seconds(
                "hold (s)",
                t!("editor-hold-s"),
                &breath.hold,
                StepMessage::BreathHold
            ),
            seconds(
                "out (s)",
                t!("editor-out-s"),
                &breath.exhale,
                StepMessage::Exhale
            ),
            seconds(
                "hold after (s)",
                t!("editor-hold-after-s"),
                &breath.hold_after,
                StepMessage::HoldAfter
            ),
            checkbox(breath.alternate_nostrils)
                .label(t!("editor-alternate-nostrils"))
                .text_size(sizes.body())
                .on_toggle(move |on| send(StepMessage::Alternate(on))),
        ]
        .spacing(12)
        .align_y(Alignment::End)
        .wrap()
        .vertical_spacing(8),
    ]
    .spacing(8)
    .into()
}

fn input<'a>(
    sizes: Sizes,
    checked: &Checked,
    field: Field,
    placeholder: &str,
    value: &str,
    width: impl Into<Length>,
) -> text_input::TextInput<'a, Message> {
    text_input(placeholder, value)
        .id(field.key())
        .size(sizes.body())
        .padding(8)
        .width(width)
        .style(style::field(checked.has(field)))
}

fn labelled<'a>(
    label: String,
    input: impl Into<Piece<'a>>,
    sizes: Sizes,
) -> iced::widget::Column<'a, Message> {
    column![text(label).size(sizes.small()), input.into()].spacing(4)
}

/// The first few problems of the whole routine, each with its step, so
/// they can be found in a long routine.
fn problem_digest(checked: &Checked, sizes: Sizes) -> Piece<'_> {
    const SHOWN: usize = 3;
    let mut list = column![].spacing(4);
    for (field, problem) in checked.problems.iter().take(SHOWN) {
        let place = match field {
            Field::Step(index, step_field) => {
                t!(
                    "editor-step-field",
                    step = index + 1,
                    field = step_field.label()
                )
            }
            other => other.label().to_string(),
        };
        list = list.push(
            text(format!("{place}: {}", in_words(&problem.message)))
                .size(sizes.small())
                .style(style::warning_text),
        );
    }
    let more = checked.problems.len().saturating_sub(SHOWN) + checked.more;
    if more > 0 {
        list = list.push(
            text(t!("editor-more-problems", count = more))
                .size(sizes.small())
                .style(style::warning_text),
        );
    }
    container(list)
        .padding(10)
        .width(Fill)
        .style(style::caution_box)
        .into()
}

/// The validator's messages for `fields`, each after its field's name.
fn problems<'a>(checked: &'a Checked, fields: &[Field], sizes: Sizes) -> Piece<'a> {
    let mut list = column![].spacing(4);
    for (field, problem) in &checked.problems {
        if fields.contains(field) {
            list = list.push(
                text(format!("{}: {}", field.label(), in_words(&problem.message)))
                    .size(sizes.small())
                    .style(style::warning_text),
            );
        }
    }
    list.into()
}

/// "Add pose…" and "Add custom exercise", at the top and after the steps.
fn add_buttons<'a>(sizes: Sizes) -> Piece<'a> {
    row![
        action(
            t!("editor-add-pose"),
            sizes,
            Some(Message::AddPose),
            style::secondary_button
        ),
        action(
            t!("editor-add-custom-exercise"),
            sizes,
            Some(Message::AddCustom),
            style::secondary_button
        ),
    ]
    .spacing(10)
    .into()
}

fn action<'a>(
    label: String,
    sizes: Sizes,
    message: Option<Message>,
    look: fn(&iced::Theme, button::Status) -> button::Style,
) -> Piece<'a> {
    button(text(label).size(sizes.body()))
        .style(look)
        .padding([10, 18])
        .on_press_maybe(message)
        .into()
}
