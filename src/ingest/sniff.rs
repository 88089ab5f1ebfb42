//! Guessing a format from content, for inputs whose name does not settle it: stdin, files without
//! a known extension, and `.txt` files that are really Markdown.
//!
//! Rules (general, not tied to any site):
//! - **Not text at all**: the first bytes are the signature of a PDF, ZIP (also `.docx`, `.odt`,
//!   `.epub`), PNG, JPEG, GIF or WebP file → refused as unsupported, whatever the name says.
//! - **HTML**: the text starts (after white space and comments) with `<!doctype html`, `<html`,
//!   `<head` or `<body`.
//! - **Markdown**: at least [`MARKDOWN_MIN_SIGNALS`] Markdown signals of at least two different
//!   kinds, or [`MARKDOWN_MIN_SIGNALS`] + 2 signals of one kind. Signals are constructs that
//!   plain prose does not produce by accident: `# ` heading lines, inline links `[text](url)`,
//!   images `![alt](src)`, autolinks `<scheme://…>`, `**strong**` / `__strong__` pairs, link
//!   reference definitions `[label]: url`, and code fences. Bullets (`- `), `>` quoting and
//!   single `*` are left out: plain-text e-mail and articles use them too.

/// Signals needed before a text is treated as Markdown.
pub const MARKDOWN_MIN_SIGNALS: usize = 3;

/// A binary document format recognised by its first bytes, by name (e.g. `"a PDF document"`).
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: [(&[u8], &str); 7] = [
        (b"%PDF-", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive (e.g. .docx, .odt, .epub)"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "an old Microsoft Office document",
        ),
    ];
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return Some("a WebP image");
    }
    SIGNATURES
        .iter()
        .find(|(sig, _)| bytes.starts_with(sig))
        .map(|(_, kind)| *kind)
}

/// True when the text is an HTML document.
pub fn looks_like_html(text: &str) -> bool {
    let mut rest = text.trim_start_matches(['\u{feff}', ' ', '\n', '\t']);
    loop {
        if let Some(r) = rest.strip_prefix("<!--") {
            match r.find("-->") {
                Some(end) => rest = r.get(end + 3..).unwrap_or("").trim_start(),
                None => return false,
            }
        } else if rest.starts_with("<?xml") {
            match rest.find("?>") {
                Some(end) => rest = rest.get(end + 2..).unwrap_or("").trim_start(),
                None => return false,
            }
        } else {
            break;
        }
    }
    let head: String = rest
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    ["<!doctype html", "<html", "<head", "<body"]
        .iter()
        .any(|p| head.starts_with(p))
}

/// Counts of each Markdown signal kind in `text` (see the module docs).
pub fn markdown_signals(text: &str) -> [usize; 6] {
    let mut counts = [0usize; 6];
    for line in text.lines() {
        let t = line.trim_start();
        let level = t.bytes().take_while(|&b| b == b'#').count();
        if (1..=6).contains(&level) && t.get(level..).is_some_and(|r| r.starts_with(' ')) {
            counts[0] += 1;
        }
        if t.starts_with('[') && t.contains("]: ") {
            counts[1] += 1;
        }
        if t.starts_with("```") || t.starts_with("~~~") {
            counts[2] += 1;
        }
    }
    // Inline links and images: `](` closing a bracket opened on the same line.
    for line in text.lines() {
        let mut rest = line;
        while let Some(pos) = rest.find("](") {
            let before = rest.get(..pos).unwrap_or("");
            if before.contains('[') {
                counts[3] += 1;
            }
            rest = rest.get(pos + 2..).unwrap_or("");
        }
        counts[4] += line.matches("<http://").count() + line.matches("<https://").count();
        counts[5] += line.matches("**").count() / 2 + line.matches("__").count() / 2;
    }
    counts
}

/// True when `text` carries enough Markdown signals to be read as Markdown.
pub fn looks_like_markdown(text: &str) -> bool {
    let counts = markdown_signals(text);
    let total: usize = counts.iter().sum();
    let kinds = counts.iter().filter(|&&c| c > 0).count();
    (kinds >= 2 && total >= MARKDOWN_MIN_SIGNALS) || total >= MARKDOWN_MIN_SIGNALS + 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_signatures() {
        assert_eq!(binary_kind(b"%PDF-1.7\n..."), Some("a PDF document"));
        assert!(binary_kind(b"PK\x03\x04rest").is_some());
        assert!(binary_kind(b"RIFF\0\0\0\0WEBPVP8").is_some());
        assert_eq!(binary_kind(b"Plain article text"), None);
    }

    #[test]
    fn html_detection() {
        assert!(looks_like_html("\n  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<!-- saved --><HTML lang=en>"));
        assert!(looks_like_html("<?xml version=\"1.0\"?>\n<html>"));
        assert!(!looks_like_html("The <html> tag was discussed."));
    }

    #[test]
    fn markdown_needs_several_signals() {
        let md = "# Title\n\nBy [AFP](#)\n\n**Related: [x](#)**\n\n<https://example.com/a>\n";
        assert!(looks_like_markdown(md));
        // Prose with one bracketed link-like thing, bullets and a hashtag is plain text.
        let plain = "Officials said [sic] (the report) was late.\n- one\n- two\n#news\n> quoted";
        assert!(!looks_like_markdown(plain));
        assert!(!looks_like_markdown("See [this](http://x.org)."));
    }
}
