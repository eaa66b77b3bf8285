//! "Did you mean …?" suggestions for misspelt names.

/// The candidate closest to `word`, if it is close enough to be a plausible
/// typo (edit distance at most a third of the word, and at least 1).
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .into_iter()
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
}
