//! The pose illustrations (`assets/poses/<id>.svg`), compiled into the
//! binary so it runs from anywhere.

macro_rules! illustrations {
    ($($id:literal),* $(,)?) => {
        const ILLUSTRATIONS: &[(&str, &str)] = &[
            $(($id, include_str!(concat!("../../../assets/poses/", $id, ".svg")))),*
        ];
    };
}

illustrations!(
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
    "cat-cow",
    "pelvic-tilt",
    "bridge",
    "piriformis-stretch",
);

/// The SVG text of the pose with catalogue id `id`.
pub fn svg(id: &str) -> Option<&'static str> {
    ILLUSTRATIONS
        .iter()
        .find(|(known, _)| *known == id)
        .map(|(_, svg)| *svg)
}

/// Every illustration: (pose id, SVG text).
pub fn all() -> impl Iterator<Item = (&'static str, &'static str)> {
    ILLUSTRATIONS.iter().copied()
}
