//! The comparison engine: which sentences of different sources state the same claim, what
//! every source reports, what only some report, and where they disagree.

use crate::analysis::{AlignmentRow, Analysis, SentenceFindings};
use crate::model::Article;

/// Score at or above which two sentences are taken to state the same claim.
pub const THRESHOLD: f32 = 0.5;

/// Compares the articles and returns every finding.
pub fn analyze(articles: Vec<Article>) -> Analysis {
    let sentences = articles
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
        .collect();
    let rows = articles
        .iter()
        .map(|a| a.paragraphs.len())
        .max()
        .unwrap_or(0);
    let alignment = (0..rows)
        .map(|r| AlignmentRow {
            paragraphs: articles
                .iter()
                .map(|a| (r < a.paragraphs.len()).then_some(r))
                .collect(),
            moved: vec![false; articles.len()],
        })
        .collect();
    Analysis {
        articles,
        sentences,
        alignment,
        ..Default::default()
    }
}
