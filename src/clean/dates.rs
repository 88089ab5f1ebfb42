//! Dates in metadata lines: finding them in the forms news pages print (`2025-08-13`,
//! `August 13, 2025`, `13 August 2025`, `Aug. 13, 2025`, `13.08.2025`, …) and reading them as
//! ISO `YYYY-MM-DD`. Numeric dates whose day and month cannot be told apart (`04/11/2007`) are
//! recognised as dates but give no ISO value.
//!
//! Only whole metadata lines (or a labelled date glued to the start of a line) count: a date
//! inside a story sentence is never the publication date.

use super::date_forms::{self, Caps};
use crate::text::calendar;
use std::ops::Range;

/// A date found in text: where it is and its ISO form (`None` when day and month are ambiguous).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the date in the text searched.
    pub range: Range<usize>,
    /// `YYYY-MM-DD`, when the date is unambiguous and valid.
    pub iso: Option<String>,
}

/// Month number of an English month name or abbreviation.
fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    calendar::month_abbreviated(lower.get(..3)?).and_then(|m| u32::try_from(m).ok())
}

/// `YYYY-MM-DD` when the date exists (years 1900–2199).
pub fn iso(year: u32, month: u32, day: u32) -> Option<String> {
    if !(1900..2200).contains(&year) || day == 0 {
        return None;
    }
    let days = calendar::days_in_month(year, month)?;
    (day <= days).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// Group `k` (1-based, as in the expression) of a match in `s`.
fn group<'s>(s: &'s str, c: &Caps, k: usize) -> Option<&'s str> {
    s.get(c.groups.get(k.checked_sub(1)?)?.clone())
}

fn num(s: &str, c: &Caps, k: usize) -> Option<u32> {
    group(s, c, k)?.parse().ok()
}

/// Every date in `s`, in order, without overlaps.
pub fn find(s: &str) -> Vec<Found> {
    // Each form is tried only when the text has what it needs: every form has four digits in
    // a row (`\d` is a subset of `char::is_numeric`); the numeric forms a separator; the named
    // forms a month name, in any case (`ſ` is the one other character that folds to a letter
    // of a month name).
    let four_digits = s
        .chars()
        .try_fold(0, |run, c| match (c.is_numeric(), run) {
            (true, 3) => Err(()),
            (true, n) => Ok(n + 1),
            (false, _) => Ok(0),
        })
        .is_err();
    if !four_digits {
        return Vec::new();
    }
    let separated = s.contains(['-', '/', '.']);
    let lower = s.to_ascii_lowercase();
    let named = s.contains('ſ')
        || [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ]
        .iter()
        .any(|m| lower.contains(m));
    let mut found: Vec<Found> = Vec::new();
    let mut push = |range: Range<usize>, iso: Option<String>| {
        if !found
            .iter()
            .any(|f| f.range.start < range.end && range.start < f.range.end)
        {
            found.push(Found { range, iso });
        }
    };
    if separated {
        for c in date_forms::all(s, date_forms::year_first) {
            let same_sep = group(s, &c, 2) == group(s, &c, 4);
            if !same_sep {
                continue;
            }
            let date = (|| iso(num(s, &c, 1)?, num(s, &c, 3)?, num(s, &c, 5)?))();
            if date.is_some() {
                push(c.whole, date);
            }
        }
    }
    // Month name first, then day first: (form, month group, day group); year is group 3.
    let named_forms: [(date_forms::Form, usize, usize); 2] = [
        (date_forms::month_first, 1, 2),
        (date_forms::day_first, 2, 1),
    ];
    for (form, month_at, day_at) in named_forms {
        if !named {
            continue;
        }
        for c in date_forms::all(s, form) {
            let month = || month_number(group(s, &c, month_at)?);
            let date = (|| iso(num(s, &c, 3)?, month()?, num(s, &c, day_at)?))();
            if date.is_some() {
                push(c.whole, date);
            }
        }
    }
    if separated {
        for c in date_forms::all(s, date_forms::numeric) {
            let (Some(a), Some(b), Some(y)) = (num(s, &c, 1), num(s, &c, 3), num(s, &c, 4)) else {
                continue;
            };
            let dot = group(s, &c, 2) == Some(".");
            let (day, month) = if a > 12 || dot {
                (a, b)
            } else if b > 12 || a == b {
                (b, a)
            } else {
                // 04/11/2007: April 11 or 4 November. A date, but not one to report.
                push(c.whole, None);
                continue;
            };
            if let Some(date) = iso(y, month, day) {
                push(c.whole, Some(date));
            }
        }
    }
    found.sort_by_key(|f| f.range.start);
    found
}

/// A line that is only a date stamp: what it says and whether it is an update time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateLine {
    /// ISO date of the first date on the line, when unambiguous.
    pub iso: Option<String>,
    /// True for `Updated …`/`Last modified …` lines, which are not the publication date.
    pub updated: bool,
}

/// Words a date stamp may carry besides dates: labels, weekdays, times, zones, reading time.
fn is_stamp_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    let lower = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if lower.is_empty() || lower.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    if lower
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/' | '-'))
        || lower
            .trim_end_matches(['a', 'p', 'm'])
            .chars()
            .all(|c| c.is_ascii_digit() || c == ':')
    {
        return true;
    }
    const WORDS: &[&str] = &[
        "date",
        "dated",
        "published",
        "posted",
        "updated",
        "last",
        "modified",
        "first",
        "on",
        "at",
        "created",
        "edited",
        "am",
        "pm",
        "a.m",
        "p.m",
        "a",
        "m",
        "p",
        "local",
        "time",
        "min",
        "mins",
        "minute",
        "minutes",
        "read",
        "h",
        "hrs",
    ];
    WORDS.contains(&lower)
        || calendar::is_time_zone(lower)
        || calendar::weekday_named(lower).is_some()
        || calendar::WEEKDAY_ABBREVIATIONS.contains(&lower)
}

/// Reads a line that is nothing but a date stamp (`Published August 13, 2025 10:22 ET`,
/// `WEDNESDAY, JULY 29, 2009`, `13/08/2025`). `None` for anything carrying other words.
pub fn date_line(s: &str) -> Option<DateLine> {
    if super::text::word_count(s) > 24 {
        return None;
    }
    let dates = find(s);
    let Some(first) = dates.first() else {
        return labelled_time_line(s);
    };
    let mut rest = String::with_capacity(s.len());
    let mut at = 0;
    for d in &dates {
        rest.push_str(s.get(at..d.range.start).unwrap_or(""));
        rest.push(' ');
        at = d.range.end;
    }
    rest.push_str(s.get(at..).unwrap_or(""));
    if !rest.split_whitespace().all(is_stamp_word) {
        return None;
    }
    let head = s.get(..first.range.start).unwrap_or("").to_lowercase();
    Some(DateLine {
        iso: first.iso.clone(),
        updated: head.contains("updated") || head.contains("modified"),
    })
}

/// Labels that open a time stamp line, and whether the stamp is an update time.
const STAMP_LABELS: &[(&str, bool)] = &[
    ("posted", false),
    ("published", false),
    ("first", false),
    ("updated", true),
    ("modified", true),
    ("edited", true),
    ("last", true),
];

/// A stamp line with no full date but a label and a time or short date (`Updated 5:40 p.m.
/// ET`, `POSTED: 05/02/07, 9:00 PM PDT |`, `Last updated at 22:46 GMT`, `Edited on Mon Dec 19
/// 05 03:49 PM`): a label word first, a digit somewhere, and nothing but stamp words, month
/// names and separators. Short numeric dates are ambiguous, so no ISO date is read.
fn labelled_time_line(s: &str) -> Option<DateLine> {
    let first_word = s.split_whitespace().next()?;
    let label = first_word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let &(_, updated) = STAMP_LABELS.iter().find(|(l, _)| *l == label)?;
    if !s.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let month = |w: &str| {
        let lower = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        calendar::month_named(&lower).is_some() || calendar::month_abbreviated(&lower).is_some()
    };
    s.split_whitespace()
        .all(|w| is_stamp_word(w) || month(w))
        .then_some(DateLine { iso: None, updated })
}

/// A date stamp glued to the start of story text, as in `date 2025-08-13 Russian President…`
/// or `Published: 13 August 2025 — The talks…`. Returns the date and the byte offset where the
/// story starts. A bare date counts only in ISO form or when a dash or bar follows it.
pub fn leading_date(s: &str) -> Option<(Option<String>, usize)> {
    // Every label starts with one of these letters (no other character folds to them).
    let label_like = s
        .trim_start()
        .starts_with(|c: char| matches!(c.to_ascii_lowercase(), 'd' | 'p' | 'f' | 'l' | 'u' | 'm'));
    let label_end = if label_like {
        date_forms::label_end(s)
    } else {
        None
    };
    let from = label_end.unwrap_or_else(|| s.len() - s.trim_start().len());
    let tail = s.get(from..)?;
    let first = find(tail).into_iter().next()?;
    if first.range.start != 0 {
        return None;
    }
    let date_text = tail.get(first.range.clone())?;
    let after = tail.get(first.range.end..)?;
    let trimmed = after.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let separated = ["—", "–", "-", "|", ":"]
        .iter()
        .find_map(|sep| trimmed.strip_prefix(sep));
    let iso_form = date_text.chars().next().is_some_and(|c| c.is_ascii_digit())
        && date_text.contains('-')
        && date_text.len() >= 10;
    let rest = match separated {
        Some(r) => r,
        None if label_end.is_some() || iso_form => trimmed,
        None => return None,
    };
    let rest_trimmed = rest.trim_start();
    // The story must start as a sentence does.
    if !super::text::first_alnum(rest_trimmed).is_some_and(|c| c.is_uppercase() || c.is_numeric())
        || super::text::word_count(rest_trimmed) < 3
    {
        return None;
    }
    Some((first.iso, s.len() - rest_trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn isos(s: &str) -> Vec<Option<String>> {
        find(s).into_iter().map(|f| f.iso).collect()
    }

    #[test]
    fn forms() {
        let d = Some("2025-08-13".to_string());
        for s in [
            "2025-08-13",
            "August 13, 2025",
            "Aug. 13, 2025",
            "Aug 13 2025",
            "13 August 2025",
            "13th of August, 2025",
            "13/08/2025",
            "08/13/2025",
            "13.08.2025",
            "2025-08-13T09:30:00Z",
            "AUGUST 13, 2025",
        ] {
            assert_eq!(isos(s), vec![d.clone()], "{s}");
        }
    }

    #[test]
    fn ambiguous_and_invalid() {
        assert_eq!(isos("04/11/2007"), vec![None]);
        assert!(isos("February 30, 2025").is_empty());
        assert!(isos("2025-13-01").is_empty());
        assert!(isos("in February 2022").is_empty());
        assert!(isos("scored 20 points, 91-73").is_empty());
    }

    #[test]
    fn stamp_lines() {
        for s in [
            "August 13, 2025",
            "Posted: Thursday, July 29, 2004",
            "WEDNESDAY, JULY 29, 2009, 10: 53 AM",
            "Published August 02, 2013",
            "December 15th, 2008, 7: 35 am",
            "Posted: Nov 27, 2005 8: 20 AM ET Last Updated: Nov 27, 2005 8: 10 PM ET",
            "13 August 2025 | 4 min read",
            "AUGUST 2, 2013 | 08: 06AM PT",
            "Aug 2, 2013 3:10 PM HST",
        ] {
            assert!(date_line(s).is_some(), "{s}");
        }
        assert_eq!(
            date_line("Updated 14 August 2025").map(|d| d.updated),
            Some(true)
        );
        assert_eq!(
            date_line("22 Jul 2013").and_then(|d| d.iso).as_deref(),
            Some("2013-07-22")
        );
    }

    #[test]
    fn labelled_times_without_a_full_date_are_stamp_lines() {
        for (s, updated) in [
            ("Updated 5: 40 p. m. ET", true),
            ("POSTED: 05 / 02 / 07, 9: 00 PM PDT |", false),
            ("Last updated at 22: 46 GMT", true),
            ("Edited on Mon Dec - 19 - 05 03: 49 PM", true),
            ("First Posted: 10/25/11 06:12 PM ET", false),
            ("Published 9:30 a.m. Tuesday", false),
        ] {
            let line = date_line(s);
            assert_eq!(line.as_ref().map(|d| d.updated), Some(updated), "{s}");
            assert_eq!(line.and_then(|d| d.iso), None, "{s}: no full date");
        }
    }

    #[test]
    fn story_sentences_are_not_stamp_lines() {
        for s in [
            "The treaty was signed on June 19, 2024.",
            "On August 13, 2025 the leaders spoke by phone.",
            "Russia invaded Ukraine in February 2022",
            "Teixeira will be 29 in April.",
            "Posted guards stood at 12 gates.",
            "Updated figures show 40 people died on Monday.",
            "First, at 9 p.m. Tuesday, police arrived.",
            "Last year 12 people died.",
            "Posted on Monday",
        ] {
            assert!(date_line(s).is_none(), "{s}");
        }
    }

    #[test]
    fn glued_dates() {
        let s = " date 2025-08-13 Russian President Vladimir Putin spoke.";
        let (iso, at) = leading_date(s).unwrap_or_default();
        assert_eq!(iso.as_deref(), Some("2025-08-13"));
        assert_eq!(s.get(at..), Some("Russian President Vladimir Putin spoke."));
        let s = "August 13, 2025 — Russian President Vladimir Putin spoke.";
        assert!(leading_date(s).is_some());
        assert!(leading_date("August 13, 2025 was a hot day in Moscow.").is_none());
        assert!(leading_date("August 13, 2025 Russian leaders met.").is_none());
    }
}
