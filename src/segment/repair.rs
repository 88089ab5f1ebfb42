//! The repair pass over `sentencex`'s pieces: joins splits that are not sentence ends on news
//! text (after titles, `a.m.`/`p.m.` before a weekday, before a lower-case piece, inside a
//! party-state tag or initials, before the attribution that closes a quotation), splits the
//! merges it makes after a dotted abbreviation (`Washington, D.C. His wife…`), keeps list
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
    let spans = split_after_abbreviations(para, spans);
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
        // `…said Rep. Ann Lee, D-N.` + `M. "But…`: the tag's last letter ends the sentence and a
        // new one starts after it.
        if let Some(prev) = out.last_mut()
            && let Some(tail) = tag_then_sentence(prev.slice(para), piece)
        {
            prev.end = span.start + tail;
            let rest = piece.get(tail..).unwrap_or("");
            let lead = rest.len() - rest.trim_start().len();
            out.push(Span::new(span.start + tail + lead, span.end));
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
    if inside_initials(last, after) || closing_attribution(before, after) {
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

/// True when the break falls inside a run of initials: the piece before ends in a single capital
/// and a full stop after a hyphen, a full stop or a bracket (`R-S.`, `D-N.`, `(D-N.`), and the
/// piece after starts with one more (`C., said`, `Y.) told`). A party-state tag (`R-S.` / `C.`)
/// joins whatever follows the second letter; other initials only when punctuation follows it,
/// so that `…flew to L.A. A. Smith said` still splits.
fn inside_initials(last: &str, after: &str) -> bool {
    let single_capital_end = |w: &str| {
        let mut rev = w.chars().rev();
        rev.next() == Some('.')
            && rev.next().is_some_and(char::is_uppercase)
            && rev.next().is_some_and(|c| matches!(c, '-' | '.' | '('))
    };
    if !single_capital_end(last) {
        return false;
    }
    let mut chars = after.chars();
    if !(chars.next().is_some_and(char::is_uppercase) && chars.next() == Some('.')) {
        return false;
    }
    party_tag_start(last)
        || chars
            .next()
            .is_some_and(|c| matches!(c, ',' | ')' | ';' | ':'))
}

/// True for the start of a party-state tag cut by `sentencex`: `R-S.`, `(D-N.`.
fn party_tag_start(last: &str) -> bool {
    let core = last.trim_start_matches('(');
    let b = core.as_bytes();
    b.len() == 4
        && matches!(b[0], b'R' | b'D' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && b[3] == b'.'
}

/// When `before` ends in the start of a party-state tag and `after` is its last letter followed
/// by a new sentence (`Y. "But…`, `C. The…`), the byte length of that letter and its stop.
fn tag_then_sentence(before: &str, after: &str) -> Option<usize> {
    let last = before.split_whitespace().next_back()?;
    if !party_tag_start(last) {
        return None;
    }
    let mut chars = after.chars();
    if !(chars.next()?.is_ascii_uppercase() && chars.next()? == '.' && chars.next()? == ' ') {
        return None;
    }
    let next = chars.next()?;
    (next.is_uppercase() || matches!(next, '"' | '“')).then_some(2)
}

/// Verbs of saying that make a short sentence after a quotation its attribution.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "told",
    "wrote",
    "writes",
    "explained",
    "noted",
    "replied",
    "continued",
    "recalled",
    "insisted",
    "tweeted",
    "declared",
    "argued",
    "warned",
    "remarked",
    "quipped",
    "exclaimed",
    "shouted",
    "answered",
    "wondered",
];

/// True when `after` is the lone attribution of the quotation `before` closes: `before` ends in
/// a closing quotation mark after `?`, `!` or `.`, and `after` is a short sentence of at most
/// eight words with a verb of saying (`Scalia asked.`, `Colts coach Bruce Arians asked.`).
fn closing_attribution(before: &str, after: &str) -> bool {
    let b = before.trim_end();
    let Some(quote) = b.chars().next_back() else {
        return false;
    };
    if !matches!(quote, '"' | '”' | '’' | '\'') {
        return false;
    }
    let inner = b[..b.len() - quote.len_utf8()].trim_end();
    if !inner.ends_with(['?', '!', '.']) {
        return false;
    }
    let a = after.trim_end();
    if !a.ends_with('.') || a.contains(['"', '“', '”']) {
        return false;
    }
    let words: Vec<&str> = a.split_whitespace().collect();
    words.len() <= 8
        && words.iter().any(|w| {
            let w = w.trim_end_matches([',', '.']);
            SPEECH_VERBS.contains(&w)
        })
}

/// Words that open a sentence and never follow a dotted abbreviation inside one (`D.C. His`,
/// `the U.S. The`): pronouns, determiners and conjunctions, in capitals.
const SENTENCE_OPENERS: &[&str] = &[
    "He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "Our", "The", "This", "That",
    "These", "Those", "But", "There", "When", "After",
];

/// Splits pieces that `sentencex` kept whole across a dotted abbreviation of two or more
/// capitals ending a sentence (`…in Washington, D.C. His wife…`): the split is made only when the
/// next word is a sentence opener ([`SENTENCE_OPENERS`]), so `U.S. Secretary` stays whole.
fn split_after_abbreviations(para: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        let mut start = span.start;
        let piece = span.slice(para);
        let mut offset = 0;
        let words: Vec<(usize, &str)> = piece
            .split(' ')
            .map(|w| {
                let at = offset;
                offset += w.len() + 1;
                (at, w)
            })
            .collect();
        for pair in words.windows(2) {
            let ((_, w), (next_at, next)) = (pair[0], pair[1]);
            let next_word = next.trim_end_matches([',', ';', ':', '\'']);
            if dotted_abbreviation(w) && SENTENCE_OPENERS.contains(&next_word) {
                let cut = span.start + next_at;
                out.push(Span::new(start, span.start + next_at - 1));
                start = cut;
            }
        }
        out.push(Span::new(start, span.end));
    }
    out
}

/// `D.C.`, `U.S.`, `U.K.`, `N.Y.`: two or more single capitals each followed by a full stop.
fn dotted_abbreviation(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
}
