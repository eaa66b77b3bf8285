use super::*;
use crate::library::Library;

fn catalogue() -> &'static Catalogue {
    Catalogue::builtin()
}

fn three_steps() -> Draft {
    let mut draft = Draft::new("Lunch break");
    draft.steps.push(DraftStep::pose("knee-to-chest"));
    draft.steps.push(DraftStep::pose("cobra"));
    draft.steps.push(DraftStep::custom("Shoulder rolls"));
    draft.steps[0].hold = "30".into();
    draft.steps[0].reps = "2".into();
    draft
}

#[test]
fn every_bundled_routine_survives_the_editor_unchanged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = Library::load(dir.path(), catalogue());
    for entry in &library.entries {
        let routine = entry.routine.as_ref().expect("bundled routines are valid");
        let checked = Draft::from_routine(routine).check(catalogue());
        assert_eq!(checked.problems, [], "{}", entry.title);
        assert_eq!(checked.routine.as_ref(), Some(routine), "{}", entry.title);
        assert_eq!(checked.total_ms, Some(routine.duration_ms(catalogue())));
    }
}

#[test]
fn a_valid_draft_gives_its_routine_and_total() {
    let checked = three_steps().check(catalogue());
    assert_eq!(checked.problems, []);
    let routine = checked.routine.expect("valid");
    assert_eq!(routine.steps.len(), 3);
    assert_eq!(routine.steps[0].hold_seconds, Some(30));
    assert_eq!(routine.steps[1].exercise, Exercise::Pose("cobra".into()));
    let total = checked.total_ms.expect("a total");
    assert_eq!(total, routine.duration_ms(catalogue()));
    assert!(total > 60_000, "{total}");
}

#[test]
fn problems_sit_next_to_the_field_that_has_them() {
    let mut draft = three_steps();
    draft.title = "  ".into();
    draft.steps[0].hold = "thirty".into();
    draft.steps[1].reps = "0".into();
    draft.steps[2].exercise = DraftExercise::Custom {
        name: String::new(),
        instructions: Vec::new(),
        per_side: false,
    };
    draft.times_per_day = "99".into();
    let checked = draft.check(catalogue());
    assert!(checked.routine.is_none());
    assert_eq!(checked.total_ms, None);
    for field in [
        Field::Title,
        Field::Step(0, StepField::Hold),
        Field::Step(1, StepField::Reps),
        Field::Step(2, StepField::Name),
        Field::TimesPerDay,
    ] {
        assert!(checked.has(field), "{field:?}: {:?}", checked.problems);
    }
    assert!(!checked.has(Field::Step(0, StepField::Reps)));
    let hold: Vec<&str> = checked.messages(Field::Step(0, StepField::Hold)).collect();
    assert!(hold[0].contains("number"), "{hold:?}");
}

#[test]
fn fixing_the_field_clears_its_problem() {
    let mut draft = three_steps();
    draft.steps[0].hold = "99999".into();
    assert!(
        draft
            .check(catalogue())
            .has(Field::Step(0, StepField::Hold))
    );
    draft.steps[0].hold = "45".into();
    assert!(draft.check(catalogue()).routine.is_some());
}

#[test]
fn an_empty_routine_asks_for_a_step() {
    let checked = Draft::new("Nothing yet").check(catalogue());
    assert!(checked.routine.is_none());
    assert!(
        checked
            .problems
            .iter()
            .any(|(f, _)| matches!(f, Field::Steps | Field::Routine)),
        "{:?}",
        checked.problems
    );
}

#[test]
fn own_breathing_and_sides_are_written_only_when_set() {
    let mut draft = three_steps();
    draft.steps[0].sides = Some(Sides::Left);
    draft.steps[2].breathing = Some(DraftBreath {
        inhale: "4.5".into(),
        ..DraftBreath::calm()
    });
    let value = draft.to_value();
    assert_eq!(value["steps"][0]["sides"], "left");
    assert!(value["steps"][1].get("sides").is_none());
    assert_eq!(value["steps"][2]["breathing"]["inhale"], 4.5);
    assert!(value["steps"][2]["breathing"].get("hold").is_none());
    let routine = draft.check(catalogue()).routine.expect("valid");
    let breath = routine.steps[2].breathing.expect("own rhythm");
    assert!((breath.inhale - 4.5).abs() < f64::EPSILON);
}

#[test]
fn pointers_name_fields() {
    let cases = [
        ("", Field::Routine),
        ("/title", Field::Title),
        ("/prescription", Field::Routine),
        ("/prescription/weeks", Field::Weeks),
        ("/steps", Field::Steps),
        ("/steps/x", Field::Steps),
        ("/steps/3", Field::Step(3, StepField::Whole)),
        ("/steps/3/custom", Field::Step(3, StepField::Exercise)),
        ("/steps/3/custom/name", Field::Step(3, StepField::Name)),
        (
            "/steps/3/custom/instructions/2",
            Field::Step(3, StepField::Instructions),
        ),
        (
            "/steps/0/breathing/inhale",
            Field::Step(0, StepField::Breathing),
        ),
        (
            "/steps/1/set_rest_seconds",
            Field::Step(1, StepField::SetRest),
        ),
        ("/steps/1/until_week", Field::Step(1, StepField::UntilWeek)),
        ("/steps/1/progress", Field::Step(1, StepField::Changes)),
        (
            "/steps/1/progress/4/hold_seconds",
            Field::Step(1, StepField::Change(4)),
        ),
    ];
    assert_eq!(
        Field::Step(1, StepField::Change(4)).key(),
        "step-1-change-4"
    );
    assert_eq!(Field::Title.key(), "title");
    assert_eq!(
        Field::Step(2, StepField::SetRest).key(),
        "step-2-rest-between-sets"
    );
    for (pointer, field) in cases {
        assert_eq!(Field::of_pointer(pointer), field, "{pointer}");
    }
}

mod typed {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Whatever is typed into a number field, the check never panics,
        /// and a valid result keeps what was typed.
        #[test]
        fn any_typed_hold_is_checked(typed in "\\PC{0,12}") {
            let mut draft = three_steps();
            draft.steps[0].hold = typed.clone();
            let checked = draft.check(catalogue());
            if let Some(routine) = checked.routine {
                let trimmed = typed.trim();
                let expected = if trimmed.is_empty() { None } else { trimmed.parse().ok() };
                prop_assert_eq!(routine.steps[0].hold_seconds, expected);
            } else {
                prop_assert!(!checked.problems.is_empty());
            }
        }
    }
}

#[test]
fn messages_in_the_editor_use_its_own_words_not_file_keys() {
    assert_eq!(
        in_words("'hold_seconds' must be a whole number of seconds from 1 to 3600, found 4500"),
        "must be a whole number of seconds from 1 to 3600, not 4500"
    );
    assert_eq!(
        in_words("'sides' must be one of \"both\", found 3"),
        "must be one of \"both\", not 3"
    );
    // Other keys inside a message become words too.
    let message = in_words("the breath ('inhale' + 'exhale') does not fit in 'hold_seconds'");
    assert_eq!(
        message,
        "the breath (Breathe in + Breathe out) does not fit in Hold"
    );
    assert!(!message.contains('\''));
    // An apostrophe or a quoted name that is no key stays as written.
    assert_eq!(
        in_words("this routine's 'reps' and 'knee hug', found 0"),
        "this routine's Reps and 'knee hug', not 0"
    );
}

#[test]
fn a_programme_that_changes_by_week_survives_the_editor_unchanged() {
    let text = crate::routine::weeks::tests::THREE_PHASES;
    let routine = Routine::parse(text.as_bytes(), "six.json", catalogue()).expect("valid");
    let mut draft = Draft::from_routine(&routine);
    assert_eq!(draft.check(catalogue()).routine.as_ref(), Some(&routine));
    // An edit of something else keeps the weeks and the id.
    draft.title = "Six weeks, renamed".into();
    let edited = draft.check(catalogue()).routine.expect("valid");
    assert_eq!(edited.steps, routine.steps);
    assert_eq!(edited.stable_id(), routine.stable_id());
    assert!(edited.to_json().contains(r#""version": 2"#));
}

#[test]
fn the_table_of_changes_edits_a_programme_and_shows_each_phase_length() {
    let mut draft = three_steps();
    assert!(
        draft.check(catalogue()).weekly_ms.is_empty(),
        "same every week"
    );
    draft.weeks = "6".into();
    let step = &mut draft.steps[0];
    step.hold = "20".into();
    let mut change = step.next_change();
    assert_eq!(change.from_week, "2");
    change.from_week = "3".into();
    change.set(ChangeColumn::Hold, "30".into());
    step.progress.push(change);
    assert_eq!(step.next_change().from_week, "4");
    draft.steps[1].until_week = "4".into();
    let checked = draft.check(catalogue());
    let routine = checked.routine.clone().expect("valid");
    assert_eq!(routine.needed_version(), 2);
    assert_eq!(routine.in_week(3).steps[0].hold_seconds, Some(30));
    let weeks: Vec<u32> = checked.weekly_ms.iter().map(|&(week, _)| week).collect();
    assert_eq!(weeks, [1, 3, 5]);
    for &(week, ms) in &checked.weekly_ms {
        assert_eq!(
            ms,
            routine.in_week(week).duration_ms(catalogue()),
            "week {week}"
        );
    }
    assert!(
        checked.weekly_ms[0].1 < checked.weekly_ms[1].1,
        "a longer hold"
    );
    assert_eq!(Draft::from_routine(&routine).check(catalogue()), checked);

    // A row past the programme's end is located in its row.
    draft.steps[0].progress[0].from_week = "9".into();
    let checked = draft.check(catalogue());
    assert!(
        checked.has(Field::Step(0, StepField::Change(0))),
        "{checked:?}"
    );
    // Removing every week-by-week field writes version 1 again.
    draft.steps[0].progress.clear();
    draft.steps[1].until_week.clear();
    let routine = draft.check(catalogue()).routine.expect("valid");
    assert_eq!(routine.needed_version(), 1);
}
