//! The dates and numbers of every sentence, found once for the stages that read them: atoms
//! (which merge them across sources) and conflicts (which compare them within a claim). Each
//! stage used to read every sentence again.
//!
//! A number inside a date (`2024` in `August 15, 2024`) is not a number of its own: numbers are
//! read with the sentence's dates skipped, as both stages did.

use crate::engine::extract::dates::{self, DateMention};
use crate::engine::extract::numbers::{self, NumberMention};
use crate::model::{Article, Span};
use rayon::prelude::*;

/// The dates and numbers of one sentence, with absolute spans, in reading order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceValues {
    /// Dates (weekdays, days of a month, years), as [`dates::mentions`] finds them.
    pub dates: Vec<DateMention>,
    /// Numbers outside those dates, as [`numbers::mentions`] finds them.
    pub numbers: Vec<NumberMention>,
}

impl SentenceValues {
    /// Reads the values of `text`, a sentence starting at byte `start` of its source.
    pub fn of(text: &str, start: usize) -> Self {
        let dates = dates::mentions(text, start);
        let skip: Vec<Span> = dates
            .iter()
            .map(|d| {
                Span::new(
                    d.span.start.saturating_sub(start),
                    d.span.end.saturating_sub(start),
                )
            })
            .collect();
        let numbers = numbers::mentions(text, start, &skip);
        Self { dates, numbers }
    }
}

/// The values of every sentence of one article, indexed `[paragraph][sentence]`.
#[derive(Debug, Clone, Default)]
pub struct ArticleValues {
    sentences: Vec<Vec<SentenceValues>>,
}

impl ArticleValues {
    /// Reads the values of every sentence of `article`.
    pub fn new(article: &Article) -> Self {
        let sentences = article
            .paragraphs
            .iter()
            .map(|p| {
                p.sentences
                    .iter()
                    .map(|s| SentenceValues::of(s.span.slice(&article.text), s.span.start))
                    .collect()
            })
            .collect();
        Self { sentences }
    }

    /// The values of one sentence (`None` when out of range).
    pub fn sentence(&self, paragraph: usize, sentence: usize) -> Option<&SentenceValues> {
        self.sentences.get(paragraph)?.get(sentence)
    }
}

/// The values of every article (read in parallel, kept in article order).
pub fn of_articles(articles: &[Article]) -> Vec<ArticleValues> {
    articles.par_iter().map(ArticleValues::new).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_inside_dates_are_not_numbers() {
        let text = "On August 15, 2024, 14 people were hurt.";
        let v = SentenceValues::of(text, 100);
        assert!(!v.dates.is_empty());
        let keys: Vec<&str> = v.numbers.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, vec!["14"]);
        // Spans are absolute.
        let n = v.numbers.first().map(|n| n.span);
        assert_eq!(n.map(|s| s.start), text.find("14").map(|i| i + 100));
    }

    #[test]
    fn table_is_indexed_by_paragraph_and_sentence() {
        let a = crate::segment::from_paragraphs(&[
            "Ten men left on Monday. Nobody came.",
            "The 3 ships sailed in 2023.",
        ]);
        let t = ArticleValues::new(&a);
        for (p, s, sent) in a.sentences() {
            let expected = SentenceValues::of(sent.span.slice(&a.text), sent.span.start);
            assert_eq!(t.sentence(p, s), Some(&expected));
        }
        assert_eq!(t.sentence(9, 0), None);
    }
}
