//! The one decision: do two sentences of different sources state the same claim? It blends
//! both kinds of evidence into one score,
//!
//! `score = SEMANTIC_WEIGHT × meaning × against + (1 − SEMANTIC_WEIGHT) × lexical`,
//!
//! with meaning counted only when `lexical` reaches [`MIN_LEXICAL`],
//! where `lexical` is the word-overlap score ([`super::similarity`]: shared names, numbers and
//! weighted words, with its own penalties), `meaning` the cosine of the sentences' vectors
//! ([`super::semantic`]) rescaled so that the cosine of unrelated sentences of one story
//! ([`COSINE_FLOOR`]) is 0 and identity is 1, and `against` the evidence that no wording can
//! outweigh (contrasting numbers, a negation on one side only). Pairs at or above [`THRESHOLD`]
//! are candidates; the matching stage links a candidate when each sentence is the other's best
//! in that source (mutual best). The constants and how they were chosen are in
//! `docs/accuracy.md` ("Calibration").

use super::semantic::{self, Embedding};
use super::similarity::{self, Parts, Prepared};

/// Share of the score that comes from meaning (the embedding cosine).
pub const SEMANTIC_WEIGHT: f32 = 0.5;

/// Cosine that counts as no evidence of meaning: about that of two unrelated sentences about
/// one event.
pub const COSINE_FLOOR: f32 = 0.4;

/// Blended score at or above which a pair is a candidate link.
pub const THRESHOLD: f32 = 0.47;

/// Word score a pair needs before meaning can link it: some shared word, name or number. Below
/// it, two sentences of one story that share nothing are never linked by their vectors alone
/// (and the matching stage can prune such pairs before computing a cosine).
pub const MIN_LEXICAL: f32 = 0.2;

/// The constants of the blend. [`Calibration::default`] holds the calibrated values
/// ([`SEMANTIC_WEIGHT`], [`COSINE_FLOOR`], [`THRESHOLD`]); other values are only for calibration
/// tools.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Calibration {
    /// Share of the score that comes from meaning.
    pub semantic_weight: f32,
    /// Cosine that counts as no evidence of meaning.
    pub cosine_floor: f32,
    /// Score at or above which a pair is a candidate link.
    pub threshold: f32,
    /// Link pairs whose word score alone reaches the lexical threshold even when they are not
    /// each other's best.
    pub keep_lexical: bool,
    /// Word score a pair needs before meaning can link it.
    pub min_lexical: f32,
}

impl Default for Calibration {
    fn default() -> Self {
        Self {
            semantic_weight: SEMANTIC_WEIGHT,
            cosine_floor: COSINE_FLOOR,
            threshold: THRESHOLD,
            keep_lexical: true,
            min_lexical: MIN_LEXICAL,
        }
    }
}

impl Calibration {
    /// The cosine rescaled to `[0, 1]` (the floor → 0).
    pub fn meaning(&self, cosine: f32) -> f32 {
        let span = (1.0 - self.cosine_floor).max(1e-6);
        let m = ((cosine - self.cosine_floor) / span).clamp(0.0, 1.0);
        if m.is_finite() { m } else { 0.0 }
    }

    /// The blended score from the lexical parts and the cosine.
    pub fn combine(&self, parts: &Parts, cosine: f32) -> f32 {
        self.combine_values(parts.score, parts.against, cosine)
    }

    /// The blended score from its three inputs; in `[0, 1]`, never NaN.
    pub fn combine_values(&self, lexical: f32, against: f32, cosine: f32) -> f32 {
        let w = self.semantic_weight.clamp(0.0, 1.0);
        let lexical = if lexical.is_finite() {
            lexical.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let against = if against.is_finite() {
            against.clamp(0.0, 1.0)
        } else {
            0.0
        };
        // Meaning counts only once the words give some evidence of their own.
        let meaning = if lexical >= self.min_lexical {
            self.meaning(cosine)
        } else {
            0.0
        };
        let s = w * meaning * against + (1.0 - w) * lexical;
        if s.is_finite() {
            s.clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// The lowest lexical score a pair with this cosine can have and still reach the
    /// threshold (with no evidence against): the matching stage's index prunes pairs whose
    /// lexical score cannot reach it.
    pub fn lexical_needed(&self, cosine: f32) -> f32 {
        let w = self.semantic_weight.clamp(0.0, 1.0);
        if w >= 1.0 {
            return 0.0;
        }
        ((self.threshold - w * self.meaning(cosine)) / (1.0 - w)).max(self.min_lexical)
    }

    /// The word score below which no pair can be linked by the blend, whatever its cosine.
    pub fn lexical_floor(&self) -> f32 {
        self.lexical_needed(1.0)
    }
}

/// The cosine rescaled to `[0, 1]` ([`COSINE_FLOOR`] → 0).
pub fn meaning(cosine: f32) -> f32 {
    Calibration::default().meaning(cosine)
}

/// The blended score from the lexical parts and the cosine.
pub fn combine(parts: &Parts, cosine: f32) -> f32 {
    Calibration::default().combine(parts, cosine)
}

/// The blended score from its three inputs; in `[0, 1]`, never NaN.
pub fn combine_values(lexical: f32, against: f32, cosine: f32) -> f32 {
    Calibration::default().combine_values(lexical, against, cosine)
}

/// The blended score of two prepared sentences with their vectors, and the lexical
/// value-neutral score (for near pairs).
pub fn score_prepared(a: &Prepared, ea: &Embedding, b: &Prepared, eb: &Embedding) -> (f32, f32) {
    let (parts, neutral) = similarity::parts_and_neutral(a, b);
    (combine(&parts, semantic::cosine(ea, eb)), neutral)
}

/// The blended score of two sentences given as text (no article context): what
/// `factdiff match` reports.
pub fn score(a: &str, b: &str) -> f32 {
    let (pa, pb) = (similarity::prepare(a, None), similarity::prepare(b, None));
    score_prepared(&pa, &semantic::embed(a), &pb, &semantic::embed(b)).0
}

/// True when a blended score reaches [`THRESHOLD`].
pub fn same_claim(score: f32) -> bool {
    score >= THRESHOLD
}

/// Words whose vectors are at least this close count as aligned in an explanation.
const ALIGNED_MIN: f32 = 0.6;

/// Most aligned word pairs an explanation lists.
const ALIGNED_MAX: usize = 6;

/// Why two sentences do or do not state the same claim: the blended score and both kinds of
/// evidence behind it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PairExplanation {
    /// The blended score.
    pub score: f32,
    /// [`THRESHOLD`].
    pub threshold: f32,
    /// True when the score reaches the threshold (alone, a pair is its own mutual best).
    pub same_claim: bool,
    /// Cosine of the sentence vectors.
    pub cosine: f32,
    /// The cosine rescaled to `[0, 1]` ([`meaning`]).
    pub meaning: f32,
    /// [`SEMANTIC_WEIGHT`].
    pub semantic_weight: f32,
    /// Words of the first sentence and the closest different word of the second, best first.
    pub aligned_words: Vec<semantic::WordPair>,
    /// The lexical evidence (shared and differing words, names, numbers, penalties).
    pub lexical: similarity::Explanation,
}

/// Explains the blended score of two sentences given as text (no article context).
pub fn explain(a: &str, b: &str) -> PairExplanation {
    let lexical = similarity::explain(a, b);
    let cosine = semantic::cosine(&semantic::embed(a), &semantic::embed(b));
    let score = combine(&lexical.parts, cosine);
    PairExplanation {
        score,
        threshold: THRESHOLD,
        same_claim: same_claim(score),
        cosine,
        meaning: meaning(cosine),
        semantic_weight: SEMANTIC_WEIGHT,
        aligned_words: semantic::aligned_words(a, b, ALIGNED_MIN, ALIGNED_MAX),
        lexical,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_blend_is_bounded_and_monotone() {
        for lex in [0.0, 0.3, 0.7, 1.0] {
            for cos in [-1.0, 0.0, 0.5, 1.0] {
                let s = combine_values(lex, 1.0, cos);
                assert!((0.0..=1.0).contains(&s));
                assert!(combine_values(lex, 1.0, cos + 0.1) >= s);
                assert!(combine_values(lex + 0.1, 1.0, cos) >= s);
                assert!(combine_values(lex, 0.5, cos) <= s);
            }
        }
        assert_eq!(combine_values(f32::NAN, 1.0, f32::NAN), 0.0);
        let cal = Calibration::default();
        for cos in [0.2, 0.6, 0.9] {
            let need = cal.lexical_needed(cos);
            if need > 0.01 {
                assert!(combine_values(need - 0.01, 1.0, cos) < THRESHOLD);
            }
            assert!(combine_values(need + 0.01, 1.0, cos) >= THRESHOLD);
        }
    }

    #[test]
    fn meaning_lifts_a_paraphrase_above_a_sentence_on_the_same_topic() {
        let a = "Police arrested a man suspected of stabbing two people.";
        let b = "A suspect in the double stabbing was taken into custody by officers.";
        let c = "Police said the stabbing happened near the station on Monday night.";
        let lexical = |x: &str, y: &str| similarity::score(x, y);
        assert!(
            score(a, b) > lexical(a, b),
            "{} vs {}",
            score(a, b),
            lexical(a, b)
        );
        assert!(score(a, b) > score(a, c));
        assert_eq!(score(a, b), score(b, a));
    }

    #[test]
    fn contrasting_numbers_count_against_meaning_too() {
        let c = "The storm killed 12 people in the north of the country.";
        let d = "The storm killed 30 people in the north of the country.";
        let parts = similarity::parts(
            &similarity::prepare(c, None),
            &similarity::prepare(d, None),
            &similarity::Params::default(),
        );
        assert!(parts.against < 1.0);
        assert!(score(c, d) < score(c, c));
    }
}
