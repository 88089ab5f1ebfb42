//! Tests of named-entity finding and unification.

use super::*;

fn keys(text: &str) -> Vec<(String, AtomKind, String)> {
    mentions(text)
        .into_iter()
        .filter(|m| !m.demonym)
        .map(|m| (m.surface, m.kind, m.key))
        .collect()
}

fn find<'a>(ms: &'a [EntityMention], surface: &str) -> Option<&'a EntityMention> {
    ms.iter().find(|m| m.surface == surface)
}

#[test]
fn titles_mark_people_and_are_cut_off() {
    let ms = mentions("Yesterday Brazilian Foreign Minister Mauro Vieira met Gen. Ana Souza.");
    let mv = find(&ms, "Mauro Vieira").expect("Mauro Vieira");
    assert_eq!(mv.kind, AtomKind::Person);
    assert_eq!(
        find(&ms, "Ana Souza").map(|m| m.kind),
        Some(AtomKind::Person)
    );
    let br = find(&ms, "Brazilian").expect("demonym");
    assert!(br.demonym);
    assert_eq!(br.key, fold_name("Brazil"));
    assert!(find(&ms, "Yesterday").is_none());
}

#[test]
fn an_employer_before_a_title_is_its_own_name() {
    // Invented names in the shapes of US local news: employer, rank or office, person.
    for (text, employer, person) in [
        (
            "Lakeview Police Department Sgt. Dana Whitlock said the road was closed.",
            "Lakeview Police Department",
            "Dana Whitlock",
        ),
        (
            "Harbor Trust Bank Chief Executive Omar Feld declined to comment.",
            "Harbor Trust Bank",
            "Omar Feld",
        ),
        (
            "KXQT TV Managing Editor Rosa Imlay saw it happen.",
            "KXQT TV",
            "Rosa Imlay",
        ),
        (
            "The county Superior Court Judge Alan Perrow set bail.",
            "Superior Court",
            "Alan Perrow",
        ),
    ] {
        let ms = mentions(text);
        assert_eq!(
            find(&ms, person).map(|m| m.kind),
            Some(AtomKind::Person),
            "{text}: {ms:?}"
        );
        assert_eq!(
            find(&ms, employer).map(|m| m.kind),
            Some(AtomKind::Organization),
            "{text}: {ms:?}"
        );
    }
    // A title inside an organisation's name stays there.
    let ms = mentions("The Office of the Chief Medical Examiner released the report.");
    assert!(
        ms.iter().all(|m| m.kind != AtomKind::Person),
        "no person in an office's name: {ms:?}"
    );
}

#[test]
fn month_first_names_and_contractions() {
    let ms = mentions("Resident Jan Olson said I'd never seen it, and April Ryan agreed in May.");
    assert!(find(&ms, "Jan Olson").is_some(), "{ms:?}");
    assert!(find(&ms, "April Ryan").is_some(), "{ms:?}");
    assert!(
        find(&ms, "I'd").is_none() && find(&ms, "I").is_none(),
        "{ms:?}"
    );
}

#[test]
fn lowercase_title_before_a_name() {
    let ms = mentions("The talks, said party spokeswoman Lena Ortiz, were frank.");
    assert_eq!(
        find(&ms, "Lena Ortiz").map(|m| m.kind),
        Some(AtomKind::Person)
    );
}

#[test]
fn surname_alone_takes_the_full_name_key() {
    let ms = mentions(
        "Prime Minister Jacinda Ardern visited Paris. Later, Ardern's office said Ardern was tired.",
    );
    let full = find(&ms, "Jacinda Ardern").expect("full").key.clone();
    let lone: Vec<_> = ms.iter().filter(|m| m.surface == "Ardern").collect();
    assert_eq!(lone.len(), 2, "{ms:?}");
    assert!(
        lone.iter()
            .all(|m| m.key == full && m.kind == AtomKind::Person)
    );
}

#[test]
fn ambiguous_surname_is_left_alone() {
    let ms = mentions("Anna Berg met Paul Berg in Oslo. Later, Berg left.");
    let lone = ms.iter().find(|m| m.surface == "Berg").expect("lone Berg");
    assert_eq!(lone.key, "berg");
}

#[test]
fn family_name_first_resolves() {
    let ms = mentions("Leader Kim Jong-un spoke. The statement said Kim was pleased.");
    let k = ms.iter().find(|m| m.surface == "Kim").expect("Kim");
    assert_eq!(k.key, fold_name("Kim Jong Un"));
}

#[test]
fn organisations_with_connectors() {
    let ms = mentions(
        "A statement from the Ministry of Foreign Affairs of Chile was read by Ursula von der Leyen, who smiled.",
    );
    assert_eq!(
        find(&ms, "Ministry of Foreign Affairs").map(|m| m.kind),
        Some(AtomKind::Organization),
        "{ms:?}"
    );
    assert_eq!(find(&ms, "Chile").map(|m| m.kind), Some(AtomKind::Place));
    assert_eq!(
        find(&ms, "Ursula von der Leyen").map(|m| m.kind),
        Some(AtomKind::Person),
        "{ms:?}"
    );
}

#[test]
fn transport_and_media_operators_are_organisations() {
    let ms = mentions(
        "He said Brennport Rail and Union Pacific Railroad had talked to Summit Entertainment and Reunion Pictures.",
    );
    for name in [
        "Brennport Rail",
        "Union Pacific Railroad",
        "Summit Entertainment",
        "Reunion Pictures",
    ] {
        assert_eq!(
            find(&ms, name).map(|m| m.kind),
            Some(AtomKind::Organization),
            "{name}: {ms:?}"
        );
    }
}

#[test]
fn acronym_expansion_is_one_entity() {
    let ms =
        mentions("The Bureau of Labor Statistics (BLS) published data. Economists at BLS agreed.");
    let exp = find(&ms, "Bureau of Labor Statistics").expect("expansion");
    let acr: Vec<_> = ms.iter().filter(|m| m.surface == "BLS").collect();
    assert_eq!(acr.len(), 2, "{ms:?}");
    assert!(acr.iter().all(|m| m.key == exp.key));
    assert_eq!(exp.kind, AtomKind::Organization);
}

#[test]
fn parenthesised_word_that_is_not_the_acronym() {
    let ms = mentions("Officials in Lagos (AP) said nothing.");
    let ap = find(&ms, "AP").expect("AP");
    assert_ne!(ap.key, fold_name("Lagos"));
}

#[test]
fn possessive_is_cut() {
    let ms = mentions("Critics questioned Erdogan's plan and Nigeria’s budget.");
    assert!(find(&ms, "Erdogan").is_some(), "{ms:?}");
    let ng = find(&ms, "Nigeria").expect("Nigeria");
    assert_eq!(ng.kind, AtomKind::Place);
    assert_eq!(
        &"Critics questioned Erdogan's plan and Nigeria’s budget."[ng.span.start..ng.span.end],
        "Nigeria"
    );
}

#[test]
fn sentence_initial_words_are_not_names_unless_known() {
    let ks = keys("Officials met. Several rooms were empty. Frankly nobody came.");
    assert!(ks.is_empty(), "{ks:?}");
    let ms = mentions("Talks began with Marta Kowalska. Kowalska said little.");
    let lone = ms
        .iter()
        .find(|m| m.surface == "Kowalska")
        .expect("known surname at start");
    assert_eq!(lone.key, fold_name("Marta Kowalska"));
}

#[test]
fn us_variants_share_a_key() {
    let a = mentions("Troops left the U.S. base.");
    let b = mentions("Troops left a US base in the United States.");
    let ka = find(&a, "U.S.").expect("U.S.").key.clone();
    assert!(b.iter().filter(|m| m.key == ka).count() == 2, "{b:?}");
}

#[test]
fn hyphenated_compounds_split_into_names() {
    let ms = mentions("They signed the Iran-Iraq accord and the Indo-Pacific plan.");
    assert!(find(&ms, "Iran").is_some(), "{ms:?}");
    assert!(find(&ms, "Iraq").is_some(), "{ms:?}");
}

#[test]
fn dates_and_pronouns_are_not_names() {
    let ks = keys("On Tuesday I met them in March. He said May 5 was fine.");
    assert!(ks.is_empty(), "{ks:?}");
}

#[test]
fn place_noun_marks_a_place() {
    let ms = mentions("Fighting continued in the Zaporizhzhia region overnight.");
    assert_eq!(
        find(&ms, "Zaporizhzhia").map(|m| m.kind),
        Some(AtomKind::Place)
    );
}

#[test]
fn unify_resolves_across_articles() {
    use crate::model::{Article, Metadata, Paragraph, Sentence};
    let art = |text: &str| {
        let spans = crate::segment::sentence_spans(text);
        Article {
            path: "x".into(),
            label: "x".into(),
            meta: Metadata::default(),
            removed: Vec::new(),
            text: text.into(),
            paragraphs: vec![Paragraph {
                span: Span::new(0, text.len()),
                sentences: spans.into_iter().map(|span| Sentence { span }).collect(),
            }],
        }
    };
    let a = art("Senator Maria Lopez spoke on Monday.");
    let b = art("Lopez arrived late. Nobody else spoke.");
    let mut ents = vec![ArticleEntities::new(&a), ArticleEntities::new(&b)];
    assert!(ents[1].all().next().is_none(), "tentative before unify");
    unify(&mut ents);
    let m = ents[1]
        .all()
        .next()
        .map(|(_, _, m)| m.clone())
        .expect("after unify");
    assert_eq!(m.key, fold_name("Maria Lopez"));
    assert_eq!(m.kind, AtomKind::Person);
}

#[test]
fn never_panics_on_odd_text() {
    for t in [
        "",
        "(",
        "A (",
        "X (Y",
        "’s",
        "-A-",
        "Mr.",
        "U.S.-",
        "ÉÉ É-É ﬁ ß",
        "A\u{0}B C",
    ] {
        let _ = mentions(t);
    }
}

#[test]
fn adjective_title_words_do_not_make_places_people() {
    let ms = mentions(
        "He quoted the official Xinhua agency and the chief Kenyan negotiator, citing official Kenya sources.",
    );
    assert_eq!(
        find(&ms, "Kenya").map(|m| m.kind),
        Some(AtomKind::Place),
        "{ms:?}"
    );
    assert_ne!(
        find(&ms, "Xinhua").map(|m| m.kind),
        Some(AtomKind::Person),
        "{ms:?}"
    );
}

#[test]
fn headlines_do_not_make_long_names() {
    let ms = mentions("Lagos Mayor Says Flood Defences Will Hold");
    assert!(ms.iter().all(|m| !m.surface.contains(' ')), "{ms:?}");
    assert!(find(&ms, "Lagos").is_some(), "{ms:?}");
    assert!(find(&ms, "Flood").is_none(), "{ms:?}");
}

#[test]
fn hyphen_suffix_is_cut_from_a_name() {
    let ms = mentions("The Geneva-based group met Kenya-backed mediators.");
    assert!(find(&ms, "Geneva").is_some(), "{ms:?}");
    assert!(find(&ms, "Kenya").is_some(), "{ms:?}");
}

#[test]
fn acronym_expanded_elsewhere_joins_its_expansion() {
    use crate::model::{Article, Metadata, Paragraph, Sentence};
    let art = |text: &str| Article {
        path: "x".into(),
        label: "x".into(),
        meta: Metadata::default(),
        removed: Vec::new(),
        text: text.into(),
        paragraphs: vec![Paragraph {
            span: Span::new(0, text.len()),
            sentences: vec![Sentence {
                span: Span::new(0, text.len()),
            }],
        }],
    };
    let a = art("It was announced by the Federal Aviation Administration (FAA) on Monday.");
    let b = art("The approval came from the FAA after review.");
    let mut ents = vec![ArticleEntities::new(&a), ArticleEntities::new(&b)];
    unify(&mut ents);
    let key_a = ents[0]
        .all()
        .find(|(_, _, m)| m.surface == "FAA")
        .map(|(_, _, m)| m.key.clone());
    let key_b = ents[1]
        .all()
        .find(|(_, _, m)| m.surface == "FAA")
        .map(|(_, _, m)| m.key.clone());
    assert_eq!(
        key_a.as_deref(),
        Some(fold_name("Federal Aviation Administration").as_str())
    );
    assert_eq!(key_a, key_b);
}

#[test]
fn department_and_office_words_are_cut_from_names() {
    let ms = mentions(
        "Secretary of the Interior Dana Whitlow met White House Counsel Ray Ortiz and Secretary of Homeland Security Lena Park.",
    );
    for name in ["Dana Whitlow", "Ray Ortiz", "Lena Park"] {
        let m = find(&ms, name).unwrap_or_else(|| panic!("{name} in {ms:?}"));
        assert_eq!(m.kind, AtomKind::Person, "{name}");
    }
    // A title word inside a name after a title is the name (`King` here is a surname).
    let ms = mentions("Independent Sen. Angela King of Vermont voted against it.");
    assert_eq!(
        find(&ms, "Angela King").map(|m| m.kind),
        Some(AtomKind::Person),
        "{ms:?}"
    );
}
