//! The facts view: claims and atoms (or conflicts, or quote variants) × sources, with coverage
//! marks, under a filter; Enter jumps to the selected fact in the panes.

use super::action::FactsFilter;
use super::theme::{self, Theme};
use super::wrap::str_width;
use crate::findings::{Analysis, atom_kind_label};
use crate::model::SentenceRef;
use crate::text::sanitize::for_display;
use crate::text::width::truncate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Widget};

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactRow {
    /// Index into [`Analysis::claims`].
    Claim(usize),
    /// Index into [`Analysis::atoms`].
    Atom(usize),
    /// Index into [`Analysis::conflicts`].
    Conflict(usize),
    /// Index into [`Analysis::quote_variants`].
    Quote(usize),
}

/// State of the facts view.
#[derive(Debug, Clone, PartialEq)]
pub struct FactsState {
    /// Which facts are listed.
    pub filter: FactsFilter,
    /// The rows under that filter.
    pub rows: Vec<FactRow>,
    /// Selected row.
    pub selected: usize,
    /// First source whose coverage column is shown (the columns scroll when not all fit).
    pub first_source: usize,
}

/// The rows under `filter`, with `focus` the focused source.
pub fn rows(analysis: &Analysis, filter: FactsFilter, focus: usize) -> Vec<FactRow> {
    let facts = || {
        let claims = analysis
            .claims
            .iter()
            .enumerate()
            .map(|(k, c)| (FactRow::Claim(k), c.sources.as_slice()));
        let atoms = analysis
            .atoms
            .iter()
            .enumerate()
            .map(|(k, a)| (FactRow::Atom(k), a.sources.as_slice()));
        claims.chain(atoms)
    };
    match filter {
        FactsFilter::All => facts().map(|(r, _)| r).collect(),
        FactsFilter::OnlyOne => facts()
            .filter(|(_, s)| s.len() == 1)
            .map(|(r, _)| r)
            .collect(),
        // The analysis' omissions, as the report gives them: claims at least two other
        // sources carry and the focused source lacks.
        FactsFilter::MissingHere => {
            let mut claims: Vec<usize> = analysis
                .omissions
                .iter()
                .filter(|o| o.source == focus)
                .flat_map(|o| o.claims.iter().copied())
                .filter(|&k| k < analysis.claims.len())
                .collect();
            claims.sort_unstable();
            claims.dedup();
            claims.into_iter().map(FactRow::Claim).collect()
        }
        FactsFilter::Conflicts => (0..analysis.conflicts.len())
            .map(FactRow::Conflict)
            .collect(),
        FactsFilter::QuoteVariants => (0..analysis.quote_variants.len())
            .map(FactRow::Quote)
            .collect(),
    }
}

/// Sources that carry the fact of a row (ascending).
pub fn sources(analysis: &Analysis, row: &FactRow) -> Vec<usize> {
    let mut v: Vec<usize> = match *row {
        FactRow::Claim(k) => analysis
            .claims
            .get(k)
            .map(|c| c.sources.clone())
            .unwrap_or_default(),
        FactRow::Atom(k) => analysis
            .atoms
            .get(k)
            .map(|a| a.sources.clone())
            .unwrap_or_default(),
        FactRow::Conflict(k) => analysis
            .conflicts
            .get(k)
            .map(|c| c.sides.iter().map(|s| s.sentence.source).collect())
            .unwrap_or_default(),
        FactRow::Quote(k) => analysis
            .quote_variants
            .get(k)
            .map(|q| q.renderings.iter().map(|r| r.sentence.source).collect())
            .unwrap_or_default(),
    };
    v.sort_unstable();
    v.dedup();
    v
}

/// Sentences where a row's fact occurs, in order.
fn sentences(analysis: &Analysis, row: &FactRow) -> Vec<SentenceRef> {
    match *row {
        FactRow::Claim(k) => analysis.claims.get(k).map(|c| c.sentences.clone()),
        FactRow::Atom(k) => analysis
            .atoms
            .get(k)
            .map(|a| a.mentions.iter().map(|m| m.sentence).collect()),
        FactRow::Conflict(k) => analysis
            .conflicts
            .get(k)
            .map(|c| c.sides.iter().map(|s| s.sentence).collect()),
        FactRow::Quote(k) => analysis
            .quote_variants
            .get(k)
            .map(|q| q.renderings.iter().map(|r| r.sentence).collect()),
    }
    .unwrap_or_default()
}

/// Where Enter on a row goes: its first occurrence in the focused source, else its first.
pub fn target(analysis: &Analysis, row: &FactRow, focus: usize) -> Option<SentenceRef> {
    let all = sentences(analysis, row);
    all.iter()
        .find(|s| s.source == focus)
        .or(all.first())
        .copied()
}

/// Kind and text of a row.
pub fn describe(analysis: &Analysis, row: &FactRow, focus: usize) -> (String, String) {
    match *row {
        FactRow::Claim(_) => {
            let text = target(analysis, row, focus)
                .map(|r| analysis.sentence_text(r).to_owned())
                .unwrap_or_default();
            ("claim".to_owned(), text)
        }
        FactRow::Atom(k) => analysis
            .atoms
            .get(k)
            .map(|a| (atom_kind_label(a.kind).to_owned(), a.text.clone()))
            .unwrap_or_default(),
        FactRow::Conflict(k) => analysis
            .conflicts
            .get(k)
            .map(|c| {
                let values: Vec<&str> = c.sides.iter().map(|s| s.value.as_str()).collect();
                (format!("≠ {}", c.about), values.join(" | "))
            })
            .unwrap_or_default(),
        FactRow::Quote(k) => analysis
            .quote_variants
            .get(k)
            .map(|q| {
                let texts: Vec<String> = q
                    .renderings
                    .iter()
                    .map(|r| format!("“{}”", r.text))
                    .collect();
                ("quote".to_owned(), texts.join(" | "))
            })
            .unwrap_or_default(),
    }
}

/// Columns of the kind column.
const KIND_WIDTH: usize = 13;
/// Columns the fact's text keeps at least before coverage columns are given up.
const MIN_TEXT_WIDTH: usize = 20;

/// The coverage columns of the facts view drawn over `area` with `sources` sources: the width of
/// one column (room for the largest source number and a space) and how many fit.
pub fn columns(area: Rect, sources: usize) -> (usize, usize) {
    let digits = sources.max(1).to_string().len();
    let col_w = digits + 1;
    let inner = usize::from(area.width.saturating_sub(2));
    let fit = inner.saturating_sub(KIND_WIDTH + MIN_TEXT_WIDTH + 1) / col_w;
    (col_w, sources.min(fit))
}

/// The heading of the fact column: says which sources' columns are shown when not all are.
fn fact_heading(first: usize, cols: usize, sources: usize, width: usize) -> String {
    if cols >= sources {
        return "fact".to_owned();
    }
    if cols == 0 {
        return "fact · no room for source columns".to_owned();
    }
    let last = first + cols;
    let range = if cols == 1 {
        format!("source {} of {sources}", first + 1)
    } else {
        format!("sources {}–{last} of {sources}", first + 1)
    };
    let short = if cols == 1 {
        format!("{}/{sources} h/l", first + 1)
    } else {
        format!("{}–{last}/{sources} h/l", first + 1)
    };
    let candidates = [
        format!("fact · {range} (h/l scroll)"),
        format!("fact · {range}"),
        range,
    ];
    candidates
        .into_iter()
        .find(|c| str_width(c) <= width)
        .unwrap_or(short)
}

/// `text` cut or padded with spaces to exactly `width` columns.
fn pad_to(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    let pad = width.saturating_sub(str_width(&cut));
    format!("{cut}{}", " ".repeat(pad))
}

/// Draws the facts view over `area`.
pub fn render(
    analysis: &Analysis,
    theme: &Theme,
    focus: usize,
    state: &FactsState,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = theme;
    Clear.render(area, buf);
    let what = match state.filter {
        FactsFilter::MissingHere => {
            let label = analysis
                .articles
                .get(focus)
                .map(|a| for_display(&a.label).into_owned())
                .unwrap_or_default();
            format!("omitted by {} {label}, 2+ others carry them", focus + 1)
        }
        other => other.name().to_owned(),
    };
    // The keys are on the hint bar; the frame says what is shown and where the selection is.
    let title = format!(" Facts: {what} ({}) ", state.rows.len());
    let mut block = Block::bordered()
        .border_style(t.focus_border)
        .title(Line::styled(title, t.title));
    if !state.rows.is_empty() {
        block = block.title_bottom(
            Line::styled(
                format!(" {} of {} ", state.selected + 1, state.rows.len()),
                t.title,
            )
            .right_aligned(),
        );
    }
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height < 2 || inner.width < 10 {
        return;
    }
    let n = analysis.articles.len();
    let (col_w, cols) = columns(area, n);
    let first = state.first_source.min(n.saturating_sub(cols));
    let width = usize::from(inner.width);
    let text_w = width.saturating_sub(KIND_WIDTH + cols * col_w + 1);
    let marks_x = inner.x + (KIND_WIDTH + text_w + 1) as u16;
    let kind_w = KIND_WIDTH;
    let fact = fact_heading(first, cols, n, text_w);
    let mut header = format!("{:<kind_w$}{} ", "kind", pad_to(&fact, text_w));
    for s in first..first + cols {
        header.push_str(&format!("{:<col_w$}", s + 1));
    }
    buf.set_stringn(inner.x, inner.y, &header, width, t.dim);
    let body_h = usize::from(inner.height - 1);
    if state.rows.is_empty() {
        buf.set_stringn(
            inner.x,
            inner.y + 1,
            "No facts under this filter.",
            width,
            t.dim,
        );
        return;
    }
    let offset = state.selected.saturating_sub(body_h.saturating_sub(1));
    for (i, row) in state.rows.iter().enumerate().skip(offset).take(body_h) {
        let y = inner.y + 1 + (i - offset) as u16;
        let (kind, text) = describe(analysis, row, focus);
        let text = for_display(&text).into_owned();
        let style = if i == state.selected {
            t.selected
        } else {
            ratatui::style::Style::new()
        };
        let line = format!(
            "{:<kind_w$}{}",
            truncate(&kind, kind_w - 1),
            truncate(&text, text_w)
        );
        let pad = kind_w + text_w + 1 - str_width(&line).min(kind_w + text_w + 1);
        buf.set_stringn(
            inner.x,
            y,
            format!("{line}{}", " ".repeat(pad)),
            kind_w + text_w + 1,
            style,
        );
        let has = sources(analysis, row);
        for (k, s) in (first..first + cols).enumerate() {
            let (glyph, st) = if has.contains(&s) {
                (theme::GLYPH_HAS, t.some)
            } else {
                (theme::GLYPH_LACKS, t.dim)
            };
            buf.set_string(marks_x + (k * col_w) as u16, y, glyph, st);
        }
    }
}
