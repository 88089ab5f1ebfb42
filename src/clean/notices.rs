//! Single-line rules for what an outlet adds around a story rather than in it: correction and
//! update notices, "X contributed to this report" lines, follow-the-author lines, embedded social
//! posts, photo credits glued to a caption, slideshow and gallery prompts. Like [`super::rules`],
//! each needs a short line and a shape news prose does not have.

use super::text::{self, word_count};
use crate::model::RemovalReason;

/// The reason `t` (with its comparison key `key`) is one of these notices, if it is.
pub(super) fn classify(t: &str, key: &str) -> Option<RemovalReason> {
    let words = word_count(t);
    [
        correction(t, key, words),
        contributor(key, words),
        follow_line(t, key, words),
        embedded_post(t, words),
        glued_credit(t, words),
        gallery_prompt(t, key, words),
    ]
    .into_iter()
    .flatten()
    .next()
}

/// `CORRECTION: An earlier version of this article…`, `Correction: June 5, 2019`, `This post
/// has been revised…`, `An earlier version of this story misstated…`, a lone `UPDATE:` label.
fn correction(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
    if words > 80 {
        return None;
    }
    let labelled = [
        "correction",
        "clarification",
        "editor's note",
        "editors note",
    ]
    .iter()
    .any(|l| {
        key.strip_prefix(l)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    });
    const OPENINGS: &[&str] = &[
        "an earlier version of this",
        "a previous version of this",
        "an earlier version of the",
        "this article has been",
        "this article was",
        "this story has been",
        "this story was",
        "this post has been",
        "this post was",
        "this report has been",
        "this report was",
    ];
    const CHANGES: &[&str] = &[
        "updated",
        "revised",
        "corrected",
        "amended",
        "misstated",
        "misspelled",
        "misidentified",
        "incorrectly",
        "erroneously",
        "mischaracterized",
        "misquoted",
    ];
    let about_this_text =
        OPENINGS.iter().any(|o| key.starts_with(o)) && CHANGES.iter().any(|c| key.contains(c));
    let bare_label = matches!(key, "update" | "updated" | "correction" | "clarification")
        && t.trim_end().ends_with(':');
    (labelled || about_this_text || bare_label).then_some(RemovalReason::CorrectionNotice)
}

/// `Jane Doe contributed to this report.`, `The Associated Press contributed reporting.`
fn contributor(key: &str, words: usize) -> Option<RemovalReason> {
    if words > 30 {
        return None;
    }
    let key = key.trim_end_matches(['.', ' ']);
    let ends = [
        "contributed to this report",
        "contributed to this story",
        "contributed to this article",
        "contributed reporting",
        "contributed additional reporting",
        "also contributed reporting",
        "contributed research",
    ]
    .iter()
    .any(|e| key.ends_with(e));
    let opens = key.starts_with("contributing reporting by") || key.starts_with("contributors:");
    (ends || opens).then_some(RemovalReason::Byline)
}

/// `Follow her on Twitter at @jdoe.`, `Follow Jane Doe on Twitter: @jdoe`, `You can follow him
/// @jdoe`: a short line asking to follow a person, naming a network or a handle.
fn follow_line(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
    if words > 20 {
        return None;
    }
    let key = key.strip_prefix("you can ").unwrap_or(key);
    if !key.starts_with("follow ") {
        return None;
    }
    let network = [
        "twitter",
        "facebook",
        "instagram",
        "tiktok",
        "threads",
        "bluesky",
        "mastodon",
        "x",
    ]
    .iter()
    .any(|n| key.split(|c: char| !c.is_alphanumeric()).any(|w| w == *n));
    (network || t.contains('@')).then_some(RemovalReason::SharePrompt)
}

/// An embedded social post left as a line: a `pic.twitter.com/…` link, or the embed's closing
/// `— Name (@handle) Month D, YYYY`.
fn embedded_post(t: &str, words: usize) -> Option<RemovalReason> {
    if words > 80 {
        return None;
    }
    if t.contains("pic.twitter.com/") {
        return Some(RemovalReason::EmbeddedPost);
    }
    let tail = t.trim_end();
    let dash = tail.rfind(['—', '–'])?;
    let sig = tail.get(dash..)?.trim_start_matches(['—', '–']).trim();
    let open = sig.find("(@")?;
    let close = sig.get(open..)?.find(')')? + open;
    let handle = sig.get(open + 2..close)?;
    let date = sig.get(close + 1..)?.trim();
    let handle_ok = !handle.is_empty()
        && handle.len() <= 30
        && handle
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_');
    let mut parts = date.split_whitespace();
    let month = parts
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_lowercase();
    let month_ok = crate::text::calendar::month_named(&month).is_some()
        || crate::text::calendar::month_abbreviated(&month).is_some();
    let year_ok = date
        .rsplit(' ')
        .next()
        .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    (handle_ok && month_ok && year_ok).then_some(RemovalReason::EmbeddedPost)
}

/// A caption whose credit was glued on when the page was flattened: `…at the
/// Capitol.CreditJane Doe/Reuters`, `…in 2019.Credit...Pool photo`.
fn glued_credit(t: &str, words: usize) -> Option<RemovalReason> {
    if words > 80 {
        return None;
    }
    let at = t.rfind("Credit")?;
    let before = t.get(..at)?;
    let after = t
        .get(at + "Credit".len()..)?
        .trim_start_matches(['.', '…', ' ']);
    let glued = before.ends_with(['.', '!', '?', ')', '"', '”']);
    let credit_shape = after.chars().next().is_some_and(char::is_uppercase)
        && word_count(after) <= 8
        && !text::ends_sentence(after);
    (glued && credit_shape).then_some(RemovalReason::Caption)
}

/// `Click through the slideshow…`, `See the photos:`, `View gallery`, `PHOTOS:`, `Scroll down
/// for video`: a short prompt to open pictures.
fn gallery_prompt(t: &str, key: &str, words: usize) -> Option<RemovalReason> {
    // A quotation ("See the pictures," she said) is story.
    if words > 15 || t.contains(['"', '“', '”']) {
        return None;
    }
    const VERBS: &[&str] = &[
        "click",
        "see",
        "view",
        "browse",
        "scroll",
        "take a look",
        "check out",
        "flip",
        "swipe",
    ];
    const OBJECTS: &[&str] = &[
        "slideshow",
        "slide show",
        "gallery",
        "photos",
        "pictures",
        "images",
        "photo gallery",
    ];
    let prompt = VERBS.iter().any(|v| key.starts_with(v))
        && OBJECTS.iter().any(|o| {
            key.split(['.', ',', ':', '!'])
                .next()
                .is_some_and(|c| c.contains(o))
        });
    let label = matches!(
        key.trim_end_matches([':', ' ']),
        "photos" | "slideshow" | "gallery" | "photo gallery" | "in pictures" | "see photos"
    );
    (prompt || label).then_some(RemovalReason::GalleryPrompt)
}
