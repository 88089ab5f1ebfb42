//! Omissions: per source, the claims that at least two other sources carry and it lacks.
//!
//! A source lacks a claim when none of its sentences matches any of the claim's sentences (a
//! sentence that matches but was grouped elsewhere still counts as carrying the claim).

use super::Findings;
use crate::analysis::{Claim, Omission};
use crate::model::Article;

/// Finds what each source lacks; sources that lack nothing are left out.
pub fn find(articles: &[Article], claims: &[Claim], findings: &Findings) -> Vec<Omission> {
    let mut out = Vec::new();
    for source in 0..articles.len() {
        let lacking: Vec<usize> = claims
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.sources.len() >= 2
                    && !c.sources.contains(&source)
                    && !c.sentences.iter().any(|r| {
                        findings
                            .get(r.source)
                            .and_then(|p| p.get(r.paragraph))
                            .and_then(|s| s.get(r.sentence))
                            .is_some_and(|f| f.matches.iter().any(|m| m.sentence.source == source))
                    })
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
