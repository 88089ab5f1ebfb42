//! The date forms of [`super::dates`], matched by hand. Each function gives exactly what one of
//! these expressions gave with the `regex` crate (leftmost-first, same match and same groups):
//!
//! - year first `\b(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b`
//! - month first `(?i)\bMONTH\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})\b`
//! - day first `(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?MONTH,?\s+(\d{4})\b`
//! - numeric `\b(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?[/.-]\s?(\d{4})\b`
//! - a date label `(?i)^\s*(?:date|dated|published(?:\s+on)?|posted(?:\s+on)?|first\s+published(?:\s+on)?|(?:last\s+)?(?:updated|modified)(?:\s+on)?)\b\s*[:|-]?\s*`
//!
//! where `MONTH` is `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`,
//! `\d` is `[0-9]`, `\b` an ASCII word boundary, `\s` Unicode white space, and `(?i)` Unicode
//! simple case folding (`ſ` is an `s`, the Kelvin sign an `k`).
//!
//! Compiling those expressions was a ninth of a whole run on five short articles (13 million
//! instructions, on every run); these functions need no set-up and run in time linear in the
//! line for every start position. The tests compare both on generated lines.

use std::ops::Range;

/// One match: the whole match and its groups, numbered as in the expression (group `k` is
/// `groups[k - 1]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caps {
    /// Byte range of the whole match.
    pub whole: Range<usize>,
    /// Byte ranges of the groups, in order.
    pub groups: Vec<Range<usize>>,
}

/// A date form tried at one start position of a text.
pub type Form = fn(&str, usize) -> Option<Caps>;

/// Every match of `at_start` (a form tried at one start position) in `s`, left to right without
/// overlaps, as `captures_iter` finds them.
pub fn all(s: &str, at_start: Form) -> Vec<Caps> {
    let mut found = Vec::new();
    let mut from = 0;
    while from < s.len() {
        let Some(rest) = s.get(from..) else { break };
        // Every form starts with an ASCII digit or letter, or `ſ`.
        let next = rest
            .char_indices()
            .map(|(k, c)| (from + k, c))
            .filter(|&(_, c)| c.is_ascii_alphanumeric() || c == 'ſ')
            .find_map(|(i, _)| at_start(s, i));
        let Some(caps) = next else { break };
        // Matches are never empty, so the search always moves on.
        from = caps.whole.end.max(caps.whole.start + 1);
        found.push(caps);
    }
    found
}

/// `\b` in ASCII mode: a word character (`[0-9A-Za-z_]`) on exactly one side of `i`.
fn boundary(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let word = |k: Option<&u8>| k.is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_');
    word(i.checked_sub(1).and_then(|k| b.get(k))) != word(b.get(i))
}

/// Exactly `n` ASCII digits at `i` (more may follow).
fn digits(s: &str, i: usize, n: usize) -> bool {
    s.as_bytes()
        .get(i..i + n)
        .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
}

/// How many ASCII digits follow `i`, counted up to three.
fn digit_run(s: &str, i: usize) -> usize {
    (0..3).take_while(|&k| digits(s, i + k, 1)).count()
}

/// Four digits at `i` followed by a boundary: `(\d{4})\b`.
fn year(s: &str, i: usize) -> Option<Range<usize>> {
    (digits(s, i, 4) && boundary(s, i + 4)).then_some(i..i + 4)
}

/// The end of the white space run starting at `i` (a greedy `\s*`).
pub(super) fn skip_ws(s: &str, i: usize) -> usize {
    let rest = s.get(i..).unwrap_or("");
    i + rest
        .find(|c: char| !c.is_whitespace())
        .unwrap_or(rest.len())
}

/// `\s?`, greedy: after one white space character at `i` if there is one, then `i`.
fn opt_ws(s: &str, i: usize) -> impl Iterator<Item = usize> {
    let one = s
        .get(i..)
        .and_then(|r| r.chars().next())
        .filter(|c| c.is_whitespace())
        .map(|c| i + c.len_utf8());
    one.into_iter().chain(std::iter::once(i))
}

/// An optional byte from `set` at `i`, greedy: after it if present, then `i`.
fn opt_byte(s: &str, i: usize, set: &[u8]) -> impl Iterator<Item = usize> {
    let one = s
        .as_bytes()
        .get(i)
        .filter(|b| set.contains(b))
        .map(|_| i + 1);
    one.into_iter().chain(std::iter::once(i))
}

/// `lit` (lower-case ASCII) at `i` under `(?i)`: ASCII letters in either case, `ſ` for `s` and
/// the Kelvin sign for `k` (Unicode simple case folding). The end of the match.
pub(super) fn ci(s: &str, i: usize, lit: &str) -> Option<usize> {
    let mut chars = s.get(i..)?.char_indices();
    for l in lit.chars() {
        let (_, c) = chars.next()?;
        let same =
            c.to_ascii_lowercase() == l || (l == 's' && c == 'ſ') || (l == 'k' && c == '\u{212a}');
        if !same {
            return None;
        }
    }
    Some(i + chars.offset())
}

/// `(?:st|nd|rd|th)?` under `(?i)`, greedy.
fn opt_ordinal(s: &str, i: usize) -> impl Iterator<Item = usize> {
    let one = ["st", "nd", "rd", "th"].iter().find_map(|o| ci(s, i, o));
    one.into_iter().chain(std::iter::once(i))
}

/// `\s+` followed by something that is not white space: only the longest run can succeed.
pub(super) fn ws_plus(s: &str, i: usize) -> Option<usize> {
    let end = skip_ws(s, i);
    (end > i).then_some(end)
}

/// Ends of the month name at `i`, in the order `MONTH`'s alternation tries them (longest
/// spelling of the one abbreviation that matches first).
fn months(s: &str, i: usize) -> Vec<usize> {
    const NAMES: &[(&str, &[&str])] = &[
        ("jan", &["january", "jan"]),
        ("feb", &["february", "feb"]),
        ("mar", &["march", "mar"]),
        ("apr", &["april", "apr"]),
        ("may", &["may"]),
        ("jun", &["june", "jun"]),
        ("jul", &["july", "jul"]),
        ("aug", &["august", "aug"]),
        ("sep", &["september", "sept", "sep"]),
        ("oct", &["october", "oct"]),
        ("nov", &["november", "nov"]),
        ("dec", &["december", "dec"]),
    ];
    NAMES
        .iter()
        .filter(|(abbr, _)| ci(s, i, abbr).is_some())
        .flat_map(|(_, spellings)| spellings.iter().filter_map(|w| ci(s, i, w)))
        .collect()
}

/// The year-first form at `i`; groups: year, separator, month, separator, day.
pub fn year_first(s: &str, i: usize) -> Option<Caps> {
    if !boundary(s, i) || !digits(s, i, 4) {
        return None;
    }
    let seps = b"-/.";
    let sep_at = |k: usize| s.as_bytes().get(k).is_some_and(|b| seps.contains(b));
    let y_end = i + 4;
    if !sep_at(y_end) {
        return None;
    }
    let m_start = y_end + 1;
    for m_len in [2, 1] {
        if !digits(s, m_start, m_len) || !sep_at(m_start + m_len) {
            continue;
        }
        let d_start = m_start + m_len + 1;
        for d_len in [2, 1] {
            if !digits(s, d_start, d_len) {
                continue;
            }
            let d_end = d_start + d_len;
            if let Some(end) = time_part(s, d_end).or_else(|| boundary(s, d_end).then_some(d_end)) {
                return Some(Caps {
                    whole: i..end,
                    groups: vec![
                        i..y_end,
                        y_end..y_end + 1,
                        m_start..m_start + m_len,
                        m_start + m_len..d_start,
                        d_start..d_end,
                    ],
                });
            }
        }
    }
    None
}

/// `T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?\b` at `i`: the end of the first way it matches.
fn time_part(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    if b.get(i) != Some(&b'T') {
        return None;
    }
    let run = b
        .get(i + 1..)?
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == b':' || **c == b'.')
        .count();
    (i + 2..=i + 1 + run).rev().find_map(|e| {
        let zone = match b.get(e) {
            Some(b'Z') => Some(e + 1).filter(|&z| boundary(s, z)),
            Some(b'+' | b'-') if digits(s, e + 1, 2) => opt_byte(s, e + 3, b":")
                .find(|&z| digits(s, z, 2) && boundary(s, z + 2))
                .map(|z| z + 2),
            _ => None,
        };
        zone.or_else(|| boundary(s, e).then_some(e))
    })
}

/// The month-first form at `i`; groups: month, day, year.
pub fn month_first(s: &str, i: usize) -> Option<Caps> {
    if !boundary(s, i) {
        return None;
    }
    for m_end in months(s, i) {
        for after_dot in opt_byte(s, m_end, b".") {
            let Some(d_start) = ws_plus(s, after_dot) else {
                continue;
            };
            for d_len in [2, 1] {
                if !digits(s, d_start, d_len) {
                    continue;
                }
                let d_end = d_start + d_len;
                for p in opt_ordinal(s, d_end) {
                    if let Some(y) = comma_then_year(s, p, true) {
                        return Some(Caps {
                            whole: i..y.end,
                            groups: vec![i..m_end, d_start..d_end, y],
                        });
                    }
                }
            }
        }
    }
    None
}

/// `\s*,?\s+(\d{4})\b` (with `leading_ws`) or `,?\s+(\d{4})\b` at `i`: the year.
fn comma_then_year(s: &str, i: usize, leading_ws: bool) -> Option<Range<usize>> {
    // Whatever white space a leading `\s*` leaves, `\s+` takes up to the same point, so the
    // year can only start after the whole run (past a comma, if one follows it).
    let a = if leading_ws { skip_ws(s, i) } else { i };
    if s.as_bytes().get(a) == Some(&b',') {
        return year(s, ws_plus(s, a + 1)?);
    }
    if a > i {
        return year(s, a);
    }
    year(s, ws_plus(s, a)?)
}

/// The day-first form at `i`; groups: day, month, year.
pub fn day_first(s: &str, i: usize) -> Option<Caps> {
    if !boundary(s, i) {
        return None;
    }
    let run = digit_run(s, i);
    for d_len in [2, 1] {
        if d_len > run {
            continue;
        }
        let d_end = i + d_len;
        for p in opt_ordinal(s, d_end) {
            let Some(a) = ws_plus(s, p) else { continue };
            let of = ci(s, a, "of").and_then(|o| ws_plus(s, o));
            for m_start in of.into_iter().chain(std::iter::once(a)) {
                for m_end in months(s, m_start) {
                    for after_dot in opt_byte(s, m_end, b".") {
                        if let Some(y) = comma_then_year(s, after_dot, false) {
                            return Some(Caps {
                                whole: i..y.end,
                                groups: vec![i..d_end, m_start..m_end, y],
                            });
                        }
                    }
                }
            }
        }
    }
    None
}

/// The numeric form at `i`; groups: first number, separator, second number, year.
pub fn numeric(s: &str, i: usize) -> Option<Caps> {
    if !boundary(s, i) {
        return None;
    }
    let sep_at = |k: usize| s.as_bytes().get(k).is_some_and(|b| b"/.-".contains(b));
    for a_len in [2, 1] {
        if !digits(s, i, a_len) {
            continue;
        }
        let a_end = i + a_len;
        for p in opt_ws(s, a_end).filter(|&p| sep_at(p)) {
            for b_start in opt_ws(s, p + 1) {
                for b_len in [2, 1] {
                    if !digits(s, b_start, b_len) {
                        continue;
                    }
                    let b_end = b_start + b_len;
                    let y = opt_ws(s, b_end)
                        .filter(|&q| sep_at(q))
                        .flat_map(|q| opt_ws(s, q + 1))
                        .find_map(|r| year(s, r));
                    if let Some(y) = y {
                        return Some(Caps {
                            whole: i..y.end,
                            groups: vec![i..a_end, p..p + 1, b_start..b_end, y],
                        });
                    }
                }
            }
        }
    }
    None
}

/// The end of a date label at the start of `s` (`Published on: `, `Last updated `), if any.
pub fn label_end(s: &str) -> Option<usize> {
    let a = skip_ws(s, 0);
    // `(?:\s+on)?` after a word, greedy.
    let opt_on = |e: usize| -> Vec<usize> {
        let on = ws_plus(s, e).and_then(|w| ci(s, w, "on"));
        on.into_iter().chain(std::iter::once(e)).collect()
    };
    let mut ends: Vec<usize> = Vec::new();
    ends.extend(ci(s, a, "date"));
    ends.extend(ci(s, a, "dated"));
    for word in ["published", "posted"] {
        if let Some(e) = ci(s, a, word) {
            ends.extend(opt_on(e));
        }
    }
    if let Some(e) = ci(s, a, "first")
        .and_then(|e| ws_plus(s, e))
        .and_then(|w| ci(s, w, "published"))
    {
        ends.extend(opt_on(e));
    }
    let after_last = ci(s, a, "last").and_then(|e| ws_plus(s, e));
    for start in after_last.into_iter().chain(std::iter::once(a)) {
        for word in ["updated", "modified"] {
            if let Some(e) = ci(s, start, word) {
                ends.extend(opt_on(e));
            }
        }
    }
    let e = ends.into_iter().find(|&e| boundary(s, e))?;
    let e = skip_ws(s, e);
    let e = opt_byte(s, e, b":|-").next().unwrap_or(e);
    Some(skip_ws(s, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;
    use std::sync::LazyLock;

    const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    /// The expressions as `dates` compiled them (ASCII digits and word boundaries).
    fn regex(pattern: &str) -> Regex {
        let ascii = pattern.replace(r"\d", "[0-9]").replace(r"\b", r"(?-u:\b)");
        Regex::new(&ascii).expect("date expression")
    }

    struct Expressions {
        ymd: Regex,
        mdy: Regex,
        dmy: Regex,
        numeric: Regex,
        label: Regex,
    }

    fn expressions() -> &'static Expressions {
        static ALL: LazyLock<Expressions> = LazyLock::new(|| Expressions {
            ymd: regex(
                r"\b(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b",
            ),
            mdy: regex(&format!(
                r"(?i)\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})\b"
            )),
            dmy: regex(&format!(
                r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+(\d{{4}})\b"
            )),
            numeric: regex(r"\b(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?[/.-]\s?(\d{4})\b"),
            label: regex(
                r"(?i)^\s*(?:date|dated|published(?:\s+on)?|posted(?:\s+on)?|first\s+published(?:\s+on)?|(?:last\s+)?(?:updated|modified)(?:\s+on)?)\b\s*[:|-]?\s*",
            ),
        });
        &ALL
    }

    fn by_regex(re: &Regex, s: &str) -> Vec<Caps> {
        re.captures_iter(s)
            .filter_map(|c| {
                let whole = c.get(0)?.range();
                let groups = (1..c.len())
                    .map(|k| c.get(k).map(|m| m.range()).unwrap_or(0..0))
                    .collect();
                Some(Caps { whole, groups })
            })
            .collect()
    }

    fn check(s: &str) -> Result<(), TestCaseError> {
        let e = expressions();
        prop_assert_eq!(
            all(s, year_first),
            by_regex(&e.ymd, s),
            "year first on {:?}",
            s
        );
        prop_assert_eq!(
            all(s, month_first),
            by_regex(&e.mdy, s),
            "month first on {:?}",
            s
        );
        prop_assert_eq!(
            all(s, day_first),
            by_regex(&e.dmy, s),
            "day first on {:?}",
            s
        );
        prop_assert_eq!(
            all(s, numeric),
            by_regex(&e.numeric, s),
            "numeric on {:?}",
            s
        );
        prop_assert_eq!(
            label_end(s),
            e.label.find(s).map(|m| m.end()),
            "label on {:?}",
            s
        );
        Ok(())
    }

    /// Pieces that exercise every branch: digit runs of each length, every separator, the time
    /// and zone parts, month names in every spelling and case (with `ſ` and the Kelvin sign,
    /// which `(?i)` folds to `s` and `k`), ordinals, white space that is not a plain space,
    /// word characters that break boundaries, labels.
    const PIECES: &[&str] = &[
        "2025",
        "13",
        "1",
        "08",
        "123",
        "12345",
        "0",
        "-",
        "/",
        ".",
        ":",
        "T",
        "Z",
        "+",
        "09:30",
        "09:30:00.5",
        " ",
        "  ",
        "\t",
        "\u{a0}",
        "\u{2009}",
        "\n",
        ",",
        "Aug",
        "aug",
        "AUGUST",
        "August",
        "Sept",
        "sep",
        "SEPTEMBER",
        "ſept",
        "ſ",
        "\u{212a}",
        "June",
        "jun",
        "jul",
        "May",
        "Mar",
        "march",
        "Dec",
        "st",
        "th",
        "nd",
        "rd",
        "ST",
        "ſt",
        "of",
        "OF",
        "a",
        "x",
        "_",
        "é",
        "date",
        "dated",
        "Published",
        "posted",
        "first",
        "last",
        "updated",
        "modified",
        "on",
        "ON",
        "|",
        "—",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20000))]
        #[test]
        fn same_as_the_regular_expressions(picks in proptest::collection::vec(0..PIECES.len(), 0..14)) {
            let s: String = picks.iter().filter_map(|&i| PIECES.get(i).copied()).collect();
            check(&s)?;
        }
    }

    #[test]
    fn same_on_usual_and_edge_lines() {
        for s in [
            "2025-08-13",
            "2025-08-13T09:30:00Z",
            "2025-08-13T09:30:00+02:00 and 2025/8/1",
            "2025-08-13T09:30:00.",
            "2025-08-13T",
            "2025-08-13Tx",
            "12025-08-13",
            "2025-08-133",
            "August 13, 2025",
            "Aug. 13, 2025",
            "Aug 13 2025",
            "Sept 13th , 2025",
            "September 1st,2025",
            "13 August 2025",
            "13th of August, 2025",
            "13 of  Sept. 2025",
            "13/08/2025",
            "13 / 08 / 2025",
            "1.2.20255",
            "Published on: 13 August 2025 — The talks",
            "  last  updated on | x",
            "dated2025",
            "Posted",
            "First Published On",
            "ſeptember 13, 2025",
            "Poſted: Sept 1",
            "on August  \u{a0} 13 ,\t 2025.",
        ] {
            if let Err(e) = check(s) {
                panic!("{e}");
            }
        }
    }

    #[test]
    fn case_folding_adds_only_long_s_and_kelvin() {
        // What `(?i)` adds to each ASCII letter, from the regex crate's own tables.
        use regex_syntax::hir::{Class, HirKind};
        for l in 'a'..='z' {
            let Ok(hir) = regex_syntax::parse(&format!("(?i){l}")) else {
                panic!("parse {l}");
            };
            let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
                panic!("class for {l}");
            };
            let chars: Vec<char> = class
                .ranges()
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .collect();
            let mut expected = vec![l.to_ascii_uppercase(), l];
            match l {
                'k' => expected.push('\u{212a}'),
                's' => expected.push('ſ'),
                _ => {}
            }
            expected.sort_unstable();
            assert_eq!(chars, expected, "{l}");
        }
    }
}
