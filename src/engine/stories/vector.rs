//! Article vectors for story grouping: each article becomes a sparse, unit-length vector of
//! weighted content terms, so that the cosine of two vectors says how much the two articles
//! talk about the same things.
//!
//! Terms are the matching keys of content words (stop words left out), numbers in canonical
//! digits, and names (capitalised words inside a sentence) a second time under their own key,
//! so shared names, places and dates count more than shared topic words. A term's weight is its
//! information content from the general word table ([`crate::engine::lexicon::freq`]), so
//! rare words and names weigh most and the weights do not depend on the other articles; the
//! term frequency is damped (`1 + ln tf`) and the lead (title and first sentences) counts
//! [`LEAD_WEIGHT`] times.

use crate::engine::lexicon::freq;
use crate::model::Article;
use crate::text::normalize::{self, TokenKind};
use std::collections::BTreeMap;

/// How many times a term of the lead (the title and the first [`LEAD_SENTENCES`] sentences)
/// counts.
pub const LEAD_WEIGHT: f32 = 2.0;
/// Sentences at the start of an article that make up its lead.
pub const LEAD_SENTENCES: usize = 3;
/// Extra weight of a name term (beside its word term).
pub const NAME_WEIGHT: f32 = 1.0;
/// Terms kept per article (the heaviest), which bounds the cost of long articles.
pub const MAX_TERMS: usize = 400;

/// The terms of one article before interning: term text to weighted count.
pub type Terms = BTreeMap<String, f32>;

/// Weighted term counts of an article (title, then every sentence).
pub fn terms(article: &Article) -> Terms {
    let mut out = Terms::new();
    if let Some(title) = &article.meta.title {
        add_text(&mut out, title, LEAD_WEIGHT);
    }
    for (k, (p, s, _)) in article.sentences().enumerate() {
        let weight = if k < LEAD_SENTENCES { LEAD_WEIGHT } else { 1.0 };
        add_text(&mut out, article.sentence_text(p, s), weight);
    }
    out
}

/// Adds the terms of one sentence, each counting `weight`.
fn add_text(out: &mut Terms, text: &str, weight: f32) {
    for (k, t) in normalize::tokens(text).iter().enumerate() {
        match t.kind {
            TokenKind::Number => {
                if t.norm.len() >= 2 {
                    *out.entry(format!("#{}", t.norm)).or_default() += weight;
                }
            }
            TokenKind::Word => {
                if t.stop || t.norm.chars().count() < 2 {
                    continue;
                }
                *out.entry(t.norm.clone()).or_default() += weight;
                // A capitalised word after the first of its sentence reads as (part of) a name.
                if k > 0 && t.capitalized {
                    *out.entry(format!("@{}", t.norm)).or_default() += weight * NAME_WEIGHT;
                }
            }
        }
    }
}

/// Information weight of a term (see the module comment).
pub fn term_weight(term: &str) -> f32 {
    if let Some(digits) = term.strip_prefix('#') {
        // Small numbers say little; years, sums and counts with several digits say more.
        let whole = digits.split('.').next().unwrap_or(digits);
        return match whole.len() {
            0..=1 => 1.0,
            2 => 2.5,
            _ => 4.0,
        };
    }
    let key = term.strip_prefix('@').unwrap_or(term);
    let w = freq::weight(key);
    w * w
}

/// A sparse unit vector: (term id, value) sorted by term id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vector {
    /// Entries sorted by term id, squared values summing to 1 (empty for an empty article).
    pub entries: Vec<(u32, f32)>,
}

impl Vector {
    /// The vector of weighted term counts, with term ids from `id`.
    pub fn new(terms: &Terms, id: impl Fn(&str) -> Option<u32>) -> Self {
        let mut entries: Vec<(u32, f32)> = terms
            .iter()
            .filter_map(|(term, &tf)| {
                let id = id(term)?;
                let value = (1.0 + tf.max(1.0).ln()) * term_weight(term);
                Some((id, value))
            })
            .collect();
        if entries.len() > MAX_TERMS {
            // Heaviest first; ties by id so the cut does not depend on anything but content.
            entries.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            entries.truncate(MAX_TERMS);
        }
        entries.sort_by_key(|e| e.0);
        let norm = entries.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
        if norm > 0.0 {
            for e in &mut entries {
                e.1 /= norm;
            }
        }
        Self { entries }
    }

    /// Cosine with another unit vector (a merge of the two sorted lists).
    pub fn cosine(&self, other: &Self) -> f32 {
        let (a, b) = (&self.entries, &other.entries);
        let (mut i, mut j, mut dot) = (0, 0, 0.0f32);
        while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
            match x.0.cmp(&y.0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += x.1 * y.1;
                    i += 1;
                    j += 1;
                }
            }
        }
        dot.clamp(0.0, 1.0)
    }
}
