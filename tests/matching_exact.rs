//! The candidate index and the score bound only skip work: the pruned matching must find
//! exactly the pairs (and near pairs) an all-pairs scan finds, on the bundled five, the
//! invented set and, when `../shared/data` is present, a few ECB+ events.

mod common;

use factdiff::engine::matching::Corpus;
use factdiff::engine::matching::similarity::{self, Params, THRESHOLD};
use factdiff::{Article, Input};
use std::path::Path;

type Pairs = Vec<(usize, usize, f32)>;

/// Matches and near pairs by scoring every pair of sentences from different sources.
fn all_pairs(corpus: &Corpus) -> (Pairs, Pairs) {
    let (mut matches, mut near) = (Vec::new(), Vec::new());
    for (i, a) in corpus.prepared.iter().enumerate() {
        for (j, b) in corpus.prepared.iter().enumerate().skip(i + 1) {
            if corpus.refs[i].source == corpus.refs[j].source {
                continue;
            }
            let (s, neutral) = similarity::scores_prepared(a, b);
            // As the matching does: each side has a value of some weight to pair.
            let has_values = |p: &similarity::Prepared| {
                p.terms
                    .iter()
                    .any(|t| t.value && !t.implied && t.effective_weight(&Params::default()) > 0.0)
            };
            if s >= THRESHOLD {
                matches.push((i, j, s));
            } else if neutral >= THRESHOLD && has_values(a) && has_values(b) {
                near.push((i, j, neutral));
            }
        }
    }
    (matches, near)
}

fn check(name: &str, articles: &[Article]) {
    let corpus = Corpus::new(articles);
    let pruned = corpus.scored_pairs();
    let (matches, near) = all_pairs(&corpus);
    eprintln!(
        "{name}: {} sentences, {} matches, {} near pairs",
        corpus.prepared.len(),
        matches.len(),
        near.len()
    );
    let text = |k: usize| {
        let r = corpus.refs[k];
        let a = &articles[r.source];
        a.paragraphs[r.paragraph].sentences[r.sentence]
            .span
            .slice(&a.text)
            .to_owned()
    };
    // Name the pairs either way misses, with their sentences, before failing.
    let differences = |what: &str, scan: &Pairs, pruned: &Pairs| {
        for m in scan.iter().filter(|m| !pruned.contains(m)) {
            eprintln!(
                "{name}: pruned {what} misses {m:?}: {:?} / {:?}",
                text(m.0),
                text(m.1)
            );
        }
        for m in pruned.iter().filter(|m| !scan.contains(m)) {
            eprintln!(
                "{name}: pruned {what} adds {m:?}: {:?} / {:?}",
                text(m.0),
                text(m.1)
            );
        }
    };
    differences("matching", &matches, &pruned.matches);
    differences("near pairs", &near, &pruned.near);
    assert_eq!(pruned.matches, matches, "{name}: matches differ");
    assert_eq!(pruned.near, near, "{name}: near pairs differ");
}

fn articles(inputs: &[Input]) -> Vec<Article> {
    inputs
        .iter()
        .filter_map(|i| factdiff::prepare(i).ok())
        .collect()
}

fn folder(dir: &Path) -> Vec<Input> {
    let mut paths: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path().to_string_lossy().into_owned())
                .filter(|p| p.ends_with(".txt") || p.ends_with(".md"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    factdiff::ingest::load(&paths, &factdiff::Limits::default())
        .map(|l| l.inputs)
        .unwrap_or_default()
}

#[test]
fn pruned_matching_equals_all_pairs_on_the_labelled_sets() {
    check("bundled", &articles(&factdiff::ingest::bundled::inputs()));
    let invented = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/invented");
    let inputs = folder(Path::new(invented));
    assert!(inputs.len() >= 4, "invented set: {} inputs", inputs.len());
    check("invented", &articles(&inputs));
}

#[test]
fn pruned_matching_equals_all_pairs_on_ecbplus_events() {
    let Some(root) = common::data::shared_data(
        "ecbplus-dev",
        "pruned_matching_equals_all_pairs_on_ecbplus_events",
    ) else {
        return;
    };
    for topic in ["1_ecb", "3_ecbplus", "12_ecb", "19_ecbplus", "30_ecb"] {
        let inputs = folder(&root.join(topic));
        if inputs.is_empty() {
            eprintln!("skipped topic {topic}: no articles");
            continue;
        }
        check(&format!("ecbplus/{topic}"), &articles(&inputs));
    }
}
