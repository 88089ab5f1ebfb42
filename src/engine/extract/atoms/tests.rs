//! Tests of atom extraction: kinds, keys and variants across articles.

use super::*;

fn article(text: &str) -> Article {
    crate::segment::from_paragraphs(&[text])
}

fn find<'a>(atoms: &'a [Atom], text: &str) -> Option<&'a Atom> {
    atoms.iter().find(|a| a.text == text)
}

#[test]
fn variants_merge_across_sources() {
    let atoms = extract(&[
        article("Prime Minister Ana Costa arrived in Lisbon on Aug. 13 with 5,000 troops."),
        article("Costa said “we stand ready to help our partners” in Lisbon on August 13."),
        article("Ana Costa, who leads the government, sent 5000 troops."),
    ]);
    let costa = find(&atoms, "Ana Costa").expect("person");
    assert_eq!(costa.kind, AtomKind::Person);
    assert_eq!(costa.sources, vec![0, 1, 2]);
    assert_eq!(costa.variants, vec!["Ana Costa", "Costa"]);
    let date = find(&atoms, "August 13").expect("date");
    assert_eq!(date.kind, AtomKind::Date);
    assert_eq!(date.sources, vec![0, 1]);
    assert_eq!(date.variants, vec!["Aug. 13", "August 13"]);
    let troops = find(&atoms, "5,000").expect("number");
    assert_eq!(troops.sources, vec![0, 2]);
    let lisbon = find(&atoms, "Lisbon").expect("place");
    assert_eq!(lisbon.kind, AtomKind::Place);
    let quote = atoms
        .iter()
        .find(|a| a.kind == AtomKind::Quote)
        .expect("quote");
    assert_eq!(quote.sources, vec![1]);
}

#[test]
fn mentions_point_at_the_text() {
    let arts = [article(
        "Officials in Nairobi said 1,200 people were moved on Friday.",
    )];
    let atoms = extract(&arts);
    for a in &atoms {
        for m in &a.mentions {
            let s = m.span.slice(&arts[0].text);
            assert!(
                a.variants.iter().any(|v| v == s),
                "{s:?} not in {:?}",
                a.variants
            );
        }
    }
    assert!(find(&atoms, "Nairobi").is_some());
    assert!(find(&atoms, "1,200").is_some());
    assert!(find(&atoms, "Friday").is_some());
}

#[test]
fn longer_quotation_absorbs_a_contained_one() {
    let atoms = extract(&[
        article(
            "She said the firm will “fully support all measures taken by the board in the future”.",
        ),
        article(
            "“The firm trusts its staff and will fully support all measures taken by the board in the future,” she said.",
        ),
        article("She pledged to back “all measures” taken."),
    ]);
    let quotes: Vec<&Atom> = atoms.iter().filter(|a| a.kind == AtomKind::Quote).collect();
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    let long = quotes
        .iter()
        .find(|q| q.sources.len() == 2)
        .expect("merged");
    assert!(long.text.starts_with("The firm trusts"));
    assert_eq!(long.variants.len(), 2);
}

#[test]
fn demonyms_are_not_atoms_and_order_is_stable() {
    let a = [article("Kenyan officials met in Nairobi. Kenya agreed.")];
    let atoms = extract(&a);
    let kenya = find(&atoms, "Kenya").expect("Kenya");
    assert_eq!(kenya.variants, vec!["Kenya"]);
    assert_eq!(extract(&a), atoms);
}

#[test]
fn capitalised_common_words_are_not_atoms() {
    let atoms = extract(&[
        article("The plan of the Government was approved on Monday in Kursk."),
        article("Officials said the government would reopen the airport in Kursk by June."),
    ]);
    assert!(find(&atoms, "Government").is_none(), "{atoms:?}");
    assert!(find(&atoms, "Kursk").is_some(), "{atoms:?}");
}

#[test]
fn one_person_one_atom_across_name_forms() {
    let atoms = extract(&[
        article(
            "Robert F. Milner, the county treasurer, resigned. Mr. Milner declined to comment.",
        ),
        article("Treasurer Bob Milner resigned on Monday, officials said."),
        article("Robert Milner quit the post he had held since 2009."),
    ]);
    let people: Vec<&Atom> = atoms
        .iter()
        .filter(|a| a.kind == AtomKind::Person)
        .collect();
    let milner: Vec<&&Atom> = people
        .iter()
        .filter(|a| a.text.contains("Milner"))
        .collect();
    assert_eq!(milner.len(), 1, "{people:?}");
    assert_eq!(milner[0].sources, vec![0, 1, 2]);
}

#[test]
fn a_surname_goes_to_the_person_the_article_is_about() {
    let atoms = extract(&[article(
        "Hal Dorsey Jr. opened the plant. Hal Dorsey Jr. said it would hire 200 people. \
         His father, Hal Dorsey, founded the firm. \
         Hal Dorsey Jr. left early. Mr. Dorsey said nothing more.",
    )]);
    let son = find(&atoms, "Hal Dorsey Jr.").expect("the son");
    let father = find(&atoms, "Hal Dorsey").expect("the father");
    assert!(son.variants.iter().any(|v| v == "Dorsey"), "{son:?}");
    assert!(!father.variants.iter().any(|v| v == "Dorsey"), "{father:?}");
}
