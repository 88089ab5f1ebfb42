//! What the text, Markdown and HTML reports lay out alike: the walk over the selected sections
//! and the wording every format shares (counts, matrix notes, confirmed share, marked
//! quotations, word changes, carrying sources). Each format supplies only its markup, as a
//! [`Sections`] implementation, and its own escaping of article text.

use super::Options;
use super::Section;
use super::summary::{Matrix, OmittedClaim, RenderingView, SourceLine, Summary, split_marked};
use crate::findings::Analysis;
use crate::model;

/// How one human-readable format writes each section of the [`Summary`].
pub(crate) trait Sections {
    /// Written before every section.
    const BEFORE_EACH: &'static str;
    /// One line per source.
    fn sources(&self, out: &mut String, s: &Summary);
    /// The coverage matrix.
    fn matrix(&self, out: &mut String, s: &Summary);
    /// What only one source reports.
    fn unique(&self, out: &mut String, analysis: &Analysis, s: &Summary);
    /// Conflicting values.
    fn conflicts(&self, out: &mut String, analysis: &Analysis, s: &Summary);
    /// What each source lacks.
    fn omissions(&self, out: &mut String, s: &Summary);
    /// Quote variants.
    fn quotes(&self, out: &mut String, s: &Summary);
}

/// Writes the sections `options` select, in report order.
pub(crate) fn write_sections<L: Sections>(
    out: &mut String,
    analysis: &Analysis,
    s: &Summary,
    options: &Options,
    layout: &L,
) {
    for section in options.ordered_sections() {
        out.push_str(L::BEFORE_EACH);
        match section {
            Section::Sources => layout.sources(out, s),
            Section::Matrix => layout.matrix(out, s),
            Section::Unique => layout.unique(out, analysis, s),
            Section::Conflicts => layout.conflicts(out, analysis, s),
            Section::Omissions => layout.omissions(out, s),
            Section::Quotes => layout.quotes(out, s),
        }
    }
}

/// `one` when `n` is 1, else `many`.
pub(crate) fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// `3 sources, 40 claims (12 carried by two or more sources)`.
pub(crate) fn counts(s: &Summary) -> String {
    format!(
        "{} {}, {} {} ({} carried by two or more sources)",
        s.sources.len(),
        plural(s.sources.len(), "source", "sources"),
        s.claims,
        plural(s.claims, "claim", "claims"),
        s.matrix.rows.len() + s.matrix.more_shared
    )
}

/// `… and 4 more claims carried by two or more sources.`, when the matrix left some out.
pub(crate) fn more_shared_note(m: &Matrix) -> Option<String> {
    (m.more_shared > 0).then(|| {
        format!(
            "… and {} more {} carried by two or more sources.",
            m.more_shared,
            plural(m.more_shared, "claim", "claims")
        )
    })
}

/// `7 claims carried by one source only (see SEE).`, when there are such claims.
pub(crate) fn single_source_note(m: &Matrix, see: &str) -> Option<String> {
    (m.single_source > 0).then(|| {
        format!(
            "{} {} carried by one source only (see {see}).",
            m.single_source,
            plural(m.single_source, "claim", "claims")
        )
    })
}

/// `67% (2 of 3)`, or `none` for a source without sentences.
pub(crate) fn confirmed(l: &SourceLine, none: &str) -> String {
    match l.confirmed_percent() {
        Some(pc) => format!("{pc}% ({} of {})", l.confirmed, l.sentences),
        None => none.into(),
    }
}

/// The quoted words of `r`, each piece written by `piece` (told whether it differs).
pub(crate) fn marked_quote(r: &RenderingView, piece: impl Fn(&str, bool) -> String) -> String {
    split_marked(&r.text, &r.changed)
        .into_iter()
        .map(|(text, changed)| piece(text, changed))
        .collect()
}

/// How `r` differs from the first rendering, each change written by `describe(from, to)`,
/// joined with commas (empty for the first rendering).
pub(crate) fn changes(r: &RenderingView, describe: impl Fn(&str, &str) -> String) -> String {
    let described: Vec<String> = r
        .changes
        .iter()
        .map(|(from, to)| describe(from, to))
        .collect();
    described.join(", ")
}

/// The ids of the sources carrying an omitted claim: `s1, s3`.
pub(crate) fn carried_by(c: &OmittedClaim) -> String {
    let by: Vec<String> = c.carried_by.iter().map(|&i| model::source_id(i)).collect();
    by.join(", ")
}

/// The label of source `source` (empty when out of range).
pub(crate) fn label(s: &Summary, source: usize) -> &str {
    s.sources
        .get(source)
        .map(|l| l.label.as_str())
        .unwrap_or("")
}
