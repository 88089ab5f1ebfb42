//! The strip of source tabs at the top: one tab per source (number and label), the focused one
//! highlighted, those on screen in bold; arrows at either end when more sources lie beyond.

use super::layout::Screen;
use super::search::Search;
use super::theme::Theme;
use super::wrap::str_width;
use crate::findings::Analysis;
use crate::text::sanitize::for_display;
use crate::text::width::truncate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

/// Widest a tab's label may be.
const MAX_TAB_LABEL: usize = 18;

/// What clicking a tab does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TabTarget {
    /// Focus this source.
    Source(usize),
    /// Bring the sources before the window in.
    Earlier,
    /// Bring the sources after the window in.
    Later,
}

/// One tab on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tab {
    /// What it does when clicked.
    pub target: TabTarget,
    /// Where it is.
    pub area: Rect,
    /// Its text.
    pub text: String,
}

/// Lays the tabs out in `area`, starting at the first source on `screen`; with a search, each
/// tab says how many hits its source has.
pub fn layout(
    analysis: &Analysis,
    search: Option<&Search>,
    screen: &Screen,
    area: Rect,
) -> Vec<Tab> {
    let n = analysis.articles.len();
    let start = screen.panes.first().map_or(0, |p| p.source);
    let mut tabs = Vec::new();
    let mut x = area.x;
    let right = area.x + area.width;
    if start > 0 {
        let text = format!("‹{start} ");
        let w = str_width(&text) as u16;
        tabs.push(Tab {
            target: TabTarget::Earlier,
            area: Rect::new(x, area.y, w, 1),
            text,
        });
        x += w;
    }
    for source in start..n {
        let label = analysis
            .articles
            .get(source)
            .map(|a| for_display(&a.label).into_owned())
            .unwrap_or_default();
        // With a search active, each tab says how many hits its source has.
        let hits = search
            .map(|s| format!(" ({})", s.count_in(source)))
            .unwrap_or_default();
        let text = format!(" {} {}{hits} ", source + 1, truncate(&label, MAX_TAB_LABEL));
        let w = str_width(&text) as u16;
        let rest = n - source - 1;
        let reserve = if rest > 0 { 6 } else { 0 };
        if x + w + reserve > right {
            let text = format!(" {}›", n - source);
            let w = str_width(&text) as u16;
            tabs.push(Tab {
                target: TabTarget::Later,
                area: Rect::new(right.saturating_sub(w).max(x), area.y, w, 1),
                text,
            });
            break;
        }
        tabs.push(Tab {
            target: TabTarget::Source(source),
            area: Rect::new(x, area.y, w, 1),
            text,
        });
        x += w + 1;
    }
    tabs
}

/// Draws the tab strip `tabs` (from [`layout`]), `focus` highlighted and those on `screen` bold.
pub fn render(theme: &Theme, focus: usize, screen: &Screen, tabs: &[Tab], buf: &mut Buffer) {
    for tab in tabs {
        let style = match tab.target {
            TabTarget::Source(s) if s == focus => theme.selected.add_modifier(Modifier::BOLD),
            TabTarget::Source(s) if screen.panes.iter().any(|p| p.source == s) => theme.title,
            _ => theme.dim,
        };
        buf.set_stringn(
            tab.area.x,
            tab.area.y,
            &tab.text,
            usize::from(tab.area.width),
            style,
        );
    }
}
