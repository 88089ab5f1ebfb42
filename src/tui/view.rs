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
            Overlay::Legend => legend::render(self, screen.body, buf),
            Overlay::Diff(d) => diff_view::render(self, d, screen.body, buf),
            Overlay::Facts(f) => facts_view::render(self, f, screen.body, buf),
            Overlay::Source { scroll } => source_view::render(self, *scroll, screen.body, buf),
        }
    }
}

/// Draws an overlay of text lines over `area`: cleared, framed with `title`, wrapped and scrolled
/// down by `scroll` lines (the diff, source and help views).
pub(super) fn text_overlay(
    app: &App,
    lines: Vec<Line<'_>>,
    scroll: usize,
    title: &str,
    area: Rect,
    buf: &mut Buffer,
) {
    Clear.render(area, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll.min(u16::MAX.into()) as u16, 0))
        .block(
            Block::bordered()
                .border_style(app.theme.focus_border)
                .title(Line::styled(title, app.theme.title)),
        )
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
        Span::raw(super::tabs::truncate(&left, lw)),
    ]);
    line.style(t.status).render(area, buf);
    if rw < area.width {
        buf.set_string(area.x + area.width - rw, area.y, &right, t.status);
    }
}
