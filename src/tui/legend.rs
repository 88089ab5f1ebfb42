//! The legend: what each gutter glyph and inline mark means, drawn with the real styles.

use super::app::App;
use super::derived::Support;
use super::layout::centered;
use super::panes::{support_glyph, support_style};
use super::theme;
use super::view::{text_overlay, wrapped_height};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The legend as lines.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let t = &app.theme;
    let row = |glyph: &str, style, sample: &str, sample_style, what: &str| {
        Line::from(vec![
            Span::styled(format!(" {glyph} "), style),
            Span::styled(sample.to_owned(), sample_style),
            Span::raw(format!("  {what}")),
        ])
    };
    vec![
        row(
            support_glyph(Support::Only, false),
            support_style(t, Support::Only),
            "Only here",
            support_style(t, Support::Only),
            "no other source says this",
        ),
        row(
            support_glyph(Support::Some, false),
            support_style(t, Support::Some),
            "Some say",
            support_style(t, Support::Some),
            "some other sources say this too",
        ),
        row(
            support_glyph(Support::All, false),
            support_style(t, Support::All),
            "All say",
            support_style(t, Support::All),
            "every source says this",
        ),
        row(
            theme::GLYPH_CONFLICT,
            t.conflict,
            "value",
            t.conflict,
            "sources give different values here",
        ),
        row(
            " ",
            t.all,
            "Name",
            t.all.patch(t.partial_atom),
            "underlined: a name, number, date or quote only some sources have",
        ),
        row(
            theme::GLYPH_CURSOR,
            t.cursor,
            "cursor",
            t.cursor,
            "the sentence under the cursor",
        ),
        row(
            theme::GLYPH_MATCH,
            t.matched,
            "counterpart",
            t.matched,
            "the same claim in another source",
        ),
        row(
            " ",
            t.all,
            "hit",
            t.hit,
            "search hit (current one highlighted)",
        ),
        Line::raw(""),
        Line::styled(
            format!(
                " Facts view: {} carries it, {} lacks it.",
                theme::GLYPH_HAS,
                theme::GLYPH_LACKS
            ),
            t.dim,
        ),
    ]
}

/// Where the legend goes in `body`: as tall as its wrapped text, at most the whole body.
pub fn area(app: &App, body: Rect) -> Rect {
    let probe = centered(body, 70, 0, 40, 3);
    let text_w = probe.width.saturating_sub(2);
    let h = wrapped_height(&lines(app), text_w).saturating_add(2);
    centered(body, 70, 0, 40, h.min(usize::from(u16::MAX)) as u16)
}

/// Draws the legend overlay, scrolled down by `scroll` lines.
pub fn render(app: &App, scroll: usize, body: Rect, buf: &mut Buffer) {
    let r = area(app, body);
    text_overlay(app, lines(app), scroll, " Legend — Esc closes ", r, buf);
}
