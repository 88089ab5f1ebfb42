//! The legend: what each gutter glyph and inline mark means, drawn with the real styles.

use super::app::App;
use super::derived::Support;
use super::layout::centered;
use super::panes::{support_glyph, support_style};
use super::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

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

/// Draws the legend overlay.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let lines = lines(app);
    let r = centered(area, 70, 0, 40, lines.len() as u16 + 2);
    Clear.render(r, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .border_style(app.theme.focus_border)
                .title(Line::styled(" Legend — Esc closes ", app.theme.title)),
        )
        .render(r, buf);
}
