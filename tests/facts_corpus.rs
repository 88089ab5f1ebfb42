//! Runs atom, quote-variant and conflict extraction over the ECB+ development articles
//! (`../shared/data/ecbplus-dev`, one folder per event): nothing may panic, every mention must
//! point at its own text, and counts per kind are printed. Skips when the data is absent.

mod common;

use factdiff::findings::{AtomKind, Claim};
use factdiff::model::SentenceRef;
use std::collections::BTreeMap;

#[test]
fn ecbplus_atoms_per_kind() {
    let Some(root) = common::data::shared_data("ecbplus-dev", "ecbplus_atoms_per_kind") else {
        return;
    };
    let root = root.as_path();
    let mut dirs: Vec<_> = std::fs::read_dir(root)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.retain(|p| p.is_dir());
    dirs.sort();
    let mut per_kind: BTreeMap<AtomKind, usize> = BTreeMap::new();
    let (mut articles_seen, mut variants, mut conflicts) = (0, 0, 0);
    for dir in dirs {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        let mut articles = Vec::new();
        for f in files {
            let Ok(text) = std::fs::read_to_string(&f) else {
                continue;
            };
            let input = factdiff::Input {
                path: f.display().to_string(),
                format: factdiff::ingest::Format::Text,
                text,
                hints: Default::default(),
            };
            if let Ok(a) = factdiff::prepare(&input) {
                articles.push(a);
            }
        }
        articles_seen += articles.len();
        let atoms = factdiff::engine::extract::atoms::extract(&articles);
        for a in &atoms {
            *per_kind.entry(a.kind).or_default() += 1;
            assert!(!a.sources.is_empty() && !a.mentions.is_empty());
            for m in &a.mentions {
                let art = &articles[m.sentence.source];
                let s = m.span.slice(&art.text);
                assert!(
                    a.variants.iter().any(|v| v == s),
                    "{s:?} not among {:?}",
                    a.variants
                );
            }
        }
        variants += factdiff::engine::extract::quotes::variants(&articles).len();
        // Every first sentence of the event's articles as one claim: conflicts must not panic
        // and must have two differing sides.
        let claim = Claim {
            sentences: (0..articles.len())
                .map(|source| SentenceRef {
                    source,
                    paragraph: 0,
                    sentence: 0,
                })
                .collect(),
            sources: (0..articles.len()).collect(),
        };
        for c in factdiff::engine::compare::conflicts::find(&articles, &[claim]) {
            assert!(c.sides.len() >= 2);
            conflicts += 1;
        }
    }
    eprintln!(
        "ecbplus-dev: {articles_seen} articles; atoms per kind: {per_kind:?}; quote variants: {variants}; conflicts among first sentences: {conflicts}"
    );
    assert!(articles_seen > 0);
    assert!(per_kind.get(&AtomKind::Person).copied().unwrap_or(0) > 0);
}
