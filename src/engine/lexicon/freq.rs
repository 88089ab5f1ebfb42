//! General English word frequencies, so that word weights do not depend on the articles being
//! compared. The table (`assets/wordfreq/en.txt`, built from the `wordfreq` package, data
//! CC BY-SA 4.0) lists the most frequent ~49,000 English words with their Zipf frequency
//! (log10 of occurrences per billion words). It is embedded in the binary, already keyed (`en.keys.tsv`), and searched in place.
//!
//! Frequencies are summed over the words that share a matching key (`said`, `says` and `saying`
//! all count for `say`), and a key's weight is its information content: rare words and words
//! not in the table (names, rare terms) weigh most.

use crate::text::normalize::word_key;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// The word list itself; only the test that checks `en.keys.tsv` reads it.
#[cfg(test)]
const TABLE: &str = include_str!("../../../assets/wordfreq/en.txt");

/// The same table already reduced to matching keys (`key<TAB>zipf`, sorted by key), so that
/// start-up does not have to run ~49,000 words through spelling folding and stemming (that took
/// ~35 ms of every run). A test checks it is exactly what [`keyed_table`] makes of `en.txt`.
const KEYED: &str = include_str!("../../../assets/wordfreq/en.keys.tsv");

/// Zipf frequency assumed for a key not in the table (names, rare words): just below the
/// table's cut-off, so unknown words count as rare.
pub const UNKNOWN_ZIPF: f32 = 2.0;

/// Zipf frequency at which a word carries no information.
const ZERO_INFO_ZIPF: f32 = 8.0;

/// Zipf frequency of `key` in a keyed table (`key<TAB>zipf` lines sorted by key), by bisecting
/// the text itself: nothing is parsed or allocated at start-up.
fn lookup(table: &[u8], key: &[u8]) -> Option<f32> {
    let newline = |from: usize, to: usize| {
        table
            .get(from..to)
            .and_then(|part| part.iter().position(|&b| b == b'\n'))
            .map(|p| from + p)
    };
    // `lo` and `hi` are line starts; every line still to search starts in `lo..hi`.
    let (mut lo, mut hi) = (0, table.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The first line starting at or after `mid`, or the one at `lo` if none does before `hi`.
        let start = match newline(mid.saturating_sub(1).max(lo), hi) {
            Some(p) if mid > lo && p + 1 < hi => p + 1,
            _ => lo,
        };
        let end = newline(start, hi).unwrap_or(hi);
        let line = table.get(start..end)?;
        let tab = line.iter().position(|&b| b == b'\t')?;
        let (line_key, value) = line.split_at(tab);
        match line_key.cmp(key) {
            Ordering::Equal => return std::str::from_utf8(value.get(1..)?).ok()?.parse().ok(),
            Ordering::Less => lo = end + 1,
            Ordering::Greater => hi = start,
        }
    }
    None
}

/// Reduces the word table (`ZIPF<TAB>word word…` lines) to matching keys with pooled Zipf
/// frequencies, as `key<TAB>zipf` lines sorted by key: the content of `en.keys.tsv`.
pub fn keyed_table(words: &str) -> String {
    let mut per_billion: BTreeMap<String, f64> = BTreeMap::new();
    for line in words.lines() {
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
    let mut out = String::new();
    for (key, count) in per_billion {
        // `{}` prints the shortest text that parses back to the same f32.
        out.push_str(&format!("{key}\t{}\n", count.log10() as f32));
    }
    out
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
    // The same keys are asked for again and again (every stage weighs its words): each thread
    // remembers what it found (bounded: cleared when full).
    const REMEMBERED: usize = 1 << 16;
    thread_local! {
        static FOUND: RefCell<foldhash::HashMap<String, Option<f32>>> =
            RefCell::new(foldhash::HashMap::default());
    }
    if let Some(found) = FOUND.with(|f| f.borrow().get(key).copied()) {
        return found;
    }
    let found = lookup(KEYED.as_bytes(), key.as_bytes());
    FOUND.with(|f| {
        let mut f = f.borrow_mut();
        if f.len() >= REMEMBERED {
            f.clear();
        }
        f.insert(key.to_owned(), found);
    });
    found
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

    /// The shipped keyed table must be what the current token layer makes of the word list.
    /// After a change to spelling folding or stemming, regenerate it with
    /// `FACTDIFF_WRITE_KEYS=1 cargo test --lib keyed_table_is_current`.
    #[test]
    fn keyed_table_is_current() {
        let fresh = keyed_table(TABLE);
        if std::env::var_os("FACTDIFF_WRITE_KEYS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/wordfreq/en.keys.tsv");
            std::fs::write(path, &fresh).expect("write en.keys.tsv");
            return;
        }
        assert!(
            fresh == KEYED,
            "assets/wordfreq/en.keys.tsv is stale: regenerate it (see this test's doc)"
        );
    }

    /// Bisecting the text finds every line's value, and nothing between or around the keys.
    #[test]
    fn lookup_finds_every_key_and_only_those() {
        let mut previous: Option<&str> = None;
        for line in KEYED.lines() {
            let (key, value) = line.split_once('\t').expect("key<TAB>zipf");
            let expected: f32 = value.parse().expect("a number");
            assert_eq!(zipf(key), Some(expected), "{key}");
            if let Some(p) = previous {
                assert!(p < key, "not sorted: {p:?} before {key:?}");
                let between = format!("{p}\u{1}");
                if between.as_str() < key {
                    assert_eq!(zipf(&between), None);
                }
            }
            previous = Some(key);
        }
        assert_eq!(zipf("\u{10ffff}"), None);
        let small = b"a\t1\nc\t3\ne\t5";
        assert_eq!(lookup(small, b"a"), Some(1.0));
        assert_eq!(lookup(small, b"e"), Some(5.0));
        assert_eq!(lookup(small, b"b"), None);
        assert_eq!(lookup(small, b"f"), None);
        assert_eq!(lookup(b"", b"a"), None);
    }

    #[test]
    fn inflections_pool_their_counts() {
        let say = zipf(&word_key("say")).unwrap_or(0.0);
        assert!(say > 5.5, "{say}");
        assert!(zipf(&word_key("colour")).is_some());
        assert_eq!(zipf(&word_key("colour")), zipf(&word_key("color")));
    }
}
