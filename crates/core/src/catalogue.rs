//! The built-in pose catalogue, embedded from `assets/catalogue.json`.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const CATALOGUE_JSON: &str = include_str!("../../../assets/catalogue.json");

/// What sort of exercise a pose is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Stretch,
    Pose,
    Breathing,
    Relaxation,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Stretch => "stretch",
            Kind::Pose => "pose",
            Kind::Breathing => "breathing",
            Kind::Relaxation => "relaxation",
        }
    }
}

/// A breathing rhythm in seconds per phase.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BreathPattern {
    pub inhale: f64,
    #[serde(default)]
    pub hold: f64,
    pub exhale: f64,
    #[serde(default)]
    pub hold_after: f64,
    #[serde(default)]
    pub alternate_nostrils: bool,
}

/// One entry of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pose {
    pub id: String,
    pub name: String,
    pub sanskrit: Option<String>,
    pub english: String,
    pub aliases: Vec<String>,
    pub kind: Kind,
    pub per_side: bool,
    pub default_hold_seconds: u32,
    pub instructions: Vec<String>,
    /// What to do while holding it, in one short line, shown and kept on
    /// screen during the hold; `{side}` stands for "left" or "right".
    pub hold_cue: String,
    pub helps: String,
    pub cautions: Vec<String>,
    /// Conditions in which the pose is best left out, shown before it starts.
    pub avoid_if: Vec<String>,
    pub breathing: String,
    pub default_breathing: Option<BreathPattern>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    red_flags: RedFlags,
    poses: Vec<Pose>,
}

/// The warning signs that need a doctor instead of exercise, in two
/// levels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlags {
    /// The cauda equina signs: emergency care now.
    pub emergency: Vec<String>,
    /// The rest: see a doctor today.
    pub same_day: Vec<String>,
}

/// All built-in poses, in display order.
#[derive(Debug, Clone)]
pub struct Catalogue {
    red_flags: RedFlags,
    poses: Vec<Pose>,
}

impl Catalogue {
    /// The catalogue compiled into the binary. Parsed once per process.
    pub fn builtin() -> &'static Catalogue {
        static BUILTIN: OnceLock<Catalogue> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            // The file is part of the binary and checked by the test suite,
            // so a parse failure here is a build defect, not user input.
            let file: CatalogueFile = serde_json::from_str(CATALOGUE_JSON)
                .expect("embedded assets/catalogue.json is valid");
            Catalogue {
                red_flags: file.red_flags,
                poses: file.poses,
            }
        })
    }

    pub fn poses(&self) -> &[Pose] {
        &self.poses
    }

    /// The warning signs that need urgent care instead of exercise.
    pub fn red_flags(&self) -> &RedFlags {
        &self.red_flags
    }

    /// Finds a pose by id or alias, ignoring case and surrounding space.
    pub fn find(&self, name: &str) -> Option<&Pose> {
        let wanted = normalise(name);
        self.poses
            .iter()
            .find(|pose| pose.id == wanted || pose.aliases.contains(&wanted))
    }

    /// The poses whose names (id, name, Sanskrit, English or an alias)
    /// contain every word of `query`, ignoring case, in display order; all
    /// of them for an empty query. Only the first 20 words count.
    pub fn search(&self, query: &str) -> Vec<&Pose> {
        let lower = query.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().take(20).collect();
        self.poses
            .iter()
            .filter(|pose| {
                let names = pose.search_text();
                words.iter().all(|word| names.contains(word))
            })
            .collect()
    }

    /// Every id and alias, for "did you mean" suggestions.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.poses.iter().flat_map(|pose| {
            std::iter::once(pose.id.as_str()).chain(pose.aliases.iter().map(String::as_str))
        })
    }
}

impl Pose {
    /// Its names in lower case, one per line.
    fn search_text(&self) -> String {
        let mut names = vec![self.id.as_str(), self.name.as_str(), self.english.as_str()];
        names.extend(self.sanskrit.as_deref());
        names.extend(self.aliases.iter().map(String::as_str));
        names.join("\n").to_lowercase()
    }
}

fn normalise(name: &str) -> String {
    name.trim().to_lowercase().replace([' ', '_'], "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_by_alias_in_any_case() {
        let catalogue = Catalogue::builtin();
        let pose = catalogue.find(" Child Pose ").map(|p| p.id.as_str());
        assert_eq!(pose, Some("balasana"));
        assert_eq!(
            catalogue.find("DOWNWARD-DOG").map(|p| p.id.as_str()),
            Some("adho-mukha-svanasana")
        );
        assert!(catalogue.find("headstand").is_none());
    }

    #[test]
    fn search_matches_every_word_of_any_name() {
        let catalogue = Catalogue::builtin();
        let ids = |query: &str| -> Vec<&str> {
            catalogue
                .search(query)
                .iter()
                .map(|p| p.id.as_str())
                .collect()
        };
        assert_eq!(ids("cob"), ["bhujangasana"]);
        assert_eq!(ids("  BHUJANG "), ["bhujangasana"]);
        assert_eq!(ids("child"), ["balasana"]);
        assert!(ids("stretch").len() >= 4, "{:?}", ids("stretch"));
        assert_eq!(ids("knee chest"), ["knee-to-chest"]);
        assert!(ids("knee headstand").is_empty());
        assert_eq!(ids("").len(), catalogue.poses().len());
    }
}
