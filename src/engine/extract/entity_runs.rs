//! Name candidates in one sentence: word tokens, capitalisation runs, and the rules that cut a
//! run into titles, people, organisations and places. Resolution across a whole article lives in
//! [`crate::engine::extract::entities`].

use crate::engine::extract::entities::EntityMention;
use crate::engine::lexicon::gazetteer;
use crate::engine::lexicon::names::{self, fold_name, in_list, plain_lower};
use crate::findings::AtomKind;
use crate::model::Span;
use crate::text::calendar;
use std::collections::BTreeMap;

mod classify;
mod tokens;

use classify::*;
use tokens::*;

/// How sure the kind of a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// From a title, an organisation word, or the gazetteer.
    Strong,
    /// From context (a reporting verb) or nothing at all.
    Weak,
}

/// A name found in a sentence, before article-wide resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Byte range of the name (absolute: sentence offset added).
    pub span: Span,
    /// The name as written.
    pub surface: String,
    /// Its key (gazetteer canonical key when known, else [`fold_name`]).
    pub key: String,
    /// Kind from the evidence at hand.
    pub kind: AtomKind,
    /// How sure that kind is.
    pub strength: Strength,
    /// A demonym of a place (`Russian`).
    pub demonym: bool,
    /// A lone sentence-initial word with no evidence of being a name.
    pub tentative: bool,
    /// All capitals (`KCNA`, `U.S.`).
    pub acronym: bool,
    /// For an acronym in parentheses after its expansion: the expansion's key.
    pub alias_of: Option<String>,
}

impl Candidate {
    /// Converts to a mention, taking the kind from `kinds` when the key has one there.
    pub fn into_mention(self, kinds: &BTreeMap<String, (AtomKind, Strength)>) -> EntityMention {
        let kind = kinds.get(&self.key).map(|k| k.0).unwrap_or(self.kind);
        EntityMention {
            span: self.span,
            surface: self.surface,
            key: self.key,
            kind,
            demonym: self.demonym,
        }
    }

    /// A resolved candidate standing for an existing mention (for cross-article resolution).
    pub fn from_mention(m: &EntityMention) -> Self {
        Self {
            span: m.span,
            surface: m.surface.clone(),
            key: m.key.clone(),
            kind: m.kind,
            strength: if m.kind == AtomKind::Other {
                Strength::Weak
            } else {
                Strength::Strong
            },
            demonym: m.demonym,
            tentative: false,
            acronym: is_acronym(&m.surface),
            alias_of: None,
        }
    }
}

/// A word of the sentence.
#[derive(Debug, Clone)]
struct Tok<'a> {
    start: usize,
    /// End without a possessive `'s`.
    end: usize,
    /// The word without a possessive.
    text: &'a str,
    /// Lower-case, no dots or apostrophes.
    lower: String,
    /// Starts with a capital (or is `al-Assad`-like).
    cap: bool,
    /// Had a possessive `'s`.
    possessive: bool,
    /// Only white space (one line) separates it from the previous word.
    joined: bool,
    /// First word of a sentence (or of a quotation, or after a colon).
    initial: bool,
}

/// Abbreviations whose dot does not end the name (besides month abbreviations, `calendar`).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "prof", "st",
    "jr", "sr", "mt", "ft", "adm", "rev", "inc", "corp", "co", "ltd", "no", "vs",
];

const NAME_PREFIXES: &[&str] = &[
    "al", "el", "ad", "as", "ash", "ar", "at", "an", "bin", "ibn", "abu",
];

const HYPHEN_SUFFIXES: &[&str] = &[
    "related",
    "based",
    "led",
    "backed",
    "born",
    "style",
    "owned",
    "made",
    "linked",
    "funded",
    "allied",
    "occupied",
    "controlled",
    "friendly",
    "bound",
    "held",
    "run",
    "era",
    "type",
    "like",
    "speaking",
    "leaning",
    "supported",
    "sponsored",
    "brokered",
    "wide",
    "bred",
    "educated",
];

const SAY_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "explained",
    "wrote",
    "stated",
    "announced",
    "insisted",
    "argued",
    "warned",
    "noted",
    "claimed",
    "tweeted",
    "who",
    "whose",
];

/// True for an all-capitals word of two to eight letters (dots allowed): `KCNA`, `U.S.`.
pub fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphanumeric()).collect();
    (2..=8).contains(&letters.len())
        && letters
            .iter()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
        && letters.iter().any(|c| c.is_uppercase())
}

/// Finds name candidates in one sentence; spans are shifted by `offset`.
pub fn candidates(text: &str, offset: usize) -> Vec<Candidate> {
    let toks = tokenize(text);
    let headline = is_headline(text, &toks);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(end) = run_end(&toks, i) else {
            i += 1;
            continue;
        };
        if headline {
            // Title case says nothing about names: each word stands alone and is kept only when
            // the gazetteer or the rest of the article knows it.
            let from = out.len();
            classify_run(text, &toks, i, i + 1, offset, &mut out);
            for c in out.iter_mut().skip(from) {
                c.tentative = gazetteer::lookup_key(&c.key).is_none();
                c.acronym = false;
                c.alias_of = None;
            }
            i += 1;
            continue;
        }
        classify_run(text, &toks, i, end, offset, &mut out);
        i = end;
    }
    // An acronym after its expansion is emitted with the expansion and again as its own run:
    // keep the first (which carries the alias).
    out.sort_by_key(|c| (c.span, c.alias_of.is_none()));
    out.dedup_by_key(|c| c.span);
    out
}

/// A title-case line without closing punctuation, or an all-capitals line: at least four
/// longer words, three quarters of them capitalised (all of them in capitals).
fn is_headline(text: &str, toks: &[Tok<'_>]) -> bool {
    let long: Vec<&Tok<'_>> = toks
        .iter()
        .filter(|t| t.text.chars().count() >= 4 && t.text.chars().all(char::is_alphabetic))
        .collect();
    if long.len() < 4 {
        return false;
    }
    if long.iter().all(|t| t.text.chars().all(char::is_uppercase)) {
        return true;
    }
    let closed = text
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?']);
    let caps = long.iter().filter(|t| t.cap).count();
    !closed && caps * 4 >= long.len() * 3
}

/// If a capitalised run starts at `i`, the index one past its last token.
fn run_end(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let first = toks.get(i)?;
    if !first.cap
        || is_date_word(first, toks.get(i + 1))
        || (in_list(names::NON_NAMES, &first.lower) && !is_acronym(first.text))
    {
        return None;
    }
    let mut end = i + 1;
    let mut last = first;
    while !last.possessive || in_list(names::POSSESSIVE_COMMON, &last.lower) {
        let Some(next) = toks.get(end) else { break };
        if !next.joined {
            break;
        }
        if next.cap && !is_date_word(next, toks.get(end + 1)) {
            end += 1;
            last = next;
            continue;
        }
        // Connectors: only when a capitalised word follows (possibly after `of the`).
        let mut k = end;
        let mut ok = false;
        while let Some(c) = toks.get(k) {
            if !c.joined || c.cap || !in_list(names::CONNECTORS, &c.lower) {
                ok = k > end && c.joined && c.cap && !is_date_word(c, toks.get(k + 1));
                break;
            }
            k += 1;
        }
        let of_ok = |t: &Tok<'_>| {
            in_list(names::ORG_WORDS, &t.lower)
                || in_list(names::OF_HEADS, &t.lower)
                || in_list(names::PERSON_TITLES, &t.lower)
        };
        let uses_of = toks
            .get(end..k)
            .is_some_and(|cs| cs.iter().any(|c| c.lower == "of" || c.lower == "the"));
        if ok && (!uses_of || of_ok(last)) {
            end = k + 1;
            last = toks.get(k)?;
            continue;
        }
        break;
    }
    Some(end)
}
