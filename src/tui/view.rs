//! Draws the whole screen from the state: tab strip, panes, status bar, and the open overlay;
//! or a "too small" notice on tiny terminals.

use super::app::{App, Overlay};
use super::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use super::{diff_view, facts_view, help, legend, panes, source_view, tabs};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

impl Widget for &App<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if layout::too_small(area) {
            let msg = format!(
                "Terminal too small ({}×{}). factdiff needs at least {MIN_WIDTH}×{MIN_HEIGHT}.",
                area.width, area.height
            );
            Paragraph::new(msg)
                .wrap(Wrap { trim: true })
                .style(self.theme.only)
                .render(area, buf);
            return;
        }
        let screen = layout::screen(area, self.sources(), self.first, self.zoom, self.focus);
        tabs::render(self, screen.tabs, buf);
        for pane in &screen.panes {
            panes::render(self, pane, buf);
        }
        status(self, screen.status, buf);
        match &self.overlay {
            Overlay::None => {}
            Overlay::Help { scroll } => help::render(self, *scroll, screen.body, buf),
            Overlay::Legend { scroll } => legend::render(self, *scroll, screen.body, buf),
            Overlay::Diff(d) => diff_view::render(self, d, screen.body, buf),
            Overlay::Facts(f) => facts_view::render(self, f, screen.body, buf),
            Overlay::Source { scroll } => source_view::render(self, *scroll, screen.body, buf),
        }
    }
}

/// The text area inside an overlay's frame.
fn inner(area: Rect) -> Rect {
    Block::bordered().inner(area)
}

/// Number of screen lines `lines` take wrapped to `width` columns.
pub fn wrapped_height(lines: &[Line<'_>], width: u16) -> usize {
    Paragraph::new(lines.to_vec())
        .wrap(Wrap { trim: false })
        .line_count(width)
}

/// Largest useful scroll offset of `lines` shown framed in `area`: the offset that puts the
/// last wrapped line at the bottom.
pub fn max_scroll(lines: &[Line<'_>], area: Rect) -> usize {
    let inner = inner(area);
    wrapped_height(lines, inner.width).saturating_sub(usize::from(inner.height))
}

/// Draws an overlay of text lines over `area`: cleared, framed with `title`, wrapped and scrolled
/// down by `scroll` screen lines (clamped so the last line can be reached but not passed). When
/// the text is longer than the frame, the bottom border says which lines are shown and whether
/// there is more below (the diff, source, help and legend views).
pub(super) fn text_overlay(
    app: &App,
    lines: Vec<Line<'_>>,
    scroll: usize,
    title: &str,
    area: Rect,
    buf: &mut Buffer,
) {
    let body = inner(area);
    let total = wrapped_height(&lines, body.width);
    let height = usize::from(body.height);
    let scroll = scroll.min(total.saturating_sub(height));
    let mut block = Block::bordered()
        .border_style(app.theme.focus_border)
        .title(Line::styled(title, app.theme.title));
    if total > height && height > 0 {
        let last = (scroll + height).min(total);
        let up = if scroll > 0 { "↑ " } else { "" };
        let down = if last < total { " ↓ more" } else { " end" };
        block = block.title_bottom(
            Line::styled(
                format!(" {up}{}–{last} of {total}{down} ", scroll + 1),
                app.theme.title,
            )
            .right_aligned(),
        );
    }
    Clear.render(area, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll.min(u16::MAX.into()) as u16, 0))
        .block(block)
        .render(area, buf);
}

/// The status bar: the search prompt, or a message, or where the cursor is; key hints right.
fn status(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    buf.set_style(area, t.status);
    let left = if let Some(p) = &app.prompt {
        format!("/{p}▏")
    } else if let Some(m) = &app.message {
        m.clone()
    } else if app.sources() < 2 {
        "Only one source: nothing to compare.".to_owned()
    } else {
        let n = app.data.count(app.focus);
        let cur = app.cursor_of(app.focus);
        let carried = app.data.info(app.focus, cur).map_or(0, |i| i.carried);
        format!(
            "source {}/{} · sentence {}/{} · said by {} of {} sources",
            app.focus + 1,
            app.sources(),
            (cur + 1).min(n),
            n,
            carried,
            app.sources()
        )
    };
    let search = app
        .search
        .as_ref()
        .map(|s| format!("/{} ({} hits) · ", s.query, s.total()))
        .unwrap_or_default();
    let hints = if area.width >= 100 {
        " · ? help · L legend · q quit"
    } else {
        " · ? help"
    };
    let right = format!(
        "{search}sync {}{}{hints} ",
        if app.sync { "on" } else { "off" },
        if app.zoom { " · zoom" } else { "" },
    );
    let rw = super::wrap::str_width(&right) as u16;
    let lw = usize::from(area.width.saturating_sub(rw + 1));
    let line = Line::from(vec![
        Span::raw(" "),
        Span::raw(crate::text::width::truncate(&left, lw)),
    ]);
    line.style(t.status).render(area, buf);
    if rw < area.width {
        buf.set_string(area.x + area.width - rw, area.y, &right, t.status);
    }
}
