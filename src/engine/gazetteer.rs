//! A small general gazetteer shipped as data in `assets/data/`: countries with aliases, demonyms
//! and capitals; continents, regions, seas, US states and large cities with the country they lie
//! in; and well-known organisations whose names carry no organisation word (`Kremlin`, `NATO`).
//!
//! Look-ups go by [`fold_name`] key, so `U.S.`, `US` and `United States` find the same entry.
//!
//! The data files are the source; `gazetteer_table.rs` is the table made from them (every form's
//! key, sorted, with its entry), searched by bisection. Building that table at run time (folding
//! every form, a map of owned strings) cost 9 million instructions on every run. The tests make
//! the table again from the data files and fail when the two differ; with
//! `FACTDIFF_WRITE_GAZETTEER=1` they write it anew (after an edit to the data).

use super::names::fold_name;
use crate::analysis::AtomKind;

#[path = "gazetteer_table.rs"]
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
    if super::entity_runs::is_acronym(form) {
        format!("{ACRONYM_MARK}{k}")
    } else {
        k
    }
}

/// The entry for a name (any spelling the fold accepts), if the gazetteer has one. Acronyms only
/// match when written in capitals.
pub fn lookup(name: &str) -> Option<&'static Entry> {
    if super::entity_runs::is_acronym(name) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    const COUNTRIES: &str = include_str!("../../assets/data/countries.tsv");
    const PLACES: &str = include_str!("../../assets/data/places.tsv");
    const ORGANIZATIONS: &str = include_str!("../../assets/data/organizations.tsv");

    /// An entry as the data files give it.
    #[derive(Debug, Clone, PartialEq, Eq)]
    struct Made {
        kind: AtomKind,
        name: String,
        key: String,
        demonym: bool,
        scale: Scale,
        within: Option<String>,
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

    /// The table made from the data files: every form's key with its entry.
    fn made() -> BTreeMap<String, Made> {
        let mut map: BTreeMap<String, Made> = BTreeMap::new();
        // First entry for a key wins, so countries (loaded first) beat cities of the same name.
        let mut add = |form: &str, entry: Made| {
            let k = form_key(form);
            if !k.is_empty() {
                map.entry(k).or_insert(entry);
            }
        };
        let place =
            |name: &str, key: &str, demonym: bool, scale: Scale, within: Option<String>| Made {
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
            let org = Made {
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

    /// `gazetteer_table.rs` as made from `made()`.
    fn source(made: &BTreeMap<String, Made>) -> String {
        let mut out = String::from(
            "//! The gazetteer's table, made from `assets/data/*.tsv` by the gazetteer's tests\n\
             //! (`FACTDIFF_WRITE_GAZETTEER=1 cargo test --lib gazetteer`): every form's key, sorted,\n\
             //! with its entry. Do not edit; edit the data files.\n\n\
             use super::{Entry, Scale};\n\
             use crate::analysis::AtomKind;\n\n\
             /// Every known form by key (sorted, for bisection).\n\
             #[rustfmt::skip]\n\
             pub(super) static FORMS: &[(&str, Entry)] = &[\n",
        );
        for (k, e) in made {
            out.push_str(&format!(
                "    ({k:?}, Entry {{ kind: AtomKind::{:?}, name: {:?}, key: {:?}, demonym: {}, scale: Scale::{:?}, within: {} }}),\n",
                e.kind,
                e.name,
                e.key,
                e.demonym,
                e.scale,
                match &e.within {
                    Some(w) => format!("Some({w:?})"),
                    None => "None".to_owned(),
                },
            ));
        }
        out.push_str("];\n");
        out
    }

    #[test]
    fn table_is_made_from_the_data_files() {
        let made = made();
        let shipped: BTreeMap<String, Made> = table::FORMS
            .iter()
            .map(|(k, e)| {
                let e = Made {
                    kind: e.kind,
                    name: e.name.to_owned(),
                    key: e.key.to_owned(),
                    demonym: e.demonym,
                    scale: e.scale,
                    within: e.within.map(str::to_owned),
                };
                ((*k).to_owned(), e)
            })
            .collect();
        let sorted = table::FORMS.windows(2).all(|w| match w {
            [a, b] => a.0 < b.0,
            _ => true,
        });
        if (made != shipped || !sorted) && std::env::var_os("FACTDIFF_WRITE_GAZETTEER").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/engine/gazetteer_table.rs");
            std::fs::write(path, source(&made)).expect("write gazetteer_table.rs");
            return;
        }
        assert!(sorted, "gazetteer_table.rs is not sorted");
        assert!(
            made == shipped,
            "gazetteer_table.rs differs from assets/data: run \
             FACTDIFF_WRITE_GAZETTEER=1 cargo test --lib gazetteer"
        );
    }

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
