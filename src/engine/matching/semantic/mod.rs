//! What a sentence means, as a vector: static word-piece embeddings distilled from the sentence
//! model all-MiniLM-L6-v2 (Model2Vec's recipe; `assets/embed/README.md` gives the provenance and
//! how to regenerate the table). A sentence's vector is the sum of its word pieces' rows, summed
//! in reading order, scaled to unit length; two sentences' similarity is the cosine of their
//! vectors. No model runs: tokenizing and summing take microseconds a sentence.
//!
//! The matching stage blends the cosine with the lexical score ([`super::similarity`]); this
//! module only gives vectors, cosines and, for explanations, the word pairs that align best.

pub mod table;
pub mod wordpiece;

use table::Table;

/// Builds the tokenizer's vocabulary index and reads the table header on the thread pool, so
/// that the first sentence to embed does not wait for them (called while inputs are cleaned).
pub fn warm_up_in_background() {
    static STARTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !STARTED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        rayon::spawn(|| {
            wordpiece::Vocab::get();
            Table::get();
        });
    }
}

/// Dimensions of a sentence vector.
pub const DIMS: usize = 256;

/// A sentence's unit vector; empty when the sentence has no known word piece (its cosine with
/// anything is 0).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Embedding(Box<[f32]>);

impl Embedding {
    /// The vector (empty, or [`DIMS`] values of unit length).
    pub fn as_slice(&self) -> &[f32] {
        &self.0
    }

    /// True when the sentence had no known word piece.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The sum of the rows of `ids`, scaled to unit length (empty when nothing was added or the sum
/// is zero).
fn unit_sum(ids: &[u32]) -> Embedding {
    let Some(t) = Table::get() else {
        return Embedding::default();
    };
    let mut acc = vec![0.0f32; t.dims()];
    let mut any = false;
    for &id in ids {
        any |= t.add_row(id, &mut acc);
    }
    let norm = acc.iter().map(|x| x * x).sum::<f32>().sqrt();
    if !any || !norm.is_finite() || norm <= f32::EPSILON {
        return Embedding::default();
    }
    for x in &mut acc {
        *x /= norm;
    }
    Embedding(acc.into_boxed_slice())
}

/// The vector of a text.
pub fn embed(text: &str) -> Embedding {
    unit_sum(&wordpiece::token_ids(text))
}

/// Cosine of two sentence vectors in `[-1, 1]`; 0 when either is empty. Summed in index order,
/// so the same pair always gives the same value, and `cosine(a, b) == cosine(b, a)`.
pub fn cosine(a: &Embedding, b: &Embedding) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let dot: f32 = a.0.iter().zip(b.0.iter()).map(|(x, y)| x * y).sum();
    if dot.is_finite() {
        dot.clamp(-1.0, 1.0)
    } else {
        0.0
    }
}

/// A word of one sentence and the word of the other whose vector is closest to it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WordPair {
    /// The word of the first sentence (as the tokenizer wrote it: lower case, no accents).
    pub a: String,
    /// Its closest word in the second sentence.
    pub b: String,
    /// Cosine of the two words' vectors.
    pub cosine: f32,
}

/// For explanations: the words of `a` with the closest word of `b`, for words that differ in
/// spelling but are close in meaning (cosine at least `min`), best first, at most `limit`.
/// Punctuation, words shorter than three letters and words both sentences have are left out.
pub fn aligned_words(a: &str, b: &str, min: f32, limit: usize) -> Vec<WordPair> {
    let words = |text: &str| -> Vec<(String, Embedding)> {
        let mut seen = std::collections::BTreeSet::new();
        wordpiece::word_ids(text)
            .into_iter()
            .filter(|(w, _)| w.chars().filter(|c| c.is_alphanumeric()).count() >= 3)
            .filter(|(w, _)| seen.insert(w.clone()))
            .map(|(w, ids)| {
                let e = unit_sum(&ids);
                (w, e)
            })
            .filter(|(_, e)| !e.is_empty())
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let in_b: std::collections::BTreeSet<&str> = wb.iter().map(|(w, _)| w.as_str()).collect();
    let in_a: std::collections::BTreeSet<&str> = wa.iter().map(|(w, _)| w.as_str()).collect();
    let mut out: Vec<WordPair> = wa
        .iter()
        .filter(|(w, _)| !in_b.contains(w.as_str()))
        .filter_map(|(w, e)| {
            wb.iter()
                .filter(|(v, _)| !in_a.contains(v.as_str()))
                .map(|(v, f)| (v, cosine(e, f)))
                .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(x.0)))
                .filter(|&(_, c)| c >= min)
                .map(|(v, c)| WordPair {
                    a: w.clone(),
                    b: v.clone(),
                    cosine: c,
                })
        })
        .collect();
    out.sort_by(|x, y| y.cosine.total_cmp(&x.cosine).then(x.a.cmp(&y.a)));
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paraphrases_are_closer_than_unrelated_sentences() {
        let a = embed("The senator turned the offer down and went on to win the primary.");
        let b = embed("She said no to the offer and later won last week's primary election.");
        let c = embed("Heavy rain flooded the basement of the city museum on Tuesday.");
        assert!(cosine(&a, &b) > cosine(&a, &c) + 0.1);
        assert_eq!(cosine(&a, &b), cosine(&b, &a));
        let unit: f32 = a.as_slice().iter().map(|x| x * x).sum();
        assert!((unit - 1.0).abs() < 1e-4);
    }

    #[test]
    fn nothing_known_is_an_empty_vector_and_cosine_zero() {
        let e = embed("🙂 🙃 \u{7}");
        assert!(e.is_empty());
        assert_eq!(cosine(&e, &embed("The election was held.")), 0.0);
        assert_eq!(cosine(&embed(""), &embed("")), 0.0);
    }

    #[test]
    fn aligned_words_pair_synonyms_not_shared_words() {
        let pairs = aligned_words(
            "They donated nearly $15 million to charity.",
            "They gave $14.9 million in charitable contributions.",
            0.3,
            5,
        );
        assert!(pairs.iter().all(|p| p.a != "million" && p.b != "million"));
        assert!(
            pairs
                .iter()
                .any(|p| p.a == "charity" && p.b.starts_with("charit")),
            "{pairs:?}"
        );
    }
}
