//! Story grouping: which of the articles are about the same event.
//!
//! A folder of clippings holds many events; comparing them all as one story links sentences
//! about different events. [`group`] splits the articles into stories before any comparison:
//! each article becomes a vector of weighted terms ([`vector`]: content words, names, numbers
//! and dates, the lead weighted up), articles published far apart in time count as less alike,
//! and average-linkage clustering ([`cluster`]) joins articles while the average cosine between
//! two groups is at least [`THRESHOLD`] and, for two groups of several articles, close enough
//! to the average inside each ([`COHESION`]). An article like no other is a story of one.
//!
//! The result depends only on the articles' content: the articles are put in canonical order
//! (by text, then path) before anything is computed, term ids are given in sorted term order,
//! parallel work is collected in order, and ties are broken by canonical index. So neither the
//! input order nor the thread count changes the groups.
//!
//! [`combine`] runs the comparison of each story on its own and puts the results together
//! into one [`Analysis`](crate::findings::Analysis) whose sources, sentence ids and claims keep
//! command-line order.

pub mod cluster;
pub mod combine;
pub mod vector;

use crate::model::Article;
use rayon::prelude::*;
use std::collections::BTreeMap;
use vector::Vector;

/// Average cosine at or above which two groups of articles are one story. Chosen on the odd
/// ECB+ topics and checked on the even ones and on BASIL (docs/accuracy.md, "Stories";
/// `examples/story_sweep.rs`).
pub const THRESHOLD: f64 = 0.2;

/// Two groups of at least [`cluster::COHESION_MIN_SIZE`] articles merge only if their average
/// similarity is at least this share of the average inside each: two tight groups about two
/// events of one topic (two earthquakes, two arrests) are less alike than each is inside.
/// Chosen with [`THRESHOLD`].
pub const COHESION: f64 = 0.6;

/// Pairs less similar than this count as 0 (they are not kept): a large collection has
/// millions of faintly similar pairs, and they barely move an average.
pub const PAIR_FLOOR: f32 = 0.05;

/// Publication dates further apart than this many days make two articles less alike.
pub const DATE_GAP_DAYS: i64 = 7;
/// Factor on the similarity of two articles whose publication dates are far apart.
pub const DATE_GAP_FACTOR: f32 = 0.5;

/// Groups the articles into stories. Returns groups of indexes into `articles`, each
/// ascending, ordered by their first index; every article is in exactly one group.
pub fn group(articles: &[Article]) -> Vec<Vec<usize>> {
    group_with(articles, THRESHOLD)
}

/// [`group`] with another threshold (for measuring).
pub fn group_with(articles: &[Article], threshold: f64) -> Vec<Vec<usize>> {
    let n = articles.len();
    if n <= 1 {
        return (0..n).map(|i| vec![i]).collect();
    }
    // Canonical order: `order[k]` is the index of canonical article k.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&articles[a], &articles[b]);
        (x.text.as_str(), x.path.as_str())
            .cmp(&(y.text.as_str(), y.path.as_str()))
            .then(a.cmp(&b))
    });
    let vectors = vectors(&order.iter().map(|&i| &articles[i]).collect::<Vec<_>>());
    let days: Vec<Option<i64>> = order
        .iter()
        .map(|&i| articles[i].meta.date.as_deref().and_then(day_number))
        .collect();
    let mut pairs = cluster::candidate_pairs(&vectors, PAIR_FLOOR);
    for (i, j, s) in &mut pairs {
        if let (Some(Some(a)), Some(Some(b))) = (days.get(*i), days.get(*j))
            && (a - b).abs() > DATE_GAP_DAYS
        {
            *s *= DATE_GAP_FACTOR;
        }
    }
    let groups = cluster::average_linkage_with(n, &pairs, threshold, COHESION);
    let mut out: Vec<Vec<usize>> = groups
        .into_iter()
        .map(|g| {
            let mut g: Vec<usize> = g
                .into_iter()
                .filter_map(|k| order.get(k).copied())
                .collect();
            g.sort_unstable();
            g
        })
        .collect();
    out.sort();
    out
}

/// The unit term vectors of the articles, term ids in sorted term order.
pub fn vectors(articles: &[&Article]) -> Vec<Vector> {
    let terms: Vec<vector::Terms> = articles.par_iter().map(|a| vector::terms(a)).collect();
    let mut ids: BTreeMap<&str, u32> = BTreeMap::new();
    for t in &terms {
        for term in t.keys() {
            ids.entry(term.as_str()).or_insert(0);
        }
    }
    for (k, id) in ids.values_mut().enumerate() {
        *id = k as u32;
    }
    terms
        .par_iter()
        .map(|t| Vector::new(t, |term| ids.get(term).copied()))
        .collect()
}

/// Days since 1970-01-01 of an ISO `YYYY-MM-DD` date (civil calendar), `None` if malformed.
fn day_number(iso: &str) -> Option<i64> {
    let mut parts = iso.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.get(..2).unwrap_or("").parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests;
