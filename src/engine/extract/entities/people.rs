//! One key per person: the written forms of one person's name (`Robert F. Smith`, `Robert
//! Smith`, `Bob Smith`; `Donald J. Trump`, `Donald Trump`) get the key of the fullest of them.
//!
//! Two keys are the same person when they agree once middle initials are dropped and a short
//! given name is read as its formal one ([`crate::engine::lexicon::nicknames`]). Where two forms
//! carry different middle initials (`George H. W. Bush`, `George W. Bush`), they are different
//! people and nothing in that group is merged.
//!
//! A generational suffix (`Jr.`, `Sr.`, `III`) tells generations apart: an article that names
//! both `Donald Trump Jr.` and `Donald Trump` means two people, and then no form with the suffix
//! joins one without it (nor do two different suffixes ever join). When no article names both,
//! the form without the suffix is the same person written shorter (`Joe Biden` in one outlet,
//! `Joseph R. Biden Jr.` in another) and joins it.

use crate::engine::lexicon::nicknames;
use crate::findings::AtomKind;
use std::collections::{BTreeMap, BTreeSet};

/// Generational suffixes, folded.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// True for a folded generational suffix (`jr`, `sr`, `iii`).
pub(super) fn is_suffix(word: &str) -> bool {
    SUFFIXES.contains(&word)
}

/// A name key reduced for comparison (given name formal, middle initials dropped, suffix
/// dropped), its middle initials, and its suffix.
fn reduced(key: &str) -> Option<(String, String, Option<String>)> {
    let words: Vec<&str> = key.split(' ').collect();
    let suffix = words
        .last()
        .filter(|w| SUFFIXES.contains(w))
        .map(|w| (*w).to_owned());
    let core = if suffix.is_some() {
        &words[..words.len() - 1]
    } else {
        &words[..]
    };
    if core.len() < 2 {
        return None;
    }
    let (first, rest) = core.split_first()?;
    let (last, middle) = rest.split_last()?;
    let initial = |w: &&str| w.chars().count() == 1;
    let initials: String = middle.iter().filter(|w| initial(w)).copied().collect();
    let mut out = vec![nicknames::formal(first).unwrap_or(first)];
    out.extend(middle.iter().filter(|w| !initial(w)).copied());
    out.push(last);
    Some((out.join(" "), initials, suffix))
}

/// One written form of a name in a group of forms of the same reduced name.
struct Form {
    key: String,
    initials: String,
    suffix: Option<String>,
    articles: BTreeSet<usize>,
}

/// For keys of people and unclassified names (two words or more), with the article each
/// occurrence is in, the key each one that is another form of the same person's name should
/// take. Keys not in the map keep theirs.
pub(super) fn aliases<'a>(
    keys: impl Iterator<Item = (&'a str, AtomKind, usize)>,
) -> BTreeMap<String, String> {
    let mut groups: BTreeMap<String, BTreeMap<String, Form>> = BTreeMap::new();
    for (key, kind, article) in keys {
        if !matches!(kind, AtomKind::Person | AtomKind::Other) {
            continue;
        }
        if let Some((r, initials, suffix)) = reduced(key) {
            groups
                .entry(r)
                .or_default()
                .entry(key.to_owned())
                .or_insert_with(|| Form {
                    key: key.to_owned(),
                    initials,
                    suffix,
                    articles: BTreeSet::new(),
                })
                .articles
                .insert(article);
        }
    }
    let mut out = BTreeMap::new();
    for forms in groups.values() {
        let forms: Vec<&Form> = forms.values().collect();
        let suffixes: BTreeSet<&str> = forms.iter().filter_map(|f| f.suffix.as_deref()).collect();
        let plain_articles: BTreeSet<usize> = forms
            .iter()
            .filter(|f| f.suffix.is_none())
            .flat_map(|f| f.articles.iter().copied())
            .collect();
        let suffixed_articles: BTreeSet<usize> = forms
            .iter()
            .filter(|f| f.suffix.is_some())
            .flat_map(|f| f.articles.iter().copied())
            .collect();
        let generations = suffixes.len() > 1 || !plain_articles.is_disjoint(&suffixed_articles);
        if generations {
            // Each suffix (and no suffix) on its own.
            let mut by_suffix: BTreeMap<Option<&str>, Vec<&Form>> = BTreeMap::new();
            for f in &forms {
                by_suffix.entry(f.suffix.as_deref()).or_default().push(f);
            }
            for sub in by_suffix.values() {
                merge(sub, &mut out);
            }
        } else {
            merge(&forms, &mut out);
        }
    }
    out
}

/// Maps every form of `forms` to the fullest one, unless two carry different middle initials.
fn merge(forms: &[&Form], out: &mut BTreeMap<String, String>) {
    if forms.len() < 2 {
        return;
    }
    let middles: BTreeSet<&str> = forms
        .iter()
        .map(|f| f.initials.as_str())
        .filter(|i| !i.is_empty())
        .collect();
    if middles.len() > 1 {
        return;
    }
    // The fullest formal form: a formal given name first, then a suffix, then most words,
    // then the first in order.
    let score = |f: &Form| {
        let first = f.key.split(' ').next().unwrap_or("");
        (
            nicknames::formal(first).is_none(),
            f.suffix.is_some(),
            f.key.split(' ').count(),
        )
    };
    let Some(target) = forms
        .iter()
        .max_by(|a, b| score(a).cmp(&score(b)).then(b.key.cmp(&a.key)))
    else {
        return;
    };
    for f in forms {
        if f.key != target.key {
            out.insert(f.key.clone(), target.key.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lexicon::names::fold_name;

    /// Aliases of names all in one article.
    fn map(names: &[&str]) -> BTreeMap<String, String> {
        map_in(&names.iter().map(|n| (*n, 0)).collect::<Vec<_>>())
    }

    /// Aliases of (name, article) pairs.
    fn map_in(names: &[(&str, usize)]) -> BTreeMap<String, String> {
        let keys: Vec<(String, usize)> = names.iter().map(|(n, a)| (fold_name(n), *a)).collect();
        aliases(keys.iter().map(|(k, a)| (k.as_str(), AtomKind::Person, *a)))
    }

    #[test]
    fn initials_and_short_forms_join_the_fullest_form() {
        let m = map(&[
            "Maria L. Gomez",
            "Maria Gomez",
            "Tom Avery",
            "Thomas Avery",
            "Thomas Q. Avery",
        ]);
        assert_eq!(
            m.get(&fold_name("Maria Gomez")),
            Some(&fold_name("Maria L. Gomez"))
        );
        assert_eq!(
            m.get(&fold_name("Tom Avery")),
            Some(&fold_name("Thomas Q. Avery"))
        );
        assert_eq!(
            m.get(&fold_name("Thomas Avery")),
            Some(&fold_name("Thomas Q. Avery"))
        );
        assert_eq!(m.len(), 3);
    }

    #[test]
    fn generations_and_different_initials_stay_apart() {
        let m = map(&["Carl Benson Jr.", "Carl Benson", "Carl B. Benson Jr."]);
        assert_eq!(
            m.get(&fold_name("Carl Benson Jr.")),
            Some(&fold_name("Carl B. Benson Jr."))
        );
        assert_eq!(m.get(&fold_name("Carl Benson")), None);
        let m = map(&["Henry A. Lane", "Henry T. Lane", "Henry Lane"]);
        assert!(m.is_empty(), "{m:?}");
        // Organisations are not people.
        let keys = [
            fold_name("Bob Evans Farms"),
            fold_name("Robert Evans Farms"),
        ];
        assert!(aliases(keys.iter().map(|k| (k.as_str(), AtomKind::Organization, 0))).is_empty());
    }
}
