//! Atoms: people, organisations, places, numbers, dates and quotations, normalised, with the
//! sources that carry them and their mentions.

use crate::analysis::Atom;
use crate::model::Article;

/// Extracts and merges atoms across all sources. Placeholder.
pub fn extract(_articles: &[Article]) -> Vec<Atom> {
    Vec::new()
}
