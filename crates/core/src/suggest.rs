//! "Did you mean …?" suggestions for misspelt names.

/// The candidate closest to `word`, if it is close enough to be a plausible
/// typo (edit distance at most a third of the word, and at least 1).
///
/// The distance costs the product of the two lengths, so candidates whose
/// length alone rules them out are skipped: a very long `word` costs only
/// a pass over it.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    let length = word.chars().count();
    let limit = (length / 3).max(2);
    candidates
        .into_iter()
        .filter(|c| c.chars().count().abs_diff(length) <= limit)
        .map(|c| (strsim::osa_distance(&word, c), c))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn suggests_close_names_only() {
        let names = ["balasana", "bhujangasana", "tadasana"];
        assert_eq!(nearest("balasanna", names), Some("balasana"));
        assert_eq!(nearest("Tadasan", names), Some("tadasana"));
        assert_eq!(nearest("headstand", names), None);
    }

    #[test]
    fn a_very_long_word_is_quick_and_matches_nothing() {
        let long = "balasana".repeat(200_000);
        let started = std::time::Instant::now();
        assert_eq!(nearest(&long, ["balasana"]), None);
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
    }
}
