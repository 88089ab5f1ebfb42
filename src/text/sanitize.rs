//! Makes untrusted article text inert: no control or escape sequence, bidi override or invisible
//! character survives to reach a terminal or a report.
//!
//! Ingest runs [`clean_text`] on every input, so the cleaned text and every span into it are
//! already safe; front ends call [`for_display`] once more on anything else they print (paths,
//! labels), as a second line of defence.

use std::borrow::Cow;

/// True for characters that must never reach a terminal: C0 controls (except newline and tab),
/// DEL, C1 controls, bidi embeddings/overrides/isolates, zero-width and other invisible format
/// characters, and the byte-order mark.
pub fn is_unsafe_char(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{206a}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
        | '\u{061c}' | '\u{180e}' | '\u{00ad}')
}

/// Removes escape sequences (CSI, OSC, DCS, other ESC forms, C1 equivalents) and unsafe
/// characters. Carriage returns become newlines (`\r\n` becomes `\n`); tabs become spaces.
pub fn clean_text(input: &str) -> Cow<'_, str> {
    if !input
        .chars()
        .any(|c| is_unsafe_char(c) || c == '\t' || c == '\r')
    {
        return Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\t' => out.push(' '),
            '\u{1b}' => skip_escape(&mut chars),
            // C1 introducers: CSI, OSC, DCS, SOS, PM, APC take a body like their ESC forms.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if is_unsafe_char(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Like [`clean_text`], and also folds newlines to spaces: for one-line things such as titles,
/// labels and paths.
pub fn for_display(input: &str) -> Cow<'_, str> {
    let cleaned = clean_text(input);
    if cleaned.contains('\n') {
        Cow::Owned(cleaned.replace('\n', " "))
    } else {
        cleaned
    }
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        Some(']') | Some('P') | Some('X') | Some('^') | Some('_') => skip_string(chars),
        // Two-byte sequences with intermediates, e.g. ESC ( B.
        Some(c) if (' '..='/').contains(&c) => {
            while let Some(&n) = chars.peek() {
                chars.next();
                if !(' '..='/').contains(&n) {
                    break;
                }
            }
        }
        _ => {}
    }
}

fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    // Parameters and intermediates, then one final byte in @..~.
    for c in chars.by_ref() {
        if ('@'..='~').contains(&c) {
            break;
        }
        if !(' '..='?').contains(&c) {
            break;
        }
    }
}

fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    // Until BEL, ST (ESC \) or the C1 ST; an unterminated string eats the rest of its line.
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' | '\n' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_csi_osc_and_bel() {
        let s = "a\u{1b}[31mred\u{1b}[0m b\u{1b}]0;title\u{7}c \u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\";
        assert_eq!(clean_text(s), "ared bc link");
    }

    #[test]
    fn strips_osc52_and_c1() {
        let s = "x\u{1b}]52;c;ZXZpbA==\u{7}y\u{9b}2Jz\u{9d}0;t\u{9c}w";
        assert_eq!(clean_text(s), "xyzw");
    }

    #[test]
    fn strips_bidi_and_zero_width_and_backspace() {
        let s = "ab\u{202e}cd\u{200b}e\u{8}f\u{2066}g";
        assert_eq!(clean_text(s), "abcdefg");
    }

    #[test]
    fn carriage_returns_become_newlines() {
        assert_eq!(clean_text("a\r\nb\rc\td"), "a\nb\nc d");
    }

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(clean_text("Hello “world” — ok"), Cow::Borrowed(_)));
    }

    #[test]
    fn display_is_one_line() {
        assert_eq!(for_display("a\nb\u{1b}[2J"), "a b");
    }
}
