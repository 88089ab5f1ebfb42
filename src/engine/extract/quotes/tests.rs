//! Tests of quotation finding and quote variants.

use super::*;

fn article(paras: &[&str]) -> Article {
    crate::segment::from_paragraphs(paras)
}

#[test]
fn straight_and_curly_quotes_and_scare_quotes() {
    let p = "He called it “liberation” and said “we will rebuild the port” before adding \"not this year\".";
    let q: Vec<String> = quoted_spans(p, 0).into_iter().map(|(_, t)| t).collect();
    assert_eq!(q, vec!["we will rebuild the port", "not this year"]);
}

#[test]
fn open_quote_runs_to_paragraph_end() {
    let p = "“The harbour will reopen next month. Repairs are under way.";
    let q = quoted_spans(p, 10);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0.start, 10 + "“".len());
    assert!(q[0].1.ends_with("under way."));
}

#[test]
fn quotation_sentence_and_words() {
    let a = article(&[
        "Intro here.",
        "First sentence. She said “Warm, comradely talks” today.",
    ]);
    let qs = quotations(&a, 3);
    assert_eq!(qs.len(), 1);
    assert_eq!(
        qs[0].sentence,
        SentenceRef {
            source: 3,
            paragraph: 1,
            sentence: 1
        }
    );
    assert_eq!(qs[0].key(), "warm comradely talks");
    assert_eq!(qs[0].span.slice(&a.text), "Warm, comradely talks");
}

#[test]
fn reworded_quote_is_a_variant() {
    let a = article(&["The mayor praised “the bravery, courage and self-sacrifice of the crews”."]);
    let b = article(&[
        "She hailed “the bravery and self-sacrificing courage of our crews”, officials said.",
    ]);
    let c = article(&["The mayor praised “the bravery, courage and self-sacrifice of the crews”."]);
    let v = variants(&[a, b, c]);
    assert_eq!(v.len(), 1, "{v:?}");
    let sources: BTreeSet<usize> = v[0].renderings.iter().map(|r| r.sentence.source).collect();
    assert_eq!(sources, BTreeSet::from([0, 1, 2]));
    // One rendering per distinct wording per source; sources 0 and 2 share a wording.
    assert_eq!(v[0].renderings.len(), 3);
}

#[test]
fn number_words_fold_in_quotes() {
    let a = article(&["“The ship lost steering about two hundred metres out,” he said."]);
    let b = article(&["“The ship lost its steering 200 metres out,” he said."]);
    assert_eq!(variants(&[a, b]).len(), 1);
}

#[test]
fn identical_or_unrelated_quotes_are_not_variants() {
    let a = article(&["He said “we will rebuild the bridge by spring”."]);
    let b = article(&["He said “We will rebuild the bridge by spring.”"]);
    let c = article(&["She said “taxes must fall for small firms”."]);
    assert!(variants(&[a.clone(), b]).is_empty());
    assert!(variants(&[a, c]).is_empty());
}

#[test]
fn same_source_rewording_is_not_a_variant() {
    let a = article(&[
        "He said “we will rebuild the bridge by spring”.",
        "Later he said “we shall rebuild that bridge in spring”.",
    ]);
    assert!(variants(&[a]).is_empty());
}

#[test]
fn different_speakers_never_share_a_group() {
    // The same words from two named people are two quotations, and a rendering with no speaker
    // named joins only one of them: no chain from one speaker to the other.
    let a = article(&["“We will rebuild the harbour wall this year,” Mayor Ines Duarte said."]);
    let b = article(&[
        "“We will rebuild that harbour wall within the year,” said Governor Paul Okafor.",
    ]);
    let c = article(&["Officials repeated: “we shall rebuild the harbour wall this year”."]);
    let d = article(&["“We'll rebuild the harbour wall this year,” Ines Duarte said."]);
    let v = variants(&[a, b, c, d]);
    for group in &v {
        let sources: BTreeSet<usize> = group.renderings.iter().map(|r| r.sentence.source).collect();
        assert!(
            !(sources.contains(&0) && sources.contains(&1)),
            "speakers chained: {v:?}"
        );
    }
    let with_duarte = v
        .iter()
        .find(|g| g.renderings.iter().any(|r| r.sentence.source == 3))
        .expect("Duarte's renderings are variants");
    assert!(
        with_duarte
            .renderings
            .iter()
            .any(|r| r.sentence.source == 0)
    );
}

#[test]
fn a_lost_opening_mark_does_not_make_the_attribution_a_quotation() {
    let p = r#"We are not leaving the site," said the agency's spokesman."#;
    assert!(quoted_spans(p, 0).is_empty(), "{:?}", quoted_spans(p, 0));
    // Opening marks after a space, or glued to the first quoted word, still open.
    let p = "He said,\"We are not leaving\" and left.";
    assert_eq!(quoted_spans(p, 0).len(), 1);
}
