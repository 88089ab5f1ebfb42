//! The word tokens of a sentence for name finding (part of [`super`]): byte ranges, case,
//! compounds split at hyphens, possessives stripped, date words told apart. Not the matching
//! tokens of `text::normalize`, which fold case and punctuation away.

use super::*;

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits a sentence into word tokens with the flags the run rules need.
pub(super) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut raw: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let Some(&(pos, c)) = chars.get(i) else { break };
        if !is_word_char(c) {
            i += 1;
            continue;
        }
        let start = pos;
        let mut j = i + 1;
        while let Some(&(_, c)) = chars.get(j) {
            let inner = matches!(c, '\'' | '’' | '-' | '.' | '‐')
                && chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n));
            if is_word_char(c) || inner {
                j += 1;
            } else {
                break;
            }
        }
        let mut end = chars.get(j).map(|&(p, _)| p).unwrap_or(text.len());
        // A trailing dot belongs to initials, dotted acronyms and known abbreviations.
        if chars.get(j).is_some_and(|&(_, c)| c == '.') {
            let word = text.get(start..end).unwrap_or("");
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let dotted = word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.');
            let single_cap = letters == 1 && word.chars().all(char::is_uppercase);
            let lower = word.to_lowercase();
            if dotted
                || single_cap
                || in_list(ABBREVIATIONS, &lower)
                || calendar::is_month_abbreviation(&lower)
            {
                end += 1;
                j += 1;
            }
        }
        // `Korea-related`, `Moscow-based`: a common-word suffix is not part of the name.
        if let Some(word) = text.get(start..end)
            && let Some((head, tail)) = word.rsplit_once('-')
            && in_list(HYPHEN_SUFFIXES, &tail.to_lowercase())
            && is_capitalised(head)
        {
            end = start + head.len();
        }
        raw.push((start, end));
        i = j;
    }
    let mut toks = Vec::with_capacity(raw.len());
    let mut prev_end: Option<usize> = None;
    for (start, end) in raw {
        let full = text.get(start..end).unwrap_or("");
        let gap = prev_end.and_then(|p| text.get(p..start)).unwrap_or("");
        let initial = prev_end.is_none() || gap.contains(['.', '!', '?', ':', '\n', '•']);
        let joined =
            prev_end.is_some() && !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}');
        for (k, (s, e)) in split_compound(full).into_iter().enumerate() {
            let word = full.get(s..e).unwrap_or("");
            let (base, possessive) = strip_possessive(word);
            toks.push(Tok {
                start: start + s,
                end: start + s + base.len(),
                text: base,
                lower: plain_lower(base),
                cap: is_capitalised(base),
                possessive,
                joined: joined && k == 0,
                initial: initial && k == 0,
            });
        }
        prev_end = Some(end);
    }
    toks
}

/// `DPRK-Russia`, `U.S.-Russia`: hyphenated words whose parts are names are split into parts.
pub(super) fn split_compound(word: &str) -> Vec<(usize, usize)> {
    if !word.contains('-') {
        return vec![(0, word.len())];
    }
    let mut parts = Vec::new();
    let mut s = 0;
    for (i, c) in word.char_indices() {
        if c == '-' {
            parts.push((s, i));
            s = i + 1;
        }
    }
    parts.push((s, word.len()));
    let texts: Vec<&str> = parts
        .iter()
        .map(|&(a, b)| word.get(a..b).unwrap_or(""))
        .collect();
    let names = texts.iter().all(|t| is_capitalised(t))
        && texts
            .iter()
            .any(|t| is_acronym(t) || gazetteer::lookup(t).is_some_and(|e| !e.demonym));
    if names { parts } else { vec![(0, word.len())] }
}

pub(super) fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["'s", "’s"] {
        if let Some(base) = word.strip_suffix(suffix)
            && !base.is_empty()
        {
            return (base, true);
        }
    }
    (word, false)
}

pub(super) fn is_capitalised(word: &str) -> bool {
    if word.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    // al-Assad, bin-Salman: a lower-case particle joined to a capitalised name.
    match word.split_once('-') {
        Some((pre, rest)) => {
            in_list(NAME_PREFIXES, pre) && rest.chars().next().is_some_and(char::is_uppercase)
        }
        None => false,
    }
}

pub(super) fn is_date_word(t: &Tok<'_>, next: Option<&Tok<'_>>) -> bool {
    if calendar::weekday_named(&t.lower).is_some() {
        return true;
    }
    if calendar::is_day_or_month_name(&t.lower) || calendar::is_month_abbreviation(&t.lower) {
        // A month right before a capitalised word that is no date is a first name (`Jan
        // Olson`, `April Ryan`, `June Carter`), but not with a possessive (`February's Oscars`).
        return t.possessive
            || !next.is_some_and(|n| {
                n.joined
                    && n.cap
                    && !n.text.starts_with(|c: char| c.is_ascii_digit())
                    && !calendar::is_day_or_month_name(&n.lower)
                    && !calendar::is_month_abbreviation(&n.lower)
            });
    }
    // "May" is a month before a day number, a name otherwise.
    t.lower == "may" && next.is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()))
}
