//! Comparing each story on its own and putting the results together.
//!
//! Each group of articles is analysed by [`crate::engine::analyze`] as if it were the only one
//! (so no match, claim, conflict, omission or alignment row crosses stories); the analyses are
//! then laid side by side, one source range after another, and mapped back to command-line
//! order by the engine's own remapping, which sorts claims, conflicts and the other lists by
//! their sentences in that order. Sentence ids therefore stay `s<source>.p<paragraph>.<n>` in
//! command-line order, exactly as without grouping.

use crate::findings::{Analysis, Story};
use crate::model::{Article, SentenceRef};
use rayon::prelude::*;

/// Analyses each group (indexes into `articles`, a partition of them) on its own and combines
/// the results; the stories of the result are the groups, in the order given.
/// `progress` is told `(done, total)` stories as they are compared (from any thread).
pub fn analyze_groups(
    articles: Vec<Article>,
    groups: &[Vec<usize>],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Analysis {
    let n = articles.len();
    let mut slots: Vec<Option<Article>> = articles.into_iter().map(Some).collect();
    // `order[k]` is the command-line index of source k of the side-by-side layout.
    let mut order: Vec<usize> = Vec::with_capacity(n);
    let mut parts: Vec<Vec<Article>> = Vec::with_capacity(groups.len());
    let mut stories: Vec<Story> = Vec::with_capacity(groups.len());
    for g in groups {
        let taken: Vec<(usize, Article)> = g
            .iter()
            .filter_map(|&i| Some((i, slots.get_mut(i)?.take()?)))
            .collect();
        if taken.is_empty() {
            continue;
        }
        stories.push(Story {
            sources: taken.iter().map(|(i, _)| *i).collect(),
            title: super::super::story_title(taken.iter().map(|(_, a)| a)),
            alignment: Vec::new(),
        });
        order.extend(taken.iter().map(|(i, _)| *i));
        parts.push(taken.into_iter().map(|(_, a)| a).collect());
    }
    // Articles in no group (a caller's mistake) become stories of one.
    for (i, slot) in slots.iter_mut().enumerate() {
        if let Some(a) = slot.take() {
            stories.push(Story {
                sources: vec![i],
                title: super::super::story_title(std::iter::once(&a)),
                alignment: Vec::new(),
            });
            order.push(i);
            parts.push(vec![a]);
        }
    }
    let total = parts.len();
    let done = std::sync::atomic::AtomicUsize::new(0);
    progress(0, total);
    let mut analyses: Vec<Analysis> = parts
        .into_par_iter()
        .map(|part| {
            let a = super::super::analyze(part);
            progress(
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1,
                total,
            );
            a
        })
        .collect();
    if analyses.len() == 1 {
        // One story: the analysis as it is (its story list is already that one story).
        return analyses.pop().unwrap_or_default();
    }
    // Each story keeps its own alignment rows, one cell per source of the story: laid out
    // over every source they would take sources x rows cells.
    for (story, a) in stories.iter_mut().zip(analyses.iter_mut()) {
        story.alignment = std::mem::take(&mut a.alignment);
    }
    let side = side_by_side(analyses);
    let mut combined = super::super::remap(side, &order);
    // Stories in order of their first source on the command line.
    stories.sort_by_key(|s| s.sources.first().copied());
    combined.stories = stories;
    combined
}

/// The analyses laid one after another: sources of the second follow those of the first, and
/// so on; claim indexes are shifted the same way. Alignment rows stay with their stories.
fn side_by_side(analyses: Vec<Analysis>) -> Analysis {
    let mut out = Analysis::default();
    let mut base = 0;
    for a in analyses {
        let m = a.articles.len();
        debug_assert!(a.alignment.is_empty());
        let claim_base = out.claims.len();
        let shift = |r: SentenceRef| SentenceRef {
            source: r.source + base,
            ..r
        };
        out.articles.extend(a.articles);
        out.sentences.extend(a.sentences.into_iter().map(|p| {
            p.into_iter()
                .map(|s| {
                    s.into_iter()
                        .map(|mut f| {
                            f.support.iter_mut().for_each(|x| *x += base);
                            f.matches
                                .iter_mut()
                                .for_each(|x| x.sentence = shift(x.sentence));
                            f.claim = f.claim.map(|c| c + claim_base);
                            f
                        })
                        .collect()
                })
                .collect()
        }));
        out.claims.extend(a.claims.into_iter().map(|mut c| {
            c.sentences.iter_mut().for_each(|r| *r = shift(*r));
            c.sources.iter_mut().for_each(|x| *x += base);
            c
        }));
        out.atoms.extend(a.atoms.into_iter().map(|mut t| {
            t.sources.iter_mut().for_each(|x| *x += base);
            t.mentions
                .iter_mut()
                .for_each(|x| x.sentence = shift(x.sentence));
            t
        }));
        out.conflicts.extend(a.conflicts.into_iter().map(|mut c| {
            c.claim = c.claim.map(|k| k + claim_base);
            c.sides
                .iter_mut()
                .for_each(|x| x.sentence = shift(x.sentence));
            c
        }));
        out.quote_variants
            .extend(a.quote_variants.into_iter().map(|mut q| {
                q.renderings
                    .iter_mut()
                    .for_each(|x| x.sentence = shift(x.sentence));
                q
            }));
        out.omissions.extend(a.omissions.into_iter().map(|mut o| {
            o.source += base;
            o.claims.iter_mut().for_each(|c| *c += claim_base);
            o
        }));
        base += m;
    }
    out
}
