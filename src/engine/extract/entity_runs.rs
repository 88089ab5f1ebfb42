//! Name candidates in one sentence: word tokens, capitalisation runs, and the rules that cut a
//! run into titles, people, organisations and places. Resolution across a whole article lives in
//! [`crate::engine::extract::entities`].

use crate::engine::extract::entities::EntityMention;
use crate::engine::lexicon::gazetteer;
use crate::engine::lexicon::names::{self, fold_name, in_list, plain_lower};
use crate::findings::AtomKind;
use crate::model::Span;
use crate::text::calendar;
use std::collections::BTreeMap;

/// How sure the kind of a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// From a title, an organisation word, or the gazetteer.
    Strong,
    /// From context (a reporting verb) or nothing at all.
    Weak,
}

/// A name found in a sentence, before article-wide resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Byte range of the name (absolute: sentence offset added).
    pub span: Span,
    /// The name as written.
    pub surface: String,
    /// Its key (gazetteer canonical key when known, else [`fold_name`]).
    pub key: String,
    /// Kind from the evidence at hand.
    pub kind: AtomKind,
    /// How sure that kind is.
    pub strength: Strength,
    /// A demonym of a place (`Russian`).
    pub demonym: bool,
    /// A lone sentence-initial word with no evidence of being a name.
    pub tentative: bool,
    /// All capitals (`KCNA`, `U.S.`).
    pub acronym: bool,
    /// For an acronym in parentheses after its expansion: the expansion's key.
    pub alias_of: Option<String>,
}

impl Candidate {
    /// Converts to a mention, taking the kind from `kinds` when the key has one there.
    pub fn into_mention(self, kinds: &BTreeMap<String, (AtomKind, Strength)>) -> EntityMention {
        let kind = kinds.get(&self.key).map(|k| k.0).unwrap_or(self.kind);
        EntityMention {
            span: self.span,
            surface: self.surface,
            key: self.key,
            kind,
            demonym: self.demonym,
        }
    }

    /// A resolved candidate standing for an existing mention (for cross-article resolution).
    pub fn from_mention(m: &EntityMention) -> Self {
        Self {
            span: m.span,
            surface: m.surface.clone(),
            key: m.key.clone(),
            kind: m.kind,
            strength: if m.kind == AtomKind::Other {
                Strength::Weak
            } else {
                Strength::Strong
            },
            demonym: m.demonym,
            tentative: false,
            acronym: is_acronym(&m.surface),
            alias_of: None,
        }
    }
}

/// A word of the sentence.
#[derive(Debug, Clone)]
struct Tok<'a> {
    start: usize,
    /// End without a possessive `'s`.
    end: usize,
    /// The word without a possessive.
    text: &'a str,
    /// Lower-case, no dots or apostrophes.
    lower: String,
    /// Starts with a capital (or is `al-Assad`-like).
    cap: bool,
    /// Had a possessive `'s`.
    possessive: bool,
    /// Only white space (one line) separates it from the previous word.
    joined: bool,
    /// First word of a sentence (or of a quotation, or after a colon).
    initial: bool,
}

/// Abbreviations whose dot does not end the name (besides month abbreviations, `calendar`).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "prof", "st",
    "jr", "sr", "mt", "ft", "adm", "rev", "inc", "corp", "co", "ltd", "no", "vs",
];

const NAME_PREFIXES: &[&str] = &[
    "al", "el", "ad", "as", "ash", "ar", "at", "an", "bin", "ibn", "abu",
];

const HYPHEN_SUFFIXES: &[&str] = &[
    "related",
    "based",
    "led",
    "backed",
    "born",
    "style",
    "owned",
    "made",
    "linked",
    "funded",
    "allied",
    "occupied",
    "controlled",
    "friendly",
    "bound",
    "held",
    "run",
    "era",
    "type",
    "like",
    "speaking",
    "leaning",
    "supported",
    "sponsored",
    "brokered",
    "wide",
    "bred",
    "educated",
];

const SAY_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "explained",
    "wrote",
    "stated",
    "announced",
    "insisted",
    "argued",
    "warned",
    "noted",
    "claimed",
    "tweeted",
    "who",
    "whose",
];

/// True for an all-capitals word of two to eight letters (dots allowed): `KCNA`, `U.S.`.
pub fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphanumeric()).collect();
    (2..=8).contains(&letters.len())
        && letters
            .iter()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
        && letters.iter().any(|c| c.is_uppercase())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits a sentence into word tokens with the flags the run rules need.
fn tokenize(text: &str) -> Vec<Tok<'_>> {
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
fn split_compound(word: &str) -> Vec<(usize, usize)> {
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

fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["'s", "’s"] {
        if let Some(base) = word.strip_suffix(suffix)
            && !base.is_empty()
        {
            return (base, true);
        }
    }
    (word, false)
}

fn is_capitalised(word: &str) -> bool {
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

fn is_date_word(t: &Tok<'_>, next: Option<&Tok<'_>>) -> bool {
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

/// Finds name candidates in one sentence; spans are shifted by `offset`.
pub fn candidates(text: &str, offset: usize) -> Vec<Candidate> {
    let toks = tokenize(text);
    let headline = is_headline(text, &toks);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(end) = run_end(&toks, i) else {
            i += 1;
            continue;
        };
        if headline {
            // Title case says nothing about names: each word stands alone and is kept only when
            // the gazetteer or the rest of the article knows it.
            let from = out.len();
            classify_run(text, &toks, i, i + 1, offset, &mut out);
            for c in out.iter_mut().skip(from) {
                c.tentative = gazetteer::lookup_key(&c.key).is_none();
                c.acronym = false;
                c.alias_of = None;
            }
            i += 1;
            continue;
        }
        classify_run(text, &toks, i, end, offset, &mut out);
        i = end;
    }
    // An acronym after its expansion is emitted with the expansion and again as its own run:
    // keep the first (which carries the alias).
    out.sort_by_key(|c| (c.span, c.alias_of.is_none()));
    out.dedup_by_key(|c| c.span);
    out
}

/// A title-case line without closing punctuation, or an all-capitals line: at least four
/// longer words, three quarters of them capitalised (all of them in capitals).
fn is_headline(text: &str, toks: &[Tok<'_>]) -> bool {
    let long: Vec<&Tok<'_>> = toks
        .iter()
        .filter(|t| t.text.chars().count() >= 4 && t.text.chars().all(char::is_alphabetic))
        .collect();
    if long.len() < 4 {
        return false;
    }
    if long.iter().all(|t| t.text.chars().all(char::is_uppercase)) {
        return true;
    }
    let closed = text
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?']);
    let caps = long.iter().filter(|t| t.cap).count();
    !closed && caps * 4 >= long.len() * 3
}

/// If a capitalised run starts at `i`, the index one past its last token.
fn run_end(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let first = toks.get(i)?;
    if !first.cap
        || is_date_word(first, toks.get(i + 1))
        || (in_list(names::NON_NAMES, &first.lower) && !is_acronym(first.text))
    {
        return None;
    }
    let mut end = i + 1;
    let mut last = first;
    while !last.possessive || in_list(names::POSSESSIVE_COMMON, &last.lower) {
        let Some(next) = toks.get(end) else { break };
        if !next.joined {
            break;
        }
        if next.cap && !is_date_word(next, toks.get(end + 1)) {
            end += 1;
            last = next;
            continue;
        }
        // Connectors: only when a capitalised word follows (possibly after `of the`).
        let mut k = end;
        let mut ok = false;
        while let Some(c) = toks.get(k) {
            if !c.joined || c.cap || !in_list(names::CONNECTORS, &c.lower) {
                ok = k > end && c.joined && c.cap && !is_date_word(c, toks.get(k + 1));
                break;
            }
            k += 1;
        }
        let of_ok = |t: &Tok<'_>| {
            in_list(names::ORG_WORDS, &t.lower)
                || in_list(names::OF_HEADS, &t.lower)
                || in_list(names::PERSON_TITLES, &t.lower)
        };
        let uses_of = toks
            .get(end..k)
            .is_some_and(|cs| cs.iter().any(|c| c.lower == "of" || c.lower == "the"));
        if ok && (!uses_of || of_ok(last)) {
            end = k + 1;
            last = toks.get(k)?;
            continue;
        }
        break;
    }
    Some(end)
}

/// Cuts the run `toks[a..b]` into titles and names and emits candidates.
fn classify_run(
    text: &str,
    toks: &[Tok<'_>],
    a: usize,
    b: usize,
    offset: usize,
    out: &mut Vec<Candidate>,
) {
    let run = toks.get(a..b).unwrap_or(&[]);
    // The last title in the run: what follows it is a person's name.
    let mut title: Option<(usize, usize)> = None;
    let mut k = 0;
    while k < run.len() {
        if let Some(t) = run.get(k)
            && in_list(names::PERSON_TITLES, &t.lower)
        {
            let mut e = k + 1;
            // "Secretary of State Marco Rubio", "Secretary of the Interior Ryan Zinke",
            // "Secretary of Homeland Security Kirstjen Nielsen": `of (the) X` completes the
            // title, X being one word or a department's words, with a name after it.
            // Without a name after it, the whole rest is the title.
            if run.get(e).is_some_and(|t| t.lower == "of") {
                let mut f = e + 1;
                if run.get(f).is_some_and(|t| t.lower == "the") {
                    f += 1;
                }
                // A place of two words is one (`of the United States`).
                let place = run.get(f..f + 2).is_some_and(|two| {
                    two.len() == 2 && gazetteer::lookup(span_text(text, two)).is_some()
                });
                f += if place { 2 } else { 1 };
                while run.len() > f + 1
                    && run
                        .get(f)
                        .is_some_and(|t| in_list(names::DEPARTMENT_WORDS, &t.lower))
                {
                    f += 1;
                }
                e = f.min(run.len());
            }
            title = Some((k, e));
            k = e;
            continue;
        }
        // Once a name has started after a title, a later title word is part of it (`Sen. Angus
        // King of Maine`): only titles and their modifiers come between a title and its name.
        // A later title followed by a name still counts (`Deputy Public Defender Peter Lynch`).
        if title.is_some()
            && run
                .get(k)
                .is_some_and(|t| !in_list(names::TITLE_MODIFIERS, &t.lower))
        {
            let later_title_with_name = run.iter().enumerate().skip(k + 1).any(|(j, t)| {
                in_list(names::PERSON_TITLES, &t.lower)
                    && run
                        .get(j + 1)
                        .is_some_and(|n| n.cap && !in_list(names::CONNECTORS, &n.lower))
            });
            if !later_title_with_name {
                break;
            }
        }
        k += 1;
    }
    let org_at = |r: &[Tok<'_>]| r.iter().any(|t| in_list(names::ORG_WORDS, &t.lower));
    if let Some((ts, te)) = title {
        // The title's own words: modifiers ("former", "Deputy") and earlier titles ("Chief
        // Executive", "Committee Chairman Rep.") before the last one.
        let mut pre = ts;
        while pre > 0
            && run.get(pre - 1).is_some_and(|t| {
                in_list(names::TITLE_MODIFIERS, &t.lower) || in_list(names::PERSON_TITLES, &t.lower)
            })
        {
            pre -= 1;
        }
        let name = run.get(te..).unwrap_or(&[]);
        // An organisation before the title is the person's employer ("Woodburn Police Chief
        // Scott Russell"), unless the title is inside the organisation's name ("Office of the
        // Chief Medical Examiner").
        let title_in_org_name = pre
            .checked_sub(1)
            .and_then(|p| run.get(p))
            .is_some_and(|t| !t.cap && in_list(names::CONNECTORS, &t.lower));
        // A name never starts with a connector (`President of the Federation of State …`).
        let connector_first = name.first().is_some_and(|t| !t.cap);
        let person = !name.is_empty() && !org_at(name) && !title_in_org_name && !connector_first;
        // A title with no name ("Russian President"): only what precedes it can be a name.
        let bare_title = name.is_empty() && !org_at(run);
        if person || bare_title {
            // What precedes the title is a run of its own.
            if pre > 0 {
                emit_plain(text, toks, a, a + pre, offset, out);
            }
            if person {
                // `Sen. Angus King of Maine`: the person ends before `of`; the place after it is
                // a run of its own.
                let of = name
                    .iter()
                    .position(|t| t.lower == "of")
                    .filter(|&i| i > 0 && i + 1 < name.len());
                let end = of.map_or(b, |i| a + te + i);
                let c = make(
                    text,
                    toks,
                    a + te,
                    end,
                    offset,
                    AtomKind::Person,
                    Strength::Strong,
                );
                out.extend(c);
                if let Some(i) = of {
                    let mut from = a + te + i + 1;
                    if toks.get(from).is_some_and(|t| t.lower == "the") {
                        from += 1;
                    }
                    if from < b {
                        emit_plain(text, toks, from, b, offset, out);
                    }
                }
            }
            return;
        }
    }
    emit_plain(text, toks, a, b, offset, out);
}

/// Emits a run without titles: gazetteer, organisation words, place nouns, context.
fn emit_plain(
    text: &str,
    toks: &[Tok<'_>],
    a: usize,
    b: usize,
    offset: usize,
    out: &mut Vec<Candidate>,
) {
    let run = toks.get(a..b).unwrap_or(&[]);
    let Some(first) = run.first() else { return };
    // "North Korean Ministry of Foreign Affairs": a leading demonym is its own mention.
    for cut in (1..run.len()).rev() {
        let head = run.get(..cut).unwrap_or(&[]);
        let rest_starts_org = run
            .get(cut)
            .is_some_and(|t| in_list(names::ORG_WORDS, &t.lower));
        if rest_starts_org && run.len() - cut >= 2 {
            let surface = span_text(text, head);
            if gazetteer::lookup(surface).is_some_and(|e| e.demonym) {
                emit_plain(text, toks, a, a + cut, offset, out);
                emit_plain(text, toks, a + cut, b, offset, out);
                return;
            }
        }
    }
    let surface = span_text(text, run);
    let lone = run.len() == 1;
    if lone && in_list(names::LONE_NON_NAMES, &first.lower) {
        return;
    }
    let before = a
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .filter(|_| first.joined);
    let after = toks.get(b).filter(|t| t.joined);
    let mut kind = AtomKind::Other;
    let mut strength = Strength::Weak;
    let gaz = gazetteer::lookup(surface);
    if let Some(e) = gaz {
        kind = e.kind;
        strength = Strength::Strong;
    } else if before.is_some_and(|t| {
        !t.cap
            && in_list(names::PERSON_TITLES, &t.lower)
            && !in_list(names::NOT_LOWER_TITLES, &t.lower)
    }) {
        kind = AtomKind::Person;
        strength = Strength::Strong;
    }
    if kind == AtomKind::Other {
        if run.iter().any(|t| in_list(names::ORG_WORDS, &t.lower)) {
            kind = AtomKind::Organization;
            strength = Strength::Strong;
        } else if after.is_some_and(|t| !t.cap && in_list(names::PLACE_NOUNS, &t.lower)) {
            kind = AtomKind::Place;
            strength = Strength::Strong;
        } else if (2..=4).contains(&run.len())
            && !run.iter().any(|t| is_acronym(t.text))
            && (after.is_some_and(|t| in_list(SAY_VERBS, &t.lower))
                || text
                    .get(run.last().map(|t| t.end).unwrap_or(0)..)
                    .is_some_and(|r| r.starts_with(", who") || r.starts_with(", whose")))
        {
            kind = AtomKind::Person;
        }
    }
    let Some(mut c) = make(text, toks, a, b, offset, kind, strength) else {
        return;
    };
    if let Some(e) = gaz {
        c.key = e.key.to_owned();
        c.demonym = e.demonym;
    }
    let evidence = gaz.is_some() || c.acronym || kind != AtomKind::Other;
    c.tentative = lone && first.initial && !evidence;
    if c.acronym {
        // An acronym right after its expansion is the expansion's variant.
    } else if let Some(alias) = acronym_after(text, run) {
        let mut acr = alias.clone();
        acr.span = Span::new(acr.span.start + offset, acr.span.end + offset);
        if initials_match(&acr.surface, run) {
            acr.alias_of = Some(c.key.clone());
            acr.kind = c.kind;
            acr.strength = c.strength;
            out.push(c);
            out.push(acr);
            return;
        }
    }
    out.push(c);
}

/// Builds a candidate over `toks[a..b]`.
fn make(
    text: &str,
    toks: &[Tok<'_>],
    a: usize,
    b: usize,
    offset: usize,
    kind: AtomKind,
    strength: Strength,
) -> Option<Candidate> {
    let run = toks.get(a..b)?;
    let surface = span_text(text, run);
    let key = fold_name(surface);
    if key.is_empty() {
        return None;
    }
    let start = run.first()?.start;
    let end = run.last()?.end;
    Some(Candidate {
        span: Span::new(start + offset, end + offset),
        surface: surface.to_owned(),
        key,
        kind,
        strength,
        demonym: false,
        tentative: false,
        acronym: run.len() == 1 && is_acronym(surface),
        alias_of: None,
    })
}

fn span_text<'a>(text: &'a str, run: &[Tok<'_>]) -> &'a str {
    match (run.first(), run.last()) {
        (Some(f), Some(l)) => text.get(f.start..l.end).unwrap_or(""),
        _ => "",
    }
}

/// `Name (ACR)`: the acronym in parentheses right after a run, as a candidate (relative span).
fn acronym_after(text: &str, run: &[Tok<'_>]) -> Option<Candidate> {
    let end = run.last()?.end;
    let rest = text.get(end..)?;
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let inner = trimmed.strip_prefix('(')?;
    let close = inner.find(')')?;
    let acr = inner.get(..close)?;
    if !is_acronym(acr) || acr.contains(' ') {
        return None;
    }
    let start = end + (rest.len() - trimmed.len()) + 1;
    Some(Candidate {
        span: Span::new(start, start + acr.len()),
        surface: acr.to_owned(),
        key: fold_name(acr),
        kind: AtomKind::Other,
        strength: Strength::Weak,
        demonym: false,
        tentative: false,
        acronym: true,
        alias_of: None,
    })
}

/// True when the acronym's letters are, in order, initials of the run's words (first letters
/// must agree): `DPRK` ⊂ `Democratic People's Republic of Korea`.
fn initials_match(acronym: &str, run: &[Tok<'_>]) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let initials: Vec<char> = run.iter().filter_map(|t| t.lower.chars().next()).collect();
    if letters.first() != initials.first() {
        return false;
    }
    let mut it = initials.iter();
    letters.iter().all(|l| it.any(|i| i == l))
}
