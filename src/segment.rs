//! Segmentation: cleaned paragraphs become an [`Article`] with paragraph and sentence spans.
//!
//! Sentences come from `sentencex` (abbreviation lists, initials, decimals, quote handling), with
//! a repair pass for splits it still gets wrong on news text.

use crate::clean::Cleaned;
use crate::model::{Article, Paragraph, Sentence, Span};

/// Builds the article: joins paragraphs with blank lines and records paragraph and sentence spans.
pub fn segment(path: &str, cleaned: Cleaned) -> Article {
    let mut text = String::new();
    let mut paragraphs = Vec::with_capacity(cleaned.paragraphs.len());
    for para in &cleaned.paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(para);
        let span = Span::new(start, text.len());
        let sentences = sentence_spans(para)
            .into_iter()
            .map(|s| Sentence {
                span: Span::new(start + s.start, start + s.end),
            })
            .collect();
        paragraphs.push(Paragraph { span, sentences });
    }
    let label = crate::clean::meta::label(&cleaned.meta, path);
    Article {
        path: path.to_owned(),
        label,
        meta: cleaned.meta,
        removed: cleaned.removed,
        text,
        paragraphs,
    }
}

/// An article from plain paragraphs, segmented as [`segment`] does, with no metadata (tests).
#[cfg(test)]
pub(crate) fn from_paragraphs(paragraphs: &[&str]) -> Article {
    let cleaned = Cleaned {
        paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
        ..Default::default()
    };
    segment("t", cleaned)
}

/// Sentence spans within one paragraph, trimmed of white space. Never empty for non-blank text.
pub fn sentence_spans(para: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let base = para.as_ptr() as usize;
    for piece in sentencex::segment("en", para) {
        let start = piece.as_ptr() as usize - base;
        let trimmed_start = start + (piece.len() - piece.trim_start().len());
        let trimmed_end = start + piece.trim_end().len();
        if trimmed_end > trimmed_start {
            spans.push(Span::new(trimmed_start, trimmed_end));
        }
    }
    if spans.is_empty() && !para.trim().is_empty() {
        let start = para.len() - para.trim_start().len();
        spans.push(Span::new(start, para.trim_end().len()));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentence_spans(s).iter().map(|sp| sp.slice(s)).collect()
    }

    #[test]
    fn keeps_us_secretary_together() {
        let s = "U.S. Secretary of State Marco Rubio held talks with Russian Foreign Minister Sergei Lavrov. He left.";
        assert_eq!(split(s).len(), 2, "{:?}", split(s));
    }

    #[test]
    fn abbreviations_and_decimals() {
        let s = "Mr. Smith met Dr. Jones at No. 10 on Jan. 5 and paid $2.5 million. Gen. Li and Sen. Ward agreed.";
        assert_eq!(split(s).len(), 2, "{:?}", split(s));
    }

    #[test]
    fn closing_quote_stays() {
        let s = "He said “we will win.” Then he left.";
        let parts = split(s);
        assert_eq!(parts, vec!["He said “we will win.”", "Then he left."]);
    }
}
