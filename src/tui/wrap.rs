//! Word wrapping of an article into screen lines that keep their byte spans, so the interface
//! knows which screen line every sentence and every byte lands on (cursor, marks, sync, search,
//! mouse clicks). Each sentence starts on a fresh line; paragraphs are separated by a blank line.

use crate::model::{Article, Span};
use unicode_width::UnicodeWidthChar;

/// One screen line of a wrapped article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenLine {
    /// The bytes of the article's text shown on this line (empty for a blank line).
    pub span: Span,
    /// Reading-order index of the sentence this line belongs to (`None` for blank lines).
    pub sentence: Option<usize>,
    /// True on the first line of its sentence.
    pub first: bool,
}

/// An article wrapped to a width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wrapped {
    /// Width in columns the lines were wrapped to.
    pub width: u16,
    /// The screen lines, top to bottom.
    pub lines: Vec<ScreenLine>,
    /// Per sentence (reading order): index of its first and last screen line.
    pub sentence_lines: Vec<(usize, usize)>,
    /// Per paragraph: index of its first screen line.
    pub paragraph_lines: Vec<usize>,
}

impl Wrapped {
    /// First screen line of a sentence (0 when out of range).
    pub fn first_line(&self, sentence: usize) -> usize {
        self.sentence_lines.get(sentence).map_or(0, |l| l.0)
    }

    /// Last screen line of a sentence (0 when out of range).
    pub fn last_line(&self, sentence: usize) -> usize {
        self.sentence_lines.get(sentence).map_or(0, |l| l.1)
    }

    /// The sentence shown on a screen line, or the nearest one after it (then before it).
    pub fn sentence_near(&self, line: usize) -> Option<usize> {
        let after = self.lines.iter().skip(line).find_map(|l| l.sentence);
        after.or_else(|| self.lines.iter().take(line).rev().find_map(|l| l.sentence))
    }

    /// Largest useful scroll offset for a viewport of `height` lines.
    pub fn max_scroll(&self, height: usize) -> usize {
        self.lines.len().saturating_sub(height.max(1))
    }
}

/// Wraps an article to `width` columns (at least 1).
pub fn wrap_article(article: &Article, width: u16) -> Wrapped {
    let w = usize::from(width.max(1));
    let mut lines = Vec::new();
    let mut sentence_lines = Vec::new();
    let mut paragraph_lines = Vec::new();
    for (pi, p) in article.paragraphs.iter().enumerate() {
        if pi > 0 {
            lines.push(ScreenLine {
                span: Span::new(p.span.start, p.span.start),
                sentence: None,
                first: false,
            });
        }
        paragraph_lines.push(lines.len());
        if p.sentences.is_empty() {
            for span in wrap_span(&article.text, p.span, w) {
                lines.push(ScreenLine {
                    span,
                    sentence: None,
                    first: false,
                });
            }
            continue;
        }
        for s in &p.sentences {
            let index = sentence_lines.len();
            let first = lines.len();
            for (k, span) in wrap_span(&article.text, s.span, w).into_iter().enumerate() {
                lines.push(ScreenLine {
                    span,
                    sentence: Some(index),
                    first: k == 0,
                });
            }
            sentence_lines.push((first, lines.len().saturating_sub(1).max(first)));
        }
    }
    Wrapped {
        width,
        lines,
        sentence_lines,
        paragraph_lines,
    }
}

/// Display width of a string (control characters count as zero).
pub use crate::text::width::str_width;

/// Splits the text under `span` into lines of at most `width` columns, breaking at white space;
/// a word longer than a line is broken inside. Always returns at least one line.
pub fn wrap_span(text: &str, span: Span, width: usize) -> Vec<Span> {
    let slice = span.slice(text);
    let base = span.start;
    let mut out = Vec::new();
    // Current line: start and end (exclusive) in bytes relative to `slice`, and its width.
    let mut line: Option<(usize, usize, usize)> = None;
    let mut gap_width = 0usize;
    let mut forced = false;
    let mut word: Option<(usize, usize, usize)> = None; // start, end, width of the current word

    let flush_word = |line: &mut Option<(usize, usize, usize)>,
                      word: (usize, usize, usize),
                      gap_width: usize,
                      forced: bool,
                      out: &mut Vec<Span>| {
        let (ws, we, ww) = word;
        if let Some((ls, le, lw)) = *line {
            if !forced && lw + gap_width + ww <= width {
                *line = Some((ls, we, lw + gap_width + ww));
                return;
            }
            out.push(Span::new(base + ls, base + le));
            *line = None;
        }
        if ww <= width {
            *line = Some((ws, we, ww));
            return;
        }
        // Break an over-long word by characters.
        let mut cs = ws;
        let mut cw = 0;
        for (i, c) in slice.get(ws..we).unwrap_or("").char_indices() {
            let w = c.width().unwrap_or(0);
            if cw + w > width && cw > 0 {
                out.push(Span::new(base + cs, base + ws + i));
                cs = ws + i;
                cw = 0;
            }
            cw += w;
        }
        *line = Some((cs, we, cw));
    };

    for (i, c) in slice.char_indices() {
        if c.is_whitespace() {
            if let Some(wd) = word.take() {
                flush_word(&mut line, wd, gap_width, forced, &mut out);
                forced = false;
                gap_width = 0;
            }
            if line.is_some() {
                if c == '\n' {
                    forced = true;
                }
                gap_width += c.width().unwrap_or(0).max(1);
            }
        } else {
            let w = c.width().unwrap_or(0);
            word = Some(match word {
                Some((s, _, ww)) => (s, i + c.len_utf8(), ww + w),
                None => (i, i + c.len_utf8(), w),
            });
        }
    }
    if let Some(wd) = word.take() {
        flush_word(&mut line, wd, gap_width, forced, &mut out);
    }
    if let Some((ls, le, _)) = line {
        out.push(Span::new(base + ls, base + le));
    }
    if out.is_empty() {
        out.push(Span::new(span.start, span.start));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap_span(text, Span::new(0, text.len()), width)
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(
            lines("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
    }

    #[test]
    fn breaks_long_words_and_wide_chars() {
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(lines("日本語テキスト", 5), ["日本", "語テ", "キス", "ト"]);
    }

    #[test]
    fn lines_never_exceed_width() {
        let text = "Kim Jong Un and Vladimir Putin “discussed” 1,000,000 things   at length.";
        for w in 1..30 {
            for l in lines(text, w) {
                assert!(str_width(l) <= w, "{l:?} wider than {w}");
            }
        }
    }

    #[test]
    fn empty_text_gives_one_empty_line() {
        assert_eq!(lines("", 10), [""]);
        assert_eq!(lines("   ", 10), [""]);
    }
}
