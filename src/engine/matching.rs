//! Finds, for every sentence, its best counterpart in each other source, and fills `matches`.
//!
//! Candidates come from an inverted index over informative word keys (very frequent keys are
//! left out of the index), not from all pairs. Pruning is exact: a pair is skipped only when an
//! upper bound of its score is below [`THRESHOLD`], so the findings are those an all-pairs scan
//! would give. Scoring runs in parallel (rayon); results are sorted, so they do not depend on
//! scheduling.

use super::Findings;
use super::similarity::{self, Context, Params, Prepared, THRESHOLD};
use crate::analysis::Match;
use crate::model::{Article, SentenceRef};
use crate::normalize::{self, Token};
use rayon::prelude::*;
use std::collections::HashMap;

/// Keys whose information weight is below this are not indexed (`said`, `the`, `year`).
const MIN_INDEXED_WEIGHT: f32 = 2.5;

/// Keys found in more than this share of all sentences (and more than [`MIN_DF_CAP`]) are not
/// indexed either: they would make every pair a candidate.
const MAX_DF_SHARE: f32 = 0.05;

/// Floor of the document-frequency cap, so small inputs index everything informative.
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
                        (r, text, normalize::tokens(text))
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

        // Postings per key: (sentence, effective weight), only for informative keys.
        let mut postings: HashMap<&str, Vec<(u32, f32)>> = HashMap::new();
        for (i, p) in self.prepared.iter().enumerate() {
            for t in p.terms.iter().filter(|t| !t.implied) {
                let w = t.effective_weight(&params);
                postings
                    .entry(t.key.as_str())
                    .or_default()
                    .push((i as u32, w));
            }
        }
        postings.retain(|key, list| informative(key) && list.len() <= cap);

        // Per sentence: total weight; the weight of its unindexed words (an upper bound of what
        // it can share with another sentence beyond what the index sees); and the weight of its
        // heaviest value (the value-neutral score
        // pairs one value of each side).
        let totals: Vec<(f32, f32, f32)> = self
            .prepared
            .iter()
            .map(|p| {
                let total = p.total_weight();
                let mut unseen = 0.0f32;
                let mut heaviest_value = 0.0f32;
                for t in p.terms.iter().filter(|t| !t.implied) {
                    let w = t.effective_weight(&params);
                    if !postings.contains_key(t.key.as_str()) {
                        unseen += w;
                    }
                    if t.value {
                        heaviest_value = heaviest_value.max(w);
                    }
                }
                (total, unseen, heaviest_value)
            })
            .collect();

        let scored: Vec<(usize, usize, f32, bool)> = (0..n)
            .into_par_iter()
            .map_init(
                || (vec![0f32; n], Vec::<usize>::new()),
                |(acc, touched), i| {
                    let Some(a) = self.prepared.get(i) else {
                        return Vec::new();
                    };
                    let source = self.refs.get(i).map(|r| r.source);
                    // Candidates share an indexed word.
                    for t in a.terms.iter().filter(|t| !t.implied) {
                        let Some(list) = postings.get(t.key.as_str()) else {
                            continue;
                        };
                        let wi = t.effective_weight(&params);
                        for &(j, wj) in list {
                            let j = j as usize;
                            if j <= i || self.refs.get(j).map(|r| r.source) == source {
                                continue;
                            }
                            if let Some(slot) = acc.get_mut(j) {
                                if *slot == 0.0 {
                                    touched.push(j);
                                }
                                *slot += (wi + wj) / 2.0;
                            }
                        }
                    }
                    let mut found = Vec::new();
                    for &j in touched.iter() {
                        let shared = acc.get(j).copied().unwrap_or(0.0);
                        if let Some(slot) = acc.get_mut(j) {
                            *slot = 0.0;
                        }
                        let (Some(&(ta, ua, va)), Some(&(tb, ub, vb)), Some(b)) =
                            (totals.get(i), totals.get(j), self.prepared.get(j))
                        else {
                            continue;
                        };
                        let bound = shared + (ua + ub) / 2.0;
                        // The value-neutral score may also pair one value of each side.
                        let near_bound = if va > 0.0 && vb > 0.0 {
                            bound + (va + vb) / 2.0
                        } else {
                            bound
                        };
                        if upper_bound(near_bound, ta, tb, a, b, &params) < THRESHOLD {
                            continue;
                        }
                        let (s, neutral) = similarity::scores_prepared(a, b);
                        if s >= THRESHOLD {
                            found.push((i, j, s, true));
                        } else if neutral >= THRESHOLD && va > 0.0 && vb > 0.0 {
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

/// True for a key worth indexing: a number, or a word rarer than [`MIN_INDEXED_WEIGHT`].
fn informative(key: &str) -> bool {
    key.chars().next().is_some_and(|c| c.is_ascii_digit())
        || super::freq::weight(key) >= MIN_INDEXED_WEIGHT
}

/// An upper bound of the score of two sentences given an upper bound of their shared weight.
fn upper_bound(shared: f32, wa: f32, wb: f32, a: &Prepared, b: &Prepared, p: &Params) -> f32 {
    let mean = if wa <= 0.0 || wb <= 0.0 {
        return if a.quotes.is_empty() || b.quotes.is_empty() {
            0.0
        } else {
            p.quote_bonus
        };
    } else if p.length_exponent.abs() < 1e-6 {
        (wa * wb).sqrt()
    } else {
        ((wa.powf(p.length_exponent) + wb.powf(p.length_exponent)) / 2.0)
            .powf(1.0 / p.length_exponent)
    };
    let lexical = (shared / mean).min(1.0);
    let mixed = (1.0 - p.bigram_share) * lexical + p.bigram_share;
    let with_quote = if a.quotes.is_empty() || b.quotes.is_empty() {
        mixed
    } else {
        mixed + p.quote_bonus * (1.0 - mixed)
    };
    // Small slack for floating-point summation order.
    with_quote * 1.001 + 1e-6
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
    let mut findings: Findings = crate::analysis::unmatched_findings(articles);
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
