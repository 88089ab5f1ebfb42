//! Rules for links the page carries (part of [`super`]): navigation, tag lists, related links.

use super::*;

pub(super) fn navigation(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
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

pub(super) fn tags(key: &str, words: usize) -> Option<RemovalReason> {
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

pub(super) fn related_link(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
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
    if (labelled_like && crate::clean::labels::related_label(&lower)) || EXACT.contains(&key) {
        return Some(reason::RELATED_LINK);
    }
    let arrow_end = t.trim_end().ends_with(['»', '›', '→']) || t.trim_end().ends_with(">>");
    (arrow_end && words <= 12).then_some(reason::RELATED_LINK)
}
