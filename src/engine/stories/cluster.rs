//! Average-linkage clustering of articles on a sparse similarity graph.
//!
//! Candidate pairs are the pairs of articles that share a term that is rare in the collection
//! (found in at most [`max_df`] articles) or one of the [`TOP_TERMS`] heaviest terms of the
//! article (so that a big story, whose names every article has, still links up), found through
//! an inverted index: the work grows with the pairs that share such terms rather than with the
//! square of the number of articles. Each candidate pair gets its exact cosine; a pair that is no candidate
//! counts as similarity 0. Two clusters merge while the average similarity over all pairs
//! between them is at least the threshold, the most similar first; ties go to the lowest
//! article indexes, so the result depends only on the vectors and their order.

use super::vector::Vector;
use rayon::prelude::*;
use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BinaryHeap};

/// Terms found in more articles than this are left out of candidate generation unless they
/// are among an article's [`TOP_TERMS`] (they always count in the cosine of candidate pairs).
pub fn max_df(articles: usize) -> usize {
    (articles / 50).max(128)
}

/// The heaviest terms of each article that find candidates whatever their document frequency.
pub const TOP_TERMS: usize = 16;

/// Every pair `(i, j, cosine)` with `i < j` that shares a term of low document frequency and
/// has a cosine above `floor`, sorted by `(i, j)`.
pub fn candidate_pairs(vectors: &[Vector], floor: f32) -> Vec<(usize, usize, f32)> {
    let n = vectors.len();
    let terms = vectors
        .iter()
        .flat_map(|v| v.entries.iter().map(|e| e.0 as usize + 1))
        .max()
        .unwrap_or(0);
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); terms];
    for (i, v) in vectors.iter().enumerate() {
        for e in &v.entries {
            if let Some(p) = postings.get_mut(e.0 as usize) {
                p.push(i as u32);
            }
        }
    }
    let cap = max_df(n);
    (0..n)
        .into_par_iter()
        .map(|i| {
            let mut seen: Vec<u32> = Vec::new();
            if let Some(v) = vectors.get(i) {
                // Its TOP_TERMS heaviest terms (ties by id, so by content only), by id.
                let mut heavy: Vec<(f32, u32)> = v.entries.iter().map(|e| (e.1, e.0)).collect();
                heavy.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
                heavy.truncate(TOP_TERMS);
                heavy.sort_by_key(|h| h.1);
                for e in &v.entries {
                    let Some(p) = postings.get(e.0 as usize) else {
                        continue;
                    };
                    if p.len() > cap && heavy.binary_search_by_key(&e.0, |h| h.1).is_err() {
                        continue;
                    }
                    // Postings are in article order: only later articles.
                    let start = p.partition_point(|&j| j as usize <= i);
                    seen.extend_from_slice(p.get(start..).unwrap_or(&[]));
                }
            }
            seen.sort_unstable();
            seen.dedup();
            seen.into_iter()
                .filter_map(|j| {
                    let j = j as usize;
                    let s = vectors.get(i)?.cosine(vectors.get(j)?);
                    (s > floor).then_some((i, j, s))
                })
                .collect::<Vec<_>>()
        })
        .flatten()
        .collect()
}

/// One heap entry: a cluster pair with its average similarity and the sizes it was computed
/// for (stale when the sizes changed).
#[derive(Debug, PartialEq)]
struct Entry {
    avg: f64,
    a: usize,
    b: usize,
    sizes: (usize, usize),
}

impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.avg
            .total_cmp(&other.avg)
            .then_with(|| Reverse((self.a, self.b)).cmp(&Reverse((other.a, other.b))))
    }
}

/// Groups `n` items by average linkage over `pairs` (`(i, j, similarity)`, `i < j`), merging
/// while the best average is at least `threshold`. Returns groups of item indexes, each
/// ascending, ordered by their first item; an item in no pair is a group of one.
pub fn average_linkage(n: usize, pairs: &[(usize, usize, f32)], threshold: f64) -> Vec<Vec<usize>> {
    average_linkage_with(n, pairs, threshold, 0.0)
}

/// Size from which both clusters of a pair must pass the cohesion test of
/// [`average_linkage_with`]; smaller groups join on the threshold alone (a small group's inside
/// average says little, and one pair of near copies would otherwise keep every later member out).
pub const COHESION_MIN_SIZE: usize = 4;

/// [`average_linkage`] that also refuses to merge two clusters of at least
/// [`COHESION_MIN_SIZE`] items when their average similarity is below `cohesion` times the
/// average similarity inside either of them: two tight groups that are much less alike than
/// each is inside stay apart.
pub fn average_linkage_with(
    n: usize,
    pairs: &[(usize, usize, f32)],
    threshold: f64,
    cohesion: f64,
) -> Vec<Vec<usize>> {
    // Cluster c (named by its lowest item) has members[c] and sums[c][d] = total similarity to d.
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    // Total similarity of the pairs inside each cluster.
    let mut inside: Vec<f64> = vec![0.0; n];
    let inner = |inside: &[f64], members: &[Vec<usize>], c: usize| {
        let k = members[c].len();
        (k >= 2).then(|| inside[c] / (k * (k - 1) / 2) as f64)
    };
    let mut sums: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); n];
    for &(i, j, s) in pairs {
        if i == j || i >= n || j >= n {
            continue;
        }
        *sums[i].entry(j).or_default() += f64::from(s);
        *sums[j].entry(i).or_default() += f64::from(s);
    }
    let mut heap = BinaryHeap::new();
    for (a, row) in sums.iter().enumerate() {
        for (&b, &s) in row.range(a + 1..) {
            if s >= threshold {
                heap.push(Entry {
                    avg: s,
                    a,
                    b,
                    sizes: (1, 1),
                });
            }
        }
    }
    while let Some(e) = heap.pop() {
        if e.avg < threshold {
            break;
        }
        let (a, b) = (e.a, e.b);
        let live = |c: usize| members.get(c).is_some_and(|m| !m.is_empty());
        if !live(a) || !live(b) || (members[a].len(), members[b].len()) != e.sizes {
            continue;
        }
        let both_big = e.sizes.0 >= COHESION_MIN_SIZE && e.sizes.1 >= COHESION_MIN_SIZE;
        let too_loose = both_big
            && [a, b]
                .iter()
                .any(|&c| inner(&inside, &members, c).is_some_and(|v| e.avg < cohesion * v));
        if too_loose {
            continue;
        }
        let cross = e.avg * (e.sizes.0 * e.sizes.1) as f64;
        inside[a] += inside[b] + cross;
        inside[b] = 0.0;
        // Merge b into a (a < b): a keeps the lowest item as its name.
        let moved = std::mem::take(&mut members[b]);
        members[a].extend(moved);
        members[a].sort_unstable();
        let row_b = std::mem::take(&mut sums[b]);
        sums[a].remove(&b);
        for (c, s) in row_b {
            if c == a {
                continue;
            }
            *sums[a].entry(c).or_default() += s;
            if let Some(row_c) = sums.get_mut(c) {
                row_c.remove(&b);
                *row_c.entry(a).or_default() += s;
            }
        }
        let size_a = members[a].len();
        for (&c, &s) in &sums[a] {
            let size_c = members[c].len();
            let avg = s / (size_a * size_c) as f64;
            if avg >= threshold {
                let (x, y, sizes) = if a < c {
                    (a, c, (size_a, size_c))
                } else {
                    (c, a, (size_c, size_a))
                };
                heap.push(Entry {
                    avg,
                    a: x,
                    b: y,
                    sizes,
                });
            }
        }
    }
    members.into_iter().filter(|m| !m.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_linkage_joins_close_items_and_keeps_loose_ones_apart() {
        // 0-1 close, 2 close to 1 only a little, 3 alone.
        let pairs = [(0, 1, 0.9), (1, 2, 0.5), (0, 2, 0.1)];
        assert_eq!(
            average_linkage(4, &pairs, 0.4),
            vec![vec![0, 1], vec![2], vec![3]]
        );
        assert_eq!(
            average_linkage(4, &pairs, 0.25),
            vec![vec![0, 1, 2], vec![3]]
        );
        assert_eq!(average_linkage(0, &[], 0.3), Vec::<Vec<usize>>::new());
    }

    #[test]
    fn a_chain_does_not_merge_under_average_linkage() {
        // 0-1-2-3 each 0.6 to the next only: single linkage would chain all four.
        let pairs = [(0, 1, 0.6), (1, 2, 0.6), (2, 3, 0.6)];
        let groups = average_linkage(4, &pairs, 0.5);
        assert_eq!(groups, vec![vec![0, 1], vec![2, 3]]);
    }
}
