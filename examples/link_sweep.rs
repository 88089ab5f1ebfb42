//! Diagnostic for claim linking on the labelled fixtures (tests/fixtures/labels): the score of
//! every labelled pair as the analysis computes it (with article context), and link precision
//! and recall of "score ≥ t" for a range of thresholds. Shows how far a threshold alone can go
//! and which labelled links score lowest.
//!
//! `cargo run --release --example link_sweep [bundled|invented] [--pairs]`

// The test helpers (tests/common), for their label loading and scoring.
#[path = "../tests/common/mod.rs"]
mod common;
use common::labels;

use factdiff::engine::THRESHOLD;
use factdiff::engine::matching::Corpus;
use factdiff::model::{SentenceRef, sentence_id};
use std::collections::BTreeSet;

type Link = (SentenceRef, SentenceRef);

fn links(groups: &[labels::Group], resolved: &labels::Resolved) -> BTreeSet<Link> {
    let mut out = BTreeSet::new();
    for g in groups {
        let refs: Vec<SentenceRef> = g.sentences.iter().filter_map(|l| resolved.get(l)).collect();
        for &a in &refs {
            for &b in &refs {
                if a.source < b.source {
                    out.insert((a, b));
                }
            }
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_pairs = args.iter().any(|a| a == "--pairs");
    let names: Vec<&str> = match args.iter().find(|a| !a.starts_with("--")) {
        Some(n) => vec![n.as_str()],
        None => vec!["bundled", "invented"],
    };
    for name in names {
        let set = labels::load_set(name);
        let analysis = labels::analyze(&set);
        let resolved = labels::resolve(&set, &analysis);
        let corpus = Corpus::new(&analysis.articles);
        let required = links(&set.claims, &resolved);
        let related = links(&set.related, &resolved);
        let scored: BTreeSet<SentenceRef> = set
            .claims
            .iter()
            .flat_map(|g| g.sentences.iter())
            .chain(set.unique.iter())
            .filter_map(|l| resolved.get(l))
            .collect();
        let score = |(a, b): Link| match (corpus.position(a), corpus.position(b)) {
            (Some(i), Some(j)) => corpus.score(i, j),
            _ => 0.0,
        };
        let mut pos: Vec<(f32, Link)> = required.iter().map(|&l| (score(l), l)).collect();
        let mut neg: Vec<(f32, Link)> = Vec::new();
        for &a in &scored {
            for &b in &scored {
                if a.source < b.source && !required.contains(&(a, b)) && !related.contains(&(a, b))
                {
                    neg.push((score((a, b)), (a, b)));
                }
            }
        }
        // `LINK_DUMP=FILE`: every scored pair as `label<TAB>score<TAB>sentence A<TAB>sentence B`
        // (label 1 for a required link), for trying other evidence outside the project.
        if let Some(path) = std::env::var_os("LINK_DUMP") {
            let line = |label: u8, (s, (a, b)): &(f32, Link)| {
                let clean = |r: SentenceRef| analysis.sentence_text(r).replace(['\t', '\n'], " ");
                format!("{label}\t{s}\t{}\t{}\n", clean(*a), clean(*b))
            };
            let rows: String = pos
                .iter()
                .map(|p| line(1, p))
                .chain(neg.iter().map(|n| line(0, n)))
                .collect();
            let path = std::path::PathBuf::from(path).with_extension(format!("{name}.tsv"));
            if let Err(e) = std::fs::write(&path, rows) {
                eprintln!("cannot write {}: {e}", path.display());
            }
        }
        pos.sort_by(|x, y| x.0.total_cmp(&y.0));
        neg.sort_by(|x, y| y.0.total_cmp(&x.0));
        println!(
            "[{name}] {} required links, {} negative pairs",
            pos.len(),
            neg.len()
        );
        for t in [0.20f32, 0.25, 0.30, 0.35, 0.40, THRESHOLD, 0.50] {
            let tp = pos.iter().filter(|p| p.0 >= t).count();
            let fp = neg.iter().filter(|p| p.0 >= t).count();
            println!(
                "  t {t:.2}: P {:.3} R {:.3} (tp {tp}, fp {fp})",
                tp as f64 / (tp + fp).max(1) as f64,
                tp as f64 / pos.len().max(1) as f64
            );
        }
        if show_pairs {
            let text = |r: SentenceRef| {
                let t = analysis.sentence_text(r);
                t.chars().take(70).collect::<String>()
            };
            let show = |title: &str, list: &[(f32, Link)], most: usize| {
                println!("  {title}:");
                for (s, (a, b)) in list.iter().take(most) {
                    println!(
                        "    {s:.3} {} {:?}\n          {} {:?}",
                        sentence_id(*a),
                        text(*a),
                        sentence_id(*b),
                        text(*b)
                    );
                }
            };
            show("lowest required links", &pos, 40);
            show("highest negative pairs", &neg, 15);
        }
    }
}
