//! Atoms: people, organisations, places, numbers, dates and quotations, with their variants
//! merged across all sources, the sources that carry them and every mention.
//!
//! - Names come from [`crate::engine::extract::entities`] (resolved per article, then across articles by
//!   [`crate::engine::extract::entities::unify`]); demonyms (`Russian`) qualify rather than name and are left out.
//! - Numbers from [`crate::engine::extract::numbers`], dates from [`crate::engine::extract::dates`], keyed by normalised value
//!   (`5,000` = `5000`; `Aug. 13` = `August 13`).
//! - Quotations (two words or more) from [`crate::engine::extract::quotes`]: renderings with the same words are
//!   one atom, and a quotation of three words or more that another quotation contains word for
//!   word is part of that atom (one outlet quoted more of the same sentence).
//!
//! An unclassified one-word name the articles also write in lower case (`Street`, `Update`) is
//! a capitalised common word, not an atom.
//!
//! The canonical text is the most complete variant (most words, then most frequent, then
//! longest; the gazetteer's name for a known place). Output order is deterministic: by first
//! mention, then kind, then text.

use crate::engine::extract::entities::ArticleEntities;
use crate::engine::extract::quotes::{self, Quotation};
use crate::engine::extract::values::{self, ArticleValues};
use crate::findings::{Atom, AtomKind, Mention};
use crate::model::{Article, SentenceRef};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// One occurrence before merging.
struct Item {
    kind: AtomKind,
    surface: String,
    mention: Mention,
}

/// Extracts and merges atoms across all sources: the stage's one public entry.
/// `engine::analyze` calls [`extract_from`] instead, with the entities, values and quotations it
/// shares between stages.
pub fn extract(articles: &[Article]) -> Vec<Atom> {
    extract_with(
        articles,
        &crate::engine::extract::entities::unified(articles),
    )
}

/// [`extract`], with the articles' unified entities already found.
fn extract_with(articles: &[Article], ents: &[ArticleEntities]) -> Vec<Atom> {
    extract_from(
        articles,
        ents,
        &values::of_articles(articles),
        &quotes::all_quotations(articles),
    )
}

/// [`extract`], with the articles' unified entities, the values of their sentences
/// ([`values::of_articles`]) and their quotations ([`quotes::all_quotations`]) already found.
pub(crate) fn extract_from(
    articles: &[Article],
    ents: &[ArticleEntities],
    values: &[ArticleValues],
    quotations: &[Quotation],
) -> Vec<Atom> {
    let mut groups: BTreeMap<String, Vec<Item>> = BTreeMap::new();
    for (source, e) in ents.iter().enumerate() {
        for (paragraph, sentence, m) in e.all() {
            if m.demonym {
                continue;
            }
            groups
                .entry(format!("e:{}", m.key))
                .or_default()
                .push(Item {
                    kind: m.kind,
                    surface: m.surface.clone(),
                    mention: Mention {
                        sentence: SentenceRef {
                            source,
                            paragraph,
                            sentence,
                        },
                        span: m.span,
                    },
                });
        }
    }
    for (source, (article, table)) in articles.iter().zip(values).enumerate() {
        for (paragraph, sentence, _) in article.sentences() {
            let sref = SentenceRef {
                source,
                paragraph,
                sentence,
            };
            let Some(found) = table.sentence(paragraph, sentence) else {
                continue;
            };
            for d in &found.dates {
                groups
                    .entry(format!("d:{}", d.key))
                    .or_default()
                    .push(Item {
                        kind: AtomKind::Date,
                        surface: d.surface.clone(),
                        mention: Mention {
                            sentence: sref,
                            span: d.span,
                        },
                    });
            }
            for n in &found.numbers {
                groups
                    .entry(format!("n:{}", n.key))
                    .or_default()
                    .push(Item {
                        kind: AtomKind::Number,
                        surface: n.surface.clone(),
                        mention: Mention {
                            sentence: sref,
                            span: n.span,
                        },
                    });
            }
        }
    }
    for (key, items) in quote_groups(quotations) {
        groups.insert(format!("q:{key}"), items);
    }
    let lower = lower_case_words(articles);
    let mut atoms: Vec<Atom> = groups
        .into_iter()
        .filter_map(|(k, v)| atom(&k, v))
        .filter(|a| !common_word(a, &lower))
        .collect();
    sort(&mut atoms);
    atoms
}

/// Every word the articles write in lower case (letters only, as written).
fn lower_case_words(articles: &[Article]) -> HashSet<&str> {
    articles
        .iter()
        .flat_map(|a| a.text.split(|c: char| !c.is_alphabetic()))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .collect()
}

/// An unclassified name of one word, or an organisation word alone, that the articles also
/// write as a common word (`Update`, `Street`, `Government`; `FIRE` in a capitalised
/// headline): not a name. Acronyms of up to
/// three letters (`IT`, `UN`) and words never written in lower case (`Kursk`) stay.
fn common_word(atom: &Atom, lower: &HashSet<&str>) -> bool {
    if atom.variants.iter().any(|v| v.contains(' ')) {
        return false;
    }
    // An organisation word alone (`Government`, `Agency`) names no particular organisation.
    let lone_org_word = atom.kind == AtomKind::Organization
        && crate::engine::lexicon::gazetteer::lookup(&atom.text).is_none()
        && crate::engine::lexicon::names::in_list(
            crate::engine::lexicon::names::ORG_WORDS,
            &atom.text.to_lowercase(),
        );
    if atom.kind != AtomKind::Other && !lone_org_word {
        return false;
    }
    atom.variants.iter().all(|v| {
        let letters = v.chars().all(char::is_alphabetic);
        let caps = v.chars().all(char::is_uppercase);
        letters && !(caps && v.chars().count() <= 3) && lower.contains(v.to_lowercase().as_str())
    })
}

/// Sorts atoms in output order: by first mention, then kind, then text.
pub(crate) fn sort(atoms: &mut [Atom]) {
    atoms.sort_by(|x, y| {
        let key = |a: &Atom| (a.mentions.first().map(|m| (m.sentence, m.span)), a.kind);
        key(x).cmp(&key(y)).then_with(|| x.text.cmp(&y.text))
    });
}

/// Quotations grouped into atoms (see the module docs), keyed by the longest wording.
fn quote_groups(quotes: &[Quotation]) -> BTreeMap<String, Vec<Item>> {
    let keys: BTreeSet<Vec<String>> = quotes.iter().map(|q| q.words.clone()).collect();
    // Each wording joins the longest wording that contains it (three words or more).
    let mut owner: BTreeMap<Vec<String>, Vec<String>> = BTreeMap::new();
    for k in &keys {
        let mut best = k.clone();
        if k.len() >= 3 {
            for other in &keys {
                if other.len() > best.len() && contains_run(other, k) {
                    best = other.clone();
                }
            }
        }
        owner.insert(k.clone(), best);
    }
    let mut out: BTreeMap<String, Vec<Item>> = BTreeMap::new();
    for q in quotes {
        let root = owner
            .get(&q.words)
            .cloned()
            .unwrap_or_else(|| q.words.clone());
        out.entry(root.join(" ")).or_default().push(Item {
            kind: AtomKind::Quote,
            surface: q.text.clone(),
            mention: Mention {
                sentence: q.sentence,
                span: q.span,
            },
        });
    }
    out
}

/// True when `needle` occurs as a contiguous run of words in `hay`.
fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Builds one atom from its occurrences.
fn atom(group: &str, items: Vec<Item>) -> Option<Atom> {
    let first = items.first()?;
    // Kind: the most frequent among the occurrences (ties: the first in kind order).
    let mut kinds: BTreeMap<AtomKind, usize> = BTreeMap::new();
    for it in &items {
        *kinds.entry(it.kind).or_default() += 1;
    }
    let kind = kinds
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(k, _)| *k)
        .unwrap_or(first.kind);
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for it in &items {
        *counts.entry(it.surface.as_str()).or_default() += 1;
    }
    let gazetteer_name = group
        .strip_prefix("e:")
        .and_then(crate::engine::lexicon::gazetteer::lookup_key)
        .map(|e| e.name)
        .filter(|n| counts.contains_key(n));
    let text = match gazetteer_name {
        Some(n) => n.to_owned(),
        None => counts
            .iter()
            .max_by(|a, b| {
                let wa = a.0.split_whitespace().count();
                let wb = b.0.split_whitespace().count();
                (wa, a.1, a.0.len())
                    .cmp(&(wb, b.1, b.0.len()))
                    .then(b.0.cmp(a.0))
            })
            .map(|(s, _)| (*s).to_owned())?,
    };
    let variants: Vec<String> = counts.keys().map(|s| (*s).to_owned()).collect();
    let sources: Vec<usize> = items
        .iter()
        .map(|it| it.mention.sentence.source)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut mentions: Vec<Mention> = items.into_iter().map(|it| it.mention).collect();
    mentions.sort_by_key(|m| (m.sentence, m.span));
    mentions.dedup();
    Some(Atom {
        kind,
        text,
        variants,
        sources,
        mentions,
    })
}

#[cfg(test)]
mod tests;
