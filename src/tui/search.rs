//! Case-insensitive search across every source, giving byte spans into each source's text.

use crate::findings::Analysis;
use crate::model::Span;

/// Most hit positions kept per source (a one-letter query on a huge source would otherwise
/// flood memory); every hit is still counted.
pub const MAX_HITS_PER_SOURCE: usize = 10_000;

/// An active search.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    /// What was searched for.
    pub query: String,
    /// Hits kept as (source, bytes), in source then reading order: the first
    /// [`MAX_HITS_PER_SOURCE`] of each source.
    pub hits: Vec<(usize, Span)>,
    /// Per source: how many hits it has in all (kept or not).
    pub counts: Vec<usize>,
    /// Index into `hits` of the hit the cursor went to last.
    pub current: Option<usize>,
}

impl Search {
    /// Searches every source for `query` (case-insensitive), counting every hit and keeping the
    /// first [`MAX_HITS_PER_SOURCE`] of each source, so no source crowds out the others.
    pub fn run(analysis: &Analysis, query: &str) -> Self {
        let mut hits = Vec::new();
        let mut counts = Vec::with_capacity(analysis.articles.len());
        for (source, article) in analysis.articles.iter().enumerate() {
            let mut count = 0;
            for_each_hit(&article.text, query, |span| {
                if count < MAX_HITS_PER_SOURCE {
                    hits.push((source, span));
                }
                count += 1;
            });
            counts.push(count);
        }
        Self {
            query: query.to_owned(),
            hits,
            counts,
            current: None,
        }
    }

    /// Hits in all sources.
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    /// Hits in one source (all of them, kept or not).
    pub fn count_in(&self, source: usize) -> usize {
        self.counts.get(source).copied().unwrap_or(0)
    }

    /// True when some source has more hits than are kept (n/N visit only the kept ones).
    pub fn capped(&self) -> bool {
        self.counts.iter().any(|&c| c > MAX_HITS_PER_SOURCE)
    }

    /// Kept hits in one source.
    pub fn hits_in(&self, source: usize) -> impl Iterator<Item = Span> + '_ {
        let from = self.hits.partition_point(|&(s, _)| s < source);
        let to = self.hits.partition_point(|&(s, _)| s <= source);
        self.hits
            .get(from..to)
            .unwrap_or(&[])
            .iter()
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
    let mut out = Vec::new();
    for_each_hit(hay, needle, |span| out.push(span));
    out
}

/// Calls `hit` with every case-insensitive, non-overlapping occurrence of `needle` in `hay`, in
/// order, as byte spans of `hay`. Streams the haystack: memory stays at the needle's length.
pub fn for_each_hit(hay: &str, needle: &str, mut hit: impl FnMut(Span)) {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return;
    }
    // The last `needle.len()` lower-cased characters of the haystack, each with the byte range
    // of the original character it comes from.
    let mut window: std::collections::VecDeque<(char, usize, usize)> =
        std::collections::VecDeque::with_capacity(needle.len());
    let folded = hay
        .char_indices()
        .flat_map(|(i, c)| c.to_lowercase().map(move |l| (l, i, i + c.len_utf8())));
    for item in folded {
        if window.len() == needle.len() {
            window.pop_front();
        }
        window.push_back(item);
        if window.len() == needle.len() && window.iter().map(|w| w.0).eq(needle.iter().copied()) {
            let start = window.front().map_or(0, |w| w.1);
            let end = window.back().map_or(start, |w| w.2);
            hit(Span::new(start, end));
            // Non-overlapping: the next hit starts after this one.
            window.clear();
        }
    }
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
        assert_eq!(find_all("aaaa", "aa").len(), 2, "non-overlapping");
        assert_eq!(find_all("xAAAx", "aa")[0], Span::new(1, 3));
    }
}
