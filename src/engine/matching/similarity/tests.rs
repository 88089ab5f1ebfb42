//! Tests of sentence similarity: the score's parts, symmetry and the threshold decisions.

use super::*;
use proptest::prelude::*;

fn same(a: &str, b: &str) -> bool {
    same_claim(score(a, b))
}

#[test]
fn paraphrases_match() {
    let pairs = [
        (
            "Police arrested three men on Tuesday after the shooting in Leeds.",
            "Three men were arrested by police on Tuesday following the Leeds shooting.",
        ),
        (
            "The earthquake, with a magnitude of 6.1, struck off the coast of northern Japan.",
            "A magnitude 6.1 earthquake struck off northern Japan's coast.",
        ),
        (
            "Kim Jong-un oversaw the missile launch, state media said.",
            "State media said Kim Jong Un oversaw the launch of the missile.",
        ),
        (
            "The company said it would cut 5,000 jobs by the end of the year.",
            "The firm will cut five thousand jobs by year's end, the company said.",
        ),
    ];
    for (a, b) in pairs {
        assert!(same(a, b), "{a} / {b}: {}", score(a, b));
    }
}

#[test]
fn different_claims_do_not_match() {
    let pairs = [
        (
            "Police arrested three men on Tuesday after the shooting in Leeds.",
            "The mayor of Leeds praised the new tram line on Tuesday.",
        ),
        (
            "The company said it would cut 5,000 jobs by the end of the year.",
            "The company reported record profits for the third quarter.",
        ),
        ("", "Something happened."),
        ("", ""),
    ];
    for (a, b) in pairs {
        assert!(!same(a, b), "{a} / {b}: {}", score(a, b));
    }
}

#[test]
fn negation_counts_against() {
    let a = "The minister confirmed that the talks had collapsed.";
    let b = "The minister did not confirm that the talks had collapsed.";
    assert!(explain(a, b).parts.negation_mismatch);
    let c = "The minister confirmed that the talks collapsed.";
    assert!(score(a, b) < score(a, c));
}

#[test]
fn contrasting_numbers_count_against() {
    let a = "The fire killed 12 people in the factory on Monday.";
    let b = "The fire killed 15 people in the factory on Monday.";
    let c = "The fire killed twelve people in the factory on Monday.";
    assert!(explain(a, b).parts.contrasting_numbers);
    assert!(!explain(a, c).parts.contrasting_numbers);
    assert!(score(a, b) < score(a, c));
    assert!(same(a, c));
}

#[test]
fn shared_quote_is_a_bonus() {
    let a = "He said: \"we will never surrender our freedom\" at the rally.";
    let b = "Speaking in the capital, the leader declared \"we will never surrender our freedom\".";
    assert!(explain(a, b).parts.shared_quote);
}

#[test]
fn context_links_a_surname_to_the_full_name() {
    let ctx_a =
        Context::new("Russian President Vladimir Putin arrived. Putin met the envoy in Minsk.");
    let ctx_b = Context::new("Vladimir Putin spoke. Vladimir Putin met the envoy in Minsk.");
    let a = prepare("Putin met the envoy in Minsk.", Some(&ctx_a));
    let b = prepare("Vladimir Putin met the envoy in Minsk.", Some(&ctx_b));
    let bare = prepare("Putin met the envoy in Minsk.", None);
    assert!(score_prepared(&a, &b) > score_prepared(&bare, &b));
    assert!((score_prepared(&a, &b) - 1.0).abs() < 1e-6);
}

#[test]
fn explanation_lists_the_evidence() {
    let e = explain(
        "Sergey Lavrov met Marco Rubio in Riyadh on Tuesday.",
        "Sergei Lavrov held talks with Rubio in Riyadh, killing 3.",
    );
    assert!(e.shared_names.iter().any(|w| w == "Sergey"));
    assert!(e.only_a_names.iter().any(|w| w == "Marco"));
    assert_eq!(e.only_b_numbers, vec!["3"]);
    assert!(e.shared_words.is_empty() || !e.shared_words.contains(&"in".to_owned()));
}

#[test]
fn deterministic() {
    let a = "The storm left 40,000 homes without power across the region.";
    let b = "About 40000 homes lost power as the storm hit.";
    let first = score(a, b);
    for _ in 0..3 {
        assert_eq!(score(a, b).to_bits(), first.to_bits());
    }
}

proptest! {
    #[test]
    fn symmetric_and_bounded(a in "\\PC{0,80}", b in "\\PC{0,80}") {
        let ab = score(&a, &b);
        let ba = score(&b, &a);
        prop_assert_eq!(ab.to_bits(), ba.to_bits());
        prop_assert!((0.0..=1.0).contains(&ab));
    }

    #[test]
    fn symmetric_on_wordy_text(
        a in proptest::collection::vec("(the|police|said|[A-Z][a-z]{2,6}|[0-9]{1,4}|not|five|million|\"|-)", 0..20),
        b in proptest::collection::vec("(the|police|said|[A-Z][a-z]{2,6}|[0-9]{1,4}|not|five|million|\"|-)", 0..20),
    ) {
        let (a, b) = (a.join(" "), b.join(" "));
        prop_assert_eq!(score(&a, &b).to_bits(), score(&b, &a).to_bits());
        prop_assert!(score(&a, &a) >= score(&a, &b) || a.trim().is_empty());
    }
}

#[test]
fn value_neutral_score_sets_one_differing_value_aside() {
    let (a, b) = (
        prepare(
            "At least 14 people were injured when the ferry hit the pier.",
            None,
        ),
        prepare(
            "At least 17 people were injured when the ferry hit the pier.",
            None,
        ),
    );
    let plain = score_prepared(&a, &b);
    let neutral = value_neutral_score(&a, &b);
    assert!(neutral > plain, "{neutral} <= {plain}");
    assert!(same_claim(neutral));
    assert_eq!(neutral, value_neutral_score(&b, &a));
    // Unrelated sentences stay apart even with their numbers set aside.
    let c = prepare("Shares rose 17 percent in early trading in Tokyo.", None);
    assert!(!same_claim(value_neutral_score(&a, &c)));
}

#[test]
fn a_word_running_through_an_article_weighs_less() {
    let text = "Putin met envoys. Putin spoke to Kim. Later Putin flew home. The summit ended.";
    let ctx = Context::new(text);
    assert_eq!(
        ctx.topic_factor("putin"),
        1.0,
        "no counts without the article"
    );
    let article = crate::model::Article::from_sentences(
        "t",
        "t",
        crate::model::Metadata::default(),
        &[&[
            "Putin met envoys.",
            "Putin spoke to Kim.",
            "Later Putin flew home.",
            "The summit ended.",
        ]],
    );
    let ctx = Context::for_article(&article);
    assert!(ctx.topic_factor(&crate::text::normalize::word_key("putin")) < 1.0);
    assert_eq!(
        ctx.topic_factor(&crate::text::normalize::word_key("summit")),
        1.0
    );
}

#[test]
fn attribution_frames_weigh_less() {
    let text = "At least 14 people were injured, the port authority said in a statement.";
    let tokens = crate::text::normalize::tokens(text);
    let mask = attribution_mask(text, &tokens);
    let framed: Vec<&str> = tokens
        .iter()
        .zip(&mask)
        .filter(|(_, m)| **m)
        .map(|(t, _)| t.span.slice(text))
        .collect();
    assert_eq!(
        framed,
        ["the", "port", "authority", "said", "in", "a", "statement"]
    );
    let opening = "According to the port authority, 14 people were injured on the ferry.";
    let tokens = crate::text::normalize::tokens(opening);
    let mask = attribution_mask(opening, &tokens);
    assert_eq!(mask.iter().filter(|m| **m).count(), 5, "{mask:?}");
    // A clause that attributes nothing is content.
    let plain = "The ship hit the pier, injuring 14 people and closing the line.";
    let tokens = crate::text::normalize::tokens(plain);
    assert!(attribution_mask(plain, &tokens).iter().all(|m| !m));
    // The same claim with and without a source named scores higher than before the discount.
    let a = "At least 14 people were injured, the port authority said in a statement.";
    let b = "At least 14 people were injured.";
    assert!(same(a, b), "{}", score(a, b));
}

/// `p` without the terms a country's alias implies.
fn without_aliases(p: &Prepared) -> Prepared {
    let mut p = p.clone();
    p.terms.retain(|t| !t.alias);
    p
}

#[test]
fn a_demonym_or_alias_counts_as_its_country() {
    let pairs = [
        (
            "North Korean troops crossed the border into the disputed zone overnight.",
            "Troops from North Korea crossed the border into the disputed zone overnight.",
        ),
        (
            "The DPRK fired two ballistic missiles into the sea on Monday.",
            "North Korea fired two ballistic missiles into the sea on Monday.",
        ),
        (
            "Turkish officials confirmed that the ferry sank near the port.",
            "Officials in Turkey confirmed that the ferry sank near the port.",
        ),
    ];
    for (a, b) in pairs {
        let (pa, pb) = (prepare(a, None), prepare(b, None));
        let with = score_prepared(&pa, &pb);
        let without = score_prepared(&without_aliases(&pa), &without_aliases(&pb));
        assert!(with > without, "{a} / {b}: {with} <= {without}");
        assert_eq!(with, score_prepared(&pb, &pa), "symmetric");
    }
}

#[test]
fn a_demonym_on_both_sides_counts_once() {
    // Both say `Australian`: the implied `Australia` must not count on top of it.
    let a = "An Australian climber fell to his death on the mountain on Sunday.";
    let b = "Rescuers recovered the body of an Australian tourist near the lake.";
    let (pa, pb) = (prepare(a, None), prepare(b, None));
    assert!(
        pa.terms.iter().any(|t| t.alias),
        "Australian implies Australia"
    );
    assert_eq!(
        score_prepared(&pa, &pb),
        score_prepared(&without_aliases(&pa), &without_aliases(&pb))
    );
}
