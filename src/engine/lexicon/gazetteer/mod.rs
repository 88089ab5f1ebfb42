//! A small general gazetteer shipped as data in `assets/data/`: countries with aliases, demonyms
//! and capitals; continents, regions, seas, US states and large cities with the country they lie
//! in; and well-known organisations whose names carry no organisation word (`Kremlin`, `NATO`).
//!
//! Look-ups go by [`fold_name`] key, so `U.S.`, `US` and `United States` find the same entry.
//!
//! The data files are the source; `table.rs` is the table made from them (every form's
//! key, sorted, with its entry), searched by bisection. Building that table at run time (folding
//! every form, a map of owned strings) cost 9 million instructions on every run. The tests make
//! the table again from the data files and fail when the two differ; with
//! `FACTDIFF_WRITE_GAZETTEER=1` they write it anew (after an edit to the data).

use crate::engine::lexicon::names::fold_name;
use crate::findings::AtomKind;
use crate::model::Span;
use crate::text::normalize::{Token, TokenKind};

mod table;

/// How large a place is, so conflicts compare like with like (a city against a city).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scale {
    /// A sovereign state or a territory listed with the countries.
    Country,
    /// A city, state or region inside a country.
    Inside,
    /// A continent, sea or region spanning countries.
    Region,
    /// Not a place.
    None,
}

/// What the gazetteer knows about a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Place or organisation.
    pub kind: AtomKind,
    /// The canonical name, e.g. `"United States"` for `"U.S."`.
    pub name: &'static str,
    /// Key of the canonical name.
    pub key: &'static str,
    /// True when the looked-up form is a demonym or adjective (`Russian` for Russia).
    pub demonym: bool,
    /// How large the place is.
    pub scale: Scale,
    /// Key of the country (or region) the place lies in; for a country, its own key.
    pub within: Option<&'static str>,
}

/// Marks the key of an all-capitals form (`UN`, `U.S.`), which only matches text written in
/// capitals too (so `Un` in `Kim Jong Un` is not the United Nations).
const ACRONYM_MARK: char = '\u{1}';

fn form_key(form: &str) -> String {
    let k = fold_name(form);
    if crate::engine::extract::entity_runs::is_acronym(form) {
        format!("{ACRONYM_MARK}{k}")
    } else {
        k
    }
}

/// The entry for a name (any spelling the fold accepts), if the gazetteer has one. Acronyms only
/// match when written in capitals.
pub fn lookup(name: &str) -> Option<&'static Entry> {
    if crate::engine::extract::entity_runs::is_acronym(name) {
        lookup_key(&form_key(name)).or_else(|| lookup_key(&fold_name(name)))
    } else {
        lookup_key(&fold_name(name))
    }
}

/// The entry for an already folded key (names, not acronyms).
pub fn lookup_key(key: &str) -> Option<&'static Entry> {
    let at = table::FORMS.binary_search_by(|(k, _)| (*k).cmp(key)).ok()?;
    table::FORMS.get(at).map(|(_, e)| e)
}

/// True when place `inner` lies in place `outer` (both keys), e.g. Moscow in Russia.
pub fn lies_in(inner: &str, outer: &str) -> bool {
    let mut cur = inner;
    // Chains are short (city → country); the bound guards against cycles in the data.
    for _ in 0..4 {
        match lookup_key(cur).and_then(|e| e.within) {
            Some(w) if w == outer => return true,
            Some(w) if w != cur => cur = w,
            _ => return false,
        }
    }
    false
}

/// A country's alias or demonym as the similarity sees it, and what it implies there: `North
/// Korean`, `DPRK` imply the matching keys of `North Korea`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Implication {
    /// The form's matching keys ([`crate::text::normalize::tokens`] of the form).
    pub form: &'static [&'static str],
    /// True for an all-capitals form (`DPRK`), which only counts when written in capitals.
    pub acronym: bool,
    /// The matching keys of the country's name that the form lacks, function words left out,
    /// with their information weights ([`crate::engine::lexicon::freq::weight`]). Empty for a longer name that
    /// only contains such a form (`Dominican Republic`, `Indian Ocean`), so it implies nothing.
    pub implies: &'static [(&'static str, f32)],
}

/// Calls `found` with the span of every country alias or demonym in a tokenized sentence and
/// the matching keys of the country's name it implies (see [`Implication`]). Longest form first;
/// only capitalised words start a form. Costs one bisection of a made-ahead table per
/// capitalised word: no folding or stemming here, the keys were made with the table.
pub fn implied_names(
    tokens: &[Token],
    text: &str,
    mut found: impl FnMut(Span, &'static [(&'static str, f32)]),
) {
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        if !t.capitalized || t.kind != TokenKind::Word {
            i += 1;
            continue;
        }
        let first = t.norm.as_str();
        let start = table::IMPLIED.partition_point(|r| r.form.first().is_some_and(|f| *f < first));
        let best = table::IMPLIED
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(|r| r.form.first() == Some(&first))
            .filter(|r| form_at(tokens, text, i, r))
            .max_by_key(|r| r.form.len());
        match best {
            Some(r) => {
                let end = tokens
                    .get(i + r.form.len() - 1)
                    .map_or(t.span.end, |last| last.span.end);
                if !r.implies.is_empty() {
                    found(Span::new(t.span.start, end), r.implies);
                }
                i += r.form.len().max(1);
            }
            None => i += 1,
        }
    }
}

/// True when the tokens from `at` on spell `form` (words joined by spaces or hyphens only; an
/// acronym in capitals).
fn form_at(tokens: &[Token], text: &str, at: usize, form: &Implication) -> bool {
    let Some(run) = tokens.get(at..at + form.form.len()) else {
        return false;
    };
    let same = run.iter().zip(form.form).all(|(t, k)| t.norm == *k)
        && run.windows(2).all(|w| match w {
            [a, b] => text
                .get(a.span.end..b.span.start)
                .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '-')),
            _ => true,
        });
    same && (!form.acronym
        || run
            .iter()
            .all(|t| crate::engine::extract::entity_runs::is_acronym(t.span.slice(text))))
}

#[cfg(test)]
mod tests;
