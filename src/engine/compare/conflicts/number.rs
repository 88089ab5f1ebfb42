//! Number conflicts (part of [`super`]): which numbers of two sentences count the same thing
//! (same type, a shared counted word, bounds that do not allow each other) and differ.

use super::*;

/// [`number_pair`] without its fallback for two bare numbers: a near pair conflicts on a
/// number only when both numbers count the same thing, named by a word (`14 people` /
/// `17 people`; not `5:40 p.m.` / `4:08 p.m.`).
pub(super) fn number_pair_same_role(a: &Facts, b: &Facts) -> Option<(Value, Value)> {
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

pub(super) fn number_values(f: &Facts) -> Vec<Value> {
    f.numbers.iter().map(number_value).collect()
}

/// What kind of number it is: only numbers of one kind are compared (`10-metre` and `30-foot`
/// are not a conflict, nor `Route 52` and `52 people`).
pub(super) type NumberType<'a> = (
    bool,
    bool,
    Option<&'static str>,
    Option<&'a str>,
    bool,
    bool,
);

pub(super) fn number_type(n: &NumberMention) -> NumberType<'_> {
    (
        n.ordinal,
        n.percent,
        n.currency,
        n.unit.as_deref(),
        n.identifier,
        n.year_like,
    )
}

pub(super) fn number_value(n: &NumberMention) -> Value {
    Value {
        key: n.key.clone(),
        surface: n.surface.clone(),
        span: n.span,
        counts: n.counts.clone(),
    }
}

/// True when two numbers state one value: the same key, or measures in different units that
/// convert to one value (`64 kilometres` / `40 miles`).
pub(super) fn same_number(x: &NumberMention, y: &NumberMention) -> bool {
    x.key == y.key
        || matches!((x.measure, y.measure), (Some(a), Some(b)) if x.unit != y.unit && numbers::same_measure(a, b))
}

/// True when two numbers of one type may still both hold: their bounds allow each other
/// (`more than 30 hours` / `40 hours`), or they are about different named people or places.
pub(super) fn reconcilable(a: &Facts, x: &NumberMention, b: &Facts, y: &NumberMention) -> bool {
    rules::compatible(
        x.value,
        rules::bound(a, x.span.start),
        y.value,
        rules::bound(b, y.span.start),
    ) || rules::different_subjects(a, x.span, b, y.span)
}

/// The number in `b` that counts the same thing as `x` in `a`, when they differ.
pub(super) fn number_pair(a: &Facts, b: &Facts) -> Option<(Value, Value)> {
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

pub(super) fn number_conflict(claim: usize, facts: &[&Facts]) -> Vec<Conflict> {
    conflicts(
        ConflictKind::Number,
        claim,
        collect(facts, number_pair, number_values),
    )
}
