use super::*;
use crate::routine::Routine;
use chrono::{DateTime, FixedOffset};

const ROUTINE: &str = r#"{"format": "posewise-routine", "version": 1, "title": "Back",
  "prescription": {"times_per_day": 2, "days_per_week": 7},
  "steps": [{"pose": "balasana"}, {"pose": "cobra"}]}"#;

pub(crate) fn routine() -> Routine {
    serde_json::from_str(ROUTINE).expect("routine")
}

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("time")
}

pub(crate) fn record(start: &str, pain: Option<(u8, u8)>) -> SessionRecord {
    let started = at(start);
    let mut record =
        SessionRecord::new(&routine(), started, started + chrono::Duration::minutes(10));
    record.completed = true;
    record.steps_done = 2;
    record.active_seconds = 600;
    record.pain_before = pain.map(|p| p.0);
    record.pain_after = pain.map(|p| p.1);
    record
}

#[test]
fn a_record_is_one_line_with_the_fields_in_the_documented_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("sub/history.jsonl");
    let first = record("2026-03-01T08:00:00+01:00", Some((4, 2)));
    append(&path, &first).expect("append");
    let text = std::fs::read_to_string(&path).expect("read");
    assert_eq!(text.lines().count(), 1);
    assert!(text.ends_with('\n'));
    let keys: Vec<&str> = [
        "format",
        "version",
        "id",
        "routine_title",
        "routine_id",
        "started_at",
        "ended_at",
        "completed",
        "steps_done",
        "steps_total",
        "active_seconds",
        "pain_before",
        "pain_after",
        "effort",
        "note",
        "painful_steps",
    ]
    .into_iter()
    .collect();
    let positions: Vec<usize> = keys
        .iter()
        .map(|k| text.find(&format!("\"{k}\":")).expect(k))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert!(text.contains("\"started_at\":\"2026-03-01T08:00:00+01:00\""));
    assert!(text.starts_with("{\"format\":\"posewise-session\",\"version\":1,"));
    assert_eq!(load(&path).expect("load").records, [first]);
}

#[test]
fn a_missing_history_is_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let loaded = load(&dir.path().join("history.jsonl")).expect("load");
    assert_eq!(loaded, Loaded::default());
}

#[test]
fn torn_and_corrupt_lines_are_reported_once_and_the_file_is_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.jsonl");
    let good = record("2026-03-01T08:00:00+01:00", None);
    let line = serde_json::to_string(&good).expect("json");
    let mut bad_pain = good.clone();
    bad_pain.pain_after = Some(11);
    let bad_pain = serde_json::to_string(&bad_pain).expect("json");
    let newer = "{\"format\":\"posewise-session\",\"version\":2}";
    let text = format!(
        "{line}\nnot json at all\n{line}\n\n{bad_pain}\n{line}\n{newer}\n{}",
        &line[..40]
    );
    std::fs::write(&path, &text).expect("write");
    let loaded = load(&path).expect("load");
    assert_eq!(loaded.records.len(), 3);
    let lines: Vec<usize> = loaded.bad_lines.iter().map(|b| b.line).collect();
    assert_eq!(lines, [2, 5, 7, 8]);
    assert_eq!(loaded.bad_lines[0].column, 2, "where serde_json stops");
    assert!(
        loaded.bad_lines[1]
            .message
            .contains("\"pain_after\" must be 0 to 10")
    );
    assert!(
        loaded.bad_lines[2]
            .message
            .contains("newer Posewise (record version 2)")
    );
    assert!(loaded.bad_lines[3].message.contains("cut short"));
    let shown = loaded.bad_lines[0].to_string();
    assert!(shown.starts_with(&format!("{}:2:2: warning:", path.display())));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
}

#[test]
fn the_next_append_after_a_torn_line_starts_on_a_new_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.jsonl");
    let first = record("2026-03-01T08:00:00+01:00", None);
    append(&path, &first).expect("append");
    let torn = serde_json::to_string(&first).expect("json");
    let mut file = OpenOptions::new().append(true).open(&path).expect("open");
    file.write_all(&torn.as_bytes()[..30]).expect("tear");
    drop(file);
    let second = record("2026-03-02T08:00:00+01:00", Some((3, 3)));
    append(&path, &second).expect("append");
    let loaded = load(&path).expect("load");
    assert_eq!(loaded.records, [first, second]);
    assert_eq!(loaded.bad_lines.len(), 1);
    assert_eq!(loaded.bad_lines[0].line, 2);
}

#[test]
fn hostile_sizes_are_refused_before_parsing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.jsonl");
    let long = format!("{{\"note\": \"{}\"}}\n", "x".repeat(MAX_LINE_BYTES));
    let good = serde_json::to_string(&record("2026-03-01T08:00:00Z", None)).expect("json");
    std::fs::write(&path, format!("{long}{good}\n")).expect("write");
    let loaded = load(&path).expect("load");
    assert_eq!(loaded.records.len(), 1);
    assert!(loaded.bad_lines[0].message.contains("longer than"));
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(MAX_FILE_BYTES + 1).expect("grow");
    let error = load(&path).expect_err("too large");
    assert!(matches!(error, Error::TooLarge { .. }));
    assert!(error.to_string().contains(":1:1: error: the history is"));
}

#[test]
fn a_folder_in_place_of_the_history_is_an_error_not_a_hang() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("history.jsonl");
    std::fs::create_dir(&path).expect("mkdir");
    assert!(matches!(load(&path), Err(Error::NotAFile { .. })));
    let record = record("2026-03-01T08:00:00Z", None);
    assert!(matches!(
        append(&path, &record),
        Err(Error::NotAFile { .. })
    ));
}
