//! The reading panes: one per source, side by side, each with its support gutter, inline marks
//! (partial atoms, conflicting values, search hits), cursor and counterpart marks, and a
//! scrollbar.

use super::app::App;
use super::layout::PaneArea;
use super::theme::{self, share_glyph, support_style};
use super::wrap::{Wrapped, wrap_article};
use crate::findings::Support;
use crate::model::Span;
use crate::text::sanitize::{for_display, is_unsafe_char};
use crate::text::width::truncate;
use ratatui::buffer::Buffer;
use ratatui::layout::Margin;
use ratatui::style::Style;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{
    Block, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};
use std::borrow::Cow;

/// Draws one pane.
pub fn render(app: &App, pane: &PaneArea, buf: &mut Buffer) {
    let theme = &app.theme;
    let source = pane.source;
    let Some(article) = app.analysis.articles.get(source) else {
        return;
    };
    let focused = source == app.focus;
    let label = for_display(&article.label);
    let date = article
        .meta
        .date
        .as_deref()
        .map(|d| for_display(d).into_owned())
        .unwrap_or_default();
    let room = usize::from(pane.outer.width.saturating_sub(4));
    let number = format!("{} ", source + 1);
    let date_part = if date.is_empty() {
        String::new()
    } else {
        format!(" · {date}")
    };
    let label_room = room.saturating_sub(number.len() + date_part.chars().count());
    let mut title = vec![
        TextSpan::styled(number, theme.dim),
        TextSpan::styled(truncate(&label, label_room.max(1)), theme.title),
    ];
    if !date_part.is_empty() && label_room > 3 {
        title.push(TextSpan::styled(date_part, theme.dim));
    }
    let block = Block::bordered()
        .border_style(if focused {
            theme.focus_border
        } else {
            theme.border
        })
        .title(Line::from(title));
    block.render(pane.outer, buf);

    let wrapped: Cow<Wrapped> = match app.wraps.get(source) {
        Some(w) if w.width == pane.text.width.max(1) => Cow::Borrowed(w),
        _ => Cow::Owned(wrap_article(article, pane.text.width.max(1))),
    };
    let top = app.scroll_of(source);
    let height = usize::from(pane.text.height);
    let cursor = focused.then(|| app.cursor_of(source));
    let matched = app.matched_in(source);
    let atoms = app
        .data
        .partial_atoms
        .get(source)
        .map_or(&[][..], Vec::as_slice);
    let conflicts = app
        .data
        .conflict_values
        .get(source)
        .map_or(&[][..], Vec::as_slice);
    let hits: Vec<Span> = app
        .search
        .as_ref()
        .map(|s| s.hits_in(source).collect())
        .unwrap_or_default();
    let current_hit = app
        .search
        .as_ref()
        .and_then(|s| s.current.and_then(|k| s.hits.get(k)))
        .filter(|(s, _)| *s == source)
        .map(|(_, span)| *span);

    // Filler lines above the text (reading in sync) push it down.
    let pad = app.pad_of(source).min(height);
    for (row, line) in wrapped
        .lines
        .iter()
        .skip(top)
        .take(height - pad)
        .enumerate()
    {
        let y = pane.text.y + (row + pad) as u16;
        let Some(k) = line.sentence else {
            continue;
        };
        let Some(info) = app.data.info(source, k) else {
            continue;
        };
        let is_cursor = cursor == Some(k);
        let is_match = matched == Some(k);
        // Gutter: cursor/counterpart marker, then the support glyph on the sentence's first line.
        let marker = if (is_cursor || is_match) && !line.first {
            "▏"
        } else if is_cursor {
            theme::GLYPH_CURSOR
        } else if is_match {
            theme::GLYPH_MATCH
        } else {
            " "
        };
        let mut base = support_style(theme, info.support);
        if is_cursor {
            base = base.patch(theme.cursor);
        } else if is_match {
            base = base.patch(theme.matched);
        }
        if pane.gutter.width >= 2 {
            buf.set_string(pane.gutter.x, y, marker, base);
            if line.first {
                buf.set_string(
                    pane.gutter.x + 1,
                    y,
                    share_glyph(info.support, info.conflict, info.carried, app.sources()),
                    if info.conflict {
                        theme.conflict
                    } else {
                        support_style(theme, info.support)
                    },
                );
            }
        }
        draw_line(
            buf,
            pane.text.x,
            y,
            pane.text.width,
            &article.text,
            line.span,
            base,
            &[
                // Inside a sentence no other source carries, every name is "only here"
                // already: underlining them adds nothing.
                (
                    if info.support == Support::Only {
                        &[][..]
                    } else {
                        atoms
                    },
                    theme.partial_atom,
                ),
                (conflicts, theme.conflict),
                (&hits, theme.hit),
            ],
            current_hit.map(|s| (s, theme.current_hit)),
        );
    }

    if wrapped.lines.len() > height {
        let mut state = ScrollbarState::new(wrapped.max_scroll(height) + 1)
            .position(top)
            .viewport_content_length(height);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(Some("│"))
            .thumb_symbol("┃")
            .style(if focused {
                theme.focus_border
            } else {
                theme.border
            })
            .render(
                pane.outer.inner(Margin {
                    horizontal: 0,
                    vertical: 1,
                }),
                buf,
                &mut state,
            );
    }
}

/// Draws the bytes `span` of `text` at (x, y), each run styled by `base` patched with the style
/// of every mark list whose spans cover it.
#[allow(clippy::too_many_arguments)]
fn draw_line(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    width: u16,
    text: &str,
    span: Span,
    base: Style,
    marks: &[(&[Span], Style)],
    current: Option<(Span, Style)>,
) {
    let slice = span.slice(text);
    let style_at = |at: usize| {
        let mut style = base;
        for (spans, s) in marks {
            // Spans are sorted by start; few of them start before `at`.
            let k = spans.partition_point(|sp| sp.start <= at);
            if spans
                .get(..k)
                .unwrap_or(&[])
                .iter()
                .rev()
                .take(8)
                .any(|sp| sp.end > at)
            {
                style = style.patch(*s);
            }
        }
        if let Some((sp, s)) = current
            && sp.start <= at
            && at < sp.end
        {
            style = style.patch(s);
        }
        style
    };
    let mut col = x;
    let right = x + width;
    let mut run_start = 0;
    let mut run_style: Option<Style> = None;
    let mut flush = |from: usize, to: usize, style: Style, col: &mut u16| {
        let piece = slice.get(from..to).unwrap_or("");
        // Second line of defence: ingest already removed these.
        let piece: Cow<str> = if piece.chars().any(is_unsafe_char) {
            Cow::Owned(piece.chars().filter(|c| !is_unsafe_char(*c)).collect())
        } else {
            Cow::Borrowed(piece)
        };
        let room = usize::from(right.saturating_sub(*col));
        let (end_x, _) = buf.set_stringn(*col, y, piece.as_ref(), room, style);
        *col = end_x;
    };
    for (i, _) in slice.char_indices() {
        let style = style_at(span.start + i);
        match run_style {
            Some(s) if s == style => {}
            Some(s) => {
                flush(run_start, i, s, &mut col);
                run_start = i;
                run_style = Some(style);
            }
            None => {
                run_start = i;
                run_style = Some(style);
            }
        }
    }
    if let Some(s) = run_style {
        flush(run_start, slice.len(), s, &mut col);
    }
}
