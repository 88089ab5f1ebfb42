//! Rules for reader prompts and notices (part of [`super`]): comment forms, advertisement
//! labels, copyright lines, share prompts with the social networks they name, newsletter
//! sign-ups.

use super::*;

pub(super) fn comment_form(key: &str, words: usize) -> Option<RemovalReason> {
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

pub(super) fn advertisement(key: &str, words: usize) -> Option<RemovalReason> {
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

pub(super) fn copyright(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
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
pub(super) const SOCIAL: &[&str] = &[
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

pub(super) const SOCIAL_STRONG: &[&str] = &[
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

pub(super) fn share_prompt(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
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

pub(super) fn newsletter(key: &str, words: usize) -> Option<RemovalReason> {
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
