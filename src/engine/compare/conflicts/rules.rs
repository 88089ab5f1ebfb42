//! The finer tests of the conflict stage: whether two speakers are one person, whether a stated
//! bound (`more than 30`) allows the other value, which person or place a value is about, and
//! what a year is the year of.

use super::Facts;
use crate::findings::AtomKind;
use crate::model::Span;
use std::collections::BTreeSet;

/// The words of a name as compared: folded, dots dropped.
fn name_words(name: &str) -> Vec<String> {
    crate::engine::lexicon::names::fold_name(name)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// True when two written names can be one person: the same last word (surname), and every word
/// of the shorter name in the longer (a title, first name or initial dropped: `Tim Fanning` /
/// `Constable Tim Fanning`, `Gage` / `Undersheriff James Gage`, `J. Smith` / `A. J. Smith`).
pub(super) fn same_person(a: &str, b: &str) -> bool {
    let (wa, wb) = (name_words(a), name_words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    match (short.last(), long.last()) {
        (Some(x), Some(y)) if x == y => short.iter().all(|w| long.contains(w)),
        _ => false,
    }
}

/// A name's span widened over initials written just before it (`A. ` before `J. Smith`), so a
/// speaker shows as written.
pub(super) fn with_initials(text: &str, span: Span) -> Span {
    let mut start = span.start;
    loop {
        let before = text.get(..start).unwrap_or("");
        let trimmed = before.trim_end_matches(' ');
        if trimmed.len() == before.len() || trimmed.len() + 2 < before.len() {
            return Span::new(start, span.end);
        }
        let mut rev = trimmed.chars().rev();
        match (rev.next(), rev.next(), rev.next()) {
            (Some('.'), Some(l), prev)
                if l.is_uppercase() && prev.is_none_or(|p| !p.is_alphanumeric()) =>
            {
                start = trimmed.len() - '.'.len_utf8() - l.len_utf8();
            }
            _ => return Span::new(start, span.end),
        }
    }
}

/// What a value's wording allows besides the value itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bound {
    /// The value as stated.
    Exact,
    /// `more than`, `over`, `at least`: the value or more.
    AtLeast,
    /// `up to`, `less than`, `nearly`, `almost`: the value or less.
    AtMost,
}

/// Words just before a number that make it a bound (last word first).
const AT_LEAST: &[&[&str]] = &[
    &["than", "more"],
    &["over"],
    &["least", "at"],
    &["of", "upwards"],
    &["exceeding"],
];
const AT_MOST: &[&[&str]] = &[
    &["as", "many"],
    &["as", "much"],
    &["to", "up"],
    &["than", "less"],
    &["than", "fewer"],
    &["under"],
    &["nearly"],
    &["almost"],
    &["most", "at"],
];

/// The bound the words before a value (relative start `at` in the sentence) state.
pub(super) fn bound(f: &Facts, at: usize) -> Bound {
    let before = f
        .sentence_text
        .get(..at.saturating_sub(f.start))
        .unwrap_or("");
    let last: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(2)
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .collect();
    let ends = |list: &[&[&str]]| {
        list.iter().any(|ws| {
            ws.iter()
                .enumerate()
                .all(|(k, w)| last.get(k).map(String::as_str) == Some(*w))
        })
    };
    if ends(AT_LEAST) {
        Bound::AtLeast
    } else if ends(AT_MOST) {
        Bound::AtMost
    } else {
        Bound::Exact
    }
}

/// True when two values with their bounds can both hold (`more than 30 hours` / `40 hours`,
/// `more than 100 mph` / `up to 120 mph`). Two bounds of one direction are still reported
/// differently (`at least 14` / `at least 17`) and stay comparable.
pub(super) fn compatible(x: f64, bx: Bound, y: f64, by: Bound) -> bool {
    use Bound::*;
    match (bx, by) {
        (AtLeast, Exact) => y >= x,
        (Exact, AtLeast) => x >= y,
        (AtMost, Exact) => y <= x,
        (Exact, AtMost) => x <= y,
        (AtLeast, AtMost) => x <= y,
        (AtMost, AtLeast) => y <= x,
        _ => false,
    }
}

/// How many words after a value a name may be to be what the value is about (`55 percent of
/// voice traffic in Saudi Arabia`); a name before it may be further (the clause's subject).
const SUBJECT_AFTER: usize = 6;

/// Words that end a clause between a value and a name: the name is another clause's subject.
const CLAUSE_BREAKS: &[&str] = &[" while ", " but ", " whereas ", ";", " — ", " - "];

/// The person or place (or other name not known as an organisation) a value is about: the nearest named before it in its clause (`DiLeo has
/// spent 19 seasons`), or one just after it, not across `and` or a comma (`55 percent of traffic
/// in Saudi Arabia`, `61-year-old Sharron Smith`); the nearer wins, a tie goes after.
pub(super) fn subject(f: &Facts, span: Span) -> Option<String> {
    let between = |from: usize, to: usize| -> Option<&str> {
        f.sentence_text
            .get(from.saturating_sub(f.start)..to.saturating_sub(f.start))
    };
    f.entities
        .iter()
        .filter(|m| m.kind != AtomKind::Organization && !m.demonym)
        .filter_map(|m| {
            if m.span.end <= span.start {
                let gap = between(m.span.end, span.start)?;
                (!CLAUSE_BREAKS.iter().any(|b| gap.contains(b)))
                    .then(|| (gap.split_whitespace().count() * 2 + 1, m))
            } else if m.span.start >= span.end {
                let gap = between(span.end, m.span.start)?;
                let words = gap.split_whitespace().count();
                (words <= SUBJECT_AFTER
                    && !gap.contains(',')
                    && !gap.contains(" and ")
                    && !CLAUSE_BREAKS.iter().any(|b| gap.contains(b)))
                .then_some((words * 2, m))
            } else {
                None
            }
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, m)| m.surface.clone())
}

/// True when the two values are about different named people or places: each has a nearest
/// name and the names are not one (`Cheeks … 11 seasons` / `DiLeo … 19 seasons`).
pub(super) fn different_subjects(a: &Facts, sa: Span, b: &Facts, sb: Span) -> bool {
    match (subject(a, sa), subject(b, sb)) {
        (Some(x), Some(y)) => !same_person(&x, &y),
        _ => false,
    }
}

/// The content words right next to a year within its clause (an amount counts), names left out: what the year is
/// the year of (`voters in 2009 approved` → `voters`, `approved`).
fn year_neighbours(f: &Facts, span: Span) -> BTreeSet<String> {
    let rel = |p: usize| p.saturating_sub(f.start);
    let before = f.sentence_text.get(..rel(span.start)).unwrap_or("");
    let after = f.sentence_text.get(rel(span.end)..).unwrap_or("");
    let mut out = BTreeSet::new();
    let nearest = |text: &str, rev: bool| -> Option<String> {
        let tokens = crate::text::normalize::tokens(text);
        let ordered: Vec<_> = if rev {
            tokens.iter().rev().collect()
        } else {
            tokens.iter().collect()
        };
        let mut edge = if rev { text.len() } else { 0 };
        for t in ordered {
            let gap = if rev {
                text.get(t.span.end..edge).unwrap_or("")
            } else {
                text.get(edge..t.span.start).unwrap_or("")
            };
            if gap.contains([',', ';', ':', '(', ')', '—', '–', '.']) {
                return None;
            }
            edge = if rev { t.span.start } else { t.span.end };
            if t.stop {
                continue;
            }
            let written = text.get(t.span.start..t.span.end).unwrap_or("");
            // A name says where or who, not what happened.
            let opens = rev && t.span.start == 0;
            if written.starts_with(char::is_uppercase) && !opens {
                return None;
            }
            return Some(t.norm.clone());
        }
        None
    };
    out.extend(nearest(before, true));
    out.extend(nearest(after, false));
    out
}

/// True when two years are of the same thing: the content word right before or right after
/// each (within its clause, not a name) is shared. `In 1990 she founded` / `In 2002, she
/// became president` are years of different events.
pub(super) fn same_year_anchor(a: &Facts, sa: Span, b: &Facts, sb: Span) -> bool {
    year_neighbours(a, sa)
        .intersection(&year_neighbours(b, sb))
        .next()
        .is_some()
}
