//! The detail of one sentence, for a "why" pane: which sources carry its claim, its counterpart
//! in each other source with the pair's score and the explanation `factdiff match` gives, every
//! side of the conflicts it is in, and, for each other source without a counterpart, the
//! nearest sentence there and why it fell short. The explanation is the matching engine's own
//! ([`blend::explain`]: meaning and words); nothing here scores sentences another way.

use super::super::{Analysis, Conflict};
use super::{carried, counterpart, sentence_refs};
use crate::engine::matching::blend::{self, PairExplanation as Explanation};
use crate::model::SentenceRef;

/// A counterpart of the sentence in one other source.
#[derive(Debug, Clone, PartialEq)]
pub struct CounterpartDetail {
    /// The counterpart.
    pub sentence: SentenceRef,
    /// The score the analysis gave the pair, when it linked them directly (a claim's other
    /// member has none of its own).
    pub linked_score: Option<f32>,
    /// Number of sources that carry the counterpart's claim (its own included).
    pub carried: usize,
    /// The pair explained, as `factdiff match` explains it (the sentence first).
    pub explanation: Explanation,
}

/// The sentence of one other source nearest the sentence, where that source has no counterpart.
#[derive(Debug, Clone, PartialEq)]
pub struct NearestDetail {
    /// The source.
    pub source: usize,
    /// Its sentence with the highest score against the sentence, with the explanation; `None`
    /// when the source has no sentences.
    pub nearest: Option<(SentenceRef, Explanation)>,
}

/// Everything the pane shows about one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceDetail {
    /// The sentence.
    pub sentence: SentenceRef,
    /// Sources carrying its claim, its own included, ascending.
    pub support: Vec<usize>,
    /// Its counterparts, by source.
    pub counterparts: Vec<CounterpartDetail>,
    /// Indexes into [`Analysis::conflicts`] of the conflicts it is a side of.
    pub conflicts: Vec<usize>,
    /// The other sources without a counterpart: the nearest candidate in each.
    pub nearest: Vec<NearestDetail>,
}

/// The detail of sentence `r` (see the module documentation). The nearest candidates cost one
/// score per sentence of each source without a counterpart: built on demand, for one sentence.
pub fn sentence_detail(analysis: &Analysis, r: SentenceRef) -> SentenceDetail {
    let findings = analysis.findings(r);
    let mut support = findings.support.clone();
    if support.is_empty() {
        support.push(r.source);
    }
    support.sort_unstable();
    support.dedup();
    let mut counterparts = Vec::new();
    let mut nearest = Vec::new();
    for other in (0..analysis.articles.len()).filter(|&s| s != r.source) {
        if let Some(c) = counterpart(analysis, r, other) {
            counterparts.push(CounterpartDetail {
                sentence: c,
                linked_score: findings
                    .matches
                    .iter()
                    .find(|m| m.sentence == c)
                    .map(|m| m.score),
                carried: carried(analysis, c),
                explanation: explain_pair(analysis, r, c),
            });
            continue;
        }
        // Highest score; ties go to the earlier sentence, so the answer is deterministic.
        let mut best: Option<(SentenceRef, Explanation)> = None;
        for cand in sentence_refs(analysis, other) {
            let e = explain_pair(analysis, r, cand);
            if best.as_ref().is_none_or(|(_, b)| e.score > b.score) {
                best = Some((cand, e));
            }
        }
        nearest.push(NearestDetail {
            source: other,
            nearest: best,
        });
    }
    let conflicts = analysis
        .conflicts
        .iter()
        .enumerate()
        .filter(|(_, c): &(usize, &Conflict)| c.sides.iter().any(|s| s.sentence == r))
        .map(|(k, _)| k)
        .collect();
    SentenceDetail {
        sentence: r,
        support,
        counterparts,
        conflicts,
        nearest,
    }
}

/// The one call into the matching engine: the pair `a`, `b` explained as `factdiff match`
/// explains it. A change to the score reaches the pane through here.
pub fn explain_pair(analysis: &Analysis, a: SentenceRef, b: SentenceRef) -> Explanation {
    blend::explain(analysis.sentence_text(a), analysis.sentence_text(b))
}
