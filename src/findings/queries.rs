//! Questions the front ends (reports and interface) ask of an [`Analysis`], answered once here
//! so that neither imports the other and both give the same answer.

use super::Analysis;
use crate::model::{SentenceRef, Span};
use std::collections::BTreeMap;

/// Atom mentions that are "partial": the atom is carried by some sources but not all (as the
/// interface underlines them). Keyed by sentence; spans sorted, without repeats.
pub fn partial_mentions(analysis: &Analysis) -> BTreeMap<SentenceRef, Vec<Span>> {
    let n = analysis.articles.len();
    let mut out: BTreeMap<SentenceRef, Vec<Span>> = BTreeMap::new();
    for atom in &analysis.atoms {
        if atom.sources.is_empty() || atom.sources.len() >= n {
            continue;
        }
        for m in &atom.mentions {
            out.entry(m.sentence).or_default().push(m.span);
        }
    }
    for spans in out.values_mut() {
        spans.sort();
        spans.dedup();
    }
    out
}
