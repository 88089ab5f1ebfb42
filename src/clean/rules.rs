//! Single-line boilerplate rules. Each looks at one candidate paragraph on its own and says why
//! it is not story text, or nothing. They match the shapes page furniture takes across outlets
//! (labels, prompts, credits), never the wording of a story sentence: every rule requires a
//! short line and a form a sentence of news prose does not have.

use super::markup::LineKind;
use super::paragraphs::Line;
use super::text::{self, label_key, word_count};
use crate::model::RemovalReason;
use regex::Regex;
use std::sync::LazyLock;

/// Reasons recorded in [`crate::model::Removed`], by their rule's name.
pub mod reason {
    use crate::model::RemovalReason;

    /// Comment forms and comment counts.
    pub const COMMENT_FORM: RemovalReason = RemovalReason::CommentForm;
    /// "Recommended stories" blocks and their items.
    pub const RELATED_STORIES: RemovalReason = RemovalReason::RelatedStories;
    /// "Related article: …", "Read more: …" lines.
    pub const RELATED_LINK: RemovalReason = RemovalReason::RelatedLink;
    /// A headline of another story inserted in the text.
    pub const INSERTED_HEADLINE: RemovalReason = RemovalReason::InsertedHeadline;
    /// Image captions.
    pub const CAPTION: RemovalReason = RemovalReason::Caption;
    /// Photo credits.
    pub const PHOTO_CREDIT: RemovalReason = RemovalReason::PhotoCredit;
    /// Share, follow and app prompts.
    pub const SHARE_PROMPT: RemovalReason = RemovalReason::SharePrompt;
    /// Newsletter and subscription prompts.
    pub const NEWSLETTER: RemovalReason = RemovalReason::Newsletter;
    /// Advertisement markers.
    pub const ADVERTISEMENT: RemovalReason = RemovalReason::Advertisement;
    /// Copyright notices.
    pub const COPYRIGHT: RemovalReason = RemovalReason::Copyright;
    /// Page navigation.
    pub const NAVIGATION: RemovalReason = RemovalReason::Navigation;
    /// Tag and topic lists.
    pub const TAGS: RemovalReason = RemovalReason::Tags;
    /// Lines without letters or digits.
    pub const SEPARATOR: RemovalReason = RemovalReason::Separator;
    /// Bare URLs and "Original url:" lines.
    pub const URL: RemovalReason = RemovalReason::Url;
    /// The headline.
    pub const TITLE: RemovalReason = RemovalReason::Title;
    /// The headline again.
    pub const REPEATED_TITLE: RemovalReason = RemovalReason::RepeatedTitle;
    /// Author lines and reporting credits.
    pub const BYLINE: RemovalReason = RemovalReason::Byline;
    /// Date stamps.
    pub const DATE_LINE: RemovalReason = RemovalReason::DateLine;
    /// A wire dateline such as `MOSCOW (Reuters) -`.
    pub const DATELINE: RemovalReason = RemovalReason::Dateline;
    /// Correction and update notices about the article itself.
    pub const CORRECTION_NOTICE: RemovalReason = RemovalReason::CorrectionNotice;
    /// An embedded social-media post.
    pub const EMBEDDED_POST: RemovalReason = RemovalReason::EmbeddedPost;
    /// Slideshow and gallery prompts.
    pub const GALLERY_PROMPT: RemovalReason = RemovalReason::GalleryPrompt;
}

fn re(pattern: &str) -> Option<Regex> {
    Regex::new(pattern).ok()
}

fn matches(re: &LazyLock<Option<Regex>>, s: &str) -> bool {
    re.as_ref().is_some_and(|r| r.is_match(s))
}

// Cheap tests that each hold whenever the expression after them matches, so that the expression
// is compiled and run only for lines that could match: compiling all of them took ~12 million
// instructions of every run, while most articles have no line that needs them.

/// The leading run of ASCII letters and apostrophes: the first word of a lower-case line.
fn first_word(lower: &str) -> &str {
    let end = lower
        .find(|c: char| !(c.is_ascii_alphabetic() || c == '\''))
        .unwrap_or(lower.len());
    lower.get(..end).unwrap_or("")
}

/// Whether `s` holds one of the separators the related-link label needs after the label.
fn has_link_separator(s: &str) -> bool {
    s.contains([':', '|', '»', '›', '>', '–', '—', '-'])
}

/// Whether `s` holds one of the separators (or the `by`) a caption label needs after the label.
fn has_caption_separator(s: &str) -> bool {
    s.contains([':', '|', '/', '–', '—', '-']) || s.contains("by")
}

/// The reason a line is boilerplate on its own, if it is.
pub fn classify(line: &Line) -> Option<RemovalReason> {
    let t = line.text.as_str();
    if !t.chars().any(char::is_alphanumeric) {
        return Some(reason::SEPARATOR);
    }
    if line.kind == LineKind::Image {
        return Some(reason::CAPTION);
    }
    let words = word_count(t);
    let key = label_key(t);
    [
        comment_form(&key, words),
        advertisement(&key, words),
        copyright(t, &key, words),
        share_prompt(t, &key, words),
        newsletter(&key, words),
        navigation(t, &key, words),
        tags(&key, words),
        related_link(t, &key, words),
        credit_or_caption(t, &key, words),
        reporting_credit(&key, words),
        super::notices::classify(t, &key),
    ]
    .into_iter()
    .flatten()
    .next()
}

fn comment_form(key: &str, words: usize) -> Option<RemovalReason> {
    const EXACT: &[&str] = &[
        "comments",
        "comment",
        "show comments",
        "view comments",
        "load comments",
        "hide comments",
        "read comments",
        "cancel reply",
        "post comment",
        "submit comment",
        "reply",
        "join the conversation",
        "join the discussion",
        "discussion",
        "conversation",
        "comment policy",
        "comments policy",
    ];
    const PREFIX: &[&str] = &[
        "leave a reply",
        "leave a comment",
        "post a comment",
        "add a comment",
        "add your comment",
        "write a comment",
        "your email address will not be published",
        "your email will not be published",
        "required fields are marked",
        "comments are closed",
        "save my name, email",
        "notify me of follow-up comments",
        "notify me of new posts",
        "you must be logged in to post a comment",
        "log in to comment",
        "sign in to comment",
        "be the first to comment",
        "comments are moderated",
    ];
    static COUNT: LazyLock<Option<Regex>> = LazyLock::new(|| {
        re(
            r"^(?:\d+\s+(?:comments?|responses?|replies)\b.{0,80}|(?:comments?|responses?)\s*\(\d+\))$",
        )
    });
    if words > 25 {
        return None;
    }
    // COUNT needs a number or "comment"/"response" first, and a comment word somewhere.
    let count_like = (key.starts_with(char::is_numeric)
        || key.starts_with("comment")
        || key.starts_with("response"))
        && (key.contains("comment") || key.contains("response") || key.contains("replies"));
    let hit = EXACT.contains(&key)
        || PREFIX.iter().any(|p| key.starts_with(p))
        || (count_like && matches(&COUNT, key));
    hit.then_some(reason::COMMENT_FORM)
}

fn advertisement(key: &str, words: usize) -> Option<RemovalReason> {
    const EXACT: &[&str] = &[
        "advertisement",
        "advertisements",
        "advert",
        "ad",
        "sponsored",
        "sponsored content",
        "paid content",
        "paid post",
        "promoted content",
        "partner content",
        "story continues below",
        "article continues below",
        "content continues below",
        "continue reading below",
        "scroll to continue with content",
    ];
    if words > 8 {
        return None;
    }
    let hit = EXACT.contains(&key)
        || key.starts_with("advertisement")
        || key.ends_with("continues below advertisement")
        || key.ends_with("continues after advertisement");
    hit.then_some(reason::ADVERTISEMENT)
}

fn copyright(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
    static PREFIX: LazyLock<Option<Regex>> = LazyLock::new(|| {
        re(r"^(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?(?:\d{4}|\(c\)|by\b|the\b|[^a-z\s]))")
    });
    if words > 40 {
        return None;
    }
    let prefix_like =
        key.starts_with('©') || key.starts_with("(c)") || key.starts_with("copyright");
    let hit = (prefix_like && matches(&PREFIX, key))
        || key.contains("all rights reserved")
        || key.contains("may not be published, broadcast, rewritten")
        || t.trim_start().starts_with('©');
    hit.then_some(reason::COPYRIGHT)
}

/// Words a row of share buttons is made of.
const SOCIAL: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "email",
    "e-mail",
    "mail",
    "linkedin",
    "reddit",
    "telegram",
    "pinterest",
    "print",
    "share",
    "shares",
    "tweet",
    "copy",
    "link",
    "copied",
    "messenger",
    "flipboard",
    "pocket",
    "bluesky",
    "threads",
    "sms",
    "this",
    "article",
    "story",
    "page",
    "on",
    "via",
    "url",
    "save",
    "gift",
    "or",
    "and",
];

const SOCIAL_STRONG: &[&str] = &[
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "reddit",
    "telegram",
    "pinterest",
    "share",
    "tweet",
    "print",
    "email",
    "e-mail",
    "messenger",
    "flipboard",
    "bluesky",
];

fn share_prompt(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
    if words > 25 {
        return None;
    }
    let tokens: Vec<String> = t
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | '/' | ','))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if !tokens.is_empty()
        && tokens.len() <= 14
        && tokens.iter().all(|w| SOCIAL.contains(&w.as_str()))
        && tokens.iter().any(|w| SOCIAL_STRONG.contains(&w.as_str()))
    {
        return Some(reason::SHARE_PROMPT);
    }
    const PREFIX: &[&str] = &[
        "share this",
        "share on ",
        "share via",
        "share:",
        "share the article",
        "share the story",
        "click to share",
        "tweet this",
        "follow us",
        "follow me on",
        "follow @",
        "follow our",
        "like us on",
        "find us on",
        "connect with us",
        "join us on",
        "join our",
        "download the ",
        "download our",
        "get the app",
        "get our app",
        "listen to this article",
        "listen to this story",
        "click here",
        "tap here",
        "send us your",
        "got a tip",
        "have a tip",
        "contact us",
    ];
    const TOPIC: &[&str] = &[
        "facebook",
        "twitter",
        "instagram",
        "whatsapp",
        "telegram",
        "linkedin",
        "tiktok",
        "youtube",
        "app",
        "newsletter",
        "channel",
        "google news",
        "@",
        "share",
        "tip",
        "podcast",
        "listen",
        "email",
    ];
    let prompt = PREFIX.iter().any(|p| key.starts_with(p))
        && words <= 20
        && (!text::ends_sentence(t) || TOPIC.iter().any(|w| key.contains(w)));
    prompt.then_some(reason::SHARE_PROMPT)
}

fn newsletter(key: &str, words: usize) -> Option<RemovalReason> {
    if words > 35 {
        return None;
    }
    const PREFIX: &[&str] = &[
        "subscribe",
        "sign up",
        "sign-up",
        "get the latest",
        "get our",
        "get breaking news",
        "get news alerts",
        "don't miss",
        "stay informed",
        "stay up to date",
        "stay updated",
        "want more",
        "enter your email",
        "by signing up",
        "by subscribing",
        "by clicking",
        "thank you for subscribing",
        "thanks for subscribing",
        "thanks for signing up",
        "already a subscriber",
        "already have an account",
        "become a member",
        "become a subscriber",
        "support our journalism",
        "support independent journalism",
        "this article is for subscribers",
        "this content is for subscribers",
        "to continue reading",
        "create a free account",
        "register now",
        "receive our",
    ];
    const TOPIC: &[&str] = &[
        "newsletter",
        "inbox",
        "email",
        "e-mail",
        "subscri",
        "sign up",
        "alert",
        "update",
        "app",
        "podcast",
        "account",
        "member",
        "journalism",
        "briefing",
        "digest",
        "headlines",
        "notification",
        "free",
        "register",
        "login",
        "log in",
        "sign in",
    ];
    let imperative = PREFIX.iter().any(|p| {
        key.strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || !rest.starts_with(|c: char| c.is_alphabetic()))
    });
    let about_signing_up = words <= 3 || TOPIC.iter().any(|w| key.contains(w));
    (imperative && about_signing_up).then_some(reason::NEWSLETTER)
}

fn navigation(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
    const EXACT: &[&str] = &[
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "menu",
        "main menu",
        "open menu",
        "close menu",
        "search",
        "home",
        "close",
        "back to top",
        "toggle navigation",
        "log in",
        "login",
        "sign in",
        "next article",
        "previous article",
        "next story",
        "previous story",
        "next post",
        "previous post",
    ];
    if EXACT.contains(&key) {
        return Some(reason::NAVIGATION);
    }
    let arrows = t.matches(['›', '>', '»']).count();
    let breadcrumb = words <= 12 && arrows >= 2 && !text::ends_with_terminal(t);
    let home_path = key.starts_with("home /") || key.starts_with("home >");
    (breadcrumb || home_path).then_some(reason::NAVIGATION)
}

fn tags(key: &str, words: usize) -> Option<RemovalReason> {
    const PREFIX: &[&str] = &[
        "tags:",
        "tagged:",
        "tagged with:",
        "topics:",
        "filed under:",
        "categories:",
        "category:",
        "keywords:",
        "more about:",
        "related topics:",
    ];
    (words <= 40 && PREFIX.iter().any(|p| key.starts_with(p))).then_some(reason::TAGS)
}

fn related_link(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
    const EXACT: &[&str] = &[
        "read more",
        "continue reading",
        "read full article",
        "read the full article",
        "read the full story",
        "full story",
        "click to read more",
        "view more",
        "see more",
        "load more",
        "show more",
        "more",
    ];
    if words > 30 {
        return None;
    }
    let lower = t.trim().to_lowercase().replace('’', "'");
    const LABEL_WORDS: &[&str] = &[
        "related",
        "read",
        "also",
        "see",
        "more",
        "watch",
        "video",
        "listen",
        "must",
        "don't",
        "explore",
        "in",
        "recommended",
        "further",
        "opinion",
        "analysis",
        "explainer",
        "previously",
    ];
    let labelled_like = LABEL_WORDS.contains(&first_word(&lower)) && has_link_separator(&lower);
    if (labelled_like && super::labels::related_label(&lower)) || EXACT.contains(&key) {
        return Some(reason::RELATED_LINK);
    }
    let arrow_end = t.trim_end().ends_with(['»', '›', '→']) || t.trim_end().ends_with(">>");
    (arrow_end && words <= 12).then_some(reason::RELATED_LINK)
}

/// Names of photo agencies and words that appear in photo credits.
const CREDIT_TOKENS: &[&str] = &[
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

fn has_credit_token(key: &str) -> bool {
    let padded = format!(" {key} ");
    CREDIT_TOKENS
        .iter()
        .any(|tok| padded.contains(&format!(" {tok} ")))
}

/// True for text that reads as a photo credit: `AP Photo/Evan Vucci`, `AFP via Getty Images`,
/// `(Getty Images)`, `© Reuters`, `Kremlin Press Service/Handout`.
fn is_credit(t: &str) -> bool {
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

fn credit_or_caption(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
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

fn reporting_credit(key: &str, words: usize) -> Option<RemovalReason> {
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
