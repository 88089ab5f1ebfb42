//! What only one source reports, each sentence once: the only-here sentences that state a
//! claim, each with the names, numbers, dates and quotations only that source carries in it;
//! those atoms that sit in sentences others share, apart; and the notable only-here claims the
//! overview names.

use crate::findings::{Analysis, AtomKind, is_confirmed, is_fragment, sentence_refs};
use crate::model::SentenceRef;
use std::collections::BTreeMap;

/// An atom only one source reports, with the sentence it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UniqueAtom {
    /// What kind of fact it is.
    pub kind: AtomKind,
    /// Its text.
    pub text: String,
    /// The sentence it is listed with (its first mention in a listed claim, else its first).
    pub sentence: SentenceRef,
}

/// An only-here sentence that states a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UniqueClaim {
    /// The sentence.
    pub sentence: SentenceRef,
    /// The atoms only this source carries whose first mention here is in it, in text order.
    pub atoms: Vec<UniqueAtom>,
}

/// What only one source reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UniqueFacts {
    /// 0-based source index.
    pub source: usize,
    /// Every sentence whose claim no other source states, in reading order, fragments included.
    pub sentences: Vec<SentenceRef>,
    /// The ones of [`Self::sentences`] that state a claim (see
    /// [`crate::findings::is_fragment`]), with their atoms: what the reports list.
    pub claims: Vec<UniqueClaim>,
    /// Atoms only this source carries that are in no listed claim (in sentences others share,
    /// or in fragments), in reading order.
    pub in_shared: Vec<UniqueAtom>,
}

impl UniqueFacts {
    /// Only-here sentences not listed because they state no claim.
    pub fn fragments(&self) -> usize {
        self.sentences.len().saturating_sub(self.claims.len())
    }

    /// True when the source reports nothing alone.
    pub fn is_empty(&self) -> bool {
        self.claims.is_empty() && self.in_shared.is_empty()
    }
}

pub(super) fn unique(analysis: &Analysis) -> Vec<UniqueFacts> {
    (0..analysis.articles.len())
        .map(|source| facts(analysis, source))
        .collect()
}

fn facts(analysis: &Analysis, source: usize) -> UniqueFacts {
    let sentences: Vec<SentenceRef> = sentence_refs(analysis, source)
        .into_iter()
        .filter(|r| !is_confirmed(analysis, *r))
        .collect();
    let mut claims: Vec<UniqueClaim> = sentences
        .iter()
        .filter(|r| !is_fragment(analysis, **r))
        .map(|&sentence| UniqueClaim {
            sentence,
            atoms: Vec::new(),
        })
        .collect();
    let listed: BTreeMap<SentenceRef, usize> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.sentence, i))
        .collect();
    // (sentence, start of the mention) orders atoms in reading order.
    let mut placed: Vec<(usize, SentenceRef, usize, UniqueAtom)> = Vec::new();
    let mut in_shared: Vec<(SentenceRef, usize, UniqueAtom)> = Vec::new();
    for atom in analysis.atoms.iter().filter(|a| a.sources == [source]) {
        let mentions: Vec<_> = atom
            .mentions
            .iter()
            .filter(|m| m.sentence.source == source)
            .collect();
        let home = mentions
            .iter()
            .find_map(|m| listed.get(&m.sentence).map(|&i| (i, *m)));
        match (home, mentions.first()) {
            (Some((i, m)), _) => placed.push((
                i,
                m.sentence,
                m.span.start,
                UniqueAtom {
                    kind: atom.kind,
                    text: atom.text.clone(),
                    sentence: m.sentence,
                },
            )),
            (None, Some(m)) => in_shared.push((
                m.sentence,
                m.span.start,
                UniqueAtom {
                    kind: atom.kind,
                    text: atom.text.clone(),
                    sentence: m.sentence,
                },
            )),
            (None, None) => {}
        }
    }
    placed.sort_by(|a, b| (a.0, a.1, a.2, &a.3.text).cmp(&(b.0, b.1, b.2, &b.3.text)));
    for (i, _, _, atom) in placed {
        if let Some(c) = claims.get_mut(i) {
            c.atoms.push(atom);
        }
    }
    in_shared.sort_by(|a, b| (a.0, a.1, &a.2.text).cmp(&(b.0, b.1, &b.2.text)));
    UniqueFacts {
        source,
        sentences,
        claims,
        in_shared: in_shared.into_iter().map(|(_, _, a)| a).collect(),
    }
}

/// The only-here claims with the most atoms of their own (at least one): the most first, ties
/// in source then reading order; at most `per_source` from one source and `most` in all.
pub(super) fn notable(
    unique: &[UniqueFacts],
    most: usize,
    per_source: usize,
) -> Vec<(SentenceRef, usize)> {
    let mut candidates: Vec<(SentenceRef, usize)> = unique
        .iter()
        .flat_map(|u| u.claims.iter())
        .filter(|c| !c.atoms.is_empty())
        .map(|c| (c.sentence, c.atoms.len()))
        .collect();
    candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for (r, n) in candidates {
        let count = taken.entry(r.source).or_default();
        if *count >= per_source {
            continue;
        }
        *count += 1;
        out.push((r, n));
        if out.len() >= most {
            break;
        }
    }
    out
}
