use super::*;
use crate::catalogue::Catalogue;

/// Three phases: hold 20 s in weeks 1–2, 30 s in weeks 3–4, 45 s × 3 in
/// weeks 5–6; a bridge from week 3; knee-to-chest until week 4.
pub(crate) const THREE_PHASES: &str = r#"{
  "format": "posewise-routine", "version": 2, "id": "physio-7f3c",
  "title": "Six weeks", "prescription": {"days_per_week": 5, "weeks": 6},
  "steps": [
    {"pose": "balasana", "hold_seconds": 20,
     "progress": [{"from_week": 3, "hold_seconds": 30},
                  {"from_week": 5, "hold_seconds": 45, "reps": 3}]},
    {"custom": {"name": "Bridge"}, "hold_seconds": 10, "from_week": 3},
    {"pose": "knee-to-chest", "until_week": 4}
  ]
}"#;

fn three_phases() -> Routine {
    Routine::parse(THREE_PHASES.as_bytes(), "six.json", Catalogue::builtin()).expect("valid")
}

fn names(routine: &Routine) -> Vec<String> {
    routine
        .steps
        .iter()
        .map(|step| match &step.exercise {
            super::super::Exercise::Pose(id) => id.clone(),
            super::super::Exercise::Custom(custom) => custom.name.clone(),
        })
        .collect()
}

#[test]
fn each_week_has_its_steps_and_doses() {
    let programme = three_phases();
    let week = |n| programme.in_week(n);
    assert_eq!(names(&week(1)), ["balasana", "knee-to-chest"]);
    assert_eq!(week(2).steps[0].hold_seconds, Some(20));
    assert_eq!(names(&week(3)), ["balasana", "Bridge", "knee-to-chest"]);
    assert_eq!(week(3).steps[0].hold_seconds, Some(30));
    assert_eq!(week(4).steps[0].reps, None);
    assert_eq!(names(&week(5)), ["balasana", "Bridge"]);
    assert_eq!(
        (week(5).steps[0].hold_seconds, week(5).steps[0].reps),
        (Some(45), Some(3))
    );
    assert_eq!(
        week(7).steps,
        week(6).steps,
        "past the end is the last week"
    );
    assert_eq!(week(7).week, Some(Week::of_programme(7, 6)));
    assert!(week(7).week.is_some_and(|w| w.complete && w.number == 6));
    assert_eq!(week(0), week(1));
    for n in 1..=7 {
        let routine = week(n);
        assert!(!routine.changes_by_week());
        assert_eq!(routine.stable_id(), "physio-7f3c");
        let again = Routine::parse(routine.to_json().as_bytes(), "w", Catalogue::builtin());
        let written = Routine {
            week: None,
            ..routine.clone()
        };
        assert_eq!(again.ok(), Some(written), "{n}: the week is not written");
    }
}

#[test]
fn weeks_count_from_the_start_day() {
    let programme = three_phases();
    let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
    let first = day("2026-12-07");
    let on = |d| day(d).and_then(|d| programme.week_on(d, first));
    assert_eq!(on("2026-12-07").map(|w| w.number), Some(1));
    assert_eq!(on("2026-12-13").map(|w| w.number), Some(1));
    assert_eq!(on("2026-12-14").map(|w| w.number), Some(2));
    assert_eq!(on("2026-12-21").map(|w| (w.number, w.of)), Some((3, 6)));
    let done = on("2027-01-18");
    assert_eq!(
        done,
        Some(Week {
            number: 6,
            of: 6,
            complete: true
        })
    );
    assert_eq!(
        on("2026-01-01").map(|w| w.number),
        Some(1),
        "before the start"
    );
    let before_any = day("2026-12-20").and_then(|d| programme.week_on(d, None));
    assert_eq!(before_any.map(|w| w.number), Some(1));
    let far = day("9999-12-31").and_then(|d| programme.week_on(d, first));
    assert_eq!(far.map(|w| (w.number, w.complete)), Some((6, true)));
}

#[test]
fn a_starts_day_in_the_file_beats_the_first_session() {
    let text = THREE_PHASES.replace(r#""id": "physio-7f3c","#, r#""starts": "2026-12-01","#);
    let programme = Routine::parse(text.as_bytes(), "s.json", Catalogue::builtin());
    let programme = programme.expect("valid");
    let day = NaiveDate::from_ymd_opt(2026, 12, 15).unwrap_or_default();
    let first = NaiveDate::from_ymd_opt(2026, 12, 14);
    assert_eq!(programme.week_on(day, first).map(|w| w.number), Some(3));
}

#[test]
fn a_routine_that_never_changes_is_version_1_and_has_no_weeks() {
    let text = r#"{"format": "posewise-routine", "version": 1, "title": "Same",
      "prescription": {"weeks": 6}, "steps": [{"pose": "balasana"}]}"#;
    let routine = Routine::parse(text.as_bytes(), "same.json", Catalogue::builtin());
    let routine = routine.expect("valid");
    assert_eq!(routine.needed_version(), 1);
    assert_eq!(routine.programme_weeks(), None);
    assert_eq!(routine.in_week(3), routine);
    let day = NaiveDate::from_ymd_opt(2026, 12, 15).unwrap_or_default();
    assert_eq!(routine.week_on(day, None), None);
}

#[test]
fn a_version_2_file_without_its_features_is_written_as_version_1() {
    let text = r#"{"format": "posewise-routine", "version": 2, "title": "Plain",
      "steps": [{"pose": "balasana"}]}"#;
    let routine = Routine::parse(text.as_bytes(), "plain.json", Catalogue::builtin());
    let json = routine.expect("valid").to_json();
    assert!(json.contains(r#""version": 1"#), "{json}");
    assert!(three_phases().to_json().contains(r#""version": 2"#));
}

#[test]
fn the_phases_begin_where_a_step_starts_stops_or_changes() {
    assert_eq!(three_phases().phase_weeks(), [1, 3, 5]);
    let one_change = Routine::parse(
        br#"{"format": "posewise-routine", "version": 2, "title": "Two",
             "prescription": {"weeks": 4},
             "steps": [{"pose": "balasana", "until_week": 2},
                       {"pose": "tadasana", "progress": [{"from_week": 2, "reps": 2}]}]}"#,
        "two.json",
        Catalogue::builtin(),
    )
    .expect("valid");
    assert_eq!(one_change.phase_weeks(), [1, 2, 3]);
    let same = Routine::parse(
        br#"{"format": "posewise-routine", "version": 1, "title": "Same",
             "steps": [{"pose": "balasana"}]}"#,
        "same.json",
        Catalogue::builtin(),
    )
    .expect("valid");
    assert!(same.phase_weeks().is_empty());
}

#[test]
fn each_week_says_what_changed_since_the_week_before() {
    let programme = three_phases();
    let changes = |week| programme.changes_in(week, Catalogue::builtin());
    assert!(changes(1).is_empty() && changes(2).is_empty() && changes(7).is_empty());
    assert_eq!(
        changes(3),
        [
            "Child's pose: hold 30 s (was 20 s)",
            "New this week: Bridge"
        ]
    );
    assert_eq!(
        changes(5),
        [
            "Child's pose: hold 45 s (was 30 s), 3 repetitions (was 1)",
            "Finished: Knee-to-chest stretch is no longer part of the programme",
        ]
    );
    let one_rep = Routine::parse(
        br#"{"format": "posewise-routine", "version": 2, "title": "Down",
             "prescription": {"weeks": 2},
             "steps": [{"pose": "balasana", "reps": 3, "progress": [{"from_week": 2, "reps": 1}]}]}"#,
        "down.json",
        Catalogue::builtin(),
    )
    .expect("valid");
    assert_eq!(
        one_rep.changes_in(2, Catalogue::builtin()),
        ["Child's pose: 1 repetition (was 3)"]
    );
}
