//! Where everything goes on screen: the tab strip, the panes, the status bar, the key hints. Pure functions of
//! the terminal size and the interface state, so rendering and mouse handling agree.

use ratatui::layout::Rect;

/// Narrowest pane (border included) that stays readable.
pub const MIN_PANE_WIDTH: u16 = 30;
/// Smallest usable terminal width.
pub const MIN_WIDTH: u16 = 40;
/// Smallest usable terminal height.
pub const MIN_HEIGHT: u16 = 10;
/// Columns of the gutter left of the text (cursor marker and support glyph).
pub const GUTTER: u16 = 2;

/// True when the terminal is too small for the interface.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// How many panes fit side by side at this width.
pub fn panes_that_fit(width: u16, sources: usize, zoom: bool) -> usize {
    if zoom {
        return 1.min(sources);
    }
    let fit = usize::from((width / MIN_PANE_WIDTH).max(1));
    fit.min(sources)
}

/// First source of the window of `count` panes that keeps `focus` in view, moving `first` as
/// little as possible.
pub fn window_start(first: usize, focus: usize, count: usize, sources: usize) -> usize {
    let count = count.max(1);
    let mut first = first.min(sources.saturating_sub(count));
    if focus < first {
        first = focus;
    } else if focus >= first + count {
        first = focus + 1 - count;
    }
    first
}

/// One pane on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaneArea {
    /// Source shown.
    pub source: usize,
    /// The whole pane, border included.
    pub outer: Rect,
    /// The gutter column(s) left of the text.
    pub gutter: Rect,
    /// The text.
    pub text: Rect,
}

/// The screen split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    /// The tab strip at the top.
    pub tabs: Rect,
    /// The panes, left to right.
    pub panes: Vec<PaneArea>,
    /// The status bar, above the key hints.
    pub status: Rect,
    /// The key-hint bar, the bottom line.
    pub hints: Rect,
    /// Everything between the tab strip and the status bar.
    pub body: Rect,
}

/// Splits `area` for `sources` sources, showing the window starting at `first`.
pub fn screen(area: Rect, sources: usize, first: usize, zoom: bool, focus: usize) -> Screen {
    let tabs = Rect::new(area.x, area.y, area.width, 1.min(area.height));
    let status = Rect::new(
        area.x,
        area.y + area.height.saturating_sub(2),
        area.width,
        1.min(area.height),
    );
    let hints = Rect::new(
        area.x,
        area.y + area.height.saturating_sub(1),
        area.width,
        1.min(area.height),
    );
    let body = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(3),
    );
    let count = panes_that_fit(area.width, sources, zoom);
    let first = if zoom {
        focus
    } else {
        window_start(first, focus, count, sources)
    };
    let mut panes = Vec::with_capacity(count);
    if count > 0 {
        let n = count as u16;
        let base = body.width / n;
        let extra = body.width % n;
        let mut x = body.x;
        for k in 0..n {
            let w = base + u16::from(k < extra);
            let outer = Rect::new(x, body.y, w, body.height);
            let inner_h = body.height.saturating_sub(2);
            let gutter = Rect::new(x + 1, body.y + 1, GUTTER.min(w.saturating_sub(2)), inner_h);
            let text = Rect::new(
                gutter.x + gutter.width,
                body.y + 1,
                w.saturating_sub(2 + gutter.width),
                inner_h,
            );
            panes.push(PaneArea {
                source: first + usize::from(k),
                outer,
                gutter,
                text,
            });
            x += w;
        }
    }
    Screen {
        tabs,
        panes,
        status,
        hints,
        body,
    }
}

/// A rectangle of `percent_x` × `percent_y` of `area`, centred, at least `min_w` × `min_h`.
pub fn centered(area: Rect, percent_x: u16, percent_y: u16, min_w: u16, min_h: u16) -> Rect {
    let w = (area.width * percent_x / 100).max(min_w).min(area.width);
    let h = (area.height * percent_y / 100).max(min_h).min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_fit_at_150() {
        assert_eq!(panes_that_fit(150, 5, false), 5);
        assert_eq!(panes_that_fit(80, 5, false), 2);
        assert_eq!(panes_that_fit(250, 40, false), 8);
        assert_eq!(panes_that_fit(250, 5, true), 1);
    }

    #[test]
    fn window_follows_focus() {
        assert_eq!(window_start(0, 3, 2, 5), 2);
        assert_eq!(window_start(2, 1, 2, 5), 1);
        assert_eq!(window_start(4, 4, 2, 5), 3);
    }

    #[test]
    fn panes_tile_the_body() {
        let s = screen(Rect::new(0, 0, 151, 40), 5, 0, false, 0);
        assert_eq!(s.panes.len(), 5);
        assert_eq!(s.panes.iter().map(|p| p.outer.width).sum::<u16>(), 151);
        assert!(s.panes.iter().all(|p| p.text.width >= 26));
    }
}
