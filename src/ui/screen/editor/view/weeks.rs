//! A step's weeks in the editor: the weeks it runs in, and a small table
//! of dose changes from a week on ("from week 3: hold 30 s").

use super::super::{Message, StepMessage};
use super::{Piece, input, labelled, problems};
use crate::core::draft::{ChangeColumn, Checked, DraftStep, Field, StepField};
use crate::core::t;
use crate::ui::style::{self, Sizes};
use iced::Alignment;
use iced::widget::{button, column, container, row, text};

/// The fields of step `index` this part shows, for its problems.
pub fn fields(index: usize, step: &DraftStep) -> Vec<Field> {
    [
        StepField::FromWeek,
        StepField::UntilWeek,
        StepField::Changes,
    ]
    .into_iter()
    .chain((0..step.progress.len()).map(StepField::Change))
    .map(|field| Field::Step(index, field))
    .collect()
}

pub fn step_weeks<'a>(
    index: usize,
    step: &'a DraftStep,
    checked: &'a Checked,
    sizes: Sizes,
) -> Piece<'a> {
    let send = move |m: StepMessage| Message::Step(index, m);
    let at = |field: StepField| Field::Step(index, field);
    let width = 112.0 * sizes.scale();
    let runs = row![
        labelled(
            t!("editor-from-week"),
            input(
                sizes,
                checked,
                at(StepField::FromWeek),
                "1",
                &step.from_week,
                width
            )
            .on_input(move |t| send(StepMessage::FromWeek(t))),
            sizes
        ),
        labelled(
            t!("editor-until-week"),
            input(
                sizes,
                checked,
                at(StepField::UntilWeek),
                &t!("editor-to-the-end"),
                &step.until_week,
                width
            )
            .on_input(move |t| send(StepMessage::UntilWeek(t))),
            sizes
        ),
        button(text(t!("editor-add-change")).size(sizes.body()))
            .style(style::secondary_button)
            .padding([8, 14])
            .on_press(send(StepMessage::AddChange)),
    ]
    .spacing(12)
    .align_y(Alignment::End)
    .wrap()
    .vertical_spacing(8);
    let mut part = column![runs].spacing(8);
    for (row_index, change) in step.progress.iter().enumerate() {
        let field = at(StepField::Change(row_index));
        let mut line = row![].spacing(12).align_y(Alignment::End);
        for column in ChangeColumn::ALL {
            let hint = match column {
                ChangeColumn::FromWeek => String::new(),
                _ => t!("editor-unchanged"),
            };
            let cell = input(sizes, checked, field, &hint, change.get(column), width)
                .id(format!("{}-{}", field.key(), column.key()))
                .on_input(move |t| send(StepMessage::Change(row_index, column, t)));
            line = line.push(labelled(label(column), cell, sizes));
        }
        line = line.push(
            button(text(t!("editor-remove")).size(sizes.small()))
                .style(style::secondary_button)
                .padding([6, 10])
                .on_press(send(StepMessage::RemoveChange(row_index))),
        );
        part = part.push(
            container(line.wrap().vertical_spacing(8))
                .padding(8)
                .style(style::card),
        );
    }
    part.push(problems(checked, &fields(index, step), sizes))
        .into()
}

fn label(column: ChangeColumn) -> String {
    match column {
        ChangeColumn::FromWeek => t!("editor-from-week"),
        ChangeColumn::Hold => t!("editor-hold-s"),
        ChangeColumn::Reps => t!("editor-reps"),
        ChangeColumn::Sets => t!("editor-sets"),
        ChangeColumn::Rest => t!("editor-rest-s"),
        ChangeColumn::SetRest => t!("editor-rest-between-sets-s"),
    }
}
