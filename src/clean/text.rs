//! Small text predicates shared by the cleaning rules: word counts, terminal punctuation, case,
//! normalised comparison keys, URLs and domains.

/// Number of white-space separated words.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Closing quotes and brackets that may follow a sentence's final punctuation.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '*' | '_'
    )
}

/// True when the text ends a sentence: `.`, `!`, `?`, `…` or `:`/`;`, possibly followed by
/// closing quotes or brackets.
pub fn ends_with_terminal(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches(is_closer);
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// True when the text ends with `.`, `!`, `?` or `…` (a finished sentence, not a label).
pub fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end().trim_end_matches(is_closer);
    t.ends_with(['.', '!', '?', '…'])
}

/// The first alphanumeric character of the text, skipping quotes, brackets and dashes.
pub fn first_alnum(s: &str) -> Option<char> {
    s.chars().find(|c| c.is_alphanumeric())
}

/// True when the first letter or digit is a lower-case letter.
pub fn starts_lowercase(s: &str) -> bool {
    first_alnum(s).is_some_and(char::is_lowercase)
}

/// True when the text has at least `min_letters` letters and none of them is lower case.
pub fn is_all_caps(s: &str, min_letters: usize) -> bool {
    let mut upper = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            upper += 1;
        }
    }
    upper >= min_letters
}

/// A comparison key: lower-case words of letters and digits joined by single spaces.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The line lower-cased, trimmed, without trailing `:`/`.`/`»` and similar, for matching labels.
pub fn label_key(s: &str) -> String {
    s.trim()
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | '.' | '»' | '›' | '>' | '|' | '-' | '—' | '–')
        })
        .to_lowercase()
        .replace(['’', '‘'], "'")
}

/// The URL the whole text is, if it is one: `https://…`, `http://…`, `www.…`, in angle
/// brackets or not, and the detokenised form `http: / / www. site. com / …` found in corpora.
pub fn as_url(s: &str) -> Option<String> {
    let t = s
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim();
    let lower = t.to_ascii_lowercase();
    let compact: String;
    let candidate =
        if (lower.starts_with("http: /") || lower.starts_with("https: /")) && t.contains(" / ") {
            compact = t.split_whitespace().collect();
            compact.as_str()
        } else {
            t
        };
    if candidate.chars().any(char::is_whitespace) {
        return None;
    }
    let lower = candidate.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .or_else(|| lower.strip_prefix("www.").map(|_| lower.as_str()))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if is_domain(host) {
        Some(candidate.to_owned())
    } else {
        None
    }
}

/// True for a host name such as `kremlin.ru` or `www.themoscowtimes.com`: labels of letters,
/// digits and hyphens separated by dots, ending in an alphabetic top-level label.
pub fn is_domain(s: &str) -> bool {
    let s = s.trim_end_matches('/');
    let labels: Vec<&str> = s.split('.').collect();
    if labels.len() < 2 || s.len() > 253 {
        return false;
    }
    let tld = labels.last().copied().unwrap_or("");
    if !(2..=12).contains(&tld.len()) || !tld.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    labels.iter().all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !l.starts_with('-')
    })
}

/// The host of a URL without `www.`, lower case: `https://www.example.com/a` → `example.com`.
pub fn domain_of(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or("");
    let host = host.strip_prefix("www.").unwrap_or(host);
    if is_domain(host) {
        Some(host.to_owned())
    } else {
        None
    }
}

/// True when the character is a letter or digit, or a mark that words carry inside them.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_punctuation() {
        assert!(ends_with_terminal("He left."));
        assert!(ends_with_terminal("“We will win.”"));
        assert!(ends_with_terminal("He said:"));
        assert!(!ends_with_terminal("taken by the"));
        assert!(ends_sentence("Really?"));
        assert!(!ends_sentence("He said:"));
    }

    #[test]
    fn urls() {
        assert_eq!(
            as_url("<https://www.example.com/a/b>").as_deref(),
            Some("https://www.example.com/a/b")
        );
        assert_eq!(
            as_url("http: / / www. ocregister. com / angels / x. html").as_deref(),
            Some("http://www.ocregister.com/angels/x.html")
        );
        assert_eq!(as_url("See https://example.com for more"), None);
        assert_eq!(as_url("https://localhost"), None);
        assert_eq!(
            domain_of("https://www.themoscowtimes.com/2025/08/13/x").as_deref(),
            Some("themoscowtimes.com")
        );
        assert!(is_domain("kremlin.ru"));
        assert!(!is_domain("U.S."));
        assert!(!is_domain("Jong-un."));
    }

    #[test]
    fn keys_and_case() {
        assert_eq!(key("Kim Jong-un, pledges!"), "kim jong un pledges");
        assert!(is_all_caps("ZELENSKY TOUTS ERDOGAN’S SUPPORT", 8));
        assert!(!is_all_caps("NATO said", 3));
        assert!(starts_lowercase("“and then"));
        assert!(!starts_lowercase("Russian leadership"));
    }
}
