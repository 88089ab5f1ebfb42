//! The comparison engine: which sentences of different sources state the same claim, what
//! every source reports, what only some report, and where they disagree.
//!
//! [`analyze`] runs the stages in order. To make findings independent of the order the sources
//! were given in, the stages run on the sources sorted by content, and the results are mapped
//! back to command-line order at the end. [`analyze_observed`] does the same and tells an
//! [`Observer`] when each [`Stage`] starts and ends (`examples/stages.rs` times them).
//!
//! The stages live in sub-folders by job:
//! - [`lexicon`]: word lists and tables (word frequencies, the gazetteer, name and title lists);
//! - [`extract`]: facts found in each sentence (entities, numbers, dates, values, quotations,
//!   atoms);
//! - [`matching`]: sentence similarity and which sentences of different sources match;
//! - [`compare`]: what the matches add up to (claims, conflicts, omissions, paragraph alignment);
//! - [`stories`]: which articles are about the same event ([`analyze_stories`] groups them
//!   first and compares each story on its own).

pub mod compare;
pub mod extract;
pub mod lexicon;
pub mod matching;
pub mod stories;

use crate::findings::{Analysis, SentenceFindings, Story};
use crate::model::{Article, SentenceRef};
use compare::{align, claims, conflicts, omissions};
use extract::{atoms, entities, quotes, values};

/// Blended score at or above which two sentences may be linked as stating the same claim (each
/// must also be the other's best in its source; see [`matching`]).
pub const THRESHOLD: f32 = matching::blend::THRESHOLD;

/// Per-sentence findings, indexed `[source][paragraph][sentence]`.
pub type Findings = Vec<Vec<Vec<SentenceFindings>>>;

/// Groups the articles into stories ([`stories::group`]) and compares each story on its own;
/// with `group` false, compares them all as one story ([`analyze`]).
pub fn analyze_stories(articles: Vec<Article>, group: bool) -> Analysis {
    analyze_stories_with(articles, group, None)
}

/// [`analyze_stories`], telling `progress` `(0, 0)` when grouping starts, then `(done, total)`
/// as stories are compared (from any thread).
pub fn analyze_stories_with(
    articles: Vec<Article>,
    group: bool,
    progress: Option<&(dyn Fn(usize, usize) + Sync)>,
) -> Analysis {
    let tell = |done, total| {
        if let Some(p) = progress {
            p(done, total);
        }
    };
    if !group || articles.len() <= 1 {
        tell(0, 1);
        let a = analyze(articles);
        tell(1, 1);
        return a;
    }
    tell(0, 0);
    let groups = stories::group(&articles);
    stories::combine::analyze_groups(articles, &groups, &tell)
}

/// The title of a story of these articles: the headline of the first of them in content order
/// (by text, then path) that has one, else that first article's first sentence. Depends on the
/// articles only, not on their order.
pub fn story_title<'a>(articles: impl Iterator<Item = &'a Article>) -> String {
    let mut all: Vec<&Article> = articles.collect();
    all.sort_by(|x, y| (x.text.as_str(), x.path.as_str()).cmp(&(y.text.as_str(), y.path.as_str())));
    all.iter()
        .find_map(|a| a.meta.title.clone().filter(|t| !t.trim().is_empty()))
        .or_else(|| all.first().map(|a| a.sentence_text(0, 0).to_owned()))
        .unwrap_or_default()
}

/// The stages of [`analyze`], in the order they start. Several run side by side (see
/// [`analyze_observed`]), so their times overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Sorting the sources into canonical order.
    Order,
    /// Preparing every sentence for matching (`matching::Corpus::new`).
    SimilaritySetup,
    /// Scoring candidate sentence pairs (matches and near pairs).
    MatchingPairs,
    /// Entities of every sentence, unified across sources.
    Entities,
    /// Numbers and dates of every sentence.
    Values,
    /// Quotations of every sentence.
    Quotations,
    /// Atoms (people, places, organisations, numbers, dates, quotations) across sources.
    Atoms,
    /// Speakers of quotations and the quote variants.
    QuoteVariants,
    /// Dropping pairs that cannot state a claim, matches and near pairs.
    ClaimablePairs,
    /// Per-sentence findings from the pairs.
    Findings,
    /// Claims: matched sentences clustered.
    Claims,
    /// Conflicts within claims and near pairs.
    Conflicts,
    /// Omissions per source.
    Omissions,
    /// Paragraph alignment.
    Alignment,
    /// Mapping results back to command-line order.
    Remap,
}

impl Stage {
    /// Every stage, in the order they start.
    pub const ALL: [Stage; 15] = [
        Stage::Order,
        Stage::SimilaritySetup,
        Stage::MatchingPairs,
        Stage::Entities,
        Stage::Values,
        Stage::Quotations,
        Stage::Atoms,
        Stage::QuoteVariants,
        Stage::ClaimablePairs,
        Stage::Findings,
        Stage::Claims,
        Stage::Conflicts,
        Stage::Omissions,
        Stage::Alignment,
        Stage::Remap,
    ];

    /// A short name for tables and logs.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Order => "order",
            Stage::SimilaritySetup => "similarity set-up",
            Stage::MatchingPairs => "matching pairs",
            Stage::Entities => "entities",
            Stage::Values => "values",
            Stage::Quotations => "quotations",
            Stage::Atoms => "atoms",
            Stage::QuoteVariants => "quote variants",
            Stage::ClaimablePairs => "claimable pairs",
            Stage::Findings => "findings",
            Stage::Claims => "claims",
            Stage::Conflicts => "conflicts",
            Stage::Omissions => "omissions",
            Stage::Alignment => "alignment",
            Stage::Remap => "remap",
        }
    }
}

/// Told when each stage of [`analyze_observed`] starts and ends (for timing, progress). Stages
/// that run side by side call it from different threads, hence `Sync`. Both methods do nothing
/// by default; [`analyze`] uses `()`, whose calls compile to nothing.
pub trait Observer: Sync {
    /// `stage` is about to run.
    fn started(&self, _stage: Stage) {}
    /// `stage` has finished.
    fn finished(&self, _stage: Stage) {}
}

/// The observer that observes nothing.
impl Observer for () {}

/// Runs `f` as `stage`, telling the observer.
#[inline(always)]
fn run<O: Observer, T>(observer: &O, stage: Stage, f: impl FnOnce() -> T) -> T {
    observer.started(stage);
    let out = f();
    observer.finished(stage);
    out
}

/// Compares the articles as one story and returns every finding, with sources in the order
/// given.
pub fn analyze(articles: Vec<Article>) -> Analysis {
    analyze_observed(articles, &())
}

/// [`analyze`], telling `observer` when each [`Stage`] starts and ends.
pub fn analyze_observed<O: Observer>(articles: Vec<Article>, observer: &O) -> Analysis {
    analyze_with(articles, &matching::blend::Calibration::default(), observer)
}

/// [`analyze_observed`] with other constants for the matching decision (for calibration tools;
/// the product always uses the calibrated defaults).
pub fn analyze_with<O: Observer>(
    articles: Vec<Article>,
    cal: &matching::blend::Calibration,
    observer: &O,
) -> Analysis {
    let (order, canonical) = run(observer, Stage::Order, || {
        // Canonical order: by text, then path. `order[k]` is the original index of canonical
        // source k.
        let mut order: Vec<usize> = (0..articles.len()).collect();
        order.sort_by(|&a, &b| {
            (articles[a].text.as_str(), articles[a].path.as_str())
                .cmp(&(articles[b].text.as_str(), articles[b].path.as_str()))
                .then(a.cmp(&b))
        });
        let mut slots: Vec<Option<Article>> = articles.into_iter().map(Some).collect();
        let canonical: Vec<Article> = order.iter().filter_map(|&i| slots[i].take()).collect();
        (order, canonical)
    });
    let analysis = analyze_canonical(canonical, cal, observer);
    run(observer, Stage::Remap, || remap(analysis, &order))
}

/// Runs every stage on sources in canonical order.
fn analyze_canonical<O: Observer>(
    articles: Vec<Article>,
    cal: &matching::blend::Calibration,
    o: &O,
) -> Analysis {
    // Independent stages run side by side (rayon::join); each is deterministic on its own, so
    // the findings do not depend on scheduling. Entities, sentence values and quotations are
    // found once for the stages that read them; atoms and quote variants need no claims, so
    // they run beside sentence matching (the longest stage) rather than after it.
    let ((corpus, scored), ((ents, values), (atoms, quote_variants))) = rayon::join(
        || {
            let corpus = run(o, Stage::SimilaritySetup, || {
                matching::Corpus::new(&articles)
            });
            let scored = run(o, Stage::MatchingPairs, || corpus.scored_pairs_with(cal));
            (corpus, scored)
        },
        || {
            let ((ents, values), quotations) = rayon::join(
                || {
                    rayon::join(
                        || run(o, Stage::Entities, || entities::unified(&articles)),
                        || run(o, Stage::Values, || values::of_articles(&articles)),
                    )
                },
                || run(o, Stage::Quotations, || quotes::all_quotations(&articles)),
            );
            let found = rayon::join(
                || {
                    run(o, Stage::Atoms, || {
                        atoms::extract_from(&articles, &ents, &values, &quotations)
                    })
                },
                || {
                    run(o, Stage::QuoteVariants, || {
                        let speakers = quotes::speaker::speakers(&articles, &ents, &quotations);
                        quotes::variants_of(&quotations, &speakers)
                    })
                },
            );
            ((ents, values), found)
        },
    );
    let (pairs, near) = run(o, Stage::ClaimablePairs, || {
        // Wordless fragments and short headings match nothing (claims::can_state_a_claim).
        let pairs = claims::claimable_pairs(&articles, &corpus, scored.matches);
        // Near pairs (one value apart) go to the conflict stage only.
        let near: Vec<_> = claims::claimable_pairs(&articles, &corpus, scored.near)
            .iter()
            .filter_map(|&(i, j, _)| Some((*corpus.refs.get(i)?, *corpus.refs.get(j)?)))
            .collect();
        (pairs, near)
    });
    let mut findings = run(o, Stage::Findings, || {
        matching::findings_from_pairs(&articles, &corpus, &pairs)
    });
    let claims = run(o, Stage::Claims, || {
        claims::cluster(&articles, &corpus, &pairs, &mut findings)
    });
    let (conflicts, (omissions, alignment)) = rayon::join(
        || {
            run(o, Stage::Conflicts, || {
                conflicts::find_from(&articles, &claims, &ents, &values, &near)
            })
        },
        || {
            rayon::join(
                || {
                    run(o, Stage::Omissions, || {
                        omissions::find(&articles, &claims, &findings)
                    })
                },
                || {
                    run(o, Stage::Alignment, || {
                        align::paragraphs(&articles, &findings)
                    })
                },
            )
        },
    );
    // The intermediate results (every prepared sentence, entities, values) take thousands of
    // frees: done on the pool while the caller goes on with the findings.
    rayon::spawn(move || drop((corpus, ents, values)));
    let stories = vec![Story {
        sources: (0..articles.len()).collect(),
        title: story_title(articles.iter()),
        alignment: Vec::new(),
    }];
    Analysis {
        stories,
        articles,
        sentences: findings,
        claims,
        atoms,
        conflicts,
        quote_variants,
        omissions,
        alignment,
    }
}

/// Maps an analysis over canonically ordered sources back to the original order, and sorts
/// lists so that their order follows the original order too.
fn remap(a: Analysis, order: &[usize]) -> Analysis {
    let n = order.len();
    let src = |k: usize| order.get(k).copied().unwrap_or(k);
    let sref = |r: SentenceRef| SentenceRef {
        source: src(r.source),
        ..r
    };
    let srcs = |v: &[usize]| {
        let mut out: Vec<usize> = v.iter().map(|&k| src(k)).collect();
        out.sort_unstable();
        out
    };

    // Claims: remap, then order by their first sentence in the new order.
    let mut claims: Vec<(usize, crate::findings::Claim)> = a
        .claims
        .into_iter()
        .enumerate()
        .map(|(old, mut c)| {
            c.sentences = c.sentences.into_iter().map(sref).collect();
            c.sentences.sort();
            c.sources = srcs(&c.sources);
            (old, c)
        })
        .collect();
    claims.sort_by(|x, y| x.1.sentences.cmp(&y.1.sentences));
    let mut claim_map = vec![0; claims.len()];
    for (new, (old, _)) in claims.iter().enumerate() {
        claim_map[*old] = new;
    }
    let claims: Vec<_> = claims.into_iter().map(|(_, c)| c).collect();

    let mut articles: Vec<Option<Article>> = (0..n).map(|_| None).collect();
    let mut sentences: Findings = vec![Vec::new(); n];
    for (k, (art, f)) in a.articles.into_iter().zip(a.sentences).enumerate() {
        let i = src(k);
        articles[i] = Some(art);
        sentences[i] = f
            .into_iter()
            .map(|p| {
                p.into_iter()
                    .map(|mut s| {
                        s.support = srcs(&s.support);
                        s.matches = s
                            .matches
                            .into_iter()
                            .map(|mut m| {
                                m.sentence = sref(m.sentence);
                                m
                            })
                            .collect();
                        s.matches.sort_by_key(|m| m.sentence);
                        s.claim = s.claim.and_then(|c| claim_map.get(c).copied());
                        s
                    })
                    .collect()
            })
            .collect();
    }

    let mut atoms = a.atoms;
    for atom in &mut atoms {
        atom.sources = srcs(&atom.sources);
        for m in &mut atom.mentions {
            m.sentence = sref(m.sentence);
        }
        atom.mentions.sort_by_key(|m| (m.sentence, m.span));
    }
    atoms::sort(&mut atoms);

    let mut conflicts = a.conflicts;
    for c in &mut conflicts {
        c.claim = c.claim.and_then(|k| claim_map.get(k).copied());
        for s in &mut c.sides {
            s.sentence = sref(s.sentence);
        }
        c.sides.sort_by_key(|s| (s.sentence, s.span));
    }
    conflicts.sort_by(|x, y| {
        (x.sides.first().map(|s| s.sentence), &x.about)
            .cmp(&(y.sides.first().map(|s| s.sentence), &y.about))
    });

    let mut quote_variants = a.quote_variants;
    for q in &mut quote_variants {
        for r in &mut q.renderings {
            r.sentence = sref(r.sentence);
        }
        q.renderings.sort_by_key(|r| (r.sentence, r.span));
    }
    quote_variants.sort_by_key(|q| q.renderings.first().map(|r| r.sentence));

    let mut omissions = a.omissions;
    for o in &mut omissions {
        o.source = src(o.source);
        o.claims = o
            .claims
            .iter()
            .filter_map(|c| claim_map.get(*c).copied())
            .collect();
        o.claims.sort_unstable();
    }
    omissions.sort_by_key(|o| o.source);

    // Alignment rows: permute the per-source columns; row order is kept (it is computed on
    // content, so it is the same whatever the input order).
    let alignment = a
        .alignment
        .into_iter()
        .map(|row| {
            let mut paragraphs = vec![None; n];
            let mut moved = vec![false; n];
            for k in 0..n {
                paragraphs[src(k)] = row.paragraphs.get(k).copied().flatten();
                moved[src(k)] = row.moved.get(k).copied().unwrap_or(false);
            }
            crate::findings::AlignmentRow { paragraphs, moved }
        })
        .collect();

    let stories = a
        .stories
        .into_iter()
        .map(|mut t| {
            t.sources = srcs(&t.sources);
            t
        })
        .collect();
    Analysis {
        stories,
        articles: articles.into_iter().flatten().collect(),
        sentences,
        claims,
        atoms,
        conflicts,
        quote_variants,
        omissions,
        alignment,
    }
}
