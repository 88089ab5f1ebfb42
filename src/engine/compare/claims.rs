//! Groups matched sentences across sources into claims, without chaining drift, and records
//! each sentence's claim and support.
//!
//! Method: agglomerative grouping over the matching pairs, strongest pair first (ties by
//! position, so the result is deterministic). Two groups merge only when they share no source
//! (at most one sentence per source per claim) and, in the merged group, every member matches
//! (scores at or above the threshold with) more than half of the other members, so A~B and B~C
//! never glue an unrelated A and C into a group of three, and larger groups tolerate only a
//! minority of missing links. Every sentence ends in exactly one claim; unmatched sentences form
//! single-source claims.
//!
//! A sentence's support is its claim's sources and the sources of its own matches: a sentence
//! whose counterpart went into another claim (its source already had a member there, or the
//! group would not stay cohesive) is still stated by that counterpart's source, so it is never
//! reported as found in one source only. Only direct matches count, one hop, so support does
//! not drift along chains either.
//!
//! Some sentences state no claim and take part in none ([`can_state_a_claim`]): a wordless
//! fragment (`1.`, `...`) and a short heading or lead-in ending in a colon (`Key points:`),
//! which unrelated articles share word for word.

use crate::engine::Findings;
use crate::engine::matching::Corpus;
use crate::engine::matching::similarity::Prepared;
use crate::findings::Claim;
use crate::model::Article;
use std::collections::{BTreeSet, HashSet};

/// Most words a heading or lead-in ending in a colon has (`Key points:`, `What we know so
/// far:`); a longer sentence ending in a colon can carry a claim of its own.
const HEADING_MAX_WORDS: usize = 5;

/// True when a sentence can state a claim: it has a content word (a word that is neither a
/// function word nor a number: `1.` and `2)` have none) and it is not a short heading or
/// lead-in ending in a colon.
pub fn can_state_a_claim(text: &str, prepared: &Prepared) -> bool {
    let content = prepared
        .terms
        .iter()
        .any(|t| !t.implied && !t.stop && !t.number && t.key.chars().any(char::is_alphabetic));
    let heading =
        text.trim_end().ends_with(':') && text.split_whitespace().count() <= HEADING_MAX_WORDS;
    content && !heading
}

/// The pairs (corpus indexes, as [`Corpus::scored_pairs`] gives them) whose sentences can both
/// state a claim ([`can_state_a_claim`]); the rest match nothing.
pub fn claimable_pairs(
    articles: &[Article],
    corpus: &Corpus,
    pairs: Vec<(usize, usize, f32)>,
) -> Vec<(usize, usize, f32)> {
    let able: Vec<bool> = corpus
        .refs
        .iter()
        .zip(&corpus.prepared)
        .map(|(r, p)| {
            let text = articles
                .get(r.source)
                .map_or("", |a| a.sentence_text(r.paragraph, r.sentence));
            can_state_a_claim(text, p)
        })
        .collect();
    let ok = |i: usize| able.get(i).copied().unwrap_or(false);
    pairs
        .into_iter()
        .filter(|&(i, j, _)| ok(i) && ok(j))
        .collect()
}

/// Clusters sentences into claims, sets `claim` on every sentence's findings, and sets
/// `support` to the sources of that claim and of the sentence's own matches.
pub fn cluster(
    _articles: &[Article],
    corpus: &Corpus,
    pairs: &[(usize, usize, f32)],
    findings: &mut Findings,
) -> Vec<Claim> {
    let n = corpus.refs.len();
    let linked: HashSet<(usize, usize)> = pairs.iter().map(|&(i, j, _)| (i, j)).collect();
    let is_linked = |a: usize, b: usize| linked.contains(&(a.min(b), a.max(b)));

    // Group of each sentence, members and sources of each group, links inside per sentence.
    let mut group_of: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut sources: Vec<BTreeSet<usize>> = corpus
        .refs
        .iter()
        .map(|r| BTreeSet::from([r.source]))
        .collect();
    let mut inner_links: Vec<usize> = vec![0; n];
    // Version of each group, so a failed merge is not retried until one side changes.
    let mut version: Vec<u64> = vec![0; n];
    let mut failed: HashSet<(usize, u64, usize, u64)> = HashSet::new();

    let mut order: Vec<&(usize, usize, f32)> = pairs.iter().collect();
    order.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));

    for &&(i, j, _) in &order {
        let (Some(&gi), Some(&gj)) = (group_of.get(i), group_of.get(j)) else {
            continue;
        };
        if gi == gj {
            continue;
        }
        let (ga, gb) = (gi.min(gj), gi.max(gj));
        let key = (ga, version[ga], gb, version[gb]);
        if failed.contains(&key) {
            continue;
        }
        if !sources[ga].is_disjoint(&sources[gb]) {
            failed.insert(key);
            continue;
        }
        // Links across the two groups, per member.
        let mut cross: Vec<(usize, usize)> = Vec::new();
        for &x in members[ga].iter().chain(members[gb].iter()) {
            let other = if group_of[x] == ga {
                &members[gb]
            } else {
                &members[ga]
            };
            let c = other.iter().filter(|&&y| is_linked(x, y)).count();
            cross.push((x, c));
        }
        let size = members[ga].len() + members[gb].len();
        let cohesive = cross
            .iter()
            .all(|&(x, c)| 2 * (inner_links[x] + c) > size - 1);
        if !cohesive {
            failed.insert(key);
            continue;
        }
        for (x, c) in cross {
            inner_links[x] += c;
        }
        let moved = std::mem::take(&mut members[gb]);
        for &x in &moved {
            group_of[x] = ga;
        }
        members[ga].extend(moved);
        let moved_sources = std::mem::take(&mut sources[gb]);
        sources[ga].extend(moved_sources);
        version[ga] += 1;
        version[gb] += 1;
    }

    // Claims in order of their first sentence.
    let mut groups: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for g in &mut groups {
        g.sort_by_key(|&x| corpus.refs.get(x).copied());
    }
    groups.sort_by_key(|g| g.first().and_then(|&x| corpus.refs.get(x).copied()));

    let mut claims = Vec::with_capacity(groups.len());
    for (index, g) in groups.iter().enumerate() {
        let sentences: Vec<_> = g
            .iter()
            .filter_map(|&x| corpus.refs.get(x).copied())
            .collect();
        let mut claim_sources: Vec<usize> = sentences.iter().map(|r| r.source).collect();
        claim_sources.sort_unstable();
        claim_sources.dedup();
        for r in &sentences {
            if let Some(f) = findings
                .get_mut(r.source)
                .and_then(|p| p.get_mut(r.paragraph))
                .and_then(|s| s.get_mut(r.sentence))
            {
                f.claim = Some(index);
                let mut support = claim_sources.clone();
                support.extend(f.matches.iter().map(|m| m.sentence.source));
                support.sort_unstable();
                support.dedup();
                f.support = support;
            }
        }
        claims.push(Claim {
            sentences,
            sources: claim_sources,
        });
    }
    claims
}
