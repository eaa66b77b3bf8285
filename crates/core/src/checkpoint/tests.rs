use super::*;
use crate::location::Position;
use crate::plan::Plan;
use serde_json::{Value, json};

fn catalogue() -> &'static Catalogue {
    Catalogue::builtin()
}

fn routine() -> Routine {
    let json =
        r#"{"format":"posewise-routine","version":1,"title":"t","steps":[{"pose":"balasana"}]}"#;
    Routine::parse(json.as_bytes(), "t", catalogue()).expect("valid")
}

/// A genuine checkpoint, saved, then edited as JSON and written back
/// pretty-printed.
fn edited(edit: impl FnOnce(&mut Value)) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("checkpoint.json");
    let mut checkpoint = Checkpoint::new(routine(), None, 3);
    checkpoint.segment = 1;
    checkpoint.position_ms = 5_000;
    checkpoint.save(&path).expect("save");
    let mut value: Value =
        serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("JSON");
    edit(&mut value);
    let text = serde_json::to_string_pretty(&value).expect("JSON");
    std::fs::write(&path, text).expect("write");
    (dir, path)
}

fn load_error(path: &Path) -> String {
    Checkpoint::load(path, catalogue())
        .expect_err("refused")
        .to_string()
}

/// `file:line:column:` of the first occurrence of `needle` in the file.
fn place_of(path: &Path, needle: &str) -> String {
    let text = std::fs::read_to_string(path).expect("read");
    let offset = text.find(needle).expect("in the file");
    place_at(path, &text, offset)
}

/// `file:line:column:` of the value of the first field called `key`.
fn value_of(path: &Path, key: &str) -> String {
    let text = std::fs::read_to_string(path).expect("read");
    let field = format!("\"{key}\": ");
    let offset = text.find(&field).expect("in the file") + field.len();
    place_at(path, &text, offset)
}

fn place_at(path: &Path, text: &str, offset: usize) -> String {
    let at = Position::of_offset(text, offset);
    format!("{}:{}:{}:", path.display(), at.line, at.column)
}

#[test]
fn saves_loads_and_removes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("checkpoint.json");
    assert_eq!(Checkpoint::load(&path, catalogue()).ok(), Some(None));
    let mut checkpoint = Checkpoint::new(routine(), None, 3);
    checkpoint.segment = 1;
    checkpoint.position_ms = 7_500;
    checkpoint.save(&path).expect("save");
    let loaded = Checkpoint::load(&path, catalogue()).ok();
    assert_eq!(loaded, Some(Some(checkpoint)));
    Checkpoint::remove(&path).expect("remove");
    Checkpoint::remove(&path).expect("removing twice is fine");
    assert_eq!(Checkpoint::load(&path, catalogue()).ok(), Some(None));
}

#[test]
fn a_damaged_checkpoint_is_a_located_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("checkpoint.json");
    std::fs::write(&path, "{\n  \"format\": \"posewise-checkpoint\",\n  oops").expect("write");
    let error = load_error(&path);
    assert!(error.contains("checkpoint.json:3:3: error:"), "{error}");
    assert!(error.ends_with(&discard_hint()), "{error}");
}

#[test]
fn a_truncated_or_foreign_file_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("checkpoint.json");
    let mut checkpoint = Checkpoint::new(routine(), None, 3);
    checkpoint.position_ms = 1_000;
    checkpoint.save(&path).expect("save");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, &text[..text.len() / 2]).expect("write");
    assert!(load_error(&path).contains("cut short"));
    std::fs::write(&path, "[1, 2]").expect("write");
    let error = load_error(&path);
    assert!(error.contains(":1:1: error:"), "{error}");
    assert!(error.contains("not a Posewise checkpoint"), "{error}");
    std::fs::write(&path, b"{\"format\": \"\xff\xfe\"}").expect("write");
    let error = load_error(&path);
    assert!(error.contains(":1:13: error:"), "{error}");
    assert!(error.contains("not UTF-8"), "{error}");
}

#[test]
fn format_and_version_are_checked_first() {
    let (_dir, path) = edited(|c| c["format"] = json!("posewise-routine"));
    let error = load_error(&path);
    assert!(error.starts_with(&place_of(&path, "\"posewise-routine\"")));
    assert!(error.contains("'format' must be \"posewise-checkpoint\""));
    // A newer checkpoint may have fields this version does not know.
    let (_dir, path) = edited(|c| {
        c["version"] = json!(7);
        c["pace"] = json!("brisk");
    });
    let error = load_error(&path);
    assert!(error.starts_with(&place_of(&path, "7\n")), "{error}");
    assert!(error.contains("written by a newer Posewise"), "{error}");
    assert!(error.contains("posewise resume --discard"), "{error}");
    let (_dir, path) = edited(|c| c["version"] = json!(0));
    assert!(load_error(&path).contains("'version' must be 1"));
    let (_dir, path) = edited(|c| c["pace"] = json!("brisk"));
    assert!(load_error(&path).contains("unknown field `pace`"));
}

#[test]
fn the_routine_is_validated_like_a_routine_file() {
    let (_dir, path) = edited(|c| c["routine"]["steps"] = json!([]));
    let error = load_error(&path);
    assert!(error.starts_with(&value_of(&path, "steps")), "{error}");
    assert!(error.contains("in the session's routine:"), "{error}");
    assert!(error.ends_with(&discard_hint()), "{error}");
    let (_dir, path) = edited(|c| c["routine"]["steps"][0]["pose"] = json!("balasanna"));
    let error = load_error(&path);
    let place = place_of(&path, "\"balasanna\"");
    assert!(
        error.starts_with(&format!(
            "{place} error: in the session's routine: unknown pose 'balasanna'"
        )),
        "{error}"
    );
}

#[test]
fn a_routine_spread_by_whitespace_past_its_limit_still_loads() {
    let (_dir, path) = edited(|_| {});
    let text = std::fs::read_to_string(&path).expect("read");
    let spaced = text.replacen(
        "\"routine\": {",
        &format!(
            "\"routine\": {{{}",
            " ".repeat(crate::routine::MAX_FILE_BYTES)
        ),
        1,
    );
    std::fs::write(&path, spaced).expect("write");
    let loaded = Checkpoint::load(&path, catalogue()).expect("loads");
    assert_eq!(loaded.map(|c| c.routine), Some(routine()));
}

#[test]
fn a_huge_countdown_is_clamped() {
    let (_dir, path) = edited(|c| c["countdown"] = json!(u64::MAX));
    let loaded = Checkpoint::load(&path, catalogue()).expect("loads");
    assert_eq!(loaded.map(|c| c.countdown), Some(MAX_COUNTDOWN));
    let (_dir, path) = edited(|c| c["countdown"] = json!(-1));
    let error = load_error(&path);
    assert!(error.starts_with(&value_of(&path, "countdown")), "{error}");
    let expected = "'countdown' must be a whole number of beeps, found -1;";
    assert!(error.contains(expected), "{error}");
}

#[test]
fn the_position_must_be_inside_the_session() {
    let total = Plan::build(&routine(), catalogue()).total_ms;
    let (_dir, path) = edited(|c| c["position_ms"] = json!(total));
    assert!(Checkpoint::load(&path, catalogue()).is_ok(), "the very end");
    let (_dir, path) = edited(|c| c["position_ms"] = json!(total + 1));
    let error = load_error(&path);
    assert!(
        error.starts_with(&value_of(&path, "position_ms")),
        "{error}"
    );
    assert!(error.contains("past the end of the session"), "{error}");
    let (_dir, path) = edited(|c| c["segment"] = json!(2));
    let error = load_error(&path);
    assert!(error.contains("'segment' is 2, but the session has only 2"));
    let (_dir, path) = edited(|c| c["active_ms"] = json!(MAX_ACTIVE_MS + 1));
    assert!(load_error(&path).contains("'active_ms'"));
}

#[test]
fn a_huge_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("checkpoint.json");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(1024 * 1024 * 1024).expect("a sparse gigabyte");
    let error = load_error(&path);
    assert!(error.contains(":1:1: error:"), "{error}");
    assert!(error.contains("larger than 4 MiB"), "{error}");
}

#[test]
fn discard_throws_away_without_parsing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("checkpoint.json");
    let mut routine = routine();
    routine.title = "Morning back".into();
    Checkpoint::new(routine, None, 3).save(&path).expect("save");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, &text[..text.find("steps").expect("steps")]).expect("cut");
    let title = Some("Morning back".to_string());
    assert_eq!(
        Checkpoint::discard(&path).ok(),
        Some(Some(Discarded { title }))
    );
    assert!(!path.exists());
    assert_eq!(Checkpoint::discard(&path).ok(), Some(None));
    std::fs::write(&path, b"\xff\x00 garbage").expect("write");
    let none = Some(Some(Discarded { title: None }));
    assert_eq!(Checkpoint::discard(&path).ok(), none);
    let (_dir, path) = edited(|c| c["routine"]["title"] = json!("\u{1b}[2Jgone"));
    assert_eq!(Checkpoint::discard(&path).ok(), none, "no escapes printed");
}

#[test]
fn neither_load_nor_discard_waits_on_a_fifo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("checkpoint.json");
    nix::unistd::mkfifo(&path, nix::sys::stat::Mode::S_IRWXU).expect("mkfifo");
    assert!(load_error(&path).contains("it is not a file"));
    let none = Some(Some(Discarded { title: None }));
    assert_eq!(Checkpoint::discard(&path).ok(), none);
    assert!(!path.exists());
}

#[test]
fn the_steps_made_easier_are_checked_and_shorten_the_plan() {
    let (_dir, path) = edited(|c| c["easier"] = json!([0]));
    let checkpoint = Checkpoint::load(&path, catalogue())
        .expect("valid")
        .expect("there");
    assert_eq!(checkpoint.easier.iter().copied().collect::<Vec<_>>(), [0]);
    let total = Plan::build(&routine(), catalogue()).total_ms;
    // Still inside the eased session, which is shorter.
    let (_dir, path) = edited(|c| {
        c["easier"] = json!([0]);
        c["position_ms"] = json!(total);
    });
    assert!(load_error(&path).contains("past the end of the session"));
    for (easier, found) in [
        (json!([1]), "step 1 twice, or past the routine's 1 steps"),
        (json!([0, 0]), "step 0 twice"),
        (json!("all"), "'easier' must be a list of step numbers"),
    ] {
        let (_dir, path) = edited(|c| c["easier"] = easier);
        let error = load_error(&path);
        assert!(error.starts_with(&value_of(&path, "easier")), "{error}");
        assert!(error.contains(found), "{error}");
    }
}
