//! The strip of source tabs at the top: one tab per source (number and label, as wide as the
//! strip allows), the focused one highlighted, those on screen in bold; arrows at either end
//! when more sources lie beyond.

use super::layout::Screen;
use super::search::Search;
use super::theme::Theme;
use super::wrap::str_width;
use crate::findings::{Analysis, SourceCounts};
use crate::text::sanitize::for_display;
use crate::text::width::truncate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

/// Widths a tab's label may take, widest first (up to the configured widest): the strip takes
/// the widest at which every tab from the first on screen fits, else the one at which the
/// panes' own tabs fit.
const TAB_LABEL_WIDTHS: [usize; 8] = [64, 32, 26, 22, 18, 14, 11, 8];

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
    counts: &[SourceCounts],
    tab_width: usize,
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
    let text_of = |source: usize, cap: usize| {
        let label = analysis
            .articles
            .get(source)
            .map(|a| for_display(&a.label).into_owned())
            .unwrap_or_default();
        // With a search active, each tab says how many hits its source has.
        let hits = search
            .map(|s| format!(" ({})", s.count_in(source)))
            .unwrap_or_default();
        let badges = counts
            .get(source)
            .map(super::overview::badges)
            .filter(|b| !b.is_empty())
            .map(|b| format!(" {b}"))
            .unwrap_or_default();
        format!(" {} {}{badges}{hits} ", source + 1, truncate(&label, cap))
    };
    let room = usize::from(right.saturating_sub(x));
    // As the loop below lays them out: a gap after each tab, and room for the `N›` arrow
    // while sources are left over.
    let fits = |cap: usize, count: usize| {
        let end = (start + count).min(n);
        let room = room.saturating_sub(if end < n { 6 } else { 0 });
        let mut used = 0;
        for s in start..end {
            used += str_width(&text_of(s, cap)) + 1;
            if used > room + 1 {
                return false;
            }
        }
        true
    };
    let on_screen = screen.panes.len().max(1);
    let widths: Vec<usize> = std::iter::once(tab_width)
        .chain(TAB_LABEL_WIDTHS.iter().copied().filter(|&w| w < tab_width))
        .collect();
    let cap = widths
        .iter()
        .copied()
        .find(|&cap| fits(cap, n))
        .or_else(|| widths.iter().copied().find(|&cap| fits(cap, on_screen)))
        .unwrap_or(tab_width.min(8));
    for source in start..n {
        let text = text_of(source, cap);
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
