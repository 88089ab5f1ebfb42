//! Decoding bytes to text: UTF-8 (with or without BOM); anything else is decoded as
//! Windows-1252 with a warning. Binary data (NUL bytes) and empty input are refused.

use crate::error::{Error, Result};
use crate::sanitize;
use std::path::Path;

/// Decodes `bytes` read from `path`. Returns the sanitised text (newlines normalised to `\n`) and
/// an optional warning naming the file when a fallback encoding was used.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<(String, Option<String>)> {
    if bytes.contains(&0) {
        return Err(Error::Binary { path: path.into() });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, warning) = match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), None),
        Err(_) => {
            let (cow, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (
                cow.into_owned(),
                Some(format!(
                    "{}: not valid UTF-8, read as Windows-1252",
                    path.display()
                )),
            )
        }
    };
    let text = sanitize::clean_text(&text).into_owned();
    if text.trim().is_empty() {
        return Err(Error::Empty { path: path.into() });
    }
    Ok((text, warning))
}
