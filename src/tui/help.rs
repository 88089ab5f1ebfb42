//! The help overlay: every key, grouped, with the precedence rules spelled out.

use super::app::App;
use super::layout::centered;
use super::view::text_overlay;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Every key, as (section, [(keys, what they do)]). The README lists the same table.
pub const KEYS: &[(&str, &[(&str, &str)])] = &[
    (
        "Reading",
        &[
            ("j / ↓", "next sentence"),
            ("k / ↑", "previous sentence"),
            ("g / Home", "first sentence"),
            ("G / End", "last sentence"),
            ("Ctrl-d / Ctrl-u", "half a screen down / up"),
            ("PgDn / PgUp / Space", "a screen down / up"),
            ("l / → / Tab", "next pane"),
            ("h / ← / Shift-Tab", "previous pane"),
            ("1 … 9", "focus source 1 … 9"),
            ("] / [", "next / previous screenful of sources"),
            ("z", "zoom: the focused pane alone, or all again"),
            ("s", "synchronised scrolling off / on"),
            ("mouse wheel", "scroll the pane under the mouse"),
            (
                "click",
                "put the cursor on a sentence; click a tab to focus it",
            ),
        ],
    ),
    (
        "Finding",
        &[
            ("n / N", "next / previous sentence only this source carries"),
            ("c", "next sentence in a conflict"),
            ("/", "search all panes (Enter runs it, Esc cancels)"),
            (
                "n / N",
                "while a search is active: next / previous hit (Esc clears the search)",
            ),
        ],
    ),
    (
        "Views",
        &[
            (
                "d / Enter",
                "diff view: the cursor sentence against its counterparts",
            ),
            ("  b", "  make the next source the base"),
            ("  1 … 9", "  make that source the base"),
            ("  p", "  compare whole paragraphs, or sentences again"),
            ("f", "facts view: claims and atoms × sources"),
            (
                "  a o m c v",
                "  all / only one source / omitted here (2+ others carry) / conflicts / quotes",
            ),
            ("  Enter", "  jump to the selected fact in the panes"),
            ("  h l / ← →", "  scroll the source columns by one source"),
            ("  [ ]", "  scroll the source columns by a screenful"),
            ("i", "source view: metadata and what cleaning removed"),
            ("L", "legend of the marks"),
            ("?", "this help"),
            ("j k g G PgUp PgDn", "scroll or select in a view"),
        ],
    ),
    (
        "Leaving",
        &[
            ("Esc", "close the prompt, the view, the search — else quit"),
            ("q / Ctrl-C", "quit"),
        ],
    ),
];

/// The help text as lines.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let mut out = Vec::new();
    for (section, keys) in KEYS {
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.push(Line::styled(*section, theme.title));
        for (k, what) in *keys {
            out.push(Line::from(vec![
                Span::styled(format!("  {k:<20} "), theme.some),
                Span::raw(*what),
            ]));
        }
    }
    out.push(Line::raw(""));
    out.push(Line::styled(
        "Precedence: the search prompt takes every key; then an open view; then n/N go to search hits while a search is active.",
        theme.dim,
    ));
    out
}

/// Where the help goes in `body`.
pub fn area(body: Rect) -> Rect {
    centered(body, 80, 90, 40, 8)
}

/// Draws the help overlay.
pub fn render(app: &App, scroll: usize, body: Rect, buf: &mut Buffer) {
    text_overlay(
        app,
        lines(app),
        scroll,
        " Keys — Esc closes ",
        area(body),
        buf,
    );
}
