//! What the human-readable reports show, computed once from an [`Analysis`]: one line per
//! source, the coverage matrix, the facts only one source reports, conflicts, omissions and
//! quote variants. Plain data with raw article text; each format escapes it its own way.

use crate::findings::{
    Analysis, AtomKind, ConflictKind, QuoteRendering, claim_text, confirmed_percent,
    confirmed_share, is_confirmed,
};
use crate::model::{SentenceRef, Span};
use crate::text::worddiff;

/// Every sentence of a source in reading order: the findings query, under the name tests and
/// older callers use.
pub use crate::findings::sentence_refs;

/// Most claims the coverage matrix lists; the rest are counted.
pub const MATRIX_MAX_ROWS: usize = 60;

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

/// Which source carries which claim.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matrix {
    /// Claims carried by two or more sources, most widely carried first.
    pub rows: Vec<MatrixRow>,
    /// Claims carried by two or more sources that did not fit in [`MATRIX_MAX_ROWS`].
    pub more_shared: usize,
    /// Claims carried by one source only, whose sentences no other source matches (listed under
    /// unique facts instead).
    pub single_source: usize,
    /// Claims with sentences of one source only, one of which another source's sentence matches
    /// (that sentence went into another claim): neither shared rows nor single-source claims.
    pub matched_elsewhere: usize,
}

/// An atom only one source reports, with the sentence it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UniqueAtom {
    /// What kind of fact it is.
    pub kind: AtomKind,
    /// Its text.
    pub text: String,
    /// The sentence of its first mention.
    pub sentence: SentenceRef,
}

/// What only one source reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UniqueFacts {
    /// 0-based source index.
    pub source: usize,
    /// Sentences whose claim no other source states, in reading order.
    pub sentences: Vec<SentenceRef>,
    /// Names, numbers, dates and quotations no other source carries.
    pub atoms: Vec<UniqueAtom>,
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
    /// The claims it lacks.
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

/// Everything the text, Markdown and HTML reports show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// One line per source.
    pub sources: Vec<SourceLine>,
    /// Number of claims in the analysis.
    pub claims: usize,
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
    Summary {
        sources: source_lines(analysis),
        claims: analysis.claims.len(),
        matrix: matrix(analysis),
        unique: unique(analysis),
        conflicts: conflicts(analysis),
        omissions: omissions(analysis),
        quotes: analysis
            .quote_variants
            .iter()
            .map(|q| quote_views(&q.renderings))
            .collect(),
    }
}

/// The renderings of one quotation with their word differences to the first rendering.
fn quote_views(renderings: &[QuoteRendering]) -> Vec<RenderingView> {
    let first = renderings.first().map(|r| r.text.as_str()).unwrap_or("");
    renderings
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (changed, changes) = if i == 0 {
                let other = renderings.get(1).map(|r| r.text.as_str()).unwrap_or("");
                let ops = worddiff::diff(first, other);
                let changed = ops
                    .iter()
                    .filter(|op| op.is_change())
                    .filter_map(|op| op.a)
                    .filter_map(|sp| trimmed(first, sp))
                    .collect();
                (changed, Vec::new())
            } else {
                let ops = worddiff::diff(first, &r.text);
                let changed = ops
                    .iter()
                    .filter(|op| op.is_change())
                    .filter_map(|op| op.b)
                    .filter_map(|sp| trimmed(&r.text, sp))
                    .collect();
                let changes = ops
                    .iter()
                    .filter(|op| op.is_change())
                    .map(|op| (side_text(first, op.a), side_text(&r.text, op.b)))
                    .collect();
                (changed, changes)
            };
            RenderingView {
                source: r.sentence.source,
                text: r.text.clone(),
                sentence: r.sentence,
                changed,
                changes,
            }
        })
        .collect()
}

/// `span` of `text` without surrounding white space and punctuation, or `None` when nothing is left.
fn trimmed(text: &str, span: Span) -> Option<Span> {
    let inner = text.get(span.start..span.end)?;
    let is_edge = |c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '%');
    let start = span.start + (inner.len() - inner.trim_start_matches(is_edge).len());
    let end = span.start + inner.trim_end_matches(is_edge).len();
    (start < end).then(|| Span::new(start, end))
}

fn side_text(text: &str, span: Option<Span>) -> String {
    span.and_then(|sp| trimmed(text, sp))
        .map(|sp| sp.slice(text).to_owned())
        .unwrap_or_default()
}

fn source_lines(analysis: &Analysis) -> Vec<SourceLine> {
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
            }
        })
        .collect()
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
    let more_shared = shared.len().saturating_sub(MATRIX_MAX_ROWS);
    let rows = shared
        .into_iter()
        .take(MATRIX_MAX_ROWS)
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
        more_shared,
        single_source,
        matched_elsewhere,
    }
}

fn unique(analysis: &Analysis) -> Vec<UniqueFacts> {
    (0..analysis.articles.len())
        .map(|source| {
            let sentences = sentence_refs(analysis, source)
                .into_iter()
                .filter(|r| !is_confirmed(analysis, *r))
                .collect();
            let atoms = analysis
                .atoms
                .iter()
                .filter(|a| a.sources == [source])
                .filter_map(|a| {
                    let m = a.mentions.iter().find(|m| m.sentence.source == source)?;
                    Some(UniqueAtom {
                        kind: a.kind,
                        text: a.text.clone(),
                        sentence: m.sentence,
                    })
                })
                .collect();
            UniqueFacts {
                source,
                sentences,
                atoms,
            }
        })
        .collect()
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
        .map(|o| OmissionView {
            source: o.source,
            claims: o
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
                .collect(),
        })
        .collect()
}

/// `text` cut into pieces, each flagged true when it is inside one of `spans` (sorted,
/// non-overlapping byte ranges of `text`; others are skipped).
pub fn split_marked<'a>(text: &'a str, spans: &[Span]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for sp in spans {
        let (Some(before), Some(inner)) = (text.get(pos..sp.start), text.get(sp.start..sp.end))
        else {
            continue;
        };
        if sp.start < pos || inner.is_empty() {
            continue;
        }
        if !before.is_empty() {
            out.push((before, false));
        }
        out.push((inner, true));
        pos = sp.end;
    }
    if let Some(rest) = text.get(pos..)
        && !rest.is_empty()
    {
        out.push((rest, false));
    }
    out
}

/// A word change in plain words: `"got" → "were"`, `adds "now"`, `drops "then"`.
pub fn describe_change(from: &str, to: &str) -> String {
    match (from.is_empty(), to.is_empty()) {
        (true, _) => format!("adds \"{to}\""),
        (_, true) => format!("drops \"{from}\""),
        _ => format!("\"{from}\" → \"{to}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_marked_flags_spans_and_skips_bad_ones() {
        let spans = [Span::new(3, 6), Span::new(4, 5), Span::new(7, 99)];
        assert_eq!(
            split_marked("We got there", &spans),
            vec![("We ", false), ("got", true), (" there", false)]
        );
        assert_eq!(split_marked("", &[]), Vec::<(&str, bool)>::new());
    }

    #[test]
    fn quote_views_mark_the_words_that_differ() {
        let rendering = |source, text: &str| QuoteRendering {
            sentence: SentenceRef {
                source,
                paragraph: 0,
                sentence: 0,
            },
            text: text.into(),
            span: Span::new(0, text.len()),
        };
        let views = quote_views(&[
            rendering(0, "We got there in eleven minutes."),
            rendering(1, "We were there in 11 minutes, sadly"),
        ]);
        let marked = |v: &RenderingView| -> Vec<String> {
            v.changed
                .iter()
                .map(|s| s.slice(&v.text).to_owned())
                .collect()
        };
        assert_eq!(marked(&views[0]), vec!["got"]);
        assert_eq!(marked(&views[1]), vec!["were", "sadly"]);
        assert!(views[0].changes.is_empty());
        assert_eq!(
            views[1].changes,
            vec![
                ("got".into(), "were".into()),
                (String::new(), "sadly".into())
            ]
        );
    }

    #[test]
    fn percent_rounds_and_handles_empty() {
        let mut line = SourceLine {
            source: 0,
            label: "x".into(),
            outlet: None,
            date: None,
            sentences: 3,
            confirmed: 2,
        };
        assert_eq!(line.confirmed_percent(), Some(67));
        line.sentences = 0;
        line.confirmed = 0;
        assert_eq!(line.confirmed_percent(), None);
    }
}
