//! The analysis a label set describes (part of [`super`]), to check the scorer itself.

use super::{LabelSet, resolve};
use factdiff::findings::{
    Analysis, Atom, AtomKind, Conflict, ConflictKind, ConflictSide, Match, QuoteRendering,
    QuoteVariant,
};
use factdiff::model::Span;

/// Builds the analysis the labels describe (links as matches, atoms, conflicts, quote variants)
/// on top of the real articles, so the scorer itself can be checked.
pub fn oracle(set: &LabelSet, mut analysis: Analysis) -> Analysis {
    let resolved = resolve(set, &analysis);
    assert!(resolved.errors.is_empty(), "{:?}", resolved.errors);
    // Start from no links at all: the engine's own matches and support are replaced.
    for (source, paragraphs) in analysis.sentences.iter_mut().enumerate() {
        for f in paragraphs.iter_mut().flatten() {
            f.matches.clear();
            f.support = vec![source];
        }
    }
    for g in &set.claims {
        let refs: Vec<_> = g.sentences.iter().filter_map(|l| resolved.get(l)).collect();
        for &a in &refs {
            for &b in refs.iter().filter(|b| b.source != a.source) {
                let Some(f) = analysis
                    .sentences
                    .get_mut(a.source)
                    .and_then(|p| p.get_mut(a.paragraph))
                    .and_then(|s| s.get_mut(a.sentence))
                else {
                    continue;
                };
                f.matches.push(Match {
                    sentence: b,
                    score: 1.0,
                });
                if !f.support.contains(&b.source) {
                    f.support.push(b.source);
                }
            }
        }
    }
    analysis.claims.clear();
    let kind = |k: &str| match k {
        "person" => AtomKind::Person,
        "organization" => AtomKind::Organization,
        "place" => AtomKind::Place,
        "number" => AtomKind::Number,
        "date" => AtomKind::Date,
        "quote" => AtomKind::Quote,
        _ => AtomKind::Other,
    };
    analysis.atoms = set
        .atoms
        .iter()
        .map(|a| Atom {
            kind: kind(&a.kind),
            text: a.text.clone(),
            variants: a.variants.clone(),
            sources: a.sources.iter().map(|k| k - 1).collect(),
            mentions: Vec::new(),
        })
        .collect();
    analysis.conflicts = set
        .conflicts
        .iter()
        .map(|c| Conflict {
            // Labels may name a finer kind than the engine's ("time"); the scorer compares
            // sides only, so an unknown word counts as a date.
            about: c.about.parse().unwrap_or(ConflictKind::Date),
            claim: None,
            sides: c
                .sides
                .iter()
                .filter_map(|s| {
                    Some(ConflictSide {
                        sentence: resolved.get(&(s.source, s.sentence.clone()))?,
                        value: s.value.clone(),
                        span: Span::new(0, 0),
                    })
                })
                .collect(),
        })
        .collect();
    analysis.quote_variants = set
        .quote_variants
        .iter()
        .map(|q| QuoteVariant {
            renderings: q
                .renderings
                .iter()
                .filter_map(|l| {
                    Some(QuoteRendering {
                        sentence: resolved.get(l)?,
                        text: String::new(),
                        span: Span::new(0, 0),
                    })
                })
                .collect(),
        })
        .collect();
    analysis
}
