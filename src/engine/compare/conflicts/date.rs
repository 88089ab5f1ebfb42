//! Date conflicts (part of [`super`]): one weekday, day of a month or year per sentence, about
//! the same thing (the words just before it), not anchored relatively.

use super::*;

pub(super) fn all_date_values(f: &Facts) -> Vec<Value> {
    [DateClass::Weekday, DateClass::Day, DateClass::Year]
        .into_iter()
        .flat_map(|c| date_values(f, c))
        .collect()
}

pub(super) fn date_values(f: &Facts, class: DateClass) -> Vec<Value> {
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
pub(super) fn same_date(a: &str, b: &str) -> bool {
    a == b || a.starts_with(&format!("{b} ")) || b.starts_with(&format!("{a} "))
}

pub(super) fn date_pair(a: &Facts, b: &Facts) -> Option<(Value, Value)> {
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
pub(super) fn anchor(f: &Facts, span: Span) -> BTreeSet<String> {
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

pub(super) fn same_anchor(a: &Facts, sa: Span, b: &Facts, sb: Span) -> bool {
    let (x, y) = (anchor(a, sa), anchor(b, sb));
    x.intersection(&y).next().is_some()
}

pub(super) fn date_conflict(claim: usize, facts: &[&Facts]) -> Vec<Conflict> {
    conflicts(
        ConflictKind::Date,
        claim,
        collect(facts, date_pair, all_date_values),
    )
}
