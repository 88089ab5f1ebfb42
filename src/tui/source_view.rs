//! The source view: metadata of the focused source and everything cleaning removed from it, with
//! the reason, so an editor can check nothing of the story was dropped.

use super::app::App;
use super::view::text_overlay;
use crate::text::sanitize::for_display;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The view's text for `source`.
pub fn lines(app: &App, source: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let Some(a) = app.analysis.articles.get(source) else {
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
            Some(&format!("{} of {}", source + 1, app.sources())),
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

/// Draws the source view over `area`.
pub fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let label = app
        .analysis
        .articles
        .get(app.focus)
        .map(|a| for_display(&a.label).into_owned())
        .unwrap_or_default();
    let title = format!(" Source {}: {label} — Esc closes ", app.focus + 1);
    text_overlay(app, lines(app, app.focus), scroll, &title, area, buf);
}
