//! Sharing routines: `posewise import` and `posewise export`, run as a
//! physiotherapist and a patient would, on a data folder of their own.

use posewise::core::catalogue::Catalogue;
use posewise::core::routine::Routine;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PHYSIO: &str = r#"{
  "format": "posewise-routine", "version": 1,
  "title": "After-work back care",
  "author": "Dr. A. Physio, Riverside Clinic",
  "prescription": { "times_per_day": 1, "days_per_week": 5, "weeks": 4 },
  "steps": [
    { "pose": "knee-to-chest", "hold_seconds": 20, "reps": 3, "rest_seconds": 10 },
    { "custom": { "name": "Shoulder blade squeeze",
                  "instructions": ["Sit tall.", "Squeeze the shoulder blades together."] },
      "hold_seconds": 5, "reps": 10, "rest_seconds": 3,
      "note": "Keep the shoulders low." },
    { "custom": { "name": "Side step", "per_side": true }, "hold_seconds": 15 }
  ]
}
"#;

struct Data {
    dir: tempfile::TempDir,
}

impl Data {
    fn new() -> Data {
        Data {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_posewise"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("POSEWISE_DATA_DIR", self.dir.path())
            .output()
            .expect("the binary runs")
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("written");
        path
    }

    fn own_files(&self) -> Vec<String> {
        let Ok(listing) = std::fs::read_dir(self.dir.path().join("routines")) else {
            return Vec::new();
        };
        let mut names: Vec<String> = listing
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn arg(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

#[test]
fn the_bundled_routines_are_already_there_and_a_physio_file_is_copied_once() {
    let data = Data::new();
    let out = data.run(&[
        "import",
        "routines/back-spasm-relief.posewise.json",
        "routines/gentle-back-yoga.posewise.json",
        "routines/breathing-reset.posewise.json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert_eq!(
        said.matches("already in your routines: it comes with Posewise")
            .count(),
        3,
        "{said}"
    );
    assert!(data.own_files().is_empty());

    let physio = data.write("from-the-clinic.json", PHYSIO);
    let out = data.run(&["import", &arg(&physio)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("imported \"After-work back care\" into your routines as "),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(data.own_files(), ["after-work-back-care.posewise.json"]);
    let copy = data
        .dir
        .path()
        .join("routines/after-work-back-care.posewise.json");
    let catalogue = Catalogue::builtin();
    assert_eq!(
        Routine::load(&copy, catalogue).expect("valid copy"),
        Routine::load(&physio, catalogue).expect("valid original")
    );

    let again = data.run(&["import", &arg(&physio), &arg(&physio)]);
    assert!(again.status.success());
    assert_eq!(
        text(&again.stdout)
            .matches("\"After-work back care\" is already in your routines (")
            .count(),
        2,
        "{}",
        text(&again.stdout)
    );
    assert_eq!(data.own_files().len(), 1, "duplicates are not copied");
}

#[test]
fn a_file_from_a_newer_posewise_or_with_mistakes_is_refused_with_its_place() {
    let data = Data::new();
    let newer = data.write(
        "newer.posewise.json",
        &PHYSIO.replace("\"version\": 1", "\"version\": 3"),
    );
    let broken = data.write(
        "broken.posewise.json",
        &PHYSIO.replace("\"reps\": 10", "\"reps\": 0"),
    );
    let out = data.run(&["import", &arg(&newer), &arg(&broken)]);
    assert_eq!(out.status.code(), Some(1));
    let errors = text(&out.stderr);
    assert!(
        errors.contains(&format!("{}:2:", newer.display()))
            && errors.contains("made with a newer Posewise")
            && errors.contains("update Posewise to open it"),
        "{errors}"
    );
    assert!(
        errors.contains(&format!("{}:10:", broken.display())),
        "{errors}"
    );
    assert!(data.own_files().is_empty());
}

#[test]
fn export_then_import_gives_the_same_routine() {
    let data = Data::new();
    let physio = data.write("from-the-clinic.json", PHYSIO);
    assert!(data.run(&["import", &arg(&physio)]).status.success());
    let shared = data.dir.path().join("shared.posewise.json");
    let out = data.run(&["export", "after-work back care", "--out", &arg(&shared)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let catalogue = Catalogue::builtin();
    let exported = Routine::load(&shared, catalogue).expect("the export validates");
    assert_eq!(exported, Routine::load(&physio, catalogue).expect("valid"));
    let library_copy = data
        .dir
        .path()
        .join("routines/after-work-back-care.posewise.json");
    assert_eq!(
        std::fs::read(&shared).expect("read"),
        std::fs::read(&library_copy).expect("read"),
        "exactly the same text"
    );

    let refused = data.run(&["export", "after-work-back-care", "--out", &arg(&shared)]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        text(&refused.stderr).contains("--force"),
        "{}",
        text(&refused.stderr)
    );

    std::fs::remove_file(&library_copy).expect("removed");
    let back = data.run(&["import", &arg(&shared)]);
    assert!(
        text(&back.stdout).contains("imported"),
        "{}",
        text(&back.stdout)
    );
    assert_eq!(
        Routine::load(&library_copy, catalogue).expect("valid"),
        exported
    );

    let bundled = data.dir.path().join("breathing.posewise.json");
    let out = data.run(&["export", "Breathing reset", "--out", &arg(&bundled)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let missing = data.run(&["export", "no such routine", "--out", &arg(&bundled)]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).contains("no routine called"));
}

#[test]
fn too_many_files_are_refused_before_any_is_read() {
    let data = Data::new();
    let many: Vec<String> = (0..=100).map(|n| format!("missing-{n}.json")).collect();
    let mut args = vec!["import"];
    args.extend(many.iter().map(String::as_str));
    let out = data.run(&args);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("at most 100"),
        "{}",
        text(&out.stderr)
    );
}
