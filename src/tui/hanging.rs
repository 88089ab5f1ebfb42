//! Styled lines wrapped to a width by hand, with a hanging indent: continuation lines start
//! under the text, not under the line's lead (`  2 Daily  ` or a key column). ratatui's own
//! wrapping starts them at column 0, which at 80 columns breaks the columns of the help, the
//! legend and the diff view.

use super::wrap::str_width;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// `line` wrapped to `width` columns at spaces (a word longer than a line is cut), every line
/// after the first indented by `indent` columns. The line's own style stays on every piece.
pub fn wrap(line: &Line<'static>, width: usize, indent: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let indent = indent.min(width / 2);
    // Words with their trailing space, each with its span's style.
    let mut words: Vec<(String, ratatui::style::Style)> = Vec::new();
    for span in &line.spans {
        let mut word = String::new();
        for c in span.content.chars() {
            word.push(c);
            if c == ' ' {
                words.push((std::mem::take(&mut word), span.style));
            }
        }
        if !word.is_empty() {
            words.push((word, span.style));
        }
    }
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut current: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    let flush = |current: &mut Vec<Span<'static>>, out: &mut Vec<Line<'static>>| {
        let mut l = Line::from(std::mem::take(current));
        l.style = line.style;
        out.push(l);
    };
    for (word, style) in words {
        let w = str_width(word.trim_end_matches(' '));
        if used > 0 && used + w > width && used > indent {
            flush(&mut current, &mut out);
            current.push(Span::raw(" ".repeat(indent)));
            used = indent;
            if word.trim().is_empty() {
                continue;
            }
        }
        if used + w > width {
            // Longer than a whole line: cut it by columns.
            let mut piece = String::new();
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > width && used > indent {
                    current.push(Span::styled(std::mem::take(&mut piece), style));
                    flush(&mut current, &mut out);
                    current.push(Span::raw(" ".repeat(indent)));
                    used = indent;
                }
                piece.push(c);
                used += cw;
            }
            current.push(Span::styled(piece, style));
            continue;
        }
        used += str_width(&word);
        current.push(Span::styled(word, style));
    }
    if !current.is_empty() || out.is_empty() {
        flush(&mut current, &mut out);
    }
    out
}

/// Every line of `lines` wrapped as [`wrap`] does, each with its own indent from `indent_of`.
pub fn wrap_all(
    lines: Vec<Line<'static>>,
    width: usize,
    indent_of: impl Fn(&Line<'static>) -> usize,
) -> Vec<Line<'static>> {
    lines
        .iter()
        .flat_map(|l| wrap(l, width, indent_of(l)))
        .collect()
}

/// Columns of leading spaces of a line: the indent its continuation lines should keep, plus
/// `extra`.
pub fn leading(line: &Line<'_>, extra: usize) -> usize {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    text.chars().take_while(|c| *c == ' ').count() + extra
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line<'_>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn continuation_lines_hang_under_the_text() {
        let line = Line::from(vec![
            Span::raw("  j ↓ / k ↑  "),
            Span::raw("move the cursor down by one sentence"),
        ]);
        let out = wrap(&line, 24, 13);
        let t = text(&out);
        assert_eq!(t[0].trim_end(), "  j ↓ / k ↑  move the");
        assert!(
            t[1..].iter().all(|l| l.starts_with(&" ".repeat(11))),
            "{t:?}"
        );
        assert!(t.iter().all(|l| str_width(l.trim_end()) <= 24), "{t:?}");
        let joined: Vec<&str> = t.iter().flat_map(|l| l.split_whitespace()).collect();
        assert_eq!(
            joined.join(" "),
            "j ↓ / k ↑ move the cursor down by one sentence"
        );
    }

    #[test]
    fn long_words_are_cut_and_empty_lines_stay() {
        let out = wrap(&Line::raw("abcdefghij"), 4, 0);
        assert_eq!(text(&out), ["abcd", "efgh", "ij"]);
        assert_eq!(text(&wrap(&Line::raw(""), 10, 2)), [""]);
    }
}
