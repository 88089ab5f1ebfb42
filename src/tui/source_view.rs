//! The source view: metadata of the focused source and everything cleaning removed from it, with
//! the reason, so an editor can check nothing of the story was dropped. Built as lines when the
//! view opens or the terminal resizes.

use super::overlay::TextView;
use super::theme::Theme;
use crate::findings::Analysis;
use crate::text::sanitize::for_display;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The view's text for `source`.
pub fn lines(analysis: &Analysis, theme: &Theme, source: usize) -> Vec<Line<'static>> {
    let t = theme;
    let Some(a) = analysis.articles.get(source) else {
        return Vec::new();
    };
    let field = |name: &str, value: Option<&str>| {
        Line::from(vec![
            Span::styled(format!("{name:<10}"), t.dim),
            match value {
                Some(v) => Span::raw(for_display(v).into_owned()),
                None => Span::styled("—", t.dim),
            },
        ])
    };
    let mut out = vec![
        field(
            "Source",
            Some(&format!("{} of {}", source + 1, analysis.articles.len())),
        ),
        field("Label", Some(&a.label)),
        field("Path", Some(&a.path)),
        field("Title", a.meta.title.as_deref()),
        field("Outlet", a.meta.outlet.as_deref()),
        field("Byline", a.meta.byline.as_deref()),
        field("Date", a.meta.date.as_deref()),
        field("URL", a.meta.url.as_deref()),
        field(
            "Story",
            Some(&format!(
                "{} paragraphs, {} sentences, {} bytes",
                a.paragraphs.len(),
                a.sentence_count(),
                a.text.len()
            )),
        ),
        Line::raw(""),
    ];
    if a.removed.is_empty() {
        out.push(Line::styled("Cleaning removed nothing.", t.title));
    } else {
        out.push(Line::styled(
            format!("Cleaning removed {} pieces:", a.removed.len()),
            t.title,
        ));
        for r in &a.removed {
            out.push(Line::from(vec![
                Span::styled(format!("[{}] ", r.reason), t.some),
                Span::raw(for_display(&r.text).into_owned()),
            ]));
        }
    }
    out
}

/// The source view of `source` over the screen body `body`, scrolled to `scroll`.
pub fn view(
    analysis: &Analysis,
    theme: &Theme,
    source: usize,
    body: Rect,
    scroll: usize,
) -> TextView {
    let label = analysis
        .articles
        .get(source)
        .map(|a| for_display(&a.label).into_owned())
        .unwrap_or_default();
    let title = format!(" Source {}: {label} — Esc closes ", source + 1);
    TextView::new(title, lines(analysis, theme, source), body, scroll)
}
