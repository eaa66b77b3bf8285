//! The routine editor: a physiotherapist picks poses, sets each step's
//! dose, and sees the total and every problem next to its field while
//! typing. Nothing is lost by accident: Ctrl+Z undoes, and leaving with
//! unsaved changes asks first.

mod view;

use crate::core::catalogue::Catalogue;
use crate::core::draft::{
    ChangeColumn, Checked, Draft, DraftBreath, DraftExercise, DraftStep, Field, StepField,
};
use crate::core::routine::weeks::MAX_PROGRESS;
use crate::core::routine::{Routine, Sides};
use crate::core::t;
use crate::ui::keys::Hotkey;
use crate::ui::page::Page;
use iced::window;

/// The most changes Ctrl+Z can undo.
const UNDO_LIMIT: usize = 200;
/// The most lines a custom exercise's instructions may have.
const MAX_INSTRUCTIONS: usize = 20;

/// What to do once the editor may be left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Leave {
    Go(Page),
    /// Back to the routine's page, or the list.
    Back,
    Close(window::Id),
    /// Show the routine file dropped on the window or picked.
    Open(std::path::PathBuf),
}

/// The answer to "Save your changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Save,
    Discard,
    KeepEditing,
}

#[derive(Debug, Clone)]
pub enum Message {
    Title(String),
    Author(String),
    Notes(String),
    GetReady(String),
    TimesPerDay(String),
    DaysPerWeek(String),
    Weeks(String),
    Step(usize, StepMessage),
    AddPose,
    AddCustom,
    Undo,
    Redo,
    Save,
    Back,
    Answer(Answer),
    /// The drag handle of a step was pressed.
    DragStart(usize),
    /// The pointer came over a step while dragging.
    DragOver(usize),
    /// The button was let go, or the pointer left the editor.
    DragEnd,
}

#[derive(Debug, Clone)]
pub enum StepMessage {
    Hold(String),
    Reps(String),
    Sets(String),
    Rest(String),
    SetRest(String),
    Sides(SideChoice),
    OwnBreathing(bool),
    Inhale(String),
    BreathHold(String),
    Exhale(String),
    HoldAfter(String),
    Alternate(bool),
    Note(String),
    Name(String),
    Instruction(usize, String),
    AddInstruction,
    RemoveInstruction(usize),
    PerSide(bool),
    FromWeek(String),
    UntilWeek(String),
    /// A row at the end of the step's table of changes by week.
    AddChange,
    RemoveChange(usize),
    Change(usize, ChangeColumn, String),
    MoveUp,
    MoveDown,
    Duplicate,
    Remove,
}

#[derive(Debug)]
pub enum Action {
    None,
    /// Choose a pose in the catalogue to add.
    PickPose,
    /// Save this routine, then (if given) leave.
    Save(Box<Routine>, Option<Leave>),
    Leave(Leave),
    /// A custom step was added at the end: show it, ready to be named.
    AddedCustom(usize),
}

/// The scrolling part of the editor, moved to a step just added.
pub const SCROLL: &str = "editor-steps";

/// The sides a step can be set to, for the pick list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SideChoice(pub Option<Sides>);

impl SideChoice {
    pub const ALL: [SideChoice; 5] = [
        SideChoice(None),
        SideChoice(Some(Sides::Both)),
        SideChoice(Some(Sides::Left)),
        SideChoice(Some(Sides::Right)),
        SideChoice(Some(Sides::None)),
    ];
}

impl std::fmt::Display for SideChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self.0 {
            None => t!("editor-sides-default"),
            Some(Sides::Both) => t!("editor-sides-both"),
            Some(Sides::Left) => t!("editor-sides-left"),
            Some(Sides::Right) => t!("editor-sides-right"),
            Some(Sides::None) => t!("editor-sides-none"),
        })
    }
}

pub struct Editor {
    draft: Draft,
    /// The draft as last saved (or opened): unsaved changes are the
    /// difference.
    saved: Draft,
    checked: Checked,
    /// The library entry being edited, once there is one.
    pub key: Option<String>,
    undo: Vec<Draft>,
    redo: Vec<Draft>,
    /// The field being typed into, so a word is one undo step, not one per
    /// letter.
    typing: Option<Field>,
    /// "Save your changes?" is open, for this way out.
    pub asking: Option<Leave>,
    /// What the last save said.
    pub status: Option<Status>,
    /// The step being dragged to a new place.
    pub dragging: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Saved(String),
    Failed(String),
}

impl Editor {
    /// Edits `routine`; `key` is its own library entry, `None` for a new
    /// routine or a copy not saved yet.
    pub fn new(routine: Option<&Routine>, title: &str, key: Option<String>) -> Editor {
        let draft = routine.map_or_else(|| Draft::new(title), Draft::from_routine);
        let mut editor = Editor::of(draft, key);
        if routine.is_none_or(|r| r.title != title) {
            editor.draft.title = title.to_string();
            editor.recheck();
        }
        if editor.key.is_none() && routine.is_some() {
            // A copy not in the library yet: all of it is unsaved.
            editor.saved = Draft::default();
        }
        editor
    }

    fn of(draft: Draft, key: Option<String>) -> Editor {
        let checked = draft.check(Catalogue::builtin());
        Editor {
            saved: draft.clone(),
            draft,
            checked,
            key,
            undo: Vec::new(),
            redo: Vec::new(),
            typing: None,
            asking: None,
            status: None,
            dragging: None,
        }
    }

    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    pub fn checked(&self) -> &Checked {
        &self.checked
    }

    pub fn title(&self) -> &str {
        &self.draft.title
    }

    pub fn is_dirty(&self) -> bool {
        self.draft != self.saved
    }

    /// The last save went through as `key`.
    pub fn saved_as(&mut self, key: String, message: String) {
        self.key = Some(key);
        self.saved = self.draft.clone();
        self.status = Some(Status::Saved(message));
        self.asking = None;
    }

    pub fn save_failed(&mut self, error: String) {
        self.status = Some(Status::Failed(error));
    }

    /// Adds a step of `pose` at the end, as one undoable change.
    pub fn add_pose(&mut self, pose: &str) {
        self.change(None, |draft| draft.steps.push(DraftStep::pose(pose)));
    }

    /// Asks "Save your changes?" before `leave`, if there are any; `true`
    /// when it asked.
    pub fn ask_before(&mut self, leave: Leave) -> bool {
        if self.is_dirty() {
            self.asking = Some(leave);
        }
        self.asking.is_some()
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Title(text) => self.type_into(Field::Title, |d| d.title = text),
            Message::Author(text) => self.type_into(Field::Author, |d| d.author = text),
            Message::Notes(text) => self.type_into(Field::Notes, |d| d.notes = text),
            Message::GetReady(text) => self.type_into(Field::GetReady, |d| d.get_ready = text),
            Message::TimesPerDay(text) => {
                self.type_into(Field::TimesPerDay, |d| d.times_per_day = text);
            }
            Message::DaysPerWeek(text) => {
                self.type_into(Field::DaysPerWeek, |d| d.days_per_week = text);
            }
            Message::Weeks(text) => self.type_into(Field::Weeks, |d| d.weeks = text),
            Message::Step(index, message) if index < self.draft.steps.len() => {
                self.step(index, message);
            }
            Message::Step(..) => {}
            Message::AddPose => return Action::PickPose,
            Message::AddCustom => {
                self.change(None, |d| d.steps.push(DraftStep::custom("")));
                return Action::AddedCustom(self.draft.steps.len() - 1);
            }
            Message::Undo => self.undo(),
            Message::Redo => self.redo(),
            Message::Save => return self.save(None),
            Message::Back => {
                if !self.ask_before(Leave::Back) {
                    return Action::Leave(Leave::Back);
                }
            }
            Message::Answer(answer) => return self.answer(answer),
            Message::DragStart(index) if index < self.draft.steps.len() => {
                self.dragging = Some(index);
                // A whole drag is one undo step.
                self.typing = None;
            }
            Message::DragStart(_) => {}
            Message::DragOver(target) => self.drag_over(target),
            Message::DragEnd => self.dragging = None,
        }
        Action::None
    }

    pub fn hotkey(&self, key: Hotkey) -> Option<Message> {
        if self.asking.is_some() {
            return match key {
                Hotkey::Enter | Hotkey::Save => Some(Message::Answer(Answer::Save)),
                Hotkey::Escape => Some(Message::Answer(Answer::KeepEditing)),
                _ => None,
            };
        }
        match key {
            Hotkey::Save => Some(Message::Save),
            Hotkey::Undo => Some(Message::Undo),
            Hotkey::Redo => Some(Message::Redo),
            Hotkey::Escape => Some(Message::Back),
            _ => None,
        }
    }

    fn answer(&mut self, answer: Answer) -> Action {
        let Some(leave) = self.asking.clone() else {
            return Action::None;
        };
        match answer {
            Answer::Save => self.save(Some(leave)),
            Answer::Discard => {
                self.asking = None;
                Action::Leave(leave)
            }
            Answer::KeepEditing => {
                self.asking = None;
                Action::None
            }
        }
    }

    fn save(&mut self, then: Option<Leave>) -> Action {
        match &self.checked.routine {
            Some(routine) => Action::Save(Box::new(routine.clone()), then),
            None => {
                let count = self.checked.problems.len() + self.checked.more;
                self.asking = None;
                self.status = Some(Status::Failed(t!("editor-not-saved", count = count)));
                Action::None
            }
        }
    }

    fn step(&mut self, index: usize, message: StepMessage) {
        // A message can outlive its step (a click queued behind a removal).
        if index >= self.draft.steps.len() {
            return;
        }
        let field = |f: StepField| Some(Field::Step(index, f));
        match message {
            StepMessage::Hold(t) => self.edit_step(field(StepField::Hold), index, |s| s.hold = t),
            StepMessage::Reps(t) => self.edit_step(field(StepField::Reps), index, |s| s.reps = t),
            StepMessage::Sets(t) => self.edit_step(field(StepField::Sets), index, |s| s.sets = t),
            StepMessage::Rest(t) => self.edit_step(field(StepField::Rest), index, |s| s.rest = t),
            StepMessage::SetRest(t) => {
                self.edit_step(field(StepField::SetRest), index, |s| s.set_rest = t);
            }
            StepMessage::Sides(choice) => self.edit_step(None, index, |s| s.sides = choice.0),
            StepMessage::OwnBreathing(on) => self.edit_step(None, index, |s| {
                s.breathing = on.then(DraftBreath::calm);
            }),
            StepMessage::Inhale(t) => self.edit_breath(index, |b| b.inhale = t),
            StepMessage::BreathHold(t) => self.edit_breath(index, |b| b.hold = t),
            StepMessage::Exhale(t) => self.edit_breath(index, |b| b.exhale = t),
            StepMessage::HoldAfter(t) => self.edit_breath(index, |b| b.hold_after = t),
            StepMessage::Alternate(on) => self.edit_breath(index, |b| b.alternate_nostrils = on),
            StepMessage::Note(t) => self.edit_step(field(StepField::Note), index, |s| s.note = t),
            StepMessage::Name(t) => {
                self.edit_custom(field(StepField::Name), index, |name, _, _| {
                    *name = t;
                });
            }
            StepMessage::Instruction(line, t) => {
                self.edit_custom(field(StepField::Instructions), index, |_, lines, _| {
                    if let Some(slot) = lines.get_mut(line) {
                        *slot = t;
                    }
                });
            }
            StepMessage::AddInstruction => self.edit_custom(None, index, |_, lines, _| {
                if lines.len() < MAX_INSTRUCTIONS {
                    lines.push(String::new());
                }
            }),
            StepMessage::RemoveInstruction(line) => self.edit_custom(None, index, |_, lines, _| {
                if line < lines.len() {
                    let _ = lines.remove(line);
                }
            }),
            StepMessage::PerSide(on) => {
                self.edit_custom(None, index, |_, _, per_side| *per_side = on);
            }
            StepMessage::FromWeek(t) => {
                self.edit_step(field(StepField::FromWeek), index, |s| s.from_week = t);
            }
            StepMessage::UntilWeek(t) => {
                self.edit_step(field(StepField::UntilWeek), index, |s| s.until_week = t);
            }
            StepMessage::AddChange => self.edit_step(None, index, |s| {
                if s.progress.len() < MAX_PROGRESS {
                    let row = s.next_change();
                    s.progress.push(row);
                }
            }),
            StepMessage::RemoveChange(row) => self.edit_step(None, index, |s| {
                if row < s.progress.len() {
                    let _ = s.progress.remove(row);
                }
            }),
            StepMessage::Change(row, column, t) => {
                self.edit_step(field(StepField::Change(row)), index, |s| {
                    if let Some(change) = s.progress.get_mut(row) {
                        change.set(column, t);
                    }
                });
            }
            StepMessage::MoveUp if index > 0 => {
                self.change(None, |d| d.steps.swap(index, index - 1));
            }
            StepMessage::MoveDown if index + 1 < self.draft.steps.len() => {
                self.change(None, |d| d.steps.swap(index, index + 1));
            }
            StepMessage::MoveUp | StepMessage::MoveDown => {}
            StepMessage::Duplicate => self.change(None, |d| {
                if let Some(copy) = d.steps.get(index).cloned() {
                    d.steps.insert(index + 1, copy);
                }
            }),
            StepMessage::Remove => self.change(None, |d| {
                if index < d.steps.len() {
                    let _ = d.steps.remove(index);
                }
            }),
        }
    }

    /// Moves the dragged step to `target`, so the list follows the pointer.
    fn drag_over(&mut self, target: usize) {
        let Some(from) = self.dragging else {
            return;
        };
        if target == from || target >= self.draft.steps.len() {
            return;
        }
        self.change(Some(Field::Steps), |d| {
            let step = d.steps.remove(from);
            d.steps.insert(target, step);
        });
        self.dragging = Some(target);
    }

    fn edit_step(
        &mut self,
        typing: Option<Field>,
        index: usize,
        edit: impl FnOnce(&mut DraftStep),
    ) {
        self.change(typing, |d| {
            if let Some(step) = d.steps.get_mut(index) {
                edit(step);
            }
        });
    }

    fn edit_breath(&mut self, index: usize, edit: impl FnOnce(&mut DraftBreath)) {
        let typing = Some(Field::Step(index, StepField::Breathing));
        self.edit_step(typing, index, |step| {
            if let Some(breath) = &mut step.breathing {
                edit(breath);
            }
        });
    }

    fn edit_custom(
        &mut self,
        typing: Option<Field>,
        index: usize,
        edit: impl FnOnce(&mut String, &mut Vec<String>, &mut bool),
    ) {
        self.edit_step(typing, index, |step| {
            if let DraftExercise::Custom {
                name,
                instructions,
                per_side,
            } = &mut step.exercise
            {
                edit(name, instructions, per_side);
            }
        });
    }

    fn type_into(&mut self, field: Field, edit: impl FnOnce(&mut Draft)) {
        self.change(Some(field), edit);
    }

    /// Makes one change: typing on into the same field joins the last undo
    /// step; anything else starts a new one.
    fn change(&mut self, typing: Option<Field>, edit: impl FnOnce(&mut Draft)) {
        let before = self.draft.clone();
        edit(&mut self.draft);
        if self.draft == before {
            return;
        }
        if typing.is_none() || typing != self.typing {
            self.undo.push(before);
            if self.undo.len() > UNDO_LIMIT {
                let _ = self.undo.remove(0);
            }
        }
        self.typing = typing;
        self.redo.clear();
        self.status = None;
        self.recheck();
    }

    fn undo(&mut self) {
        if let Some(draft) = self.undo.pop() {
            self.redo.push(std::mem::replace(&mut self.draft, draft));
            self.typing = None;
            self.recheck();
        }
    }

    fn redo(&mut self) {
        if let Some(draft) = self.redo.pop() {
            self.undo.push(std::mem::replace(&mut self.draft, draft));
            self.typing = None;
            self.recheck();
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn recheck(&mut self) {
        self.checked = self.draft.check(Catalogue::builtin());
    }
}

#[cfg(test)]
mod tests;
