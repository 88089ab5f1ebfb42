//! Rules for credits (part of [`super`]): photo credits and captions (agency names and credit
//! words), reporting credits (`Reporting by`, `Editing by`).

use super::*;

/// Names of photo agencies and words that appear in photo credits.
pub(super) const CREDIT_TOKENS: &[&str] = &[
    "getty images",
    "getty",
    "ap photo",
    "afp",
    "reuters",
    "epa",
    "epa-efe",
    "efe",
    "shutterstock",
    "alamy",
    "xinhua",
    "tass",
    "sputnik",
    "ria novosti",
    "yonhap",
    "kcna",
    "handout",
    "file photo",
    "pool",
    "bloomberg",
    "anadolu",
    "dpa",
    "istock",
    "istockphoto",
    "unsplash",
    "pexels",
    "wikimedia commons",
    "wikimedia",
    "courtesy",
    "press service",
    "ap",
    "pa",
    "nurphoto",
    "sopa images",
    "imago",
    "zuma",
    "zuma press",
    "abaca",
    "lightrocket",
];

pub(super) fn has_credit_token(key: &str) -> bool {
    let padded = format!(" {key} ");
    CREDIT_TOKENS
        .iter()
        .any(|tok| padded.contains(&format!(" {tok} ")))
}

/// True for text that reads as a photo credit: `AP Photo/Evan Vucci`, `AFP via Getty Images`,
/// `(Getty Images)`, `© Reuters`, `Kremlin Press Service/Handout`.
pub(super) fn is_credit(t: &str) -> bool {
    let inner = t.trim();
    let parenthesised = inner.starts_with('(') && inner.ends_with(')');
    let inner = inner.trim_matches(|c| c == '(' || c == ')').trim();
    let key = text::key(inner);
    if key.is_empty() || word_count(inner) > 10 || text::ends_sentence(inner) {
        return false;
    }
    if !has_credit_token(&key) {
        return false;
    }
    let names_only = inner.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.is_empty()
            || w.chars().next().is_some_and(|c| !c.is_lowercase())
            || matches!(w, "via" | "for" | "and" | "by" | "de" | "van" | "von")
    });
    let shaped = parenthesised
        || inner.contains('/')
        || inner.starts_with('©')
        || key.starts_with("photo")
        || CREDIT_TOKENS.contains(&key.as_str())
        || key.contains("getty images")
        || key.contains("ap photo")
        || key.contains("handout")
        || key.contains("pool photo");
    names_only && shaped
}

pub(super) fn credit_or_caption(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
    static LABEL: LazyLock<Option<Regex>> = LazyLock::new(|| {
        re(
            r"^(?:photo(?:graph)?s?|image|picture|pic|caption|illustration|graphic|file\s+photo|photo\s+illustration|(?:main|top|header|featured|lead)\s+image|(?:photo|image|picture)\s+(?:credit|source)s?|credits?|source\s+image)\s*(?:\bby\b|:|\||/|–|—|\s-\s)",
        )
    });
    static TRAILING_LABEL: LazyLock<Option<Regex>> = LazyLock::new(|| {
        re(
            r"(?:\||—|–|\s-\s|\.|,)\s*(?:photo(?:graph)?|image|picture|credit)s?\s*(?::|\bby\b)\s*[^.!?]{1,80}$",
        )
    });
    if words > 60 {
        return None;
    }
    let lower = t.trim().to_lowercase();
    const LABEL_STARTS: &[&str] = &[
        "photo",
        "image",
        "pic",
        "caption",
        "illustration",
        "graphic",
        "file",
        "main",
        "top",
        "header",
        "featured",
        "lead",
        "credit",
        "source",
    ];
    let label_like =
        LABEL_STARTS.iter().any(|w| lower.starts_with(w)) && has_caption_separator(&lower);
    let by_form = label_like
        .then(|| LABEL.as_ref())
        .flatten()
        .and_then(|r| r.find(&lower))
        .map(|m| m.as_str().trim_end().ends_with("by"));
    // "Pictures by drone showed …" is a sentence; "Photo by Jane Doe" is not.
    if by_form.is_some_and(|by| !(by && text::ends_sentence(t))) {
        let credit_label = lower.starts_with("credit")
            || lower.contains("credit")
                && lower.find("credit") < lower.find(':').or(Some(usize::MAX));
        return Some(if credit_label || words <= 6 {
            reason::PHOTO_CREDIT
        } else {
            reason::CAPTION
        });
    }
    if words <= 10 && is_credit(t) {
        return Some(reason::PHOTO_CREDIT);
    }
    // A caption ending in a credit: "… in Moscow. (Photo by A. B./AFP via Getty Images)".
    let trimmed = t.trim_end();
    if words <= 50
        && trimmed.ends_with(')')
        && let Some(open) = trimmed.rfind('(')
    {
        let credit = trimmed.get(open..).unwrap_or("");
        let ck = text::key(credit);
        let photo_word = [
            "photo",
            "getty",
            "images",
            "shutterstock",
            "handout",
            "pool",
            "credit",
        ]
        .iter()
        .any(|w| ck.split(' ').any(|x| x == *w))
            || credit.contains('/')
            || credit.contains('©');
        if photo_word && is_credit(credit) && open > 0 {
            return Some(reason::CAPTION);
        }
    }
    let trailing_like = ["photo", "image", "picture", "credit"]
        .iter()
        .any(|w| lower.contains(w));
    if words <= 50 && trailing_like && matches(&TRAILING_LABEL, &lower) {
        return Some(reason::CAPTION);
    }
    // A short line ending in a source domain: "Vladimir Putin and Kim Jong-un. kremlin.ru".
    let last = trimmed.split_whitespace().last().unwrap_or("");
    let last_clean = last.trim_matches(|c| c == '(' || c == ')');
    if (2..=40).contains(&words) && text::is_domain(last_clean) && !last.ends_with('.') {
        let before = trimmed
            .get(..trimmed.len() - last.len())
            .unwrap_or("")
            .trim_end();
        if before.ends_with(['.', '|', '/', '—', '–', '-', ':', '(', ',']) {
            return Some(reason::CAPTION);
        }
    }
    let _ = key;
    None
}

pub(super) fn reporting_credit(key: &str, words: usize) -> Option<RemovalReason> {
    const PREFIX: &[&str] = &[
        "reporting by",
        "additional reporting by",
        "with reporting by",
        "writing by",
        "editing by",
        "compiled by",
        "(reporting by",
        "(additional reporting",
        "(writing by",
        "(editing by",
        "contributing:",
    ];
    (words <= 40 && PREFIX.iter().any(|p| key.starts_with(p))).then_some(reason::BYLINE)
}
