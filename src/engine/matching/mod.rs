//! Finds, for every sentence, its counterpart in each other source, and fills `matches`.
//!
//! Two sentences are linked when their blended score ([`blend`]: meaning from the sentence
//! vectors of [`semantic`], words, names and numbers from [`similarity`]) reaches
//! [`blend::THRESHOLD`] and each is the other's best-scoring sentence in that source (mutual
//! best), so a sentence links to at most one sentence of each other source and a loose
//! similarity never beats the sentence that really corresponds.
//!
//! Candidates come from an inverted index over word keys, not from all pairs; keys found in
//! more than 5 % of all sentences (and more than 200) are left out of it, so a large corpus
//! does not make every pair a candidate. A candidate is scored only when an upper bound of its
//! lexical score reaches the lexical score the pair needs to reach the threshold with its cosine
//! ([`Calibration::lexical_needed`]; see [`Bound`]: the shared weight the index saw
//! plus everything it did not see, and lower bounds of what each side has outside it). Up to
//! 200 sentences, every key is indexed and the findings are exactly those of an all-pairs scan
//! (`tests/matching_exact.rs` checks this); beyond, only pairs whose shared words are all among
//! the most frequent can be missed. Scoring runs in parallel (rayon); results are sorted, so
//! they do not depend on scheduling.

pub mod blend;
pub mod semantic;
pub mod similarity;

use crate::engine::Findings;
use crate::findings::Match;
use crate::model::{Article, SentenceRef};
use crate::text::normalize::{self, Token};
use blend::Calibration;
use rayon::prelude::*;
use semantic::Embedding;
use similarity::{Context, Params, Prepared, THRESHOLD};
use std::collections::HashMap;

/// Keys found in more than this share of all sentences (and more than [`MIN_DF_CAP`]) are not
/// indexed either: they would make every pair a candidate.
const MAX_DF_SHARE: f32 = 0.05;

/// Floor of the document-frequency cap, so small inputs (up to this many sentences) index every
/// key and their pruning is exact.
const MIN_DF_CAP: usize = 200;

/// Every sentence of every source, prepared for comparison.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Sentence addresses, in source then reading order.
    pub refs: Vec<SentenceRef>,
    /// Prepared sentences, parallel to `refs`.
    pub prepared: Vec<Prepared>,
    /// Sentence vectors, parallel to `refs`.
    pub vectors: Vec<Embedding>,
}

impl Corpus {
    /// Prepares every sentence, with each article's own names as context.
    pub fn new(articles: &[Article]) -> Self {
        let per_article: Vec<Vec<(SentenceRef, Prepared, Embedding)>> = articles
            .par_iter()
            .enumerate()
            .map(|(source, article)| {
                // Each sentence is tokenized once, for the article's context and for itself.
                let sentences: Vec<(SentenceRef, &str, Vec<Token>)> = article
                    .sentences()
                    .map(|(paragraph, sentence, s)| {
                        let text = s.span.slice(&article.text);
                        let r = SentenceRef {
                            source,
                            paragraph,
                            sentence,
                        };
                        // A list marker (`1.`) is no part of what the item states.
                        let mut tokens = normalize::tokens(text);
                        let marker = crate::segment::list_marker_len(text);
                        tokens.retain(|t| t.span.start >= marker);
                        (r, text, tokens)
                    })
                    .collect();
                let context = Context::for_sentences(
                    sentences
                        .iter()
                        .map(|(_, text, tokens)| (*text, tokens.as_slice())),
                );
                sentences
                    .into_iter()
                    .map(|(r, text, tokens)| {
                        let prepared = similarity::prepare_tokens(text, &tokens, Some(&context));
                        let marker = crate::segment::list_marker_len(text);
                        let vector = semantic::embed(text.get(marker..).unwrap_or(text));
                        (r, prepared, vector)
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut out = Self::default();
        for (r, p, v) in per_article.into_iter().flatten() {
            out.refs.push(r);
            out.prepared.push(p);
            out.vectors.push(v);
        }
        out
    }

    /// Index of a sentence in the corpus.
    pub fn position(&self, r: SentenceRef) -> Option<usize> {
        self.refs.binary_search(&r).ok()
    }

    /// Blended score of two sentences of the corpus by position (0 when out of range).
    pub fn score(&self, i: usize, j: usize) -> f32 {
        self.score_with(i, j, &Calibration::default())
    }

    /// The word score of two sentences of the corpus by position (0 when out of range).
    pub fn lexical(&self, i: usize, j: usize) -> f32 {
        match (self.prepared.get(i), self.prepared.get(j)) {
            (Some(a), Some(b)) => similarity::score_prepared(a, b),
            _ => 0.0,
        }
    }

    /// [`Corpus::score`] with other constants (for calibration tools).
    pub fn score_with(&self, i: usize, j: usize, cal: &Calibration) -> f32 {
        match (
            self.prepared.get(i),
            self.prepared.get(j),
            self.vectors.get(i),
            self.vectors.get(j),
        ) {
            (Some(a), Some(b), Some(ea), Some(eb)) => {
                let parts = similarity::parts(a, b, &Params::default());
                cal.combine(&parts, semantic::cosine(ea, eb))
                    .max(parts.score)
            }
            _ => 0.0,
        }
    }

    /// The linked pairs (mutual best at or above the threshold), as `(i, j, score)` with
    /// `i < j` (positions), sorted by position.
    pub fn matching_pairs(&self) -> Vec<(usize, usize, f32)> {
        self.scored_pairs().matches
    }

    /// The linked pairs, and the pairs that reach the lexical threshold only when their
    /// differing values are set aside ([`similarity::value_neutral_score`]), for the conflict
    /// stage.
    pub fn scored_pairs(&self) -> ScoredPairs {
        self.scored_pairs_with(&Calibration::default())
    }

    /// [`Corpus::scored_pairs`] with other constants (for calibration tools).
    pub fn scored_pairs_with(&self, cal: &Calibration) -> ScoredPairs {
        let params = Params::default();
        let floor = cal.lexical_floor();
        let n = self.prepared.len();
        let cap = MIN_DF_CAP.max((n as f32 * MAX_DF_SHARE) as usize);

        // Postings per key: (sentence, effective weight, implied), for every key that weighs
        // anything; implied keys too, since a shared implied key counts in the score.
        let mut postings: HashMap<&str, Vec<Posting>> = HashMap::new();
        for (i, p) in self.prepared.iter().enumerate() {
            for t in &p.terms {
                let weight = t.effective_weight(&params);
                if weight > 0.0 {
                    postings.entry(t.key.as_str()).or_default().push(Posting {
                        sentence: i as u32,
                        weight,
                        implied: t.implied,
                        alias: t.alias,
                    });
                }
            }
        }
        postings.retain(|_, list| list.len() <= cap);
        let totals: Vec<Totals> = self
            .prepared
            .iter()
            .map(|p| Totals::of(p, &postings, &params))
            .collect();

        let scored: Vec<PairScore> = (0..n)
            .into_par_iter()
            .map_init(
                || (vec![Shared::default(); n], Vec::<usize>::new()),
                |(acc, touched), i| {
                    let Some(a) = self.prepared.get(i) else {
                        return Vec::new();
                    };
                    let source = self.refs.get(i).map(|r| r.source);
                    // Candidates share an indexed key.
                    for t in &a.terms {
                        let Some(list) = postings.get(t.key.as_str()) else {
                            continue;
                        };
                        let wi = t.effective_weight(&params);
                        for other in list {
                            let j = other.sentence as usize;
                            if j <= i || self.refs.get(j).map(|r| r.source) == source {
                                continue;
                            }
                            // Both only implied, one through an alias: the score does not
                            // count it.
                            if t.implied && other.implied && (t.alias || other.alias) {
                                continue;
                            }
                            if let Some(slot) = acc.get_mut(j) {
                                if !slot.touched {
                                    slot.touched = true;
                                    touched.push(j);
                                }
                                slot.weight += (wi + other.weight) / 2.0;
                                if !t.implied {
                                    slot.real_a += wi;
                                }
                                if !other.implied {
                                    slot.real_b += other.weight;
                                }
                            }
                        }
                    }
                    let mut found = Vec::new();
                    for &j in touched.iter() {
                        let Some(shared) = acc.get_mut(j).map(std::mem::take) else {
                            continue;
                        };
                        let (Some(ta), Some(tb), Some(b)) =
                            (totals.get(i), totals.get(j), self.prepared.get(j))
                        else {
                            continue;
                        };
                        let bound = Bound::of(&shared, ta, tb);
                        let (upper, neutral_upper) =
                            (bound.score(a, b, &params), bound.neutral(a, b, &params));
                        // Below the floor nothing can link or be a near pair: no cosine needed.
                        if upper < floor.min(THRESHOLD) && neutral_upper < THRESHOLD {
                            continue;
                        }
                        let cosine = match (self.vectors.get(i), self.vectors.get(j)) {
                            (Some(x), Some(y)) => semantic::cosine(x, y),
                            _ => 0.0,
                        };
                        // The word score this pair needs to reach the threshold with its
                        // cosine (and with no evidence against), or to be linked on words alone.
                        let needed = cal.lexical_needed(cosine).min(THRESHOLD);
                        if upper < needed && neutral_upper < THRESHOLD {
                            continue;
                        }
                        let (parts, neutral) = similarity::parts_and_neutral(a, b);
                        let near = (parts.score < THRESHOLD
                            && neutral >= THRESHOLD
                            && ta.heaviest_value > 0.0
                            && tb.heaviest_value > 0.0)
                            .then_some(neutral);
                        let pair = PairScore {
                            i,
                            j,
                            score: cal.combine(&parts, cosine).max(parts.score),
                            lexical: parts.score,
                            near,
                        };
                        if pair.candidate(cal) || near.is_some() {
                            found.push(pair);
                        }
                    }
                    touched.clear();
                    found
                },
            )
            .flatten()
            .collect();
        self.decide(scored, cal)
    }

    /// The decision on scored pairs (every pair that may be a link or a near pair, in any
    /// order): the links ([`Corpus::links`]) and the near pairs that are not links, both sorted
    /// by position. Shared by the pruned scan and the all-pairs check in the tests.
    pub fn decide(&self, mut scored: Vec<PairScore>, cal: &Calibration) -> ScoredPairs {
        scored.sort_by_key(|p| (p.i, p.j));
        let candidates: Vec<&PairScore> = scored.iter().filter(|p| p.candidate(cal)).collect();
        let matches = self.links(&candidates, cal);
        // A linked pair is compared inside its claim, not as a near pair.
        let near = scored
            .iter()
            .filter_map(|p| Some((p.i, p.j, p.near?)))
            .filter(|&(i, j, _)| {
                matches
                    .binary_search_by_key(&(i, j), |&(a, b, _)| (a, b))
                    .is_err()
            })
            .collect();
        ScoredPairs { matches, near }
    }

    /// The candidates (sorted by position) that are linked: those whose sentences are each
    /// other's best in the other's source (the highest score, ties to the earlier sentence), and
    /// those whose words alone reach [`similarity::THRESHOLD`] (a source that states a claim
    /// twice links both statements: word-for-word evidence is strong enough on its own).
    fn links(&self, candidates: &[&PairScore], cal: &Calibration) -> Vec<(usize, usize, f32)> {
        let source = |k: usize| self.refs.get(k).map_or(usize::MAX, |r| r.source);
        let mut best: HashMap<(usize, usize), (f32, usize)> = HashMap::new();
        let better = |new: (f32, usize), old: (f32, usize)| {
            new.0 > old.0 || (new.0 == old.0 && new.1 < old.1)
        };
        for p in candidates {
            for (from, to) in [(p.i, p.j), (p.j, p.i)] {
                best.entry((from, source(to)))
                    .and_modify(|b| {
                        if better((p.score, to), *b) {
                            *b = (p.score, to);
                        }
                    })
                    .or_insert((p.score, to));
            }
        }
        let is_best =
            |from: usize, to: usize| best.get(&(from, source(to))).map(|b| b.1) == Some(to);
        candidates
            .iter()
            .filter(|p| {
                (p.score >= cal.threshold && is_best(p.i, p.j) && is_best(p.j, p.i))
                    || (cal.keep_lexical && p.lexical >= THRESHOLD)
            })
            .map(|p| (p.i, p.j, p.score))
            .collect()
    }
}

/// The scores of one pair of sentences (corpus positions, `i < j`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairScore {
    /// First sentence.
    pub i: usize,
    /// Second sentence.
    pub j: usize,
    /// The blended score, or the word score when that is higher.
    pub score: f32,
    /// The word score ([`similarity::score_prepared`]).
    pub lexical: f32,
    /// The value-neutral word score, when the pair is a near pair: below the lexical threshold,
    /// reaching it with one differing value set aside, both sides with a value.
    pub near: Option<f32>,
}

impl PairScore {
    /// True when the pair may be linked: its score reaches the threshold, or its words alone
    /// reach the lexical threshold (when those links are kept).
    pub fn candidate(&self, cal: &Calibration) -> bool {
        (self.score >= cal.threshold && self.lexical >= cal.min_lexical)
            || (cal.keep_lexical && self.lexical >= THRESHOLD)
    }
}

/// Scored sentence pairs of a corpus, as `(i, j, score)` with `i < j` (positions), sorted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScoredPairs {
    /// Linked pairs: mutual best at or above [`blend::THRESHOLD`], with the blended score.
    pub matches: Vec<(usize, usize, f32)>,
    /// Pairs below it that reach it when their differing values are set aside, with that
    /// value-neutral score.
    pub near: Vec<(usize, usize, f32)>,
}

/// One entry of the candidate index.
#[derive(Debug, Clone, Copy)]
struct Posting {
    sentence: u32,
    weight: f32,
    implied: bool,
    /// Implied by a country's alias ([`similarity::Term::alias`]).
    alias: bool,
}

/// What a sentence weighs, for bounding the score of its pairs.
#[derive(Debug, Clone, Copy, Default)]
struct Totals {
    /// Weight of its own (not implied) words.
    real: f32,
    /// Weight of its words (own or implied) whose key is not indexed.
    unindexed: f32,
    /// Weight of its own words whose key is not indexed.
    unindexed_real: f32,
    /// Weight of its heaviest value (number, weekday, month); the value-neutral score pairs one
    /// value of each side.
    heaviest_value: f32,
}

impl Totals {
    fn of(p: &Prepared, postings: &HashMap<&str, Vec<Posting>>, params: &Params) -> Self {
        let mut out = Self::default();
        for t in &p.terms {
            let w = t.effective_weight(params);
            let indexed = postings.contains_key(t.key.as_str());
            if !indexed {
                out.unindexed += w;
            }
            if !t.implied {
                out.real += w;
                if !indexed {
                    out.unindexed_real += w;
                }
                if t.value {
                    out.heaviest_value = out.heaviest_value.max(w);
                }
            }
        }
        out
    }
}

/// What the index saw two sentences share.
#[derive(Debug, Clone, Copy, Default)]
struct Shared {
    touched: bool,
    /// Sum of the shared keys' mean weights, as the score counts them.
    weight: f32,
    /// The first sentence's own (not implied) weight on those keys.
    real_a: f32,
    /// The second sentence's own weight on those keys.
    real_b: f32,
}

/// Bounds of what the score is made of, for a pair the index found. The score's lexical part is
/// a function of the shared weight `S` and of each side's weight outside it, `Ua` and `Ub`
/// (`wa = Ua + S`); it grows with `S` and shrinks as `Ua` or `Ub` grows. So an upper bound of
/// `S` and lower bounds of `Ua` and `Ub` bound the score from above, whatever the weights of the
/// keys the index does not see.
#[derive(Debug, Clone, Copy)]
struct Bound {
    shared_max: f32,
    rest_a_min: f32,
    rest_b_min: f32,
    values: Option<(f32, f32)>,
}

impl Bound {
    fn of(shared: &Shared, a: &Totals, b: &Totals) -> Self {
        Self {
            // Keys the index does not see can add at most the mean of both sides' unindexed
            // weights.
            shared_max: shared.weight + (a.unindexed + b.unindexed) / 2.0,
            // A side's words outside the shared keys: its own weight, less what it has on the
            // indexed shared keys and, at most, all of its unindexed words.
            rest_a_min: (a.real - shared.real_a - a.unindexed_real).max(0.0),
            rest_b_min: (b.real - shared.real_b - b.unindexed_real).max(0.0),
            values: (a.heaviest_value > 0.0 && b.heaviest_value > 0.0)
                .then_some((a.heaviest_value, b.heaviest_value)),
        }
    }

    /// Upper bound of [`similarity::score_prepared`].
    fn score(&self, a: &Prepared, b: &Prepared, p: &Params) -> f32 {
        let s = self.shared_max;
        if s <= 0.0 {
            return quote_bound(0.0, a, b, p);
        }
        let (ra, rb) = (self.rest_a_min + s, self.rest_b_min + s);
        let mean = if p.length_exponent.abs() < 1e-6 {
            (ra * rb).sqrt()
        } else {
            ((ra.powf(p.length_exponent) + rb.powf(p.length_exponent)) / 2.0)
                .powf(1.0 / p.length_exponent)
        };
        let overlap = (s / mean).min(1.0);
        let shorter = self.rest_a_min.min(self.rest_b_min);
        let contained = p.containment * (s / (shorter + s)).min(s / p.containment_min_weight);
        slack(quote_bound(overlap, a, b, p).max(contained))
    }

    /// Upper bound of [`similarity::value_neutral_score`] beyond the score: the pairing of one
    /// value of each side adds to the shared weight while both sides' totals stay, so
    /// `(S + v) / sqrt(wa * wb) <= (S + v) / (min(Ua, Ub) + S)`, which grows with `S` as long
    /// as `v` stays below `min(Ua, Ub)`.
    fn neutral(&self, a: &Prepared, b: &Prepared, p: &Params) -> f32 {
        let Some((va, vb)) = self.values else {
            return 0.0;
        };
        let v = (va + vb) / 2.0;
        let s = self.shared_max;
        if s < v {
            // Values are paired only when the sentences share at least as much weight.
            return 0.0;
        }
        let shorter = self.rest_a_min.min(self.rest_b_min);
        if v >= shorter {
            return 1.0;
        }
        let lexical = ((s + v) / (shorter + s)).min(1.0);
        slack(quote_bound(lexical, a, b, p))
    }
}

/// A lexical bound with the bonus for a shared quotation when both sentences quote.
fn quote_bound(lexical: f32, a: &Prepared, b: &Prepared, p: &Params) -> f32 {
    if a.quotes.is_empty() || b.quotes.is_empty() {
        lexical
    } else {
        lexical + p.quote_bonus * (1.0 - lexical)
    }
}

/// Room for floating-point summation order.
fn slack(bound: f32) -> f32 {
    bound * 1.001 + 1e-6
}

/// Matches every sentence against the other sources: `matches` holds the best counterpart in
/// each other source at or above the threshold; `support` is the sentence's own source (the
/// claims stage widens it).
pub fn match_sentences(articles: &[Article]) -> Findings {
    let corpus = Corpus::new(articles);
    let pairs = corpus.matching_pairs();
    findings_from_pairs(articles, &corpus, &pairs)
}

/// Builds the per-sentence findings from scored pairs.
pub fn findings_from_pairs(
    articles: &[Article],
    corpus: &Corpus,
    pairs: &[(usize, usize, f32)],
) -> Findings {
    let mut findings: Findings = crate::findings::unmatched_findings(articles);
    // Best per (sentence, other source): highest score, then the earliest sentence.
    let mut best: HashMap<(usize, usize), Match> = HashMap::new();
    for &(i, j, score) in pairs {
        let (Some(&ri), Some(&rj)) = (corpus.refs.get(i), corpus.refs.get(j)) else {
            continue;
        };
        for (from, to) in [(ri, rj), (rj, ri)] {
            let key = (i_of(corpus, from), to.source);
            let candidate = Match {
                sentence: to,
                score,
            };
            best.entry(key)
                .and_modify(|m| {
                    if score > m.score || (score == m.score && to < m.sentence) {
                        *m = candidate;
                    }
                })
                .or_insert(candidate);
        }
    }
    let mut best: Vec<((usize, usize), Match)> = best.into_iter().collect();
    best.sort_by_key(|(k, _)| *k);
    for ((pos, _), m) in best {
        let Some(r) = corpus.refs.get(pos) else {
            continue;
        };
        if let Some(f) = findings
            .get_mut(r.source)
            .and_then(|p| p.get_mut(r.paragraph))
            .and_then(|s| s.get_mut(r.sentence))
        {
            f.matches.push(m);
        }
    }
    findings
}

fn i_of(corpus: &Corpus, r: SentenceRef) -> usize {
    corpus.position(r).unwrap_or(usize::MAX)
}
