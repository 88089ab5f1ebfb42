//! Number forms the number reader sets apart from plain counts: clock times (`6 p.m.`,
//! `6:00 p.m.`, `6: 00 p.m.` as tokenised corpora print it, `10am`) and measures in units of
//! length, weight and speed, converted to one base unit each so `64 kilometres` and `40 miles`
//! can be seen to agree.

/// A clock time found at a number: the last word it covers and, when it says `a.m.`/`p.m.`,
/// its 24-hour key (`18:00`). A bare `9:40` has no key: without the half of the day it is not
/// compared, only kept out of the numbers.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ClockTime {
    /// Index of the last word of the time.
    pub end_word: usize,
    /// `H:MM` on a 24-hour clock, when the half of the day is given.
    pub key: Option<String>,
    /// Hours since midnight (`18.5` for `6:30 p.m.`).
    pub value: f64,
}

/// Reads `am`, `pm`, `a.m`, `p.m` (the tokeniser drops the last dot): true for the afternoon.
fn half_of_day(lower: &str) -> Option<bool> {
    match lower {
        "am" | "a.m" => Some(false),
        "pm" | "p.m" => Some(true),
        _ => None,
    }
}

/// A clock time starting at word `i` of `words` (as [`crate::engine::extract::dates::words`] splits
/// `text`): an hour of one or two digits, optionally `:MM` (a space after the colon allowed),
/// then optionally `a.m.`/`p.m.` (also written `a. m.`, `am`, or glued: `10am`, `10:30pm`).
/// `None` when the word is not an hour or nothing marks it as a time.
pub(super) fn clock_time(text: &str, words: &[(usize, &str)], i: usize) -> Option<ClockTime> {
    let &(_, w) = words.get(i)?;
    let lower = w.to_lowercase();
    // Glued half of the day: `10am`, `6pm`.
    let digits_end = lower
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(lower.len());
    let (hour_text, glued) = lower.split_at(digits_end);
    if hour_text.is_empty() || hour_text.len() > 2 {
        return None;
    }
    let hour: u32 = hour_text.parse().ok()?;
    let gap = |k: usize| -> &str {
        match (words.get(k), words.get(k + 1)) {
            (Some(&(s, w)), Some(&(n, _))) => text.get(s + w.len()..n).unwrap_or(""),
            _ => "",
        }
    };
    let word = |k: usize| words.get(k).map(|&(_, w)| w.to_lowercase());
    let mut end = i;
    let mut minutes = 0;
    let mut pm = if glued.is_empty() {
        None
    } else {
        Some(half_of_day(glued)?)
    };
    if pm.is_none() && matches!(gap(i), ":" | ": ") {
        let next = word(i + 1)?;
        let digits_end = next
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(next.len());
        let (mm, rest) = next.split_at(digits_end);
        if mm.len() != 2 {
            return None;
        }
        minutes = mm.parse().ok()?;
        if !rest.is_empty() {
            pm = Some(half_of_day(rest)?);
        }
        end = i + 1;
    }
    if pm.is_none() {
        let spaced = |k: usize| {
            let g = gap(k);
            !g.is_empty() && g.chars().all(char::is_whitespace)
        };
        if spaced(end)
            && let Some(h) = word(end + 1).as_deref().and_then(half_of_day)
        {
            pm = Some(h);
            end += 1;
        } else if spaced(end)
            && let Some(first @ ("a" | "p")) = word(end + 1).as_deref()
            && matches!(gap(end + 1), "." | ". ")
            && word(end + 2).as_deref() == Some("m")
        {
            // `6 p. m.`
            pm = Some(first == "p");
            end += 2;
        }
    }
    if minutes >= 60 || hour > 24 {
        return None;
    }
    match pm {
        Some(pm) if (1..=12).contains(&hour) => {
            let h24 = match (hour, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            };
            Some(ClockTime {
                end_word: end,
                key: Some(format!("{h24}:{minutes:02}")),
                value: f64::from(h24) + f64::from(minutes) / 60.0,
            })
        }
        Some(_) => None,
        None if end > i => Some(ClockTime {
            end_word: end,
            key: None,
            value: f64::from(hour) + f64::from(minutes) / 60.0,
        }),
        None => None,
    }
}

/// Unit words written apart from the number (`64 kilometres`, `40 miles`), normalised as the
/// glued ones are. `pounds` is left out: after a number it is money.
const SPACED_UNITS: &[(&str, &str)] = &[
    ("m", "metre"),
    ("metre", "metre"),
    ("metres", "metre"),
    ("meter", "metre"),
    ("meters", "metre"),
    ("km", "kilometre"),
    ("kms", "kilometre"),
    ("kilometre", "kilometre"),
    ("kilometres", "kilometre"),
    ("kilometer", "kilometre"),
    ("kilometers", "kilometre"),
    ("cm", "centimetre"),
    ("centimetres", "centimetre"),
    ("centimeters", "centimetre"),
    ("ft", "foot"),
    ("foot", "foot"),
    ("feet", "foot"),
    ("yard", "yard"),
    ("yards", "yard"),
    ("inch", "inch"),
    ("inches", "inch"),
    ("mi", "mile"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("kg", "kilogram"),
    ("kilogram", "kilogram"),
    ("kilograms", "kilogram"),
    ("kilo", "kilogram"),
    ("kilos", "kilogram"),
    ("lb", "pound"),
    ("lbs", "pound"),
    ("tonne", "tonne"),
    ("tonnes", "tonne"),
    ("mph", "mph"),
    ("kph", "kph"),
    ("km/h", "kph"),
];

/// The unit a word after a number names (`miles` → `mile`), if any.
pub(super) fn spaced_unit(lower: &str) -> Option<&'static str> {
    SPACED_UNITS
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|&(_, u)| u)
}

/// Each unit's dimension and size in its base unit (metre, kilogram, metre per second).
const MEASURES: &[(&str, &str, f64)] = &[
    ("metre", "length", 1.0),
    ("kilometre", "length", 1000.0),
    ("centimetre", "length", 0.01),
    ("foot", "length", 0.3048),
    ("yard", "length", 0.9144),
    ("inch", "length", 0.0254),
    ("mile", "length", 1609.344),
    ("kilogram", "weight", 1.0),
    ("pound", "weight", 0.453_592_37),
    ("tonne", "weight", 1000.0),
    ("mph", "speed", 0.447_04),
    ("kph", "speed", 1.0 / 3.6),
];

/// A value in a unit as (dimension, value in the dimension's base unit): `40` `mile` →
/// (`length`, 64373.76). `None` for units that are not measures (`year`).
pub(super) fn measure(unit: &str, value: f64) -> Option<(&'static str, f64)> {
    MEASURES
        .iter()
        .find(|(u, _, _)| *u == unit)
        .map(|&(_, dim, size)| (dim, value * size))
}

/// How far apart two measures in different units may be and still be one value: conversions in
/// news copy are rounded (`64 kilometres (40 miles)`, `10-metre (30-foot)`).
pub const CONVERSION_TOLERANCE: f64 = 0.1;

/// True when two measures of one dimension are the same value within [`CONVERSION_TOLERANCE`].
pub fn same_measure(a: (&str, f64), b: (&str, f64)) -> bool {
    let larger = a.1.abs().max(b.1.abs());
    a.0 == b.0 && (larger == 0.0 || (a.1 - b.1).abs() / larger <= CONVERSION_TOLERANCE)
}
