use crate::catalogue::Catalogue;
use crate::i18n::{Lang, Scoped};
use crate::routine::Routine;
use std::time::Instant;

/// A version-2 routine of six weeks with `steps` (JSON) as its steps.
fn programme(steps: &str) -> String {
    format!(
        r#"{{"format": "posewise-routine", "version": 2, "title": "P",
"prescription": {{"weeks": 6}},
"steps": {steps}}}"#
    )
}

/// The problems of `text` as "line:column: message", checked to come
/// quickly.
fn problems(text: &str) -> Vec<String> {
    let _lang = Scoped::new(Lang::En);
    let started = Instant::now();
    let found = Routine::parse(text.as_bytes(), "p.json", Catalogue::builtin());
    // Generous: a debug build on a busy machine; the point is "not minutes".
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    match found {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .shown
            .iter()
            .map(|p| format!("{}:{}: {}", p.position.line, p.position.column, p.message))
            .collect(),
    }
}

fn one_problem(text: &str, expected: &str) {
    let found = problems(text);
    assert!(
        found.iter().any(|p| p.contains(expected)),
        "expected {expected:?} in {found:#?}"
    );
}

#[test]
fn the_three_phase_programme_is_valid() {
    let found = problems(crate::routine::weeks::tests::THREE_PHASES);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn overlapping_changes_are_refused_where_they_are() {
    let text = programme(
        r#"[{"pose": "balasana",
  "progress": [{"from_week": 3, "hold_seconds": 30}, {"from_week": 3, "reps": 2}]}]"#,
    );
    one_problem(
        &text,
        "4:68: 'from_week' 3 must come after week 3, the week of the change before it",
    );
}

#[test]
fn week_0_is_refused() {
    one_problem(
        &programme(r#"[{"pose": "balasana", "from_week": 0}]"#),
        "3:45: 'from_week' must be a whole number of weeks from 1 to 52, found 0",
    );
}

#[test]
fn ten_thousand_changes_are_refused_without_reading_them() {
    let change = r#"{"from_week": 2, "reps": 2}"#;
    let many = vec![change; 10_000].join(",");
    let text = programme(&format!(
        r#"[{{"pose": "balasana", "progress": [{many}]}}]"#
    ));
    one_problem(&text, "3:44: 'progress' may have at most 52 changes");
}

#[test]
fn a_programme_of_long_weeks_is_refused_before_it_is_built() {
    // 52 weeks, each adding an hour-long hold, done 100 times: far over
    // six hours from week 1 on.
    let changes: Vec<String> = (2..=52)
        .map(|week| format!(r#"{{"from_week": {week}, "hold_seconds": 3600}}"#))
        .collect();
    let step = format!(
        r#"{{"pose": "balasana", "hold_seconds": 3600, "reps": 100, "sets": 100, "progress": [{}]}}"#,
        changes.join(",")
    );
    let steps = vec![step; 200].join(",");
    let text = programme(&format!("[{steps}]")).replace(r#""weeks": 6"#, r#""weeks": 52"#);
    one_problem(&text, "in week 1 the session would last");
}

#[test]
fn from_week_after_until_week_is_refused() {
    one_problem(
        &programme(r#"[{"pose": "balasana", "from_week": 4, "until_week": 2}]"#),
        "'until_week' 2 comes before 'from_week' 4; the step would never run",
    );
}

#[test]
fn a_step_past_the_end_and_an_empty_week_are_refused() {
    one_problem(
        &programme(r#"[{"pose": "balasana", "from_week": 7}]"#),
        "'from_week' is week 7, but the programme has only 6 weeks",
    );
    one_problem(
        &programme(
            r#"[{"pose": "balasana", "until_week": 2}, {"pose": "tadasana", "from_week": 4}]"#,
        ),
        "no step runs in week 3",
    );
    one_problem(
        &programme(
            r#"[{"pose": "balasana", "until_week": 2, "progress": [{"from_week": 3, "reps": 2}]}]"#,
        ),
        "'from_week' 3 is outside the weeks the step runs in (1 to 2)",
    );
}

#[test]
fn version_2_fields_in_a_version_1_file_say_so() {
    let text = programme(r#"[{"pose": "balasana", "until_week": 2}, {"pose": "tadasana"}]"#)
        .replace(r#""version": 2"#, r#""version": 1"#);
    one_problem(
        &text,
        "'until_week' needs \"version\": 2 at the top of the file",
    );
}

#[test]
fn weeks_need_the_programme_s_length() {
    let text = programme(r#"[{"pose": "balasana", "until_week": 2}, {"pose": "tadasana"}]"#)
        .replace(r#""prescription": {"weeks": 6},"#, "");
    one_problem(&text, "'until_week' needs the programme's length");
}

#[test]
fn a_change_that_gives_nothing_is_refused() {
    one_problem(
        &programme(r#"[{"pose": "balasana", "progress": [{"from_week": 2}]}]"#),
        "this change gives no dose",
    );
}

#[test]
fn a_newer_version_still_says_made_with_a_newer_posewise() {
    let text = programme(r#"[{"pose": "balasana"}]"#).replace(r#""version": 2"#, r#""version": 3"#);
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("newer"), "{found:?}");
}
