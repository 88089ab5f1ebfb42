//! The diff view: the cursor sentence (the base) and its counterpart in every other source, each
//! with a word-level diff against the base. Any source with a counterpart can become the base.
//! Built as lines when the view opens, changes base or unit, or the terminal resizes.

use super::overlay::{DiffState, TextView};
use super::theme::Theme;
use crate::findings::{Analysis, aligned_paragraph, counterpart};
use crate::model::SentenceRef;
use crate::text::sanitize::for_display;
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

fn heading(analysis: &Analysis, source: usize, extra: &str, theme: &Theme) -> Line<'static> {
    let a = analysis.articles.get(source);
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
fn paragraph_text(analysis: &Analysis, source: usize, paragraph: usize) -> String {
    analysis
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
pub fn lines(
    analysis: &Analysis,
    theme: &Theme,
    base: SentenceRef,
    paragraphs: bool,
) -> Vec<Line<'static>> {
    let t = theme;
    let sources = analysis.articles.len();
    let base_text = if paragraphs {
        paragraph_text(analysis, base.source, base.paragraph)
    } else {
        analysis.sentence_text(base).to_owned()
    };
    let unit = if paragraphs { "paragraph" } else { "sentence" };
    let mut out = vec![
        heading(analysis, base.source, &format!("  (base {unit})"), t),
        Line::styled(format!("  {base_text}"), t.title),
        Line::raw(""),
    ];
    let findings = analysis.findings(base);
    for source in 0..sources {
        if source == base.source {
            continue;
        }
        let counterpart = counterpart(analysis, base, source);
        let other = if paragraphs {
            aligned_paragraph(analysis, base, source)
                .or(counterpart.map(|r| r.paragraph))
                .map(|p| (String::new(), paragraph_text(analysis, source, p)))
        } else {
            counterpart.map(|r| {
                let score = findings
                    .matches
                    .iter()
                    .find(|m| m.sentence == r)
                    .map(|m| format!("  similarity {:.2}", m.score))
                    .unwrap_or_default();
                (score, analysis.sentence_text(r).to_owned())
            })
        };
        match other {
            Some((score, text)) => {
                out.push(heading(analysis, source, &score, t));
                out.push(diff_spans(&base_text, &text, t));
            }
            None => {
                out.push(heading(analysis, source, "", t));
                out.push(Line::styled(
                    format!("  — no counterpart: this source has no such {unit}"),
                    t.dim,
                ));
            }
        }
        out.push(Line::raw(""));
    }
    if sources < 2 {
        out.push(Line::styled("Only one source: nothing to compare.", t.dim));
    }
    out.push(Line::styled(
        "underlined: words only in that source · crossed out: words only in the base",
        t.dim,
    ));
    out
}

/// The diff view of `base` (sentences, or whole paragraphs) over the screen body `body`,
/// scrolled to `scroll`.
pub fn state(
    analysis: &Analysis,
    theme: &Theme,
    base: SentenceRef,
    paragraphs: bool,
    body: Rect,
    scroll: usize,
) -> DiffState {
    let title = " Diff — b: next base · 1…9: pick base · p: paragraphs · Esc closes ".to_owned();
    DiffState {
        base,
        paragraphs,
        view: TextView::new(
            title,
            lines(analysis, theme, base, paragraphs),
            body,
            scroll,
        ),
    }
}
