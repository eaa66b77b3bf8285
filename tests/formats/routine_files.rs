//! Bundled routines, round trips, and hostile input.

use crate::strategy;

use posewise::core::catalogue::Catalogue;
use posewise::core::location::{Position, Problems};
use posewise::core::routine::Routine;
use proptest::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn bundled() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("routines");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn the_three_sample_routines_exist_and_validate() {
    let names: Vec<_> = bundled()
        .iter()
        .filter_map(|p| p.file_name()?.to_str().map(String::from))
        .collect();
    for wanted in [
        "back-spasm-relief.posewise.json",
        "gentle-back-yoga.posewise.json",
        "breathing-reset.posewise.json",
    ] {
        assert!(names.iter().any(|n| n == wanted), "missing {wanted}");
    }
    for file in bundled() {
        if let Err(error) = Routine::load(&file, Catalogue::builtin()) {
            panic!("{error}");
        }
    }
}

#[test]
fn round_trip_is_identical() {
    let catalogue = Catalogue::builtin();
    let dir = tempfile::tempdir().expect("temp dir");
    for file in bundled() {
        let first = Routine::load(&file, catalogue).expect("bundled routine is valid");
        let text = first.to_json();
        let second = Routine::parse(text.as_bytes(), "again.json", catalogue)
            .expect("serialised routine parses");
        assert_eq!(first, second, "{}", file.display());
        assert_eq!(text, second.to_json());
        let copy = dir.path().join("copy.posewise.json");
        first.save(&copy).expect("save");
        assert_eq!(Routine::load(&copy, catalogue).ok(), Some(first));
        let saved = std::fs::read_to_string(&copy).expect("read");
        assert_eq!(saved, text);
        assert!(saved.ends_with("}\n") && saved.contains("\n  \"steps\": ["));
    }
}

#[test]
fn saving_where_no_folder_can_be_made_says_so() {
    let catalogue = Catalogue::builtin();
    let file = &bundled()[0];
    let routine = Routine::load(file, catalogue).expect("bundled routine is valid");
    let dir = tempfile::tempdir().expect("temp dir");
    let blocked = dir.path().join("a-file");
    std::fs::write(&blocked, "").expect("write");
    let error = routine.save(&blocked.join("r.posewise.json"));
    let message = error.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("cannot save the routine"), "{message}");
    assert!(message.contains("can be written to"), "{message}");
}

fn assert_located(text: &str, problems: &Problems) {
    assert!(
        !problems.shown.is_empty(),
        "an error must say what is wrong"
    );
    assert!(problems.shown.len() <= 100);
    assert!(problems.shown.is_sorted_by_key(|p| p.position));
    let lines = text.lines().count().max(1) + 1;
    for problem in &problems.shown {
        assert_eq!(problem.file, "fuzz.json");
        assert!(
            problem.position.line >= 1 && problem.position.line <= lines,
            "{problem}"
        );
        assert!(problem.position.column >= 1, "{problem}");
        assert!(!problem.message.is_empty());
        assert!(problem.pointer.is_empty() || problem.pointer.starts_with('/'));
    }
}

fn check(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Err(problems) = Routine::parse(bytes, "fuzz.json", Catalogue::builtin()) {
        assert_located(&text, &problems);
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-z_ ]{0,12}".prop_map(Value::String),
        prop::sample::select(vec!["balasana", "both", "posewise-routine", "cobra"])
            .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "format",
                    "version",
                    "title",
                    "steps",
                    "pose",
                    "hold_seconds",
                    "reps",
                    "sides",
                    "breathing",
                    "inhale",
                    "custom",
                    "name",
                    "x",
                ])
                .prop_map(String::from),
                inner,
                0..6,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn sample_texts() -> Vec<String> {
    bundled()
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn a_saved_routine_loads_back_identical(routine in strategy::routine()) {
        let catalogue = Catalogue::builtin();
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("r.posewise.json");
        routine.save(&path).expect("save");
        match Routine::load(&path, catalogue) {
            Ok(loaded) => prop_assert_eq!(loaded, routine),
            Err(error) => panic!("{error}\n{}", routine.to_json()),
        }
    }

    #[test]
    fn random_json_never_panics(value in json_value()) {
        check(value.to_string().as_bytes());
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check(&bytes);
    }

    #[test]
    fn mutated_sample_files_parse_or_give_located_errors(
        file in 0usize..3,
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0usize..4, "[\\PC]{0,3}"), 1..4),
    ) {
        let texts = sample_texts();
        let mut text = texts[file % texts.len()].clone();
        for (at, op, insert) in edits {
            let mut cut = at.index(text.len() + 1);
            while !text.is_char_boundary(cut) { cut -= 1; }
            match op {
                0 => text.insert_str(cut, &insert),
                1 => { let end = (cut + 3).min(text.len()); if text.is_char_boundary(end) { text.replace_range(cut..end, ""); } }
                2 => text.truncate(cut),
                _ => { let end = (cut + 1).min(text.len()); if text.is_char_boundary(end) { text.replace_range(cut..end, &insert); } }
            }
        }
        check(text.as_bytes());
    }

    #[test]
    fn replacing_any_value_of_a_sample_parses_or_gives_located_errors(
        file in 0usize..3,
        pick in any::<prop::sample::Index>(),
        replacement in json_value(),
    ) {
        let texts = sample_texts();
        let mut value: Value = serde_json::from_str(&texts[file % texts.len()]).expect("sample is JSON");
        let mut pointers = Vec::new();
        collect_pointers(&value, String::new(), &mut pointers);
        let pointer = &pointers[pick.index(pointers.len())];
        if let Some(slot) = value.pointer_mut(pointer) { *slot = replacement; }
        check(serde_json::to_string_pretty(&value).unwrap_or_default().as_bytes());
    }
}

fn collect_pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                collect_pointers(v, format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                collect_pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// The problems in `text`, which must be refused.
fn refused(text: &str) -> Problems {
    match Routine::parse(text.as_bytes(), "fuzz.json", Catalogue::builtin()) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(problems) => {
            assert_located(text, &problems);
            problems
        }
    }
}

#[test]
fn deeply_nested_input_is_an_error_not_a_crash() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let problems = refused(&text);
    assert_eq!(problems.shown.len(), 1);
    let problem = &problems.shown[0];
    assert!(
        problem
            .message
            .starts_with("not valid JSON: recursion limit exceeded"),
        "{problem}"
    );
    // serde_json refuses the 128th level of nesting.
    assert_eq!(
        problem.position,
        Position {
            line: 1,
            column: 128
        }
    );
    let text = format!(
        "{{\"format\":\"posewise-routine\",\"version\":1,\"title\":\"t\",\"steps\":[{{\"pose\":{}1{}}}]}}",
        "[".repeat(120),
        "]".repeat(120)
    );
    let problems = refused(&text);
    assert_eq!(problems.shown.len(), 1);
    let problem = &problems.shown[0];
    assert_eq!(
        problem.message,
        "'pose' must be a pose id in quotes, found a list"
    );
    assert_eq!(problem.pointer, "/steps/0/pose");
    let column = text.find("[[").map(|at| at + 1);
    assert_eq!(Some(problem.position.column), column);
    // Deeper than serde_json's limit inside a value nobody reads.
    let text = format!("{{\"notes\": {}{}}}", "[".repeat(5_000), "]".repeat(5_000));
    let problems = refused(&text);
    assert!(problems.shown[0].message.contains("recursion limit"));
}

#[test]
fn the_bundled_routines_validate_and_never_hold_the_breath() {
    use posewise::core::routine::resolved::ResolvedStep;
    let catalogue = Catalogue::builtin();
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("routines");
    let mut seen = 0;
    for entry in std::fs::read_dir(&folder).expect("the routines folder") {
        let path = entry.expect("an entry").path();
        let routine = Routine::load(&path, catalogue)
            .unwrap_or_else(|problems| panic!("{}: {problems:?}", path.display()));
        for (number, step) in routine.steps.iter().enumerate() {
            if let Some(breath) = ResolvedStep::in_catalogue(step, catalogue).breathing {
                assert!(
                    breath.hold == 0.0 && breath.hold_after == 0.0,
                    "{} step {}: holds the breath ({breath:?}); breathing poses \
                     ask people never to hold it",
                    path.display(),
                    number + 1
                );
            }
        }
        seen += 1;
    }
    assert_eq!(seen, 3, "every bundled routine was read");
}
