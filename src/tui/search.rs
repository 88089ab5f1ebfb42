//! Case-insensitive search across every source, giving byte spans into each source's text.

use crate::analysis::Analysis;
use crate::model::Span;

/// Most hits kept (a one-letter query on many sources would otherwise flood the view).
pub const MAX_HITS: usize = 10_000;

/// An active search.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    /// What was searched for.
    pub query: String,
    /// Hits as (source, bytes), in source then reading order.
    pub hits: Vec<(usize, Span)>,
    /// Index into `hits` of the hit the cursor went to last.
    pub current: Option<usize>,
}

impl Search {
    /// Searches every source for `query` (case-insensitive).
    pub fn run(analysis: &Analysis, query: &str) -> Self {
        let mut hits = Vec::new();
        for (source, article) in analysis.articles.iter().enumerate() {
            for span in find_all(&article.text, query) {
                if hits.len() >= MAX_HITS {
                    break;
                }
                hits.push((source, span));
            }
        }
        Self {
            query: query.to_owned(),
            hits,
            current: None,
        }
    }

    /// Hits in one source.
    pub fn hits_in(&self, source: usize) -> impl Iterator<Item = Span> + '_ {
        self.hits
            .iter()
            .filter(move |(s, _)| *s == source)
            .map(|(_, span)| *span)
    }

    /// Index of the next hit strictly after position (source, byte), wrapping around.
    pub fn next_after(&self, source: usize, at: usize) -> Option<usize> {
        let k = self
            .hits
            .partition_point(|&(s, sp)| (s, sp.start) <= (source, at));
        if self.hits.is_empty() {
            None
        } else {
            Some(k % self.hits.len())
        }
    }

    /// Index of the previous hit strictly before position (source, byte), wrapping around.
    pub fn prev_before(&self, source: usize, at: usize) -> Option<usize> {
        let k = self
            .hits
            .partition_point(|&(s, sp)| (s, sp.start) < (source, at));
        if self.hits.is_empty() {
            None
        } else {
            Some(k.checked_sub(1).unwrap_or(self.hits.len() - 1))
        }
    }
}

/// Every case-insensitive occurrence of `needle` in `hay`, as byte spans of `hay`.
pub fn find_all(hay: &str, needle: &str) -> Vec<Span> {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    // Lower-cased characters of the haystack, each with the byte range of its original char.
    let folded: Vec<(char, usize, usize)> = hay
        .char_indices()
        .flat_map(|(i, c)| c.to_lowercase().map(move |l| (l, i, i + c.len_utf8())))
        .collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k + needle.len() <= folded.len() {
        let window = folded.get(k..k + needle.len()).unwrap_or(&[]);
        if window.iter().map(|w| w.0).eq(needle.iter().copied()) {
            let start = window.first().map_or(0, |w| w.1);
            let end = window.last().map_or(start, |w| w.2);
            out.push(Span::new(start, end));
            k += needle.len();
        } else {
            k += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_case_insensitively_with_byte_spans() {
        let hay = "Kim met PUTIN; putin smiled. Ünïcode ünïcode";
        let hits = find_all(hay, "putin");
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].slice(hay), "PUTIN");
        assert_eq!(hits[1].slice(hay), "putin");
        let u = find_all(hay, "ÜNÏ");
        assert_eq!(
            u.iter().map(|s| s.slice(hay)).collect::<Vec<_>>(),
            ["Ünï", "ünï"]
        );
        assert!(find_all(hay, "").is_empty());
    }
}
