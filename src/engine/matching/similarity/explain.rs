//! Why two sentences do or do not state the same claim: shared and differing words, names and
//! numbers, and the parts of the score.

use super::{Params, Parts, Prepared, THRESHOLD, Term, parts, prepare};
use serde::Serialize;

/// Weight below which a word is a function word and left out of explanations.
const MIN_EXPLAINED_WEIGHT: f32 = 1.0;

/// The evidence behind a score.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Explanation {
    /// The score and the pieces it is made of.
    pub parts: Parts,
    /// True when the score reaches [`THRESHOLD`].
    pub same_claim: bool,
    /// Content words both sentences have (surface form in the first), heaviest first.
    pub shared_words: Vec<String>,
    /// Content words only the first sentence has.
    pub only_a_words: Vec<String>,
    /// Content words only the second sentence has.
    pub only_b_words: Vec<String>,
    /// Names (capitalised words) both have.
    pub shared_names: Vec<String>,
    /// Names only the first has.
    pub only_a_names: Vec<String>,
    /// Names only the second has.
    pub only_b_names: Vec<String>,
    /// Numbers (canonical values) both have.
    pub shared_numbers: Vec<String>,
    /// Numbers only the first has.
    pub only_a_numbers: Vec<String>,
    /// Numbers only the second has.
    pub only_b_numbers: Vec<String>,
}

/// Explains the score of two sentences (no article context).
pub fn explain(a: &str, b: &str) -> Explanation {
    explain_prepared(&prepare(a, None), &prepare(b, None))
}

/// Explains the score of two prepared sentences.
pub fn explain_prepared(a: &Prepared, b: &Prepared) -> Explanation {
    let parts = parts(a, b, &Params::default());
    let numeric = |t: &Term| t.key.chars().next().is_some_and(|c| c.is_ascii_digit());
    let mut out = Explanation {
        same_claim: parts.score >= THRESHOLD,
        parts,
        ..Default::default()
    };
    let mut shared: Vec<&Term> = Vec::new();
    let mut only_a: Vec<&Term> = Vec::new();
    let mut only_b: Vec<&Term> = Vec::new();
    for t in &a.terms {
        match b.terms.binary_search_by(|x| x.key.cmp(&t.key)) {
            Ok(k) if b.terms.get(k).is_some_and(|o| t.alias_only_with(o)) => {}
            Ok(_) => shared.push(t),
            Err(_) if !t.implied => only_a.push(t),
            Err(_) => {}
        }
    }
    for t in &b.terms {
        if a.terms.binary_search_by(|x| x.key.cmp(&t.key)).is_err() && !t.implied {
            only_b.push(t);
        }
    }
    let words = |terms: &[&Term], names: bool| -> Vec<String> {
        let mut v: Vec<&Term> = terms
            .iter()
            .copied()
            .filter(|t| {
                !numeric(t) && !t.stop && t.name == names && t.weight >= MIN_EXPLAINED_WEIGHT
            })
            .collect();
        v.sort_by(|x, y| y.weight.total_cmp(&x.weight).then(x.key.cmp(&y.key)));
        v.into_iter().map(|t| t.surface.clone()).collect()
    };
    out.shared_words = words(&shared, false);
    out.only_a_words = words(&only_a, false);
    out.only_b_words = words(&only_b, false);
    out.shared_names = words(&shared, true);
    out.only_a_names = words(&only_a, true);
    out.only_b_names = words(&only_b, true);
    out.shared_numbers = a
        .numbers
        .iter()
        .filter(|n| b.numbers.contains(n))
        .cloned()
        .collect();
    out.only_a_numbers = a
        .numbers
        .iter()
        .filter(|n| !b.numbers.contains(n))
        .cloned()
        .collect();
    out.only_b_numbers = b
        .numbers
        .iter()
        .filter(|n| !a.numbers.contains(n))
        .cloned()
        .collect();
    out
}
