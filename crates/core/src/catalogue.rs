//! The built-in pose catalogue, embedded from `assets/catalogue.json`.

use crate::i18n::{self, Lang};
use crate::t;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Where a hold cue names the side.
const SIDE: &str = "{side}";

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
    pub fn label(self) -> String {
        match self {
            Kind::Stretch => t!("kind-stretch"),
            Kind::Pose => t!("kind-pose"),
            Kind::Breathing => t!("kind-breathing"),
            Kind::Relaxation => t!("kind-relaxation"),
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
    /// The hold cue for the left and the right side, when it names one.
    #[serde(skip)]
    pub sided_hold_cues: Option<[String; 2]>,
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
    /// The catalogue compiled into the binary, in the current language.
    /// Parsed once per process, translated once per language.
    pub fn builtin() -> &'static Catalogue {
        static BUILTIN: [OnceLock<Catalogue>; Lang::ALL.len()] =
            [const { OnceLock::new() }; Lang::ALL.len()];
        let lang = i18n::current();
        if lang == Lang::En {
            // The file is the English: no copy.
            return Catalogue::english();
        }
        let index = lang.index();
        BUILTIN[index].get_or_init(|| {
            let _lang = i18n::Scoped::new(lang);
            Catalogue::english().translated()
        })
    }

    /// The catalogue as written in `assets/catalogue.json`.
    pub fn english() -> &'static Catalogue {
        static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
        ENGLISH.get_or_init(|| {
            // The file is part of the binary and checked by the test suite,
            // so a parse failure here is a build defect, not user input.
            let file: CatalogueFile = serde_json::from_str(CATALOGUE_JSON)
                .expect("embedded assets/catalogue.json is valid");
            let mut poses = file.poses;
            for pose in &mut poses {
                pose.sided_hold_cues = pose
                    .hold_cue
                    .contains(SIDE)
                    .then(|| ["left", "right"].map(|side| pose.hold_cue.replace(SIDE, side)));
            }
            Catalogue {
                red_flags: file.red_flags,
                poses,
            }
        })
    }

    /// A copy in the current language: every text through `poses.ftl`.
    fn translated(&self) -> Catalogue {
        Catalogue {
            red_flags: RedFlags {
                emergency: texts(RED_FLAG_EMERGENCY, &self.red_flags.emergency),
                same_day: texts(RED_FLAG_SAME_DAY, &self.red_flags.same_day),
            },
            poses: self.poses.iter().map(Pose::translated).collect(),
        }
    }

    /// Every text of the catalogue with its message id, for checking
    /// `poses.ftl`.
    pub fn texts(&self) -> Vec<(String, String)> {
        fn list(all: &mut Vec<(String, String)>, prefix: &str, items: &[String]) {
            for (index, item) in items.iter().enumerate() {
                all.push((item_id(prefix, index), item.clone()));
            }
        }
        let mut all = Vec::new();
        list(&mut all, RED_FLAG_EMERGENCY, &self.red_flags.emergency);
        list(&mut all, RED_FLAG_SAME_DAY, &self.red_flags.same_day);
        for pose in &self.poses {
            let id = |field: &str| pose_id(&pose.id, field);
            all.push((id("name"), pose.name.clone()));
            all.push((id("english"), pose.english.clone()));
            if let Some(sanskrit) = &pose.sanskrit {
                all.push((id("sanskrit"), sanskrit.clone()));
            }
            list(&mut all, &id("step"), &pose.instructions);
            list(&mut all, &id("caution"), &pose.cautions);
            list(&mut all, &id("avoid"), &pose.avoid_if);
            match &pose.sided_hold_cues {
                Some([left, right]) => {
                    all.push((format!("{}|left", id("hold-cue")), left.clone()));
                    all.push((format!("{}|right", id("hold-cue")), right.clone()));
                }
                None => all.push((id("hold-cue"), pose.hold_cue.clone())),
            }
            all.push((id("helps"), pose.helps.clone()));
            all.push((id("breathing"), pose.breathing.clone()));
        }
        all
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
    fn translated(&self) -> Pose {
        let id = |field: &str| pose_id(&self.id, field);
        let one = |field: &str, english: &str| i18n::or_english(&id(field), english);
        Pose {
            name: one("name", &self.name),
            english: one("english", &self.english),
            sanskrit: self.sanskrit.as_deref().map(|s| one("sanskrit", s)),
            instructions: texts(&id("step"), &self.instructions),
            hold_cue: one("hold-cue", &self.hold_cue),
            sided_hold_cues: self.sided_hold_cues.as_ref().map(|english| {
                let mut sides = english.clone();
                for (text, side) in sides.iter_mut().zip(["left", "right"]) {
                    let mut args = i18n::Args::new();
                    args.set("side", side);
                    *text = i18n::or_english_with(&id("hold-cue"), Some(&args), text);
                }
                sides
            }),
            helps: one("helps", &self.helps),
            cautions: texts(&id("caution"), &self.cautions),
            avoid_if: texts(&id("avoid"), &self.avoid_if),
            breathing: one("breathing", &self.breathing),
            ..self.clone()
        }
    }

    /// Its names in lower case, one per line.
    fn search_text(&self) -> String {
        let mut names = vec![self.id.as_str(), self.name.as_str(), self.english.as_str()];
        names.extend(self.sanskrit.as_deref());
        names.extend(self.aliases.iter().map(String::as_str));
        names.join("\n").to_lowercase()
    }
}

/// Numbered texts `prefix-1`, `prefix-2`, … in the current language.
fn texts(prefix: &str, english: &[String]) -> Vec<String> {
    english
        .iter()
        .enumerate()
        .map(|(index, text)| i18n::or_english(&item_id(prefix, index), text))
        .collect()
}

const RED_FLAG_EMERGENCY: &str = "red-flag-emergency";
const RED_FLAG_SAME_DAY: &str = "red-flag-same-day";

/// The message id of a pose's `field` in `poses.ftl`: `pose-balasana-name`.
fn pose_id(pose: &str, field: &str) -> String {
    format!("pose-{pose}-{field}")
}

/// The message id of item `index` (from 0) of a list: `…-step-1`.
fn item_id(prefix: &str, index: usize) -> String {
    format!("{prefix}-{}", index + 1)
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
