//! Dates and days in a sentence, normalised: weekdays (`Tuesday`), month and day (`Aug. 13` =
//! `August 13` = `13 August`), with a year (`August 15, 2024`), month and year (`June 2024`),
//! a month alone (`in April`), part of a month (`mid-July`, `late July`), years (`in 1952`) and
//! ISO dates (`2024-08-15`).
//!
//! Relative expressions (`yesterday`, `last year`) are not facts one can check across outlets
//! and are not reported; a weekday with `next`/`last` is reported as the weekday, flagged
//! relative.

use crate::model::Span;
use crate::text::calendar;

/// What a date mention gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateClass {
    /// A day of the week.
    Weekday,
    /// A day of a month, with or without a year.
    Day,
    /// A month, with or without a year, or part of a month.
    Month,
    /// A year alone.
    Year,
}

/// One date mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range (shifted by the offset given to [`mentions`]).
    pub span: Span,
    /// The text as written.
    pub surface: String,
    /// Normalised value: `tuesday`, `august 15`, `august 15 2024`, `june 2024`, `mid july`,
    /// `2024`.
    pub key: String,
    /// What it gives.
    pub class: DateClass,
    /// Preceded by `next`, `last` or `this` (a weekday relative to the report).
    pub relative: bool,
}

/// Words before a bare year or a bare `May` that make it a date.
const DATE_LEADS: &[&str] = &[
    "in", "since", "by", "until", "till", "from", "to", "of", "through", "between", "and",
    "during", "before", "after", "early", "late", "mid", "summer", "winter", "spring", "autumn",
    "fall", "last", "next", "this", "on",
];

/// The month (1-based) a capitalised word names: full names and `Jan`, `Feb`, `Sept`…
pub fn month(word: &str) -> Option<usize> {
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let lower = word.trim_end_matches('.').to_lowercase();
    // `mar` and `may` are words too.
    calendar::month_named(&lower).or_else(|| {
        (lower != "may" && lower != "mar")
            .then(|| calendar::month_abbreviated(&lower))
            .flatten()
    })
}

/// The weekday (0 = Monday) a capitalised word names.
pub fn weekday(word: &str) -> Option<usize> {
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    calendar::weekday_named(&word.to_lowercase())
}

fn month_name(m: usize) -> &'static str {
    calendar::MONTHS
        .get(m.wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// The key of a day date: `august 15`, `august 15 2024`.
fn day_key(m: usize, d: u32, y: Option<u32>) -> String {
    match y {
        Some(y) => format!("{} {d} {y}", month_name(m)),
        None => format!("{} {d}", month_name(m)),
    }
}

/// A day of the month: `15`, `15th`, `1st`.
fn day(word: &str) -> Option<u32> {
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A plausible year: four digits, 1000–2199.
fn year(word: &str) -> Option<u32> {
    if word.len() != 4 || !word.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let y: u32 = word.parse().ok()?;
    (1000..2200).contains(&y).then_some(y)
}

/// `2024-08-15` → (2024, 8, 15).
fn iso(word: &str) -> Option<(u32, usize, u32)> {
    let mut parts = word.split('-');
    let y = year(parts.next()?)?;
    let m: usize = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    let d: u32 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    if parts.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some((y, m, d))
}

/// Word-like runs with their byte offsets: letters and digits, with inner `'`, `’`, `-`, `.`
/// and `,` kept when a letter or digit follows (`5,000`, `2.5`, `mid-July`, `2024-08-15`).
pub fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        let inner = matches!(c, '\'' | '’' | '-' | '.' | ',')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            if start.is_none() {
                start = Some(pos);
            }
        } else if let Some(s) = start.take() {
            out.push((s, text.get(s..pos).unwrap_or("")));
        }
    }
    if let Some(s) = start {
        out.push((s, text.get(s..).unwrap_or("")));
    }
    out
}

/// Finds the dates in `text`; spans are shifted by `offset`.
pub fn mentions(text: &str, offset: usize) -> Vec<DateMention> {
    let words = words(text);
    let get = |i: usize| words.get(i).map(|&(_, w)| w).unwrap_or("");
    let lower_at = |i: usize| get(i).to_lowercase();
    // Only a comma, a dot (after an abbreviation) or spaces between two words of one date.
    let close = |i: usize| match (words.get(i), words.get(i + 1)) {
        (Some(&(s, w)), Some(&(n, _))) => text
            .get(s + w.len()..n)
            .is_some_and(|g| g.len() <= 3 && g.chars().all(|c| matches!(c, ' ' | ',' | '.'))),
        _ => false,
    };
    // A year right after word `last` of a date: the date's last word then, and the year.
    let year_after = |last: usize| match close(last).then(|| year(get(last + 1))).flatten() {
        Some(y) => (last + 1, Some(y)),
        None => (last, None),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(&(start, w)) = words.get(i) else {
            break;
        };
        // The word before, lower-case: made only when a rule asks (most words need none).
        let prev = || i.checked_sub(1).map(&lower_at).unwrap_or_default();
        // Word `k + 1` follows word `k` after one space and is capitalised, not a number,
        // month or weekday.
        let name_follows = |k: usize| match (words.get(k), words.get(k + 1)) {
            (Some(&(s, w)), Some(&(n, next))) => {
                text.get(s + w.len()..n) == Some(" ")
                    && next.starts_with(char::is_uppercase)
                    && month(next).is_none()
                    && weekday(next).is_none()
            }
            _ => false,
        };
        let mut push = |end_word: usize, key: String, class: DateClass, relative: bool| {
            let end = words
                .get(end_word)
                .map(|&(s, w)| s + w.len())
                .unwrap_or(start + w.len());
            out.push(DateMention {
                span: Span::new(start + offset, end + offset),
                surface: text.get(start..end).unwrap_or("").to_owned(),
                key,
                class,
                relative,
            });
        };
        if let Some((y, m, d)) = iso(w) {
            push(i, day_key(m, d, Some(y)), DateClass::Day, false);
            i += 1;
            continue;
        }
        // mid-July, late July, early August.
        let (part, month_word, part_words) = match w.split_once('-') {
            Some((p, rest)) if matches!(p.to_lowercase().as_str(), "mid" | "early" | "late") => {
                (Some(p.to_lowercase()), rest, 0)
            }
            // (A word of more than five characters cannot lower-case to one of these.)
            _ if w.chars().nth(5).is_none()
                && matches!(w.to_lowercase().as_str(), "early" | "late" | "mid")
                && month(get(i + 1)).is_some()
                && close(i) =>
            {
                (Some(w.to_lowercase()), get(i + 1), 1)
            }
            _ => (None, w, 0),
        };
        if let Some(m) = month(month_word) {
            let mi = i + part_words;
            let bare_may = m == 5 && part.is_none() && month_word == "May";
            if let Some(d) = close(mi).then(|| day(get(mi + 1))).flatten() {
                let (end, y) = year_after(mi + 1);
                push(end, day_key(m, d, y), DateClass::Day, false);
                i = end + 1;
                continue;
            }
            if let Some(y) = close(mi).then(|| year(get(mi + 1))).flatten() {
                let key = match &part {
                    Some(p) => format!("{p} {} {y}", month_name(m)),
                    None => format!("{} {y}", month_name(m)),
                };
                push(mi + 1, key, DateClass::Month, false);
                i = mi + 2;
                continue;
            }
            // A bare month right before a capitalised word is a first name (`Jan Olson`,
            // `April Ryan`), unless a date lead comes first (`in April Smith…`; `and`, `to`
            // and `of` join names as often as dates).
            let lead = prev();
            let first_name = part.is_none()
                && name_follows(mi)
                && (matches!(lead.as_str(), "and" | "to" | "of")
                    || !crate::engine::lexicon::names::in_list(DATE_LEADS, &lead));
            if first_name {
                i = mi + 1;
                continue;
            }
            if !bare_may || crate::engine::lexicon::names::in_list(DATE_LEADS, &prev()) {
                let key = match &part {
                    Some(p) => format!("{p} {}", month_name(m)),
                    None => month_name(m).to_owned(),
                };
                push(mi, key, DateClass::Month, false);
            }
            i = mi + 1;
            continue;
        }
        if let Some(d) = day(w)
            && !w.contains(',')
        {
            let mut k = i + 1;
            if close(i) && lower_at(k) == "of" {
                k += 1;
            }
            if let Some(m) = (close(k - 1)).then(|| month(get(k))).flatten() {
                let (end, y) = year_after(k);
                push(end, day_key(m, d, y), DateClass::Day, false);
                i = end + 1;
                continue;
            }
        }
        if let Some(wd) = weekday(w) {
            let relative = matches!(prev().as_str(), "next" | "last" | "this" | "coming");
            let key = calendar::WEEKDAYS.get(wd).copied().unwrap_or("").to_owned();
            push(i, key, DateClass::Weekday, relative);
            i += 1;
            continue;
        }
        if let Some(y) = year(w) {
            let before = start
                .checked_sub(1)
                .and_then(|p| text.get(p..start))
                .unwrap_or("");
            let currency = matches!(before, "$" | "€" | "£" | "¥");
            let next = get(i + 1);
            let next_is_noun = close(i)
                && next.chars().next().is_some_and(char::is_lowercase)
                && !crate::text::normalize::is_stop_word(&next.to_lowercase());
            if !currency
                && (crate::engine::lexicon::names::in_list(DATE_LEADS, &prev()) || !next_is_noun)
                && (1800..2100).contains(&y)
            {
                push(i, y.to_string(), DateClass::Year, false);
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        mentions(text, 0).into_iter().map(|m| m.key).collect()
    }

    #[test]
    fn month_day_forms_agree() {
        assert_eq!(keys("It opened on Aug. 13."), vec!["august 13"]);
        assert_eq!(keys("It opened on August 13th."), vec!["august 13"]);
        assert_eq!(keys("It opened on 13 August."), vec!["august 13"]);
        assert_eq!(keys("It opened on the 13th of August."), vec!["august 13"]);
        assert_eq!(
            keys("Signed on August 15, 2024 in Oslo."),
            vec!["august 15 2024"]
        );
        assert_eq!(keys("Signed 2024-08-15."), vec!["august 15 2024"]);
    }

    #[test]
    fn months_years_weekdays() {
        assert_eq!(keys("The treaty of June 2024 holds."), vec!["june 2024"]);
        assert_eq!(
            keys("He visited in mid-July and late August."),
            vec!["mid july", "late august"]
        );
        assert_eq!(keys("Built in 1952, it carries 2000 trains."), vec!["1952"]);
        let ms = mentions("They meet next Friday, not Tuesday.", 0);
        assert_eq!(ms.len(), 2);
        assert!(ms[0].relative && !ms[1].relative);
        assert_eq!(ms[0].class, DateClass::Weekday);
        assert_eq!(
            &"They meet next Friday, not Tuesday."[ms[0].span.start..ms[0].span.end],
            "Friday"
        );
    }

    #[test]
    fn not_dates() {
        assert!(keys("Theresa May said they may march in Spring.").is_empty());
        assert!(keys("It cost $2024 and weighed 5,000 tonnes; 1,999 people came.").is_empty());
        assert!(keys("yesterday and today").is_empty());
        assert!(keys("He scored 31 points").is_empty());
        assert!(keys("Resident Jan Olson and April Ryan spoke.").is_empty());
        assert_eq!(keys("In April Smith resigned."), ["april"]);
        assert_eq!(keys("Jan Olson came in Jan. 2008."), ["january 2008"]);
    }

    #[test]
    fn offsets_shift_spans() {
        let ms = mentions("on Monday", 100);
        assert_eq!(ms[0].span, Span::new(103, 109));
    }
}
