//! Questions about the stories of an analysis: which story a source belongs to, a story as an
//! analysis of its own (what the interface's panes and the per-story report sections show),
//! and the facts a story list shows (sources, outlets, date range, agreement).

use super::{Analysis, Story};
use crate::model::SentenceRef;

/// The stories of an analysis: its list, or one story of every source when the list is empty.
pub fn stories(analysis: &Analysis) -> Vec<Story> {
    if analysis.stories.is_empty() {
        vec![Story {
            sources: (0..analysis.articles.len()).collect(),
            title: crate::engine::story_title(analysis.articles.iter()),
            alignment: Vec::new(),
        }]
    } else {
        analysis.stories.clone()
    }
}

/// Number of stories (at least 1 when there are sources).
pub fn story_count(analysis: &Analysis) -> usize {
    analysis
        .stories
        .len()
        .max(usize::from(!analysis.articles.is_empty()))
}

/// Per source, the index of its story.
pub fn story_of_sources(analysis: &Analysis) -> Vec<usize> {
    let mut out = vec![0; analysis.articles.len()];
    for (t, story) in analysis.stories.iter().enumerate() {
        for &s in &story.sources {
            if let Some(slot) = out.get_mut(s) {
                *slot = t;
            }
        }
    }
    out
}

/// The story of one source (0 when the analysis has one story or the source is unknown).
pub fn story_of(analysis: &Analysis, source: usize) -> usize {
    analysis
        .stories
        .iter()
        .position(|t| t.sources.binary_search(&source).is_ok())
        .unwrap_or(0)
}

/// Number of sources in the story of `source` (every source when there is one story).
pub fn story_size(analysis: &Analysis, source: usize) -> usize {
    if analysis.stories.len() <= 1 {
        return analysis.articles.len();
    }
    analysis
        .stories
        .get(story_of(analysis, source))
        .map_or(analysis.articles.len(), |t| t.sources.len())
}

/// Story `t` as an analysis of its own: its sources only, numbered from 0 in command-line
/// order, with the claims, atoms, conflicts, quotation variants, omissions and alignment rows
/// of the story. With one story, that is the whole analysis. `None` when `t` is out of range.
pub fn story_analysis(analysis: &Analysis, t: usize) -> Option<Analysis> {
    if analysis.stories.len() <= 1 {
        return (t == 0).then(|| analysis.clone());
    }
    let story = analysis.stories.get(t)?;
    let n = analysis.articles.len();
    let mut local: Vec<Option<usize>> = vec![None; n];
    for (k, &s) in story.sources.iter().enumerate() {
        if let Some(slot) = local.get_mut(s) {
            *slot = Some(k);
        }
    }
    let at = |s: usize| local.get(s).copied().flatten();
    let sref = |r: SentenceRef| at(r.source).map(|source| SentenceRef { source, ..r });
    let list = |v: &[usize]| v.iter().filter_map(|&s| at(s)).collect::<Vec<_>>();
    // Claims of the story, in their global order; `claim_map[global]` is the local index.
    let mut claim_map: Vec<Option<usize>> = vec![None; analysis.claims.len()];
    let mut claims = Vec::new();
    for (i, c) in analysis.claims.iter().enumerate() {
        if c.sentences.first().is_some_and(|r| at(r.source).is_some()) {
            claim_map[i] = Some(claims.len());
            let mut c = c.clone();
            c.sentences = c.sentences.iter().filter_map(|&r| sref(r)).collect();
            c.sources = list(&c.sources);
            claims.push(c);
        }
    }
    let claim = |c: Option<usize>| c.and_then(|c| claim_map.get(c).copied().flatten());
    let sentences = story
        .sources
        .iter()
        .filter_map(|&s| analysis.sentences.get(s))
        .map(|paragraphs| {
            paragraphs
                .iter()
                .map(|p| {
                    p.iter()
                        .map(|f| {
                            let mut f = f.clone();
                            f.support = list(&f.support);
                            f.matches.retain_mut(|m| match sref(m.sentence) {
                                Some(r) => {
                                    m.sentence = r;
                                    true
                                }
                                None => false,
                            });
                            f.claim = claim(f.claim);
                            f
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    let atoms = analysis
        .atoms
        .iter()
        .filter(|a| a.sources.first().is_some_and(|&s| at(s).is_some()))
        .map(|a| {
            let mut a = a.clone();
            a.sources = list(&a.sources);
            a.mentions.retain_mut(|m| match sref(m.sentence) {
                Some(r) => {
                    m.sentence = r;
                    true
                }
                None => false,
            });
            a
        })
        .collect();
    let conflicts = analysis
        .conflicts
        .iter()
        .filter(|c| {
            c.sides
                .first()
                .is_some_and(|x| at(x.sentence.source).is_some())
        })
        .map(|c| {
            let mut c = c.clone();
            c.claim = claim(c.claim);
            c.sides.retain_mut(|x| match sref(x.sentence) {
                Some(r) => {
                    x.sentence = r;
                    true
                }
                None => false,
            });
            c
        })
        .collect();
    let quote_variants = analysis
        .quote_variants
        .iter()
        .filter(|q| {
            q.renderings
                .first()
                .is_some_and(|x| at(x.sentence.source).is_some())
        })
        .map(|q| {
            let mut q = q.clone();
            q.renderings.retain_mut(|x| match sref(x.sentence) {
                Some(r) => {
                    x.sentence = r;
                    true
                }
                None => false,
            });
            q
        })
        .collect();
    let omissions = analysis
        .omissions
        .iter()
        .filter_map(|o| {
            let mut o = o.clone();
            o.source = at(o.source)?;
            o.claims = o.claims.iter().filter_map(|&c| claim(Some(c))).collect();
            Some(o)
        })
        .collect();
    let articles = story
        .sources
        .iter()
        .filter_map(|&s| analysis.articles.get(s).cloned())
        .collect::<Vec<_>>();
    Some(Analysis {
        stories: vec![Story {
            sources: (0..articles.len()).collect(),
            title: story.title.clone(),
            alignment: Vec::new(),
        }],
        articles,
        sentences,
        claims,
        atoms,
        conflicts,
        quote_variants,
        omissions,
        alignment: story.alignment.clone(),
    })
}

/// What a story list shows of one story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryInfo {
    /// The story's headline.
    pub title: String,
    /// Number of sources.
    pub sources: usize,
    /// Distinct outlets (or labels when the outlet is unknown), sorted.
    pub outlets: Vec<String>,
    /// Earliest and latest publication date (ISO) among sources that have one.
    pub dates: Option<(String, String)>,
    /// Sentences another source of the story confirms, and sentences in all.
    pub confirmed: (usize, usize),
}

/// The list facts of every story, in story order.
pub fn story_infos(analysis: &Analysis) -> Vec<StoryInfo> {
    stories(analysis)
        .iter()
        .map(|t| {
            let mut outlets: Vec<String> = t
                .sources
                .iter()
                .filter_map(|&s| analysis.articles.get(s))
                .map(|a| a.meta.outlet.clone().unwrap_or_else(|| a.label.clone()))
                .collect();
            outlets.sort();
            outlets.dedup();
            let mut dates: Vec<&str> = t
                .sources
                .iter()
                .filter_map(|&s| analysis.articles.get(s)?.meta.date.as_deref())
                .collect();
            dates.sort_unstable();
            let confirmed = t
                .sources
                .iter()
                .map(|&s| super::confirmed_share(analysis, s))
                .fold((0, 0), |acc, x| (acc.0 + x.0, acc.1 + x.1));
            StoryInfo {
                title: t.title.clone(),
                sources: t.sources.len(),
                outlets,
                dates: dates
                    .first()
                    .zip(dates.last())
                    .map(|(a, b)| ((*a).to_owned(), (*b).to_owned())),
                confirmed,
            }
        })
        .collect()
}
