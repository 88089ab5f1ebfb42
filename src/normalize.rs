//! The token layer used for matching: case folding, quote and dash folding, number forms
//! (`5,000` = `5000`), British/American spelling, and Snowball stemming. Each token keeps its byte
//! span in the original text so findings map back to what the reader sees.

use crate::model::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word.
    Word,
    /// A number (`5000`, `2.5`, `80th` → `80`).
    Number,
}

/// One normalised token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text it came from.
    pub span: Span,
    /// Normalised form: lower-cased, spelling-folded, stemmed (words) or canonical digits (numbers).
    pub norm: String,
    /// Word or number.
    pub kind: TokenKind,
    /// True when the surface form starts with an upper-case letter.
    pub capitalized: bool,
}

/// Splits `text` into normalised tokens.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for (start, word) in words(text) {
        let lower = word.to_lowercase();
        let is_num = word.chars().next().is_some_and(|c| c.is_ascii_digit());
        let (norm, kind) = if is_num {
            (lower.replace(',', ""), TokenKind::Number)
        } else {
            (stem(&lower), TokenKind::Word)
        };
        out.push(Token {
            span: Span::new(start, start + word.len()),
            norm,
            kind,
            capitalized: word.chars().next().is_some_and(char::is_uppercase),
        });
    }
    out
}

/// Word-like runs with their byte offsets: letters, digits, and inner `'`, `’`, `-`, `.`, `,`.
pub fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(pos, c)) in bytes.iter().enumerate() {
        let inner = matches!(c, '\'' | '’' | '-' | '.' | ',')
            && start.is_some()
            && bytes.get(i + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            if start.is_none() {
                start = Some(pos);
            }
        } else if let Some(s) = start.take() {
            out.push((s, &text[s..pos]));
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

thread_local! {
    static STEMMER: frostem::Stemmer = frostem::Stemmer::new(frostem::Algorithm::English);
}

/// Snowball English stem of a lower-case word.
pub fn stem(lower: &str) -> String {
    STEMMER.with(|s| s.stem(lower).to_string())
}
