//! The diff view: the cursor sentence (the base) and its counterpart in every other source, each
//! with a word-level diff against the base, the two wordings on separate lines with hanging
//! indents. Any source with a counterpart can become the base.
//! Built as lines when the view opens, changes base or unit, or the terminal resizes.

use super::overlay::{DiffState, TextView};
use super::theme::Theme;
use crate::findings::{Analysis, aligned_paragraph, counterpart};
use crate::model::SentenceRef;
use crate::text::sanitize::for_display;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

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

/// The diff of `other` against `base` as two lines: the base's wording (`−`, words only in
/// the base crossed out) over the other's (`+`, words only there underlined), so that neither
/// wording is interleaved with the other.
fn diff_lines(base: &str, other: &str, t: &Theme) -> [Line<'static>; 2] {
    use crate::text::worddiff::{DiffTag, diff};
    let ops = diff(base, other);
    // Each side in its own words: the spans of its text, in order, with the changed ones
    // styled; whatever lies between them (spaces) as it is.
    let side =
        |text: &str,
         lead: &'static str,
         style,
         pick: &dyn Fn(&crate::text::worddiff::DiffOp) -> Option<crate::model::Span>| {
            let mut spans = vec![Span::styled(lead, t.dim)];
            let mut at = 0;
            for op in &ops {
                let Some(sp) = pick(op) else { continue };
                if sp.start > at {
                    spans.push(Span::raw(text.get(at..sp.start).unwrap_or("").to_owned()));
                }
                let piece = sp.slice(text).to_owned();
                spans.push(if op.tag == DiffTag::Equal {
                    Span::raw(piece)
                } else {
                    Span::styled(piece, style)
                });
                at = at.max(sp.end);
            }
            if at < text.len() {
                spans.push(Span::raw(text.get(at..).unwrap_or("").to_owned()));
            }
            Line::from(spans)
        };
    [
        side(base, "  − ", t.deleted, &|op| op.a),
        side(other, "  + ", t.inserted, &|op| op.b),
    ]
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
                out.extend(diff_lines(&base_text, &text, t));
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
        "− the base's wording, crossed out: words only in the base · + that source's wording, underlined: words only there",
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
    let title = " Diff ".to_owned();
    // Wrapped here, with hanging indents: continuation lines stay under the wording.
    let width = usize::from(super::overlay::inner(body).width);
    let lines = super::hanging::wrap_all(lines(analysis, theme, base, paragraphs), width, |l| {
        super::hanging::leading(l, 2)
    });
    DiffState {
        base,
        paragraphs,
        view: TextView::new(title, lines, body, scroll),
    }
}
