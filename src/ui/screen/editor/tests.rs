use super::*;

fn typed(editor: &mut Editor, text: &str, into: fn(String) -> Message) {
    let mut so_far = String::new();
    for c in text.chars() {
        so_far.push(c);
        let _ = editor.update(into(so_far.clone()));
    }
}

fn with_steps() -> Editor {
    let mut editor = Editor::new(None, "New routine", None);
    editor.add_pose("balasana");
    editor.add_pose("bhujangasana");
    editor
}

#[test]
fn a_new_empty_routine_is_not_unsaved_until_changed() {
    let mut editor = Editor::new(None, "New routine", None);
    assert!(!editor.is_dirty());
    assert!(matches!(
        editor.update(Message::Back),
        Action::Leave(Leave::Back)
    ));
    editor.add_pose("balasana");
    assert!(editor.is_dirty());
}

#[test]
fn a_typed_word_is_one_undo_step_and_redo_brings_it_back() {
    let mut editor = with_steps();
    typed(&mut editor, "Evening", Message::Title);
    typed(&mut editor, "45", |t| {
        Message::Step(0, StepMessage::Hold(t))
    });
    assert_eq!(editor.draft().steps[0].hold, "45");
    let _ = editor.update(Message::Undo);
    assert_eq!(editor.draft().steps[0].hold, "");
    assert_eq!(editor.title(), "Evening");
    let _ = editor.update(Message::Undo);
    assert_eq!(editor.title(), "New routine");
    let _ = editor.update(Message::Redo);
    assert_eq!(editor.title(), "Evening");
    assert!(editor.can_redo());
    typed(&mut editor, "x", Message::Notes);
    assert!(!editor.can_redo(), "a new change drops the redo list");
}

#[test]
fn steps_move_duplicate_and_go() {
    let mut editor = with_steps();
    let ids = |e: &Editor| -> Vec<String> {
        e.draft()
            .steps
            .iter()
            .map(|s| match &s.exercise {
                DraftExercise::Pose(id) => id.clone(),
                DraftExercise::Custom { name, .. } => name.clone(),
            })
            .collect()
    };
    let _ = editor.update(Message::Step(1, StepMessage::MoveUp));
    assert_eq!(ids(&editor), ["bhujangasana", "balasana"]);
    let _ = editor.update(Message::Step(1, StepMessage::MoveDown));
    assert_eq!(
        ids(&editor),
        ["bhujangasana", "balasana"],
        "last stays last"
    );
    let _ = editor.update(Message::Step(0, StepMessage::Duplicate));
    assert_eq!(ids(&editor), ["bhujangasana", "bhujangasana", "balasana"]);
    let _ = editor.update(Message::Step(0, StepMessage::Remove));
    let _ = editor.update(Message::Step(9, StepMessage::Remove));
    assert_eq!(ids(&editor), ["bhujangasana", "balasana"]);
}

#[test]
fn saving_with_problems_is_refused_with_a_count() {
    let mut editor = with_steps();
    typed(&mut editor, "abc", |t| {
        Message::Step(0, StepMessage::Reps(t))
    });
    assert!(editor.checked().has(Field::Step(0, StepField::Reps)));
    assert!(matches!(editor.update(Message::Save), Action::None));
    assert!(
        matches!(&editor.status, Some(Status::Failed(m)) if m.contains("problem")),
        "{:?}",
        editor.status
    );
    let _ = editor.update(Message::Undo);
    match editor.update(Message::Save) {
        Action::Save(routine, None) => assert_eq!(routine.steps.len(), 2),
        other => panic!("expected a save, got {other:?}"),
    }
}

#[test]
fn leaving_with_changes_asks_and_each_answer_does_what_it_says() {
    let mut editor = with_steps();
    assert!(matches!(editor.update(Message::Back), Action::None));
    assert_eq!(editor.asking, Some(Leave::Back));
    assert_eq!(
        editor.hotkey(Hotkey::Escape).map(|m| format!("{m:?}")),
        Some("Answer(KeepEditing)".into())
    );
    assert!(matches!(
        editor.update(Message::Answer(Answer::KeepEditing)),
        Action::None
    ));
    assert_eq!(editor.asking, None);
    let _ = editor.ask_before(Leave::Go(Page::Today));
    assert!(matches!(
        editor.update(Message::Answer(Answer::Discard)),
        Action::Leave(Leave::Go(Page::Today))
    ));
    let _ = editor.ask_before(Leave::Back);
    match editor.update(Message::Answer(Answer::Save)) {
        Action::Save(_, Some(Leave::Back)) => {}
        other => panic!("expected save then leave, got {other:?}"),
    }
    editor.saved_as("own/x.posewise.json".into(), "Saved".into());
    assert!(!editor.is_dirty());
    assert!(!editor.ask_before(Leave::Back));
}

#[test]
fn custom_exercises_get_a_name_lines_and_sides() {
    let mut editor = Editor::new(None, "Desk breaks", None);
    let _ = editor.update(Message::AddCustom);
    assert!(editor.checked().has(Field::Step(0, StepField::Name)));
    typed(&mut editor, "Shoulder rolls", |t| {
        Message::Step(0, StepMessage::Name(t))
    });
    let _ = editor.update(Message::Step(0, StepMessage::AddInstruction));
    typed(&mut editor, "Roll slowly", |t| {
        Message::Step(0, StepMessage::Instruction(0, t))
    });
    let _ = editor.update(Message::Step(0, StepMessage::PerSide(true)));
    let routine = editor.checked().routine.clone().expect("valid");
    assert_eq!(
        routine.steps[0].exercise,
        crate::core::routine::Exercise::Custom(crate::core::routine::CustomPose {
            name: "Shoulder rolls".into(),
            instructions: vec!["Roll slowly".into()],
            per_side: true,
        })
    );
}

#[test]
fn dragging_a_step_moves_it_and_one_undo_puts_it_back() {
    let mut editor = with_steps();
    editor.add_pose("tadasana");
    let names = |e: &Editor| -> Vec<String> {
        let catalogue = Catalogue::builtin();
        e.draft().steps.iter().map(|s| s.name(catalogue)).collect()
    };
    let before = names(&editor);
    let _ = editor.update(Message::DragOver(2));
    assert_eq!(names(&editor), before, "no drag, no move");
    let _ = editor.update(Message::DragStart(0));
    let _ = editor.update(Message::DragOver(1));
    let _ = editor.update(Message::DragOver(2));
    let _ = editor.update(Message::DragEnd);
    let moved = [&before[1], &before[2], &before[0]].map(String::clone);
    assert_eq!(names(&editor), moved);
    let _ = editor.update(Message::DragOver(0));
    assert_eq!(names(&editor)[2], before[0], "the drag has ended");
    let _ = editor.update(Message::Undo);
    assert_eq!(names(&editor), before);
}

#[test]
fn a_message_for_a_step_that_is_gone_changes_nothing_and_never_panics() {
    let mut editor = with_steps();
    let _ = editor.update(Message::Step(1, StepMessage::Remove));
    let before = editor.draft().clone();
    let stale = [
        StepMessage::Hold("40".into()),
        StepMessage::Reps("3".into()),
        StepMessage::Sides(SideChoice(Some(Sides::Left))),
        StepMessage::OwnBreathing(true),
        StepMessage::Inhale("4".into()),
        StepMessage::Name("Wall sit".into()),
        StepMessage::Instruction(0, "Lean back".into()),
        StepMessage::AddInstruction,
        StepMessage::RemoveInstruction(0),
        StepMessage::PerSide(true),
        StepMessage::MoveUp,
        StepMessage::MoveDown,
        StepMessage::Duplicate,
        StepMessage::Remove,
    ];
    for message in stale {
        for index in [1, 2, usize::MAX] {
            let _ = editor.update(Message::Step(index, message.clone()));
        }
    }
    let _ = editor.update(Message::DragStart(7));
    let _ = editor.update(Message::DragOver(usize::MAX));
    let _ = editor.update(Message::DragEnd);
    assert_eq!(editor.draft(), &before);
    assert_eq!(editor.draft().steps.len(), 1);
}
