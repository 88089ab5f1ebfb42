//! English month and weekday names and the length of months: the one table that ingest (dates
//! in containers), cleaning (date stamps, bylines) and the engine (dates in sentences, names
//! that are not people) read. Every lookup takes a lower-case word.

/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Short weekday forms date stamps print (`Wed`, `Thurs`).
pub const WEEKDAY_ABBREVIATIONS: [&str; 10] = [
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// The month (1-based) `lower` names in full.
pub fn month_named(lower: &str) -> Option<usize> {
    MONTHS.iter().position(|m| *m == lower).map(|i| i + 1)
}

/// The month (1-based) of a three-letter abbreviation (`aug`; also `may`) or of `sept`.
pub fn month_abbreviated(lower: &str) -> Option<usize> {
    if lower == "sept" {
        return Some(9);
    }
    if lower.len() != 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.get(..3) == Some(lower))
        .map(|i| i + 1)
}

/// The weekday (0 = Monday) `lower` names in full.
pub fn weekday_named(lower: &str) -> Option<usize> {
    WEEKDAYS.iter().position(|d| *d == lower)
}

/// Time-zone abbreviations that follow clock times (`9:40 p.m. EST`), lower case.
pub const TIME_ZONES: &[&str] = &[
    "aedt", "aest", "akdt", "akst", "bst", "cdt", "cest", "cet", "cst", "ct", "edt", "est", "et",
    "gmt", "hkt", "hst", "ist", "jst", "kst", "mdt", "msk", "mst", "mt", "pdt", "pst", "pt", "sgt",
    "utc",
];

/// True for a time-zone abbreviation, in any case.
pub fn is_time_zone(word: &str) -> bool {
    TIME_ZONES.iter().any(|z| z.eq_ignore_ascii_case(word))
}

/// True for a weekday or month name in full, other than `may` (a word and a surname too).
pub fn is_day_or_month_name(lower: &str) -> bool {
    weekday_named(lower).is_some() || (lower != "may" && month_named(lower).is_some())
}

/// True for a month abbreviation that is not also a month's full name (`jan`, `sept`; not `may`).
pub fn is_month_abbreviation(lower: &str) -> bool {
    lower != "may" && month_abbreviated(lower).is_some()
}

/// True in a leap year of the Gregorian calendar.
pub fn is_leap_year(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Days in `month` (1–12) of `year`; `None` for a month outside 1–12.
pub fn days_in_month(year: u32, month: u32) -> Option<u32> {
    match month {
        2 if is_leap_year(year) => Some(29),
        2 => Some(28),
        4 | 6 | 9 | 11 => Some(30),
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_abbreviations() {
        assert_eq!(month_named("march"), Some(3));
        assert_eq!(month_named("mar"), None);
        assert_eq!(month_abbreviated("mar"), Some(3));
        assert_eq!(month_abbreviated("sept"), Some(9));
        assert_eq!(month_abbreviated("sep"), Some(9));
        assert_eq!(month_abbreviated("may"), Some(5));
        assert_eq!(month_abbreviated("june"), None);
        assert_eq!(month_abbreviated("xyz"), None);
        assert_eq!(weekday_named("sunday"), Some(6));
        assert_eq!(weekday_named("sun"), None);
    }

    #[test]
    fn may_is_left_to_the_caller() {
        assert!(is_day_or_month_name("friday") && is_day_or_month_name("august"));
        assert!(!is_day_or_month_name("may"));
        assert!(is_month_abbreviation("aug") && is_month_abbreviation("sept"));
        assert!(!is_month_abbreviation("may") && !is_month_abbreviation("august"));
    }

    #[test]
    fn month_lengths() {
        assert_eq!(days_in_month(2024, 2), Some(29));
        assert_eq!(days_in_month(1900, 2), Some(28));
        assert_eq!(days_in_month(2000, 2), Some(29));
        assert_eq!(days_in_month(2025, 4), Some(30));
        assert_eq!(days_in_month(2025, 12), Some(31));
        assert_eq!(days_in_month(2025, 0), None);
        assert_eq!(days_in_month(2025, 13), None);
    }
}
