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

mod credits;
mod links;
mod prompts;

use credits::*;
use links::*;
use prompts::*;

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
