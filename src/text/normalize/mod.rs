//! The token layer used for matching: case folding, curly/straight quote and dash folding,
//! number forms (`5,000` = `5000` = `five thousand`, `80th` → `80`), British/American spelling,
//! hyphenated words split into parts (`Jong-un` = `Jong Un`), Snowball stemming and a stop-word
//! flag. Each token keeps its byte span in the original text so findings map back to what the
//! reader sees.

pub mod numbers;
mod spelling;

pub use spelling::{americanize, stem, word_key};

use crate::model::Span;
use std::borrow::Cow;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word.
    Word,
    /// A number (`5000`, `2.5`, `80th` → `80`, `five thousand` → `5000`).
    Number,
}

/// One normalised token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text it came from (a number read from several words spans them all).
    pub span: Span,
    /// Normalised form: the matching key of a word (see [`word_key`]) or canonical digits.
    pub norm: String,
    /// Word or number.
    pub kind: TokenKind,
    /// True when the surface form starts with an upper-case letter (parts after a hyphen take
    /// the value of the first part, so `Jong-un` is capitalised throughout).
    pub capitalized: bool,
    /// True for function words (`the`, `of`, `was`…) that say little about the claim.
    pub stop: bool,
    /// True for negations (`not`, `no`, `never`, `didn't`…).
    pub negation: bool,
}

/// A raw word run: byte range, and whether a hyphen joins it to the previous run.
#[derive(Debug, Clone, Copy)]
struct Run {
    start: usize,
    end: usize,
    after_hyphen: bool,
}

/// Splits `text` into normalised tokens.
pub fn tokens(text: &str) -> Vec<Token> {
    let runs = runs(text);
    let mut out: Vec<Token> = Vec::with_capacity(runs.len());
    let mut i = 0;
    let mut first_cap = false;
    while let Some(run) = runs.get(i) {
        let surface = text.get(run.start..run.end).unwrap_or("");
        let lower = fold_chars(surface);
        if !run.after_hyphen {
            first_cap = surface.chars().next().is_some_and(char::is_uppercase);
        }
        // A number, possibly written over several words.
        if let Some((token, used)) = number_at(text, &runs, i, &lower) {
            out.push(token);
            i += used;
            continue;
        }
        if lower == "%" {
            i += 1;
            continue;
        }
        let starts_digit = lower.chars().next().is_some_and(|c| c.is_ascii_digit());
        let (norm, kind, stop, negation) = if starts_digit {
            (lower.replace(',', ""), TokenKind::Number, false, false)
        } else {
            word_norm(surface, &lower)
        };
        out.push(Token {
            span: Span::new(run.start, run.end),
            norm,
            kind,
            capitalized: first_cap,
            stop,
            negation,
        });
        // `%` directly after a number reads as "percent".
        if text
            .get(run.end..)
            .is_some_and(|rest| rest.starts_with('%'))
        {
            out.push(percent_token(run.end));
        }
        i += 1;
    }
    out
}

fn percent_token(at: usize) -> Token {
    Token {
        span: Span::new(at, at + 1),
        norm: word_key("percent"),
        kind: TokenKind::Word,
        capitalized: false,
        stop: false,
        negation: false,
    }
}

/// Reads a number starting at run `i` (`first_lower` is that run folded by [`fold_chars`]):
/// digits, number words, and scale words after them. Returns the token and how many runs it
/// used.
fn number_at(text: &str, runs: &[Run], i: usize, first_lower: &str) -> Option<(Token, usize)> {
    // Only a number word or digits can start a number (a scale word needs a value before it).
    if numbers::small_word(first_lower).is_none() && numbers::digits(first_lower).is_none() {
        return None;
    }
    let mut acc = numbers::Accumulator::default();
    let mut used = 0;
    let mut last_small: Option<f64> = None;
    let mut last_was_digits = false;
    let mut end = 0;
    while let Some(run) = runs.get(i + used) {
        if used > 0
            && text
                .get(end..run.start)
                .is_some_and(|gap| gap.trim() != "" && gap != "-")
        {
            break;
        }
        let lower = if used == 0 {
            Cow::Borrowed(first_lower)
        } else {
            fold_chars(text.get(run.start..run.end).unwrap_or(""))
        };
        if let Some(mult) = numbers::scale_word(&lower) {
            if !acc.scale(mult) {
                break;
            }
            last_small = None;
            last_was_digits = false;
        } else if let Some(v) = numbers::small_word(&lower) {
            // "twenty five": a unit may follow a tens word; anything may follow a scale word.
            let follows = match last_small {
                None => !last_was_digits,
                Some(prev) => prev >= 20.0 && prev % 10.0 == 0.0 && v < 10.0 && v > 0.0,
            };
            if !follows || (used > 0 && last_small.is_none() && acc.is_empty()) {
                break;
            }
            acc.value(v);
            last_small = Some(v);
            last_was_digits = false;
        } else if let Some(v) = numbers::digits(&lower) {
            if used > 0 {
                break;
            }
            acc.value(v);
            last_was_digits = true;
        } else {
            break;
        }
        end = run.end;
        used += 1;
    }
    if used == 0 || acc.is_empty() {
        return None;
    }
    let first = runs.get(i)?;
    let mut token = Token {
        span: Span::new(first.start, end),
        norm: numbers::format_value(acc.result()),
        kind: TokenKind::Number,
        capitalized: false,
        stop: false,
        negation: false,
    };
    // A lone "one" is as often a pronoun as a count: keep it a number but a weak one.
    if used == 1 && first_lower == "one" {
        token.stop = true;
    }
    Some((token, used))
}

/// Lower-cases and folds curly apostrophes to straight ones (borrowed when nothing changes,
/// as for most words).
fn fold_chars(surface: &str) -> Cow<'_, str> {
    if surface.is_ascii() {
        return if surface.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(surface.to_ascii_lowercase())
        } else {
            Cow::Borrowed(surface)
        };
    }
    Cow::Owned(
        surface
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| {
                if matches!(c, '’' | '‘' | 'ʼ') {
                    '\''
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// Normal form of a word: (key, kind, stop, negation).
fn word_norm(surface: &str, lower: &str) -> (String, TokenKind, bool, bool) {
    // Acronyms: `U.S.`, `U.N.` → letters only, not stemmed; `US` (capitals) is not `us`.
    let letters = || -> String { lower.chars().filter(|c| c.is_alphanumeric()).collect() };
    let acronym = if lower.contains('.') {
        Some(letters())
    } else if surface.chars().any(char::is_uppercase) {
        let all_caps = surface.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && surface
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase());
        Some(letters()).filter(|l| all_caps && matches!(l.as_str(), "us" | "usa"))
    } else {
        None
    };
    if let Some(letters) = acronym {
        let key = match letters.as_str() {
            "us" | "usa" => "usa".to_owned(),
            _ => letters,
        };
        return (key, TokenKind::Word, false, false);
    }
    let negation = is_negation(lower);
    let base = if let Some(b) = lower.strip_suffix("n't") {
        b
    } else if let Some(b) = lower.strip_suffix("'s") {
        b
    } else {
        lower
    };
    let base: Cow<'_, str> = if base.contains('\'') {
        Cow::Owned(base.chars().filter(|&c| c != '\'').collect())
    } else {
        Cow::Borrowed(base)
    };
    let stop = negation || is_stop_word(&base) || (*base != *lower && is_stop_word(lower));
    (word_key(&base), TokenKind::Word, stop, negation)
}

/// True for a negation word (`not`, `no`, `never`, `nobody`, `didn't`…).
pub fn is_negation(lower: &str) -> bool {
    lower.ends_with("n't")
        || matches!(
            lower,
            "not" | "no" | "never" | "nobody" | "nothing" | "none" | "neither" | "nor" | "cannot"
        )
}

/// English function words: articles, pronouns, auxiliaries, prepositions, conjunctions.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "may",
    "might",
    "must",
    "shall",
    "its",
    "per",
    "via",
    "s",
    "t",
    "ca",
    "wo",
];

/// Verbs that attribute words to a speaker or source (`said`, `told`, `reported`…).
pub const REPORTING_VERBS: &[&str] = &[
    "added",
    "announced",
    "cited",
    "claimed",
    "confirmed",
    "declared",
    "explained",
    "insisted",
    "noted",
    "quoted",
    "reported",
    "reports",
    "said",
    "says",
    "stated",
    "told",
    "tweeted",
    "warned",
    "wrote",
];

/// True when a lower-case word is one of [`REPORTING_VERBS`] (kept sorted for this search; a
/// test checks it).
pub fn is_reporting_verb(lower: &str) -> bool {
    REPORTING_VERBS.binary_search(&lower).is_ok()
}

/// True when `lower` is an English function word.
pub fn is_stop_word(lower: &str) -> bool {
    // Sorted once, searched by bisection: this runs twice for every word of every tokenization.
    static SORTED: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut words = STOP_WORDS.to_vec();
        words.sort_unstable();
        words
    });
    SORTED.binary_search(&lower).is_ok()
}

/// Word-like runs with their byte offsets, for callers that need surface words: letters,
/// digits, inner apostrophes, inner `.`/`,` in numbers, and dotted acronyms (`U.S.`).
/// Hyphens split words.
pub fn words(text: &str) -> Vec<(usize, &str)> {
    runs(text)
        .into_iter()
        .map(|r| (r.start, text.get(r.start..r.end).unwrap_or("")))
        .collect()
}

/// Raw word runs. Hyphens and dashes split words; the part after records it.
fn runs(text: &str) -> Vec<Run> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut after_hyphen = false;
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    for (i, &(pos, c)) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(at);
        let next = at(i + 1);
        let inner = start.is_some()
            && match c {
                '\'' | '’' => {
                    prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic)
                }
                ',' => {
                    prev.is_some_and(|p| p.is_ascii_digit())
                        && next.is_some_and(|n| n.is_ascii_digit())
                }
                '.' => {
                    let digits = prev.is_some_and(|p| p.is_ascii_digit())
                        && next.is_some_and(|n| n.is_ascii_digit());
                    // U.S.: single letters separated by dots.
                    let acronym = prev.is_some_and(char::is_alphabetic)
                        && next.is_some_and(char::is_alphabetic)
                        && i.checked_sub(2)
                            .and_then(at)
                            .is_none_or(|pp| !pp.is_alphanumeric())
                        && at(i + 2).is_none_or(|nn| !nn.is_alphanumeric());
                    digits || acronym
                }
                _ => false,
            };
        if c.is_alphanumeric() || inner {
            if start.is_none() {
                start = Some(pos);
                after_hyphen = prev.is_some_and(|p| matches!(p, '-' | '‐' | '‑'))
                    && i.checked_sub(2)
                        .and_then(at)
                        .is_some_and(char::is_alphanumeric);
            }
        } else if let Some(s) = start.take() {
            // A dotted acronym keeps its final dot (`U.S.`).
            let end = if c == '.'
                && text.get(s..pos).is_some_and(|w| w.contains('.'))
                && !text
                    .get(s..pos)
                    .is_some_and(|w| w.chars().any(|ch| ch.is_ascii_digit()))
            {
                pos + 1
            } else {
                pos
            };
            out.push(Run {
                start: s,
                end,
                after_hyphen,
            });
        }
    }
    if let Some(s) = start {
        out.push(Run {
            start: s,
            end: text.len(),
            after_hyphen,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|t| t.norm).collect()
    }

    proptest::proptest! {
        /// Folding borrows or lower-cases ASCII by itself; the result is the character-wise
        /// folding's.
        #[test]
        fn folding_matches_char_by_char(s in "[a-zA-Z0-9'’‘ʼÉéİß.-]{0,8}") {
            let by_char: String = s
                .chars()
                .flat_map(char::to_lowercase)
                .map(|c| if matches!(c, '’' | '‘' | 'ʼ') { '\'' } else { c })
                .collect();
            let folded = fold_chars(&s);
            proptest::prop_assert_eq!(folded.as_ref(), by_char.as_str());
        }
    }

    #[test]
    fn reporting_verbs_are_sorted_for_bisection() {
        assert!(REPORTING_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_reporting_verb("said") && is_reporting_verb("wrote"));
        assert!(!is_reporting_verb("bridge"));
    }

    #[test]
    fn numbers_are_values() {
        assert_eq!(norms("5,000 people"), norms("5000 people"));
        assert_eq!(norms("five thousand people"), norms("5000 people"));
        assert_eq!(norms("2.5 million"), vec!["2500000"]);
        assert_eq!(norms("twenty-five"), vec!["25"]);
        assert_eq!(norms("the 80th anniversary")[1], "80");
        assert_eq!(norms("three hundred")[0], "300");
        let t = tokens("He paid $5,000.");
        assert_eq!(t.last().map(|t| t.kind), Some(TokenKind::Number));
        assert_eq!(
            t.last().map(|t| t.span.slice("He paid $5,000.")),
            Some("5,000")
        );
    }

    #[test]
    fn hyphens_split_and_keep_capitals() {
        assert_eq!(norms("Kim Jong-un"), norms("Kim Jong Un"));
        assert!(tokens("Jong-un").iter().all(|t| t.capitalized));
        assert_eq!(norms("pro-Kremlin"), norms("pro Kremlin"));
    }

    #[test]
    fn quotes_dashes_and_case() {
        assert_eq!(norms("Putin’s"), norms("putin's"));
        assert_eq!(norms("Putin's"), norms("Putin"));
        assert_eq!(norms("didn’t"), norms("didn't"));
        assert!(tokens("didn’t").iter().all(|t| t.negation && t.stop));
        assert_eq!(norms("war—and peace"), norms("war - and peace"));
    }

    #[test]
    fn acronyms() {
        assert_eq!(norms("U.S. forces"), norms("US forces"));
        assert_ne!(norms("US forces"), norms("us forces"));
        assert_eq!(tokens("the U.S. said").len(), 3);
        assert_eq!(norms("5,000 WORKERS"), norms("5000 workers"));
    }

    #[test]
    fn stop_words_and_spelling() {
        let t = tokens("The colour of the defence");
        assert!(t[0].stop && !t[1].stop);
        assert_eq!(
            norms("The colour of the defence"),
            norms("the color of the defense")
        );
    }

    #[test]
    fn odd_input_never_panics() {
        for s in [
            "", " ", "-", "'", "..", "U.", "5,", ",5", "%", "e\u{301}", "½", "٣", "a-", "-a", "’s",
        ] {
            let _ = tokens(s);
        }
        assert!(tokens("").is_empty());
    }
}
