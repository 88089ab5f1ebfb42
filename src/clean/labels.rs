//! Line labels of [`super::meta`] and [`super::rules`], matched by hand. Each function gives
//! exactly what one of these expressions gave with the `regex` crate:
//!
//! - byline prefix (the match end) `(?i)^\s*(?:by|written\s+by|words\s+by|story\s+by|text\s+by|authors?\s*:)\s*:?\s+`
//! - URL label (group 1) `(?i)^\s*(?:original\s+(?:url|link|article|source)|source\s+(?:url|link)|article\s+(?:url|link)|canonical(?:\s+url)?|url|link|permalink|source|read\s+the\s+original(?:\s+article)?(?:\s+here)?|originally\s+published\s+(?:at|on|by))\s*:?\s*(.*)$`
//! - related-story label (whether it matches) [`RELATED`]
//!
//! with Unicode white space for `\s` and Unicode simple case folding for `(?i)` (`ſ` is an `s`,
//! the Kelvin sign a `k`). Compiling them took 5 million instructions on every run that met a
//! byline, a URL line or a related-story line; the tests compare both on generated lines.

use super::date_forms::{ci, skip_ws, ws_plus};
use std::ops::Range;

/// The related-story label expression [`related_label`] follows (on lower-case text).
pub const RELATED: &str = r"^(?:related(?:\s+(?:article|articles|story|stories|news|content|coverage|link|links|reading|video))?|read\s+(?:also|more|next|this|the\s+latest)|also\s+read|see\s+also|also\s+see|more\s+on\s+this(?:\s+story)?|more|watch|video|listen|must\s+read|don't\s+miss|explore\s+more|in\s+case\s+you\s+missed\s+it|recommended(?:\s+reading)?|further\s+reading|opinion|analysis|explainer|previously)\s*(?::|\||»|›|>|–|—|\s-\s)\s*\S";

/// `words` at `i` under `(?i)`, each after white space (`a\s+b\s+c`): the end.
fn ci_words(s: &str, i: usize, words: &[&str]) -> Option<usize> {
    let mut at = i;
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            at = ws_plus(s, at)?;
        }
        at = ci(s, at, w)?;
    }
    Some(at)
}

/// The end of a byline's `By ` prefix at the start of `s`.
pub fn byline_prefix_end(s: &str) -> Option<usize> {
    let a = skip_ws(s, 0);
    let mut ends: Vec<usize> = Vec::new();
    ends.extend(ci(s, a, "by"));
    for w in ["written", "words", "story", "text"] {
        ends.extend(ci_words(s, a, &[w, "by"]));
    }
    for w in ["authors", "author"] {
        let colon = ci(s, a, w)
            .map(|e| skip_ws(s, e))
            .filter(|&p| s.as_bytes().get(p) == Some(&b':'));
        ends.extend(colon.map(|p| p + 1));
    }
    // `\s*:?\s+`: past a colon and the white space after it; else the white space alone.
    ends.into_iter().find_map(|e| {
        let a1 = skip_ws(s, e);
        let after_colon = (s.as_bytes().get(a1) == Some(&b':'))
            .then(|| ws_plus(s, a1 + 1))
            .flatten();
        after_colon.or((a1 > e).then_some(a1))
    })
}

/// What follows a URL label at the start of `s` (`Source URL: https://…` → `https://…`).
pub fn url_label_rest(s: &str) -> Option<Range<usize>> {
    let a = skip_ws(s, 0);
    let mut ends: Vec<usize> = Vec::new();
    let first_of = |at: Option<usize>, words: &[&str]| {
        at.and_then(|p| ws_plus(s, p))
            .and_then(|w| words.iter().find_map(|x| ci(s, w, x)))
    };
    ends.extend(first_of(
        ci(s, a, "original"),
        &["url", "link", "article", "source"],
    ));
    ends.extend(first_of(ci(s, a, "source"), &["url", "link"]));
    ends.extend(first_of(ci(s, a, "article"), &["url", "link"]));
    if let Some(e) = ci(s, a, "canonical") {
        ends.extend(first_of(Some(e), &["url"]));
        ends.push(e);
    }
    for w in ["url", "link", "permalink", "source"] {
        ends.extend(ci(s, a, w));
    }
    if let Some(e) = ci_words(s, a, &["read", "the", "original"]) {
        let here = |p: usize| first_of(Some(p), &["here"]);
        if let Some(art) = first_of(Some(e), &["article"]) {
            ends.extend(here(art));
            ends.push(art);
        }
        ends.extend(here(e));
        ends.push(e);
    }
    ends.extend(first_of(
        ci_words(s, a, &["originally", "published"]),
        &["at", "on", "by"],
    ));
    // `\s*:?\s*(.*)$`: the rest after white space and a colon, if no line break is left in it.
    ends.into_iter().find_map(|e| {
        let a1 = skip_ws(s, e);
        let p = if s.as_bytes().get(a1) == Some(&b':') {
            a1 + 1
        } else {
            a1
        };
        let g = skip_ws(s, p);
        let rest = s.get(g..)?;
        (!rest.contains('\n')).then_some(g..s.len())
    })
}

/// True when lower-case `s` starts with a related-story label and a separator followed by
/// more text (`read more: …`, `related | …`, `see also - …`), as [`RELATED`] matches.
pub fn related_label(s: &str) -> bool {
    let lit = |at: usize, w: &str| {
        s.get(at..)
            .is_some_and(|r| r.starts_with(w))
            .then_some(at + w.len())
    };
    let words = |at: usize, ws: &[&str]| {
        let mut p = at;
        for (k, w) in ws.iter().enumerate() {
            if k > 0 {
                p = ws_plus(s, p)?;
            }
            p = lit(p, w)?;
        }
        Some(p)
    };
    let mut ends: Vec<usize> = Vec::new();
    if let Some(e) = lit(0, "related") {
        ends.push(e);
        if let Some(w) = ws_plus(s, e) {
            ends.extend(
                [
                    "article", "articles", "story", "stories", "news", "content", "coverage",
                    "link", "links", "reading", "video",
                ]
                .iter()
                .filter_map(|x| lit(w, x)),
            );
        }
    }
    if let Some(w) = lit(0, "read").and_then(|e| ws_plus(s, e)) {
        ends.extend(
            ["also", "more", "next", "this"]
                .iter()
                .filter_map(|x| lit(w, x)),
        );
        ends.extend(words(w, &["the", "latest"]));
    }
    if let Some(e) = words(0, &["more", "on", "this"]) {
        ends.push(e);
        ends.extend(ws_plus(s, e).and_then(|w| lit(w, "story")));
    }
    if let Some(e) = lit(0, "recommended") {
        ends.push(e);
        ends.extend(ws_plus(s, e).and_then(|w| lit(w, "reading")));
    }
    for phrase in [
        &["also", "read"][..],
        &["see", "also"],
        &["also", "see"],
        &["more"],
        &["watch"],
        &["video"],
        &["listen"],
        &["must", "read"],
        &["don't", "miss"],
        &["explore", "more"],
        &["in", "case", "you", "missed", "it"],
        &["further", "reading"],
        &["opinion"],
        &["analysis"],
        &["explainer"],
        &["previously"],
    ] {
        ends.extend(words(0, phrase));
    }
    // `\s*(?::|\||»|›|>|–|—|\s-\s)\s*\S`
    ends.into_iter().any(|e| {
        let p = skip_ws(s, e);
        let Some(c) = s.get(p..).and_then(|r| r.chars().next()) else {
            return false;
        };
        let after = match c {
            ':' | '|' | '»' | '›' | '>' | '–' | '—' => Some(p + c.len_utf8()),
            '-' if p > e => s
                .get(p + 1..)
                .and_then(|r| r.chars().next())
                .filter(|n| n.is_whitespace())
                .map(|n| p + 1 + n.len_utf8()),
            _ => None,
        };
        after.is_some_and(|q| skip_ws(s, q) < s.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;
    use std::sync::LazyLock;

    const BYLINE: &str =
        r"(?i)^\s*(?:by|written\s+by|words\s+by|story\s+by|text\s+by|authors?\s*:)\s*:?\s+";
    const URL_LABEL: &str = r"(?i)^\s*(?:original\s+(?:url|link|article|source)|source\s+(?:url|link)|article\s+(?:url|link)|canonical(?:\s+url)?|url|link|permalink|source|read\s+the\s+original(?:\s+article)?(?:\s+here)?|originally\s+published\s+(?:at|on|by))\s*:?\s*(.*)$";

    fn expressions() -> &'static (Regex, Regex, Regex) {
        static ALL: LazyLock<(Regex, Regex, Regex)> = LazyLock::new(|| {
            (
                Regex::new(BYLINE).expect("byline"),
                Regex::new(URL_LABEL).expect("url label"),
                Regex::new(RELATED).expect("related"),
            )
        });
        &ALL
    }

    fn check(s: &str) -> Result<(), TestCaseError> {
        let (byline, url, related) = expressions();
        prop_assert_eq!(
            byline_prefix_end(s),
            byline.find(s).map(|m| m.end()),
            "byline on {:?}",
            s
        );
        prop_assert_eq!(
            url_label_rest(s),
            url.captures(s).and_then(|c| c.get(1)).map(|m| m.range()),
            "url label on {:?}",
            s
        );
        prop_assert_eq!(related_label(s), related.is_match(s), "related on {:?}", s);
        Ok(())
    }

    /// Every label word in several cases (with `ſ` and the Kelvin sign), white space of
    /// several kinds, every separator, and plain words.
    const PIECES: &[&str] = &[
        "by",
        "BY",
        "By",
        "written",
        "words",
        "story",
        "text",
        "author",
        "authors",
        "auThorſ",
        ":",
        " ",
        "  ",
        "\t",
        "\u{a0}",
        "\n",
        "original",
        "url",
        "URL",
        "link",
        "lin\u{212a}",
        "article",
        "source",
        "Source",
        "canonical",
        "permalink",
        "read",
        "the",
        "here",
        "originally",
        "published",
        "at",
        "on",
        "related",
        "articles",
        "stories",
        "news",
        "more",
        "also",
        "see",
        "this",
        "latest",
        "watch",
        "video",
        "listen",
        "must",
        "don't",
        "miss",
        "explore",
        "in",
        "case",
        "you",
        "missed",
        "it",
        "recommended",
        "reading",
        "further",
        "opinion",
        "previously",
        "|",
        "»",
        "›",
        ">",
        "–",
        "—",
        "-",
        "x",
        "Jane",
        ".",
        "https://a.b",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20000))]
        #[test]
        fn same_as_the_regular_expressions(picks in proptest::collection::vec(0..PIECES.len(), 0..10)) {
            let s: String = picks.iter().filter_map(|&i| PIECES.get(i).copied()).collect();
            check(&s)?;
        }
    }

    #[test]
    fn same_on_usual_and_edge_lines() {
        for s in [
            "By Jane Doe",
            "  written  by: Jane",
            "Authors : Jane",
            "author:Jane",
            "by:",
            "by :\u{a0}x",
            "Bypass",
            "Source URL: https://example.com/a",
            "Original article:\nhttps://x",
            "url: a\nb",
            "canonical url https://x",
            "Read the original article here: https://x",
            "read the original here",
            "Originally published at https://x",
            "sourced from",
            "related: x",
            "related articles - x",
            "related articles -x",
            "related articles- x",
            "read the latest › x",
            "more on this story | x",
            "in case you missed it: ",
            "in case you missed it:  y",
            "read more —",
            "previously » z",
        ] {
            if let Err(e) = check(s) {
                panic!("{e}");
            }
        }
    }
}
