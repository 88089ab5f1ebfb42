//! Display width of text in terminal columns, and cutting text to a width: the one rule every
//! front end (interface, text and Markdown reports) uses when a label or sentence must fit.

use unicode_width::UnicodeWidthChar;

/// Terminal columns `text` takes (wide characters count two, zero-width ones nothing).
pub fn str_width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Cuts `text` to at most `width` terminal columns, ending with `…` when cut (white space
/// before the `…` is dropped). With `width` 0 a non-empty text becomes `…` alone.
pub fn truncate(text: &str, width: usize) -> String {
    if str_width(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_counts_columns_and_marks_the_cut() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("a longer sentence", 9), "a longer…");
        // Wide characters take two columns each.
        assert_eq!(truncate("日本語のテキスト", 7), "日本語…");
        assert_eq!(truncate("", 0), "");
        assert_eq!(truncate("abc", 0), "…");
        assert_eq!(str_width("日本a"), 5);
    }
}
