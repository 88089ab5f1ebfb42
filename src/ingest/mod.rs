//! Ingest: turns command-line paths (files, folders, `-` for stdin) or the bundled articles into
//! [`Input`]s: decoded, sanitised text in one intermediate form, whatever the container was.
//! Reads only; never writes an input.
//!
//! # The intermediate text ([`Input::text`], what cleaning reads)
//! - one paragraph per line; blank lines may separate paragraphs;
//! - a heading is a line starting `# `; a list item a line starting `- `;
//! - links are reduced to their text (autolinks `<https://…>` to the address), emphasis markers
//!   removed, images dropped, HTML entities decoded.
//!
//! Plain text (`.txt`) passes through as it is (one paragraph per line, hard-wrapped, or
//! blank-line separated: cleaning decides), except that a `.txt` file that is clearly Markdown
//! (see [`sniff`]) goes through the Markdown converter with its line breaks kept.
//!
//! # Formats
//! By extension: `.txt`/`.text` text, `.md`/`.markdown` Markdown, `.html`/`.htm`/`.xhtml` HTML.
//! Stdin and explicitly named files with another or no extension are sniffed ([`sniff`]): HTML,
//! Markdown, else text. Known binary document types (`.pdf`, `.docx`, images, archives…) and
//! content with a binary signature are refused as unsupported.

pub mod bundled;
pub mod dates;
pub mod decode;
pub mod html;
pub mod inline;
pub mod markdown;
pub mod paths;
pub mod sniff;
pub mod walk;

pub use paths::{Limit, Limits, Loaded, load};

use crate::error::{Error, Result};
use crate::model::Metadata;
use std::path::Path;

/// The formats factdiff reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt`, or sniffed).
    Text,
    /// Markdown (`.md`, `.markdown`, or a text that is clearly Markdown).
    Markdown,
    /// A saved web page (`.html`, `.htm`, `.xhtml`, or content starting like HTML).
    Html,
}

impl Format {
    /// The format a file name implies, or `None` when the extension is not one factdiff knows.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }
}

/// Why a file with this extension cannot be read, for document, image, audio, video and archive
/// types; `None` for other extensions.
pub fn unsupported_extension(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "pdf" => "PDF documents are not read; save the article as text or HTML",
        "doc" | "docx" | "odt" | "rtf" | "pages" | "epub" => {
            "word-processor and e-book files are not read; save the article as text or HTML"
        }
        "png" | "jpg" | "jpeg" | "gif" | "webp" | "bmp" | "tif" | "tiff" | "svg" | "ico"
        | "heic" => "images are not read",
        "mp3" | "mp4" | "m4a" | "wav" | "ogg" | "webm" | "mov" | "avi" | "mkv" => {
            "audio and video files are not read"
        }
        "zip" | "gz" | "tgz" | "bz2" | "xz" | "zst" | "7z" | "rar" | "tar" => {
            "archives are not read; unpack them first"
        }
        "exe" | "dll" | "so" | "dylib" | "bin" | "o" | "class" | "wasm" => "programs are not read",
        _ => return None,
    })
}

/// One input, decoded and reduced to the intermediate text, before cleaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The path as given (`-` for stdin, `bundled:NAME` for embedded articles).
    pub path: String,
    /// The format it was read as (after sniffing).
    pub format: Format,
    /// The intermediate text (see the module docs): UTF-8, `\n` newlines, sanitised.
    pub text: String,
    /// Metadata the container told (HTML title, byline, site name, date, canonical URL;
    /// Markdown front matter); cleaning fills in the rest.
    pub hints: Metadata,
}

/// Decodes `bytes` read from `path` and reduces them to an [`Input`]. `declared` is the format
/// the name implies (`None` for stdin and unknown extensions: the content is sniffed). Returns
/// the input and warnings naming the file (fallback encoding, page read without extraction).
pub fn convert(path: &str, bytes: &[u8], declared: Option<Format>) -> Result<(Input, Vec<String>)> {
    let p = Path::new(path);
    if let Some(kind) = sniff::binary_kind(bytes) {
        return Err(Error::Unsupported {
            path: p.into(),
            reason: format!("{kind}, not text"),
        });
    }
    let (raw, warning) = decode::decode(p, bytes)?;
    let mut warnings: Vec<String> = warning.into_iter().collect();
    let format = match declared {
        Some(Format::Html) => Format::Html,
        Some(Format::Markdown) => Format::Markdown,
        None if sniff::looks_like_html(&raw) => Format::Html,
        _ if sniff::looks_like_markdown(&raw) => Format::Markdown,
        _ => Format::Text,
    };
    let (text, hints) = match format {
        Format::Text => (raw, Metadata::default()),
        Format::Markdown => {
            let breaks = if declared == Some(Format::Markdown) {
                markdown::LineBreaks::Join
            } else {
                markdown::LineBreaks::Keep
            };
            let (t, h) = markdown::to_text(&raw, breaks);
            (crate::text::sanitize::clean_text(&t).into_owned(), h)
        }
        Format::Html => {
            let (t, h, note) = html::to_text(&raw);
            warnings.extend(note.map(|n| format!("{}: {n}", p.display())));
            (crate::text::sanitize::clean_text(&t).into_owned(), h)
        }
    };
    if text.trim().is_empty() {
        return Err(Error::Empty { path: p.into() });
    }
    Ok((
        Input {
            path: path.to_owned(),
            format,
            text,
            hints,
        },
        warnings,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdownish_txt_is_converted_keeping_lines() {
        let src = "# Title\n\nBy [AFP](#)\n\nFirst paragraph\nwrapped here.\n\n**Related: [Other](#)**\n\nOriginal url:\n\n<https://example.com/a>\n";
        let (input, _) = convert("a.txt", src.as_bytes(), Some(Format::Text)).unwrap();
        assert_eq!(input.format, Format::Markdown);
        assert_eq!(
            input.text,
            "# Title\n\nBy AFP\n\nFirst paragraph\nwrapped here.\n\nRelated: Other\n\nOriginal url:\n\nhttps://example.com/a\n"
        );
    }

    #[test]
    fn plain_txt_passes_through() {
        let src = "Line one [sic].\nLine *two* stays.\n";
        let (input, w) = convert("a.txt", src.as_bytes(), Some(Format::Text)).unwrap();
        assert_eq!((input.format, input.text.as_str()), (Format::Text, src));
        assert!(w.is_empty());
    }

    #[test]
    fn unknown_names_are_sniffed() {
        let (i, _) = convert(
            "-",
            b"<!DOCTYPE html><html><body><p>Hi &amp; bye</p></body></html>",
            None,
        )
        .unwrap();
        assert_eq!((i.format, i.text.as_str()), (Format::Html, "Hi & bye\n"));
        let (i, _) = convert("notes", b"just words\n", None).unwrap();
        assert_eq!(i.format, Format::Text);
    }

    #[test]
    fn binary_signatures_and_empty_results_are_refused() {
        let e = convert("x.txt", b"%PDF-1.4\nstuff", Some(Format::Text)).unwrap_err();
        assert!(e.to_string().contains("PDF"), "{e}");
        let e = convert(
            "x.html",
            b"<html><body><script>x()</script></body></html>",
            Some(Format::Html),
        )
        .unwrap_err();
        assert!(matches!(e, Error::Empty { .. }), "{e}");
    }

    #[test]
    fn entities_cannot_smuggle_control_characters() {
        let (i, _) = convert(
            "a.md",
            b"a &#x9b;31m &#x202e; b &#27;[2J\n",
            Some(Format::Markdown),
        )
        .unwrap();
        assert!(
            !i.text.chars().any(crate::text::sanitize::is_unsafe_char),
            "{:?}",
            i.text
        );
    }

    #[test]
    fn unsupported_extensions() {
        assert!(unsupported_extension(Path::new("a.PDF")).is_some());
        assert!(unsupported_extension(Path::new("a.docx")).is_some());
        assert!(unsupported_extension(Path::new("a.jpeg")).is_some());
        assert!(unsupported_extension(Path::new("notes")).is_none());
        assert!(unsupported_extension(Path::new("a.csv")).is_none());
    }
}
