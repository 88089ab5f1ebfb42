//! Styles of the interface. Every mark also has a glyph or a text modifier (bold, underline,
//! reverse), so the interface reads the same without colour: with `NO_COLOR` set (to anything
//! non-empty, see <https://no-color.org>) no colour is emitted at all.

use crate::findings::Support;
use ratatui::style::{Color, Modifier, Style};

/// Gutter glyph of a sentence only this source carries.
pub const GLYPH_ONLY: &str = "◆";
/// Gutter glyph of a sentence some, but not all, other sources carry.
pub const GLYPH_SOME: &str = "◇";
/// Gutter glyph of a sentence every source carries.
pub const GLYPH_ALL: &str = "·";
/// Gutter glyph of a sentence involved in a conflict (overrides the support glyph).
pub const GLYPH_CONFLICT: &str = "!";
/// Gutter marker of the cursor sentence in the focused pane.
pub const GLYPH_CURSOR: &str = "▶";
/// Gutter marker of the counterpart of the cursor sentence in another pane.
pub const GLYPH_MATCH: &str = "▷";
/// Coverage mark: the source carries the fact.
pub const GLYPH_HAS: &str = "●";
/// Coverage mark: the source lacks the fact.
pub const GLYPH_LACKS: &str = "○";

/// All styles used by the interface.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Whether colours are emitted (false under `NO_COLOR`).
    pub color: bool,
    /// Text of a sentence only this source carries.
    pub only: Style,
    /// Text of a sentence some other sources carry.
    pub some: Style,
    /// Text of a sentence every source carries.
    pub all: Style,
    /// Extra style of an atom (name, number, date, quote) that only some sources carry.
    pub partial_atom: Style,
    /// Extra style of a conflicting value.
    pub conflict: Style,
    /// Extra style of the cursor sentence.
    pub cursor: Style,
    /// Extra style of the counterpart of the cursor sentence in other panes.
    pub matched: Style,
    /// Extra style of a search hit.
    pub hit: Style,
    /// Extra style of the current search hit.
    pub current_hit: Style,
    /// Border of the focused pane.
    pub focus_border: Style,
    /// Border of other panes.
    pub border: Style,
    /// Secondary text: dates, hints, counts.
    pub dim: Style,
    /// Headings and titles.
    pub title: Style,
    /// The selected tab or row.
    pub selected: Style,
    /// Words only in the compared sentence (diff view).
    pub inserted: Style,
    /// Words only in the base sentence (diff view).
    pub deleted: Style,
    /// Status bar.
    pub status: Style,
}

impl Theme {
    /// The theme for the current environment: no colour when `NO_COLOR` is set and non-empty.
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self::new(!no_color)
    }

    /// A theme with or without colour.
    pub fn new(color: bool) -> Self {
        let c = |style: Style, fg: Color| if color { style.fg(fg) } else { style };
        let b = Style::new();
        Self {
            color,
            only: c(b.add_modifier(Modifier::BOLD), Color::Yellow),
            some: c(b, Color::Cyan),
            all: c(b, Color::Gray),
            partial_atom: c(b.add_modifier(Modifier::UNDERLINED), Color::Magenta),
            conflict: c(
                b.add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
                Color::Red,
            ),
            cursor: b.add_modifier(Modifier::REVERSED),
            matched: if color {
                b.bg(Color::Rgb(40, 40, 80))
            } else {
                b.add_modifier(Modifier::ITALIC)
            },
            hit: b.add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            current_hit: if color {
                b.bg(Color::Yellow).fg(Color::Black)
            } else {
                b.add_modifier(Modifier::REVERSED | Modifier::BOLD)
            },
            focus_border: c(b.add_modifier(Modifier::BOLD), Color::LightBlue),
            border: c(b, Color::DarkGray),
            dim: c(b, Color::DarkGray),
            title: b.add_modifier(Modifier::BOLD),
            selected: b.add_modifier(Modifier::REVERSED),
            inserted: c(b.add_modifier(Modifier::UNDERLINED), Color::Green),
            deleted: c(b.add_modifier(Modifier::CROSSED_OUT), Color::Red),
            status: if color {
                b.bg(Color::DarkGray).fg(Color::White)
            } else {
                b.add_modifier(Modifier::REVERSED)
            },
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::new(true)
    }
}

/// Base style of a sentence by its support.
pub fn support_style(theme: &Theme, support: Support) -> Style {
    match support {
        Support::Only => theme.only,
        Support::Some => theme.some,
        Support::All => theme.all,
    }
}

/// Gutter glyph of a sentence.
pub fn support_glyph(support: Support, conflict: bool) -> &'static str {
    if conflict {
        return GLYPH_CONFLICT;
    }
    match support {
        Support::Only => GLYPH_ONLY,
        Support::Some => GLYPH_SOME,
        Support::All => GLYPH_ALL,
    }
}
