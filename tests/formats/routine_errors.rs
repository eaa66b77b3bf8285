//! Every class of mistake in a routine file gives a located, helpful message.

use posewise::core::catalogue::Catalogue;
use posewise::core::location::Problem;
use posewise::core::routine::Routine;

fn problems(text: &str) -> Vec<Problem> {
    match Routine::parse(text.as_bytes(), "r.json", Catalogue::builtin()) {
        Ok(_) => panic!("expected problems in:\n{text}"),
        Err(problems) => {
            assert_eq!(problems.more, 0, "{problems}");
            problems.shown
        }
    }
}

/// The single problem's (line, column, message).
fn only(text: &str) -> (usize, usize, String) {
    let found = problems(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let p = &found[0];
    (p.position.line, p.position.column, p.message.clone())
}

const HEAD: &str =
    "{\n  \"format\": \"posewise-routine\",\n  \"version\": 1,\n  \"title\": \"T\",\n";

fn with_steps(steps: &str) -> String {
    format!("{HEAD}  \"steps\": [\n{steps}\n  ]\n}}\n")
}

#[test]
fn unknown_pose_suggests_the_nearest() {
    let (line, column, message) = only(&with_steps(r#"    {"pose": "balasanna"}"#));
    assert_eq!((line, column), (6, 14));
    assert_eq!(
        message,
        "unknown pose 'balasanna'; did you mean 'balasana'?"
    );
}

#[test]
fn unknown_pose_far_from_everything_points_to_the_list() {
    let (_, _, message) = only(&with_steps(r#"    {"pose": "headstand"}"#));
    assert!(message.contains("posewise poses"), "{message}");
}

#[test]
fn unknown_field_suggests_the_nearest_and_points_at_the_key() {
    let text = with_steps("    {\"pose\": \"balasana\",\n     \"hold_secs\": 30}");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (7, 6));
    assert_eq!(
        message,
        "unknown field 'hold_secs' in step 1; did you mean 'hold_seconds'?"
    );
    let top = only(&format!(
        "{HEAD}  \"titel\": \"x\",\n  \"steps\": [{{\"pose\": \"balasana\"}}]\n}}"
    ));
    assert_eq!((top.0, top.1), (5, 3));
    assert!(top.2.contains("did you mean 'title'?"), "{}", top.2);
}

#[test]
fn wrong_types_say_what_was_expected_and_found() {
    let (line, column, message) = only(&with_steps(r#"    {"pose": "balasana", "reps": "three"}"#));
    assert_eq!((line, column), (6, 34));
    assert_eq!(
        message,
        "'reps' must be a whole number of times from 1 to 100, found text"
    );
    let (_, _, message) = only(&with_steps(r#"    {"pose": 7}"#));
    assert!(
        message.starts_with("'pose' must be a pose id in quotes"),
        "{message}"
    );
    let (_, _, message) = only(&format!("{HEAD}  \"steps\": {{}}\n}}"));
    assert!(message.starts_with("'steps' must be a list"), "{message}");
}

#[test]
fn bad_numbers_are_rejected() {
    for (value, found) in [
        ("-5", "-5"),
        ("0", "0"),
        ("3601", "3601"),
        ("2.5", "2.5"),
        ("1e400", ""),
    ] {
        let text = with_steps(&format!(
            r#"    {{"pose": "balasana", "hold_seconds": {value}}}"#
        ));
        if value == "1e400" {
            // serde_json refuses numbers out of f64 range as a syntax error.
            let (line, _, message) = only(&text);
            assert_eq!(line, 6);
            assert!(message.starts_with("not valid JSON"), "{message}");
            continue;
        }
        let (line, column, message) = only(&text);
        assert_eq!((line, column), (6, 42), "{value}");
        assert_eq!(
            message,
            format!(
                "'hold_seconds' must be a whole number of seconds from 1 to 3600, found {found}"
            )
        );
    }
    let (_, _, message) = only(&with_steps(r#"    {"pose": "balasana", "reps": 101}"#));
    assert!(message.contains("from 1 to 100, found 101"), "{message}");
    let (_, _, message) = only(&with_steps(
        r#"    {"pose": "deep-breathing", "breathing": {"inhale": 4.25, "exhale": 6}}"#,
    ));
    assert!(message.contains("in steps of 0.1, found 4.25"), "{message}");
}

#[test]
fn empty_steps_and_too_many_steps() {
    let (line, column, message) = only(&format!("{HEAD}  \"steps\": []\n}}"));
    assert_eq!((line, column), (5, 12));
    assert!(message.starts_with("'steps' is empty"), "{message}");
    let many = vec![r#"{"pose":"balasana","hold_seconds":1}"#; 201].join(",");
    let (_, _, message) = only(&format!("{HEAD}  \"steps\": [{many}]\n}}"));
    assert_eq!(
        message,
        "a routine may have at most 200 steps, this one has 201; split it into \
         several routines (steps after the 200th were not checked)"
    );
}

#[test]
fn sides_on_a_pose_without_sides() {
    let (line, column, message) = only(&with_steps(r#"    {"pose": "balasana", "sides": "left"}"#));
    assert_eq!((line, column), (6, 35));
    assert_eq!(
        message,
        "'balasana' is not done per side, so it cannot have sides; remove 'sides'"
    );
    let (_, _, message) = only(&with_steps(
        r#"    {"pose": "knee-to-chest", "sides": "bothh"}"#,
    ));
    assert!(message.contains("did you mean 'both'?"), "{message}");
}

#[test]
fn newer_version_and_wrong_format() {
    let text = "{\"format\": \"posewise-routine\", \"version\": 3, \"title\": \"T\", \"steps\": [{\"pose\": \"balasana\"}]}";
    let (line, column, message) = only(text);
    assert_eq!((line, column), (1, 43));
    assert_eq!(
        message,
        "this file was made with a newer Posewise (routine format version 3; this one reads version 2): update Posewise to open it"
    );
    let text = "{\"format\": \"routine\", \"version\": 1, \"title\": \"T\", \"steps\": [{\"pose\": \"balasana\"}]}";
    let (_, column, message) = only(text);
    assert_eq!(column, 12);
    assert!(
        message.starts_with("'format' must be \"posewise-routine\""),
        "{message}"
    );
}

#[test]
fn not_json_not_utf8_and_too_large() {
    let (line, column, message) =
        only("{\n  \"format\": \"posewise-routine\",\n  \"version\" 1\n}");
    assert_eq!((line, column), (3, 13));
    assert_eq!(message, "not valid JSON: expected `:`");
    let mut bytes = b"{\n  \"title\": \"caf".to_vec();
    bytes.extend([0xff, b'"', b'}']);
    let found = Routine::parse(&bytes, "r.json", Catalogue::builtin())
        .err()
        .unwrap_or_default()
        .shown;
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].position.line, found[0].position.column), (2, 16));
    assert!(found[0].message.contains("not UTF-8"));
    let big = format!("{HEAD}\"notes\": \"{}\"}}", "x".repeat(1024 * 1024));
    let (line, column, message) = only(&big);
    assert_eq!((line, column), (1, 1));
    assert!(
        message.starts_with("the file is larger than 1024 KiB"),
        "{message}"
    );
}

#[test]
fn missing_fields_and_pose_or_custom() {
    let found = problems("{\"format\": \"posewise-routine\", \"version\": 1}");
    let messages: Vec<_> = found.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(
        messages,
        ["the routine needs 'title'", "the routine needs 'steps'"]
    );
    let (_, _, message) = only(&with_steps(r#"    {"hold_seconds": 5}"#));
    assert!(message.starts_with("step 1 needs 'pose'"), "{message}");
    let (_, _, message) = only(&with_steps(r#"    {"custom": {"name": "Heel slides"}}"#));
    assert_eq!(message, "step 1 (Heel slides) needs 'hold_seconds'");
    let (_, _, message) = only(&with_steps(
        r#"    {"pose": "balasana", "custom": {"name": "x"}, "hold_seconds": 5}"#,
    ));
    assert_eq!(message, "step 1 has both 'pose' and 'custom'; keep one");
}

#[test]
fn breathing_must_fit_in_the_hold() {
    let (_, _, message) = only(&with_steps(
        r#"    {"pose": "deep-breathing", "hold_seconds": 10, "breathing": {"inhale": 6, "exhale": 6}}"#,
    ));
    assert!(
        message.starts_with("one breath takes 12.0 s but the step holds for only 10 s"),
        "{message}"
    );
}

#[test]
fn session_longer_than_six_hours_points_at_the_step_that_passes_it() {
    // Each step: 5 s get ready + 2 × 3600 s: the third one passes 6 hours.
    let steps = [r#"{"pose":"balasana","hold_seconds":3600,"reps":2}"#; 4].join(",\n");
    let text = format!("{HEAD}  \"steps\": [\n{steps}]\n}}");
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!((found[0].position.line, found[0].position.column), (8, 1));
    assert_eq!(found[0].pointer, "/steps/2");
    assert_eq!(
        found[0].message,
        "the session would last 8.1 hours; a session is at most 6 hours, and \
         step 3 takes it past that: give the steps fewer reps or sets or \
         shorter holds, or split the routine into several routines"
    );
}

#[test]
fn duplicate_keys_are_reported() {
    let text =
        format!("{HEAD}  \"title\": \"Again\",\n  \"steps\": [{{\"pose\": \"balasana\"}}]\n}}");
    let (line, column, message) = only(&text);
    assert_eq!((line, column), (5, 3));
    assert_eq!(message, "'title' is given twice; keep only one");
}

#[test]
fn collects_every_problem_in_order() {
    let text = with_steps(
        "    {\"pose\": \"balasanna\"},\n    {\"pose\": \"cobra\", \"reps\": 0},\n    {\"pose\": \"tadasana\", \"sides\": \"left\"}",
    );
    let found = problems(&text);
    let lines: Vec<_> = found.iter().map(|p| p.position.line).collect();
    assert_eq!(lines, [6, 7, 8]);
    assert_eq!(
        found[1].to_string(),
        format!("r.json:7:31: error: {}", found[1].message)
    );
}

#[test]
fn each_problem_names_the_field_it_is_about() {
    let text = format!(
        "{{\"format\": \"posewise-routine\", \"version\": 1,\n  \"titel\": \"x\",\n  \"steps\": [\n{}\n  ]\n}}",
        [
            r#"    {"pose": "balasana", "hold_secs": 30, "reps": 0}"#,
            r#"    {"hold_seconds": 5}"#,
            r#"    {"pose": "deep-breathing", "hold_seconds": 10, "breathing": {"inhale": 6, "exhale": 6}}"#,
            r#"    {"custom": {"name": "a", "per_side": 1}, "hold_seconds": 5, "sides": "up"}"#,
        ]
        .join(",\n")
    );
    let found = problems(&text);
    let pointers: Vec<_> = found.iter().map(|p| p.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        [
            "",
            "/titel",
            "/steps/0/hold_secs",
            "/steps/0/reps",
            "/steps/1",
            "/steps/2/breathing",
            "/steps/3/custom/per_side",
            "/steps/3/sides",
        ],
        "{found:#?}"
    );
    assert_eq!(found[0].message, "the routine needs 'title'");
    let syntax = Routine::parse(b"{\"steps\": [}", "r.json", Catalogue::builtin());
    let syntax = syntax.err().unwrap_or_default();
    assert_eq!(syntax.shown.len(), 1);
    assert_eq!(syntax.shown[0].pointer, "");
}

#[test]
fn duplicates_and_unknown_fields_point_at_their_key() {
    let text =
        format!("{HEAD}  \"title\": \"Again\",\n  \"steps\": [{{\"pose\": \"balasana\"}}]\n}}");
    let found = problems(&text);
    assert_eq!(found[0].pointer, "/title");
    assert_eq!((found[0].position.line, found[0].position.column), (5, 3));
}

/// `count` steps, one a line from line 6, each with two mistakes: an
/// unknown pose (column 14) and an unknown field (column 27).
fn steps_with_two_mistakes(count: usize) -> String {
    let step = r#"    {"pose": "balasanna", "hold_secs": 1}"#;
    with_steps(&vec![step; count].join(",\n"))
}

#[test]
fn reports_the_first_hundred_problems_and_counts_the_rest() {
    let text = steps_with_two_mistakes(150);
    let found = Routine::parse(text.as_bytes(), "r.json", Catalogue::builtin())
        .err()
        .unwrap_or_default();
    assert_eq!(found.shown.len(), 100);
    assert_eq!(found.more, 200);
    let first: Vec<_> = found
        .shown
        .iter()
        .map(|p| (p.position.line, p.position.column))
        .collect();
    let expected: Vec<_> = (6..56).flat_map(|line| [(line, 14), (line, 27)]).collect();
    assert_eq!(first, expected);
    let lines: Vec<String> = found.to_string().lines().map(String::from).collect();
    assert_eq!(lines.len(), 101);
    assert_eq!(
        lines[0],
        "r.json:6:14: error: unknown pose 'balasanna'; did you mean 'balasana'?"
    );
    assert_eq!(lines[100], "… and 200 more problems");
}

#[test]
fn steps_past_the_limit_are_counted_not_checked() {
    let text = steps_with_two_mistakes(19_000);
    let found = Routine::parse(text.as_bytes(), "r.json", Catalogue::builtin())
        .err()
        .unwrap_or_default();
    // 200 checked steps × 2, and the step count itself.
    assert_eq!(found.total(), 401);
    assert_eq!(found.shown.len(), 100);
    assert_eq!(found.shown[0].pointer, "/steps");
    assert!(
        found.shown[0].message.contains("this one has 19000"),
        "{}",
        found.shown[0]
    );
}

#[test]
fn a_dose_bomb_is_refused_by_arithmetic_before_anything_is_built() {
    let bomb = r#"    {"pose":"knee-to-chest","hold_seconds":3600,"reps":100,"sets":100,"breathing":{"inhale":0.5,"exhale":0.5}}"#;
    let text = with_steps(bomb);
    let started = std::time::Instant::now();
    let (line, column, message) = only(&text);
    // Generous: the arithmetic takes microseconds; building the plan
    // would take minutes and gigabytes.
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
    assert_eq!((line, column), (6, 5));
    // 5 s + 100 × 100 × (3600 s left + 5 s switch + 3600 s right).
    assert!(
        message.starts_with(
            "the session would last 20013.9 hours; a session is at most 6 hours, \
             and step 1 takes it past that"
        ),
        "{message}"
    );
    assert!(message.contains("fewer reps or sets"), "{message}");
    assert!(message.contains("split the routine"), "{message}");
}

#[test]
fn huge_numbers_are_out_of_range_not_a_crash() {
    for (value, found) in [
        ("1e308", "found 1e+308"),
        ("-0", "found -0.0"),
        ("18446744073709551616", "found 1.8446744073709552e+19"),
        ("4294967296", "found 4294967296"),
    ] {
        let text = with_steps(&format!(r#"    {{"pose": "balasana", "reps": {value}}}"#));
        let (_, _, message) = only(&text);
        assert!(message.ends_with(found), "{value}: {message}");
    }
}

#[test]
fn long_text_is_refused_and_quoted_short() {
    let long = "x".repeat(5000);
    let (_, _, message) = only(&with_steps(&format!(r#"    {{"pose": "{long}"}}"#)));
    assert!(message.len() < 300, "{message}");
    assert!(message.starts_with("unknown pose 'xxxx"), "{message}");
    let name = "n".repeat(81);
    let text = with_steps(&format!(
        r#"    {{"custom": {{"name": "{name}"}}, "hold_seconds": 5}}"#
    ));
    let (_, _, message) = only(&text);
    assert_eq!(message, "'name' is longer than 80 characters; shorten it");
}
