//! Decoding bytes to text.
//!
//! The rule, in order:
//! 1. a UTF-16 byte-order mark (`FF FE` or `FE FF`): UTF-16 little or big endian (malformed
//!    sequences become U+FFFD);
//! 2. a UTF-8 byte-order mark, or bytes that are valid UTF-8: UTF-8 (the mark is dropped);
//! 3. anything else: Windows-1252, the usual encoding of older Western web pages and Windows
//!    text files, which maps every byte to a character, with a warning naming the file.
//!
//! After decoding, NUL bytes (in any encoding) mean a binary file and are refused; text that is
//! empty or only white space is refused. The text is then sanitised ([`sanitize::clean_text`]):
//! `\r\n` and `\r` become `\n`, tabs become spaces, control and escape sequences are removed.

use crate::error::{Error, Result};
use crate::sanitize;
use std::path::Path;

/// Decodes `bytes` read from `path`. Returns the sanitised text (newlines normalised to `\n`) and
/// an optional warning naming the file when the Windows-1252 fallback was used.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<(String, Option<String>)> {
    let (text, warning) = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (
            encoding_rs::UTF_16LE.decode_without_bom_handling(rest).0,
            None,
        )
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (
            encoding_rs::UTF_16BE.decode_without_bom_handling(rest).0,
            None,
        )
    } else {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if bytes.contains(&0) {
            return Err(Error::Binary { path: path.into() });
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => (std::borrow::Cow::Borrowed(s), None),
            Err(_) => (
                encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(bytes)
                    .0,
                Some(format!(
                    "{}: not valid UTF-8, read as Windows-1252",
                    path.display()
                )),
            ),
        }
    };
    if text.contains('\0') {
        return Err(Error::Binary { path: path.into() });
    }
    let text = sanitize::clean_text(&text).into_owned();
    if text.trim().is_empty() {
        return Err(Error::Empty { path: path.into() });
    }
    Ok((text, warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(bytes: &[u8]) -> Result<(String, Option<String>)> {
        decode(Path::new("a.txt"), bytes)
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let (t, w) = run("Zürich – “ok”".as_bytes()).unwrap();
        assert_eq!((t.as_str(), w), ("Zürich – “ok”", None));
        let (t, w) = run(b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!((t.as_str(), w), ("Hello", None));
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let text = "Grüße, “world”\r\nnext";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(run(&le).unwrap().0, "Grüße, “world”\nnext");
        assert_eq!(run(&be).unwrap().0, "Grüße, “world”\nnext");
    }

    #[test]
    fn windows_1252_fallback_warns_and_names_file() {
        // "café – “x”" in Windows-1252.
        let (t, w) = run(b"caf\xE9 \x96 \x93x\x94").unwrap();
        assert_eq!(t, "café – “x”");
        let w = w.unwrap();
        assert!(w.contains("a.txt") && w.contains("Windows-1252"), "{w}");
    }

    #[test]
    fn crlf_and_cr_become_lf() {
        assert_eq!(run(b"a\r\nb\rc\n").unwrap().0, "a\nb\nc\n");
    }

    #[test]
    fn binary_empty_and_blank_are_refused() {
        assert!(matches!(run(b"ab\0cd"), Err(Error::Binary { .. })));
        assert!(matches!(run(b""), Err(Error::Empty { .. })));
        assert!(matches!(run(b" \n\t\r\n "), Err(Error::Empty { .. })));
        assert!(matches!(run(b"\xEF\xBB\xBF"), Err(Error::Empty { .. })));
        // UTF-16 text holding a NUL character is binary too.
        assert!(matches!(
            run(&[0xFF, 0xFE, b'a', 0, 0, 0]),
            Err(Error::Binary { .. })
        ));
    }
}
