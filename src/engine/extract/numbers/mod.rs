//! Numbers in a sentence, normalised: digits with separators (`5,000` = `5000`), decimals and
//! scale words (`$2.5 billion`), currency (`$`, `€`, `£`, `¥`, `dollars`…), percentages
//! (`40%`, `40 percent`), ordinals (`80th`), units glued to the number (`190-metre`, `190m`,
//! `61-year-old`, `sixty-year-old`),
//! and number words of ten or more or with a scale (`fifteen`, `two hundred`, `five thousand`).
//!
//! Small number words (`two leaders`, `three weeks`) are left out: they are mostly not facts an
//! editor checks, and they would crowd the list. Dates (days of the month, years) are not
//! numbers here; see [`crate::engine::extract::dates`]. A clock time with its half of the day (`6 p.m.`,
//! `6: 00 p.m.`) is one value in unit `time` keyed `18:00`; a bare one (`9:40`) is left out.
//! Units written apart (`64 kilometres`) are read as glued ones are, and measures carry their
//! value in a base unit ([`same_measure`]).

use crate::model::Span;
pub use crate::text::normalize::numbers::format_value;
use crate::text::normalize::numbers::{scale_word, small_word};

/// One number mention.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Byte range (shifted by the offset given to [`mentions`]).
    pub span: Span,
    /// The text as written (`$2.5 billion`, `5,000`, `80th`).
    pub surface: String,
    /// The value (`2.5e9`, `5000`, `80`).
    pub value: f64,
    /// Currency code when it is an amount of money (`USD`, `EUR`, `GBP`, `JPY`…).
    pub currency: Option<&'static str>,
    /// A percentage.
    pub percent: bool,
    /// An ordinal (`80th`).
    pub ordinal: bool,
    /// Normalised value for comparison: `5000`, `2500000000 USD`, `40%`, `80th`.
    pub key: String,
    /// Matching keys of the content words right after the number (what it counts), for telling
    /// which numbers in two sentences are about the same thing. They stop at punctuation
    /// (`Coleman, 21, told jurors` counts nothing). For an identifier, the word naming it.
    pub counts: Vec<String>,
    /// The unit glued to the number, normalised (`metre` for `190-metre`, `190m`, `190-metre-long`;
    /// `year` for `61-year-old`); numbers in different units are not compared.
    pub unit: Option<String>,
    /// A number naming something rather than counting it: right after a capitalised word
    /// (`Route 52`, `Flight 370`, `Channel 4`).
    pub identifier: bool,
    /// For a measure (a length, weight or speed, glued or spaced: `64 kilometres`, `40-mile`),
    /// its dimension and value in the dimension's base unit, so measures in different units
    /// can be seen to agree ([`same_measure`]).
    pub measure: Option<(&'static str, f64)>,
    /// Four plain digits that read as a year (`the 2007 ceremony`): compared only with years.
    pub year_like: bool,
}

pub use forms::{CONVERSION_TOLERANCE, same_measure};

mod forms;

/// Glued unit words and abbreviations read as one unit.
const UNIT_NAMES: &[(&str, &str)] = &[
    ("m", "metre"),
    ("metre", "metre"),
    ("metres", "metre"),
    ("meter", "metre"),
    ("meters", "metre"),
    ("km", "kilometre"),
    ("kilometre", "kilometre"),
    ("kilometres", "kilometre"),
    ("kilometer", "kilometre"),
    ("kilometers", "kilometre"),
    ("ft", "foot"),
    ("foot", "foot"),
    ("feet", "foot"),
    ("mi", "mile"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("kg", "kilogram"),
    ("kilogram", "kilogram"),
    ("kilograms", "kilogram"),
    ("lb", "pound"),
    ("lbs", "pound"),
    ("year", "year"),
    ("years", "year"),
];

/// The unit of a glued suffix: its first part, with common abbreviations read as their word.
fn unit_of(suffix: &str) -> Option<String> {
    let first = suffix.split('-').next().filter(|f| !f.is_empty())?;
    Some(
        UNIT_NAMES
            .iter()
            .find(|(w, _)| *w == first)
            .map(|(_, u)| (*u).to_owned())
            .unwrap_or_else(|| crate::text::normalize::word_key(first)),
    )
}

const SYMBOLS: &[(&str, &str)] = &[("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY")];

const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("won", "KRW"),
];

/// A digit-led word read as (value, ordinal, glued suffix): `5,000` → 5000, `80th` → ordinal,
/// `190-metre` / `190m` → 190 with suffix `metre` / `m`. `None` for `1990s`, `10am`, `4x4`.
fn digits(word: &str) -> Option<(f64, bool, String)> {
    let end = word
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|(i, _)| i)
        .unwrap_or(word.len());
    let body = word.get(..end)?;
    let rest = word.get(end..)?;
    // Thousands separators must group by three; a decimal point at most once.
    let mut groups = body.split(',');
    let head = groups.next()?;
    let mut plain = head.to_owned();
    for g in groups {
        let int = g.split('.').next().unwrap_or("");
        if int.len() != 3 {
            return None;
        }
        plain.push_str(g);
    }
    if plain.matches('.').count() > 1 || plain.ends_with('.') || plain.is_empty() {
        return None;
    }
    let value: f64 = plain.parse().ok()?;
    // A name glued to digits (`10News`, `3Com`) is a brand, not a number with a unit.
    if rest.chars().any(char::is_uppercase) && rest.chars().any(char::is_lowercase) {
        return None;
    }
    let lower = rest.to_lowercase();
    match lower.as_str() {
        "" => Some((value, false, String::new())),
        "st" | "nd" | "rd" | "th" => Some((value, true, String::new())),
        "s" | "am" | "pm" | "x" => None,
        _ => unit_suffix(lower.trim_start_matches('-')).map(|s| (value, false, s)),
    }
}

/// A unit glued to a number, one or more letter-only parts joined by hyphens: `metre`,
/// `year-old`, `foot-tall`. `None` for anything else (`1990s-era`, `3-1`, `10am`).
fn unit_suffix(suffix: &str) -> Option<String> {
    let mut parts = suffix.split('-');
    let first = parts.next()?;
    let letters = |p: &str| !p.is_empty() && p.chars().all(char::is_alphabetic);
    (letters(first) && !matches!(first, "s" | "am" | "pm" | "x") && parts.all(letters))
        .then(|| suffix.to_owned())
}

/// A hyphenated number word with a unit: `sixty-year-old` → (60, `year-old`),
/// `twenty-five-metre` → (25, `metre`). The longest leading run of parts that reads as a number
/// word wins.
fn word_with_unit(lower: &str) -> Option<(f64, String)> {
    let hyphens: Vec<usize> = lower.match_indices('-').map(|(i, _)| i).collect();
    hyphens.iter().rev().find_map(|&h| {
        let value = small_word(lower.get(..h)?)?;
        let unit = unit_suffix(lower.get(h + 1..)?)?;
        Some((value, unit))
    })
}

/// Finds the numbers in `text`; spans are shifted by `offset`. Numbers inside `skip` spans
/// (relative to `text`, e.g. dates) are ignored.
pub fn mentions(text: &str, offset: usize, skip: &[Span]) -> Vec<NumberMention> {
    let words = crate::engine::extract::dates::words(text);
    let lower_at = |i: usize| words.get(i).map(|&(_, w)| w.to_lowercase());
    let gap_after = |i: usize| match (words.get(i), words.get(i + 1)) {
        (Some(&(s, w)), Some(&(n, _))) => text.get(s + w.len()..n).unwrap_or(""),
        (Some(&(s, w)), None) => text.get(s + w.len()..).unwrap_or(""),
        _ => "",
    };
    let spaced = |i: usize| {
        let g = gap_after(i);
        !g.is_empty() && g.chars().all(char::is_whitespace) && words.get(i + 1).is_some()
    };
    // True when word `p` is the first of its sentence (or of the text, or of a quotation).
    let opens_sentence =
        |p: usize| match (p.checked_sub(1).and_then(|q| words.get(q)), words.get(p)) {
            (Some(&(s, w)), Some(&(n, _))) => text
                .get(s + w.len()..n)
                .is_none_or(|g| g.contains(['.', '!', '?', '\n', '“', '"', '('])),
            _ => true,
        };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(&(start, w)) = words.get(i) else {
            break;
        };
        let in_skip = skip
            .iter()
            .any(|s| start < s.end && start + w.len() > s.start);
        let before = text.get(..start).unwrap_or("");
        let after = gap_after(i);
        // Clock times, fractions, scores and ids: 9:40, 1/2, 3-1 (hyphen inside the word).
        // A space may follow the mark in tokenised text (`6: 00`, `41 / 2`) when a digit is on
        // the other side; `The toll: 14` stays a number.
        let digit_before = |mark: char| {
            before
                .trim_end_matches(' ')
                .strip_suffix(mark)
                .is_some_and(|b| {
                    b.trim_end_matches(' ')
                        .ends_with(|c: char| c.is_ascii_digit())
                })
        };
        let digit_after = |mark: char| {
            after.trim_start_matches(' ').starts_with(mark)
                && words
                    .get(i + 1)
                    .is_some_and(|&(_, n)| n.starts_with(|c: char| c.is_ascii_digit()))
        };
        let glued = before.ends_with([':', '/'])
            || after.starts_with([':', '/'])
            || digit_before(':')
            || digit_before('/')
            || digit_after('/');
        // Clock times: `6 p.m.` and `6:00 p.m.` are one time (`18:00`); a bare `9:40` is no
        // number at all.
        if !in_skip
            && !digit_before(':')
            && let Some(t) = forms::clock_time(text, &words, i)
        {
            if let Some(key) = t.key {
                let end = words
                    .get(t.end_word)
                    .map(|&(s, w)| s + w.len())
                    .unwrap_or(start + w.len());
                // The tokeniser drops the last dot of `p.m.`; the surface keeps it.
                let end = if text.get(end..).is_some_and(|r| r.starts_with('.')) {
                    end + 1
                } else {
                    end
                };
                out.push(NumberMention {
                    span: Span::new(start + offset, end + offset),
                    surface: text.get(start..end).unwrap_or("").to_owned(),
                    value: t.value,
                    currency: None,
                    percent: false,
                    ordinal: false,
                    key,
                    counts: Vec::new(),
                    unit: Some("time".to_owned()),
                    identifier: false,
                    measure: None,
                    year_like: false,
                });
            }
            i = t.end_word + 1;
            continue;
        }
        let lower = w.to_lowercase();
        let (mut value, ordinal, suffix, word_form) = if in_skip || glued {
            i += 1;
            continue;
        } else if w.starts_with(|c: char| c.is_ascii_digit()) {
            match digits(w) {
                Some((v, o, s)) => (v, o, s, false),
                None => {
                    i += 1;
                    continue;
                }
            }
        } else if let Some(v) = small_word(&lower) {
            (v, false, String::new(), true)
        } else if let Some((v, unit)) = word_with_unit(&lower) {
            (v, false, unit, true)
        } else {
            i += 1;
            continue;
        };
        let mut end_word = i;
        // Thousands split by a spaced comma in tokenised text: `2, 129 points` is 2129.
        if !word_form
            && !ordinal
            && suffix.is_empty()
            && w.len() <= 3
            && w.chars().all(|c| c.is_ascii_digit())
        {
            while gap_after(end_word) == ", "
                && let Some(&(_, next)) = words.get(end_word + 1)
                && next.len() == 3
                && next.chars().all(|c| c.is_ascii_digit())
            {
                value = value * 1000.0 + next.parse::<f64>().unwrap_or(0.0);
                end_word += 1;
            }
        }
        let mut scaled = false;
        let mut currency = SYMBOLS
            .iter()
            .find(|(sym, _)| before.ends_with(sym))
            .map(|&(_, c)| c);
        let sym_start = currency
            .and_then(|_| before.char_indices().last().map(|(p, _)| p))
            .unwrap_or(start);
        // Glued scale: 5bn, $5m (metres when no currency), 5k.
        let mut unit_suffix = suffix;
        if let Some(m) = match unit_suffix.as_str() {
            "bn" | "b" => Some(1e9),
            "m" | "mn" | "mln" if currency.is_some() => Some(1e6),
            "k" => Some(1e3),
            "tn" => Some(1e12),
            _ => None,
        } {
            value *= m;
            scaled = true;
            unit_suffix.clear();
        }
        // Following number words and scale words: "twenty five", "two hundred", "2.5 billion".
        let mut acc_total = 0.0;
        let mut acc_current = value;
        while spaced(end_word) && unit_suffix.is_empty() {
            let next = lower_at(end_word + 1).unwrap_or_default();
            if let Some(m) = scale_word(&next) {
                if m < 1e3 {
                    acc_current *= m;
                } else {
                    acc_total += acc_current * m;
                    acc_current = 0.0;
                }
                scaled = true;
                end_word += 1;
            } else if word_form && let Some(v) = small_word(&next) {
                acc_current += v;
                end_word += 1;
            } else if next == "and" && word_form && scaled {
                // "two hundred and fifty"
                match lower_at(end_word + 2).as_deref().and_then(small_word) {
                    Some(v) => {
                        acc_current += v;
                        end_word += 2;
                    }
                    None => break,
                }
            } else {
                break;
            }
        }
        let value = acc_total + acc_current;
        if word_form && value < 10.0 && !scaled {
            i = end_word + 1;
            continue;
        }
        let mut end = words
            .get(end_word)
            .map(|&(s, w)| s + w.len())
            .unwrap_or(start + w.len());
        let mut percent = false;
        let tail = text.get(end..).unwrap_or("");
        if tail.starts_with('%') {
            percent = true;
            end += 1;
        } else if let Some(next) = spaced(end_word).then(|| lower_at(end_word + 1)).flatten() {
            if next == "percent" || next == "pct" {
                percent = true;
                end_word += 1;
            } else if next == "per" && lower_at(end_word + 2).as_deref() == Some("cent") {
                percent = true;
                end_word += 2;
            } else if currency.is_none()
                && let Some(&(_, c)) = CURRENCY_WORDS.iter().find(|(w, _)| *w == next)
            {
                currency = Some(c);
                end_word += 1;
            }
            if !tail.starts_with('%') {
                end = words
                    .get(end_word)
                    .map(|&(s, w)| s + w.len())
                    .unwrap_or(end);
            }
        }
        let key = if ordinal {
            format!("{}th", format_value(value))
        } else if percent {
            format!("{}%", format_value(value))
        } else if let Some(c) = currency {
            format!("{} {c}", format_value(value))
        } else {
            format_value(value)
        };
        // A number right after a capitalised word that is not the sentence's first names
        // something (`Route 52`); the word is what it is about.
        let namer = i
            .checked_sub(1)
            .filter(|&p| !word_form && currency.is_none() && !ordinal && !opens_sentence(p))
            .filter(|&p| spaced(p))
            .and_then(|p| words.get(p))
            .map(|&(_, w)| w)
            .filter(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(char::is_alphabetic)
                    && !crate::text::calendar::is_day_or_month_name(&w.to_lowercase())
                    && crate::text::normalize::numbers::small_word(&w.to_lowercase()).is_none()
            });
        let identifier = namer.is_some() && !percent && unit_suffix.is_empty();
        // A unit written apart: `64 kilometres`, `100 mph`, `160 km/h`.
        let spaced_unit = (unit_suffix.is_empty() && !percent && currency.is_none() && !ordinal)
            .then(|| spaced(end_word).then(|| words.get(end_word + 1)).flatten())
            .flatten()
            .and_then(|&(s, w)| {
                let lower = w.to_lowercase();
                let per_hour =
                    lower == "km" && text.get(s + w.len()..).is_some_and(|r| r.starts_with("/h"));
                forms::spaced_unit(if per_hour { "km/h" } else { lower.as_str() })
            });
        let unit = match spaced_unit {
            Some(u) => Some(u.to_owned()),
            None => unit_of(&unit_suffix),
        };
        let measure = unit.as_deref().and_then(|u| forms::measure(u, value));
        let surface = text.get(sym_start..end).unwrap_or("");
        let year_like = unit.is_none()
            && !percent
            && !ordinal
            && currency.is_none()
            && surface.len() == 4
            && surface.chars().all(|c| c.is_ascii_digit())
            && (1800.0..=2100.0).contains(&value);
        let counts = if let Some(name) = namer.filter(|_| identifier) {
            vec![crate::text::normalize::word_key(&name.to_lowercase())]
        } else {
            // Up to three words right after the number, up to the first punctuation.
            let mut counts = Vec::new();
            let mut k = end_word;
            while k < end_word + 3 && spaced(k) {
                k += 1;
                let Some(w) = lower_at(k) else { break };
                if !w.chars().all(|c| c.is_alphabetic() || c == '-') {
                    break;
                }
                if !crate::text::normalize::is_stop_word(&w) {
                    counts.push(crate::text::normalize::word_key(&w));
                }
            }
            if !unit_suffix.is_empty() {
                counts.push(crate::text::normalize::word_key(&unit_suffix));
            }
            counts
        };
        out.push(NumberMention {
            span: Span::new(sym_start + offset, end + offset),
            surface: surface.to_owned(),
            value,
            currency,
            percent,
            ordinal,
            key,
            counts,
            unit,
            identifier,
            measure,
            year_like,
        });
        i = end_word + 1;
    }
    out
}

#[cfg(test)]
mod tests;
