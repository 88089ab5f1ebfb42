//! British/American spelling folding and the word key used for matching: a general rule set
//! (-our/-or, -ise/-ize, -isation/-ization, -yse/-yze, -tre/-ter, -bre/-ber) with short exception
//! lists, a few whole-word pairs (defence/defense…), then Snowball stemming and a final fold
//! (doubled letters collapsed, `y` read as `i`) so that `travelled`/`traveled` and
//! `Sergey`/`Sergei` meet.

use std::cell::RefCell;

/// Whole words spelt differently on either side of the Atlantic (British → American).
const WORD_PAIRS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("pretence", "pretense"),
    ("grey", "gray"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("tyre", "tire"),
    ("tyres", "tires"),
    ("aluminium", "aluminum"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("cheque", "check"),
    ("cheques", "checks"),
    ("jewellery", "jewelry"),
    ("plough", "plow"),
    ("sceptic", "skeptic"),
    ("sceptical", "skeptical"),
    ("catalogue", "catalog"),
    ("analogue", "analog"),
    ("storey", "story"),
    ("storeys", "stories"),
    ("mould", "mold"),
    ("smoulder", "smolder"),
    ("practise", "practice"),
    ("enrol", "enroll"),
    ("fulfil", "fulfill"),
    ("foetus", "fetus"),
    ("paediatric", "pediatric"),
    ("anaesthetic", "anesthetic"),
    ("kilogramme", "kilogram"),
    ("whilst", "while"),
    ("amongst", "among"),
];

/// Words ending in `our` that are the same in American English.
const OUR_KEEP: &[&str] = &[
    "four",
    "hour",
    "our",
    "your",
    "pour",
    "tour",
    "flour",
    "sour",
    "devour",
    "contour",
    "detour",
    "velour",
    "amour",
    "paramour",
    "troubadour",
    "glamour",
    "scour",
];

/// Words ending in `ise` (and forms) that are spelt `ise` in American English too.
const ISE_KEEP: &[&str] = &[
    "advertise",
    "advise",
    "apprise",
    "arise",
    "chastise",
    "circumcise",
    "comprise",
    "compromise",
    "concise",
    "demise",
    "despise",
    "devise",
    "disguise",
    "enterprise",
    "excise",
    "exercise",
    "expertise",
    "franchise",
    "improvise",
    "incise",
    "merchandise",
    "otherwise",
    "paradise",
    "praise",
    "precise",
    "premise",
    "promise",
    "raise",
    "reprise",
    "revise",
    "rise",
    "sunrise",
    "surmise",
    "surprise",
    "supervise",
    "televise",
    "treatise",
    "wise",
    "noise",
    "poise",
    "cruise",
    "bruise",
    "guise",
    "likewise",
    "clockwise",
    "disenfranchise",
    "appraise",
    "tortoise",
    "porpoise",
    "turquoise",
    "chemise",
    "valise",
    "mortise",
];

/// Words ending in `tre`/`bre` that keep that ending in American English.
const RE_KEEP: &[&str] = &["macabre", "genre", "timbre", "mitre", "notre"];

/// Applies the American spelling to a lower-case word (returns it unchanged when no rule fits).
pub fn americanize(word: &str) -> String {
    if let Some((_, us)) = WORD_PAIRS.iter().find(|(gb, _)| *gb == word) {
        return (*us).to_owned();
    }
    // -isation/-ization.
    for (suffix, folded) in [("isation", "ization"), ("isations", "izations")] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.len() >= 3
        {
            return format!("{stem}{folded}");
        }
    }
    // -ise/-ised/-ises/-ising → -ize…, -yse → -yze.
    for (suffix, base) in [
        ("ise", "ise"),
        ("ised", "ise"),
        ("ises", "ise"),
        ("ising", "ise"),
        ("iser", "ise"),
        ("isers", "ise"),
        ("yse", "yse"),
        ("ysed", "yse"),
        ("yses", "yse"),
        ("ysing", "yse"),
    ] {
        if let Some(stem) = word.strip_suffix(suffix) {
            let lemma = format!("{stem}{base}");
            let keep = ISE_KEEP
                .iter()
                .any(|k| lemma == *k || (k.len() >= 5 && lemma.ends_with(k)));
            if stem.len() >= 3 && !keep {
                let folded = suffix.replacen("s", "z", 1);
                return format!("{stem}{folded}");
            }
        }
    }
    // -our → -or (colour, honour, labour, behaviour).
    for suffix in [
        "our", "ours", "oured", "ouring", "ourite", "ourites", "ourable",
    ] {
        if let Some(stem) = word.strip_suffix(suffix) {
            let lemma = format!("{stem}our");
            let consonant = stem
                .chars()
                .last()
                .is_some_and(|c| !matches!(c, 'a' | 'e' | 'o' | 'u'));
            let keep = OUR_KEEP
                .iter()
                .any(|k| lemma == *k || (k.len() >= 5 && lemma.ends_with(k)));
            if stem.len() >= 2 && consonant && !keep {
                return format!("{stem}{}", suffix.replacen("our", "or", 1));
            }
        }
    }
    // -tre/-bre → -ter/-ber (centre, theatre, metre, fibre).
    for suffix in ["tre", "tres", "bre", "bres"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            let lemma = format!("{stem}{}", &suffix[..3]);
            let keep = RE_KEEP.iter().any(|k| lemma == *k);
            if stem.len() >= 2 && !keep {
                let swapped = match suffix {
                    "tre" => "ter",
                    "tres" => "ters",
                    "bre" => "ber",
                    _ => "bers",
                };
                return format!("{stem}{swapped}");
            }
        }
    }
    word.to_owned()
}

thread_local! {
    static STEMMER: frostem::Stemmer = frostem::Stemmer::new(frostem::Algorithm::English);
}

/// Snowball English stem of a lower-case word.
pub fn stem(lower: &str) -> String {
    STEMMER.with(|s| s.stem(lower).to_string())
}

/// The matching key of a lower-case word: American spelling, Snowball stem, doubled letters
/// collapsed and `y` read as `i`. The frequency table is keyed the same way.
pub fn word_key(lower: &str) -> String {
    // Keys are asked for the same words many times (every stage tokenizes); stemming is the
    // costly part, so each thread remembers the keys it made (bounded: cleared when full).
    const REMEMBERED: usize = 1 << 16;
    thread_local! {
        static KEYS: RefCell<foldhash::HashMap<String, String>> =
            RefCell::new(foldhash::HashMap::default());
    }
    if let Some(key) = KEYS.with(|k| k.borrow().get(lower).cloned()) {
        return key;
    }
    let key = make_word_key(lower);
    KEYS.with(|k| {
        let mut k = k.borrow_mut();
        if k.len() >= REMEMBERED {
            k.clear();
        }
        k.insert(lower.to_owned(), key.clone());
    });
    key
}

/// [`word_key`] without the memory of earlier keys.
fn make_word_key(lower: &str) -> String {
    let stemmed = stem(&americanize(lower));
    let mut out = String::with_capacity(stemmed.len());
    let mut prev: Option<char> = None;
    for c in stemmed.chars() {
        let c = if c == 'y' { 'i' } else { c };
        if prev != Some(c) {
            out.push(c);
        }
        prev = Some(c);
    }
    // Slavic names transliterated with a final -ej (German, Czech, Polish usage) are the
    // English -ey/-ei: Sergej = Sergey = Sergei, Andrej = Andrei. Name folding
    // (`engine::names`) reads any vowel + final j so; word keys keep to consonant + ej, which
    // leaves every word of the frequency table its key.
    if out.len() >= 4
        && out.ends_with("ej")
        && out
            .chars()
            .rev()
            .nth(2)
            .is_some_and(|c| !"aeiou".contains(c))
    {
        out.pop();
        out.push('i');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_and_american_meet() {
        for (gb, us) in [
            ("colour", "color"),
            ("honoured", "honored"),
            ("organise", "organize"),
            ("organisation", "organization"),
            ("recognised", "recognized"),
            ("criticising", "criticizing"),
            ("analyse", "analyze"),
            ("theorise", "theorize"),
            ("authorised", "authorized"),
            ("centre", "center"),
            ("theatres", "theaters"),
            ("fibre", "fiber"),
            ("defence", "defense"),
            ("travelled", "traveled"),
            ("cancelled", "canceled"),
            ("modelling", "modeling"),
            ("Sergey", "Sergei"),
            ("Sergej", "Sergei"),
            ("Andrej", "Andrey"),
            ("labour", "labor"),
            ("neighbours", "neighbors"),
        ] {
            assert_eq!(
                word_key(&gb.to_lowercase()),
                word_key(&us.to_lowercase()),
                "{gb} / {us}"
            );
        }
    }

    #[test]
    fn exceptions_stay_apart() {
        for (a, b) in [
            ("four", "for"),
            ("hour", "hor"),
            ("promise", "promize"),
            ("surprise", "surprize"),
            ("genre", "genner"),
        ] {
            assert_ne!(americanize(a), americanize(b), "{a} / {b}");
        }
        assert_eq!(americanize("tour"), "tour");
        assert_eq!(americanize("exercise"), "exercise");
        assert_eq!(americanize("rise"), "rise");
        assert_eq!(americanize("massacre"), "massacre");
    }

    #[test]
    fn inflections_share_a_key() {
        assert_eq!(word_key("killed"), word_key("killing"));
        assert_eq!(word_key("arrests"), word_key("arrested"));
    }
}
