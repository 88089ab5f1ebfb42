//! Tests of the gazetteer, and the maker of its table (`table.rs`).

use super::*;
use crate::text::normalize;
use std::collections::BTreeMap;

const COUNTRIES: &str = include_str!("../../../../assets/data/countries.tsv");
const PLACES: &str = include_str!("../../../../assets/data/places.tsv");
const ORGANIZATIONS: &str = include_str!("../../../../assets/data/organizations.tsv");

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
    let place = |name: &str, key: &str, demonym: bool, scale: Scale, within: Option<String>| Made {
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

/// What the country forms imply, made from the data files: for each alias or demonym of a
/// country (by its matching keys), whether it is an acronym and the keys of the country's name
/// it implies; longer forms containing one imply nothing.
type Implications = BTreeMap<Vec<String>, (bool, Vec<(String, f32)>)>;

/// Every form the data files give (names, aliases, demonyms, capitals).
fn all_forms() -> Vec<String> {
    let mut out = Vec::new();
    for data in [COUNTRIES, PLACES, ORGANIZATIONS] {
        for row in rows(data) {
            out.extend(row.first().map(|n| (*n).to_owned()));
            for field in 1..4 {
                out.extend(list(row.get(field)));
            }
        }
    }
    out
}

/// Each country's aliases and demonyms, with the country's name.
fn country_forms() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for row in rows(COUNTRIES) {
        let Some(name) = row.first().copied() else {
            continue;
        };
        for form in list(row.get(1)).into_iter().chain(list(row.get(2))) {
            out.push((form, name.to_owned()));
        }
    }
    out
}

/// The matching keys of a form, when every token is a word.
fn form_keys(form: &str) -> Option<Vec<String>> {
    let tokens = normalize::tokens(form);
    tokens
        .iter()
        .all(|t| t.kind == TokenKind::Word)
        .then(|| tokens.into_iter().map(|t| t.norm).collect())
}

fn implications(made: &BTreeMap<String, Made>) -> Implications {
    let mut out = Implications::new();
    for (form, name) in country_forms() {
        // The form must stand for this country in the gazetteer too (first entry wins).
        if made.get(&form_key(&form)).is_none_or(|e| e.name != name) {
            continue;
        }
        let Some(keys) = form_keys(&form) else {
            continue;
        };
        let mut implied: Vec<(String, f32)> = Vec::new();
        for t in normalize::tokens(&name) {
            if t.kind == TokenKind::Word
                && !t.stop
                && !keys.contains(&t.norm)
                && !implied.iter().any(|(k, _)| *k == t.norm)
            {
                let weight = crate::engine::lexicon::freq::weight(&t.norm);
                implied.push((t.norm, weight));
            }
        }
        if !keys.is_empty() && !implied.is_empty() {
            let acronym = crate::engine::extract::entity_runs::is_acronym(&form);
            out.entry(keys).or_insert((acronym, implied));
        }
    }
    let implying: Vec<Vec<String>> = out.keys().cloned().collect();
    for form in all_forms() {
        let Some(keys) = form_keys(&form) else {
            continue;
        };
        let contains_one = implying
            .iter()
            .any(|f| f.len() < keys.len() && keys.windows(f.len()).any(|w| w == f.as_slice()));
        if contains_one && !out.contains_key(&keys) {
            out.insert(keys, (false, Vec::new()));
        }
    }
    out
}

/// The shipped implication table, in the shape [`implications`] makes.
fn shipped_implications() -> Implications {
    table::IMPLIED
        .iter()
        .map(|r| {
            (
                r.form.iter().map(|k| (*k).to_owned()).collect(),
                (
                    r.acronym,
                    r.implies
                        .iter()
                        .map(|(k, w)| ((*k).to_owned(), *w))
                        .collect(),
                ),
            )
        })
        .collect()
}

/// `table.rs` as made from `made()` and `implications()`.
fn source(made: &BTreeMap<String, Made>, implied: &Implications) -> String {
    let mut out = String::from(
        "//! The gazetteer's table, made from `assets/data/*.tsv` by the gazetteer's tests\n\
         //! (`FACTDIFF_WRITE_GAZETTEER=1 cargo test --lib gazetteer`): every form's key, sorted,\n\
         //! with its entry. Do not edit; edit the data files.\n\n\
         use super::{Entry, Implication, Scale};\n\
         use crate::findings::AtomKind;\n\n\
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
    out.push_str(
        "];\n\n\
         /// Country aliases and demonyms by matching keys (sorted, for bisection), with the keys of\n\
         /// the country's name they imply.\n\
         #[rustfmt::skip]\n\
         pub(super) static IMPLIED: &[Implication] = &[\n",
    );
    for (form, (acronym, implies)) in implied {
        let implies: Vec<String> = implies
            .iter()
            .map(|(k, w)| format!("({k:?}, {w:?})"))
            .collect();
        out.push_str(&format!(
            "    Implication {{ form: &{form:?}, acronym: {acronym}, implies: &[{}] }},\n",
            implies.join(", ")
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
    let implied = implications(&made);
    let sorted = table::FORMS.windows(2).all(|w| match w {
        [a, b] => a.0 < b.0,
        _ => true,
    }) && table::IMPLIED.windows(2).all(|w| match w {
        [a, b] => a.form < b.form,
        _ => true,
    });
    let same = made == shipped && implied == shipped_implications();
    if (!same || !sorted) && std::env::var_os("FACTDIFF_WRITE_GAZETTEER").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/engine/lexicon/gazetteer/table.rs"
        );
        std::fs::write(path, source(&made, &implied)).expect("write gazetteer/table.rs");
        return;
    }
    assert!(sorted, "gazetteer/table.rs is not sorted");
    assert!(
        same,
        "gazetteer/table.rs differs from assets/data: run \
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

/// The implied keys [`implied_names`] finds in `text`, with the text of each form.
fn implied_in(text: &str) -> Vec<(String, Vec<&'static str>)> {
    let tokens = normalize::tokens(text);
    let mut out = Vec::new();
    implied_names(&tokens, text, |span, implies| {
        out.push((
            span.slice(text).to_owned(),
            implies.iter().map(|(k, _)| *k).collect(),
        ));
    });
    out
}

#[test]
fn aliases_and_demonyms_imply_the_country_name() {
    let key = |w: &str| normalize::tokens(w).first().map(|t| t.norm.clone());
    let found = implied_in("North Korean envoys met DPRK officials and Turkish diplomats.");
    let forms: Vec<&str> = found.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(forms, ["North Korean", "DPRK", "Turkish"]);
    let korea = key("Korea");
    assert_eq!(
        found.first().map(|(_, k)| k.len()),
        Some(1),
        "North is there"
    );
    assert!(
        found
            .iter()
            .take(2)
            .all(|(_, k)| k.iter().any(|k| Some(*k) == korea.as_deref()))
    );
    let turkey = key("Turkey");
    assert_eq!(
        found
            .get(2)
            .map(|(_, k)| k.iter().map(|k| Some(k.to_string())).collect()),
        Some(vec![turkey])
    );
}

#[test]
fn longer_names_and_lower_case_acronyms_imply_nothing() {
    // `Indian Ocean` is not India; `Car` is not the Central African Republic; a country's own
    // name implies nothing.
    assert!(implied_in("Sailors crossed the Indian Ocean in June.").is_empty());
    assert!(implied_in("Car sales fell in India and North Korea.").is_empty());
    assert_eq!(implied_in("The CAR army moved north.").len(), 1);
}
