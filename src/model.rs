//! The data a source becomes after ingest, cleaning and segmentation.
//!
//! Everything here is plain data: byte ranges into the cleaned text of a source, never styles.
//! Ids follow the `factdiff/1` contract: sources are `s1…sN` in command-line order, paragraphs
//! `s1.p1`, sentences `s1.p1.1`.

use serde::Serialize;

/// A half-open byte range `[start, end)` into a source's cleaned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text this span covers in `text`, or `""` when the span does not fit on char boundaries.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Where a sentence sits: indexes of the source, the paragraph in it, and the sentence in that.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SentenceRef {
    /// Index of the source (0-based, command-line order).
    pub source: usize,
    /// Index of the paragraph within the source.
    pub paragraph: usize,
    /// Index of the sentence within the paragraph.
    pub sentence: usize,
}

/// A piece of the input that cleaning dropped, with the reason, so nothing vanishes silently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Removed {
    /// The dropped text, as it was in the input (trimmed).
    pub text: String,
    /// Why it was dropped.
    pub reason: RemovalReason,
}

/// Why cleaning dropped a piece of the input. Serialised (and shown) as the words of
/// [`RemovalReason::as_str`], e.g. `"comment form"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum RemovalReason {
    /// Comment forms and comment counts.
    #[serde(rename = "comment form")]
    CommentForm,
    /// "Recommended stories" blocks and their items.
    #[serde(rename = "related stories")]
    RelatedStories,
    /// "Related article: …", "Read more: …" lines.
    #[serde(rename = "related link")]
    RelatedLink,
    /// A headline of another story inserted in the text.
    #[serde(rename = "inserted headline")]
    InsertedHeadline,
    /// Image captions.
    #[serde(rename = "caption")]
    Caption,
    /// Photo credits.
    #[serde(rename = "photo credit")]
    PhotoCredit,
    /// Share, follow and app prompts.
    #[serde(rename = "share prompt")]
    SharePrompt,
    /// Newsletter and subscription prompts.
    #[serde(rename = "newsletter prompt")]
    Newsletter,
    /// Advertisement markers.
    #[serde(rename = "advertisement")]
    Advertisement,
    /// Copyright notices.
    #[serde(rename = "copyright")]
    Copyright,
    /// Page navigation.
    #[serde(rename = "navigation")]
    Navigation,
    /// Tag and topic lists.
    #[serde(rename = "tags")]
    Tags,
    /// Lines without letters or digits.
    #[serde(rename = "separator")]
    Separator,
    /// Bare URLs and "Original url:" lines.
    #[serde(rename = "url")]
    Url,
    /// The headline.
    #[serde(rename = "title")]
    Title,
    /// The headline again.
    #[serde(rename = "repeated title")]
    RepeatedTitle,
    /// Author lines and reporting credits.
    #[serde(rename = "byline")]
    Byline,
    /// Date stamps.
    #[serde(rename = "date line")]
    DateLine,
    /// A wire dateline such as `MOSCOW (Reuters) -`.
    #[serde(rename = "dateline")]
    Dateline,
    /// Correction and update notices about the article itself (`CORRECTION: An earlier
    /// version…`, a lone `UPDATE:`).
    #[serde(rename = "correction notice")]
    CorrectionNotice,
    /// An embedded social-media post (`pic.twitter.com/…`, `— Name (@handle) June 1, 2019`).
    #[serde(rename = "embedded post")]
    EmbeddedPost,
    /// Slideshow and gallery prompts (`Click through the slideshow`, `PHOTOS:`).
    #[serde(rename = "gallery prompt")]
    GalleryPrompt,
}

impl RemovalReason {
    /// The reason in words, as in the JSON document and the interface.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CommentForm => "comment form",
            Self::RelatedStories => "related stories",
            Self::RelatedLink => "related link",
            Self::InsertedHeadline => "inserted headline",
            Self::Caption => "caption",
            Self::PhotoCredit => "photo credit",
            Self::SharePrompt => "share prompt",
            Self::Newsletter => "newsletter prompt",
            Self::Advertisement => "advertisement",
            Self::Copyright => "copyright",
            Self::Navigation => "navigation",
            Self::Tags => "tags",
            Self::Separator => "separator",
            Self::Url => "url",
            Self::Title => "title",
            Self::RepeatedTitle => "repeated title",
            Self::Byline => "byline",
            Self::DateLine => "date line",
            Self::Dateline => "dateline",
            Self::CorrectionNotice => "correction notice",
            Self::EmbeddedPost => "embedded post",
            Self::GalleryPrompt => "gallery prompt",
        }
    }
}

impl std::fmt::Display for RemovalReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Facts about a source that are not part of its story text. Missing fields are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Metadata {
    /// Headline.
    pub title: Option<String>,
    /// Publisher or agency, e.g. `"AFP"`, `"themoscowtimes.com"`.
    pub outlet: Option<String>,
    /// Author line, e.g. `"By Jane Doe"` reduced to `"Jane Doe"`.
    pub byline: Option<String>,
    /// Publication date as ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Address of the original article.
    pub url: Option<String>,
}

/// One sentence of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the source's cleaned text (trimmed of surrounding white space).
    pub span: Span,
}

/// One paragraph of a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte range in the source's cleaned text.
    pub span: Span,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
}

/// A source after ingest, cleaning and segmentation: the unit every later stage works on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Path as given on the command line (`-` for stdin, `bundled:NAME` for the embedded articles).
    pub path: String,
    /// Short name for pane titles: outlet if known, else title, else file stem.
    pub label: String,
    /// Title, outlet, byline, date, URL.
    pub meta: Metadata,
    /// What cleaning dropped, with reasons.
    pub removed: Vec<Removed>,
    /// The cleaned story text: paragraphs separated by a blank line (`"\n\n"`).
    pub text: String,
    /// Paragraphs with their sentences; spans point into `text`.
    pub paragraphs: Vec<Paragraph>,
}

impl Article {
    /// The text of a sentence.
    pub fn sentence_text(&self, paragraph: usize, sentence: usize) -> &str {
        self.paragraphs
            .get(paragraph)
            .and_then(|p| p.sentences.get(sentence))
            .map(|s| s.span.slice(&self.text))
            .unwrap_or("")
    }

    /// Every sentence with its paragraph and sentence index, in reading order.
    pub fn sentences(&self) -> impl Iterator<Item = (usize, usize, &Sentence)> {
        self.paragraphs.iter().enumerate().flat_map(|(pi, p)| {
            p.sentences
                .iter()
                .enumerate()
                .map(move |(si, s)| (pi, si, s))
        })
    }

    /// Number of sentences in the article.
    pub fn sentence_count(&self) -> usize {
        self.paragraphs.iter().map(|p| p.sentences.len()).sum()
    }

    /// An article from sentences already split into paragraphs: sentences joined by a space,
    /// paragraphs by a blank line, nothing removed. For callers (and tests) that split text
    /// themselves; [`crate::segment`] builds articles from cleaned input.
    pub fn from_sentences(path: &str, label: &str, meta: Metadata, paragraphs: &[&[&str]]) -> Self {
        let mut text = String::new();
        let mut built = Vec::with_capacity(paragraphs.len());
        for sentences in paragraphs {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            let mut spans = Vec::with_capacity(sentences.len());
            for (i, s) in sentences.iter().enumerate() {
                if i > 0 {
                    text.push(' ');
                }
                let begin = text.len();
                text.push_str(s);
                spans.push(Sentence {
                    span: Span::new(begin, text.len()),
                });
            }
            built.push(Paragraph {
                span: Span::new(start, text.len()),
                sentences: spans,
            });
        }
        Self {
            path: path.into(),
            label: label.into(),
            meta,
            removed: Vec::new(),
            text,
            paragraphs: built,
        }
    }
}

/// Id of source `index` (0-based): `s1`, `s2`, …
pub fn source_id(index: usize) -> String {
    format!("s{}", index + 1)
}

/// Id of a paragraph: `s1.p1`.
pub fn paragraph_id(source: usize, paragraph: usize) -> String {
    format!("s{}.p{}", source + 1, paragraph + 1)
}

/// Id of a sentence: `s1.p1.1`.
pub fn sentence_id(r: SentenceRef) -> String {
    format!("s{}.p{}.{}", r.source + 1, r.paragraph + 1, r.sentence + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_sentences_spans_point_at_each_sentence() {
        let a = Article::from_sentences(
            "p",
            "L",
            Metadata::default(),
            &[&["One.", "Two two."], &["Three."]],
        );
        assert_eq!(a.text, "One. Two two.\n\nThree.");
        assert_eq!(a.sentence_text(0, 1), "Two two.");
        assert_eq!(a.sentence_text(1, 0), "Three.");
        assert_eq!(a.paragraphs[1].span.slice(&a.text), "Three.");
        assert_eq!(a.sentence_count(), 3);
    }
}
