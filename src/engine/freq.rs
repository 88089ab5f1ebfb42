//! General English word frequencies, so that word weights do not depend on the articles being
//! compared. The table (`assets/wordfreq/en.txt`, built from the `wordfreq` package, data
//! CC BY-SA 4.0) lists the most frequent ~49,000 English words with their Zipf frequency
//! (log10 of occurrences per billion words). It is embedded in the binary and parsed once.
//!
//! Frequencies are summed over the words that share a matching key (`said`, `says` and `saying`
//! all count for `say`), and a key's weight is its information content: rare words and words
//! not in the table (names, rare terms) weigh most.

use crate::normalize::word_key;
use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../assets/wordfreq/en.txt");

/// Zipf frequency assumed for a key not in the table (names, rare words): just below the
/// table's cut-off, so unknown words count as rare.
pub const UNKNOWN_ZIPF: f32 = 2.0;

/// Zipf frequency at which a word carries no information.
const ZERO_INFO_ZIPF: f32 = 8.0;

fn table() -> &'static HashMap<String, f32> {
    static TABLE_BY_KEY: OnceLock<HashMap<String, f32>> = OnceLock::new();
    TABLE_BY_KEY.get_or_init(|| {
        let mut per_billion: HashMap<String, f64> = HashMap::new();
        for line in TABLE.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((zipf, words)) = line.split_once('\t') else {
                continue;
            };
            let Ok(zipf) = zipf.trim().parse::<f64>() else {
                continue;
            };
            let count = 10f64.powf(zipf);
            for word in words.split(' ').filter(|w| !w.is_empty()) {
                *per_billion.entry(key_of(word)).or_insert(0.0) += count;
            }
        }
        per_billion
            .into_iter()
            .map(|(k, c)| (k, c.log10() as f32))
            .collect()
    })
}

/// The matching key of a table word, read the way the token layer reads words.
fn key_of(word: &str) -> String {
    let base = word
        .strip_suffix("n't")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word);
    let base: String = base.chars().filter(|&c| c != '\'').collect();
    word_key(&base)
}

/// Zipf frequency of a matching key, if the table knows it.
pub fn zipf(key: &str) -> Option<f32> {
    table().get(key).copied()
}

/// Information weight of a matching key: `8 - Zipf`, at least 0.5; unknown keys weigh
/// `8 - UNKNOWN_ZIPF` (6.0), common function words about 0.5.
pub fn weight(key: &str) -> f32 {
    (ZERO_INFO_ZIPF - zipf(key).unwrap_or(UNKNOWN_ZIPF)).max(0.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_words_weigh_more() {
        assert!(weight(&word_key("the")) < weight(&word_key("police")));
        assert!(weight(&word_key("police")) < weight(&word_key("earthquake")));
        assert!(weight(&word_key("earthquake")) <= weight(&word_key("qwzxv")));
        assert_eq!(weight("qwzxv"), ZERO_INFO_ZIPF - UNKNOWN_ZIPF);
    }

    #[test]
    fn inflections_pool_their_counts() {
        let say = zipf(&word_key("say")).unwrap_or(0.0);
        assert!(say > 5.5, "{say}");
        assert!(zipf(&word_key("colour")).is_some());
        assert_eq!(zipf(&word_key("colour")), zipf(&word_key("color")));
    }
}
