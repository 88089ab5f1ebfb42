//! Alignment for reading: rows of paragraphs across all sources for the side-by-side view,
//! keeping each source's order where possible and marking moved material.

use super::Findings;
use crate::analysis::AlignmentRow;
use crate::model::Article;

/// Aligns paragraphs across sources. Placeholder: row k holds paragraph k of every source.
pub fn paragraphs(articles: &[Article], _findings: &Findings) -> Vec<AlignmentRow> {
    let rows = articles
        .iter()
        .map(|a| a.paragraphs.len())
        .max()
        .unwrap_or(0);
    (0..rows)
        .map(|r| AlignmentRow {
            paragraphs: articles
                .iter()
                .map(|a| (r < a.paragraphs.len()).then_some(r))
                .collect(),
            moved: vec![false; articles.len()],
        })
        .collect()
}
