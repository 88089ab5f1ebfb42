//! factdiff compares news articles about the same event: what every outlet reports, what only
//! some report, and where they disagree.
//!
//! The core is terminal-free and works on text and data, stage by stage: [`ingest`] reads
//! inputs, [`clean`] separates the story from boilerplate, [`segment`] finds paragraphs and
//! sentences of the [`model`], [`engine`] compares sources into an [`Analysis`] ([`findings`]),
//! and [`report`] writes findings out; [`text`] holds the text utilities every stage shares.
//! Two front ends sit on top, each behind a cargo feature (both on by default): the command line
//! in `cli` and the terminal interface in `tui`, which only maps the findings to widgets; their
//! crates are optional dependencies of those features. `cargo check --lib --no-default-features` builds the core without either.

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

/// How far a comparison has come: `done` of `total` units of `stage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// What is being done.
    pub stage: Stage,
    /// Units done so far.
    pub done: usize,
    /// Units in all.
    pub total: usize,
}

/// The stages a comparison reports progress on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Cleaning and segmenting inputs (units: inputs).
    Prepare,
    /// Grouping articles into stories (one unit).
    Group,
    /// Comparing the stories (units: stories).
    Compare,
}

impl Stage {
    /// A word for the stage.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Prepare => "reading",
            Self::Group => "grouping",
            Self::Compare => "comparing",
        }
    }
}

/// Called with the progress of a comparison, from any thread.
pub type ProgressFn<'a> = &'a (dyn Fn(Progress) + Sync);

/// How [`compare_with`] compares.
#[derive(Clone, Copy)]
pub struct Options<'a> {
    /// Group the articles into stories first and compare each story on its own
    /// ([`engine::stories`]); false compares every article with every other as one story.
    pub group: bool,
    /// Told how far the comparison has come (the command line draws a progress bar from it).
    pub progress: Option<ProgressFn<'a>>,
}

impl Default for Options<'_> {
    fn default() -> Self {
        Self {
            group: true,
            progress: None,
        }
    }
}

impl std::fmt::Debug for Options<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Options")
            .field("group", &self.group)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

/// Prepares every input, groups the articles into stories and compares each story on its own
/// ([`compare_with`] with the default options). Inputs that leave no story after cleaning are
/// skipped with a warning; if none is left, that is an error.
pub fn compare(inputs: &[Input]) -> Result<(Analysis, Vec<Warning>)> {
    compare_with(inputs, Options::default())
}

/// [`compare`] with options.
pub fn compare_with(inputs: &[Input], options: Options<'_>) -> Result<(Analysis, Vec<Warning>)> {
    let tell = |stage, done, total| {
        if let Some(p) = options.progress {
            p(Progress { stage, done, total });
        }
    };
    let mut warnings = Vec::new();
    let mut articles = Vec::with_capacity(inputs.len());
    // Prepared on all cores; results are taken in input order. Segmentation's one-time set-up
    // runs beside cleaning (it would otherwise hold up the first segmentation on every core).
    let prepared: Vec<Result<Article>> = {
        use rayon::prelude::*;
        segment::warm_up_in_background();
        engine::matching::semantic::warm_up_in_background();
        let done = std::sync::atomic::AtomicUsize::new(0);
        let total = inputs.len();
        tell(Stage::Prepare, 0, total);
        let cleaned: Vec<_> = inputs.par_iter().map(clean::clean).collect();
        inputs
            .par_iter()
            .zip(cleaned)
            .map(|(input, cleaned)| {
                let article = segmented(input, cleaned);
                let k = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                tell(Stage::Prepare, k, total);
                article
            })
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
    let stories_done = |done: usize, total: usize| {
        if done == 0 && total == 0 {
            tell(Stage::Group, 0, 1);
        } else {
            tell(Stage::Compare, done, total);
        }
    };
    let analysis = engine::analyze_stories_with(articles, options.group, Some(&stories_done));
    Ok((analysis, warnings))
}
