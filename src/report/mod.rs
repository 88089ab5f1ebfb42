//! Reports: the findings written out for people and programs, without the interface.
//!
//! [`summary`] computes what every human-readable format shows (the overview, per-source
//! lines, coverage matrix, unique facts, conflicts, omissions, quote variants) once; [`text`],
//! [`markdown`] and [`html`] only lay it out, sharing the walk over sections, the caps and
//! common wording (`layout`); `wrap` fits text lines to a width. [`json`] writes the
//! `factdiff/1` document. [`render`] picks one; with several stories, [`stories`] writes the
//! story list and one section per story.

pub mod html;
pub mod json;
mod layout;
pub mod markdown;
pub mod stories;
pub mod summary;
pub mod text;
mod wrap;

use std::fmt;
use std::str::FromStr;

/// An output format of `factdiff report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text, optionally with ANSI colours.
    Text,
    /// CommonMark with tables.
    Markdown,
    /// One self-contained HTML page.
    Html,
    /// The `factdiff/1` JSON document.
    Json,
}

/// A part of a human-readable report, selectable with `--only`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// What to read first: one line per source (label, outlet, date, sentences, share
    /// confirmed by others, only here, omissions, conflicts), the top conflicts and the most
    /// notable claims only one source reports.
    Summary,
    /// Where each source came from: title, byline, address, path.
    Sources,
    /// Which source carries which claim.
    Matrix,
    /// Per source, the claims and atoms only it reports.
    Unique,
    /// Same claim, different values, side by side.
    Conflicts,
    /// Per source, claims that two or more others carry and it lacks.
    Omissions,
    /// Same quotation, different wording.
    Quotes,
}

impl Section {
    /// Every section, in the order reports show them.
    pub const ALL: [Section; 7] = [
        Section::Summary,
        Section::Matrix,
        Section::Unique,
        Section::Conflicts,
        Section::Omissions,
        Section::Quotes,
        Section::Sources,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Section::Summary => "summary",
            Section::Sources => "sources",
            Section::Matrix => "matrix",
            Section::Unique => "unique",
            Section::Conflicts => "conflicts",
            Section::Omissions => "omissions",
            Section::Quotes => "quotes",
        }
    }
}

impl fmt::Display for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A section name that is not one of [`Section::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown section {name:?} (choose from summary, matrix, unique, conflicts, omissions, quotes, sources)"
)]
pub struct UnknownSection {
    /// The name as given.
    pub name: String,
}

impl FromStr for Section {
    type Err = UnknownSection;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim();
        Section::ALL
            .into_iter()
            .find(|sec| sec.name().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| UnknownSection {
                name: crate::text::sanitize::for_display(s).into_owned(),
            })
    }
}

/// How to render a human-readable report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Sections to show; shown in [`Section::ALL`] order whatever order they are listed in.
    pub sections: Vec<Section>,
    /// ANSI colours in the text format (never in the others).
    pub color: bool,
    /// Columns the text format fits its lines to (at least [`MIN_WIDTH`]).
    pub width: usize,
    /// Most entries a list shows (sentences per source, omissions per source, matrix rows,
    /// conflicts, quote variants); the rest are counted. 0 shows everything.
    pub limit: usize,
}

/// Text width when standard output is not a terminal.
pub const DEFAULT_WIDTH: usize = 100;
/// Narrowest text width the text format lays out for.
pub const MIN_WIDTH: usize = 40;
/// Default [`Options::limit`].
pub const DEFAULT_LIMIT: usize = 10;

impl Default for Options {
    fn default() -> Self {
        Self {
            sections: Section::ALL.to_vec(),
            color: false,
            width: DEFAULT_WIDTH,
            limit: DEFAULT_LIMIT,
        }
    }
}

impl Options {
    /// True when `section` is to be shown.
    pub fn shows(&self, section: Section) -> bool {
        self.sections.contains(&section)
    }

    /// The selected sections in report order, without repeats.
    pub fn ordered_sections(&self) -> Vec<Section> {
        Section::ALL
            .into_iter()
            .filter(|s| self.shows(*s))
            .collect()
    }
}

/// Renders the analysis in `format`. `options` apply to text, Markdown and HTML; JSON is always
/// the whole `factdiff/1` document. With several stories the human formats show the story list
/// and then one section per story ([`stories`]).
pub fn render(analysis: &crate::Analysis, format: Format, options: &Options) -> String {
    if format != Format::Json && crate::findings::stories::story_count(analysis) > 1 {
        return stories::render(analysis, format, options);
    }
    match format {
        Format::Text => text::render(analysis, options),
        Format::Markdown => markdown::render(analysis, options),
        Format::Html => html::render(analysis, options),
        Format::Json => json::to_string(analysis),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_names_round_trip() {
        for s in Section::ALL {
            assert_eq!(s.name().parse::<Section>(), Ok(s));
        }
        assert_eq!(" Matrix ".parse::<Section>(), Ok(Section::Matrix));
    }

    #[test]
    fn unknown_section_names_the_choices() {
        let e = "gossip".parse::<Section>().unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("\"gossip\""), "{msg}");
        for s in Section::ALL {
            assert!(msg.contains(s.name()), "{msg}");
        }
        assert!(msg.contains("conflicts"), "{msg}");
    }

    #[test]
    fn ordered_sections_follow_report_order() {
        let o = Options {
            sections: vec![
                Section::Sources,
                Section::Quotes,
                Section::Summary,
                Section::Quotes,
            ],
            ..Options::default()
        };
        assert_eq!(
            o.ordered_sections(),
            vec![Section::Summary, Section::Quotes, Section::Sources]
        );
    }
}
