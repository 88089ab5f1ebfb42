//! A small general gazetteer shipped as data in `assets/data/`: countries with aliases, demonyms
//! and capitals; continents, regions, seas, US states and large cities with the country they lie
//! in; and well-known organisations whose names carry no organisation word (`Kremlin`, `NATO`).
//!
//! Look-ups go by [`fold_name`] key, so `U.S.`, `US` and `United States` find the same entry.

use super::names::fold_name;
use crate::analysis::AtomKind;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../assets/data/countries.tsv");
const PLACES: &str = include_str!("../../assets/data/places.tsv");
const ORGANIZATIONS: &str = include_str!("../../assets/data/organizations.tsv");

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
    pub name: String,
    /// Key of the canonical name.
    pub key: String,
    /// True when the looked-up form is a demonym or adjective (`Russian` for Russia).
    pub demonym: bool,
    /// How large the place is.
    pub scale: Scale,
    /// Key of the country (or region) the place lies in; for a country, its own key.
    pub within: Option<String>,
}

fn table() -> &'static BTreeMap<String, Entry> {
    static TABLE: OnceLock<BTreeMap<String, Entry>> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

fn list(field: Option<&&str>) -> Vec<String> {
    field
        .map(|f| {
            f.split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn build() -> BTreeMap<String, Entry> {
    let mut map: BTreeMap<String, Entry> = BTreeMap::new();
    // First entry for a key wins, so countries (loaded first) beat cities of the same name.
    let mut add = |form: &str, entry: Entry| {
        let k = form_key(form);
        if !k.is_empty() {
            map.entry(k).or_insert(entry);
        }
    };
    // The canonical key is folded once per row and cloned for its aliases.
    let place =
        |name: &str, key: &str, demonym: bool, scale: Scale, within: Option<String>| Entry {
            kind: AtomKind::Place,
            name: name.to_owned(),
            key: key.to_owned(),
            demonym,
            scale,
            within,
        };
    for row in rows(COUNTRIES) {
        let Some(name) = row.first().copied() else {
            continue;
        };
        let key = fold_name(name);
        let own = Some(key.clone());
        add(name, place(name, &key, false, Scale::Country, own.clone()));
        for alias in list(row.get(1)) {
            add(
                &alias,
                place(name, &key, false, Scale::Country, own.clone()),
            );
        }
        for dem in list(row.get(2)) {
            add(&dem, place(name, &key, true, Scale::Country, own.clone()));
        }
        for capital in list(row.get(3)) {
            let capital_key = fold_name(&capital);
            add(
                &capital,
                place(&capital, &capital_key, false, Scale::Inside, own.clone()),
            );
        }
    }
    for row in rows(PLACES) {
        let Some(name) = row.first().copied() else {
            continue;
        };
        let within: Vec<String> = list(row.get(3));
        let (scale, within) = match within.first() {
            Some(w) => (Scale::Inside, Some(fold_name(w))),
            None => (Scale::Region, None),
        };
        let key = fold_name(name);
        add(name, place(name, &key, false, scale, within.clone()));
        for alias in list(row.get(1)) {
            add(&alias, place(name, &key, false, scale, within.clone()));
        }
        for dem in list(row.get(2)) {
            add(&dem, place(name, &key, true, scale, within.clone()));
        }
    }
    for row in rows(ORGANIZATIONS) {
        let Some(name) = row.first().copied() else {
            continue;
        };
        let org = Entry {
            kind: AtomKind::Organization,
            name: name.to_owned(),
            key: fold_name(name),
            demonym: false,
            scale: Scale::None,
            within: None,
        };
        add(name, org.clone());
        for alias in list(row.get(1)) {
            add(&alias, org.clone());
        }
    }
    map
}

/// Marks the key of an all-capitals form (`UN`, `U.S.`), which only matches text written in
/// capitals too (so `Un` in `Kim Jong Un` is not the United Nations).
const ACRONYM_MARK: char = '\u{1}';

fn form_key(form: &str) -> String {
    let k = fold_name(form);
    if super::entity_runs::is_acronym(form) {
        format!("{ACRONYM_MARK}{k}")
    } else {
        k
    }
}

/// The entry for a name (any spelling the fold accepts), if the gazetteer has one. Acronyms only
/// match when written in capitals.
pub fn lookup(name: &str) -> Option<&'static Entry> {
    let t = table();
    if super::entity_runs::is_acronym(name) {
        t.get(&form_key(name)).or_else(|| t.get(&fold_name(name)))
    } else {
        t.get(&fold_name(name))
    }
}

/// The entry for an already folded key (names, not acronyms).
pub fn lookup_key(key: &str) -> Option<&'static Entry> {
    table().get(key)
}

/// True when place `inner` lies in place `outer` (both keys), e.g. Moscow in Russia.
pub fn lies_in(inner: &str, outer: &str) -> bool {
    let mut cur = inner.to_owned();
    // Chains are short (city → country); the bound guards against cycles in the data.
    for _ in 0..4 {
        match lookup_key(&cur).and_then(|e| e.within.clone()) {
            Some(w) if w == outer => return true,
            Some(w) if w != cur => cur = w,
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_reach_the_canonical_country() {
        for form in [
            "U.S.",
            "US",
            "United States",
            "USA",
            "United States of America",
        ] {
            let e = lookup(form).unwrap_or_else(|| panic!("{form} missing"));
            assert_eq!(e.name, "United States", "{form}");
            assert!(!e.demonym);
        }
    }

    #[test]
    fn demonyms_are_marked() {
        let e = lookup("North Korean").expect("North Korean");
        assert_eq!(e.name, "North Korea");
        assert!(e.demonym);
        assert!(lookup("French").is_some_and(|e| e.demonym && e.name == "France"));
    }

    #[test]
    fn capitals_lie_in_their_country() {
        assert!(lies_in(&fold_name("Moscow"), &fold_name("Russia")));
        assert!(lies_in(&fold_name("Lyon"), &fold_name("France")));
        assert!(!lies_in(&fold_name("Moscow"), &fold_name("France")));
        assert_eq!(lookup("Nairobi").map(|e| e.scale), Some(Scale::Inside));
    }

    #[test]
    fn organisations_and_unknowns() {
        assert_eq!(lookup("NATO").map(|e| e.kind), Some(AtomKind::Organization));
        assert!(lookup("Zzyzxville").is_none());
        assert!(lookup("Un").is_none(), "case matters for acronyms");
        assert!(lookup("UN").is_some());
    }
}
