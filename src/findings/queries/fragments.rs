//! Which sentences state no claim: fragments the reports do not list as findings. A sentence
//! is a fragment when it has no content word (`That's it.`), is a lead-in ending in a colon
//! (`About the prison:`, `He said:`), or is a heading: a paragraph of one short sentence without
//! closing punctuation. General rules on the text and its paragraph, no word lists of events.

use super::Analysis;
use crate::model::SentenceRef;
use crate::text::normalize::{is_reporting_verb, is_stop_word, words};

/// Most words a heading has.
const HEADING_MAX_WORDS: usize = 10;

/// Words that carry no claim of their own beyond the function words: interjections and
/// discourse words (`yes`, `well`, `okay`).
const FILLER: &[&str] = &[
    "hello", "hey", "hi", "no", "not", "now", "oh", "ok", "okay", "please", "thank", "thanks",
    "well", "yeah", "yes",
];

/// True when `word` (any case) says nothing by itself: a function word, a reporting verb, a
/// filler word, or one of those with a clitic (`that's`, `it'll`, `we're`).
fn is_empty_word(word: &str) -> bool {
    let lower = word.to_lowercase().replace('’', "'");
    let stem = lower.split('\'').next().unwrap_or(&lower);
    [lower.as_str(), stem]
        .iter()
        .any(|w| is_stop_word(w) || is_reporting_verb(w) || FILLER.contains(w))
}

/// True when `text` has no content word: every word is empty in the sense of
/// [`is_empty_word`]. Digits count as content (`9-3`, `2005`).
pub fn has_no_content_word(text: &str) -> bool {
    words(text).into_iter().all(|(_, w)| {
        !w.chars().any(|c| c.is_ascii_digit())
            && (is_empty_word(w) || !w.chars().any(char::is_alphabetic))
    })
}

/// True when `text`, trimmed, ends in a colon: it introduces what follows.
pub fn is_lead_in(text: &str) -> bool {
    text.trim_end().ends_with(':')
}

/// True when `text` reads as a heading if it is a paragraph on its own: at most
/// [`HEADING_MAX_WORDS`] words and no closing punctuation (`.`, `!`, `?`, `…`, possibly inside
/// closing quotation marks or brackets).
pub fn reads_as_heading(text: &str) -> bool {
    let closing = |c: char| matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*' | '_');
    let end = text.trim_end().trim_end_matches(closing);
    let closed = end.ends_with(['.', '!', '?', '…', ';']);
    !closed && words(text).len() <= HEADING_MAX_WORDS
}

/// True when sentence text `text` states no claim; `whole_paragraph` says it is its
/// paragraph's only sentence (the heading rule needs that).
pub fn is_fragment_text(text: &str, whole_paragraph: bool) -> bool {
    has_no_content_word(text) || is_lead_in(text) || (whole_paragraph && reads_as_heading(text))
}

/// True when sentence `r` states no claim (see the module documentation). The reports leave
/// such sentences out of their lists of findings; they stay in the page and the JSON.
pub fn is_fragment(analysis: &Analysis, r: SentenceRef) -> bool {
    let whole_paragraph = analysis
        .articles
        .get(r.source)
        .and_then(|a| a.paragraphs.get(r.paragraph))
        .is_some_and(|p| p.sentences.len() == 1);
    is_fragment_text(analysis.sentence_text(r), whole_paragraph)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_without_a_content_word_are_fragments() {
        for t in [
            "That's it.",
            "Yes.",
            "And then?",
            "It is what it is.",
            "Well, we were.",
        ] {
            assert!(is_fragment_text(t, false), "{t}");
        }
        for t in [
            "Nobody was hurt.",
            "He died.",
            "It was 9-3.",
            "Thanks to the rain, it stopped.",
        ] {
            assert!(!is_fragment_text(t, false), "{t}");
        }
    }

    #[test]
    fn lead_ins_ending_in_a_colon_are_fragments() {
        assert!(is_fragment_text("About the prison:", false));
        assert!(is_fragment_text("Fire chief Ana Ruiz said: ", false));
        assert!(!is_fragment_text("The rule is simple: pay on time.", false));
    }

    #[test]
    fn headings_only_as_a_paragraph_of_their_own() {
        assert!(is_fragment_text("Suspect arrested after chase", true));
        assert!(!is_fragment_text("Suspect arrested after chase", false));
        assert!(!is_fragment_text("The suspect was arrested.", true));
        assert!(!is_fragment_text("“We will rebuild,” she said.”", true));
        let long =
            "The suspect was arrested after a long chase through three counties on Tuesday night";
        assert!(!is_fragment_text(long, true));
    }
}
