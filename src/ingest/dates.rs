//! Publication dates from containers (HTML `<meta>`, JSON-LD, Markdown front matter) reduced to
//! ISO `YYYY-MM-DD`.
//!
//! Accepted shapes: ISO 8601 (`2025-08-13`, `2025-08-13T10:00:00Z`, `2025/08/13`), and dates with
//! an English month name (`Wed, 13 Aug 2025 10:00:00 GMT`, `August 13, 2025`, `13 August 2025`).
//! Anything else, or an impossible date, gives `None`.

use crate::text::calendar;

/// The date in `raw` as `YYYY-MM-DD`, or `None` when it is not a recognisable date.
pub fn to_iso(raw: &str) -> Option<String> {
    let raw = raw.trim();
    iso(raw).or_else(|| with_month_name(raw))
}

fn valid(year: u32, month: u32, day: u32) -> Option<String> {
    let days = calendar::days_in_month(year, month)?;
    ((1000..=9999).contains(&year) && (1..=days).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

fn iso(raw: &str) -> Option<String> {
    let head = raw.get(..10)?;
    let b = head.as_bytes();
    let sep = *b.get(4)?;
    if !matches!(sep, b'-' | b'/') || b.get(7) != Some(&sep) {
        return None;
    }
    if raw.as_bytes().get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let year = head.get(..4)?.parse().ok()?;
    let month = head.get(5..7)?.parse().ok()?;
    let day = head.get(8..10)?.parse().ok()?;
    valid(year, month, day)
}

fn with_month_name(raw: &str) -> Option<String> {
    let words: Vec<&str> = raw
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '-' | '/'))
        .filter(|w| !w.is_empty())
        .collect();
    let (mi, month) = words.iter().enumerate().find_map(|(i, w)| {
        let lower = w.to_ascii_lowercase();
        let month = calendar::month_abbreviated(lower.get(..3)?)?;
        Some((i, u32::try_from(month).ok()?))
    })?;
    let number = |w: &&str| -> Option<u32> {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        digits.parse().ok()
    };
    let year = words
        .iter()
        .filter(|w| w.len() == 4)
        .find_map(|w| w.parse::<u32>().ok())?;
    // The day is the 1–2 digit number next to the month name (after it first, then before).
    let day = [mi + 1, mi.wrapping_sub(1)]
        .iter()
        .filter_map(|&i| words.get(i))
        .filter(|w| w.len() <= 4)
        .find_map(|w| number(w).filter(|d| (1..=31).contains(d)))?;
    valid(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms() {
        assert_eq!(to_iso("2025-08-13").as_deref(), Some("2025-08-13"));
        assert_eq!(
            to_iso("2025-08-13T10:00:00+03:00").as_deref(),
            Some("2025-08-13")
        );
        assert_eq!(to_iso("2024/02/29").as_deref(), Some("2024-02-29"));
    }

    #[test]
    fn month_name_forms() {
        assert_eq!(
            to_iso("Wed, 13 Aug 2025 10:00:00 GMT").as_deref(),
            Some("2025-08-13")
        );
        assert_eq!(to_iso("August 13, 2025").as_deref(), Some("2025-08-13"));
        assert_eq!(to_iso("1st March 2019").as_deref(), Some("2019-03-01"));
    }

    #[test]
    fn impossible_or_unknown_is_none() {
        assert_eq!(to_iso("2025-02-30"), None);
        assert_eq!(to_iso("2023-02-29"), None);
        assert_eq!(to_iso("yesterday"), None);
        assert_eq!(to_iso("2025-13-01"), None);
        assert_eq!(to_iso(""), None);
        assert_eq!(to_iso("Mayday 2025"), None);
    }
}
