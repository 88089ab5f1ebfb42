//! The model's tokenizer: BERT's uncased basic tokenization (controls dropped, CJK characters
//! apart, accents stripped, lower case, punctuation split off) then WordPiece, greedy longest
//! match first against `assets/embed/vocab.txt`, continuation pieces written `##piece`, a word
//! of more than 100 characters or with no segmentation one `[UNK]`. It gives the ids the
//! reference tokenizer gives (`tests/semantic_reference.rs` checks a stored fixture).

use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};

/// The model's vocabulary, one token a line; the line index is the id.
static VOCAB: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/embed/vocab.txt"
));

/// Longest word WordPiece segments; longer ones are `[UNK]`.
const MAX_WORD_CHARS: usize = 100;

/// Token ids by token.
#[derive(Debug)]
pub struct Vocab {
    ids: HashMap<&'static str, u32, foldhash::fast::FixedState>,
    unk: u32,
}

impl Vocab {
    /// The embedded vocabulary (built on first use).
    pub fn get() -> &'static Self {
        static V: OnceLock<Vocab> = OnceLock::new();
        V.get_or_init(|| Self::from_lines(VOCAB))
    }

    fn from_lines(text: &'static str) -> Self {
        let mut ids =
            HashMap::with_capacity_and_hasher(32_000, foldhash::fast::FixedState::default());
        for (i, line) in text.lines().enumerate() {
            ids.entry(line).or_insert(i as u32);
        }
        let unk = ids.get("[UNK]").copied().unwrap_or(u32::MAX);
        Self { ids, unk }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        VOCAB.lines().count().max(self.ids.len())
    }

    /// True when the vocabulary is empty.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The id of a token, if it is in the vocabulary.
    pub fn id(&self, token: &str) -> Option<u32> {
        self.ids.get(token).copied()
    }

    /// Appends the word-piece ids of one basic word (already lower-cased and split).
    fn pieces(&self, word: &str, buf: &mut String, out: &mut Vec<u32>) {
        let bounds: Vec<usize> = word
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(word.len()))
            .collect();
        if bounds.len() - 1 > MAX_WORD_CHARS {
            out.push(self.unk);
            return;
        }
        let first = out.len();
        let mut start = 0;
        while start + 1 < bounds.len() {
            let mut found = None;
            for end in (start + 1..bounds.len()).rev() {
                let piece = &word[bounds[start]..bounds[end]];
                buf.clear();
                if start > 0 {
                    buf.push_str("##");
                }
                buf.push_str(piece);
                if let Some(id) = self.id(buf) {
                    found = Some((id, end));
                    break;
                }
            }
            let Some((id, end)) = found else {
                out.truncate(first);
                out.push(self.unk);
                return;
            };
            out.push(id);
            start = end;
        }
    }
}

/// The basic words of a text: BERT's uncased pre-tokenization.
pub fn basic_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, words: &mut Vec<String>| {
        if !current.is_empty() {
            words.push(std::mem::take(current));
        }
    };
    for c in text.chars() {
        if c == '\0' || c == '\u{FFFD}' || is_control(c) {
            continue;
        }
        if is_whitespace(c) {
            flush(&mut current, &mut words);
            continue;
        }
        if is_cjk(c) {
            flush(&mut current, &mut words);
            words.push(c.to_string());
            continue;
        }
        for d in std::iter::once(c).nfd() {
            if d.general_category() == GeneralCategory::NonspacingMark {
                continue;
            }
            for l in d.to_lowercase() {
                if is_punctuation(l) {
                    flush(&mut current, &mut words);
                    words.push(l.to_string());
                } else {
                    current.push(l);
                }
            }
        }
    }
    flush(&mut current, &mut words);
    words
}

/// The token ids of a text, without the special tokens a model input adds.
pub fn token_ids(text: &str) -> Vec<u32> {
    let vocab = Vocab::get();
    let mut out = Vec::new();
    let mut buf = String::new();
    for w in basic_words(text) {
        vocab.pieces(&w, &mut buf, &mut out);
    }
    out
}

/// The token ids of each basic word of a text, with the word.
pub fn word_ids(text: &str) -> Vec<(String, Vec<u32>)> {
    let vocab = Vocab::get();
    let mut buf = String::new();
    basic_words(text)
        .into_iter()
        .map(|w| {
            let mut ids = Vec::new();
            vocab.pieces(&w, &mut buf, &mut ids);
            (w, ids)
        })
        .collect()
}

fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r') || c.general_category() == GeneralCategory::SpaceSeparator
}

fn is_control(c: char) -> bool {
    !matches!(c, '\t' | '\n' | '\r') && c.general_category_group() == GeneralCategoryGroup::Other
}

fn is_punctuation(c: char) -> bool {
    let cp = c as u32;
    (33..=47).contains(&cp)
        || (58..=64).contains(&cp)
        || (91..=96).contains(&cp)
        || (123..=126).contains(&cp)
        || c.general_category_group() == GeneralCategoryGroup::Punctuation
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF
        | 0x3400..=0x4DBF
        | 0x20000..=0x2A6DF
        | 0x2A700..=0x2B73F
        | 0x2B740..=0x2B81F
        | 0x2B820..=0x2CEAF
        | 0xF900..=0xFAFF
        | 0x2F800..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_words_lower_strip_and_split() {
        assert_eq!(
            basic_words("Café in Zürich, U.S.-led\u{7}!"),
            [
                "cafe", "in", "zurich", ",", "u", ".", "s", ".", "-", "led", "!"
            ]
        );
        assert_eq!(basic_words("北京 talks"), ["北", "京", "talks"]);
        assert!(basic_words(" \t\n ").is_empty());
    }

    #[test]
    fn long_and_unknown_words_are_one_unk() {
        let v = Vocab::get();
        let unk = v.id("[UNK]").expect("[UNK]");
        assert_eq!(token_ids(&"a".repeat(101)), [unk]);
        assert!(!token_ids("unaffordable").contains(&unk));
        assert!(token_ids("unaffordable").len() > 1);
    }
}
