//! The diff view: the cursor sentence (the base) and its counterpart in every other source, each
//! with a word-level diff against the base. Any source with a counterpart can become the base.

use super::app::App;
use super::app::DiffState;
use super::theme::Theme;
use super::view::text_overlay;
use crate::text::sanitize::for_display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

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

/// Word diff of `other` against `base`, from [`crate::text::worddiff`]; a replacement gives
/// the base's words (deleted) then the other's (inserted).
pub fn word_diff(base: &str, other: &str) -> Vec<Piece> {
    use crate::text::worddiff::{DiffTag, diff};
    let a = |op: &crate::text::worddiff::DiffOp| op.a.map_or("", |s| s.slice(base)).to_owned();
    let b = |op: &crate::text::worddiff::DiffOp| op.b.map_or("", |s| s.slice(other)).to_owned();
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

/// The text of a paragraph on one line (newlines inside it become spaces; same byte length).
fn paragraph_text(app: &App, source: usize, paragraph: usize) -> String {
    app.analysis
        .articles
        .get(source)
        .and_then(|a| {
            a.paragraphs
                .get(paragraph)
                .map(|p| p.span.slice(&a.text).replace('\n', " "))
        })
        .unwrap_or_default()
}

/// The diff of `other` against `base` as styled spans, indented by two columns.
fn diff_spans(base: &str, other: &str, t: &Theme) -> Line<'static> {
    let mut spans = vec![Span::raw("  ")];
    let mut spaced = true;
    let mut changed_before = false;
    for piece in word_diff(base, other) {
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
    Line::from(spans)
}

/// The view's text.
pub fn lines(app: &App, state: &DiffState) -> Vec<Line<'static>> {
    let t = &app.theme;
    let base = state.base;
    let base_text = if state.paragraphs {
        paragraph_text(app, base.source, base.paragraph)
    } else {
        app.analysis.sentence_text(base).to_owned()
    };
    let unit = if state.paragraphs {
        "paragraph"
    } else {
        "sentence"
    };
    let mut out = vec![
        heading(app, base.source, &format!("  (base {unit})"), t),
        Line::styled(format!("  {base_text}"), t.title),
        Line::raw(""),
    ];
    let findings = app.analysis.findings(base);
    for source in 0..app.sources() {
        if source == base.source {
            continue;
        }
        let counterpart = app.counterpart(base, source);
        let other = if state.paragraphs {
            app.aligned_paragraph(base, source)
                .or(counterpart.map(|r| r.paragraph))
                .map(|p| (String::new(), paragraph_text(app, source, p)))
        } else {
            counterpart.map(|r| {
                let score = findings
                    .matches
                    .iter()
                    .find(|m| m.sentence == r)
                    .map(|m| format!("  similarity {:.2}", m.score))
                    .unwrap_or_default();
                (score, app.analysis.sentence_text(r).to_owned())
            })
        };
        match other {
            Some((score, text)) => {
                out.push(heading(app, source, &score, t));
                out.push(diff_spans(&base_text, &text, t));
            }
            None => {
                out.push(heading(app, source, "", t));
                out.push(Line::styled(
                    format!("  — no counterpart: this source has no such {unit}"),
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

/// Draws the diff view over `area`.
pub fn render(app: &App, state: &DiffState, area: Rect, buf: &mut Buffer) {
    text_overlay(
        app,
        lines(app, state),
        state.scroll,
        " Diff — b: next base · 1…9: pick base · p: paragraphs · Esc closes ",
        area,
        buf,
    );
}
