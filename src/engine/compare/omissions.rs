//! Omissions: per source, the claims that at least two other sources carry and it lacks.
//!
//! A source lacks a claim when none of its sentences matches any of the claim's sentences (a
//! sentence that matches but was grouped elsewhere still counts as carrying the claim).

use crate::engine::Findings;
use crate::findings::{Claim, Omission};
use crate::model::Article;

/// Finds what each source lacks; sources that lack nothing are left out.
pub fn find(articles: &[Article], claims: &[Claim], findings: &Findings) -> Vec<Omission> {
    // Per claim carried by two or more sources: every source that carries it, its own and those
    // of sentences its sentences match, sorted. Worked out once per claim, not once per source.
    let carriers: Vec<Option<Vec<usize>>> = claims
        .iter()
        .map(|c| {
            if c.sources.len() < 2 {
                return None;
            }
            let mut carried = c.sources.clone();
            for r in &c.sentences {
                if let Some(f) = findings
                    .get(r.source)
                    .and_then(|p| p.get(r.paragraph))
                    .and_then(|s| s.get(r.sentence))
                {
                    carried.extend(f.matches.iter().map(|m| m.sentence.source));
                }
            }
            carried.sort_unstable();
            carried.dedup();
            Some(carried)
        })
        .collect();
    let mut out = Vec::new();
    for source in 0..articles.len() {
        let lacking: Vec<usize> = carriers
            .iter()
            .enumerate()
            .filter(|(_, carried)| {
                carried
                    .as_ref()
                    .is_some_and(|c| c.binary_search(&source).is_err())
            })
            .map(|(k, _)| k)
            .collect();
        if !lacking.is_empty() {
            out.push(Omission {
                source,
                claims: lacking,
            });
        }
    }
    out
}
