//! Per-source lookups derived once from the analysis: each sentence's support class and span,
//! the spans to mark inline (atoms only some sources carry, conflicting values), and the
//! stops for "next conflict". Nothing here is a finding of its own: it only re-indexes
//! [`Analysis`] for drawing.

use crate::findings::{
    Analysis, SourceCounts, carried, conflict_values, partial_mentions, source_counts,
};
use crate::model::{SentenceRef, Span};

/// The support class, as the findings define it (re-exported for drawing code and tests).
pub use crate::findings::Support;

/// One sentence, ready to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceInfo {
    /// Where it sits.
    pub r: SentenceRef,
    /// Its bytes in the source's text.
    pub span: Span,
    /// How many sources carry it.
    pub support: Support,
    /// Number of sources carrying it.
    pub carried: usize,
    /// True when it is a side of a conflict.
    pub conflict: bool,
}

/// Lookups for drawing and navigation, per source.
#[derive(Debug, Clone, Default)]
pub struct Derived {
    /// Per source: sentences in reading order.
    pub sentences: Vec<Vec<SentenceInfo>>,
    /// Per source and paragraph: reading-order index of the paragraph's first sentence.
    pub paragraph_start: Vec<Vec<usize>>,
    /// Per source: spans of atoms only some sources carry (sorted).
    pub partial_atoms: Vec<Vec<Span>>,
    /// Per source: spans of conflicting values (sorted).
    pub conflict_values: Vec<Vec<Span>>,
    /// Every conflict side as (source, sentence in reading order), sorted.
    pub conflict_stops: Vec<(usize, usize)>,
    /// Per source: the counts of the overview and the tabs' badges.
    pub counts: Vec<SourceCounts>,
}

impl Derived {
    /// Builds the lookups.
    pub fn new(analysis: &Analysis) -> Self {
        let n = analysis.articles.len();
        let mut d = Derived {
            sentences: Vec::with_capacity(n),
            paragraph_start: Vec::with_capacity(n),
            partial_atoms: vec![Vec::new(); n],
            conflict_values: vec![Vec::new(); n],
            conflict_stops: Vec::new(),
            counts: source_counts(analysis),
        };
        for (source, article) in analysis.articles.iter().enumerate() {
            let mut starts = Vec::with_capacity(article.paragraphs.len());
            let mut list = Vec::with_capacity(article.sentence_count());
            for (pi, p) in article.paragraphs.iter().enumerate() {
                starts.push(list.len());
                for (si, s) in p.sentences.iter().enumerate() {
                    let r = SentenceRef {
                        source,
                        paragraph: pi,
                        sentence: si,
                    };
                    let carried = carried(analysis, r);
                    list.push(SentenceInfo {
                        r,
                        span: s.span,
                        support: Support::classify(carried, n),
                        carried,
                        conflict: false,
                    });
                }
            }
            d.sentences.push(list);
            d.paragraph_start.push(starts);
        }
        for (r, spans) in partial_mentions(analysis) {
            if let Some(list) = d.partial_atoms.get_mut(r.source) {
                list.extend(spans);
            }
        }
        for (r, spans) in conflict_values(analysis) {
            if let Some(list) = d.conflict_values.get_mut(r.source) {
                list.extend(spans);
            }
            if let Some(k) = d.index(r) {
                d.conflict_stops.push((r.source, k));
                if let Some(info) = d.sentences.get_mut(r.source).and_then(|l| l.get_mut(k)) {
                    info.conflict = true;
                }
            }
        }
        for list in d
            .partial_atoms
            .iter_mut()
            .chain(d.conflict_values.iter_mut())
        {
            list.sort();
            list.dedup();
        }
        d.conflict_stops.sort();
        d.conflict_stops.dedup();
        d
    }

    /// Reading-order index of a sentence, if it exists.
    pub fn index(&self, r: SentenceRef) -> Option<usize> {
        let start = *self.paragraph_start.get(r.source)?.get(r.paragraph)?;
        let k = start + r.sentence;
        let info = self.sentences.get(r.source)?.get(k)?;
        (info.r == r).then_some(k)
    }

    /// The sentence at a reading-order index.
    pub fn info(&self, source: usize, index: usize) -> Option<&SentenceInfo> {
        self.sentences.get(source)?.get(index)
    }

    /// Number of sentences of a source.
    pub fn count(&self, source: usize) -> usize {
        self.sentences.get(source).map_or(0, Vec::len)
    }

    /// Reading-order index of the sentence containing byte `at` (or the last one before it).
    pub fn sentence_at(&self, source: usize, at: usize) -> Option<usize> {
        let list = self.sentences.get(source)?;
        let k = list.partition_point(|s| s.span.start <= at);
        k.checked_sub(1).or((!list.is_empty()).then_some(0))
    }
}
