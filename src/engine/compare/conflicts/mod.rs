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

mod rules;

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

/// [`number_pair`] without its fallback for two bare numbers: a near pair conflicts on a
/// number only when both numbers count the same thing, named by a word (`14 people` /
/// `17 people`; not `5:40 p.m.` / `4:08 p.m.`).
fn number_pair_same_role(a: &Facts, b: &Facts) -> Option<(Value, Value)> {
    let (x, y) = number_pair(a, b)?;
    let counts = |f: &Facts, v: &Value| -> Vec<String> {
        f.numbers
            .iter()
            .filter(|n| n.span == v.span)
            .flat_map(|n| n.counts.iter().cloned())
            .collect()
    };
    let (cx, cy) = (counts(a, &x), counts(b, &y));
    let word = |c: &String| {
        c.chars().count() >= 3
            && c.chars().all(char::is_alphabetic)
            && !crate::text::calendar::is_time_zone(c)
    };
    cx.iter()
        .any(|c| word(c) && cy.contains(c))
        .then_some((x, y))
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

fn number_values(f: &Facts) -> Vec<Value> {
    f.numbers.iter().map(number_value).collect()
}

fn all_date_values(f: &Facts) -> Vec<Value> {
    [DateClass::Weekday, DateClass::Day, DateClass::Year]
        .into_iter()
        .flat_map(|c| date_values(f, c))
        .collect()
}

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

/// The named person a sentence attributes its words to: `X said`, `said X`, `according to X`.
fn speaker_of(text: &str, sentence: Span, entities: &[EntityMention]) -> Option<EntityMention> {
    let people: Vec<&EntityMention> = entities
        .iter()
        .filter(|m| m.kind == AtomKind::Person)
        .collect();
    let mut found: Option<&EntityMention> = None;
    for m in &people {
        let after = text.get(m.span.end..sentence.end).unwrap_or("");
        let before = text.get(sentence.start..m.span.start).unwrap_or("");
        let next: Vec<String> = after
            .split_whitespace()
            .take(2)
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
            .collect();
        // Words before the name, titles skipped: `said Transport Minister X`.
        let prev: Vec<String> = before
            .split_whitespace()
            .rev()
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
            .filter(|w| {
                !crate::engine::lexicon::names::in_list(
                    crate::engine::lexicon::names::PERSON_TITLES,
                    w,
                ) && !crate::engine::lexicon::names::in_list(
                    crate::engine::lexicon::names::TITLE_MODIFIERS,
                    w,
                )
            })
            .take(2)
            .collect();
        let says_after = next
            .first()
            .is_some_and(|w| crate::text::normalize::is_reporting_verb(w));
        // `told X` names who heard it, not who said it.
        let says_before = prev.first().is_some_and(|w| {
            crate::text::normalize::is_reporting_verb(w) && !ADDRESSED.contains(&w.as_str())
        }) || (prev.first().map(String::as_str) == Some("to")
            && prev.get(1).map(String::as_str) == Some("according"));
        if says_after || says_before {
            if found.is_some_and(|f| f.key != m.key) {
                return None; // two speakers: do not guess
            }
            found = Some(m);
        }
    }
    found.cloned()
}

/// Reporting verbs whose object is the one spoken to (`Felt told O'Connor`).
const ADDRESSED: &[&str] = &["told", "tells", "tell", "asked", "asks", "ask", "informed"];

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

/// What kind of number it is: only numbers of one kind are compared (`10-metre` and `30-foot`
/// are not a conflict, nor `Route 52` and `52 people`).
type NumberType<'a> = (
    bool,
    bool,
    Option<&'static str>,
    Option<&'a str>,
    bool,
    bool,
);

fn number_type(n: &NumberMention) -> NumberType<'_> {
    (
        n.ordinal,
        n.percent,
        n.currency,
        n.unit.as_deref(),
        n.identifier,
        n.year_like,
    )
}

fn number_value(n: &NumberMention) -> Value {
    Value {
        key: n.key.clone(),
        surface: n.surface.clone(),
        span: n.span,
        counts: n.counts.clone(),
    }
}

/// True when two numbers state one value: the same key, or measures in different units that
/// convert to one value (`64 kilometres` / `40 miles`).
fn same_number(x: &NumberMention, y: &NumberMention) -> bool {
    x.key == y.key
        || matches!((x.measure, y.measure), (Some(a), Some(b)) if x.unit != y.unit && numbers::same_measure(a, b))
}

/// True when two numbers of one type may still both hold: their bounds allow each other
/// (`more than 30 hours` / `40 hours`), or they are about different named people or places.
fn reconcilable(a: &Facts, x: &NumberMention, b: &Facts, y: &NumberMention) -> bool {
    rules::compatible(
        x.value,
        rules::bound(a, x.span.start),
        y.value,
        rules::bound(b, y.span.start),
    ) || rules::different_subjects(a, x.span, b, y.span)
}

/// The number in `b` that counts the same thing as `x` in `a`, when they differ.
fn number_pair(a: &Facts, b: &Facts) -> Option<(Value, Value)> {
    let only_a: Vec<&NumberMention> = a
        .numbers
        .iter()
        .filter(|n| !b.numbers.iter().any(|m| same_number(n, m)))
        .collect();
    let only_b: Vec<&NumberMention> = b
        .numbers
        .iter()
        .filter(|n| !a.numbers.iter().any(|m| same_number(n, m)))
        .collect();
    for x in &only_a {
        let same_role: Vec<&&NumberMention> = only_b
            .iter()
            .filter(|y| number_type(x) == number_type(y))
            .filter(|y| x.counts.iter().any(|c| y.counts.contains(c)))
            .collect();
        if let [y] = same_role.as_slice() {
            // The role word must not be shared with another number on either side.
            let role: Vec<&String> = x.counts.iter().filter(|c| y.counts.contains(c)).collect();
            let clash = |ns: &[NumberMention], me: &NumberMention| {
                ns.iter()
                    .any(|n| n.span != me.span && n.counts.iter().any(|c| role.contains(&c)))
            };
            if !clash(a.numbers, x) && !clash(b.numbers, y) && !reconcilable(a, x, b, y) {
                return Some((number_value(x), number_value(y)));
            }
        }
    }
    // One number each, same type, nothing counted on either side to tell them apart.
    if let ([x], [y]) = (a.numbers, b.numbers)
        && !same_number(x, y)
        && number_type(x) == number_type(y)
        && (x.counts.is_empty() || y.counts.is_empty())
        && !x.ordinal
        && !reconcilable(a, x, b, y)
        // Nothing counted: the words before them must say they are of one thing
        // (`temperatures were minus 20` / `it took about 40`).
        && same_anchor(a, x.span, b, y.span)
    {
        return Some((number_value(x), number_value(y)));
    }
    None
}

fn number_conflict(claim: usize, facts: &[&Facts]) -> Vec<Conflict> {
    conflicts(
        ConflictKind::Number,
        claim,
        collect(facts, number_pair, number_values),
    )
}

fn conflicts(about: ConflictKind, claim: usize, groups: Vec<Sides>) -> Vec<Conflict> {
    groups
        .into_iter()
        .filter_map(|sides| conflict(about, claim, sides))
        .collect()
}

fn date_values(f: &Facts, class: DateClass) -> Vec<Value> {
    f.dates
        .iter()
        .filter(|d| d.class == class)
        .map(|d| Value {
            key: d.key.clone(),
            surface: d.surface.clone(),
            span: d.span,
            counts: Vec::new(),
        })
        .collect()
}

/// Day keys agree when one only lacks the year: `august 15` = `august 15 2024`.
fn same_date(a: &str, b: &str) -> bool {
    a == b || a.starts_with(&format!("{b} ")) || b.starts_with(&format!("{a} "))
}

fn date_pair(a: &Facts, b: &Facts) -> Option<(Value, Value)> {
    if a.relative || b.relative {
        return None;
    }
    for class in [DateClass::Weekday, DateClass::Day, DateClass::Year] {
        let (va, vb) = (date_values(a, class), date_values(b, class));
        if let ([x], [y]) = (va.as_slice(), vb.as_slice())
            && !same_date(&x.key, &y.key)
            && same_anchor(a, x.span, b, y.span)
            && (class != DateClass::Year
                || (rules::same_year_anchor(a, x.span, b, y.span)
                    && !rules::different_subjects(a, x.span, b, y.span)))
        {
            return Some((x.clone(), y.clone()));
        }
    }
    None
}

/// Up to five content words just before a value, within its clause (a comma, semicolon, colon,
/// dash or bracket ends the search), so a date is only compared with a date about the same
/// thing: `ploughed into the bridge on Saturday` / `ploughed into its piers on Sunday`, not
/// `talked ahead of the summit on Friday` / `talked, according to state media, on Wednesday`.
fn anchor(f: &Facts, span: Span) -> BTreeSet<String> {
    let before = f
        .sentence_text
        .get(..span.start.saturating_sub(f.start))
        .unwrap_or("");
    let tokens = crate::text::normalize::tokens(before);
    let mut out = BTreeSet::new();
    let mut boundary = before.len();
    for t in tokens.iter().rev() {
        let gap = before.get(t.span.end..boundary).unwrap_or("");
        if gap.contains([',', ';', ':', '(', ')', '—', '–']) || gap.contains(" - ") {
            break;
        }
        boundary = t.span.start;
        if !t.stop {
            out.insert(t.norm.clone());
            if out.len() == 5 {
                break;
            }
        }
    }
    out
}

fn same_anchor(a: &Facts, sa: Span, b: &Facts, sb: Span) -> bool {
    let (x, y) = (anchor(a, sa), anchor(b, sb));
    x.intersection(&y).next().is_some()
}

fn date_conflict(claim: usize, facts: &[&Facts]) -> Vec<Conflict> {
    conflicts(
        ConflictKind::Date,
        claim,
        collect(facts, date_pair, all_date_values),
    )
}

fn entity_value(m: &EntityMention) -> Value {
    Value {
        key: m.key.clone(),
        surface: m.surface.clone(),
        span: m.span,
        counts: Vec::new(),
    }
}

/// A speaker as written in full, initials included (`A. J. Smith`, where the name finder has
/// `J. Smith`).
fn speaker_value(f: &Facts, m: &EntityMention) -> Value {
    let rel = Span::new(
        m.span.start.saturating_sub(f.start),
        m.span.end.saturating_sub(f.start),
    );
    let full = rules::with_initials(f.sentence_text, rel);
    Value {
        key: m.key.clone(),
        surface: full.slice(f.sentence_text).to_owned(),
        span: Span::new(full.start + f.start, full.end + f.start),
        counts: Vec::new(),
    }
}

fn place_pair(a: &Facts, b: &Facts) -> Option<(Value, Value)> {
    let ([(x, sx)], [(y, sy)]) = (a.places.as_slice(), b.places.as_slice()) else {
        return None;
    };
    let mentions = |f: &Facts, key: &str| f.entities.iter().any(|m| m.key == key);
    if x.key == y.key
        || sx != sy
        || *sx == Scale::None
        || gazetteer::lies_in(&x.key, &y.key)
        || gazetteer::lies_in(&y.key, &x.key)
        || mentions(a, &y.key)
        || mentions(b, &x.key)
    {
        return None;
    }
    Some((entity_value(x), entity_value(y)))
}

fn place_conflict(claim: usize, facts: &[&Facts]) -> Vec<Conflict> {
    let groups = collect(facts, place_pair, |f| {
        f.places.iter().map(|(m, _)| entity_value(m)).collect()
    });
    conflicts(ConflictKind::Place, claim, groups)
}

fn speaker_pair(a: &Facts, b: &Facts) -> Option<(Value, Value)> {
    let (x, y) = (a.speaker.as_ref()?, b.speaker.as_ref()?);
    let shared_quote = a
        .quotes
        .iter()
        .any(|qa| b.quotes.iter().any(|qb| quotes::same_quotation(qa, qb)));
    // One person written two ways (`Salazar` / `Ken Salazar`) is no conflict.
    let names = |f: &Facts, who: &EntityMention| {
        f.entities.iter().any(|m| {
            m.key == who.key
                || (m.kind == AtomKind::Person && rules::same_person(&m.surface, &who.surface))
        })
    };
    let (vx, vy) = (speaker_value(a, x), speaker_value(b, y));
    if !shared_quote
        || x.key == y.key
        || rules::same_person(&vx.surface, &vy.surface)
        || names(a, y)
        || names(b, x)
    {
        return None;
    }
    Some((vx, vy))
}

fn speaker_conflict(claim: usize, facts: &[&Facts]) -> Vec<Conflict> {
    let groups = collect(facts, speaker_pair, |f| {
        f.speaker.iter().map(|m| speaker_value(f, m)).collect()
    });
    conflicts(ConflictKind::Speaker, claim, groups)
}

#[cfg(test)]
mod tests;
