//! factdiff compares news articles about the same event: what every outlet reports, what only
//! some report, and where they disagree.
//!
//! The core is terminal-free and works on text and data, stage by stage: [`ingest`] reads
//! inputs, [`clean`] separates the story from boilerplate, [`segment`] finds paragraphs and
//! sentences of the [`model`], [`engine`] compares sources into an [`Analysis`] ([`findings`]),
//! and [`report`] writes findings out; [`text`] holds the text utilities every stage shares.
//! Two front ends sit on top, each behind a cargo feature (both on by default): the command line
//! in `cli` (clap, anyhow) and the interface in `tui` (ratatui), which only maps the findings to
//! widgets. `cargo check --lib --no-default-features` builds the core without either.

pub mod clean;
#[cfg(feature = "cli")]
pub mod cli;
pub mod engine;
pub mod error;
pub mod findings;
pub mod ingest;
pub mod model;
pub mod report;
pub mod segment;
pub mod text;
#[cfg(feature = "tui")]
pub mod tui;

pub use error::{Error, Result, Warning};
pub use findings::Analysis;
pub use ingest::{Input, Limits};
pub use model::Article;

/// Cleans and segments one input into an article.
pub fn prepare(input: &Input) -> Result<Article> {
    segmented(input, clean::clean(input))
}

/// The article of a cleaned input (an error when cleaning left no story).
fn segmented(input: &Input, cleaned: clean::Cleaned) -> Result<Article> {
    if cleaned.paragraphs.is_empty() {
        return Err(Error::NoStory {
            path: input.path.clone().into(),
        });
    }
    Ok(segment::segment(&input.path, cleaned))
}

/// Prepares every input and compares them. Inputs that leave no story after cleaning are
/// skipped with a warning; if none is left, that is an error.
pub fn compare(inputs: &[Input]) -> Result<(Analysis, Vec<Warning>)> {
    let mut warnings = Vec::new();
    let mut articles = Vec::with_capacity(inputs.len());
    // Prepared on all cores; results are taken in input order. Segmentation's one-time set-up
    // runs beside cleaning (it would otherwise hold up the first segmentation on every core).
    let prepared: Vec<Result<Article>> = {
        use rayon::prelude::*;
        segment::warm_up_in_background();
        engine::matching::semantic::warm_up_in_background();
        let cleaned: Vec<_> = inputs.par_iter().map(clean::clean).collect();
        inputs
            .par_iter()
            .zip(cleaned)
            .map(|(input, cleaned)| segmented(input, cleaned))
            .collect()
    };
    for result in prepared {
        match result {
            Ok(a) => articles.push(a),
            Err(e) => warnings.push(Warning::Skipped(e)),
        }
    }
    if articles.is_empty() {
        // One input that left nothing: say which. Several: each was named in a warning.
        return Err(match inputs {
            [only] => Error::NoStory {
                path: only.path.clone().into(),
            },
            _ => Error::NoSources,
        });
    }
    Ok((engine::analyze(articles), warnings))
}
