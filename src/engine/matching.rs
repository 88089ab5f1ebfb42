//! Finds, for every sentence, its best counterpart in each other source (candidates come from an
//! inverted index, not from all pairs), and fills `matches` and `support`.

use super::Findings;
use crate::analysis::SentenceFindings;
use crate::model::Article;

/// Matches every sentence against the other sources. Placeholder: each sentence supports itself.
pub fn match_sentences(articles: &[Article]) -> Findings {
    articles
        .iter()
        .enumerate()
        .map(|(si, a)| {
            a.paragraphs
                .iter()
                .map(|p| {
                    p.sentences
                        .iter()
                        .map(|_| SentenceFindings {
                            support: vec![si],
                            ..Default::default()
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}
