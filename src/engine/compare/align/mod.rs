//! Alignment for reading: rows of paragraphs across all sources for the side-by-side view,
//! keeping each source's order where possible and marking moved material.
//!
//! Progressive alignment: the rows start as the first source's paragraphs; each further source is
//! laid against the rows built so far. A paragraph's affinity to a row is the number of its
//! sentences that have a counterpart in the row (a sentence match either way, or the same claim).
//! The heaviest order-preserving set of (row, paragraph) pairs is kept (a heaviest common
//! subsequence, found with a max-Fenwick tree over candidate pairs, so the cost follows the
//! number of links rather than rows × paragraphs). Every other paragraph gets a row of its own at
//! its place in its source's order; it is marked `moved` when it has counterparts but all of them
//! sit elsewhere, out of order. Sources are taken in the engine's canonical order, so the rows
//! do not depend on the order the sources were given in.

use crate::engine::Findings;
use crate::findings::AlignmentRow;
use crate::model::{Article, SentenceRef};
use std::collections::{BTreeMap, BTreeSet};

/// Aligns paragraphs across sources: every paragraph of every source appears in exactly one row,
/// each source's paragraphs in their order down the rows.
pub fn paragraphs(articles: &[Article], findings: &Findings) -> Vec<AlignmentRow> {
    let n = articles.len();
    let Some(first) = articles.first() else {
        return Vec::new();
    };
    let incoming = incoming_matches(articles, findings);
    let mut layout = Layout {
        rows: Vec::new(),
        order: Vec::new(),
        row_of: articles
            .iter()
            .map(|a| vec![None; a.paragraphs.len()])
            .collect(),
        claim_rows: BTreeMap::new(),
    };
    for p in 0..first.paragraphs.len() {
        let id = layout.new_row(0, p, false, findings);
        layout.order.push(id);
    }
    for t in 1..n {
        layout.add_source(t, articles, findings, &incoming);
    }
    layout
        .order
        .iter()
        .filter_map(|&id| layout.rows.get(id))
        .map(|row| {
            let mut out = AlignmentRow {
                paragraphs: vec![None; n],
                moved: vec![false; n],
            };
            for &(s, p, moved) in &row.members {
                if let (Some(slot), Some(m)) = (out.paragraphs.get_mut(s), out.moved.get_mut(s)) {
                    *slot = Some(p);
                    *m = moved;
                }
            }
            out
        })
        .collect()
}

/// A row under construction: its paragraphs (source, paragraph, moved) and their claims.
struct Row {
    members: Vec<(usize, usize, bool)>,
    claims: BTreeSet<usize>,
}

/// The rows built so far. Rows have stable ids (indexes into `rows`); `order` is the display
/// order of the ids.
struct Layout {
    rows: Vec<Row>,
    order: Vec<usize>,
    /// `row_of[source][paragraph]`: the row id holding that paragraph, once placed.
    row_of: Vec<Vec<Option<usize>>>,
    /// Claim id → rows (ids) carrying a sentence of that claim.
    claim_rows: BTreeMap<usize, Vec<usize>>,
}

impl Layout {
    /// Creates a row holding paragraph `p` of source `s`; returns its id (not yet in `order`).
    fn new_row(&mut self, s: usize, p: usize, moved: bool, findings: &Findings) -> usize {
        let id = self.rows.len();
        self.rows.push(Row {
            members: Vec::new(),
            claims: BTreeSet::new(),
        });
        self.put(id, s, p, moved, findings);
        id
    }

    /// Places paragraph `p` of source `s` in row `id`.
    fn put(&mut self, id: usize, s: usize, p: usize, moved: bool, findings: &Findings) {
        let Some(row) = self.rows.get_mut(id) else {
            return;
        };
        row.members.push((s, p, moved));
        if let Some(slot) = self.row_of.get_mut(s).and_then(|x| x.get_mut(p)) {
            *slot = Some(id);
        }
        let sentences = findings.get(s).and_then(|x| x.get(p));
        for c in sentences.into_iter().flatten().filter_map(|f| f.claim) {
            if row.claims.insert(c) {
                self.claim_rows.entry(c).or_default().push(id);
            }
        }
    }

    /// Lays source `t` against the rows (which hold sources `0..t`).
    fn add_source(
        &mut self,
        t: usize,
        articles: &[Article],
        findings: &Findings,
        incoming: &Incoming,
    ) {
        let count = articles.get(t).map_or(0, |a| a.paragraphs.len());
        let mut position = vec![0; self.rows.len()];
        for (i, &id) in self.order.iter().enumerate() {
            if let Some(slot) = position.get_mut(id) {
                *slot = i;
            }
        }
        let affinity = self.affinities(&position, t, count, findings, incoming);
        let chain = heaviest_chain(&affinity, count);
        let anchor: BTreeMap<usize, usize> = chain.iter().map(|&(r, q)| (q, r)).collect();

        let old = std::mem::take(&mut self.order);
        let mut out = Vec::with_capacity(old.len() + count);
        let mut rows = old.into_iter().enumerate().peekable();
        for q in 0..count {
            if let Some(&r) = anchor.get(&q) {
                // Rows before the anchor stay as they are; the anchor row takes paragraph q.
                while let Some((_, id)) = rows.next_if(|(i, _)| *i < r) {
                    out.push(id);
                }
                if let Some((_, id)) = rows.next_if(|(i, _)| *i == r) {
                    self.put(id, t, q, false, findings);
                    out.push(id);
                }
                continue;
            }
            // Unanchored: a row of its own just before the next anchor row. Moved when it has
            // counterparts but none between the anchors around it.
            let prev = anchor.range(..q).next_back().map(|(_, &r)| r);
            let next = anchor.range(q..).next().map(|(_, &r)| r);
            while let Some((_, id)) = rows.next_if(|(i, _)| next.is_none_or(|r| *i < r)) {
                out.push(id);
            }
            let counterparts = affinity.get(q).map(|m| m.keys()).into_iter().flatten();
            let in_place = counterparts
                .clone()
                .any(|&r| prev.is_none_or(|lo| r >= lo) && next.is_none_or(|hi| r <= hi));
            let moved = counterparts.count() > 0 && !in_place;
            out.push(self.new_row(t, q, moved, findings));
        }
        out.extend(rows.map(|(_, id)| id));
        self.order = out;
    }

    /// Per paragraph of source `t`: row position → number of its sentences with a counterpart
    /// in that row.
    fn affinities(
        &self,
        position: &[usize],
        t: usize,
        count: usize,
        findings: &Findings,
        incoming: &Incoming,
    ) -> Vec<BTreeMap<usize, u64>> {
        let row_at = |r: SentenceRef| {
            let id = self.row_of.get(r.source)?.get(r.paragraph).copied()??;
            position.get(id).copied()
        };
        let none = Vec::new();
        (0..count)
            .map(|q| {
                let mut weights: BTreeMap<usize, u64> = BTreeMap::new();
                let sentences = findings.get(t).and_then(|x| x.get(q));
                for (j, f) in sentences.into_iter().flatten().enumerate() {
                    let into = incoming
                        .get(t)
                        .and_then(|x| x.get(q))
                        .and_then(|x| x.get(j))
                        .unwrap_or(&none);
                    let mut hit: BTreeSet<usize> = f
                        .matches
                        .iter()
                        .map(|m| m.sentence)
                        .chain(into.iter().copied())
                        .filter(|r| r.source != t)
                        .filter_map(row_at)
                        .collect();
                    if let Some(ids) = f.claim.and_then(|c| self.claim_rows.get(&c)) {
                        hit.extend(ids.iter().filter_map(|&id| position.get(id).copied()));
                    }
                    for r in hit {
                        *weights.entry(r).or_default() += 1;
                    }
                }
                weights
            })
            .collect()
    }
}

/// Per sentence (`[source][paragraph][sentence]`), the sentences of other sources that list it
/// among their matches.
type Incoming = Vec<Vec<Vec<Vec<SentenceRef>>>>;

fn incoming_matches(articles: &[Article], findings: &Findings) -> Incoming {
    let mut incoming: Incoming = articles
        .iter()
        .map(|a| {
            a.paragraphs
                .iter()
                .map(|p| vec![Vec::new(); p.sentences.len()])
                .collect()
        })
        .collect();
    for (source, paragraphs) in findings.iter().enumerate() {
        for (paragraph, sentences) in paragraphs.iter().enumerate() {
            for (sentence, f) in sentences.iter().enumerate() {
                let me = SentenceRef {
                    source,
                    paragraph,
                    sentence,
                };
                for m in &f.matches {
                    let r = m.sentence;
                    if let Some(list) = incoming
                        .get_mut(r.source)
                        .and_then(|x| x.get_mut(r.paragraph))
                        .and_then(|x| x.get_mut(r.sentence))
                    {
                        list.push(me);
                    }
                }
            }
        }
    }
    incoming
}

/// The heaviest set of (row, paragraph) pairs strictly increasing in both, from the candidate
/// weights; returned in increasing order.
fn heaviest_chain(affinity: &[BTreeMap<usize, u64>], count: usize) -> Vec<(usize, usize)> {
    let mut cands: Vec<(usize, usize, u64)> = affinity
        .iter()
        .enumerate()
        .flat_map(|(q, m)| m.iter().map(move |(&r, &w)| (r, q, w)))
        .filter(|c| c.2 > 0)
        .collect();
    cands.sort_unstable();
    let mut tree = MaxTree::new(count);
    let mut best: Vec<(u64, Option<usize>)> = vec![(0, None); cands.len()];
    let mut start = 0;
    while start < cands.len() {
        let r = cands.get(start).map_or(0, |c| c.0);
        let end = start + cands.iter().skip(start).take_while(|c| c.0 == r).count();
        // Same row: no chaining among these, so query all before updating any.
        for (i, &(_, q, w)) in cands.iter().enumerate().take(end).skip(start) {
            let (v, prev) = tree.prefix_max(q);
            if let Some(slot) = best.get_mut(i) {
                *slot = (v + w, prev);
            }
        }
        for (i, &(_, q, _)) in cands.iter().enumerate().take(end).skip(start) {
            if let Some(&(v, _)) = best.get(i) {
                tree.update(q, v, i);
            }
        }
        start = end;
    }
    let mut end = None;
    let mut top = 0;
    for (i, &(v, _)) in best.iter().enumerate() {
        if v > top {
            top = v;
            end = Some(i);
        }
    }
    let mut chain = Vec::new();
    while let Some(i) = end {
        if let Some(&(r, q, _)) = cands.get(i) {
            chain.push((r, q));
        }
        end = best.get(i).and_then(|b| b.1);
    }
    chain.reverse();
    chain
}

/// Fenwick tree of prefix maxima over paragraph positions, remembering which candidate gave each.
struct MaxTree {
    tree: Vec<(u64, Option<usize>)>,
}

impl MaxTree {
    fn new(len: usize) -> Self {
        Self {
            tree: vec![(0, None); len + 1],
        }
    }

    /// Best value among positions strictly before `q`.
    fn prefix_max(&self, q: usize) -> (u64, Option<usize>) {
        let mut best = (0, None);
        let mut i = q;
        while i > 0 {
            if let Some(&v) = self.tree.get(i)
                && v.0 > best.0
            {
                best = v;
            }
            i &= i - 1;
        }
        best
    }

    /// Records `value` (from candidate `cand`) at position `q`.
    fn update(&mut self, q: usize, value: u64, cand: usize) {
        let mut i = q + 1;
        while let Some(slot) = self.tree.get_mut(i) {
            if value > slot.0 {
                *slot = (value, Some(cand));
            }
            i += i & i.wrapping_neg();
        }
    }
}

#[cfg(test)]
mod tests;
