//! What the human-readable reports show, computed once from an [`Analysis`]: one line per
//! source with its counts, the top conflicts and notable only-here claims (the overview), the
//! coverage matrix, what only one source reports, conflicts, omissions and quote variants.
//! Plain data with raw article text and complete lists; each format escapes text its own way
//! and caps lists (see [`crate::report::Options::limit`]).

mod quotes;
mod unique;

pub use quotes::{describe_change, split_marked};
pub use unique::{UniqueAtom, UniqueClaim, UniqueFacts};

use crate::findings::{
    Analysis, ConflictKind, claim_text, confirmed_percent, confirmed_share, is_confirmed,
};
use crate::model::{SentenceRef, Span};

/// Every sentence of a source in reading order: the findings query, under the name tests and
/// older callers use.
pub use crate::findings::sentence_refs;

/// Most conflicts the overview names.
pub const OVERVIEW_CONFLICTS: usize = 3;
/// Most only-here claims the overview names.
pub const OVERVIEW_NOTABLE: usize = 5;
/// Most notable claims the overview takes from one source.
const NOTABLE_PER_SOURCE: usize = 2;

/// One line per source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    /// 0-based source index.
    pub source: usize,
    /// Display label.
    pub label: String,
    /// Publisher, when known.
    pub outlet: Option<String>,
    /// Publication date, when known.
    pub date: Option<String>,
    /// Number of sentences.
    pub sentences: usize,
    /// Sentences whose claim at least one other source also states.
    pub confirmed: usize,
    /// Sentences only this source has that state a claim (fragments left out): the ones
    /// listed under "only in one source".
    pub only_here: usize,
    /// Claims two or more other sources carry and this one lacks.
    pub omissions: usize,
    /// Conflicts this source is a side of.
    pub conflicts: usize,
}

impl SourceLine {
    /// Share of its sentences that others confirm, in whole percent (`None` without sentences).
    pub fn confirmed_percent(&self) -> Option<usize> {
        confirmed_percent(self.confirmed, self.sentences)
    }
}

/// One claim row of the coverage matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixRow {
    /// Index into [`Analysis::claims`].
    pub claim: usize,
    /// The claim's text: its first member sentence.
    pub text: String,
    /// Per source: does it carry the claim.
    pub carried: Vec<bool>,
}

impl MatrixRow {
    /// How many sources carry the claim.
    pub fn width(&self) -> usize {
        self.carried.iter().filter(|c| **c).count()
    }
}

/// Which source carries which claim.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matrix {
    /// Every claim carried by two or more sources, most widely carried first (the reports
    /// show the first [`crate::report::Options::limit`] and count the rest).
    pub rows: Vec<MatrixRow>,
    /// Claims carried by one source only, whose sentences no other source matches (listed under
    /// unique facts instead).
    pub single_source: usize,
    /// Claims with sentences of one source only, one of which another source's sentence matches
    /// (that sentence went into another claim): neither shared rows nor single-source claims.
    pub matched_elsewhere: usize,
}

/// One side of a conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictSideView {
    /// 0-based source index.
    pub source: usize,
    /// The value as written.
    pub value: String,
    /// The sentence giving it.
    pub sentence: SentenceRef,
    /// Where the value is, in the source's cleaned text.
    pub span: Span,
}

/// A conflict ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictView {
    /// What differs.
    pub about: ConflictKind,
    /// The claim it belongs to.
    pub claim: Option<usize>,
    /// The sides, in source order.
    pub sides: Vec<ConflictSideView>,
}

impl ConflictView {
    /// The distinct values, each with the sources giving it, in the order they first appear.
    pub fn values(&self) -> Vec<(&str, Vec<usize>)> {
        let mut out: Vec<(&str, Vec<usize>)> = Vec::new();
        for side in &self.sides {
            match out.iter_mut().find(|(v, _)| *v == side.value) {
                Some((_, sources)) => {
                    if !sources.contains(&side.source) {
                        sources.push(side.source);
                    }
                }
                None => out.push((side.value.as_str(), vec![side.source])),
            }
        }
        out
    }
}

/// A claim a source lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OmittedClaim {
    /// Index into [`Analysis::claims`].
    pub claim: usize,
    /// The claim's text: its first member sentence.
    pub text: String,
    /// Sources that carry it.
    pub carried_by: Vec<usize>,
}

/// What one source lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OmissionView {
    /// 0-based source index.
    pub source: usize,
    /// The claims it lacks, most widely carried first (ties in claim order).
    pub claims: Vec<OmittedClaim>,
}

/// One rendering of a quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderingView {
    /// 0-based source index.
    pub source: usize,
    /// The quoted words.
    pub text: String,
    /// The sentence it is in.
    pub sentence: SentenceRef,
    /// Byte ranges of `text` whose words differ from the other wording: against the first
    /// rendering, and for the first rendering against the second. Trimmed of white space.
    pub changed: Vec<Span>,
    /// For every rendering but the first: how its words differ from the first's, as
    /// `(first's words, these words)` pairs; either side is empty for an insertion or deletion.
    pub changes: Vec<(String, String)>,
}

/// The top of every report: what to read first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overview {
    /// Indexes into [`Summary::conflicts`] of the conflicts to name first: those with the most
    /// sides, then in order; at most [`OVERVIEW_CONFLICTS`].
    pub conflicts: Vec<usize>,
    /// Only-here claims carrying the most names, numbers, dates and quotations no other source
    /// has (at least one; at most two per source, [`OVERVIEW_NOTABLE`] in all), with how many.
    pub notable: Vec<(SentenceRef, usize)>,
}

/// Everything the text, Markdown and HTML reports show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// One line per source.
    pub sources: Vec<SourceLine>,
    /// Number of claims in the analysis.
    pub claims: usize,
    /// The top conflicts and notable only-here claims.
    pub overview: Overview,
    /// The coverage matrix.
    pub matrix: Matrix,
    /// Per source, what only it reports.
    pub unique: Vec<UniqueFacts>,
    /// Conflicts.
    pub conflicts: Vec<ConflictView>,
    /// Per source, what it lacks (only sources that lack something).
    pub omissions: Vec<OmissionView>,
    /// Quote variants, each with its renderings in source order.
    pub quotes: Vec<Vec<RenderingView>>,
}

/// Computes the summary.
pub fn summarize(analysis: &Analysis) -> Summary {
    let unique = unique::unique(analysis);
    let conflicts = conflicts(analysis);
    let omissions = omissions(analysis);
    Summary {
        sources: source_lines(analysis, &unique, &conflicts, &omissions),
        claims: analysis.claims.len(),
        overview: Overview {
            conflicts: top_conflicts(&conflicts),
            notable: unique::notable(&unique, OVERVIEW_NOTABLE, NOTABLE_PER_SOURCE),
        },
        matrix: matrix(analysis),
        unique,
        conflicts,
        omissions,
        quotes: analysis
            .quote_variants
            .iter()
            .map(|q| quotes::quote_views(&q.renderings))
            .collect(),
    }
}

fn source_lines(
    analysis: &Analysis,
    unique: &[UniqueFacts],
    conflicts: &[ConflictView],
    omissions: &[OmissionView],
) -> Vec<SourceLine> {
    analysis
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let (confirmed, sentences) = confirmed_share(analysis, i);
            SourceLine {
                source: i,
                label: a.label.clone(),
                outlet: a.meta.outlet.clone(),
                date: a.meta.date.clone(),
                sentences,
                confirmed,
                only_here: unique.get(i).map_or(0, |u| u.claims.len()),
                omissions: omissions
                    .iter()
                    .find(|o| o.source == i)
                    .map_or(0, |o| o.claims.len()),
                conflicts: conflicts
                    .iter()
                    .filter(|c| c.sides.iter().any(|s| s.source == i))
                    .count(),
            }
        })
        .collect()
}

fn top_conflicts(conflicts: &[ConflictView]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..conflicts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(conflicts.get(i).map_or(0, |c| c.sides.len())));
    order.truncate(OVERVIEW_CONFLICTS);
    order
}

fn matrix(analysis: &Analysis) -> Matrix {
    let n = analysis.articles.len();
    let mut shared: Vec<(usize, usize)> = Vec::new();
    let mut single_source = 0;
    let mut matched_elsewhere = 0;
    for (i, c) in analysis.claims.iter().enumerate() {
        let width = c.sources.iter().filter(|&&s| s < n).count();
        if width >= 2 {
            shared.push((width, i));
        } else if c.sentences.iter().any(|r| is_confirmed(analysis, *r)) {
            matched_elsewhere += 1;
        } else {
            single_source += 1;
        }
    }
    // Most widely carried first; ties keep claim order.
    shared.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let rows = shared
        .into_iter()
        .map(|(_, claim)| {
            let sources = analysis
                .claims
                .get(claim)
                .map(|c| c.sources.as_slice())
                .unwrap_or(&[]);
            MatrixRow {
                claim,
                text: claim_text(analysis, claim),
                carried: (0..n).map(|s| sources.contains(&s)).collect(),
            }
        })
        .collect();
    Matrix {
        rows,
        single_source,
        matched_elsewhere,
    }
}

fn conflicts(analysis: &Analysis) -> Vec<ConflictView> {
    analysis
        .conflicts
        .iter()
        .map(|c| ConflictView {
            about: c.about,
            claim: c.claim,
            sides: c
                .sides
                .iter()
                .map(|s| ConflictSideView {
                    source: s.sentence.source,
                    value: s.value.clone(),
                    sentence: s.sentence,
                    span: s.span,
                })
                .collect(),
        })
        .collect()
}

fn omissions(analysis: &Analysis) -> Vec<OmissionView> {
    analysis
        .omissions
        .iter()
        .filter(|o| !o.claims.is_empty())
        .map(|o| {
            let mut claims: Vec<OmittedClaim> = o
                .claims
                .iter()
                .map(|&claim| OmittedClaim {
                    claim,
                    text: claim_text(analysis, claim),
                    carried_by: analysis
                        .claims
                        .get(claim)
                        .map(|c| c.sources.clone())
                        .unwrap_or_default(),
                })
                .collect();
            // Most widely carried first (a stable sort keeps claim order among equals).
            claims.sort_by_key(|c| std::cmp::Reverse(c.carried_by.len()));
            OmissionView {
                source: o.source,
                claims,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_and_handles_empty() {
        let mut line = SourceLine {
            source: 0,
            label: "x".into(),
            outlet: None,
            date: None,
            sentences: 3,
            confirmed: 2,
            only_here: 1,
            omissions: 0,
            conflicts: 0,
        };
        assert_eq!(line.confirmed_percent(), Some(67));
        line.sentences = 0;
        line.confirmed = 0;
        assert_eq!(line.confirmed_percent(), None);
    }

    #[test]
    fn conflict_values_group_sources_in_first_order() {
        let side = |source, value: &str| ConflictSideView {
            source,
            value: value.into(),
            sentence: SentenceRef {
                source,
                paragraph: 0,
                sentence: 0,
            },
            span: Span::new(0, 0),
        };
        let c = ConflictView {
            about: ConflictKind::Date,
            claim: None,
            sides: vec![side(0, "Tuesday"), side(1, "Wednesday"), side(2, "Tuesday")],
        };
        assert_eq!(
            c.values(),
            vec![("Tuesday", vec![0, 2]), ("Wednesday", vec![1])]
        );
    }
}
