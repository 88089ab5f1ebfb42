//! What the text, Markdown and HTML reports lay out alike: the walk over the selected sections,
//! the caps on long lists ([`Options::limit`]), which texts a report already showed (so each
//! sentence is printed once), and the wording every format shares (counts, notes, confirmed
//! share, marked quotations, word changes, carrying sources). Each format supplies only its
//! markup, as a [`Sections`] implementation, and its own escaping of article text.

use super::Options;
use super::Section;
use super::summary::{
    ConflictView, OmittedClaim, RenderingView, SourceLine, Summary, split_marked,
};
use crate::findings::Analysis;
use crate::model::{self, SentenceRef};
use std::collections::BTreeSet;

/// What every section writer reads.
pub(crate) struct Ctx<'a> {
    /// The analysis (for sentence texts).
    pub analysis: &'a Analysis,
    /// The summary.
    pub s: &'a Summary,
    /// The options.
    pub o: &'a Options,
}

impl Ctx<'_> {
    /// How many of `len` entries a list shows.
    pub fn shown(&self, len: usize) -> usize {
        if self.o.limit == 0 {
            len
        } else {
            len.min(self.o.limit)
        }
    }

    /// The matrix rows shown.
    pub fn matrix_rows(&self) -> &[super::summary::MatrixRow] {
        let rows = &self.s.matrix.rows;
        &rows[..self.shown(rows.len())]
    }

    /// Claims whose text the coverage matrix shows (none when it is not selected).
    fn matrix_claims(&self) -> BTreeSet<usize> {
        if !self.o.shows(Section::Matrix) {
            return BTreeSet::new();
        }
        self.matrix_rows().iter().map(|r| r.claim).collect()
    }

    /// The sentence's text.
    pub fn sentence(&self, r: SentenceRef) -> &str {
        self.analysis.sentence_text(r)
    }
}

/// How one human-readable format writes each section of the [`Summary`].
pub(crate) trait Sections {
    /// Written before every section.
    const BEFORE_EACH: &'static str;
    /// Per-source lines, top conflicts, notable only-here claims.
    fn summary(&self, out: &mut String, c: &Ctx);
    /// Where each source came from.
    fn sources(&self, out: &mut String, c: &Ctx);
    /// The coverage matrix.
    fn matrix(&self, out: &mut String, c: &Ctx);
    /// What only one source reports.
    fn unique(&self, out: &mut String, c: &Ctx);
    /// Conflicting values.
    fn conflicts(&self, out: &mut String, c: &Ctx);
    /// What each source lacks.
    fn omissions(&self, out: &mut String, c: &Ctx);
    /// Quote variants.
    fn quotes(&self, out: &mut String, c: &Ctx);
}

/// Writes the sections `options` select, in report order.
pub(crate) fn write_sections<L: Sections>(out: &mut String, c: &Ctx, layout: &L) {
    for section in c.o.ordered_sections() {
        out.push_str(L::BEFORE_EACH);
        match section {
            Section::Summary => layout.summary(out, c),
            Section::Sources => layout.sources(out, c),
            Section::Matrix => layout.matrix(out, c),
            Section::Unique => layout.unique(out, c),
            Section::Conflicts => layout.conflicts(out, c),
            Section::Omissions => layout.omissions(out, c),
            Section::Quotes => layout.quotes(out, c),
        }
    }
}

/// The title of each section, as headings and the HTML table of contents show it.
pub(crate) fn title(section: Section) -> &'static str {
    match section {
        Section::Summary => "Summary",
        Section::Sources => "Sources",
        Section::Matrix => "Coverage",
        Section::Unique => "Only in one source",
        Section::Conflicts => "Conflicts",
        Section::Omissions => "Omissions",
        Section::Quotes => "Quote variants",
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
        s.matrix.rows.len()
    )
}

/// `… and 4 more claims carried by two or more sources (--limit 0 shows all).`, when a list
/// left some out.
pub(crate) fn more(hidden: usize, one: &str, many: &str) -> Option<String> {
    (hidden > 0).then(|| {
        format!(
            "… and {hidden} more {} (--limit 0 shows all).",
            plural(hidden, one, many)
        )
    })
}

/// `7 claims carried by one source only (see SEE).`, when there are such claims.
pub(crate) fn single_source_note(c: &Ctx, see: &str) -> Option<String> {
    let m = &c.s.matrix;
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

/// Source ids joined: `s1, s3`.
pub(crate) fn ids(sources: &[usize]) -> String {
    let by: Vec<String> = sources.iter().map(|&i| model::source_id(i)).collect();
    by.join(", ")
}

/// The values of a conflict with their sources, each written by `value(text)`:
/// `Tuesday (s1, s3) / Wednesday (s2)`.
pub(crate) fn conflict_line(c: &ConflictView, value: impl Fn(&str) -> String) -> String {
    let parts: Vec<String> = c
        .values()
        .into_iter()
        .map(|(v, sources)| format!("{} ({})", value(v), ids(&sources)))
        .collect();
    parts.join(" / ")
}

/// `(claim c3)` for a conflict that belongs to a claim.
pub(crate) fn claim_ref(c: &ConflictView) -> String {
    c.claim
        .map(|k| format!("(claim c{})", k + 1))
        .unwrap_or_default()
}

/// The label of source `source` (empty when out of range).
pub(crate) fn label(s: &Summary, source: usize) -> &str {
    s.sources
        .get(source)
        .map(|l| l.label.as_str())
        .unwrap_or("")
}

/// One source's omissions as a report shows them.
pub(crate) struct OmissionList<'a> {
    /// The source.
    pub source: usize,
    /// All it lacks.
    pub total: usize,
    /// The claims shown with their text (not shown earlier in the report).
    pub with_text: Vec<&'a OmittedClaim>,
    /// The claims shown by id only: their text is in the matrix or under an earlier source.
    pub by_id: Vec<&'a OmittedClaim>,
    /// Claims past the limit.
    pub hidden: usize,
}

impl OmissionList<'_> {
    /// The claims shown by id only, as `c7 (3), c9 (2)`: the id and how many sources carry it.
    pub fn by_id_refs(&self) -> String {
        self.by_id
            .iter()
            .map(|k| format!("c{} ({})", k.claim + 1, k.carried_by.len()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Claims whose text (their first sentence) the conflicts section shows, when it is selected.
fn conflict_claims(c: &Ctx) -> BTreeSet<usize> {
    if !c.o.shows(Section::Conflicts) {
        return BTreeSet::new();
    }
    let conflicts = &c.s.conflicts[..c.shown(c.s.conflicts.len())];
    let sentences: BTreeSet<SentenceRef> = conflicts
        .iter()
        .flat_map(|k| k.sides.iter().map(|side| side.sentence))
        .collect();
    c.analysis
        .claims
        .iter()
        .enumerate()
        .filter(|(_, claim)| {
            claim
                .sentences
                .first()
                .is_some_and(|r| sentences.contains(r))
        })
        .map(|(i, _)| i)
        .collect()
}

/// Per source its omissions, most widely carried first and capped; each claim's text is shown
/// once in the report (the matrix, a conflict, or the first source lacking it), later by id.
pub(crate) fn omission_lists<'a>(c: &Ctx<'a>) -> Vec<OmissionList<'a>> {
    let mut shown = c.matrix_claims();
    shown.extend(conflict_claims(c));
    c.s.omissions
        .iter()
        .map(|o| {
            let n = c.shown(o.claims.len());
            let (mut with_text, mut by_id) = (Vec::new(), Vec::new());
            for claim in &o.claims[..n] {
                if shown.insert(claim.claim) {
                    with_text.push(claim);
                } else {
                    by_id.push(claim);
                }
            }
            OmissionList {
                source: o.source,
                total: o.claims.len(),
                with_text,
                by_id,
                hidden: o.claims.len() - n,
            }
        })
        .collect()
}

/// The only-here sentences the unique section lists (none when it is not selected).
fn unique_listed(c: &Ctx) -> BTreeSet<SentenceRef> {
    if !c.o.shows(Section::Unique) {
        return BTreeSet::new();
    }
    c.s.unique
        .iter()
        .flat_map(|u| {
            u.claims[..c.shown(u.claims.len())]
                .iter()
                .map(|k| k.sentence)
        })
        .collect()
}

/// Per conflict side: true when its sentence was shown before, under "only in one source" or
/// for an earlier conflict (then the report names it by id only).
pub(crate) fn repeated_sides(c: &Ctx, conflicts: &[&ConflictView]) -> Vec<Vec<bool>> {
    let mut seen: BTreeSet<SentenceRef> = unique_listed(c);
    conflicts
        .iter()
        .map(|c| c.sides.iter().map(|s| !seen.insert(s.sentence)).collect())
        .collect()
}

/// Most words of a quotation an atom list shows.
const QUOTE_WORDS: usize = 8;

/// The text an atom list shows for `a`: a quotation in quote marks, cut after
/// [`QUOTE_WORDS`] words (its sentence is shown in full nearby), other atoms as they are.
pub(crate) fn atom_text(a: &super::summary::UniqueAtom) -> String {
    if a.kind != crate::findings::AtomKind::Quote {
        return a.text.clone();
    }
    let text = a.text.trim().trim_end_matches([',', ';', ':']);
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > QUOTE_WORDS {
        format!("“{}…”", words[..QUOTE_WORDS].join(" "))
    } else {
        format!("“{}”", words.join(" "))
    }
}

/// Atom kind and text: `number 1887 · quote “We got there”`, each text written by `text`.
pub(crate) fn atoms_line(
    atoms: &[super::summary::UniqueAtom],
    text: impl Fn(&str) -> String,
) -> String {
    let parts: Vec<String> = atoms
        .iter()
        .map(|a| {
            format!(
                "{} {}",
                crate::findings::atom_kind_label(a.kind),
                text(&atom_text(a))
            )
        })
        .collect();
    parts.join(" · ")
}
