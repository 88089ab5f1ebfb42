//! Tests of the conflict stage on hand-built articles and claims.

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
    assert_eq!(cs[0].about, ConflictKind::Number);
    assert_eq!(values(&cs[0]), vec!["14", "17", "14"]);
    assert_eq!(cs[0].claim, Some(0));
}

#[test]
fn ages_written_as_hyphenated_units() {
    let cs = conflicts(&[
        "Police arrested a 61-year-old woman on Tuesday.",
        "Police arrested a Sixty-year-old woman on Tuesday.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].about, ConflictKind::Number);
    assert_eq!(values(&cs[0]), vec!["61-year-old", "Sixty-year-old"]);
    // The same age written both ways is no conflict.
    let cs = conflicts(&[
        "Police arrested a 60-year-old woman on Tuesday.",
        "Police arrested a sixty-year-old woman on Tuesday.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
}

#[test]
fn numbers_in_different_units_or_roles_are_not_compared() {
    let cs = conflicts(&[
        "Warships seized the 10-metre dhow with its crew.",
        "Warships seized the 30-foot dhow with its crew.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
    let cs = conflicts(&[
        "He crashed on Route 52 after the chase.",
        "He crashed on Route 54 after the chase.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(values(&cs[0]), vec!["52", "54"]);
    let cs = conflicts(&[
        "He crashed on Route 52, police said.",
        "Police said 52 people watched him crash.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
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
    assert!(cs.iter().all(|c| c.about != ConflictKind::Number), "{cs:?}");
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
    assert_eq!(cs[0].about, ConflictKind::Date);
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
    assert_eq!(cs[0].about, ConflictKind::Place);
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
    assert_eq!(cs[0].about, ConflictKind::Speaker);
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

/// One single-sentence claim per source (the first sentence of each).
fn one_claim_each(sources: usize) -> Vec<Claim> {
    (0..sources)
        .map(|source| Claim {
            sentences: vec![SentenceRef {
                source,
                paragraph: 0,
                sentence: 0,
            }],
            sources: vec![source],
        })
        .collect()
}

/// Sentences in separate claims, each a near pair with the first.
fn near_conflicts(texts: &[&str]) -> Vec<Conflict> {
    let (a, _) = setup(texts);
    let claims = one_claim_each(texts.len());
    let near: Vec<(SentenceRef, SentenceRef)> = (1..texts.len())
        .map(|k| (claims[0].sentences[0], claims[k].sentences[0]))
        .collect();
    find_with(
        &a,
        &claims,
        &crate::engine::extract::entities::unified(&a),
        &near,
    )
}

#[test]
fn near_pair_conflicts_on_a_counted_number() {
    let found = near_conflicts(&[
        "At least 14 people were injured when the ferry hit the pier.",
        "At least 17 people were injured when the ferry struck the pier.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].about, ConflictKind::Number);
    let values: BTreeSet<&str> = found[0].sides.iter().map(|s| s.value.as_str()).collect();
    assert_eq!(values, BTreeSet::from(["14", "17"]));
}

#[test]
fn near_pair_ignores_bare_numbers_and_clock_times() {
    assert!(near_conflicts(&["Updated 5:40 p.m. ET", "Updated 4:08 p.m. ET"]).is_empty());
    assert!(
        near_conflicts(&[
            "The jury deliberated for 30 hours.",
            "Two of the 40 jurors were dismissed.",
        ])
        .is_empty()
    );
}

#[test]
fn near_pair_conflicts_on_the_day_unless_one_is_relative() {
    let found = near_conflicts(&[
        "A cargo ship hit the rail bridge on Saturday evening.",
        "A giant ship ploughed into the rail bridge on Sunday night.",
    ]);
    assert!(
        found.iter().any(|c| c.about == ConflictKind::Date),
        "{found:?}"
    );
    // "after" far from the date does not make it relative; right next to it, it does.
    let far = near_conflicts(&[
        "Questions mount after a cargo ship hit the rail bridge on Saturday.",
        "A cargo ship ploughed into the rail bridge on Sunday.",
    ]);
    assert!(far.iter().any(|c| c.about == ConflictKind::Date), "{far:?}");
    let near = near_conflicts(&[
        "A cargo ship hit the rail bridge the day after Saturday.",
        "A cargo ship ploughed into the rail bridge on Sunday.",
    ]);
    assert!(
        near.iter().all(|c| c.about != ConflictKind::Date),
        "{near:?}"
    );
}

#[test]
fn near_pair_is_no_conflict_when_a_source_gives_both_values() {
    // Source 2 gives the ship's length (190 metres) and, elsewhere, the 200 metres source 1
    // gives: the two reports do not disagree.
    let (mut a, _) = setup(&[
        "The ship lost steering about two hundred metres out.",
        "The 190-metre ship lost its steering. It drifted two hundred metres out.",
    ]);
    if let Some(second) = a.get_mut(1) {
        second.paragraphs[0].sentences = vec![
            Sentence {
                span: Span::new(0, 37),
            },
            Sentence {
                span: Span::new(38, second.text.len()),
            },
        ];
    }
    let claims = one_claim_each(2);
    let near = [(claims[0].sentences[0], claims[1].sentences[0])];
    let ents = crate::engine::extract::entities::unified(&a);
    assert!(find_with(&a, &claims, &ents, &near).is_empty());
}

#[test]
fn one_speaker_written_two_ways_is_no_conflict() {
    for (a, b) in [
        (
            "Tim Fanning told a news conference",
            "Police Constable Tim Fanning said",
        ),
        ("Undersheriff James Gage said", "Gage said"),
        ("Salazar said", "said Ken Salazar"),
    ] {
        let cs = conflicts(&[
            &format!("\"The law protects every species here,\" {a}."),
            &format!("\"The law protects every species here,\" {b}."),
        ]);
        assert!(cs.is_empty(), "{a} / {b}: {cs:?}");
    }
    // Different people still conflict, and a speaker shows with the initials written.
    let cs = conflicts(&[
        "\"It is disappointing news,\" general manager A. J. Smith said.",
        "\"It is disappointing news,\" coach Norv Turner said.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(values(&cs[0]), vec!["A. J. Smith", "Norv Turner"]);
    let cs = conflicts(&[
        "\"It is disappointing news,\" general manager A. J. Smith said.",
        "\"It is disappointing news,\" general manager J. Smith said.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
}

#[test]
fn one_distance_in_two_units_is_no_conflict() {
    let cs = conflicts(&[
        "Wasilla is 64 kilometres north of Anchorage.",
        "The church in Wasilla, about 40 miles north of Anchorage, burned.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
    // The same unit, different values: a conflict.
    let cs = conflicts(&[
        "The climber fell about 150 metres from the ridge.",
        "The climber fell about 60 metres from the ridge.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:?}");
}

#[test]
fn years_compare_only_with_years_of_one_event() {
    let cs = conflicts(&[
        "It will be her second stint, after hosting the 2007 ceremony.",
        "DeGeneres, 55, earned an Emmy nomination for her performance.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
    let cs = conflicts(&[
        "Dr. Benjamin founded the Rural Health Clinic in Alabama in 1990.",
        "She became the first woman president of the Medical Association of Alabama in 2002.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
    let cs = conflicts(&[
        "In 1990 she founded the clinic.",
        "In 2002, she became president of the association.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
    // One event, two years: a conflict.
    let cs = conflicts(&[
        "The field was sold for a reported $30 million in 1957.",
        "The field was sold for $30 million in 1967.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].about, ConflictKind::Date);
}

#[test]
fn clock_times_with_a_spaced_colon_agree() {
    let cs = conflicts(&[
        "The suspect gave himself up to police just after 6 p.m., Fanning said.",
        "The suspect gave himself up to police just after 6: 00 p.m., Fanning said.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
    let cs = conflicts(&[
        "The suspect gave himself up to police just after 6 p.m.",
        "The suspect gave himself up to police just after 7: 30 p.m.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(values(&cs[0]), vec!["6 p.m.", "7: 30 p.m."]);
}

#[test]
fn values_of_different_people_or_places_do_not_conflict() {
    let cs = conflicts(&[
        "Maurice Cheeks spent his first 11 seasons as a player with the 76ers.",
        "Tony DiLeo has spent 19 seasons with the 76ers.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
    let cs = conflicts(&[
        "As much as 55 percent of voice traffic in Saudi Arabia was out of service.",
        "Sixty-five per cent of traffic to India was down.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
    let cs = conflicts(&[
        "Jamaal Charles had 226 yards on the ground and Peyton Hillis ran for more than a hundred.",
        "RB Peyton Hillis rushed for 101 yards.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
    // A stated bound that the other value meets is no conflict either.
    let cs = conflicts(&[
        "The panel deliberated for 40 hours over four days.",
        "After four days and more than 30 hours of deliberations, the panel was deadlocked.",
    ]);
    assert!(cs.is_empty(), "{cs:?}");
    // The same person, two values: still a conflict.
    let cs = conflicts(&[
        "Sixty-year-old Sharron Smith is now accused of murder.",
        "Police Chief Jim Williams announced 61-year-old Sharron Smith was arrested.",
    ]);
    assert_eq!(cs.len(), 1, "{cs:?}");
}

#[test]
fn values_of_different_things_do_not_pile_into_one_conflict() {
    let cs = conflicts(&[
        "Ford finished his career in 1978 with 2,290 points.",
        "Hansbrough now has 2,301 career points.",
        "Shy Ely scored 23 points for the Purple Aces.",
        "Earl Clark finished with 25 points.",
        "Ty Lawson chipped in 16 points.",
    ]);
    assert!(cs.iter().all(|c| c.sides.len() <= 4), "{cs:?}");
    assert!(
        cs.iter().all(|c| {
            let v: BTreeSet<&str> = c.sides.iter().map(|s| s.value.as_str()).collect();
            v.len() <= MAX_VALUES
        }),
        "{cs:?}"
    );
}
