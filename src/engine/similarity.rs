//! Sentence similarity: decides whether two sentences from different sources state the same
//! claim. Symmetric and deterministic.

/// Score at or above which two sentences are taken to state the same claim.
pub const THRESHOLD: f32 = 0.5;

/// Similarity of two sentences in `[0, 1]`. Placeholder: Jaccard overlap of stems.
pub fn score(a: &str, b: &str) -> f32 {
    use std::collections::BTreeSet;
    let ta: BTreeSet<String> = crate::normalize::tokens(a)
        .into_iter()
        .map(|t| t.norm)
        .collect();
    let tb: BTreeSet<String> = crate::normalize::tokens(b)
        .into_iter()
        .map(|t| t.norm)
        .collect();
    let union = ta.union(&tb).count();
    if union == 0 {
        return 0.0;
    }
    ta.intersection(&tb).count() as f32 / union as f32
}
