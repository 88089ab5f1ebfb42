//! Questions the front ends (reports and interface) ask of an [`Analysis`], answered once here
//! so that neither imports the other and both give the same answer: a sentence's support class
//! and counterparts, aligned paragraphs, the marks inside sentences (partial atoms, conflicting
//! values), the confirmed share of a source, claim texts and atom kind labels, which sentences
//! state no claim ([`fragments`]), the detail of one sentence (counterparts explained, conflict
//! sides, nearest candidates: [`detail`]), per-source counts ([`overview`]).

mod detail;
mod overview;

pub use detail::{CounterpartDetail, NearestDetail, SentenceDetail, explain_pair, sentence_detail};
pub use overview::{SourceCounts, source_counts};

use super::{Analysis, AtomKind};
use crate::model::{SentenceRef, Span};
use std::collections::BTreeMap;

pub mod fragments;
pub use fragments::is_fragment;

/// How many sources carry a sentence's claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Support {
    /// No other source: only this one.
    Only,
    /// Some, not all, sources.
    Some,
    /// Every source.
    All,
}

impl Support {
    /// Class of a claim carried by `carried` of `sources` sources. A claim no second source
    /// carries is "only here", also when there is a single source: nothing confirms it (the
    /// reports count it as 0 % confirmed too).
    pub fn classify(carried: usize, sources: usize) -> Self {
        if carried <= 1 {
            Self::Only
        } else if carried >= sources {
            Self::All
        } else {
            Self::Some
        }
    }

    /// The class as one word: `only`, `some`, `all` (the HTML report's CSS classes).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Only => "only",
            Self::Some => "some",
            Self::All => "all",
        }
    }
}

/// Number of sources carrying the claim of sentence `r`, its own included (at least 1).
pub fn carried(analysis: &Analysis, r: SentenceRef) -> usize {
    analysis.findings(r).support.len().max(1)
}

/// Support class of sentence `r`.
pub fn support(analysis: &Analysis, r: SentenceRef) -> Support {
    Support::classify(
        carried(analysis, r),
        super::stories::story_size(analysis, r.source),
    )
}

/// Every sentence of source `source` as a reference, in reading order.
pub fn sentence_refs(analysis: &Analysis, source: usize) -> Vec<SentenceRef> {
    analysis
        .articles
        .get(source)
        .map(|a| {
            a.sentences()
                .map(|(paragraph, sentence, _)| SentenceRef {
                    source,
                    paragraph,
                    sentence,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// True when some source other than the sentence's own states its claim.
pub fn is_confirmed(analysis: &Analysis, r: SentenceRef) -> bool {
    analysis.findings(r).support.iter().any(|&s| s != r.source)
}

/// How much of a source others confirm: `(confirmed sentences, sentences)`.
pub fn confirmed_share(analysis: &Analysis, source: usize) -> (usize, usize) {
    let refs = sentence_refs(analysis, source);
    let confirmed = refs.iter().filter(|r| is_confirmed(analysis, **r)).count();
    (confirmed, refs.len())
}

/// `confirmed` of `sentences` in whole percent, rounded half up (`None` without sentences).
pub fn confirmed_percent(confirmed: usize, sentences: usize) -> Option<usize> {
    (sentences > 0).then(|| (confirmed * 100 + sentences / 2) / sentences)
}

/// The counterpart in source `other` of sentence `r`: its match there, else its claim's member
/// there; never a sentence of `r`'s own source.
pub fn counterpart(analysis: &Analysis, r: SentenceRef, other: usize) -> Option<SentenceRef> {
    let f = analysis.findings(r);
    f.matches
        .iter()
        .find(|m| m.sentence.source == other)
        .map(|m| m.sentence)
        .or_else(|| {
            let claim = analysis.claims.get(f.claim?)?;
            claim.sentences.iter().copied().find(|s| s.source == other)
        })
        .filter(|s| s.source != r.source)
}

/// The paragraph of source `other` in the alignment row of `r`'s paragraph.
pub fn aligned_paragraph(analysis: &Analysis, r: SentenceRef, other: usize) -> Option<usize> {
    analysis
        .alignment
        .iter()
        .find(|row| row.paragraphs.get(r.source).copied().flatten() == Some(r.paragraph))
        .and_then(|row| row.paragraphs.get(other).copied().flatten())
}

/// The text of claim `claim`: its first member sentence (empty when out of range).
pub fn claim_text(analysis: &Analysis, claim: usize) -> String {
    analysis
        .claims
        .get(claim)
        .and_then(|c| c.sentences.first())
        .map(|r| analysis.sentence_text(*r).to_owned())
        .unwrap_or_default()
}

/// Atom mentions that are "partial": the atom is carried by some sources but not all (as the
/// interface underlines them). Keyed by sentence; spans sorted, without repeats.
pub fn partial_mentions(analysis: &Analysis) -> BTreeMap<SentenceRef, Vec<Span>> {
    let n = analysis.articles.len();
    let mut out: BTreeMap<SentenceRef, Vec<Span>> = BTreeMap::new();
    for atom in &analysis.atoms {
        if atom.sources.is_empty() || atom.sources.len() >= n {
            continue;
        }
        for m in &atom.mentions {
            out.entry(m.sentence).or_default().push(m.span);
        }
    }
    for spans in out.values_mut() {
        spans.sort();
        spans.dedup();
    }
    out
}

/// The sentences that are a side of some conflict, each with the spans of the values it gives
/// (sorted, without repeats).
pub fn conflict_values(analysis: &Analysis) -> BTreeMap<SentenceRef, Vec<Span>> {
    let mut out: BTreeMap<SentenceRef, Vec<Span>> = BTreeMap::new();
    for conflict in &analysis.conflicts {
        for side in &conflict.sides {
            out.entry(side.sentence).or_default().push(side.span);
        }
    }
    for spans in out.values_mut() {
        spans.sort();
        spans.dedup();
    }
    out
}

/// The word for an atom kind, the same in every view and format: the kind's value in the JSON
/// document (`person`, `organization`, `place`, `number`, `date`, `quote`, `other`).
pub fn atom_kind_label(kind: AtomKind) -> &'static str {
    match kind {
        AtomKind::Person => "person",
        AtomKind::Organization => "organization",
        AtomKind::Place => "place",
        AtomKind::Number => "number",
        AtomKind::Date => "date",
        AtomKind::Quote => "quote",
        AtomKind::Other => "other",
    }
}

#[cfg(test)]
mod tests;
