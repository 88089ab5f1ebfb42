//! Paragraph boundaries. Inputs come one paragraph per line (with or without blank lines
//! between) or hard-wrapped at a fixed width. Hard wrapping is detected from line-length
//! statistics, and wrapped lines are joined back into their paragraph.

use super::markup::{self, LineKind};
use super::text;

/// One candidate paragraph of the input: its plain text, its kind, and the text as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Plain text: markup removed, white space collapsed.
    pub text: String,
    /// Heading, list item, image or ordinary text.
    pub kind: LineKind,
    /// The input line(s) it came from, trimmed (wrapped lines joined by a space).
    pub raw: String,
}

/// Shortest and longest wrap widths recognised, in characters.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 30..=110;

/// Splits plain text into candidate paragraphs, joining hard-wrapped lines. Blank lines and
/// lines left without text are dropped.
pub fn lines(plain: &str) -> Vec<Line> {
    let physical: Vec<&str> = plain.lines().map(str::trim).collect();
    let width = wrap_width(&physical);
    let mut out: Vec<Line> = Vec::new();
    let mut current: Option<(String, &str)> = None; // (raw so far, last physical line)
    for line in physical {
        if line.is_empty() {
            flush(&mut current, &mut out);
            continue;
        }
        if let (Some(w), Some((raw, last))) = (width, current.as_mut())
            && continues(last, line, w)
        {
            if last.ends_with('-') && text::starts_lowercase(line) && !last.ends_with(" -") {
                raw.push_str(line);
            } else {
                raw.push(' ');
                raw.push_str(line);
            }
            *last = line;
            continue;
        }
        flush(&mut current, &mut out);
        current = Some((line.to_owned(), line));
    }
    flush(&mut current, &mut out);
    out
}

fn flush(current: &mut Option<(String, &str)>, out: &mut Vec<Line>) {
    if let Some((raw, _)) = current.take() {
        let (text, kind) = markup::strip_line(&raw);
        if !text.is_empty() {
            out.push(Line { text, kind, raw });
        }
    }
}

/// True when a line starts a block of its own however the text is wrapped.
fn starts_block(line: &str) -> bool {
    let (_, kind) = markup::strip_line(line);
    kind != LineKind::Text
}

/// True when `next` continues the paragraph that physical line `last` belongs to, in text
/// hard-wrapped at `width`: `last` was broken because `next`'s first word did not fit, or the
/// sentence visibly runs on (no closing punctuation, lower-case continuation).
fn continues(last: &str, next: &str, width: usize) -> bool {
    if starts_block(next) || starts_block(last) {
        return false;
    }
    let first_word = next
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    let len = last.chars().count();
    let did_not_fit = len + 1 + first_word + 2 > width;
    let runs_on = !text::ends_with_terminal(last) && text::starts_lowercase(next);
    did_not_fit || runs_on
}

/// The width the text is hard-wrapped at, or `None` when lines are paragraphs.
///
/// Wrapped text has most lines close to one width, few lines beyond it, and lines followed by
/// another line mostly end mid-sentence.
pub fn wrap_width(lines: &[&str]) -> Option<usize> {
    let mut lengths: Vec<usize> = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.chars().count())
        .collect();
    if lengths.len() < 3 {
        return None;
    }
    lengths.sort_unstable();
    let p90 = *lengths.get(lengths.len() * 9 / 10)?;
    if !WRAP_WIDTHS.contains(&p90) {
        return None;
    }
    let limit = p90 + p90 / 8;
    let beyond = lengths.iter().filter(|&&l| l > limit).count();
    if beyond * 10 > lengths.len() {
        return None;
    }
    // Lines followed by another non-blank line: in wrapped text most are long and end mid-sentence.
    let mut inner = 0usize;
    let mut wrapped = 0usize;
    for pair in lines.windows(2) {
        let [a, b] = pair else { continue };
        if a.is_empty() || b.is_empty() {
            continue;
        }
        inner += 1;
        if a.chars().count() * 10 >= p90 * 6 && !text::ends_with_terminal(a) {
            wrapped += 1;
        }
    }
    if inner < 2 || wrapped * 2 < inner {
        return None;
    }
    lengths.iter().copied().filter(|&l| l <= limit).max()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        lines(s).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn one_paragraph_per_line() {
        let s = "First paragraph is here.\nSecond one follows.\n\nThird after a blank.";
        assert_eq!(texts(s).len(), 3);
    }

    #[test]
    fn hard_wrapped_text_is_joined() {
        let s = "The ministers met on Tuesday in Geneva to discuss the ceasefire, which\n\
                 both sides had accepted in principle a week earlier, officials said.\n\
                 \n\
                 Talks will resume next month, according to a statement released by the\n\
                 foreign ministry late on Tuesday evening after the meeting had ended.\n\
                 \n\
                 A short last line.";
        let t = texts(s);
        assert_eq!(t.len(), 3, "{t:?}");
        assert!(t[0].starts_with("The ministers") && t[0].ends_with("officials said."));
    }

    #[test]
    fn wrapped_without_blank_lines_keeps_short_final_lines_apart() {
        let s = "Rescue teams searched through the night for survivors of the landslide\n\
                 that buried part of the village early on Sunday morning after heavy rain.\n\
                 Forty people are missing.\n\
                 The regional governor said the army would send helicopters and heavy\n\
                 equipment to the area as soon as the weather allowed them to fly.";
        // A full line ending a sentence may end the paragraph or not (the next word did not
        // fit either way); a short line does end it.
        let t = texts(s);
        assert_eq!(t.len(), 2, "{t:?}");
        assert!(t[0].ends_with("Forty people are missing."));
        assert!(t[1].starts_with("The regional governor") && t[1].ends_with("to fly."));
    }

    #[test]
    fn long_lines_are_not_wrapped() {
        let long = "word ".repeat(40);
        let s = format!("{long}\n{long}\n{long}\nShort title line");
        assert_eq!(wrap_width(&s.lines().collect::<Vec<_>>()), None);
    }

    #[test]
    fn list_items_stay_separate_when_wrapped() {
        let s = "Officials listed the measures that would be taken over the coming days\n\
                 in a statement that was published on the ministry website on Monday\n\
                 - first item of the list\n\
                 - second item of the list\n\
                 and the statement went on for several more lines about the details.";
        let l = lines(s);
        assert!(l.iter().filter(|l| l.kind == LineKind::ListItem).count() == 2);
    }
}
