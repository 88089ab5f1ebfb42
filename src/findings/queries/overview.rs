//! Per-source counts for an overview: sentences, how many other sources confirm, how many only
//! this source carries, the claims it omits (that two or more others carry), and the conflicts
//! it is a side of. One pass over the findings; the interface's overview and tab badges ask it.

use super::super::Analysis;
use super::{Support, confirmed_share, sentence_refs, support};

/// The counts of one source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SourceCounts {
    /// Sentences.
    pub sentences: usize,
    /// Sentences at least one other source confirms ([`confirmed_share`]).
    pub confirmed: usize,
    /// Sentences only this source carries.
    pub only_here: usize,
    /// Claims two or more other sources carry and this one lacks ([`Analysis::omissions`]).
    pub omissions: usize,
    /// Conflicts this source is a side of.
    pub conflicts: usize,
}

/// The counts of every source, in source order.
pub fn source_counts(analysis: &Analysis) -> Vec<SourceCounts> {
    let n = analysis.articles.len();
    let mut out: Vec<SourceCounts> = (0..n)
        .map(|s| {
            let (confirmed, sentences) = confirmed_share(analysis, s);
            let only_here = if n > 1 {
                sentence_refs(analysis, s)
                    .into_iter()
                    .filter(|&r| support(analysis, r) == Support::Only)
                    .count()
            } else {
                0
            };
            SourceCounts {
                sentences,
                confirmed,
                only_here,
                ..Default::default()
            }
        })
        .collect();
    for o in &analysis.omissions {
        if let Some(c) = out.get_mut(o.source) {
            c.omissions += o.claims.len();
        }
    }
    for conflict in &analysis.conflicts {
        let mut sources: Vec<usize> = conflict.sides.iter().map(|s| s.sentence.source).collect();
        sources.sort_unstable();
        sources.dedup();
        for s in sources {
            if let Some(c) = out.get_mut(s) {
                c.conflicts += 1;
            }
        }
    }
    out
}
