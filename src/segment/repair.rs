//! The repair pass over `sentencex`'s pieces: joins splits that are not sentence ends on news
//! text (after titles, `a.m.`/`p.m.` before a weekday, before a lower-case piece), keeps list
//! markers with their item and wordless pieces with their sentence.

use crate::model::Span;

/// Titles and other abbreviations that come before a name or a word and so never end a
/// sentence when the next piece starts with a capital or a digit: `Ms. Palin`, `Dist. Atty.
/// Steve Cooley`, `Seattle vs. New Orleans`. Case-sensitive (`Rep.` is a title, `rep.` is not).
const NAME_PREFIXES: &[&str] = &[
    "Adm.", "Amb.", "Asst.", "Atty.", "Capt.", "Cdr.", "Cmdr.", "Col.", "Const.", "Cpl.", "Dep.",
    "Det.", "Dist.", "Dr.", "Fr.", "Gen.", "Gov.", "Hon.", "Insp.", "Lt.", "Maj.", "Messrs.",
    "Mr.", "Mrs.", "Ms.", "Msgr.", "Prof.", "Pvt.", "Rep.", "Rev.", "Sen.", "Sgt.", "Supt.", "vs.",
];

/// Joins pieces that `sentencex` split at a full stop that does not end a sentence: after a
/// title (`Ms.`, `Atty.`), after `a.m.`/`p.m.` when a weekday or time zone follows (`at 9:40
/// p.m. Friday`), and before a piece that starts in lower case (news sentences do not). A list
/// marker (`1.`, `b)`, `•`) stays with the item after it, and a piece with no letter or digit
/// (a trailing `...`, a lone closing quote) stays with the sentence before it: neither is a
/// sentence of its own.
pub(super) fn join_false_breaks(para: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    // A list marker (or a leading wordless piece) waiting for the piece after it.
    let mut carry: Option<Span> = None;
    for span in spans {
        let piece = span.slice(para);
        let span = Span::new(carry.take().map_or(span.start, |c| c.start), span.end);
        let wordless = !piece.chars().any(char::is_alphanumeric);
        if is_list_marker(piece) || (wordless && out.is_empty()) {
            carry = Some(span);
            continue;
        }
        if let Some(prev) = out.last_mut()
            && (wordless || false_break(prev.slice(para), piece))
        {
            prev.end = span.end;
        } else {
            out.push(span);
        }
    }
    // A marker with nothing after it: with the sentence before it, or alone.
    if let Some(c) = carry {
        match out.last_mut() {
            Some(prev) => prev.end = c.end,
            None => out.push(c),
        }
    }
    out
}

/// Byte length of the list marker a sentence starts with and the white space after it (`1. `,
/// `(b) `, `• `), 0 when it starts with none. Matching reads the sentence after it: the item
/// number says where the item is in its list, not what it states. A letter before a full stop
/// (`A. Smith`) may be an initial, so only digits, bullets and a letter in brackets count.
pub fn list_marker_len(sentence: &str) -> usize {
    let Some(first) = sentence.split_whitespace().next() else {
        return 0;
    };
    let initial = first.ends_with('.') && !first.starts_with(|c: char| c.is_ascii_digit());
    let bullet = matches!(first, "•" | "-" | "*" | "–" | "·" | "▪");
    if !is_list_marker(first) || (initial && !bullet) {
        return 0;
    }
    let start = sentence.len() - sentence.trim_start().len();
    let after = start + first.len();
    let rest = sentence.get(after..).unwrap_or("");
    // Only a marker with an item after it.
    if rest.trim().is_empty() {
        return 0;
    }
    after + (rest.len() - rest.trim_start().len())
}

/// True for a list item marker on its own: up to three digits or one letter followed by `.`
/// or `)` (`1.`, `12)`, `a.`, `(b)`), or a bullet (`•`, `-`, `*`, `–`, `·`).
pub(super) fn is_list_marker(piece: &str) -> bool {
    let body = piece.trim().trim_start_matches('(');
    if matches!(body, "•" | "-" | "*" | "–" | "·" | "▪") {
        return true;
    }
    let Some(head) = body.strip_suffix('.').or_else(|| body.strip_suffix(')')) else {
        return false;
    };
    let digits = !head.is_empty() && head.len() <= 3 && head.bytes().all(|b| b.is_ascii_digit());
    let letter = head.chars().count() == 1 && head.chars().all(|c| c.is_alphabetic());
    digits || letter
}

/// True when the break between `before` and `after` is not a sentence end.
pub(super) fn false_break(before: &str, after: &str) -> bool {
    let Some(next) = after.chars().next() else {
        return false;
    };
    if next.is_lowercase() {
        return true;
    }
    let last = before.split_whitespace().next_back().unwrap_or("");
    let first_word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    if NAME_PREFIXES.contains(&last) && (next.is_uppercase() || next.is_ascii_digit()) {
        return true;
    }
    let lower = before.to_ascii_lowercase();
    let clock = ["a.m.", "p.m.", "a. m.", "p. m."]
        .iter()
        .any(|m| lower.ends_with(m));
    clock
        && (crate::text::calendar::weekday_named(&first_word.to_lowercase()).is_some()
            || crate::text::calendar::is_time_zone(&first_word))
}
