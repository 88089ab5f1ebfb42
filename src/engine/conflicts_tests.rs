use super::*;
use crate::model::{Metadata, Paragraph, Sentence};

/// One article per text, each one paragraph of one sentence; one claim over all of them.
fn setup(texts: &[&str]) -> (Vec<Article>, Vec<Claim>) {
    let articles: Vec<Article> = texts
        .iter()
        .map(|t| Article {
            path: "t".into(),
            label: "t".into(),
            meta: Metadata::default(),
            removed: Vec::new(),
            text: (*t).to_owned(),
            paragraphs: vec![Paragraph {
                span: Span::new(0, t.len()),
                sentences: vec![Sentence {
                    span: Span::new(0, t.len()),
                }],
            }],
        })
        .collect();
    let sentences: Vec<SentenceRef> = (0..texts.len())
        .map(|source| SentenceRef {
            source,
            paragraph: 0,
            sentence: 0,
        })
        .collect();
    let claims = vec![Claim {
        sentences,
        sources: (0..texts.len()).collect(),
    }];
    (articles, claims)
}

fn conflicts(texts: &[&str]) -> Vec<Conflict> {
    let (a, c) = setup(texts);
    find(&a, &c)
}

fn values(c: &Conflict) -> Vec<&str> {
    c.sides.iter().map(|s| s.value.as_str()).collect()
}

#[test]
fn different_counts_of_the_same_thing() {
    let cs = conflicts(&[
        "At least 14 people were injured in the blast, police said.",
        "At least 17 people were hurt in the blast.",
        "Police said 14 people were injured.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].about, "number");
    assert_eq!(values(&cs[0]), vec!["14", "17", "14"]);
    assert_eq!(cs[0].claim, Some(0));
}

#[test]
fn extra_number_is_detail_not_conflict() {
    let cs = conflicts(&[
        "The company will send 5,000 workers and 1,000 engineers.",
        "The company will send 5000 workers.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
}

#[test]
fn numbers_about_different_things_do_not_conflict() {
    let cs = conflicts(&[
        "The 190-metre ship carried 5,000 tonnes of grain.",
        "The ship, carrying grain, was built 30 years ago.",
    ]);
    assert!(cs.iter().all(|c| c.about != "number"), "{cs:?}");
}

#[test]
fn money_in_different_currencies_is_not_compared() {
    let cs = conflicts(&[
        "Repairs could cost €40 million.",
        "Repairs could cost $45 million.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
    let cs = conflicts(&[
        "Repairs could cost €40 million.",
        "Repairs could cost €45 million.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:?}");
}

#[test]
fn different_weekdays() {
    let cs = conflicts(&[
        "The ship struck the bridge on Saturday evening.",
        "The ship ploughed into the bridge on Sunday night.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].about, "date");
    assert_eq!(values(&cs[0]), vec!["Saturday", "Sunday"]);
}

#[test]
fn relative_dates_and_missing_dates_do_not_conflict() {
    assert!(
        conflicts(&[
            "The leaders spoke yesterday, Tuesday, by phone.",
            "The leaders spoke by phone on Wednesday.",
        ])
        .is_empty()
    );
    assert!(
        conflicts(&[
            "The leaders spoke by phone on Tuesday.",
            "The leaders spoke by phone.",
        ])
        .is_empty()
    );
    assert!(
        conflicts(&[
            "The treaty was signed on August 15, 2024.",
            "The treaty was signed on August 15.",
        ])
        .is_empty()
    );
}

#[test]
fn different_cities() {
    let cs = conflicts(&[
        "The summit will be held in Geneva next month.",
        "The summit will be held in Vienna next month.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].about, "place");
}

#[test]
fn place_inside_another_is_not_a_conflict() {
    assert!(
        conflicts(&[
            "The summit will be held in Moscow.",
            "The summit will be held in Russia.",
        ])
        .is_empty()
    );
}

#[test]
fn same_quote_different_speaker() {
    let cs = conflicts(&[
        "“We will rebuild the bridge within a year,” said Mayor Anna Lind.",
        "“We will rebuild the bridge within a year,” Transport Minister Paul Ferro said.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].about, "speaker");
    assert_eq!(values(&cs[0]), vec!["Anna Lind", "Paul Ferro"]);
}

#[test]
fn speaker_named_in_both_is_not_a_conflict() {
    assert!(
        conflicts(&[
            "“We will rebuild the bridge,” said Mayor Anna Lind after meeting Paul Ferro.",
            "“We will rebuild the bridge,” Transport Minister Paul Ferro said.",
        ])
        .is_empty()
    );
}

#[test]
fn same_source_is_never_compared() {
    let (mut a, mut c) = setup(&["14 people were injured.", "17 people were injured."]);
    // Make both sentences come from source 0.
    a.truncate(1);
    a[0].text = "14 people were injured. 17 people were injured.".into();
    a[0].paragraphs[0].span = Span::new(0, a[0].text.len());
    a[0].paragraphs[0].sentences = vec![
        Sentence {
            span: Span::new(0, 22),
        },
        Sentence {
            span: Span::new(23, 46),
        },
    ];
    c[0].sentences[1] = SentenceRef {
        source: 0,
        paragraph: 0,
        sentence: 1,
    };
    assert!(find(&a, &c).is_empty());
}

#[test]
fn no_claims_no_conflicts() {
    let (a, _) = setup(&["14 people.", "17 people."]);
    assert!(find(&a, &[]).is_empty());
}

#[test]
fn dates_of_different_events_do_not_conflict() {
    assert!(
        conflicts(&[
            "The leaders talked ahead of the summit in Geneva on Friday.",
            "The leaders talked, according to state media on Wednesday.",
        ])
        .is_empty()
    );
}
