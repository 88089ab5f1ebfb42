//! Conflicts: the same claim reported with different values — a number, a day or date, a place,
//! or who said a quotation.
//!
//! Input is the claims (sentences of different sources stating the same thing). Within a claim,
//! every pair of sentences from different sources is compared value by value. Precision comes
//! first — a wrong conflict misleads an editor — so a pair only conflicts when:
//!
//! - **number**: each sentence has a number the other lacks, both count the same thing (a
//!   content word right after them is shared, e.g. `14 people` / `17 people`, or each sentence
//!   has exactly one number), and they are of one type (both money in one currency, both
//!   percentages, both ordinals, both in one glued unit, both identifiers like `Route 52`, or
//!   plain counts). Extra numbers in one sentence are detail;
//! - **date**: each sentence names exactly one weekday (or one day of a month, or one year),
//!   they differ, and neither sentence anchors it relatively (`yesterday`, `a day earlier`,
//!   `this morning`…), since `yesterday, Tuesday` and `on Wednesday` can describe one event seen
//!   from two days. `August 15` and `August 15, 2024` agree;
//! - **place**: each sentence puts the claim `in`/`at` exactly one known place of the same scale
//!   (city and city, country and country), they differ, neither lies in the other (Moscow is in
//!   Russia), and neither sentence mentions the other's place;
//! - **speaker**: both sentences carry the same quotation, each attributes it to a named person
//!   (`X said`, `said X`, `according to X`), the people differ, and neither sentence names the
//!   other's speaker.
//!
//! A side lists every sentence of the claim giving one of the conflicting values, so agreeing
//! outlets show too.

use crate::engine::extract::dates::{self, DateClass};
use crate::engine::extract::entities::{ArticleEntities, EntityMention};
use crate::engine::extract::numbers::{self, NumberMention};
use crate::engine::extract::quotes;
use crate::engine::extract::values::{self, ArticleValues, SentenceValues};
use crate::engine::lexicon::gazetteer::{self, Scale};
use crate::findings::{AtomKind, Claim, Conflict, ConflictKind, ConflictSide};
use crate::model::{Article, SentenceRef, Span};
use std::collections::{BTreeMap, BTreeSet};

/// A value found in a sentence, ready to compare.
#[derive(Debug, Clone)]
struct Value {
    /// Normalised value.
    key: String,
    /// As written.
    surface: String,
    /// Absolute span.
    span: Span,
    /// For a number, what it counts ([`NumberMention::counts`]): sentences join a conflict's
    /// sides only when they count the same thing.
    counts: Vec<String>,
}

mod date;
mod entity;
mod number;
mod rules;

use date::*;
use entity::*;
use number::*;

/// Most distinct values one conflict may show: more means the claim gathers values of
/// different things (every player's points), not one value reported differently.
const MAX_VALUES: usize = 3;

/// Everything compared about one sentence.
struct Facts<'a> {
    sentence: SentenceRef,
    /// The sentence text and where it starts in the source.
    sentence_text: &'a str,
    start: usize,
    numbers: &'a [NumberMention],
    dates: &'a [dates::DateMention],
    relative: bool,
    entities: &'a [EntityMention],
    places: Vec<(EntityMention, Scale)>,
    speaker: Option<EntityMention>,
    quotes: Vec<BTreeSet<String>>,
}

/// Words that put a whole sentence in a frame relative to the report (`yesterday, Tuesday`).
const RELATIVE_WORDS: &[&str] = &["yesterday", "today", "tomorrow", "tonight", "overnight"];

/// Words that make a date relative only next to it (`a day earlier`, `Tuesday morning`,
/// `two days after Monday`); elsewhere (`after a ship hit the bridge`) they say nothing of it.
const NEAR_RELATIVE_WORDS: &[&str] = &[
    "earlier", "later", "previous", "before", "after", "ago", "morning",
];

/// How many words from a date a [`NEAR_RELATIVE_WORDS`] word must be to count.
const NEAR_RELATIVE_DISTANCE: usize = 3;

/// Finds claims whose sources disagree on a value: the stage's one public entry.
/// `engine::analyze` calls [`find_from`] instead, with the entities, values and near pairs it
/// shares between stages.
pub fn find(articles: &[Article], claims: &[Claim]) -> Vec<Conflict> {
    find_with(
        articles,
        claims,
        &crate::engine::extract::entities::unified(articles),
        &[],
    )
}

/// [`find`], with the articles' unified entities already found, and near pairs too: two
/// sentences of different claims that would state one claim but for a differing number or date
/// (see [`crate::engine::matching::similarity::value_neutral_score`]). A near pair is compared on its own (the same
/// number and date rules, a number only when both count the same thing), then the members of
/// both claims that give one of the two values join its sides, so agreeing outlets show too.
/// Conflicts found through near pairs that share a side are merged; `claim` is the first of the
/// two claims.
fn find_with(
    articles: &[Article],
    claims: &[Claim],
    ents: &[ArticleEntities],
    near: &[(SentenceRef, SentenceRef)],
) -> Vec<Conflict> {
    find_from(articles, claims, ents, &values::of_articles(articles), near)
}

/// [`find_with`], with the values of every sentence already found ([`values::of_articles`]).
pub(crate) fn find_from(
    articles: &[Article],
    claims: &[Claim],
    ents: &[ArticleEntities],
    values: &[ArticleValues],
    near: &[(SentenceRef, SentenceRef)],
) -> Vec<Conflict> {
    let mut cache = FactsCache {
        articles,
        ents,
        values,
        facts: BTreeMap::new(),
    };
    let mut out = Vec::new();
    for (ci, claim) in claims.iter().enumerate() {
        // A claim of one sentence has nothing to disagree with.
        if claim.sentences.len() < 2 {
            continue;
        }
        cache.read(&claim.sentences);
        let facts = cache.claim(claim);
        if facts.len() < 2 {
            continue;
        }
        out.extend(number_conflict(ci, &facts));
        out.extend(date_conflict(ci, &facts));
        out.extend(place_conflict(ci, &facts));
        out.extend(speaker_conflict(ci, &facts));
    }

    let mut claim_of: BTreeMap<SentenceRef, usize> = BTreeMap::new();
    for (k, c) in claims.iter().enumerate() {
        for &r in &c.sentences {
            claim_of.insert(r, k);
        }
    }
    // (about, first claim, second claim) -> sides.
    let mut merged: BTreeMap<(ConflictKind, usize, usize), Sides> = BTreeMap::new();
    // Number and date keys of each article, found the first time a near pair needs them.
    let mut article_values: BTreeMap<usize, StatedValues> = BTreeMap::new();
    for &(ra, rb) in near {
        let (Some(&ca), Some(&cb)) = (claim_of.get(&ra), claim_of.get(&rb)) else {
            continue;
        };
        if ca == cb {
            continue;
        }
        // Both sentences, and every member of both claims (their sides may join).
        cache.read(&[ra, rb]);
        for claim in [ca, cb] {
            cache.read(claims.get(claim).map_or(&[], |c| c.sentences.as_slice()));
        }
        let (Some(fa), Some(fb)) = (cache.get(ra), cache.get(rb)) else {
            continue;
        };
        let kinds: [(ConflictKind, PairFn, ValuesFn); 2] = [
            (ConflictKind::Number, number_pair_same_role, number_values),
            (ConflictKind::Date, date_pair, all_date_values),
        ];
        for (about, pair, values) in kinds {
            let Some((va, vb)) = pair(fa, fb) else {
                continue;
            };
            // Sources that also give the other's value somewhere do not disagree (`190-metre
            // ship` beside `two hundred metres out` in the same report).
            let mut states = |source: usize, key: &str| {
                let stated = article_values
                    .entry(source)
                    .or_insert_with(|| StatedValues::of(articles.get(source)));
                stated.states(about, key)
            };
            if states(ra.source, &vb.key) || states(rb.source, &va.key) {
                continue;
            }
            let key = (about, ca.min(cb), ca.max(cb));
            let sides = merged.entry(key).or_default();
            for (claim, v) in [(ca, &va), (cb, &vb)] {
                for f in claims
                    .get(claim)
                    .map(|c| cache.claim(c))
                    .unwrap_or_default()
                {
                    for w in values(f).into_iter().filter(|w| w.key == v.key) {
                        sides.push((f.sentence, w));
                    }
                }
            }
            sides.push((fa.sentence, va));
            sides.push((fb.sentence, vb));
        }
    }
    // Conflicts between different claim pairs that share a side are one disagreement.
    let mut groups: Vec<(ConflictKind, usize, Sides)> = Vec::new();
    for ((about, first, _), sides) in merged {
        let overlaps = |g: &(ConflictKind, usize, Sides)| {
            g.0 == about
                && g.2
                    .iter()
                    .any(|(r, v)| sides.iter().any(|(r2, v2)| r == r2 && v.span == v2.span))
        };
        match groups.iter_mut().find(|g| overlaps(g)) {
            Some(g) => g.2.extend(sides),
            None => groups.push((about, first, sides)),
        }
    }
    for (about, first, sides) in groups {
        out.extend(conflict(about, first, sides));
    }
    out
}

/// The number and date keys an article gives anywhere, found once per article.
struct StatedValues {
    numbers: BTreeSet<String>,
    dates: Vec<String>,
}

impl StatedValues {
    fn of(article: Option<&Article>) -> Self {
        let Some(article) = article else {
            return Self {
                numbers: BTreeSet::new(),
                dates: Vec::new(),
            };
        };
        let found = dates::mentions(&article.text, 0);
        let skip: Vec<Span> = found.iter().map(|d| d.span).collect();
        Self {
            numbers: numbers::mentions(&article.text, 0, &skip)
                .into_iter()
                .map(|n| n.key)
                .collect(),
            dates: found.into_iter().map(|d| d.key).collect(),
        }
    }

    /// True when the article gives the value `key` (of kind `about`) anywhere.
    fn states(&self, about: ConflictKind, key: &str) -> bool {
        match about {
            ConflictKind::Number => self.numbers.contains(key),
            ConflictKind::Date => self.dates.iter().any(|d| same_date(d, key)),
            ConflictKind::Place | ConflictKind::Speaker => false,
        }
    }
}

/// Sentences with the value each gives.
type Sides = Vec<(SentenceRef, Value)>;
type PairFn = fn(&Facts, &Facts) -> Option<(Value, Value)>;
type ValuesFn = fn(&Facts) -> Vec<Value>;

/// The facts of the sentences read so far, each read once (a sentence can be compared in its
/// claim and again in near pairs).
struct FactsCache<'a> {
    articles: &'a [Article],
    ents: &'a [ArticleEntities],
    values: &'a [ArticleValues],
    facts: BTreeMap<SentenceRef, Option<Facts<'a>>>,
}

impl<'a> FactsCache<'a> {
    /// Reads the facts of `refs` not read yet.
    fn read(&mut self, refs: &[SentenceRef]) {
        for &r in refs {
            if !self.facts.contains_key(&r) {
                let facts = facts_of(self.articles, self.ents, self.values, r);
                self.facts.insert(r, facts);
            }
        }
    }

    /// The facts of `r`, when read and in range.
    fn get(&self, r: SentenceRef) -> Option<&Facts<'a>> {
        self.facts.get(&r)?.as_ref()
    }

    /// The facts of a claim's sentences that were read and are in range, in claim order.
    fn claim(&self, claim: &Claim) -> Vec<&Facts<'a>> {
        claim
            .sentences
            .iter()
            .filter_map(|&r| self.get(r))
            .collect()
    }
}

/// Sentence values for a sentence out of range of the table (none).
static NO_VALUES: SentenceValues = SentenceValues {
    dates: Vec::new(),
    numbers: Vec::new(),
};

fn facts_of<'a>(
    articles: &'a [Article],
    ents: &'a [ArticleEntities],
    values: &'a [ArticleValues],
    r: SentenceRef,
) -> Option<Facts<'a>> {
    let article = articles.get(r.source)?;
    let sentence = article
        .paragraphs
        .get(r.paragraph)?
        .sentences
        .get(r.sentence)?;
    let text = sentence.span.slice(&article.text);
    let start = sentence.span.start;
    let found = values
        .get(r.source)
        .and_then(|v| v.sentence(r.paragraph, r.sentence))
        .unwrap_or(&NO_VALUES);
    let found_dates = &found.dates;
    let lower = text.to_lowercase();
    let words = crate::engine::extract::dates::words(&lower);
    let date_words: Vec<usize> = words
        .iter()
        .enumerate()
        .filter(|(_, (pos, _))| {
            found_dates.iter().any(|d| {
                let (s, e) = (
                    d.span.start.saturating_sub(start),
                    d.span.end.saturating_sub(start),
                );
                *pos >= s && *pos < e
            })
        })
        .map(|(k, _)| k)
        .collect();
    let relative = words.iter().enumerate().any(|(k, (_, w))| {
        crate::engine::lexicon::names::in_list(RELATIVE_WORDS, w)
            || (crate::engine::lexicon::names::in_list(NEAR_RELATIVE_WORDS, w)
                && date_words
                    .iter()
                    .any(|&d| d.abs_diff(k) <= NEAR_RELATIVE_DISTANCE))
    }) || found_dates.iter().any(|d| d.relative);
    let entities: &[EntityMention] = ents
        .get(r.source)
        .map_or(&[], |e| e.sentence(r.paragraph, r.sentence));
    let places = entities
        .iter()
        .filter(|m| m.kind == AtomKind::Place && !m.demonym)
        .filter(|m| {
            let before = article.text.get(..m.span.start).unwrap_or("");
            let prev = before.split_whitespace().last().unwrap_or("");
            matches!(prev.to_lowercase().as_str(), "in" | "at")
        })
        .filter_map(|m| gazetteer::lookup_key(&m.key).map(|e| (m.clone(), e.scale)))
        .collect();
    let speaker = speaker_of(&article.text, sentence.span, entities);
    let quotes = quotes::quoted_spans(text, start)
        .into_iter()
        .map(|(_, q)| quotes::content(&q))
        .collect();
    Some(Facts {
        sentence: r,
        sentence_text: text,
        start,
        numbers: &found.numbers,
        dates: found_dates,
        relative,
        entities,
        places,
        speaker,
        quotes,
    })
}

/// Builds a conflict from the sides found, when at least two values differ.
fn conflict(
    about: ConflictKind,
    claim: usize,
    sides: Vec<(SentenceRef, Value)>,
) -> Option<Conflict> {
    let keys: BTreeSet<&str> = sides.iter().map(|(_, v)| v.key.as_str()).collect();
    if keys.len() > MAX_VALUES {
        return None;
    }
    let mut seen = BTreeSet::new();
    let mut sides: Vec<ConflictSide> = sides
        .into_iter()
        .filter(|(s, v)| seen.insert((*s, v.span)))
        .map(|(sentence, v)| ConflictSide {
            sentence,
            value: v.surface,
            span: v.span,
        })
        .collect();
    sides.sort_by_key(|s| (s.sentence, s.span));
    let values: BTreeSet<&str> = sides.iter().map(|s| s.value.as_str()).collect();
    (values.len() >= 2).then_some(Conflict {
        about,
        claim: Some(claim),
        sides,
    })
}

/// Collects sides from conflicting pairs found by `pair`, one list per disagreement, then adds
/// sentences that agree with one of its values. Pairs make one disagreement when they share a
/// side, or share a value and count the same thing (their shared counted words); so `23 points`
/// of one player and `2,290 points` of another do not chain through a third sentence into one
/// pile. A sentence agrees when it gives one of the values and counts nothing else.
fn collect<F, G>(facts: &[&Facts], pair: F, values: G) -> Vec<Sides>
where
    F: Fn(&Facts, &Facts) -> Option<(Value, Value)>,
    G: Fn(&Facts) -> Vec<Value>,
{
    // (role, sides) per pair found.
    let mut pairs: Vec<(BTreeSet<String>, Sides)> = Vec::new();
    for (i, a) in facts.iter().enumerate() {
        for b in facts.iter().skip(i + 1) {
            if a.sentence.source == b.sentence.source {
                continue;
            }
            if let Some((va, vb)) = pair(a, b) {
                let role: BTreeSet<String> = va
                    .counts
                    .iter()
                    .filter(|c| vb.counts.contains(c))
                    .cloned()
                    .collect();
                pairs.push((role, vec![(a.sentence, va), (b.sentence, vb)]));
            }
        }
    }
    // Join pairs into disagreements (a pair joins every group it links to).
    let mut groups: Vec<(BTreeSet<String>, Sides)> = Vec::new();
    for (role, sides) in pairs {
        let links = |g: &(BTreeSet<String>, Sides)| {
            sides.iter().any(|(r, v)| {
                g.1.iter().any(|(r2, v2)| {
                    (r == r2 && v.span == v2.span) || (g.0 == role && v.key == v2.key)
                })
            })
        };
        let (linked, rest): (Vec<_>, Vec<_>) = groups.into_iter().partition(|g| links(g));
        groups = rest;
        let mut merged = (role, sides);
        for (_, s) in linked {
            merged.1.extend(s);
        }
        groups.push(merged);
    }
    for (role, sides) in &mut groups {
        let keys: BTreeSet<String> = sides.iter().map(|(_, v)| v.key.clone()).collect();
        for f in facts {
            for v in values(f) {
                let counts_same = role.is_empty()
                    || v.counts.is_empty()
                    || v.counts.iter().any(|c| role.contains(c));
                if keys.contains(&v.key)
                    && counts_same
                    && !sides
                        .iter()
                        .any(|(s, x)| *s == f.sentence && x.span == v.span)
                {
                    sides.push((f.sentence, v));
                }
            }
        }
    }
    groups.into_iter().map(|(_, sides)| sides).collect()
}

fn conflicts(about: ConflictKind, claim: usize, groups: Vec<Sides>) -> Vec<Conflict> {
    groups
        .into_iter()
        .filter_map(|sides| conflict(about, claim, sides))
        .collect()
}

#[cfg(test)]
mod tests;
