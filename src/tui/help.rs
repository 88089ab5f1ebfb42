//! The help view: every row of the key table ([`super::keys::TABLE`]), under its mode, and the
//! precedence of modes. Built as lines when the view opens or the terminal resizes.

use super::keys::{PRECEDENCE, SAFE_KEYS, TABLE, keys_text};
use super::layout::centered;
use super::overlay::TextView;
use super::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The help text as lines.
pub fn lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let mut mode = None;
    for row in TABLE {
        if mode != Some(row.mode) {
            if !out.is_empty() {
                out.push(Line::raw(""));
            }
            let name = row.mode.name();
            let mut heading = name[..1].to_uppercase();
            heading.push_str(&name[1..]);
            out.push(Line::styled(heading, theme.title));
            mode = Some(row.mode);
        }
        out.push(Line::from(vec![
            Span::styled(format!("  {:<20} ", keys_text(row, false)), theme.some),
            Span::raw(row.what),
        ]));
    }
    out.push(Line::raw(""));
    out.push(Line::styled(PRECEDENCE, theme.dim));
    out.push(Line::styled(SAFE_KEYS, theme.dim));
    out
}

/// Where the help goes in `body`.
pub fn area(body: Rect) -> Rect {
    centered(body, 80, 90, 40, 8)
}

/// Columns before a row's description: the key column and its margins.
const KEY_COLUMN: usize = 23;

/// The help view for a screen body of `body`, scrolled to `scroll`: wrapped to the frame,
/// each description's continuation lines under the description.
pub fn view(theme: &Theme, body: Rect, scroll: usize) -> TextView {
    let area = area(body);
    let width = usize::from(super::overlay::inner(area).width);
    // Narrow frames hang descriptions just under the keys: a key column would leave them
    // a word or two a line.
    let hang = if width >= 60 { KEY_COLUMN } else { 4 };
    let lines = super::hanging::wrap_all(lines(theme), width, |l| {
        if l.spans.len() == 2 { hang } else { 0 }
    });
    TextView::new(" Keys — q/Esc closes ".to_owned(), lines, area, scroll)
}
