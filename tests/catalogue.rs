//! The built-in catalogue is complete and consistent.

use posewise::core::catalogue::{Catalogue, Kind};
use std::collections::HashSet;

const REQUIRED: [&str; 17] = [
    "knee-to-chest",
    "prone-back-extension",
    "trunk-rotation",
    "hamstring-stretch",
    "tadasana",
    "parsvakonasana",
    "makarasana",
    "yastikasana",
    "matsyasana",
    "adho-mukha-svanasana",
    "balasana",
    "bhujangasana",
    "wall-plank",
    "shavasana",
    "saithalyasana",
    "anulom-vilom",
    "deep-breathing",
];

#[test]
fn has_every_required_pose() {
    let catalogue = Catalogue::builtin();
    for id in REQUIRED {
        assert!(catalogue.poses().iter().any(|p| p.id == id), "missing {id}");
    }
}

#[test]
fn every_entry_is_complete() {
    for pose in Catalogue::builtin().poses() {
        let id = &pose.id;
        assert!(!pose.name.trim().is_empty(), "{id}: name");
        assert!(!pose.english.trim().is_empty(), "{id}: english");
        assert!(
            (3..=6).contains(&pose.instructions.len()),
            "{id}: 3–6 steps"
        );
        assert!(
            pose.instructions.iter().all(|s| !s.trim().is_empty()),
            "{id}: empty step"
        );
        assert!(!pose.helps.trim().is_empty(), "{id}: helps");
        assert!(!pose.cautions.is_empty(), "{id}: cautions");
        assert!(!pose.breathing.trim().is_empty(), "{id}: breathing hint");
        assert!((5..=600).contains(&pose.default_hold_seconds), "{id}: hold");
        assert_eq!(
            pose.kind == Kind::Breathing,
            pose.default_breathing.is_some(),
            "{id}: breathing entries, and only they, have a default rhythm"
        );
        if let Some(sanskrit) = &pose.sanskrit {
            assert!(!sanskrit.trim().is_empty(), "{id}: sanskrit");
        }
    }
}

#[test]
fn the_yoga_poses_have_sanskrit_names_and_the_article_aliases_work() {
    let catalogue = Catalogue::builtin();
    for id in [
        "tadasana",
        "balasana",
        "bhujangasana",
        "adho-mukha-svanasana",
        "anulom-vilom",
    ] {
        assert!(
            catalogue
                .find(id)
                .and_then(|p| p.sanskrit.as_ref())
                .is_some(),
            "{id}"
        );
    }
    for (alias, id) in [
        ("child-pose", "balasana"),
        ("cobra", "bhujangasana"),
        ("downward-dog", "adho-mukha-svanasana"),
    ] {
        assert_eq!(
            catalogue.find(alias).map(|p| p.id.as_str()),
            Some(id),
            "{alias}"
        );
    }
}

#[test]
fn ids_and_aliases_are_unique_lowercase_slugs() {
    let mut seen = HashSet::new();
    for name in Catalogue::builtin().names() {
        assert!(seen.insert(name), "{name} is used twice");
        assert!(
            name.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{name} is not a lowercase slug"
        );
    }
}
