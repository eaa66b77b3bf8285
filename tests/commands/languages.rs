//! The command line in the person's language: chosen from the locale or
//! `--lang`, with the same `file:line:column` in every language.

use crate::support::{posewise_in, text};
use std::process::Command;

fn json(lang: &str, args: &[&str]) -> serde_json::Value {
    let out = posewise_in(lang, args);
    assert!(
        out.status.success(),
        "{lang} {args:?}: {}",
        text(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn devanagari(text: &str) -> bool {
    text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c))
}

#[test]
fn poses_json_is_in_the_language_of_the_locale() {
    let english = json("C.UTF-8", &["poses", "--json"]);
    for lang in [
        "de_DE.UTF-8",
        "es_ES.UTF-8",
        "fr_FR.UTF-8",
        "pt_BR.UTF-8",
        "hi_IN.UTF-8",
    ] {
        let theirs = json(lang, &["poses", "--json"]);
        let (ours, theirs) = (&english["poses"], &theirs["poses"]);
        let count = ours.as_array().map_or(0, Vec::len);
        assert_eq!(count, 21, "{lang}");
        for i in 0..count {
            let (a, b) = (&ours[i], &theirs[i]);
            assert_eq!(a["id"], b["id"]);
            assert_ne!(a["name"], b["name"], "{lang}: {}", a["id"]);
            assert_ne!(a["instructions"], b["instructions"], "{lang}: {}", a["id"]);
            if lang.starts_with("hi") {
                let name = b["name"].as_str().unwrap_or_default();
                assert!(devanagari(name), "{name}");
                for step in b["instructions"].as_array().into_iter().flatten() {
                    assert!(devanagari(step.as_str().unwrap_or_default()), "{step}");
                }
            }
        }
    }
}

#[test]
fn an_unknown_locale_is_english_without_an_error() {
    let english = posewise_in("C.UTF-8", &["poses"]);
    let unknown = posewise_in("xx_YY", &["poses"]);
    assert!(unknown.status.success());
    assert_eq!(text(&unknown.stdout), text(&english.stdout));
    assert!(
        text(&unknown.stderr).is_empty(),
        "{}",
        text(&unknown.stderr)
    );
}

#[test]
fn validate_says_the_problem_in_french_at_the_same_place() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = dir.path().join("bad.posewise.json");
    std::fs::write(
        &file,
        "{\"format\": \"posewise-routine\", \"version\": 1, \"title\": \"T\",\n \"steps\": [{\"pose\": \"balasana\", \"hold_seconds\": \"long\"}]}",
    )
    .expect("written");
    let path = file.to_str().expect("a UTF-8 path");
    let english = posewise_in("C.UTF-8", &["validate", path]);
    let french = posewise_in("fr_FR.UTF-8", &["validate", path]);
    assert_eq!(english.status.code(), Some(1));
    assert_eq!(french.status.code(), Some(1));
    let (english, french) = (text(&english.stderr), text(&french.stderr));
    let place = |said: &str| said.split(": ").next().unwrap_or_default().to_owned();
    assert!(english.starts_with(&format!("{path}:2:")), "{english}");
    assert_eq!(place(&english), place(&french), "{english} / {french}");
    assert_ne!(english, french);
    assert!(french.contains("'hold_seconds'"), "{french}");
    assert!(french.contains("erreur"), "{french}");
}

#[test]
fn the_handout_is_in_spanish_with_both_levels_of_red_flags() {
    let out = posewise_in(
        "es_ES.UTF-8",
        &[
            "handout",
            "routines/back-spasm-relief.posewise.json",
            "--out",
            "-",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let page = text(&out.stdout);
    assert!(page.contains("<html lang=\"es\">"));
    for id in [
        "safety-emergency-heading",
        "safety-same-day-heading",
        "handout-take-care",
    ] {
        let spanish = posewise::core::i18n::message_in(posewise::core::i18n::Lang::Es, id, None)
            .expect("a Spanish message");
        let spanish = spanish.replace('\'', "&#39;");
        assert!(page.contains(&spanish), "{id}: {spanish}");
    }
    let _es = posewise::core::i18n::Scoped::new(posewise::core::i18n::Lang::Es);
    let catalogue = posewise::core::catalogue::Catalogue::builtin();
    let pose = catalogue.find("knee-to-chest").expect("a pose");
    for line in pose.instructions.iter().chain(&pose.cautions) {
        assert!(page.contains(&line.replace('\'', "&#39;")), "{line}");
    }
    for sign in catalogue
        .red_flags()
        .emergency
        .iter()
        .chain(&catalogue.red_flags().same_day)
    {
        assert!(page.contains(&sign.replace('\'', "&#39;")), "{sign}");
    }
}

#[test]
fn the_plan_carries_its_spoken_coaching_in_hindi() {
    let file = "routines/back-spasm-relief.posewise.json";
    let english = json("C.UTF-8", &["plan", file, "--json"]);
    let hindi = json("hi_IN.UTF-8", &["plan", file, "--json"]);
    let said = |plan: &serde_json::Value| -> Vec<(u64, String)> {
        plan["announcements"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| {
                (
                    a["at_ms"].as_u64().unwrap_or_default(),
                    a["text"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    };
    let (english, hindi) = (said(&english), said(&hindi));
    assert!(english.len() > 10, "{english:?}");
    assert!(
        english[0].1.starts_with("Knee-to-chest stretch"),
        "{english:?}"
    );
    assert!(hindi.len() > 10);
    assert!(hindi.iter().all(|(_, text)| devanagari(text)), "{hindi:?}");
    // The same moments: only the words change (the odd instruction may
    // move to the hold when the Hindi takes longer to say).
    assert_eq!(english.first().map(|a| a.0), hindi.first().map(|a| a.0));
    assert_eq!(english.last().map(|a| a.0), hindi.last().map(|a| a.0));
}

#[test]
fn lc_all_beats_lang_and_the_option_beats_both() {
    let run = |vars: &[(&str, &str)], args: &[&str]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_posewise"));
        let _ = command
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        for (name, value) in vars {
            let _ = command.env(name, value);
        }
        let out = command.output().expect("the binary runs");
        text(&out.stdout)
    };
    let pose = |said: String| said.lines().next().unwrap_or_default().to_owned();
    let german = pose(run(&[("LANG", "de_DE.UTF-8")], &["poses"]));
    let french = pose(run(
        &[("LANG", "de_DE.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")],
        &["poses"],
    ));
    let spanish = pose(run(
        &[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "es_ES.UTF-8")],
        &["poses"],
    ));
    let chosen = pose(run(
        &[("LC_ALL", "fr_FR.UTF-8")],
        &["--lang", "pt-BR", "poses"],
    ));
    assert!(german.contains("Knie"), "{german}");
    assert!(french.contains("genou"), "{french}");
    assert!(spanish.contains("rodilla"), "{spanish}");
    assert!(chosen.contains("joelho"), "{chosen}");
}

#[test]
fn an_unknown_lang_option_says_which_languages_there_are() {
    let out = posewise_in("C.UTF-8", &["--lang", "tlh", "poses"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(
        said.contains("tlh") && said.contains("pt-BR") && said.contains("hi"),
        "{said}"
    );
}

#[test]
fn help_and_usage_errors_are_in_the_language_of_the_locale() {
    let english = posewise_in("C.UTF-8", &["plan", "--help"]);
    let german = posewise_in("de_DE.UTF-8", &["plan", "--help"]);
    assert!(german.status.success());
    let (english, german) = (text(&english.stdout), text(&german.stdout));
    assert!(english.starts_with("Show the timeline"), "{english}");
    for clap_word in ["Usage:", "Options:", "Arguments:", "Print help"] {
        assert!(english.contains(clap_word), "{english}");
        assert!(!german.contains(clap_word), "{german}");
    }
    assert!(german.contains("--countdown"), "{german}");

    let wrong = posewise_in(
        "fr_FR.UTF-8",
        &[
            "play",
            "tests/fixtures/short.posewise.json",
            "--volume",
            "loud",
        ],
    );
    assert_eq!(wrong.status.code(), Some(2));
    let said = text(&wrong.stderr);
    assert!(
        said.contains("'loud'") && said.contains("--volume"),
        "{said}"
    );
    assert!(said.starts_with("erreur"), "{said}");
    assert!(!said.contains("invalid value"), "{said}");
}
