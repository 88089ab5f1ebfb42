//! Folding of names into comparison keys, and the small word lists that tell names from other
//! capitalised words (titles, organisation words, connectors, function words).
//!
//! A key is what two spellings of the same name share: case and diacritics folded, dots and
//! apostrophes dropped, hyphens read as spaces (`Kim Jong-un` = `Kim Jong Un`), and a few general
//! transliteration rules applied per word (`y` = `i`, `ks` = `x`, `ph` = `f`, doubled letters
//! single), so `Sergey` = `Sergei`, `Zelenskyy` = `Zelensky`, `Aleksei` = `Alexei`.

mod titles;
mod words;

pub use titles::*;
pub use words::*;

use std::borrow::Cow;

/// Folds a name into its comparison key (see the module docs). Empty when nothing is left.
pub fn fold_name(name: &str) -> String {
    let mut plain = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '.' | '\'' | '’' | '‘' | '`' => {}
            '-' | '‐' | '‑' | '–' | '—' | '_' => plain.push(' '),
            c if c.is_whitespace() => plain.push(' '),
            c => {
                for l in c.to_lowercase() {
                    match strip_diacritic(l) {
                        "" => plain.push(l),
                        base => plain.push_str(base),
                    }
                }
            }
        }
    }
    let mut out = String::with_capacity(plain.len());
    for word in plain.split_whitespace() {
        let word = transliterate(word);
        if word.is_empty() {
            continue;
        }
        // British -tre is American -ter in names too (`Kodak Theatre` = `Kodak Theater`,
        // `Centre`); -our is not folded (`Labour` and `Labor` are different parties).
        let word = if word.ends_with("tre") || word.ends_with("tres") {
            crate::text::normalize::americanize(&word)
        } else {
            word
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
    }
    out
}

/// Lower-case letter without its diacritic (`é` → `e`, `ß` → `ss`); `""` when it has none to
/// strip (the caller then keeps the character itself).
fn strip_diacritic(c: char) -> &'static str {
    // No ASCII character has one; most characters are ASCII (this was a hot path).
    if c.is_ascii() {
        return "";
    }
    const TABLE: &[(&str, &str)] = &[
        ("àáâãäåāăą", "a"),
        ("æ", "ae"),
        ("çćĉċč", "c"),
        ("ďđ", "d"),
        ("èéêëēĕėęě", "e"),
        ("ĝğġģ", "g"),
        ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"),
        ("ĵ", "j"),
        ("ķ", "k"),
        ("ĺļľŀł", "l"),
        ("ñńņňŉ", "n"),
        ("òóôõöøōŏő", "o"),
        ("œ", "oe"),
        ("ŕŗř", "r"),
        ("śŝşšș", "s"),
        ("ß", "ss"),
        ("ţťŧț", "t"),
        ("ùúûüũūŭůűų", "u"),
        ("ŵ", "w"),
        ("ýÿŷ", "y"),
        ("źżž", "z"),
        ("þ", "th"),
        ("ð", "d"),
    ];
    for (from, to) in TABLE {
        if from.contains(c) {
            return to;
        }
    }
    ""
}

/// General transliteration folding of one lower-case word.
fn transliterate(word: &str) -> String {
    // Each step copies only when it changes something (this runs for every name looked up).
    fn replaced<'a>(w: Cow<'a, str>, from: &str, to: &str) -> Cow<'a, str> {
        if w.contains(from) {
            Cow::Owned(w.replace(from, to))
        } else {
            w
        }
    }
    let w = replaced(Cow::Borrowed(word), "ks", "x");
    let w = replaced(w, "ph", "f");
    let w = replaced(w, "ck", "k");
    // Final `j` after a vowel is the `i`/`y` of other spellings: Sergej = Sergei, Andrej = Andrei.
    let w = match w.strip_suffix('j') {
        Some(stem) if stem.ends_with(['a', 'e', 'o', 'u']) => Cow::Owned(format!("{stem}i")),
        _ => w,
    };
    let w = replaced(w, "y", "i");
    let mut out = String::with_capacity(w.len());
    let mut prev: Option<char> = None;
    for c in w.chars() {
        if prev == Some(c) && c.is_alphabetic() {
            continue;
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// The lower-case form of a word without dots and apostrophes, for list look-ups.
pub fn plain_lower(word: &str) -> String {
    word.chars()
        .filter(|c| !matches!(c, '.' | '\'' | '’'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// True when `list` holds `word` (exact match; callers pass lower-case).
pub fn in_list(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphen_case_and_space_fold_together() {
        assert_eq!(fold_name("Kim Jong Un"), fold_name("Kim Jong-un"));
        assert_eq!(fold_name("Kim Jong-Un"), fold_name("kim jong un"));
    }

    #[test]
    fn transliteration_variants_fold_together() {
        assert_eq!(fold_name("Sergey Lavrov"), fold_name("Sergei Lavrov"));
        assert_eq!(fold_name("Kodak Theatre"), fold_name("Kodak Theater"));
        assert_eq!(fold_name("Lincoln Centre"), fold_name("Lincoln Center"));
        assert!(fold_name("Notre Dame").starts_with("notre"));
        assert_ne!(fold_name("Labour Party"), fold_name("Labor Party"));
        assert_eq!(fold_name("Zelenskyy"), fold_name("Zelensky"));
        assert_eq!(fold_name("Aleksei"), fold_name("Alexei"));
        assert_eq!(fold_name("Dmitriy"), fold_name("Dmitri"));
        assert_eq!(fold_name("Sergej"), fold_name("Sergey"));
    }

    #[test]
    fn diacritics_and_dots_fold() {
        assert_eq!(fold_name("Erdoğan"), fold_name("Erdogan"));
        assert_eq!(fold_name("Türkiye"), fold_name("Turkiye"));
        assert_eq!(fold_name("U.S."), fold_name("US"));
        assert_eq!(fold_name("François Hollande"), "francois holande");
    }

    #[test]
    fn different_names_stay_different() {
        assert_ne!(fold_name("Putin"), fold_name("Pushkin"));
        assert_ne!(fold_name("Kim Jong Un"), fold_name("Kim Yo Jong"));
        assert_ne!(fold_name("Austria"), fold_name("Australia"));
    }

    #[test]
    fn non_latin_does_not_panic() {
        assert_eq!(fold_name("Москва"), "москва");
        assert_ne!(fold_name("Москва"), fold_name("Киев"));
        assert_eq!(fold_name("  "), "");
    }
}
