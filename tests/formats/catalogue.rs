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

#[test]
fn every_pose_has_a_caution_and_an_avoid_if_list() {
    for pose in Catalogue::builtin().poses() {
        assert!(!pose.cautions.is_empty(), "{}: cautions", pose.id);
        assert!(!pose.avoid_if.is_empty(), "{}: avoid_if", pose.id);
        assert!(
            pose.avoid_if.iter().all(|a| !a.trim().is_empty()),
            "{}: empty avoid_if line",
            pose.id
        );
    }
}

/// Any pose whose instructions have the patient lie down.
fn lies_down(instructions: &[String]) -> bool {
    let text = instructions.join(" ").to_lowercase();
    text.contains("lie on your back") || text.contains("lie face down")
}

#[test]
fn every_lying_pose_warns_about_late_pregnancy() {
    let mut lying = 0;
    for pose in Catalogue::builtin().poses() {
        if !lies_down(&pose.instructions) {
            continue;
        }
        lying += 1;
        assert!(
            pose.cautions.iter().any(|c| c.contains("pregnancy")),
            "{}: lying pose without the pregnancy caution",
            pose.id
        );
    }
    assert!(lying >= 10, "only {lying} lying poses found");
}

#[test]
fn the_red_flags_are_in_the_catalogue_data() {
    let flags = Catalogue::builtin().red_flags();
    let flags = [flags.emergency.join(" "), flags.same_day.join(" ")]
        .join(" ")
        .to_lowercase();
    for sign in [
        "bladder",
        "bowel",
        "between the legs",
        "saddle",
        "weakness in a leg",
        "fever",
        "weight loss",
        "fall",
        "accident",
    ] {
        assert!(flags.contains(sign), "red flags miss '{sign}'");
    }
}

#[test]
fn the_readme_names_every_red_flag() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md is readable");
    let readme = readme.to_lowercase().replace("\n> ", " ");
    for sign in [
        "bladder",
        "between the legs",
        "weakness in a leg",
        "fever",
        "weight loss",
        "fall",
        "both legs",
        "cancer",
        "at night",
        "emergency care now",
        "see a doctor today",
    ] {
        assert!(readme.contains(sign), "README misses '{sign}'");
    }
}

/// The caution matrix of the clinical review (December 2026): each
/// condition in one phrase, the same on every pose it concerns.
const CAUTIONS: [(&str, &[&str]); 11] = [
    (
        "After a hip replacement, ask your surgeon or physiotherapist before this pose",
        &[
            "balasana",
            "trunk-rotation",
            "hamstring-stretch",
            "adho-mukha-svanasana",
            "knee-to-chest",
            "parsvakonasana",
            "saithalyasana",
            "piriformis-stretch",
        ],
    ),
    (
        "With osteoporosis,",
        &[
            "knee-to-chest",
            "cat-cow",
            "matsyasana",
            "tadasana",
            "trunk-rotation",
            "parsvakonasana",
            "adho-mukha-svanasana",
            "balasana",
            "saithalyasana",
        ],
    ),
    (
        "With a disc problem or sciatica, ask your physiotherapist whether bending forwards suits you",
        &[
            "balasana",
            "saithalyasana",
            "knee-to-chest",
            "adho-mukha-svanasana",
        ],
    ),
    (
        "With a disc problem or sciatica, ask your physiotherapist whether bending backwards suits you",
        &[
            "bhujangasana",
            "prone-back-extension",
            "matsyasana",
            "bridge",
        ],
    ),
    (
        "With spinal stenosis or spondylolisthesis, ask your physiotherapist before bending backwards.",
        &["bhujangasana", "prone-back-extension", "matsyasana"],
    ),
    (
        "Stop if pain spreads down a leg or you feel numbness or tingling.",
        &[
            "pelvic-tilt",
            "makarasana",
            "wall-plank",
            "tadasana",
            "yastikasana",
            "knee-to-chest",
            "hamstring-stretch",
            "bhujangasana",
        ],
    ),
    (
        "With neck problems, keep your head in line with your spine",
        &[
            "adho-mukha-svanasana",
            "cat-cow",
            "prone-back-extension",
            "matsyasana",
        ],
    ),
    (
        "Skip it if you have glaucoma or high blood pressure, or feel dizzy with your head below your heart.",
        &[
            "balasana",
            "saithalyasana",
            "bridge",
            "adho-mukha-svanasana",
        ],
    ),
    ("With a shoulder problem,", &["parsvakonasana"]),
    (
        "In pregnancy, use a short stance beside a wall or chair",
        &["parsvakonasana"],
    ),
    (
        "Do not pull your toes towards you if the leg tingles.",
        &["hamstring-stretch"],
    ),
];

#[test]
fn the_caution_matrix_of_the_clinical_review_holds() {
    let catalogue = Catalogue::builtin();
    for (phrase, ids) in CAUTIONS {
        for id in ids {
            let pose = catalogue.find(id).expect("a catalogue pose");
            assert!(
                pose.cautions.iter().any(|c| c.starts_with(phrase)),
                "{id} lacks \"{phrase}…\""
            );
        }
    }
    // Pregnancy is given in weeks, never as "late pregnancy".
    for pose in catalogue.poses() {
        for line in pose.cautions.iter().chain(&pose.avoid_if) {
            assert!(
                !line.to_lowercase().contains("late pregnancy"),
                "{}: {line}",
                pose.id
            );
        }
    }
    // Every surgery caution reads the same.
    for pose in catalogue.poses() {
        for line in pose.cautions.iter().filter(|c| c.contains("surgery")) {
            assert_eq!(
                line,
                "After recent back, hip or belly surgery, ask your surgeon or physiotherapist first.",
                "{}",
                pose.id
            );
        }
    }
    // The supported fish: the head stays on the floor.
    let fish = catalogue.find("matsyasana").expect("the fish");
    assert!(fish.instructions.join(" ").contains("blanket"));
    assert!(
        fish.instructions
            .join(" ")
            .contains("head rests on the floor")
    );
}
