//! Named entities (people, organisations, places) with variants unified into one key.
//!
//! How names are found, in one sentence at a time ([`candidates`] in `entity_runs`):
//! capitalisation runs, joined by connectors inside names (`Ursula von der Leyen`, `Ministry of
//! Foreign Affairs`); titles mark people and are cut off (`Russian Foreign Minister Sergey
//! Lavrov` → `Russian` + person `Sergey Lavrov`; `leader Kim Jong Un` → person); organisation
//! words (`Agency`, `Ministry`, `News`…) mark organisations; the gazetteer
//! ([`crate::engine::lexicon::gazetteer`]) knows countries, capitals, regions, demonyms and some organisations;
//! acronyms are names, and `Korean Central News Agency (KCNA)` makes `KCNA` a variant of the
//! expansion; possessives are cut (`Putin's` → `Putin`). A capitalised word that only opens a
//! sentence is not taken as a name unless it is known as one elsewhere in the article (or, after
//! [`unify`], in another article).
//!
//! How variants become one key: [`fold_name`] (case, diacritics, hyphen/space, transliteration),
//! gazetteer aliases (`U.S.` = `US` = `United States`), acronym expansions, forms of one
//! person's name (middle initials, short given names: `people`), and a surname or
//! family name alone resolved to the one full name with that word seen in the same article
//! ([`ArticleEntities`]), or, when unambiguous, in any article ([`unify`]).
//!
//! Demonyms (`Russian`, `North Korean`) are reported as mentions of their place with
//! `demonym: true`: useful to similarity, left out of atoms (they qualify, they do not name).
//!
//! API for other stages: [`mentions`] for a piece of text, [`ArticleEntities::new`] per article
//! (then [`unify`] across articles), [`ArticleEntities::sentence`] for one sentence's mentions.

use crate::engine::extract::entity_runs::{Candidate, Strength, candidates};
pub use crate::engine::lexicon::names::fold_name;
use crate::findings::AtomKind;
use crate::model::{Article, Span};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// One mention of a named entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    /// Byte range of the name as written (possessive `'s` and titles excluded).
    pub span: Span,
    /// The name as written.
    pub surface: String,
    /// Unified key: mentions with the same key name the same entity.
    pub key: String,
    /// Person, organisation, place, or other.
    pub kind: AtomKind,
    /// True for a demonym or adjective of a place (`Russian`), false for the name itself.
    pub demonym: bool,
}

/// Entities of one article: mentions per sentence, with names resolved within the article.
#[derive(Debug, Clone, Default)]
pub struct ArticleEntities {
    /// Mentions indexed `[paragraph][sentence]`.
    sentences: Vec<Vec<Vec<EntityMention>>>,
    /// Sentence-initial words not (yet) known as names, kept for [`unify`].
    pending: Vec<(usize, usize, Candidate)>,
}

/// Finds the entities of a piece of text (one or more sentences) and resolves names within it
/// as within one article. Spans are relative to `text`.
pub fn mentions(text: &str) -> Vec<EntityMention> {
    let cands = vec![(0, 0, candidates(text, 0))];
    let mut ents = ArticleEntities::from_candidates(cands, 1, &[1]);
    ents.sentences
        .pop()
        .and_then(|mut p| p.pop())
        .unwrap_or_default()
}

impl ArticleEntities {
    /// Finds and resolves the entities of every sentence of `article`.
    pub fn new(article: &Article) -> Self {
        let mut cands = Vec::new();
        for (pi, si, s) in article.sentences() {
            let text = s.span.slice(&article.text);
            cands.push((pi, si, candidates(text, s.span.start)));
        }
        let shape: Vec<usize> = article
            .paragraphs
            .iter()
            .map(|p| p.sentences.len())
            .collect();
        Self::from_candidates(cands, article.paragraphs.len(), &shape)
    }

    /// The mentions in one sentence (empty when out of range), in reading order.
    pub fn sentence(&self, paragraph: usize, sentence: usize) -> &[EntityMention] {
        self.sentences
            .get(paragraph)
            .and_then(|p| p.get(sentence))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Every mention with its paragraph and sentence index, in reading order.
    pub fn all(&self) -> impl Iterator<Item = (usize, usize, &EntityMention)> {
        self.sentences.iter().enumerate().flat_map(|(pi, p)| {
            p.iter()
                .enumerate()
                .flat_map(move |(si, s)| s.iter().map(move |m| (pi, si, m)))
        })
    }

    fn from_candidates(
        cands: Vec<(usize, usize, Vec<Candidate>)>,
        paragraphs: usize,
        shape: &[usize],
    ) -> Self {
        let mut flat: Vec<(usize, usize, Candidate)> = cands
            .into_iter()
            .flat_map(|(p, s, v)| v.into_iter().map(move |c| (p, s, c)))
            .collect();
        apply_aliases(flat.iter_mut().map(|(_, _, c)| c));
        let people = people::aliases(
            flat.iter()
                .filter(|(_, _, c)| !c.tentative && !c.acronym)
                .map(|(_, _, c)| (c.key.as_str(), c.kind, 0)),
        );
        for (_, _, c) in &mut flat {
            if let Some(k) = people.get(&c.key) {
                c.key = k.clone();
            }
        }
        let known: BTreeSet<String> = flat
            .iter()
            .filter(|(_, _, c)| !c.tentative)
            .map(|(_, _, c)| c.key.clone())
            .collect();
        let names = FullNames::from(flat.iter().map(|(_, _, c)| c));
        let mut kept = Vec::new();
        let mut pending = Vec::new();
        for (p, s, mut c) in flat {
            names.resolve(&mut c);
            if c.tentative && !known.contains(&c.key) {
                pending.push((p, s, c));
            } else {
                kept.push((p, s, c));
            }
        }
        let kinds = best_kinds(kept.iter().map(|(_, _, c)| c));
        let mut sentences: Vec<Vec<Vec<EntityMention>>> = (0..paragraphs)
            .map(|p| vec![Vec::new(); shape.get(p).copied().unwrap_or(0)])
            .collect();
        for (p, s, c) in kept {
            if let Some(slot) = sentences.get_mut(p).and_then(|v| v.get_mut(s)) {
                slot.push(c.into_mention(&kinds));
            }
        }
        for p in &mut sentences {
            for s in p {
                s.sort_by_key(|m| m.span);
            }
        }
        Self { sentences, pending }
    }
}

/// Entities of every article (found in parallel, kept in article order), unified across the
/// articles with [`unify`]: what atoms and conflicts both start from.
pub fn unified(articles: &[Article]) -> Vec<ArticleEntities> {
    let mut ents: Vec<ArticleEntities> = articles.par_iter().map(ArticleEntities::new).collect();
    unify(&mut ents);
    ents
}

/// Resolves names across articles: a sentence-initial word known as a name in another article
/// becomes a mention; a lone surname matching exactly one full name over all articles takes
/// its key; each key gets one kind everywhere (the strongest evidence wins).
pub fn unify(articles: &mut [ArticleEntities]) {
    // Forms of one person's name across articles (`Bob Smith` here, `Robert F. Smith` there).
    let people = people::aliases(
        articles
            .iter()
            .enumerate()
            .flat_map(|(i, a)| a.all().map(move |(_, _, m)| (m.key.as_str(), m.kind, i)))
            .collect::<Vec<_>>()
            .into_iter(),
    );
    for a in articles.iter_mut() {
        for m in a.sentences.iter_mut().flatten().flatten() {
            if let Some(k) = people.get(&m.key) {
                m.key = k.clone();
            }
        }
    }
    let mut all: Vec<Candidate> = Vec::new();
    for a in articles.iter() {
        for (_, _, m) in a.all() {
            all.push(Candidate::from_mention(m));
        }
    }
    let known: BTreeSet<String> = all.iter().map(|c| c.key.clone()).collect();
    let names = FullNames::from(all.iter());
    for a in articles.iter_mut() {
        for (p, s, mut c) in std::mem::take(&mut a.pending) {
            names.resolve(&mut c);
            if known.contains(&c.key) {
                c.tentative = false;
                if let Some(slot) = a.sentences.get_mut(p).and_then(|v| v.get_mut(s)) {
                    slot.push(c.into_mention(&BTreeMap::new()));
                    slot.sort_by_key(|m| m.span);
                }
            }
        }
        for p in &mut a.sentences {
            for s in p {
                for m in s {
                    let mut c = Candidate::from_mention(m);
                    if names.resolve(&mut c) {
                        m.key = c.key;
                    }
                }
            }
        }
    }
    // An acronym expanded in one article (`KCNA` → Korean Central News Agency) is that
    // expansion in every article.
    let mut acronyms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for a in articles.iter() {
        for (_, _, m) in a.all() {
            if !crate::engine::extract::entity_runs::is_acronym(&m.surface) {
                continue;
            }
            let own = fold_name(&m.surface);
            if m.key != own {
                acronyms.entry(own).or_default().insert(m.key.clone());
            }
        }
    }
    for a in articles.iter_mut() {
        for p in &mut a.sentences {
            for s in p {
                for m in s {
                    if let Some(set) = acronyms.get(&m.key)
                        && set.len() == 1
                        && let Some(k) = set.iter().next()
                    {
                        m.key = k.clone();
                    }
                }
            }
        }
    }
    let mut every: Vec<Candidate> = Vec::new();
    for a in articles.iter() {
        for (_, _, m) in a.all() {
            every.push(Candidate::from_mention(m));
        }
    }
    let kinds = best_kinds(every.iter());
    for a in articles.iter_mut() {
        for p in &mut a.sentences {
            for s in p {
                for m in s {
                    if let Some(&(k, _)) = kinds.get(&m.key) {
                        m.kind = k;
                    }
                }
            }
        }
    }
}

/// Replaces acronym keys by the key of their expansion (`KCNA` → `korean central news agency`).
fn apply_aliases<'a>(cands: impl Iterator<Item = &'a mut Candidate>) {
    let mut cands: Vec<&mut Candidate> = cands.collect();
    let mut alias: BTreeMap<String, (String, AtomKind)> = BTreeMap::new();
    for c in cands.iter() {
        if let Some(exp) = &c.alias_of {
            alias.insert(c.key.clone(), (exp.clone(), c.kind));
        }
    }
    for c in cands.iter_mut() {
        if let Some((k, kind)) = alias.get(&c.key) {
            c.key = k.clone();
            if *kind != AtomKind::Other {
                c.kind = *kind;
            }
        }
    }
}

/// Rank of a candidate's kind evidence: higher wins when mentions of one key disagree.
fn rank(kind: AtomKind, strength: Strength) -> u8 {
    match (kind, strength) {
        (AtomKind::Person, Strength::Strong) => 6,
        (AtomKind::Organization, Strength::Strong) => 5,
        (AtomKind::Place, Strength::Strong) => 4,
        (AtomKind::Organization, _) => 3,
        (AtomKind::Place, _) => 3,
        (AtomKind::Person, _) => 2,
        _ => 0,
    }
}

/// The best-supported kind of every key.
fn best_kinds<'a>(
    cands: impl Iterator<Item = &'a Candidate>,
) -> BTreeMap<String, (AtomKind, Strength)> {
    let mut out: BTreeMap<String, (AtomKind, Strength)> = BTreeMap::new();
    for c in cands {
        let e = out.entry(c.key.clone()).or_insert((c.kind, c.strength));
        if rank(c.kind, c.strength) > rank(e.0, e.1) {
            *e = (c.kind, c.strength);
        }
    }
    out
}

/// Full names (two words or more) of people and unclassified names, indexed by their last and
/// first word, to resolve a lone surname (`Putin`) or family name (`Kim`).
struct FullNames {
    by_last: BTreeMap<String, BTreeSet<(bool, String)>>,
    by_first: BTreeMap<String, BTreeSet<(bool, String)>>,
    /// Mentions of each full name, to pick the person a text is about.
    count: BTreeMap<String, usize>,
}

impl FullNames {
    fn from<'a>(cands: impl Iterator<Item = &'a Candidate>) -> Self {
        let mut by_last: BTreeMap<String, BTreeSet<(bool, String)>> = BTreeMap::new();
        let mut by_first: BTreeMap<String, BTreeSet<(bool, String)>> = BTreeMap::new();
        let mut count: BTreeMap<String, usize> = BTreeMap::new();
        for c in cands {
            if c.tentative || !matches!(c.kind, AtomKind::Person | AtomKind::Other) {
                continue;
            }
            let mut words: Vec<&str> = c.key.split(' ').collect();
            if words.len() < 2 || c.acronym {
                continue;
            }
            *count.entry(c.key.clone()).or_default() += 1;
            // `Donald Trump Jr.` is found by `Trump`, not by `Jr.`.
            if words.len() > 2 && words.last().is_some_and(|w| people::is_suffix(w)) {
                words.pop();
            }
            let person = c.kind == AtomKind::Person;
            if let (Some(first), Some(last)) = (words.first(), words.last()) {
                by_last
                    .entry((*last).to_owned())
                    .or_default()
                    .insert((person, c.key.clone()));
                by_first
                    .entry((*first).to_owned())
                    .or_default()
                    .insert((person, c.key.clone()));
            }
        }
        Self {
            by_last,
            by_first,
            count,
        }
    }

    /// The one full name a lone word stands for, preferring names known as people. Of several
    /// people with that word, the one the text is about: mentioned at least twice as often as
    /// any other (`Mr. Trump` in an article about Donald Trump Jr. is the son).
    fn unique(
        &self,
        map: &BTreeMap<String, BTreeSet<(bool, String)>>,
        word: &str,
    ) -> Option<String> {
        let set = map.get(word)?;
        let people: Vec<&String> = set.iter().filter(|(p, _)| *p).map(|(_, k)| k).collect();
        let all: BTreeSet<&String> = set.iter().map(|(_, k)| k).collect();
        match (people.as_slice(), all.len()) {
            ([one], _) => Some((*one).clone()),
            ([], 1) => all.into_iter().next().cloned(),
            ([_, _, ..], _) => {
                let mut ranked: Vec<(usize, &String)> = people
                    .iter()
                    .map(|k| (self.count.get(*k).copied().unwrap_or(0), *k))
                    .collect();
                ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
                match ranked.as_slice() {
                    [(top, k), (next, _), ..] if *top >= 2 * *next && *top >= 2 => {
                        Some((*k).clone())
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Resolves a one-word person or unclassified candidate to a full name; true when it did.
    fn resolve(&self, c: &mut Candidate) -> bool {
        if c.key.contains(' ') || c.acronym || !matches!(c.kind, AtomKind::Person | AtomKind::Other)
        {
            return false;
        }
        // A first word (`Kim` for Kim Jong Un) only stands for a name known as a person.
        let first_person = || {
            let set = self.by_first.get(&c.key)?;
            let people: Vec<&String> = set.iter().filter(|(p, _)| *p).map(|(_, k)| k).collect();
            match people.as_slice() {
                [one] if set.len() == 1 => Some((*one).clone()),
                _ => None,
            }
        };
        let full = self.unique(&self.by_last, &c.key).or_else(first_person);
        match full {
            Some(k) => {
                c.key = k;
                c.kind = AtomKind::Person;
                true
            }
            None => false,
        }
    }
}

mod people;

#[cfg(test)]
mod tests;
