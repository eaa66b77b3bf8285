//! The translations: every message in every language, with the same
//! variables, none left over; the English catalogue file says what the
//! catalogue says; every message the code asks for exists.

use posewise::core::catalogue::Catalogue;
use posewise::core::i18n::{self, Lang};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    i18n::variables(lang).into_iter().collect()
}

#[test]
fn every_language_file_parses() {
    for lang in Lang::SPOKEN {
        assert_eq!(i18n::parse_errors(lang), Vec::<String>::new(), "{lang:?}");
        let ids = i18n::ids(lang);
        let unique: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(
            unique.len(),
            ids.len(),
            "{}: an id is given twice",
            lang.code()
        );
    }
}

#[test]
fn every_message_is_in_every_language_with_the_same_variables_and_none_left_over() {
    let english = messages(Lang::En);
    assert!(
        english.len() > 400,
        "only {} English messages",
        english.len()
    );
    for lang in Lang::SPOKEN.into_iter().filter(|&l| l != Lang::En) {
        let theirs = messages(lang);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !theirs.contains_key(*id))
            .collect();
        let orphans: Vec<&String> = theirs
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code());
        assert!(
            orphans.is_empty(),
            "{}: not in English {orphans:?}",
            lang.code()
        );
        for (id, variables) in &english {
            assert_eq!(
                &theirs[id],
                variables,
                "{}: {id} has other variables",
                lang.code()
            );
        }
        // Every message resolves without a Fluent error.
        for id in english.keys() {
            let mut args = i18n::Args::new();
            for name in &english[id] {
                args.set(
                    name.as_str(),
                    i18n::value(if name == "side" { "left" } else { "1" }),
                );
            }
            assert!(
                i18n::message_in(lang, id, Some(&args)).is_some(),
                "{}: {id} does not resolve",
                lang.code()
            );
        }
    }
}

#[test]
fn the_english_catalogue_file_says_what_the_catalogue_says() {
    let _en = i18n::Scoped::new(Lang::En);
    for (id, english) in Catalogue::english().texts() {
        let (id, side) = id.split_once('|').unwrap_or((&id, "left"));
        let mut args = i18n::Args::new();
        args.set("side", i18n::value(side));
        assert_eq!(
            i18n::message_in(Lang::En, id, Some(&args)).as_deref(),
            Some(english.as_str()),
            "{id}: run tools/poses-ftl.py"
        );
    }
}

/// `t!("id"…)` calls in the source, by id.
fn used_ids(dir: &Path, found: &mut BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            used_ids(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for (at, _) in text.match_indices("t!(\"") {
                let before = text[..at].chars().next_back();
                let line = &text[text[..at].rfind('\n').map_or(0, |n| n + 1)..at];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    || line.trim_start().starts_with("//")
                {
                    continue;
                }
                let rest = &text[at + 4..];
                if let Some(end) = rest.find('"') {
                    let _ = found.insert(rest[..end].to_owned());
                }
            }
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists_in_english() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = BTreeSet::new();
    used_ids(&root.join("src"), &mut used);
    used_ids(&root.join("crates/core/src"), &mut used);
    assert!(used.len() > 10, "only {} ids found", used.len());
    let english = messages(Lang::En);
    let unknown: Vec<&String> = used
        .iter()
        .filter(|id| !english.contains_key(*id))
        .collect();
    assert!(unknown.is_empty(), "not in assets/i18n/en: {unknown:?}");
}

#[test]
fn the_catalogue_is_translated_in_every_language() {
    let english = Catalogue::english();
    for lang in Lang::SPOKEN.into_iter().filter(|&l| l != Lang::En) {
        let _lang = i18n::Scoped::new(lang);
        let theirs = Catalogue::builtin();
        for (ours, pose) in english.poses().iter().zip(theirs.poses()) {
            assert_eq!(ours.id, pose.id);
            assert_ne!(
                ours.instructions,
                pose.instructions,
                "{}: {}",
                lang.code(),
                pose.id
            );
            assert_ne!(ours.cautions, pose.cautions, "{}: {}", lang.code(), pose.id);
            if lang == Lang::Hi {
                let devanagari =
                    |t: &str| t.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c));
                assert!(devanagari(&pose.name), "{}", pose.name);
                assert!(
                    pose.instructions.iter().all(|s| devanagari(s)),
                    "{}",
                    pose.id
                );
            }
        }
        assert_ne!(english.red_flags(), theirs.red_flags(), "{}", lang.code());
    }
}

#[test]
fn pseudo_language_brackets_every_catalogue_text() {
    let _lang = i18n::Scoped::new(Lang::EnXa);
    let pose = &Catalogue::builtin().poses()[0];
    assert!(
        pose.name.starts_with('[') && pose.name.ends_with(']'),
        "{}",
        pose.name
    );
    assert!(pose.instructions.iter().all(|s| s.starts_with('[')));
}
