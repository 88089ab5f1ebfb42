//! The `factdiff/1` JSON document: a public contract. Fields are only ever added, never renamed
//! or removed; the README documents each one.

use crate::findings::{self, Analysis, AtomKind, ConflictKind};
use crate::model::{self, Removed, SentenceRef};
use serde::{Serialize, Serializer};
use std::io::{self, Write};

/// Name and version of the schema.
pub const SCHEMA: &str = "factdiff/1";

/// The whole document. The dense per-source lists (alignment rows, omissions) borrow from the
/// analysis and make their ids only while being written: built as strings up front they took
/// hundreds of MB on a thousand sources.
#[derive(Debug, Serialize)]
pub struct Document<'a> {
    /// Always `"factdiff/1"`.
    pub schema: &'static str,
    /// The sources, in command-line order.
    pub sources: Vec<SourceDoc>,
    /// Groups of sentences stating the same claim.
    pub claims: Vec<ClaimDoc>,
    /// Names, numbers, dates and quotations.
    pub atoms: Vec<AtomDoc>,
    /// Same claim, different values.
    pub conflicts: Vec<ConflictDoc>,
    /// Per source, claims that two or more others carry and it lacks.
    pub omissions: Vec<OmissionDoc<'a>>,
    /// Paragraph rows for side-by-side reading.
    pub alignment: Vec<AlignmentDoc<'a>>,
    /// Same quotation, different wording (added field).
    pub quote_variants: Vec<QuoteVariantDoc>,
    /// The stories the sources were grouped into, each compared on its own (added field).
    pub stories: Vec<StoryDoc>,
}

/// A story: sources about one event.
#[derive(Debug, Serialize)]
pub struct StoryDoc {
    /// `t1`…`tN`, in order of each story's first source.
    pub id: String,
    /// A headline for the story.
    pub title: String,
    /// Its source ids.
    pub sources: Vec<String>,
}

/// One source.
#[derive(Debug, Serialize)]
pub struct SourceDoc {
    /// `s1`…`sN`.
    pub id: String,
    /// Path as given.
    pub path: String,
    /// Short name for display.
    pub label: String,
    /// Headline.
    pub title: Option<String>,
    /// Publisher or agency.
    pub outlet: Option<String>,
    /// Author.
    pub byline: Option<String>,
    /// ISO date.
    pub date: Option<String>,
    /// Original address.
    pub url: Option<String>,
    /// What cleaning dropped, with reasons.
    pub removed: Vec<Removed>,
    /// Paragraphs and sentences.
    pub paragraphs: Vec<ParagraphDoc>,
    /// The cleaned story text every span of this source points into: paragraphs joined by a
    /// blank line (added field).
    pub text: String,
    /// Id of the story the source belongs to (added field).
    pub story: String,
}

/// One paragraph.
#[derive(Debug, Serialize)]
pub struct ParagraphDoc {
    /// `s1.p1`.
    pub id: String,
    /// Its sentences.
    pub sentences: Vec<SentenceDoc>,
    /// Byte range `[start, end)` in the source's cleaned text (added field).
    pub span: [usize; 2],
}

/// One sentence.
#[derive(Debug, Serialize)]
pub struct SentenceDoc {
    /// `s1.p1.1`.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// Byte range `[start, end)` in the source's cleaned text (paragraphs joined by a blank line).
    pub span: [usize; 2],
    /// Sources stating this claim or holding one of its matches, itself included.
    pub support: Vec<String>,
    /// Best counterpart per other source.
    pub matches: Vec<MatchDoc>,
    /// Id of the claim this sentence belongs to, or null (added field).
    pub claim: Option<String>,
}

/// A counterpart sentence and its score.
#[derive(Debug, Serialize)]
pub struct MatchDoc {
    /// Sentence id.
    pub sentence: String,
    /// Similarity in `[0, 1]`, rounded to three decimals.
    pub score: f64,
}

/// A claim.
#[derive(Debug, Serialize)]
pub struct ClaimDoc {
    /// `c1`…
    pub id: String,
    /// Member sentence ids.
    pub sentences: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
    /// Id of the story the claim belongs to (added field).
    pub story: String,
}

/// An atom.
#[derive(Debug, Serialize)]
pub struct AtomDoc {
    /// person, organization, place, number, date, quote, other.
    pub kind: AtomKind,
    /// Canonical text.
    pub text: String,
    /// Surface forms.
    pub variants: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
    /// Sentence ids, one per mention.
    pub mentions: Vec<String>,
    /// Byte range of each mention in its source's cleaned text, parallel to `mentions`
    /// (added field).
    pub spans: Vec<[usize; 2]>,
}

/// A conflict.
#[derive(Debug, Serialize)]
pub struct ConflictDoc {
    /// What differs (serialised as its word: `date`, `number`, `place`, `speaker`).
    pub about: ConflictKind,
    /// The sides.
    pub sides: Vec<ConflictSideDoc>,
    /// Id of the claim the sides belong to, or null (added field).
    pub claim: Option<String>,
    /// Id of the story the conflict belongs to (added field).
    pub story: String,
}

/// One side of a conflict.
#[derive(Debug, Serialize)]
pub struct ConflictSideDoc {
    /// Sentence id.
    pub sentence: String,
    /// Value given there.
    pub value: String,
    /// Byte range of the value in the source's cleaned text (added field).
    pub span: [usize; 2],
}

/// Omissions of one source.
#[derive(Debug, Serialize)]
pub struct OmissionDoc<'a> {
    /// Source id.
    pub source: String,
    /// Claim ids.
    pub claims: ClaimIds<'a>,
    /// Id of the story the omissions belong to: the source's story (added field).
    pub story: String,
}

/// Claim indexes, written as claim ids (`c1`…).
#[derive(Debug)]
pub struct ClaimIds<'a>(pub &'a [usize]);

impl Serialize for ClaimIds<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|&c| claim_id(c)))
    }
}

/// One alignment row.
#[derive(Debug, Serialize)]
pub struct AlignmentDoc<'a> {
    /// Paragraph id per source, or null.
    pub paragraphs: ParagraphIds<'a>,
    /// Per source: true when that paragraph sits out of order relative to its counterparts
    /// (added field).
    pub moved: MovedFlags<'a>,
}

/// Where the cells of a row sit among all sources: a row of one story has a cell per source
/// of the story (`sources`), written out with a cell for every one of `width` sources.
#[derive(Debug, Clone, Copy)]
pub struct Cells<'a> {
    /// The story's sources (ascending) when the row is a story's; `None`: a cell per source.
    pub sources: Option<&'a [usize]>,
    /// Number of sources in the document.
    pub width: usize,
}

impl Cells<'_> {
    /// Index into the row of source `si`, if the row has a cell for it.
    fn cell(&self, si: usize) -> Option<usize> {
        match self.sources {
            Some(sources) => sources.binary_search(&si).ok(),
            None => Some(si),
        }
    }
}

/// Paragraph index per source, written as paragraph ids (`s2.p3`) or null.
#[derive(Debug)]
pub struct ParagraphIds<'a>(pub &'a [Option<usize>], pub Cells<'a>);

impl Serialize for ParagraphIds<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((0..self.1.width).map(|si| {
            let p = self
                .1
                .cell(si)
                .and_then(|k| self.0.get(k).copied().flatten());
            p.map(|pi| model::paragraph_id(si, pi))
        }))
    }
}

/// Moved flags per source, written with a value for every source (false where a story's row
/// has no cell).
#[derive(Debug)]
pub struct MovedFlags<'a>(pub &'a [bool], pub Cells<'a>);

impl Serialize for MovedFlags<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((0..self.1.width).map(|si| {
            self.1
                .cell(si)
                .and_then(|k| self.0.get(k).copied())
                .unwrap_or(false)
        }))
    }
}

/// A quotation rendered differently.
#[derive(Debug, Serialize)]
pub struct QuoteVariantDoc {
    /// Renderings.
    pub renderings: Vec<QuoteRenderingDoc>,
}

/// One rendering.
#[derive(Debug, Serialize)]
pub struct QuoteRenderingDoc {
    /// Sentence id.
    pub sentence: String,
    /// The quoted words.
    pub text: String,
    /// Byte range of the quoted words in the source's cleaned text (added field).
    pub span: [usize; 2],
}

fn claim_id(claim: usize) -> String {
    format!("c{}", claim + 1)
}

fn story_id(story: usize) -> String {
    format!("t{}", story + 1)
}

fn span(s: model::Span) -> [usize; 2] {
    [s.start, s.end]
}

fn ids(sources: &[usize]) -> Vec<String> {
    sources.iter().map(|&s| model::source_id(s)).collect()
}

/// Builds the document from an analysis.
pub fn document(analysis: &Analysis) -> Document<'_> {
    let story_of = findings::stories::story_of_sources(analysis);
    let story = |source: usize| story_id(story_of.get(source).copied().unwrap_or(0));
    let width = analysis.articles.len();
    let whole = Cells {
        sources: None,
        width,
    };
    let rows =
        analysis
            .alignment
            .iter()
            .map(|row| (row, whole))
            .chain(analysis.stories.iter().flat_map(|t| {
                let cells = Cells {
                    sources: Some(&t.sources),
                    width,
                };
                t.alignment.iter().map(move |row| (row, cells))
            }));
    let sources = analysis
        .articles
        .iter()
        .enumerate()
        .map(|(si, a)| SourceDoc {
            id: model::source_id(si),
            path: a.path.clone(),
            label: a.label.clone(),
            title: a.meta.title.clone(),
            outlet: a.meta.outlet.clone(),
            byline: a.meta.byline.clone(),
            date: a.meta.date.clone(),
            url: a.meta.url.clone(),
            removed: a.removed.clone(),
            paragraphs: a
                .paragraphs
                .iter()
                .enumerate()
                .map(|(pi, p)| ParagraphDoc {
                    id: model::paragraph_id(si, pi),
                    sentences: p
                        .sentences
                        .iter()
                        .enumerate()
                        .map(|(ti, s)| {
                            let r = SentenceRef {
                                source: si,
                                paragraph: pi,
                                sentence: ti,
                            };
                            let f = analysis.findings(r);
                            SentenceDoc {
                                id: model::sentence_id(r),
                                text: s.span.slice(&a.text).to_owned(),
                                span: [s.span.start, s.span.end],
                                support: ids(&f.support),
                                matches: f
                                    .matches
                                    .iter()
                                    .map(|m| MatchDoc {
                                        sentence: model::sentence_id(m.sentence),
                                        score: (f64::from(m.score) * 1000.0).round() / 1000.0,
                                    })
                                    .collect(),
                                claim: f.claim.map(claim_id),
                            }
                        })
                        .collect(),
                    span: span(p.span),
                })
                .collect(),
            text: a.text.clone(),
            story: story(si),
        })
        .collect();
    Document {
        schema: SCHEMA,
        sources,
        claims: analysis
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| ClaimDoc {
                id: claim_id(i),
                sentences: c.sentences.iter().map(|&r| model::sentence_id(r)).collect(),
                sources: ids(&c.sources),
                story: story(c.sentences.first().map_or(0, |r| r.source)),
            })
            .collect(),
        atoms: analysis
            .atoms
            .iter()
            .map(|a| AtomDoc {
                kind: a.kind,
                text: a.text.clone(),
                variants: a.variants.clone(),
                sources: ids(&a.sources),
                mentions: a
                    .mentions
                    .iter()
                    .map(|m| model::sentence_id(m.sentence))
                    .collect(),
                spans: a.mentions.iter().map(|m| span(m.span)).collect(),
            })
            .collect(),
        conflicts: analysis
            .conflicts
            .iter()
            .map(|c| ConflictDoc {
                about: c.about,
                sides: c
                    .sides
                    .iter()
                    .map(|s| ConflictSideDoc {
                        sentence: model::sentence_id(s.sentence),
                        value: s.value.clone(),
                        span: span(s.span),
                    })
                    .collect(),
                claim: c.claim.map(claim_id),
                story: story(c.sides.first().map_or(0, |s| s.sentence.source)),
            })
            .collect(),
        omissions: analysis
            .omissions
            .iter()
            .map(|o| OmissionDoc {
                source: model::source_id(o.source),
                claims: ClaimIds(&o.claims),
                story: story(o.source),
            })
            .collect(),
        alignment: rows
            .map(|(row, cells)| AlignmentDoc {
                paragraphs: ParagraphIds(&row.paragraphs, cells),
                moved: MovedFlags(&row.moved, cells),
            })
            .collect(),
        quote_variants: analysis
            .quote_variants
            .iter()
            .map(|q| QuoteVariantDoc {
                renderings: q
                    .renderings
                    .iter()
                    .map(|r| QuoteRenderingDoc {
                        sentence: model::sentence_id(r.sentence),
                        text: r.text.clone(),
                        span: span(r.span),
                    })
                    .collect(),
            })
            .collect(),
        stories: findings::stories::stories(analysis)
            .into_iter()
            .enumerate()
            .map(|(t, s)| StoryDoc {
                id: story_id(t),
                title: s.title,
                sources: ids(&s.sources),
            })
            .collect(),
    }
}

/// The document as pretty-printed JSON with a trailing newline.
pub fn to_string(analysis: &Analysis) -> String {
    let mut out = Vec::new();
    if write(analysis, &mut out).is_err() {
        return "{}\n".into();
    }
    String::from_utf8(out).unwrap_or_else(|_| "{}\n".into())
}

/// Writes the document as [`to_string`] makes it, without holding the whole text in memory
/// (it is over 200 MB for a thousand sources). Buffer `out` if it is a file or a pipe.
pub fn write(analysis: &Analysis, out: &mut impl Write) -> io::Result<()> {
    // `io::Error::from` keeps the writer's own error (a broken pipe stays a broken pipe).
    serde_json::to_writer_pretty(&mut *out, &document(analysis)).map_err(io::Error::from)?;
    out.write_all(b"\n")
}
