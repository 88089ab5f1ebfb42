//! Cleaning: separates the story from what is not the story (comment forms, related-story
//! blocks, captions, share prompts, bare URLs, repeated titles), repairs paragraphs a scrape broke
//! mid-sentence, and reads metadata. Every dropped piece is kept with its reason.
//!
//! The stages, in order: [`paragraphs`] finds paragraph boundaries (joining hard-wrapped lines)
//! with [`markup`] reducing leftover Markdown; [`meta`] takes URL, date and byline lines;
//! [`boilerplate`] (with the one-line [`rules`]) marks page furniture; [`meta`] picks the title
//! and cuts a wire dateline; [`repair`] joins paragraphs broken mid-sentence.

pub mod boilerplate;
pub mod date_forms;
pub mod dateline;
pub mod dates;
pub mod labels;
pub mod markup;
pub mod meta;
mod notices;
pub mod paragraphs;
pub mod repair;
pub mod rules;
pub mod text;

use crate::ingest::Input;
use crate::model::{Metadata, RemovalReason, Removed};

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

/// What cleaning does with one candidate paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Story text.
    Keep,
    /// Not story text, for this reason.
    Drop(RemovalReason),
    /// The text before byte `at` is metadata (a glued date stamp, a wire dateline); the rest
    /// is story.
    Trim {
        /// Where the story starts, in the line's plain text.
        at: usize,
        /// Why the start was cut.
        reason: RemovalReason,
    },
}

/// Cleans one input. Ingest reduces Markdown and HTML to its intermediate text (one paragraph
/// per line, `# ` headings, `- ` items), so every format arrives in `Input.text` in one form;
/// Markdown left in plain text is handled here too.
pub fn clean(input: &Input) -> Cleaned {
    clean_text(&input.text, &input.hints)
}

/// Cleans plain text (one paragraph per line, or hard-wrapped), starting from metadata the
/// container already gave.
pub fn clean_text(plain: &str, hints: &Metadata) -> Cleaned {
    let lines = paragraphs::lines(plain);
    let mut verdicts = vec![Verdict::Keep; lines.len()];
    let mut meta = hints.clone();
    meta::read_stamps(&lines, &mut verdicts, &mut meta);
    boilerplate::mark(&lines, &mut verdicts);
    meta::read_title(&lines, &mut verdicts, &mut meta);
    meta::read_dateline(&lines, &mut verdicts, &mut meta);
    meta::finish(&mut meta);

    let mut kept = Vec::with_capacity(lines.len());
    let mut removed = Vec::new();
    for (line, verdict) in lines.into_iter().zip(verdicts) {
        match verdict {
            Verdict::Keep => kept.push((line.text, line.kind)),
            Verdict::Drop(reason) => removed.push(Removed {
                text: line.raw,
                reason,
            }),
            Verdict::Trim { at, reason } => {
                let head = line.text.get(..at).unwrap_or("").trim();
                let rest = line.text.get(at..).unwrap_or(&line.text).trim();
                if !head.is_empty() {
                    removed.push(Removed {
                        text: head.to_owned(),
                        reason,
                    });
                }
                if !rest.is_empty() {
                    kept.push((rest.to_owned(), line.kind));
                }
            }
        }
    }
    let paragraphs = repair::join_broken(kept)
        .into_iter()
        .map(|(text, _)| text)
        .collect();
    Cleaned {
        paragraphs,
        removed,
        meta,
    }
}
