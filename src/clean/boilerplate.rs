//! Boilerplate in context: runs the single-line rules of [`super::rules`] and the rules that
//! need neighbours: "Recommended stories"-style blocks with the headlines listed under them,
//! comment-form fields after a comment heading, and headlines of other stories inserted in the
//! text (a line entirely in capitals after the story has begun, or a repeat of a listed
//! related headline).

use super::Verdict;
use super::markup::LineKind;
use super::paragraphs::Line;
use super::rules::{self, reason};
use super::text::{self, label_key, word_count};
use crate::model::RemovalReason;

/// Most lines taken as items of one related-stories block.
const MAX_BLOCK_ITEMS: usize = 15;

/// Headings that open a list of links to other stories.
const BLOCK_HEADINGS: &[&str] = &[
    "related",
    "related stories",
    "related articles",
    "related content",
    "related news",
    "related posts",
    "related coverage",
    "related links",
    "related reading",
    "related videos",
    "recommended",
    "recommended stories",
    "recommended articles",
    "recommended for you",
    "recommended reading",
    "recommended videos",
    "more stories",
    "more news",
    "more articles",
    "more headlines",
    "more to explore",
    "more coverage",
    "more on this story",
    "more on this topic",
    "more like this",
    "top stories",
    "top news",
    "top headlines",
    "latest stories",
    "latest news",
    "latest headlines",
    "latest",
    "most read",
    "most popular",
    "most viewed",
    "most shared",
    "popular now",
    "popular stories",
    "popular",
    "trending",
    "trending now",
    "trending stories",
    "you may also like",
    "you might also like",
    "you may also be interested in",
    "you might also be interested in",
    "you may be interested in",
    "you might be interested in",
    "also read",
    "read also",
    "read more",
    "read next",
    "what to read next",
    "further reading",
    "see also",
    "editor's picks",
    "editors' picks",
    "editors picks",
    "don't miss",
    "must read",
    "must reads",
    "in case you missed it",
    "around the web",
    "from the web",
    "from around the web",
    "sponsored stories",
    "promoted stories",
    "more from our network",
    "read this next",
    "keep reading",
    "related topics",
    "other stories",
    "elsewhere",
    "in other news",
];

/// Prefixes of block headings naming a section or outlet: "More from Reuters", "More in Asia".
const BLOCK_PREFIXES: &[&str] = &[
    "more from ",
    "more stories from ",
    "more news from ",
    "more in ",
    "more on ",
    "more about ",
    "latest from ",
    "latest in ",
    "top stories in ",
    "most read in ",
];

/// True for a line that heads a related-stories block.
pub fn is_block_heading(line: &Line) -> bool {
    let t = line.text.as_str();
    let words = word_count(t);
    if words > 8 || text::ends_sentence(t) && !t.trim_end().ends_with(':') {
        return false;
    }
    let key = label_key(t);
    BLOCK_HEADINGS.contains(&key.as_str())
        || (words <= 6 && BLOCK_PREFIXES.iter().any(|p| key.starts_with(p)))
}

/// True when the line ends with a period or exclamation mark (a finished statement).
fn ends_statement(t: &str) -> bool {
    text::ends_sentence(t)
        && !t
            .trim_end()
            .trim_end_matches(['"', '\'', '”', '’', ')'])
            .ends_with('?')
}

/// True for a line that can be a listed headline: a list item, or a short line that does not
/// end as a statement.
fn is_listed_headline(line: &Line) -> bool {
    line.kind == LineKind::ListItem && word_count(&line.text) <= 40
        || word_count(&line.text) <= 25 && !ends_statement(&line.text)
}

/// True for a line of story prose: a finished sentence of some length.
pub fn is_story_sentence(line: &Line) -> bool {
    line.kind == LineKind::Text && text::ends_sentence(&line.text) && word_count(&line.text) >= 6
}

/// Marks every boilerplate line still kept in `verdicts`.
pub fn mark(lines: &[Line], verdicts: &mut [Verdict]) {
    let mut story_seen = false;
    let mut comment_zone = false;
    let mut listed: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        let Some(Verdict::Keep) = verdicts.get(i) else {
            i += 1;
            continue;
        };
        let t = line.text.as_str();
        if is_block_heading(line) {
            set(verdicts, i, reason::RELATED_STORIES);
            i = mark_block(lines, verdicts, i + 1, &mut listed);
            continue;
        }
        let drop = if comment_zone && word_count(t) <= 6 && !text::ends_sentence(t) {
            // Fields of a comment form: "Name *", "Email *", "Website".
            Some(reason::COMMENT_FORM)
        } else if let Some(r) = rules::classify(line) {
            Some(r)
        } else if story_seen && is_inserted_caps(line) {
            Some(reason::INSERTED_HEADLINE)
        } else {
            None
        };
        match drop {
            Some(r) => {
                comment_zone |= r == reason::COMMENT_FORM;
                set(verdicts, i, r);
            }
            None if is_story_sentence(line) => {
                story_seen = true;
                comment_zone = false;
            }
            None => {}
        }
        i += 1;
    }
    // The headlines a related block listed, when they also appear alone in the text.
    if listed.is_empty() {
        return;
    }
    for (line, verdict) in lines.iter().zip(verdicts.iter_mut()) {
        if matches!(verdict, Verdict::Keep) && word_count(&line.text) >= 3 {
            let key = text::key(&line.text);
            if listed.contains(&key) {
                *verdict = Verdict::Drop(reason::INSERTED_HEADLINE);
            }
        }
    }
}

/// Marks the items under a block heading from `start`; returns the index after the block.
fn mark_block(
    lines: &[Line],
    verdicts: &mut [Verdict],
    start: usize,
    listed: &mut Vec<String>,
) -> usize {
    let mut i = start;
    let mut taken = 0;
    while let Some(line) = lines.get(i) {
        if taken >= MAX_BLOCK_ITEMS {
            break;
        }
        if !matches!(verdicts.get(i), Some(Verdict::Keep)) {
            i += 1;
            continue;
        }
        if let Some(r) = rules::classify(line) {
            // Furniture after the list ("Share this article") keeps its own reason.
            set(verdicts, i, r);
            i += 1;
            continue;
        }
        if !is_listed_headline(line) || is_block_heading(line) {
            break;
        }
        set(verdicts, i, reason::RELATED_STORIES);
        listed.push(text::key(&line.text));
        taken += 1;
        i += 1;
    }
    i
}

/// A headline in capitals in the middle of a story: at least three words and eight capital
/// letters, no lower-case letter, not ending as a sentence.
fn is_inserted_caps(line: &Line) -> bool {
    let t = line.text.as_str();
    word_count(t) >= 3 && text::is_all_caps(t, 8) && !ends_statement(t)
}

fn set(verdicts: &mut [Verdict], i: usize, reason: RemovalReason) {
    if let Some(v) = verdicts.get_mut(i) {
        *v = Verdict::Drop(reason);
    }
}
