//! Values a claim can report differently: numbers, weekdays and months. Used to score two
//! sentences as if their values agreed ([`super::value_neutral_score`]), so that the conflict
//! stage sees "the same claim with another number or day".

use crate::text::calendar;
use crate::text::normalize::word_key;
use std::sync::OnceLock;

/// Matching keys of weekday and month names (`may` left out: it is mostly a verb).
fn calendar_keys() -> &'static [String] {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut keys: Vec<String> = calendar::WEEKDAYS
            .iter()
            .chain(calendar::MONTHS.iter().filter(|m| **m != "may"))
            .map(|w| word_key(w))
            .collect();
        keys.sort();
        keys
    })
}

/// True for the key of a weekday or month name.
pub(super) fn is_value_key(key: &str) -> bool {
    calendar_keys()
        .binary_search_by(|k| k.as_str().cmp(key))
        .is_ok()
}
