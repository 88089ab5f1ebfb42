//! The findings agree with each other on real-ish input: every sentence's support holds its own
//! source and the sources of its matches, "only in one source" is exactly support of one, claims
//! hold their sentences, omissions name only claims the source does not match, and every atom
//! mention lies within its sentence. Checked on the invented set and, when `../shared/data` is
//! present, a few ECB+ events.

use factdiff::Input;
use factdiff::findings::Analysis;
use factdiff::model::SentenceRef;
use factdiff::report::summary;
use std::collections::BTreeSet;
use std::path::Path;

/// Every sentence of the analysis, in reading order.
fn all_sentences(analysis: &Analysis) -> Vec<SentenceRef> {
    (0..analysis.articles.len())
        .flat_map(|s| summary::sentence_refs(analysis, s))
        .collect()
}

/// Checks every invariant; returns how many sentences have a match (so callers can tell the
/// check was not vacuous).
fn check(name: &str, analysis: &Analysis) -> usize {
    let sentences = all_sentences(analysis);
    let unique: BTreeSet<SentenceRef> = summary::summarize(analysis)
        .unique
        .iter()
        .flat_map(|u| u.sentences.iter().copied())
        .collect();
    let mut matched = 0;
    for &r in &sentences {
        let f = analysis.findings(r);
        let text = analysis.sentence_text(r);
        let mut needed: BTreeSet<usize> = f.matches.iter().map(|m| m.sentence.source).collect();
        needed.insert(r.source);
        let support: BTreeSet<usize> = f.support.iter().copied().collect();
        assert!(
            needed.is_subset(&support),
            "{name}: {r:?} {text:?}: support {:?} lacks a source of its matches {:?}",
            f.support,
            f.matches
        );
        assert_eq!(
            unique.contains(&r),
            f.support.len() == 1,
            "{name}: {r:?} {text:?}: listed unique {} with support {:?}",
            unique.contains(&r),
            f.support
        );
        if !f.matches.is_empty() {
            matched += 1;
        }
        // Matches go both ways: the counterpart has a match in this sentence's source.
        for m in &f.matches {
            let back = analysis.findings(m.sentence);
            assert!(
                back.matches.iter().any(|b| b.sentence.source == r.source),
                "{name}: {r:?} matches {:?} but not the other way",
                m.sentence
            );
        }
        let claim = f.claim.and_then(|c| analysis.claims.get(c));
        let claim = claim.unwrap_or_else(|| panic!("{name}: {r:?} has no claim"));
        assert!(
            claim.sentences.contains(&r),
            "{name}: {r:?} not in its claim"
        );
        assert!(
            claim.sources.iter().all(|s| support.contains(s)),
            "{name}: {r:?}: claim sources {:?} not in support {:?}",
            claim.sources,
            f.support
        );
    }
    // An omitted claim: no sentence of the source matches any member of the claim.
    for o in &analysis.omissions {
        for &c in &o.claims {
            let claim = &analysis.claims[c];
            for &m in &claim.sentences {
                assert!(
                    !analysis.findings(m).support.contains(&o.source),
                    "{name}: source {} said to lack claim {c}, but {m:?} is supported by it",
                    o.source
                );
            }
        }
    }
    // Atom mentions lie within their sentence.
    for atom in &analysis.atoms {
        for m in &atom.mentions {
            let Some(sentence) = analysis
                .articles
                .get(m.sentence.source)
                .and_then(|a| a.paragraphs.get(m.sentence.paragraph))
                .and_then(|p| p.sentences.get(m.sentence.sentence))
            else {
                panic!("{name}: atom {:?} mentions a missing sentence", atom.text);
            };
            assert!(
                sentence.span.start <= m.span.start && m.span.end <= sentence.span.end,
                "{name}: atom {:?} at {:?} runs out of its sentence {:?} {:?}",
                atom.text,
                m.span,
                m.sentence,
                analysis.sentence_text(m.sentence)
            );
        }
    }
    eprintln!(
        "{name}: {} sentences, {matched} with a match, {} unique",
        sentences.len(),
        unique.len()
    );
    matched
}

fn analyze(inputs: &[Input]) -> Analysis {
    factdiff::compare(inputs).expect("compare failed").0
}

#[test]
fn findings_agree_on_the_invented_set() {
    let invented = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/invented");
    let inputs = crate::common::inputs::folder(Path::new(invented));
    assert!(inputs.len() >= 4, "invented set: {} inputs", inputs.len());
    assert!(check("invented", &analyze(&inputs)) > 0);
    assert!(check("bundled", &analyze(&factdiff::ingest::bundled::inputs())) > 0);
}

#[test]
fn findings_agree_on_ecbplus_events() {
    let Some(root) =
        crate::common::data::shared_data("ecbplus-dev", "findings_agree_on_ecbplus_events")
    else {
        return;
    };
    for topic in ["8_ecb", "19_ecb", "21_ecbplus", "3_ecbplus", "30_ecb"] {
        let inputs = crate::common::inputs::folder(&root.join(topic));
        if inputs.is_empty() {
            eprintln!("skipped topic {topic}: no articles");
            continue;
        }
        assert!(check(&format!("ecbplus/{topic}"), &analyze(&inputs)) > 0);
    }
}
