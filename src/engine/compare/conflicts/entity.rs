//! Place and speaker conflicts (part of [`super`]): the one place a claim is put `in`/`at`, and
//! the named person a quotation is attributed to (`X said`, `said X`, `according to X`).

use super::*;

/// The named person a sentence attributes its words to: `X said`, `said X`, `according to X`.
pub(super) fn speaker_of(
    text: &str,
    sentence: Span,
    entities: &[EntityMention],
) -> Option<EntityMention> {
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
pub(super) const ADDRESSED: &[&str] =
    &["told", "tells", "tell", "asked", "asks", "ask", "informed"];

pub(super) fn entity_value(m: &EntityMention) -> Value {
    Value {
        key: m.key.clone(),
        surface: m.surface.clone(),
        span: m.span,
        counts: Vec::new(),
    }
}

/// A speaker as written in full, initials included (`A. J. Smith`, where the name finder has
/// `J. Smith`).
pub(super) fn speaker_value(f: &Facts, m: &EntityMention) -> Value {
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

pub(super) fn place_pair(a: &Facts, b: &Facts) -> Option<(Value, Value)> {
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

pub(super) fn place_conflict(claim: usize, facts: &[&Facts]) -> Vec<Conflict> {
    let groups = collect(facts, place_pair, |f| {
        f.places.iter().map(|(m, _)| entity_value(m)).collect()
    });
    conflicts(ConflictKind::Place, claim, groups)
}

pub(super) fn speaker_pair(a: &Facts, b: &Facts) -> Option<(Value, Value)> {
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

pub(super) fn speaker_conflict(claim: usize, facts: &[&Facts]) -> Vec<Conflict> {
    let groups = collect(facts, speaker_pair, |f| {
        f.speaker.iter().map(|m| speaker_value(f, m)).collect()
    });
    conflicts(ConflictKind::Speaker, claim, groups)
}
