//! Decoding bytes to text.
//!
//! The rule, in order:
//! 1. a UTF-16 byte-order mark (`FF FE` or `FE FF`): UTF-16 little or big endian (malformed
//!    sequences become U+FFFD);
//! 2. a UTF-8 byte-order mark, or bytes that are valid UTF-8: UTF-8 (the mark is dropped);
//! 3. no mark, but zero bytes in every other position and almost nowhere else: UTF-16 without
//!    a byte-order mark (little endian when the zeros are the odd bytes), as some Windows tools
//!    save it;
//! 4. anything else: Windows-1252, the usual encoding of older Western web pages and Windows
//!    text files, which maps every byte to a character, with a warning naming the file; unless
//!    more than 5 % of its bytes are control bytes other than tab, newline, carriage return
//!    and form feed, which text never has that often: such a file is binary and refused.
//!
//! After decoding, NUL bytes (in any encoding) mean a binary file and are refused; text that is
//! empty or only white space is refused. The text is then sanitised ([`sanitize::clean_text`]):
//! `\r\n` and `\r` become `\n`, tabs become spaces, control and escape sequences are removed.

use crate::error::{Error, Result};
use crate::text::sanitize;
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
    } else if let Some(encoding) = utf16_without_bom(bytes) {
        (encoding.decode_without_bom_handling(bytes).0, None)
    } else {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if bytes.contains(&0) {
            return Err(Error::Binary { path: path.into() });
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => (std::borrow::Cow::Borrowed(s), None),
            Err(_) if mostly_control_bytes(bytes) => {
                return Err(Error::NotText { path: path.into() });
            }
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

/// UTF-16 without a byte-order mark: an even length of at least four bytes, where at least
/// 90 % of the bytes in one parity are zero (the high bytes of Latin text) and at most 10 % in
/// the other.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.len() / 2;
    let zeros = |parity: usize| {
        bytes
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let most = |n: usize| n * 10 >= units * 9;
    let few = |n: usize| n * 10 <= units;
    if most(odd) && few(even) {
        Some(encoding_rs::UTF_16LE)
    } else if most(even) && few(odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// More than 5 % control bytes, and at least 8 (C0 other than tab, newline, carriage return and
/// form feed, or DEL): binary data, not text in a single-byte encoding (random bytes have 11 %).
fn mostly_control_bytes(bytes: &[u8]) -> bool {
    let control = bytes
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F)
        .count();
    control >= 8 && control * 100 > bytes.len() * 5
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
    fn utf16_without_bom_is_recognised() {
        let text = "Grüße, “world”\nnext line of the article";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(run(&le).unwrap(), (text.to_owned(), None));
        assert_eq!(run(&be).unwrap(), (text.to_owned(), None));
        // Zeros everywhere are still binary.
        assert!(matches!(run(&[0; 64]), Err(Error::Binary { .. })));
    }

    #[test]
    fn random_bytes_are_binary_not_windows_1252() {
        // A fixed pseudo-random sequence (no NUL, not UTF-8).
        let mut x: u32 = 12345;
        let bytes: Vec<u8> = (0..4096)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                u8::try_from((x >> 16) % 255).unwrap_or(0) + 1
            })
            .collect();
        assert!(matches!(run(&bytes), Err(Error::NotText { .. })));
        // Windows-1252 text with a stray control byte is still text.
        let (t, w) =
            run(b"caf\xE9 au lait, \x1b[1mbold\x1b[0m and a long enough line of text").unwrap();
        assert!(t.starts_with("café") && w.is_some());
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
