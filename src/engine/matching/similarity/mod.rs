//! Sentence similarity: decides whether two sentences from different sources state the same
//! claim, without a trained model. Symmetric (`score(a, b) == score(b, a)` exactly) and
//! deterministic.
//!
//! The score combines:
//! - weighted lexical overlap of normalised word keys (see [`crate::text::normalize`]), each key
//!   weighted by its information content in general English ([`crate::engine::lexicon::freq`]), with a soft
//!   length normalisation (a power mean of the two sentences' weights, between Dice and the
//!   overlap coefficient), so that a sentence that adds a clause to another still scores well;
//! - names: capitalised words are names; with article context ([`Context`]) a surname alone
//!   also counts as the full name seen in the same article;
//! - numbers read as values (`5,000` = `five thousand`); numbers on both sides that the other
//!   lacks ("contrasting numbers") count against;
//! - negation on one side only counts against;
//! - a quotation shared word for word adds a bonus;
//! - containment: a short sentence whose words the longer one has states that claim too, so the
//!   share of the shorter sentence's weight found in the longer one, times
//!   [`Params::containment`], counts when it beats the overlap (numbers only the longer one has
//!   do not count against it, and the quotation bonus does not apply).
//!
//! [`THRESHOLD`] is the one decision point, calibrated on the MRPC training pairs (see README,
//! "Matching and findings").

use crate::engine::lexicon::{freq, gazetteer};
use crate::text::normalize::{self, Token, TokenKind};
use serde::Serialize;

mod context;
mod explain;
mod values;

pub use context::Context;
pub use explain::{Explanation, explain, explain_prepared};
use values::is_value_key;

/// How many content words after a negation it applies to.
const NEGATION_SCOPE: usize = 2;

/// Score at or above which two sentences are taken to state the same claim.
pub const THRESHOLD: f32 = 0.43;

/// The tunable constants of the score. [`Params::default`] holds the calibrated values; other
/// values are only for calibration tools.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Params {
    /// Exponent of the power mean that normalises for length: 1 = Dice, 0 = geometric mean
    /// (cosine-like), negative values lean towards the shorter sentence.
    pub length_exponent: f32,
    /// Weight multiplier of function words.
    pub stop_factor: f32,
    /// Weight of a number.
    pub number_weight: f32,
    /// Score multiplier when each side has a number the other lacks.
    pub contrasting_numbers: f32,
    /// Score multiplier when only one side has a number the other lacks.
    pub extra_number: f32,
    /// Score multiplier when only one side is negated.
    pub negation_mismatch: f32,
    /// Score multiplier when only one side has a negation at all (weaker evidence).
    pub negation_any: f32,
    /// Share of the remaining distance to 1 added for a quotation shared word for word.
    pub quote_bonus: f32,
    /// Output curve exponent (monotone: does not change which pairs pass, only the scale).
    pub curve: f32,
    /// Exponent applied to word information weights (above 1 sharpens the rare/common contrast).
    pub weight_power: f32,
    /// Weight of containment evidence: the share of the shorter sentence's weight found in the
    /// longer one, scaled by this factor, counts when it beats the length-normalised overlap
    /// (0 turns it off).
    pub containment: f32,
    /// Weight below which a shorter sentence's containment counts only in proportion (a
    /// two-word sentence is contained in almost anything).
    pub containment_min_weight: f32,
}

impl Default for Params {
    fn default() -> Self {
        Self {
            length_exponent: 0.0,
            stop_factor: 0.4,
            number_weight: 6.0,
            contrasting_numbers: 0.7,
            extra_number: 0.8,
            negation_mismatch: 0.6,
            negation_any: 0.85,
            quote_bonus: 0.3,
            curve: 1.0,
            weight_power: 1.0,
            containment: 0.8,
            containment_min_weight: 20.0,
        }
    }
}

/// One distinct word key of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The matching key.
    pub key: String,
    /// The first surface form seen (for explanations).
    pub surface: String,
    /// Information weight of the key in general English (before [`Params`] scaling).
    pub weight: f32,
    /// True for a function word (scaled by [`Params::stop_factor`]).
    pub stop: bool,
    /// True for a number (weighs [`Params::number_weight`]).
    pub number: bool,
    /// True for a capitalised word that is not sentence-initial (a name or part of one).
    pub name: bool,
    /// True when only implied by article context (a surname standing for the full name); an
    /// implied term counts only when the other sentence has it too.
    pub implied: bool,
    /// True when implied by a country's alias or demonym ([`gazetteer::implied_names`]): such
    /// a term counts only when the other sentence has the key itself, not merely implied, so
    /// two sentences that both say `Australian` do not also share `Australia`.
    pub alias: bool,
    /// True for a value a claim can report differently: a number, weekday or month (see
    /// [`value_neutral_score`]).
    pub value: bool,
}

/// A sentence prepared for comparison: computed once, compared many times.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Prepared {
    /// Distinct word keys, sorted by key.
    pub terms: Vec<Term>,
    /// Distinct number values, sorted.
    pub numbers: Vec<String>,
    /// Keys negated in the sentence: the first content words after each negation, sorted.
    pub negated: Vec<String>,
    /// Word-key sequences inside quotation marks (at least three words each).
    pub quotes: Vec<Vec<String>>,
}

impl Prepared {
    /// Sum of the weights of the non-implied terms.
    pub fn total_weight(&self) -> f32 {
        let p = Params::default();
        self.terms
            .iter()
            .filter(|t| !t.implied)
            .map(|t| t.effective_weight(&p))
            .sum()
    }
}

impl Term {
    /// True when this term and `other` (of the same key) may not count as shared: both only
    /// implied, and one of them through a country's alias ([`Term::alias`]).
    pub fn alias_only_with(&self, other: &Term) -> bool {
        self.implied && other.implied && (self.alias || other.alias)
    }

    /// The weight this term counts with under `params`.
    pub fn effective_weight(&self, params: &Params) -> f32 {
        let base = if self.number {
            params.number_weight
        } else if params.weight_power == 1.0 {
            self.weight
        } else {
            self.weight.powf(params.weight_power)
        };
        if self.stop {
            base * params.stop_factor
        } else {
            base
        }
    }
}

/// Prepares a sentence for comparison, with optional context of its own article.
pub fn prepare(text: &str, context: Option<&Context>) -> Prepared {
    prepare_tokens(text, &normalize::tokens(text), context)
}

/// [`prepare`] with the sentence already tokenized (`normalize::tokens(text)`).
pub fn prepare_tokens(text: &str, tokens: &[Token], context: Option<&Context>) -> Prepared {
    let frame = attribution_mask(text, tokens);
    let mut terms: Vec<Term> = Vec::with_capacity(tokens.len());
    let mut numbers = Vec::new();
    let mut negated: Vec<String> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.negation {
            negated.extend(
                tokens
                    .iter()
                    .skip(i + 1)
                    .filter(|x| !x.stop)
                    .take(NEGATION_SCOPE)
                    .map(|x| x.norm.clone()),
            );
        }
        let surface = t.span.slice(text).to_owned();
        let number = t.kind == TokenKind::Number;
        if number && !t.stop {
            numbers.push(t.norm.clone());
        }
        terms.push(Term {
            key: t.norm.clone(),
            surface,
            weight: if number {
                0.0
            } else if frame.get(i).copied().unwrap_or(false) {
                freq::weight(&t.norm) * ATTRIBUTION_FACTOR
            } else {
                freq::weight(&t.norm)
            },
            stop: t.stop,
            number,
            name: t.capitalized
                && !t.stop
                && t.kind == TokenKind::Word
                && (i > 0 || freq::zipf(&t.norm).is_none_or(|z| z < 4.0)),
            implied: false,
            alias: false,
            value: number || is_value_key(&t.norm),
        });
    }
    // A country's alias or demonym implies the country's name (`DPRK`, `North Korean`: `North
    // Korea`), from keys made with the gazetteer's table.
    gazetteer::implied_names(tokens, text, |span, implies| {
        for &(key, weight) in implies {
            terms.push(Term {
                key: key.to_owned(),
                surface: format!("({})", span.slice(text)),
                weight,
                stop: false,
                number: false,
                name: true,
                implied: true,
                alias: true,
                value: false,
            });
        }
    });
    if let Some(ctx) = context {
        terms.extend(ctx.implied_terms(tokens, text));
        for t in terms.iter_mut().filter(|t| !t.number) {
            t.weight *= ctx.topic_factor(&t.key);
        }
    }
    // Distinct keys; a real occurrence wins over an implied one, the first surface is kept.
    terms.sort_by(|a, b| a.key.cmp(&b.key).then(a.implied.cmp(&b.implied)));
    terms.dedup_by(|later, first| {
        if later.key == first.key {
            first.name |= later.name && !later.implied;
            if !later.implied {
                first.weight = first.weight.max(later.weight);
            }
            first.stop &= later.stop || later.implied;
            first.alias &= later.alias;
            true
        } else {
            false
        }
    });
    numbers.sort();
    numbers.dedup();
    negated.sort();
    negated.dedup();
    Prepared {
        terms,
        numbers,
        negated,
        quotes: quotations(text, tokens),
    }
}

/// Weight multiplier of the words of an attribution frame ([`attribution_mask`]). Chosen with
/// `examples/tune_similarity.rs` and `examples/link_sweep.rs`: 0.3 gives MRPC accuracy 0.7225
/// (0.7215 without) and bundled link precision 0.935 at the threshold (0.903 without), recall
/// unchanged on both labelled sets.
const ATTRIBUTION_FACTOR: f32 = 0.3;

/// Longest attribution frame, in words.
const MAX_FRAME_WORDS: usize = 10;

/// Marks the tokens of an attribution frame: a closing clause after the last comma that names
/// who said it (`…, the port authority said in a statement.`), or an opening `According to X,`.
/// The frame says where a claim comes from, not what it is.
fn attribution_mask(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut mask = vec![false; tokens.len()];
    let reporting = |t: &Token| {
        let w = t.span.slice(text).to_lowercase();
        w == "according" || normalize::is_reporting_verb(&w)
    };
    let gap_has_comma = |k: usize| {
        let (Some(prev), Some(cur)) = (k.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(k))
        else {
            return false;
        };
        text.get(prev.span.end..cur.span.start)
            .is_some_and(|g| g.contains([',', '—', '–']))
    };
    // Closing frame: from the last clause boundary.
    if let Some(start) = (1..tokens.len()).rev().find(|&k| gap_has_comma(k)) {
        let tail = tokens.get(start..).unwrap_or(&[]);
        if tail.len() <= MAX_FRAME_WORDS && tail.iter().any(reporting) && start >= 4 {
            for m in mask.iter_mut().skip(start) {
                *m = true;
            }
        }
    }
    // Opening frame: `According to X,`.
    if tokens
        .first()
        .is_some_and(|t| t.span.slice(text).eq_ignore_ascii_case("according"))
        && let Some(end) = (1..tokens.len()).find(|&k| gap_has_comma(k))
        && end <= MAX_FRAME_WORDS
        && tokens.len() > end + 3
    {
        for m in mask.iter_mut().take(end) {
            *m = true;
        }
    }
    mask
}

/// Word-key sequences inside quotation marks, three words or more.
fn quotations(text: &str, tokens: &[Token]) -> Vec<Vec<String>> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (pos, c) in text.char_indices() {
        match c {
            '“' | '«' | '„' => open = Some(pos),
            '”' | '»' => {
                if let Some(s) = open.take() {
                    spans.push((s, pos));
                }
            }
            '"' => match open.take() {
                Some(s) => spans.push((s, pos)),
                None => open = Some(pos),
            },
            _ => {}
        }
    }
    spans
        .into_iter()
        .map(|(s, e)| {
            tokens
                .iter()
                .filter(|t| t.span.start > s && t.span.end <= e)
                .map(|t| t.norm.clone())
                .collect::<Vec<_>>()
        })
        .filter(|q| q.len() >= 3)
        .collect()
}

/// Similarity of two sentences in `[0, 1]`, without article context.
pub fn score(a: &str, b: &str) -> f32 {
    score_prepared(&prepare(a, None), &prepare(b, None))
}

/// True when two sentences state the same claim (the decision the analysis uses).
pub fn same_claim(score: f32) -> bool {
    score >= THRESHOLD
}

/// Similarity of two prepared sentences in `[0, 1]`.
pub fn score_prepared(a: &Prepared, b: &Prepared) -> f32 {
    parts(a, b, &Params::default()).score
}

/// Similarity with explicit parameters (for calibration).
pub fn score_with(a: &Prepared, b: &Prepared, params: &Params) -> f32 {
    parts(a, b, params).score
}

/// The pieces a score is made of.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Parts {
    /// Weight of the keys both sentences have.
    pub shared_weight: f32,
    /// Total weight of the first sentence's keys (implied keys only when shared).
    pub weight_a: f32,
    /// Total weight of the second sentence's keys.
    pub weight_b: f32,
    /// Weighted lexical overlap with length normalisation, in `[0, 1]`: the larger of
    /// [`Parts::overlap`] and [`Parts::contained`].
    pub lexical: f32,
    /// The shared weight over the geometric mean of both sentences' weights.
    pub overlap: f32,
    /// Containment evidence: the share of the shorter sentence's weight the longer one has,
    /// scaled (see [`Params::containment`]).
    pub contained: f32,
    /// True when the score comes from containment (numbers only the longer sentence has then
    /// do not count against, and a shared quotation adds nothing).
    pub by_containment: bool,
    /// True when a number only one side gives lowered the score (under containment, only a
    /// number the shorter sentence gives does).
    pub numbers_against: bool,
    /// Each side has a number the other lacks.
    pub contrasting_numbers: bool,
    /// Only one side has a number the other lacks.
    pub extra_number: bool,
    /// A word is negated on one side and stated without negation on the other.
    pub negation_mismatch: bool,
    /// A quotation of three words or more is shared word for word.
    pub shared_quote: bool,
    /// The final score.
    pub score: f32,
    /// Multiplier of the evidence against the two stating one claim, whatever their wording:
    /// contrasting numbers, a negation on one side only (1 when there is none). The semantic
    /// part of the blended score is multiplied by it too ([`crate::engine::matching::blend`]).
    pub against: f32,
}

/// Computes the score and its parts. Every step treats `a` and `b` alike, so the result is
/// exactly symmetric.
pub fn parts(a: &Prepared, b: &Prepared, params: &Params) -> Parts {
    both_scores(a, b, params).0
}

/// The score two sentences would have if one differing value (a number, weekday or month) were
/// the same: the heaviest value only one side has is taken for the heaviest only the other side
/// has (when the two share at least as much weight as that pair of values), and differing
/// numbers count neither for nor against. At or above [`THRESHOLD`], the two
/// state one claim but for that value, which is what the conflict stage looks for. Never below
/// [`score_prepared`] (it only adds shared weight and drops penalties); symmetric.
pub fn value_neutral_score(a: &Prepared, b: &Prepared) -> f32 {
    both_scores(a, b, &Params::default()).1
}

/// The parts of the score and [`value_neutral_score`] of a pair, computed in one pass.
pub fn parts_and_neutral(a: &Prepared, b: &Prepared) -> (Parts, f32) {
    both_scores(a, b, &Params::default())
}

/// [`score_prepared`] and [`value_neutral_score`] of a pair, computed in one pass.
pub fn scores_prepared(a: &Prepared, b: &Prepared) -> (f32, f32) {
    let (p, neutral) = both_scores(a, b, &Params::default());
    (p.score, neutral)
}

/// The parts of the score, and the value-neutral score.
fn both_scores(a: &Prepared, b: &Prepared, params: &Params) -> (Parts, f32) {
    let (mut shared, mut wa, mut wb) = (0.0f32, 0.0f32, 0.0f32);
    // Heaviest value only one side has (0 when none).
    let (mut value_a, mut value_b) = (0.0f32, 0.0f32);
    let (mut i, mut j) = (0, 0);
    while i < a.terms.len() || j < b.terms.len() {
        match (a.terms.get(i), b.terms.get(j)) {
            (Some(x), Some(y)) if x.key == y.key && !x.alias_only_with(y) => {
                // Symmetric: the weight of a shared key is the mean of both sides' weights.
                let w = (x.effective_weight(params) + y.effective_weight(params)) / 2.0;
                shared += w;
                wa += w;
                wb += w;
                i += 1;
                j += 1;
            }
            // A key both sides only imply, one of them through an alias: neither counts.
            (Some(x), Some(y)) if x.key == y.key => {
                i += 1;
                j += 1;
            }
            (Some(x), y) if y.is_none_or(|y| x.key < y.key) => {
                if !x.implied {
                    let w = x.effective_weight(params);
                    wa += w;
                    if x.value {
                        value_a = value_a.max(w);
                    }
                }
                i += 1;
            }
            (_, Some(y)) => {
                if !y.implied {
                    let w = y.effective_weight(params);
                    wb += w;
                    if y.value {
                        value_b = value_b.max(w);
                    }
                }
                j += 1;
            }
            _ => break,
        }
    }
    let overlap_of = |shared: f32| normalised_overlap(shared, wa, wb, params.length_exponent);
    let contained_of = |shared: f32| containment(shared, wa, wb, params);
    let lexical = overlap_of(shared).max(contained_of(shared));
    let only_a = a
        .numbers
        .iter()
        .any(|n| b.numbers.binary_search(n).is_err());
    let only_b = b
        .numbers
        .iter()
        .any(|n| a.numbers.binary_search(n).is_err());
    let contrasting_numbers = only_a && only_b;
    let extra_number = only_a != only_b;
    let negation_mismatch = negated_elsewhere(a, b) || negated_elsewhere(b, a);
    let shared_quote = a
        .quotes
        .iter()
        .any(|qa| b.quotes.iter().any(|qb| common_run(qa, qb) >= 3));
    let negation_factor = if negation_mismatch {
        params.negation_mismatch
    } else if a.negated.is_empty() != b.negated.is_empty() {
        params.negation_any
    } else {
        1.0
    };
    let against = negation_factor
        * if contrasting_numbers {
            params.contrasting_numbers
        } else {
            1.0
        };
    let finish_with = |mut s: f32, number_factor: f32, shared_quote: bool| {
        s *= number_factor;
        if negation_mismatch {
            s *= params.negation_mismatch;
        } else if a.negated.is_empty() != b.negated.is_empty() {
            s *= params.negation_any;
        }
        if shared_quote {
            s += params.quote_bonus * (1.0 - s);
        }
        let s = s.clamp(0.0, 1.0).powf(params.curve);
        if s.is_finite() { s } else { 0.0 }
    };
    let finish = |s: f32, number_factor: f32| finish_with(s, number_factor, shared_quote);
    // A shared quotation is evidence for two sentences alike as wholes, not for containment.
    let finish_contained = |s: f32, number_factor: f32| finish_with(s, number_factor, false);
    let number_factor = |own_extra: bool, other_extra: bool| {
        if own_extra && other_extra {
            params.contrasting_numbers
        } else if own_extra || other_extra {
            params.extra_number
        } else {
            1.0
        }
    };
    let symmetric_factor = number_factor(only_a, only_b);
    // Containment is about the shorter sentence: a number only the longer one has is part of
    // what it adds, not evidence against; a number only the shorter one has still is.
    let contained_factor = if wa == wb {
        symmetric_factor
    } else {
        let shorter_only = if wa < wb { only_a } else { only_b };
        number_factor(shorter_only, only_a && only_b)
    };
    let (overlap, contained) = (overlap_of(shared), contained_of(shared));
    let by_overlap = finish(overlap, symmetric_factor);
    let by_contained = finish_contained(contained, contained_factor);
    let score = by_overlap.max(by_contained);
    // The rest of the claim must be common: the pairing counts only when the sentences share at
    // least as much weight as the values it pairs.
    let paired = if value_a > 0.0 && value_b > 0.0 && shared >= (value_a + value_b) / 2.0 {
        (value_a + value_b) / 2.0
    } else {
        0.0
    };
    let neutral = finish(overlap_of(shared + paired), 1.0)
        .max(finish_contained(contained_of(shared + paired), 1.0))
        .max(score);
    (
        Parts {
            shared_weight: shared,
            weight_a: wa,
            weight_b: wb,
            lexical,
            overlap,
            contained,
            by_containment: by_contained > by_overlap,
            numbers_against: if by_contained > by_overlap {
                contained_factor < 1.0
            } else {
                symmetric_factor < 1.0
            },
            contrasting_numbers,
            extra_number,
            negation_mismatch,
            shared_quote,
            score,
            against,
        },
        neutral,
    )
}

/// True when a word `a` negates appears in `b` without negation.
fn negated_elsewhere(a: &Prepared, b: &Prepared) -> bool {
    a.negated.iter().any(|k| {
        b.negated.binary_search(k).is_err()
            && b.terms.binary_search_by(|t| t.key.as_str().cmp(k)).is_ok()
    })
}

/// Containment evidence: the share of the shorter sentence's weight that the longer one has,
/// times [`Params::containment`], in proportion below [`Params::containment_min_weight`].
pub(crate) fn containment(shared: f32, wa: f32, wb: f32, p: &Params) -> f32 {
    let shorter = wa.min(wb);
    if p.containment <= 0.0 || shorter <= 0.0 {
        return 0.0;
    }
    let size = (shorter / p.containment_min_weight.max(1e-6)).min(1.0);
    (p.containment * (shared / shorter).min(1.0) * size).clamp(0.0, 1.0)
}

/// `shared` divided by the power mean of `wa` and `wb` with exponent `p` (0: geometric mean).
fn normalised_overlap(shared: f32, wa: f32, wb: f32, p: f32) -> f32 {
    if wa <= 0.0 || wb <= 0.0 {
        return 0.0;
    }
    let (lo, hi) = if wa <= wb { (wa, wb) } else { (wb, wa) };
    let mean = if p.abs() < 1e-6 {
        (lo * hi).sqrt()
    } else {
        ((lo.powf(p) + hi.powf(p)) / 2.0).powf(1.0 / p)
    };
    if mean <= 0.0 {
        0.0
    } else {
        (shared / mean).clamp(0.0, 1.0)
    }
}

/// Length of the longest common contiguous run of two key sequences.
fn common_run(a: &[String], b: &[String]) -> usize {
    let mut best = 0;
    let mut prev = vec![0usize; b.len() + 1];
    for x in a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            if x == y {
                let v = prev.get(j).copied().unwrap_or(0) + 1;
                if let Some(c) = cur.get_mut(j + 1) {
                    *c = v;
                }
                best = best.max(v);
            }
        }
        prev = cur;
    }
    best
}

#[cfg(test)]
mod tests;
