//! "Did you mean ...?": the nearest known name to a misspelt one. Shared by the spec checks and the stand-in
//! gateway's scenario checks, so that both suggest alike.

/// The candidate nearest to `input`, if one is close enough to be a likely typo: equal ignoring case, or
/// within an edit distance (with transpositions) of a third of its length, at least 1.
pub fn nearest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = input.to_lowercase();
    let limit = (input.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .filter_map(|candidate| {
            let distance = if candidate.to_lowercase() == lower {
                0
            } else {
                strsim::damerau_levenshtein(&lower, &candidate.to_lowercase())
            };
            (distance <= limit).then_some((distance, candidate))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// `; did you mean `x`?` for a message, or nothing.
pub fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion.map(|name| format!("; did you mean `{name}`?")).unwrap_or_default()
}

/// Names as a readable list: `` `a`, `b`, `c` ``.
pub fn list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_not_strangers() {
        let keys = ["type", "required", "max_length", "max_items", "description", "example"];
        assert_eq!(nearest("requried", keys), Some("required"));
        assert_eq!(nearest("max_lenght", keys), Some("max_length"));
        assert_eq!(nearest("Type", keys), Some("type"));
        assert_eq!(nearest("descripton", keys), Some("description"));
        assert_eq!(nearest("colour", keys), None);
        assert_eq!(nearest("x", keys), None);
    }

    #[test]
    fn renders_lists() {
        assert_eq!(list(["a", "b"]), "`a`, `b`");
        assert_eq!(did_you_mean(Some("x")), "; did you mean `x`?");
        assert_eq!(did_you_mean(None), "");
    }
}
