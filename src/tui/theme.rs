//! Styles of the interface, for a dark or a light background ([`ThemeName`]). Every mark
//! also has a glyph or a text modifier (bold, underline,
//! reverse), so the interface reads the same without colour: with `NO_COLOR` set (to anything
//! non-empty, see <https://no-color.org>) no colour is emitted at all.

use crate::findings::Support;
use ratatui::style::{Color, Modifier, Style};

/// Gutter glyph of a sentence only this source carries.
pub const GLYPH_ONLY: &str = "◆";
/// Gutter glyph of a sentence some, but not all, other sources carry.
pub const GLYPH_SOME: &str = "◇";
/// Gutter glyphs of a sentence some other sources carry, by the share of sources that carry
/// it: a bar from an eighth to seven eighths high (2 of 22 is low, 21 of 22 nearly full).
pub const GLYPHS_SHARE: [&str; 7] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇"];
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
    /// A key in the key-hint bar.
    pub hint_key: Style,
    /// What a key does, in the key-hint bar.
    pub hint: Style,
}

/// Which colours: for a dark or a light terminal background, or whichever the terminal says
/// it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    /// Light text on a dark background.
    Dark,
    /// Dark text on a light background.
    Light,
    /// As the terminal says ([`ThemeName::resolve`]).
    #[default]
    Auto,
}

impl std::str::FromStr for ThemeName {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "dark" => Ok(Self::Dark),
            "light" => Ok(Self::Light),
            "auto" => Ok(Self::Auto),
            _ => Err(format!(
                "expected \"dark\", \"light\" or \"auto\", found {s:?}"
            )),
        }
    }
}

impl ThemeName {
    /// Dark or light: `Auto` asks the terminal through `COLORFGBG` (`fg;bg`, set by rxvt,
    /// Konsole, iTerm2 and others: a background of 7 or 9-15 is light), else takes dark.
    pub fn resolve(self) -> Self {
        match self {
            Self::Auto => {
                let var = std::env::var("COLORFGBG").unwrap_or_default();
                Self::from_colorfgbg(&var).unwrap_or(Self::Dark)
            }
            other => other,
        }
    }

    /// The background `COLORFGBG` names, if it names one.
    pub fn from_colorfgbg(value: &str) -> Option<Self> {
        let bg: u8 = value.rsplit(';').next()?.trim().parse().ok()?;
        Some(if bg == 7 || (9..=15).contains(&bg) {
            Self::Light
        } else {
            Self::Dark
        })
    }
}

impl Theme {
    /// The keys of the colours a config file may set ([`Theme::set_color`]).
    pub const COLOR_KEYS: [&'static str; 12] = [
        "only",
        "some",
        "all",
        "partial_atom",
        "conflict",
        "matched",
        "focus_border",
        "border",
        "dim",
        "status",
        "inserted",
        "deleted",
    ];

    /// The theme for the current environment: dark or light as the terminal says, no colour
    /// when `NO_COLOR` is set and non-empty.
    pub fn from_env() -> Self {
        Self::named(ThemeName::Auto.resolve(), colour_allowed())
    }

    /// The dark theme, with or without colour.
    pub fn new(color: bool) -> Self {
        Self::named(ThemeName::Dark, color)
    }

    /// The theme `name` (`Auto` is taken as dark: resolve it first), with or without colour.
    /// Without colour both are the same: modifiers only.
    pub fn named(name: ThemeName, color: bool) -> Self {
        let light = name == ThemeName::Light;
        let c = |style: Style, fg: Color| if color { style.fg(fg) } else { style };
        let pick = |dark: Color, light_c: Color| if light { light_c } else { dark };
        let b = Style::new();
        Self {
            color,
            only: c(
                b.add_modifier(Modifier::BOLD),
                pick(Color::Yellow, Color::Rgb(150, 75, 0)),
            ),
            some: c(b, pick(Color::Cyan, Color::Rgb(0, 95, 135))),
            all: c(b, pick(Color::Gray, Color::Rgb(70, 70, 70))),
            partial_atom: c(
                b.add_modifier(Modifier::UNDERLINED),
                pick(Color::Magenta, Color::Rgb(135, 0, 135)),
            ),
            conflict: c(
                b.add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
                pick(Color::Red, Color::Rgb(175, 0, 0)),
            ),
            cursor: b.add_modifier(Modifier::REVERSED),
            matched: if color {
                b.bg(pick(Color::Rgb(40, 40, 80), Color::Rgb(205, 215, 245)))
            } else {
                b.add_modifier(Modifier::ITALIC)
            },
            hit: b.add_modifier(Modifier::REVERSED),
            current_hit: if color {
                b.bg(Color::Yellow)
                    .fg(Color::Black)
                    .add_modifier(Modifier::BOLD)
            } else {
                b.add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED)
            },
            focus_border: c(
                b.add_modifier(Modifier::BOLD),
                pick(Color::LightBlue, Color::Blue),
            ),
            border: c(b, pick(Color::DarkGray, Color::Rgb(150, 150, 150))),
            dim: c(b, pick(Color::DarkGray, Color::Rgb(100, 100, 100))),
            title: b.add_modifier(Modifier::BOLD),
            selected: b.add_modifier(Modifier::REVERSED),
            // Word changes: a background tint, and still underlined / crossed out without colour.
            inserted: if color {
                b.add_modifier(Modifier::UNDERLINED)
                    .fg(pick(Color::LightGreen, Color::Rgb(0, 100, 0)))
                    .bg(pick(Color::Rgb(20, 60, 20), Color::Rgb(205, 240, 205)))
            } else {
                b.add_modifier(Modifier::UNDERLINED)
            },
            deleted: if color {
                b.add_modifier(Modifier::CROSSED_OUT)
                    .fg(pick(Color::LightRed, Color::Rgb(150, 0, 0)))
                    .bg(pick(Color::Rgb(70, 20, 20), Color::Rgb(250, 210, 210)))
            } else {
                b.add_modifier(Modifier::CROSSED_OUT)
            },
            status: if color {
                if light {
                    b.bg(Color::Rgb(215, 215, 215)).fg(Color::Black)
                } else {
                    b.bg(Color::DarkGray).fg(Color::White)
                }
            } else {
                b.add_modifier(Modifier::REVERSED)
            },
            hint_key: c(
                b.add_modifier(Modifier::BOLD),
                pick(Color::LightBlue, Color::Blue),
            ),
            hint: b,
        }
    }

    /// Sets the colour `key` (one of [`Theme::COLOR_KEYS`]; others are ignored): the text
    /// colour of a mark, the background of `matched` and `status`. Nothing without colour.
    pub fn set_color(&mut self, key: &str, color: Color) {
        if !self.color {
            return;
        }
        match key {
            "only" => self.only = self.only.fg(color),
            "some" => self.some = self.some.fg(color),
            "all" => self.all = self.all.fg(color),
            "partial_atom" => self.partial_atom = self.partial_atom.fg(color),
            "conflict" => self.conflict = self.conflict.fg(color),
            "matched" => self.matched = self.matched.bg(color),
            "focus_border" => self.focus_border = self.focus_border.fg(color),
            "border" => self.border = self.border.fg(color),
            "dim" => self.dim = self.dim.fg(color),
            "status" => self.status = self.status.bg(color),
            "inserted" => self.inserted = self.inserted.fg(color),
            "deleted" => self.deleted = self.deleted.fg(color),
            _ => {}
        }
    }
}

/// False when `NO_COLOR` is set and non-empty (<https://no-color.org>).
pub fn colour_allowed() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
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

/// Gutter glyph of a sentence in the panes: as [`support_glyph`], except that a sentence some
/// sources carry shows their share, `carried` of `sources`, as a bar ([`GLYPHS_SHARE`]).
pub fn share_glyph(
    support: Support,
    conflict: bool,
    carried: usize,
    sources: usize,
) -> &'static str {
    if conflict || support != Support::Some || sources == 0 {
        return support_glyph(support, conflict);
    }
    let n = GLYPHS_SHARE.len();
    let level = (carried * n).div_ceil(sources).clamp(1, n);
    GLYPHS_SHARE[level - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colorfgbg_names_the_background() {
        assert_eq!(ThemeName::from_colorfgbg("0;15"), Some(ThemeName::Light));
        assert_eq!(ThemeName::from_colorfgbg("15;0"), Some(ThemeName::Dark));
        assert_eq!(
            ThemeName::from_colorfgbg("12;default;7"),
            Some(ThemeName::Light)
        );
        assert_eq!(ThemeName::from_colorfgbg(""), None);
        assert_ne!(
            Theme::named(ThemeName::Light, true),
            Theme::named(ThemeName::Dark, true)
        );
        // Without colour the two are one.
        assert_eq!(
            Theme::named(ThemeName::Light, false),
            Theme::named(ThemeName::Dark, false)
        );
    }

    #[test]
    fn share_bar_rises_with_the_share() {
        assert_eq!(share_glyph(Support::Some, false, 2, 22), "▁");
        assert_eq!(share_glyph(Support::Some, false, 11, 22), "▄");
        assert_eq!(share_glyph(Support::Some, false, 21, 22), "▇");
        assert_eq!(share_glyph(Support::Some, true, 21, 22), GLYPH_CONFLICT);
        assert_eq!(share_glyph(Support::Only, false, 1, 22), GLYPH_ONLY);
        assert_eq!(share_glyph(Support::All, false, 22, 22), GLYPH_ALL);
    }
}
