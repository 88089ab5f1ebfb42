//! The legend: what each gutter glyph and inline mark means, in the real styles; built as lines
//! when the view opens or the terminal resizes.

use super::derived::Support;
use super::layout::centered;
use super::overlay::{TextView, wrapped_height};
use super::theme::{self, Theme, support_glyph, support_style};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The legend as lines.
pub fn lines(theme: &Theme) -> Vec<Line<'static>> {
    let t = theme;
    let row = |glyph: &str, style, sample: &str, sample_style, what: &str| {
        Line::from(vec![
            Span::styled(format!(" {glyph:<3} "), style),
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
            "▁▄▇",
            support_style(t, Support::Some),
            "Some say",
            support_style(t, Support::Some),
            "some other sources say this too; the bar is their share (▁ few … ▇ nearly all)",
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
            "underlined: a name, number, date or quote only some sources have (not inside an only-here sentence)",
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
                " Tabs: {}3 sentences only it says, {}2 claims it omits, {}1 conflicts.",
                theme::GLYPH_ONLY,
                theme::GLYPH_LACKS,
                theme::GLYPH_CONFLICT
            ),
            t.dim,
        ),
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
pub fn area(lines: &[Line<'_>], body: Rect) -> Rect {
    let probe = centered(body, 70, 0, 40, 3);
    let text_w = probe.width.saturating_sub(2);
    let h = wrapped_height(lines, text_w).saturating_add(2);
    centered(body, 70, 0, 40, h.min(usize::from(u16::MAX)) as u16)
}

/// The legend view for a screen body of `body`, scrolled to `scroll`.
pub fn view(theme: &Theme, body: Rect, scroll: usize) -> TextView {
    // Wrapped by hand so that a meaning's continuation lines hang under the sample.
    let width = usize::from(centered(body, 70, 0, 40, 3).width.saturating_sub(2));
    let lines =
        super::hanging::wrap_all(
            lines(theme),
            width,
            |l| {
                if l.spans.len() == 3 { 6 } else { 1 }
            },
        );
    let area = area(&lines, body);
    TextView::new(" Legend — q/Esc closes ".to_owned(), lines, area, scroll)
}
