//! Finds, for every sentence, its best counterpart in each other source, and fills `matches`.
//!
//! Candidates come from an inverted index over word keys, not from all pairs; keys found in
//! more than 5 % of all sentences (and more than 200) are left out of it, so a large corpus
//! does not make every pair a candidate. A candidate is scored only when an upper bound of its
//! score reaches [`THRESHOLD`] (see [`Bound`]: the shared weight the index saw plus everything
//! it did not see, and lower bounds of what each side has outside it). Up to 200 sentences,
//! every key is indexed and the findings are exactly those of an all-pairs scan
//! (`tests/matching_exact.rs` checks this, and on ECB+ events of up to 362 sentences); beyond,
//! only pairs whose shared words are all among the most frequent can be missed. Scoring runs in
//! parallel (rayon); results are sorted, so they do not depend on scheduling.

pub mod similarity;

use crate::engine::Findings;
use crate::findings::Match;
use crate::model::{Article, SentenceRef};
use crate::text::normalize::{self, Token};
use rayon::prelude::*;
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
}

impl Corpus {
    /// Prepares every sentence, with each article's own names as context.
    pub fn new(articles: &[Article]) -> Self {
        let per_article: Vec<Vec<(SentenceRef, Prepared)>> = articles
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
                        (r, similarity::prepare_tokens(text, &tokens, Some(&context)))
                    })
                    .collect()
            })
            .collect();
        let (refs, prepared) = per_article.into_iter().flatten().unzip();
        Self { refs, prepared }
    }

    /// Index of a sentence in the corpus.
    pub fn position(&self, r: SentenceRef) -> Option<usize> {
        self.refs.binary_search(&r).ok()
    }

    /// Score of two sentences of the corpus by position (0 when out of range).
    pub fn score(&self, i: usize, j: usize) -> f32 {
        match (self.prepared.get(i), self.prepared.get(j)) {
            (Some(a), Some(b)) => similarity::score_prepared(a, b),
            _ => 0.0,
        }
    }

    /// Every pair of sentences from different sources scoring at or above [`THRESHOLD`], as
    /// `(i, j, score)` with `i < j` (positions), sorted by position.
    pub fn matching_pairs(&self) -> Vec<(usize, usize, f32)> {
        self.scored_pairs().matches
    }

    /// The matching pairs, and the pairs that reach the threshold only when their differing
    /// values are set aside ([`similarity::value_neutral_score`]), for the conflict stage.
    pub fn scored_pairs(&self) -> ScoredPairs {
        let params = Params::default();
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

        let scored: Vec<(usize, usize, f32, bool)> = (0..n)
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
                        if bound.score(a, b, &params) < THRESHOLD
                            && bound.neutral(a, b, &params) < THRESHOLD
                        {
                            continue;
                        }
                        let (s, neutral) = similarity::scores_prepared(a, b);
                        if s >= THRESHOLD {
                            found.push((i, j, s, true));
                        } else if neutral >= THRESHOLD
                            && ta.heaviest_value > 0.0
                            && tb.heaviest_value > 0.0
                        {
                            found.push((i, j, neutral, false));
                        }
                    }
                    touched.clear();
                    found
                },
            )
            .flatten()
            .collect();
        let mut out = ScoredPairs::default();
        for (i, j, s, matched) in scored {
            if matched {
                out.matches.push((i, j, s));
            } else {
                out.near.push((i, j, s));
            }
        }
        out.matches.sort_by_key(|&(i, j, _)| (i, j));
        out.near.sort_by_key(|&(i, j, _)| (i, j));
        out
    }
}

/// Scored sentence pairs of a corpus, as `(i, j, score)` with `i < j` (positions), sorted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScoredPairs {
    /// Pairs at or above [`THRESHOLD`].
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
