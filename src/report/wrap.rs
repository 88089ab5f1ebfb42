//! Fitting text-report lines to a width: words wrapped with a hanging indent, words wider than
//! a line cut, ANSI colour sequences (the report's own; article text has none by then) counted
//! as zero width and closed at each line end and reopened on the next line.

use unicode_width::UnicodeWidthChar;

/// A piece of a line: a colour sequence (no width) or a character.
enum Piece<'a> {
    Sgr(&'a str),
    Char(char),
}

fn pieces(s: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '\u{1b}'
            && let Some(body) = rest.strip_prefix("\u{1b}[")
            && let Some(end) = body.find('m')
            && body[..end].chars().all(|d| d.is_ascii_digit() || d == ';')
        {
            let len = 2 + end + 1;
            out.push(Piece::Sgr(&rest[..len]));
            rest = &rest[len..];
            continue;
        }
        out.push(Piece::Char(c));
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Terminal columns of `s`, colour sequences not counted.
pub(crate) fn width(s: &str) -> usize {
    pieces(s)
        .iter()
        .map(|p| match p {
            Piece::Sgr(_) => 0,
            Piece::Char(c) => c.width().unwrap_or(0),
        })
        .sum()
}

/// Builds lines no wider than `width` (when the indents leave room for one character).
struct Lines<'a> {
    width: usize,
    hang: &'a str,
    out: String,
    line_width: usize,
    /// Words on the current line after its indent.
    words: usize,
    /// The colour in effect, to reopen after a break.
    active: Option<&'a str>,
}

impl<'a> Lines<'a> {
    fn push_sgr(&mut self, sgr: &'a str) {
        self.out.push_str(sgr);
        self.active = (sgr != "\u{1b}[0m").then_some(sgr);
    }

    fn push_piece(&mut self, p: &Piece<'a>) {
        match p {
            Piece::Sgr(s) => self.push_sgr(s),
            Piece::Char(c) => {
                self.out.push(*c);
                self.line_width += c.width().unwrap_or(0);
            }
        }
    }

    fn break_line(&mut self) {
        if self.active.is_some() {
            self.out.push_str("\u{1b}[0m");
        }
        while self.out.ends_with(' ') {
            self.out.pop();
        }
        self.out.push('\n');
        self.out.push_str(self.hang);
        self.line_width = width(self.hang);
        self.words = 0;
        if let Some(a) = self.active {
            self.out.push_str(a);
        }
    }

    fn word(&mut self, word: &'a str) {
        let w = width(word);
        let sep = usize::from(self.words > 0);
        if self.words > 0 && self.line_width + sep + w > self.width {
            self.break_line();
        }
        if self.words > 0 {
            self.out.push(' ');
            self.line_width += 1;
        }
        if self.line_width + w <= self.width {
            for p in pieces(word) {
                self.push_piece(&p);
            }
        } else {
            // Wider than a whole line: cut by characters.
            for p in pieces(word) {
                if let Piece::Char(c) = p
                    && self.line_width + c.width().unwrap_or(0) > self.width
                    && self.line_width > width(self.hang)
                {
                    self.break_line();
                }
                self.push_piece(&p);
            }
        }
        self.words += 1;
    }
}

/// `text` as lines of at most `width` columns, each ending in a line break: the first starts
/// with `first`, the others with `hang`. Runs of spaces between words become one.
pub(crate) fn wrap(text: &str, width: usize, first: &str, hang: &str) -> String {
    let mut lines = Lines {
        width,
        hang,
        out: String::from(first),
        line_width: self::width(first),
        words: 0,
        active: None,
    };
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        lines.word(word);
    }
    let mut out = lines.out;
    while out.ends_with(' ') {
        out.pop();
    }
    out.push('\n');
    out
}

/// Every line of `report` no wider than `width`: lines that fit are kept as they are, longer
/// ones are wrapped under their own indent plus two columns.
pub(crate) fn fit(report: &str, width: usize) -> String {
    let mut out = String::with_capacity(report.len() + report.len() / 16);
    for line in report.lines() {
        if self::width(line) <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let body = line.trim_start_matches(' ');
        let indent = &line[..line.len() - body.len()];
        let hang = format!("{indent}  ");
        out.push_str(&wrap(body, width, indent, &hang));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widths(s: &str) -> Vec<usize> {
        s.lines().map(width).collect()
    }

    #[test]
    fn wraps_words_with_a_hanging_indent() {
        let out = wrap("one two three four five six", 12, "- ", "  ");
        assert_eq!(out, "- one two\n  three four\n  five six\n");
    }

    #[test]
    fn cuts_words_wider_than_a_line() {
        let out = wrap("abcdefghijklmnop x", 8, "", "  ");
        assert!(widths(&out).iter().all(|&w| w <= 8), "{out:?}");
        assert_eq!(out.replace(['\n', ' '], ""), "abcdefghijklmnopx");
    }

    #[test]
    fn colours_have_no_width_and_close_at_line_ends() {
        let text = "plain \u{1b}[33mone two three\u{1b}[0m end";
        let out = wrap(text, 10, "", "");
        assert!(widths(&out).iter().all(|&w| w <= 10), "{out:?}");
        for line in out.lines() {
            let opens = line.matches("\u{1b}[33m").count();
            let closes = line.matches("\u{1b}[0m").count();
            assert_eq!(opens, closes, "{line:?}");
        }
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let out = wrap("日本語 日本語 日本語", 8, "", "");
        assert_eq!(widths(&out), vec![6, 6, 6]);
    }

    #[test]
    fn fit_keeps_short_lines_and_wraps_long_ones_under_their_indent() {
        let report = "short\n    a b c d e f g h\n";
        assert_eq!(
            fit(report, 10),
            "short\n    a b c\n      d e\n      f g\n      h\n"
        );
    }
}
