//! The findings of a comparison: what the engine returns and every front end (TUI, reports) reads.
//!
//! Plain data only. Sentences are addressed by [`SentenceRef`], sources by their 0-based index;
//! the JSON report turns these into the `s1.p2.3` ids of the `factdiff/1` contract. The
//! questions front ends ask of it live in [`queries`] (re-exported here).

pub mod queries;
pub mod stories;

pub use queries::{
    CounterpartDetail, NearestDetail, SentenceDetail, SourceCounts, Support, aligned_paragraph,
    atom_kind_label, carried, claim_text, confirmed_percent, confirmed_share, conflict_values,
    counterpart, is_confirmed, is_fragment, partial_mentions, sentence_detail, sentence_refs,
    source_counts, support,
};

use crate::model::{Article, SentenceRef, Span};
use serde::Serialize;

/// The best counterpart of a sentence in one other source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    /// The matching sentence in the other source.
    pub sentence: SentenceRef,
    /// Similarity in `[0, 1]`; at or above [`crate::engine::THRESHOLD`] means "states the same claim".
    pub score: f32,
}

/// What the engine found about one sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceFindings {
    /// Sources (0-based indexes, ascending) that state this sentence's claim or have a sentence
    /// in [`Self::matches`], its own source included.
    pub support: Vec<usize>,
    /// Best counterpart in each other source whose score passes the threshold, by source index.
    pub matches: Vec<Match>,
    /// Index into [`Analysis::claims`] of the claim this sentence belongs to.
    pub claim: Option<usize>,
}

/// Findings shaped like `articles` before any comparison, indexed source, paragraph, sentence:
/// every sentence supported by its own source only, with no match and no claim.
pub fn unmatched_findings(articles: &[Article]) -> Vec<Vec<Vec<SentenceFindings>>> {
    articles
        .iter()
        .enumerate()
        .map(|(source, a)| {
            a.paragraphs
                .iter()
                .map(|p| {
                    p.sentences
                        .iter()
                        .map(|_| SentenceFindings {
                            support: vec![source],
                            ..Default::default()
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// A claim: sentences from different sources that state the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Member sentences, at most one per source, ordered by source.
    pub sentences: Vec<SentenceRef>,
    /// Sources that carry the claim (ascending).
    pub sources: Vec<usize>,
}

/// Kind of an atom (a checkable fact fragment).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AtomKind {
    /// A named person.
    Person,
    /// A company, agency, party, government body, news agency…
    Organization,
    /// A country, city, region, landmark.
    Place,
    /// A number or quantity (`5,000`, `three`, `80th`).
    Number,
    /// A date or day (`Tuesday`, `August 15`, `2024`).
    Date,
    /// A quotation in quote marks.
    Quote,
    /// A name whose kind could not be told.
    Other,
}

/// One place an atom occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// The sentence it occurs in.
    pub sentence: SentenceRef,
    /// Byte range in the source's cleaned text.
    pub span: Span,
}

/// A name, number, date or quotation, with its variants merged.
#[derive(Debug, Clone, PartialEq)]
pub struct Atom {
    /// What kind of fact it is.
    pub kind: AtomKind,
    /// Canonical text (the most complete variant).
    pub text: String,
    /// Every distinct surface form seen, sorted.
    pub variants: Vec<String>,
    /// Sources that carry it (ascending).
    pub sources: Vec<usize>,
    /// Every occurrence, in source then reading order.
    pub mentions: Vec<Mention>,
}

/// One side of a conflict: a sentence and the value it gives.
#[derive(Debug, Clone, PartialEq)]
pub struct ConflictSide {
    /// The sentence giving this value.
    pub sentence: SentenceRef,
    /// The value as written, e.g. `"Tuesday"`.
    pub value: String,
    /// Where the value is, in the source's cleaned text.
    pub span: Span,
}

/// The same claim reported with different values.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// What differs (serialised as `"date"`, `"number"`, `"place"`, `"speaker"`).
    pub about: ConflictKind,
    /// The claim the sides belong to, when there is one.
    pub claim: Option<usize>,
    /// At least two sides with different values.
    pub sides: Vec<ConflictSide>,
}

/// One rendering of a quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteRendering {
    /// Sentence the quotation is in.
    pub sentence: SentenceRef,
    /// The quoted words (without quote marks).
    pub text: String,
    /// Where they are, in the source's cleaned text.
    pub span: Span,
}

/// The same quotation rendered differently by different outlets.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteVariant {
    /// Renderings from at least two sources, with different wording.
    pub renderings: Vec<QuoteRendering>,
}

/// Claims that at least two other sources carry and this source lacks.
#[derive(Debug, Clone, PartialEq)]
pub struct Omission {
    /// The source that lacks them.
    pub source: usize,
    /// Indexes into [`Analysis::claims`].
    pub claims: Vec<usize>,
}

/// One row of the side-by-side reading view: a paragraph (or none) per source.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignmentRow {
    /// Paragraph index per source (`None` where that source has nothing here).
    pub paragraphs: Vec<Option<usize>>,
    /// Per source: true when this paragraph's counterpart elsewhere sits out of order (moved material).
    pub moved: Vec<bool>,
}

/// What a conflict is about. Serialised (and shown) as `date`, `number`, `place`, `speaker`;
/// the order of the variants is the order of those words, which orders conflicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConflictKind {
    /// Two dates for the same event.
    Date,
    /// Two numbers for the same quantity.
    Number,
    /// Two places for the same event.
    Place,
    /// Two speakers for the same quotation or statement.
    Speaker,
}

impl ConflictKind {
    /// The word for the kind, as in the JSON document and the reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Date => "date",
            Self::Number => "number",
            Self::Place => "place",
            Self::Speaker => "speaker",
        }
    }
}

impl std::str::FromStr for ConflictKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [Self::Date, Self::Number, Self::Place, Self::Speaker]
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("not a conflict kind: {s:?} (date, number, place, speaker)"))
    }
}

impl std::fmt::Display for ConflictKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Everything factdiff found about a set of sources.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// The sources, in command-line order.
    pub articles: Vec<Article>,
    /// Findings per sentence: `sentences[source][paragraph][sentence]`.
    pub sentences: Vec<Vec<Vec<SentenceFindings>>>,
    /// Claims stated by more than one source, and single-source claims too (support of one).
    pub claims: Vec<Claim>,
    /// Names, numbers, dates and quotations.
    pub atoms: Vec<Atom>,
    /// Same claim, different values.
    pub conflicts: Vec<Conflict>,
    /// Same quotation, different wording.
    pub quote_variants: Vec<QuoteVariant>,
    /// Per source, what others carry and it lacks.
    pub omissions: Vec<Omission>,
    /// Paragraph rows for side-by-side reading, one cell per source, when there is one story.
    /// With several stories this is empty and each story holds its own rows
    /// ([`Story::alignment`]).
    pub alignment: Vec<AlignmentRow>,
    /// The stories the sources were grouped into (each source in exactly one), in order of
    /// their first source. Empty means one story of every source (an analysis built by hand).
    pub stories: Vec<Story>,
}

/// A story: sources about the same event, compared with each other only.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Story {
    /// Its sources (ascending indexes into [`Analysis::articles`]).
    pub sources: Vec<usize>,
    /// A headline for the story (one of its sources' titles, or a first sentence).
    pub title: String,
    /// Its alignment rows when the analysis has several stories: one cell per source of the
    /// story, in the order of [`Self::sources`]. Empty when the analysis has one story (its
    /// rows are [`Analysis::alignment`]).
    pub alignment: Vec<AlignmentRow>,
}

impl Analysis {
    /// Findings for one sentence (a default, empty value when the reference is out of range).
    pub fn findings(&self, r: SentenceRef) -> &SentenceFindings {
        static EMPTY: SentenceFindings = SentenceFindings {
            support: Vec::new(),
            matches: Vec::new(),
            claim: None,
        };
        self.sentences
            .get(r.source)
            .and_then(|p| p.get(r.paragraph))
            .and_then(|s| s.get(r.sentence))
            .unwrap_or(&EMPTY)
    }

    /// The text of a sentence.
    pub fn sentence_text(&self, r: SentenceRef) -> &str {
        self.articles
            .get(r.source)
            .map(|a| a.sentence_text(r.paragraph, r.sentence))
            .unwrap_or("")
    }
}
