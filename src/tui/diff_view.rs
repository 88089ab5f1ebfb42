//! The diff view: the cursor sentence (the base) and its counterpart in every other source, each
//! with a word-level diff against the base. Any source with a counterpart can become the base.

use super::app::App;
use super::theme::Theme;
use crate::model::SentenceRef;
use crate::sanitize::for_display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

/// A piece of a word diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text in both sentences.
    Same(String),
    /// Text only in the compared sentence.
    Inserted(String),
    /// Text only in the base sentence.
    Deleted(String),
}

/// Word diff of `other` against `base`, from [`crate::engine::worddiff`]; a replacement gives
/// the base's words (deleted) then the other's (inserted).
pub fn word_diff(base: &str, other: &str) -> Vec<Piece> {
    use crate::engine::worddiff::{DiffTag, diff};
    let a = |op: &crate::engine::worddiff::DiffOp| op.a.map_or("", |s| s.slice(base)).to_owned();
    let b = |op: &crate::engine::worddiff::DiffOp| op.b.map_or("", |s| s.slice(other)).to_owned();
    let mut out = Vec::new();
    for op in diff(base, other) {
        match op.tag {
            DiffTag::Equal => out.push(Piece::Same(b(&op))),
            DiffTag::Insert => out.push(Piece::Inserted(b(&op))),
            DiffTag::Delete => out.push(Piece::Deleted(a(&op))),
            DiffTag::Replace => {
                out.push(Piece::Deleted(a(&op)));
                out.push(Piece::Inserted(b(&op)));
            }
        }
    }
    out
}

fn heading(app: &App, source: usize, extra: &str, theme: &Theme) -> Line<'static> {
    let a = app.analysis.articles.get(source);
    let label = a
        .map(|a| for_display(&a.label).into_owned())
        .unwrap_or_default();
    let date = a
        .and_then(|a| a.meta.date.as_deref())
        .map(|d| format!(" · {}", for_display(d)))
        .unwrap_or_default();
    Line::from(vec![
        Span::styled(format!("{} ", source + 1), theme.dim),
        Span::styled(label, theme.title),
        Span::styled(date, theme.dim),
        Span::styled(extra.to_owned(), theme.dim),
    ])
}

/// The view's text for `base`.
pub fn lines(app: &App, base: SentenceRef) -> Vec<Line<'static>> {
    let t = &app.theme;
    let base_text = app.analysis.sentence_text(base);
    let mut out = vec![
        heading(app, base.source, "  (base)", t),
        Line::styled(format!("  {base_text}"), t.title),
        Line::raw(""),
    ];
    let findings = app.analysis.findings(base);
    for source in 0..app.sources() {
        if source == base.source {
            continue;
        }
        match app.counterpart(base, source) {
            Some(r) => {
                let score = findings
                    .matches
                    .iter()
                    .find(|m| m.sentence == r)
                    .map(|m| format!("  similarity {:.2}", m.score))
                    .unwrap_or_default();
                out.push(heading(app, source, &score, t));
                let other = app.analysis.sentence_text(r);
                let mut spans = vec![Span::raw("  ")];
                let mut spaced = true;
                let mut changed_before = false;
                for piece in word_diff(base_text, other) {
                    let (text, changed) = match &piece {
                        Piece::Same(t) => (t, false),
                        Piece::Inserted(t) | Piece::Deleted(t) => (t, true),
                    };
                    // Keep words apart where a change meets other text without a gap.
                    if !spaced && (changed || changed_before) {
                        spans.push(Span::raw(" "));
                    }
                    spaced = text.ends_with(char::is_whitespace);
                    changed_before = changed;
                    spans.push(match piece {
                        Piece::Same(s) => Span::raw(s),
                        Piece::Inserted(s) => Span::styled(s, t.inserted),
                        Piece::Deleted(s) => Span::styled(s, t.deleted),
                    });
                }
                out.push(Line::from(spans));
            }
            None => {
                out.push(heading(app, source, "", t));
                out.push(Line::styled(
                    "  — no counterpart: this source does not say it",
                    t.dim,
                ));
            }
        }
        out.push(Line::raw(""));
    }
    if app.sources() < 2 {
        out.push(Line::styled("Only one source: nothing to compare.", t.dim));
    }
    out.push(Line::styled(
        "underlined: words only in that source · crossed out: words only in the base",
        t.dim,
    ));
    out
}

/// Number of lines of the view (before wrapping).
pub fn line_count(app: &App, base: SentenceRef) -> usize {
    lines(app, base).len()
}

/// Draws the diff view over `area`.
pub fn render(app: &App, base: SentenceRef, scroll: usize, area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    Paragraph::new(lines(app, base))
        .wrap(Wrap { trim: false })
        .scroll((scroll.min(u16::MAX.into()) as u16, 0))
        .block(
            Block::bordered()
                .border_style(app.theme.focus_border)
                .title(Line::styled(
                    " Diff — b: next base · 1…9: pick base · Esc closes ",
                    app.theme.title,
                )),
        )
        .render(area, buf);
}
