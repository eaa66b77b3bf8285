use super::edit::{self, slug};
use super::*;
use crate::plan::Plan;
use std::fs;

fn catalogue() -> &'static Catalogue {
    Catalogue::builtin()
}

fn routine_text(title: &str) -> String {
    format!(
        r#"{{"format": "posewise-routine", "version": 1, "title": "{title}",
  "steps": [{{"pose": "balasana", "hold_seconds": 30}}]}}"#
    )
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).expect("write");
    path
}

fn own_titles(library: &Library) -> Vec<&str> {
    let own = library.entries.iter().filter(|e| e.origin == Origin::Own);
    own.map(|e| e.title.as_str()).collect()
}

fn routine_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_three_bundled_routines_parse_and_come_first_in_a_fixed_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = Library::load(&dir.path().join("missing"), catalogue());
    assert!(library.notices.is_empty(), "{:?}", library.notices);
    let keys: Vec<&str> = library.entries.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "bundled/back-spasm-relief",
            "bundled/gentle-back-yoga",
            "bundled/breathing-reset"
        ]
    );
    for entry in &library.entries {
        let routine = entry.routine.as_ref().expect("bundled routine parses");
        assert_eq!(entry.origin, Origin::Bundled);
        assert_eq!(entry.path, None);
        assert_eq!(entry.title, routine.title);
        assert_eq!(entry.routine_id.as_deref(), Some(&*routine_id(routine)));
        assert_eq!(
            entry.duration_ms,
            Plan::build(routine, catalogue()).total_ms
        );
        assert!(entry.duration_ms > 60_000, "{}", entry.title);
    }
    assert_eq!(library.entries[0].title, "Back spasm relief");
}

#[test]
fn own_routines_follow_sorted_by_title_and_broken_ones_are_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let _ = write(
        dir.path(),
        "b.posewise.json",
        &routine_text("zebra stretch"),
    );
    let _ = write(dir.path(), "a.posewise.json", &routine_text("Morning"));
    let _ = write(dir.path(), "broken.posewise.json", "{\n  \"title\": 3\n}");
    let _ = write(dir.path(), "notes.txt", "not a routine");
    fs::create_dir(dir.path().join("folder.posewise.json")).expect("dir");
    let library = Library::load(dir.path(), catalogue());
    assert!(library.notices.is_empty(), "{:?}", library.notices);
    assert_eq!(library.entries.len(), 6);
    assert_eq!(
        own_titles(&library),
        ["broken.posewise.json", "Morning", "zebra stretch"]
    );
    let broken = library.get("own/broken.posewise.json").expect("listed");
    let error = broken.routine.as_ref().expect_err("broken");
    let located = format!("{}:2:", dir.path().join("broken.posewise.json").display());
    assert!(error.contains(&located), "{error}");
    assert_eq!((broken.duration_ms, broken.routine_id.clone()), (0, None));
    let morning = library.get("own/a.posewise.json").expect("listed");
    assert_eq!(
        morning.path.as_deref(),
        Some(&*dir.path().join("a.posewise.json"))
    );
    assert_eq!(morning.duration_ms, 35_000, "5 s get ready and a 30 s hold");
    assert!(library.get("own/notes.txt").is_none());
}

#[test]
fn at_most_500_own_files_are_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    for n in 0..MAX_OWN_FILES + 3 {
        let _ = write(dir.path(), &format!("r{n:04}{SUFFIX}"), "{}");
    }
    let library = Library::load(dir.path(), catalogue());
    assert_eq!(own_titles(&library).len(), MAX_OWN_FILES);
    assert!(library.get("own/r0499.posewise.json").is_some());
    assert!(library.get("own/r0500.posewise.json").is_none());
    assert_eq!(library.notices.len(), 1);
    assert!(
        library.notices[0].contains("503 routine files"),
        "{:?}",
        library.notices
    );
    let full = library.duplicate("bundled/breathing-reset");
    assert!(
        matches!(full, Err(Error::Full { limit: 500, .. })),
        "{full:?}"
    );
}

#[test]
fn duplicates_get_numbered_copy_titles_and_their_own_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = Library::load(dir.path(), catalogue());
    let first = library
        .duplicate("bundled/back-spasm-relief")
        .expect("copy");
    assert_eq!(
        first,
        dir.path().join("back-spasm-relief-copy.posewise.json")
    );
    let library = Library::load(dir.path(), catalogue());
    let second = library
        .duplicate("bundled/back-spasm-relief")
        .expect("copy");
    assert_eq!(
        second,
        dir.path().join("back-spasm-relief-copy-2.posewise.json")
    );
    let library = Library::load(dir.path(), catalogue());
    let copy = format!("own/{}", file_name(&first));
    let _ = library.duplicate(&copy).expect("copy of a copy");
    // From a library that has not seen the third copy: same title, but a
    // file name of its own.
    let stale = library.duplicate(&copy).expect("copy of a copy");
    assert_eq!(
        stale,
        dir.path().join("back-spasm-relief-copy-3-2.posewise.json")
    );
    let library = Library::load(dir.path(), catalogue());
    assert_eq!(
        own_titles(&library),
        [
            "Back spasm relief (copy)",
            "Back spasm relief (copy 2)",
            "Back spasm relief (copy 3)",
            "Back spasm relief (copy 3)"
        ]
    );
    let original = library.entries[0].routine.as_ref().expect("bundled");
    let made = library
        .get(&copy)
        .expect("copy")
        .routine
        .as_ref()
        .expect("ok");
    assert_eq!(made.steps, original.steps);
    assert_eq!(made.prescription, original.prescription);
}

#[test]
fn copy_titles_stay_within_the_title_limit() {
    let long = "L".repeat(MAX_TITLE_CHARS);
    let copy = edit::copy_title(&long, &[]);
    assert_eq!(copy.chars().count(), MAX_TITLE_CHARS);
    assert!(copy.ends_with("L (copy)"), "{copy}");
    let taken = ["Neck (copy)", "Neck (copy 2)"];
    assert_eq!(edit::copy_title("Neck (copy 2)", &taken), "Neck (copy 3)");
    assert_eq!(edit::copy_title("(copy 2)", &[]), "(copy 2) (copy)");
}

#[test]
fn rename_changes_the_title_of_own_routines_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "mine.posewise.json", &routine_text("Mine"));
    let _ = write(dir.path(), "bad.posewise.json", "[");
    let library = Library::load(dir.path(), catalogue());
    let renamed = library.rename("own/mine.posewise.json", "  Evening  ");
    assert_eq!(renamed.expect("renamed"), path);
    let routine = Routine::load(&path, catalogue()).expect("still valid");
    assert_eq!(routine.title, "Evening");
    let bundled = library.rename("bundled/gentle-back-yoga", "Mine now");
    assert!(
        matches!(bundled, Err(Error::ReadOnly { .. })),
        "{bundled:?}"
    );
    for title in ["   ", "two\nlines", &"x".repeat(MAX_TITLE_CHARS + 1)] {
        let refused = library.rename("own/mine.posewise.json", title);
        assert!(matches!(refused, Err(Error::Title { .. })), "{refused:?}");
    }
    let longest = "y".repeat(MAX_TITLE_CHARS);
    assert!(library.rename("own/mine.posewise.json", &longest).is_ok());
    let broken = library.rename("own/bad.posewise.json", "Fixed");
    assert!(matches!(broken, Err(Error::Broken { .. })), "{broken:?}");
    let missing = library.rename("own/nothing.posewise.json", "X");
    assert!(
        matches!(missing, Err(Error::NotFound { .. })),
        "{missing:?}"
    );
}

#[test]
fn delete_removes_own_files_and_refuses_bundled_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let _ = write(dir.path(), "mine.posewise.json", &routine_text("Mine"));
    let _ = write(dir.path(), "bad.posewise.json", "not json");
    let library = Library::load(dir.path(), catalogue());
    library
        .delete("own/bad.posewise.json")
        .expect("broken ones too");
    library.delete("own/mine.posewise.json").expect("deleted");
    assert!(routine_files(dir.path()).is_empty());
    library
        .delete("own/mine.posewise.json")
        .expect("already gone");
    let bundled = library.delete("bundled/breathing-reset");
    let message = bundled.expect_err("read only").to_string();
    assert!(
        message.contains("\"Breathing reset\" comes with Posewise"),
        "{message}"
    );
    assert!(message.contains("duplicate it"), "{message}");
}

#[test]
fn import_validates_copies_once_and_keeps_the_location_of_errors() {
    let outside = tempfile::tempdir().expect("temp dir");
    let dir = tempfile::tempdir().expect("temp dir");
    let source = write(
        outside.path(),
        "from-physio.json",
        &routine_text("Rücken & Hüfte!"),
    );
    let library = Library::load(dir.path(), catalogue());
    let saved = dir.path().join("rücken-hüfte.posewise.json");
    assert_eq!(
        library.import(&source, catalogue()).expect("imported"),
        Imported::Added {
            path: saved.clone(),
            title: "Rücken & Hüfte!".into()
        }
    );
    let again = library.import(&source, catalogue()).expect("same library");
    assert!(
        matches!(&again, Imported::AlreadyThere { key: None, path: Some(p), .. } if *p == saved),
        "found by content in the folder: {again:?}"
    );
    let library = Library::load(dir.path(), catalogue());
    let listed = library.import(&source, catalogue()).expect("again");
    assert!(
        matches!(&listed, Imported::AlreadyThere { key: Some(k), .. } if k == "own/rücken-hüfte.posewise.json"),
        "{listed:?}"
    );
    assert_eq!(routine_files(dir.path()), ["rücken-hüfte.posewise.json"]);

    let other = write(outside.path(), "other.json", &routine_text("Rücken  Hüfte"));
    let second = library
        .import(&other, catalogue())
        .expect("different content");
    assert!(
        matches!(&second, Imported::Added { path, .. } if *path == dir.path().join("rücken-hüfte-2.posewise.json")),
        "{second:?}"
    );

    let bad = write(
        outside.path(),
        "bad.json",
        "{\n  \"format\": \"posewise-routine\",\n  \"version\": \"one\"\n}",
    );
    let error = library.import(&bad, catalogue()).expect_err("invalid");
    let message = error.to_string();
    let located = format!("{}:3:", bad.display());
    assert!(message.contains(&located), "{message}");
    assert!(message.ends_with("and import it again"), "{message}");
    assert!(matches!(
        library.import(outside.path(), catalogue()),
        Err(Error::Import(_))
    ));
    assert_eq!(routine_files(dir.path()).len(), 2);
}

#[test]
fn titles_sort_by_words_and_numbers_by_value() {
    let mut titles = [
        "Neck (copy 10)",
        "neck",
        "Neck (copy 2)",
        "Neck (copy)",
        "10 min",
        "9 min",
    ];
    titles.sort_by_cached_key(|t| title_order(t));
    assert_eq!(
        titles,
        [
            "9 min",
            "10 min",
            "neck",
            "Neck (copy)",
            "Neck (copy 2)",
            "Neck (copy 10)"
        ]
    );
}

#[test]
fn slugs_are_safe_file_names() {
    assert_eq!(
        slug("Back spasm relief (copy 2)"),
        "back-spasm-relief-copy-2"
    );
    assert_eq!(slug("../../etc/passwd"), "etc-passwd");
    assert_eq!(slug("  ***  "), "routine");
    assert_eq!(slug(&"a".repeat(500)).len(), 60);
}

#[test]
fn create_and_replace_save_edited_routines_into_the_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("routines");
    let library = Library::load(&folder, catalogue());
    let mut routine =
        Routine::parse(routine_text("Evening").as_bytes(), "x", catalogue()).expect("valid");
    let path = library.create(&routine).expect("created, folder made");
    assert_eq!(routine_files(&folder), ["evening.posewise.json"]);
    let library = Library::load(&folder, catalogue());
    let key = library.key_of(&path).expect("listed").to_string();
    assert_eq!(key, "own/evening.posewise.json");
    assert_eq!(library.copy_title("Evening"), "Evening (copy)");
    routine.steps[0].hold_seconds = Some(45);
    assert_eq!(library.replace(&key, &routine).expect("replaced"), path);
    assert_eq!(Routine::load(&path, catalogue()).expect("valid"), routine);
    let second = library.create(&routine).expect("another file");
    assert_ne!(second, path);
    let bundled = library.replace("bundled/breathing-reset", &routine);
    assert!(
        matches!(bundled, Err(Error::ReadOnly { .. })),
        "{bundled:?}"
    );
}

#[test]
fn a_routine_that_comes_with_posewise_is_already_there() {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = Library::load(dir.path(), catalogue());
    let bundled = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join("routines/breathing-reset.posewise.json");
    let imported = library.import(&bundled, catalogue()).expect("valid");
    assert_eq!(
        imported,
        Imported::AlreadyThere {
            key: Some("bundled/breathing-reset".into()),
            path: None,
            title: "Breathing reset".into()
        }
    );
    assert!(routine_files(dir.path()).is_empty(), "nothing copied");
}

#[test]
fn routines_are_found_by_key_title_or_file_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let _ = write(
        dir.path(),
        "mine.posewise.json",
        &routine_text("Evening Calm"),
    );
    let library = Library::load(dir.path(), catalogue());
    for name in [
        "own/mine.posewise.json",
        "evening calm",
        "mine",
        "mine.posewise.json",
    ] {
        let found = library.find_named(name).map(|e| e.key.as_str());
        assert_eq!(found, Some("own/mine.posewise.json"), "{name}");
    }
    let bundled = library
        .find_named("back-spasm-relief")
        .map(|e| e.key.as_str());
    assert_eq!(bundled, Some("bundled/back-spasm-relief"));
    assert!(library.find_named("nothing like it").is_none());
}

#[test]
fn refreshing_one_changed_file_gives_what_a_full_load_gives() {
    let dir = tempfile::tempdir().expect("temp dir");
    let _ = write(dir.path(), "b.posewise.json", &routine_text("Bravo"));
    let _ = write(dir.path(), "d.posewise.json", &routine_text("Delta"));
    let mut library = Library::load(dir.path(), catalogue());
    let keys = |l: &Library| -> Vec<(String, String)> {
        l.entries
            .iter()
            .map(|e| (e.key.clone(), e.title.clone()))
            .collect()
    };

    let created = library
        .create(
            &Routine::parse(routine_text("Charlie").as_bytes(), "c", catalogue()).expect("valid"),
        )
        .expect("created");
    library.refresh(&created, catalogue());
    assert_eq!(
        keys(&library),
        keys(&Library::load(dir.path(), catalogue()))
    );
    assert_eq!(own_titles(&library), ["Bravo", "Charlie", "Delta"]);

    let renamed = library
        .rename("own/d.posewise.json", "Alpha")
        .expect("renamed");
    library.refresh(&renamed, catalogue());
    assert_eq!(own_titles(&library), ["Alpha", "Bravo", "Charlie"]);
    assert_eq!(
        keys(&library),
        keys(&Library::load(dir.path(), catalogue()))
    );

    let gone = dir.path().join("b.posewise.json");
    library.delete("own/b.posewise.json").expect("deleted");
    library.refresh(&gone, catalogue());
    assert_eq!(own_titles(&library), ["Alpha", "Charlie"]);
    assert_eq!(
        keys(&library),
        keys(&Library::load(dir.path(), catalogue()))
    );
}

#[test]
fn a_conflict_copy_is_listed_as_one_and_settled_only_as_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let catalogue = Catalogue::builtin();
    let routine = |title: &str, hold: u32| {
        format!(
            r#"{{"format": "posewise-routine", "version": 1, "title": "{title}",
                "steps": [{{"pose": "balasana", "hold_seconds": {hold}}}]}}"#
        )
    };
    let original = dir.path().join("neck.posewise.json");
    let copy = dir
        .path()
        .join("neck.posewise (conflicted copy 2026-12-06 120000).json");
    fs::write(&original, routine("Neck", 30)).expect("write");
    fs::write(&copy, routine("Neck", 45)).expect("write");
    let library = Library::load(dir.path(), catalogue);
    let own: Vec<&Entry> = library
        .entries
        .iter()
        .filter(|e| e.origin == Origin::Own)
        .collect();
    assert_eq!(own.len(), 2, "both versions are shown");
    let conflict = own
        .iter()
        .find(|e| e.conflict_of.is_some())
        .expect("the copy is marked");
    assert_eq!(
        conflict.conflict_of.as_deref(),
        Some("own/neck.posewise.json")
    );
    let today = crate::today::today(&library.entries, &[], chrono::NaiveDate::MIN);
    assert!(
        today.routines.iter().all(|r| r.key != conflict.key),
        "not a second routine on Today"
    );

    // Keep both: the copy becomes a routine of its own, nothing is lost.
    let kept = library
        .settle(&conflict.key, conflict::Keep::Both, "Neck (other computer)")
        .expect("kept");
    assert!(!copy.exists() && original.exists() && kept.exists());
    let other = Routine::load(&kept, catalogue).expect("readable");
    assert_eq!(other.title, "Neck (other computer)");
    assert_eq!(other.steps[0].hold_seconds, Some(45));

    // Keep the copy: it replaces the routine.
    fs::write(&copy, routine("Neck", 60)).expect("write");
    let library = Library::load(dir.path(), catalogue);
    let key = library
        .entries
        .iter()
        .find(|e| e.conflict_of.is_some())
        .map(|e| e.key.clone())
        .expect("listed");
    let _ = library
        .settle(&key, conflict::Keep::Copy, "")
        .expect("kept");
    assert!(!copy.exists());
    let now = Routine::load(&original, catalogue).expect("readable");
    assert_eq!(now.steps[0].hold_seconds, Some(60));

    // Keep the routine: the copy goes.
    fs::write(&copy, routine("Neck", 90)).expect("write");
    let library = Library::load(dir.path(), catalogue);
    let _ = library
        .settle(&key, conflict::Keep::Original, "")
        .expect("kept");
    assert!(!copy.exists());
    assert_eq!(
        Routine::load(&original, catalogue).expect("readable").steps[0].hold_seconds,
        Some(60)
    );
    // A routine that is not a conflict copy cannot be settled.
    assert!(
        library
            .settle("own/neck.posewise.json", conflict::Keep::Original, "")
            .is_err()
    );
    assert!(original.exists());
}
