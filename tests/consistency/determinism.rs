//! The same articles in any order give the same findings, modulo source relabelling. Checked on
//! the bundled five and the invented set, over several permutations, by comparing a canonical
//! form in which sources are named by path and sentences by (path, text).

use crate::common::labels;
use factdiff::findings::Analysis;
use factdiff::ingest::Input;
use factdiff::model::SentenceRef;
use std::collections::{BTreeMap, BTreeSet};

type Sent = (String, String);

/// Findings with every index replaced by content: sources by path, sentences by (path, text).
#[derive(Debug, PartialEq, Eq)]
struct Canonical {
    support: BTreeMap<Sent, BTreeSet<String>>,
    matches: BTreeMap<Sent, BTreeSet<Sent>>,
    claims: BTreeSet<BTreeSet<Sent>>,
    atoms: BTreeSet<(String, String, Vec<String>, BTreeSet<String>)>,
    conflicts: BTreeSet<(String, BTreeSet<(Sent, String)>)>,
    quote_variants: BTreeSet<BTreeSet<(Sent, String)>>,
    omissions: BTreeMap<String, BTreeSet<BTreeSet<Sent>>>,
    alignment: Vec<BTreeMap<String, (Option<usize>, bool)>>,
}

fn canonical(a: &Analysis) -> Canonical {
    let path = |s: usize| {
        a.articles
            .get(s)
            .map(|x| x.path.clone())
            .unwrap_or_default()
    };
    let sent = |r: SentenceRef| (path(r.source), a.sentence_text(r).to_owned());
    let claim_set = |k: usize| -> BTreeSet<Sent> {
        a.claims
            .get(k)
            .map(|c| c.sentences.iter().map(|&r| sent(r)).collect())
            .unwrap_or_default()
    };
    let mut support = BTreeMap::new();
    let mut matches = BTreeMap::new();
    for (source, article) in a.articles.iter().enumerate() {
        for (paragraph, sentence, _) in article.sentences() {
            let r = SentenceRef {
                source,
                paragraph,
                sentence,
            };
            let f = a.findings(r);
            support.insert(sent(r), f.support.iter().map(|&s| path(s)).collect());
            matches.insert(
                sent(r),
                f.matches.iter().map(|m| sent(m.sentence)).collect(),
            );
        }
    }
    Canonical {
        support,
        matches,
        claims: (0..a.claims.len()).map(claim_set).collect(),
        atoms: a
            .atoms
            .iter()
            .map(|x| {
                (
                    format!("{:?}", x.kind),
                    x.text.clone(),
                    x.variants.clone(),
                    x.sources.iter().map(|&s| path(s)).collect(),
                )
            })
            .collect(),
        conflicts: a
            .conflicts
            .iter()
            .map(|c| {
                (
                    c.about.to_string(),
                    c.sides
                        .iter()
                        .map(|s| (sent(s.sentence), s.value.clone()))
                        .collect(),
                )
            })
            .collect(),
        quote_variants: a
            .quote_variants
            .iter()
            .map(|q| {
                q.renderings
                    .iter()
                    .map(|r| (sent(r.sentence), r.text.clone()))
                    .collect()
            })
            .collect(),
        omissions: a
            .omissions
            .iter()
            .map(|o| {
                (
                    path(o.source),
                    o.claims.iter().map(|&k| claim_set(k)).collect(),
                )
            })
            .collect(),
        alignment: a
            .alignment
            .iter()
            .map(|row| {
                (0..a.articles.len())
                    .map(|s| {
                        (
                            path(s),
                            (
                                row.paragraphs.get(s).copied().flatten(),
                                row.moved.get(s).copied().unwrap_or(false),
                            ),
                        )
                    })
                    .collect()
            })
            .collect(),
    }
}

fn permuted(inputs: &[Input], order: &[usize]) -> Vec<Input> {
    order
        .iter()
        .filter_map(|&i| inputs.get(i).cloned())
        .collect()
}

fn check(name: &str, orders: &[&[usize]]) {
    let set = labels::load_set(name);
    let inputs = labels::load_inputs(&set);
    let (base, _) = factdiff::compare(&inputs).expect("compare");
    let want = canonical(&base);
    assert!(!want.support.is_empty());
    for order in orders {
        assert_eq!(order.len(), inputs.len());
        let (got, _) = factdiff::compare(&permuted(&inputs, order)).expect("compare");
        let got_paths: Vec<&str> = got.articles.iter().map(|a| a.path.as_str()).collect();
        let want_paths: Vec<&str> = order
            .iter()
            .filter_map(|&i| inputs.get(i))
            .map(|i| i.path.as_str())
            .collect();
        assert_eq!(
            got_paths, want_paths,
            "sources must stay in the order given"
        );
        assert_eq!(
            canonical(&got),
            want,
            "{name}: order {order:?} changes the findings"
        );
    }
}

#[test]
fn bundled_findings_do_not_depend_on_input_order() {
    check(
        "bundled",
        &[
            &[4, 3, 2, 1, 0],
            &[2, 0, 4, 1, 3],
            &[1, 3, 0, 4, 2],
            &[0, 1, 2, 4, 3],
        ],
    );
}

#[test]
fn invented_findings_do_not_depend_on_input_order() {
    check("invented", &[&[3, 2, 1, 0], &[1, 3, 0, 2], &[0, 2, 1, 3]]);
}

/// The stories as sets of paths, with their titles.
fn story_sets(a: &Analysis) -> BTreeSet<(String, BTreeSet<String>)> {
    factdiff::findings::stories::stories(a)
        .into_iter()
        .map(|t| {
            let paths = t
                .sources
                .iter()
                .filter_map(|&s| a.articles.get(s).map(|x| x.path.clone()))
                .collect();
            (t.title, paths)
        })
        .collect()
}

#[test]
fn mixed_sets_give_the_same_stories_and_findings_in_any_order() {
    let mut inputs = labels::load_inputs(&labels::load_set("bundled"));
    inputs.extend(labels::load_inputs(&labels::load_set("invented")));
    let (base, _) = factdiff::compare(&inputs).expect("compare");
    assert!(
        story_sets(&base).len() >= 2,
        "two events: two stories at least"
    );
    let n = inputs.len();
    let reversed: Vec<usize> = (0..n).rev().collect();
    let interleaved: Vec<usize> = (0..n).step_by(2).chain((1..n).step_by(2)).collect();
    for order in [reversed, interleaved] {
        let (got, _) = factdiff::compare(&permuted(&inputs, &order)).expect("compare");
        assert_eq!(story_sets(&got), story_sets(&base), "order {order:?}");
        assert_eq!(canonical(&got), canonical(&base), "order {order:?}");
    }
}
