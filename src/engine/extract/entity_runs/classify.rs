//! Cutting a capitalised run into names (part of [`super`]): titles, people, organisations and
//! places, with the acronym that may follow a name.

use super::*;

/// Cuts the run `toks[a..b]` into titles and names and emits candidates.
pub(super) fn classify_run(
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
pub(super) fn emit_plain(
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
pub(super) fn make(
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

pub(super) fn span_text<'a>(text: &'a str, run: &[Tok<'_>]) -> &'a str {
    match (run.first(), run.last()) {
        (Some(f), Some(l)) => text.get(f.start..l.end).unwrap_or(""),
        _ => "",
    }
}

/// `Name (ACR)`: the acronym in parentheses right after a run, as a candidate (relative span).
pub(super) fn acronym_after(text: &str, run: &[Tok<'_>]) -> Option<Candidate> {
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
pub(super) fn initials_match(acronym: &str, run: &[Tok<'_>]) -> bool {
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
