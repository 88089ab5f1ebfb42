//! Inline Markdown reduced to plain text: emphasis markers (`*`, `_`, `**`, `__`, `~~`) removed,
//! links (inline, reference, collapsed, shortcut) reduced to their text, autolinks to their URL,
//! images dropped, code spans kept literally, inline HTML tags and comments removed, backslash
//! escapes and HTML entities decoded.
//!
//! Emphasis follows CommonMark's flanking rules (so `5 * 3`, `snake_case` and a lone `*` stay as
//! they are) with a simplified matching pass: matched markers are removed, unmatched ones stay.

use std::collections::BTreeMap;

/// Link reference definitions of a document: normalised label → destination.
pub type References = BTreeMap<String, String>;

/// Normalises a link label for lookup: case-folded, inner white space collapsed.
pub fn normalize_label(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[derive(Debug)]
enum Tok {
    Text(String),
    Delim {
        ch: char,
        count: usize,
        open: bool,
        close: bool,
    },
    Bracket {
        image: bool,
        /// Byte offset just after the `[`.
        inner_start: usize,
    },
}

/// Converts one block's inline Markdown to plain text. Newlines in `src` are kept.
pub fn to_plain(src: &str, refs: &References) -> String {
    let mut toks: Vec<Tok> = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while let Some(c) = src.get(i..).and_then(|r| r.chars().next()) {
        let rest = src.get(i..).unwrap_or("");
        match c {
            '\\' => {
                let next = rest.get(1..).and_then(|r| r.chars().next());
                match next {
                    Some(n) if n.is_ascii_punctuation() => {
                        text.push(n);
                        i += 2;
                    }
                    _ => {
                        text.push('\\');
                        i += 1;
                    }
                }
            }
            '`' => {
                let n = rest.bytes().take_while(|&b| b == b'`').count();
                match find_code_end(src, i + n, n) {
                    Some((end, after)) => {
                        let code = src.get(i + n..end).unwrap_or("").replace('\n', " ");
                        let code = match code.strip_prefix(' ').and_then(|c| c.strip_suffix(' ')) {
                            Some(inner) if !inner.trim().is_empty() => inner.to_owned(),
                            _ => code,
                        };
                        text.push_str(&code);
                        i = after;
                    }
                    None => {
                        text.push_str(rest.get(..n).unwrap_or(""));
                        i += n;
                    }
                }
            }
            '<' => match angle(rest) {
                Some((keep, len)) => {
                    text.push_str(keep);
                    i += len;
                }
                None => {
                    text.push('<');
                    i += 1;
                }
            },
            '&' => match entity(rest) {
                Some((decoded, len)) => {
                    text.push_str(&decoded);
                    i += len;
                }
                None => {
                    text.push('&');
                    i += 1;
                }
            },
            '*' | '_' | '~' => {
                let count = rest.chars().take_while(|&x| x == c).count();
                let before = src.get(..i).and_then(|b| b.chars().next_back());
                let after = rest.get(count..).and_then(|a| a.chars().next());
                let (left, right) = flanking(before, after);
                let (open, close) = match c {
                    '_' => (
                        left && (!right || before.is_some_and(is_punct)),
                        right && (!left || after.is_some_and(is_punct)),
                    ),
                    '~' if count > 2 => (false, false),
                    _ => (left, right),
                };
                flush(&mut toks, &mut text);
                toks.push(Tok::Delim {
                    ch: c,
                    count,
                    open,
                    close,
                });
                i += count;
            }
            '!' if rest.starts_with("![") => {
                flush(&mut toks, &mut text);
                toks.push(Tok::Bracket {
                    image: true,
                    inner_start: i + 2,
                });
                i += 2;
            }
            '[' => {
                flush(&mut toks, &mut text);
                toks.push(Tok::Bracket {
                    image: false,
                    inner_start: i + 1,
                });
                i += 1;
            }
            ']' => {
                flush(&mut toks, &mut text);
                i = close_bracket(src, i, &mut toks, refs);
            }
            _ => {
                text.push(c);
                i += c.len_utf8();
            }
        }
    }
    flush(&mut toks, &mut text);
    match_emphasis(&mut toks);
    render(&toks)
}

fn flush(toks: &mut Vec<Tok>, text: &mut String) {
    if !text.is_empty() {
        toks.push(Tok::Text(std::mem::take(text)));
    }
}

fn is_punct(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// Left- and right-flanking of a delimiter run between `before` and `after` (None = line edge).
fn flanking(before: Option<char>, after: Option<char>) -> (bool, bool) {
    let b_ws = before.is_none_or(char::is_whitespace);
    let a_ws = after.is_none_or(char::is_whitespace);
    let b_p = before.is_some_and(is_punct);
    let a_p = after.is_some_and(is_punct);
    let left = !a_ws && (!a_p || b_ws || b_p);
    let right = !b_ws && (!b_p || a_ws || a_p);
    (left, right)
}

/// The closing backtick run of exactly `n` backticks at or after `from`: (its start, its end).
fn find_code_end(src: &str, from: usize, n: usize) -> Option<(usize, usize)> {
    let bytes = src.as_bytes();
    let mut j = from;
    while j < bytes.len() {
        if bytes.get(j) == Some(&b'`') {
            let run = bytes
                .get(j..)
                .unwrap_or(&[])
                .iter()
                .take_while(|&&b| b == b'`')
                .count();
            if run == n {
                return Some((j, j + run));
            }
            j += run;
        } else {
            j += 1;
        }
    }
    None
}

/// `<…>` at the start of `rest`: an autolink (keeps its address) or an HTML tag or comment
/// (keeps nothing). Returns what to keep and the length consumed.
fn angle(rest: &str) -> Option<(&str, usize)> {
    if let Some(body) = rest.strip_prefix("<!--") {
        let end = body.find("-->")?;
        return Some(("", 4 + end + 3));
    }
    let close = rest.find('>')?;
    let inner = rest.get(1..close)?;
    if inner.is_empty() || inner.contains('<') {
        return None;
    }
    // Autolink: scheme ':' then no spaces; or an e-mail address.
    if !inner.contains(char::is_whitespace) {
        if let Some((scheme, _)) = inner.split_once(':') {
            let ok = (2..=32).contains(&scheme.len())
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'));
            if ok {
                return Some((inner, close + 1));
            }
        }
        if inner.contains('@')
            && inner.contains('.')
            && !inner.starts_with(['@', '/'])
            && !inner.ends_with('@')
        {
            return Some((inner, close + 1));
        }
    }
    // HTML tag: <name …>, </name>, <name/>.
    let name = inner.strip_prefix('/').unwrap_or(inner);
    if name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        return Some(("", close + 1));
    }
    None
}

/// An HTML entity (`&amp;`, `&#8217;`, `&#x2014;`) at the start of `rest`.
fn entity(rest: &str) -> Option<(String, usize)> {
    let semi = rest.get(..40.min(rest.len()))?.find(';')?;
    let candidate = rest.get(..=semi)?;
    let body = candidate.get(1..semi)?;
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_alphanumeric() || c == '#') {
        return None;
    }
    let decoded = html_escape::decode_html_entities(candidate);
    if decoded == candidate {
        return None;
    }
    Some((decoded.into_owned(), semi + 1))
}

/// Handles a `]` at `at`: resolves the nearest `[`/`![` into a link (keep text) or image (drop
/// everything), or leaves both brackets as text. Returns the position to continue from.
fn close_bracket(src: &str, at: usize, toks: &mut Vec<Tok>, refs: &References) -> usize {
    let Some(k) = toks.iter().rposition(|t| matches!(t, Tok::Bracket { .. })) else {
        toks.push(Tok::Text("]".into()));
        return at + 1;
    };
    let (image, inner_start) = match toks.get(k) {
        Some(Tok::Bracket { image, inner_start }) => (*image, *inner_start),
        _ => return at + 1,
    };
    let after = at + 1;
    let rest = src.get(after..).unwrap_or("");
    let label_text = src.get(inner_start..at).unwrap_or("");
    let resolved = if rest.starts_with('(') {
        inline_destination(rest).map(|len| after + len)
    } else {
        None
    }
    .or_else(|| {
        let label = rest.strip_prefix('[')?;
        let end = label.find(']')?;
        let name = label.get(..end)?;
        let key = if name.trim().is_empty() {
            normalize_label(label_text)
        } else {
            normalize_label(name)
        };
        refs.contains_key(&key).then_some(after + end + 2)
    })
    .or_else(|| {
        refs.contains_key(&normalize_label(label_text))
            .then_some(after)
    });
    match resolved {
        Some(next) => {
            if image {
                toks.truncate(k);
            } else {
                toks.remove(k);
            }
            next
        }
        None => {
            if let Some(t) = toks.get_mut(k) {
                *t = Tok::Text(if image { "![" } else { "[" }.into());
            }
            toks.push(Tok::Text("]".into()));
            after
        }
    }
}

/// Length of an inline link tail `(dest "title")` at the start of `rest`, if well formed.
fn inline_destination(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut j = 1;
    let skip_ws = |j: &mut usize| {
        while bytes.get(*j).is_some_and(|b| b.is_ascii_whitespace()) {
            *j += 1;
        }
    };
    skip_ws(&mut j);
    if bytes.get(j) == Some(&b'<') {
        while let Some(&b) = bytes.get(j) {
            j += 1;
            if b == b'>' {
                break;
            }
            if b == b'\n' {
                return None;
            }
        }
    } else {
        let mut depth = 0usize;
        while let Some(&b) = bytes.get(j) {
            match b {
                b'(' => depth += 1,
                b')' if depth == 0 => break,
                b')' => depth -= 1,
                b'\\' => j += 1,
                b if b.is_ascii_whitespace() => break,
                _ => {}
            }
            j += 1;
        }
    }
    skip_ws(&mut j);
    if let Some(&q) = bytes.get(j).filter(|b| matches!(b, b'"' | b'\'' | b'(')) {
        let end_q = if q == b'(' { b')' } else { q };
        j += 1;
        while let Some(&b) = bytes.get(j) {
            j += 1;
            if b == b'\\' {
                j += 1;
            } else if b == end_q {
                break;
            }
        }
        skip_ws(&mut j);
    }
    (bytes.get(j) == Some(&b')')).then_some(j + 1)
}

/// Pairs closers with the nearest compatible opener and removes the matched markers.
fn match_emphasis(toks: &mut [Tok]) {
    for i in 0..toks.len() {
        let (ch, close) = match toks.get(i) {
            Some(Tok::Delim { ch, close, .. }) => (*ch, *close),
            _ => continue,
        };
        if !close {
            continue;
        }
        loop {
            let remaining = match toks.get(i) {
                Some(Tok::Delim { count, .. }) => *count,
                _ => 0,
            };
            if remaining == 0 {
                break;
            }
            let opener = (0..i).rev().find(|&j| {
                matches!(toks.get(j), Some(Tok::Delim { ch: c, open: true, count, .. }) if *c == ch && *count > 0)
            });
            let Some(j) = opener else { break };
            let n = match toks.get(j) {
                Some(Tok::Delim { count, .. }) => remaining.min(*count),
                _ => break,
            };
            for (idx, t) in toks.iter_mut().enumerate().take(i + 1).skip(j) {
                if let Tok::Delim { count, open, .. } = t {
                    if idx == j || idx == i {
                        *count -= n;
                    } else {
                        // Openers inside a matched pair can no longer pair with later closers.
                        *open = false;
                    }
                }
            }
        }
    }
}

fn render(toks: &[Tok]) -> String {
    let mut out = String::new();
    for t in toks {
        match t {
            Tok::Text(s) => out.push_str(s),
            Tok::Delim { ch, count, .. } => out.extend(std::iter::repeat_n(*ch, *count)),
            Tok::Bracket { image, .. } => out.push_str(if *image { "![" } else { "[" }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        let mut refs = References::new();
        refs.insert("ref".into(), "https://example.com/r".into());
        refs.insert("the agency".into(), "https://example.com/a".into());
        to_plain(s, &refs)
    }

    #[test]
    fn emphasis_markers_are_removed() {
        assert_eq!(plain("a *b* c _d_ **e** __f__ ***g***"), "a b c d e f g");
        assert_eq!(plain("**Related: *nested* text**"), "Related: nested text");
        assert_eq!(plain("~~struck~~ out"), "struck out");
    }

    #[test]
    fn lone_and_intraword_markers_stay() {
        assert_eq!(plain("5 * 3 = 15"), "5 * 3 = 15");
        assert_eq!(plain("snake_case_name here"), "snake_case_name here");
        assert_eq!(plain("a * b and c*"), "a * b and c*");
        assert_eq!(plain("**unclosed bold"), "**unclosed bold");
    }

    #[test]
    fn links_become_their_text() {
        assert_eq!(plain("By [AFP](#)"), "By AFP");
        assert_eq!(
            plain("see [the *report*](https://x.org/a_(b) \"T\") now"),
            "see the report now"
        );
        assert_eq!(
            plain("[text][ref] and [ref][] and [ref]"),
            "text and ref and ref"
        );
        assert_eq!(plain("[The Agency]"), "The Agency");
        assert_eq!(
            plain("[unknown] stays, [x] (y)"),
            "[unknown] stays, [x] (y)"
        );
    }

    #[test]
    fn images_are_dropped_and_autolinks_kept() {
        assert_eq!(plain("a ![photo *x*](p.jpg \"t\") b"), "a  b");
        assert_eq!(plain("[![logo](l.png)](https://x.org)"), "");
        assert_eq!(
            plain("<https://www.example.com/a?b=c> mail <ed@example.com>"),
            "https://www.example.com/a?b=c mail ed@example.com"
        );
    }

    #[test]
    fn code_escapes_entities_and_html() {
        assert_eq!(plain("use `a*b*c` or ``x ` y``"), "use a*b*c or x ` y");
        assert_eq!(plain(r"\*not em\* and \_x\_"), "*not em* and _x_");
        assert_eq!(
            plain("AT&amp;T &#8217;s &mdash; &#x2014; &bogus; a & b"),
            "AT&T ’s — — &bogus; a & b"
        );
        assert_eq!(
            plain("a <span class=\"x\">b</span><br/> c <!-- hidden --> d < e > f"),
            "a b c  d < e > f"
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "",
            "[",
            "]",
            "![",
            "[](",
            "[a](",
            "`",
            "``a`",
            "<",
            "&",
            "&#;",
            "*_~",
            "[a]: b",
            "é*ü_ß`ö",
            "[[[]]]",
            "a\\",
            "<!--",
            "![a][",
            "[a](<b",
        ] {
            let _ = plain(s);
        }
    }
}
