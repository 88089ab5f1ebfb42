//! Draws the whole screen from the state: tab strip, panes, status bar, key hints, and the open
//! overlay;
//! or a "too small" notice on tiny terminals.

use super::app::App;
use super::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use super::overlay::{Overlay, TextView, inner, wrapped_height};
use super::theme::Theme;
use super::{facts_view, keymap, keys, panes, tabs};
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
        let strip = tabs::layout(
            self.analysis,
            &self.data.counts,
            self.tab_width,
            self.search.as_ref(),
            &screen,
            screen.tabs,
        );
        tabs::render(&self.theme, self.focus, &screen, &strip, buf);
        for pane in &screen.panes {
            panes::render(self, pane, buf);
        }
        status(self, screen.status, buf);
        hint_bar(self, screen.hints, buf);
        match &self.overlay {
            Overlay::None => {}
            Overlay::Help(v) | Overlay::Legend(v) | Overlay::Source(v) | Overlay::Overview(v) => {
                text_overlay(&self.theme, v, area, buf)
            }
            Overlay::Diff(d) => text_overlay(&self.theme, &d.view, area, buf),
            Overlay::Detail(d) => text_overlay(&self.theme, &d.view, area, buf),
            Overlay::Facts(f) => {
                facts_view::render(self.analysis, &self.theme, self.focus, f, screen.body, buf)
            }
        }
    }
}

/// Draws a text view in its area (kept inside `screen`): cleared, framed with its title, wrapped
/// and scrolled down by its scroll (clamped so the last line can be reached but not passed).
/// When the text is longer than the frame, the bottom border says which lines are shown and
/// whether there is more below (the diff, source, help and legend views).
fn text_overlay(theme: &Theme, view: &TextView, screen: Rect, buf: &mut Buffer) {
    let area = view.area.intersection(screen);
    let lines = view.lines.clone();
    let scroll = view.scroll;
    let body = inner(area);
    let total = wrapped_height(&lines, body.width);
    let height = usize::from(body.height);
    let scroll = scroll.min(total.saturating_sub(height));
    let mut block = Block::bordered()
        .border_style(theme.focus_border)
        .title(Line::styled(view.title.as_str(), theme.title));
    if total > height && height > 0 {
        let last = (scroll + height).min(total);
        let up = if scroll > 0 { "↑ " } else { "" };
        let down = if last < total { " ↓ more" } else { " end" };
        block = block.title_bottom(
            Line::styled(
                format!(" {up}{}–{last} of {total}{down} ", scroll + 1),
                theme.title,
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
    } else if let Some(g) = &app.goto {
        format!("go to source (1 … {}): {g}▏", app.sources())
    } else if let Some(m) = &app.message {
        m.clone()
    } else if app.sources() < 2 {
        "Only one source: nothing to compare.".to_owned()
    } else {
        let n = app.data.count(app.focus);
        let cur = app.cursor_of(app.focus);
        let carried = app.data.info(app.focus, cur).map_or(0, |i| i.carried);
        let (s, ns, k) = (app.focus + 1, app.sources(), (cur + 1).min(n));
        let full =
            format!("source {s}/{ns} · sentence {k}/{n} · said by {carried} of {ns} sources");
        // Narrow terminals get the same facts in fewer words rather than a cut-off line.
        let room = usize::from(area.width).saturating_sub(status_right(app).chars().count() + 3);
        if super::wrap::str_width(&full) <= room {
            full
        } else {
            format!("src {s}/{ns} · {k}/{n} · said by {carried}/{ns}")
        }
    };
    let right = status_right(app);
    let rw = super::wrap::str_width(&right) as u16;
    // At least two spaces between the two halves.
    let lw = usize::from(area.width.saturating_sub(rw + 3));
    let line = Line::from(vec![
        Span::raw(" "),
        Span::raw(crate::text::width::truncate(&left, lw)),
    ]);
    line.style(t.status).render(area, buf);
    if rw < area.width {
        buf.set_string(area.x + area.width - rw, area.y, &right, t.status);
    }
}

/// The right half of the status bar: the active search, sync and zoom.
fn status_right(app: &App) -> String {
    let search = app
        .search
        .as_ref()
        .map(|s| format!("/{} ({} hits) · ", s.query, s.total()))
        .unwrap_or_default();
    format!(
        "{search}sync {}{} ",
        if app.sync { "on" } else { "off" },
        if app.zoom { " · zoom" } else { "" },
    )
}

/// The key-hint bar: the keys of the current mode from the key table, most useful first, as
/// many as fit the width.
fn hint_bar(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let hints = keys::hints(keymap::modes(app), app.search.is_some());
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    let room = usize::from(area.width);
    for (keys, label) in &hints {
        let w = super::wrap::str_width(keys) + 1 + super::wrap::str_width(label);
        let gap = if used > 1 { 2 } else { 0 };
        if used + gap + w > room {
            break;
        }
        if gap > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(keys.clone(), t.hint_key));
        spans.push(Span::styled(format!(" {label}"), t.hint));
        used += gap + w;
    }
    Line::from(spans).render(area, buf);
}
