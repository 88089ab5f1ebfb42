//! Segmentation: cleaned paragraphs become an [`Article`] with paragraph and sentence spans.
//!
//! Sentences come from `sentencex` (abbreviation lists, initials, decimals, quote handling), with
//! a repair pass for splits it still gets wrong on news text.

use crate::clean::Cleaned;
use crate::model::{Article, Paragraph, Sentence, Span};

/// Builds the article: joins paragraphs with blank lines and records paragraph and sentence spans.
pub fn segment(path: &str, cleaned: Cleaned) -> Article {
    let mut text = String::new();
    let mut paragraphs = Vec::with_capacity(cleaned.paragraphs.len());
    for para in &cleaned.paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(para);
        let span = Span::new(start, text.len());
        let sentences = sentence_spans(para)
            .into_iter()
            .map(|s| Sentence {
                span: Span::new(start + s.start, start + s.end),
            })
            .collect();
        paragraphs.push(Paragraph { span, sentences });
    }
    let label = crate::clean::meta::label(&cleaned.meta, path);
    Article {
        path: path.to_owned(),
        label,
        meta: cleaned.meta,
        removed: cleaned.removed,
        text,
        paragraphs,
    }
}

/// An article from plain paragraphs, segmented as [`segment`] does, with no metadata (tests).
#[cfg(test)]
pub(crate) fn from_paragraphs(paragraphs: &[&str]) -> Article {
    let cleaned = Cleaned {
        paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
        ..Default::default()
    };
    segment("t", cleaned)
}

/// Makes `sentencex` build what it builds on first use (its regular expressions: a few
/// milliseconds, the same for every process), so that a caller can do it beside other work
/// instead of inside the first article's segmentation. Any text with a sentence break builds
/// the expressions every text needs (breaks, quotations, brackets, e-mail addresses); rarer
/// ones (numbered references `[1]`) are left to the texts that have them.
pub fn warm_up() {
    let _ = sentencex::segment("en", "He said \"it is fine\" today. Then he left.");
}

/// Starts [`warm_up`] on the thread pool and returns at once; only the first call in a process
/// starts it. A caller about to read and clean articles calls this first, so the set-up runs
/// beside that work.
pub fn warm_up_in_background() {
    static STARTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !STARTED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        rayon::spawn(warm_up);
    }
}

/// Sentence spans within one paragraph, trimmed of white space. Never empty for non-blank text.
pub fn sentence_spans(para: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let base = para.as_ptr() as usize;
    for piece in sentencex::segment("en", para) {
        let start = piece.as_ptr() as usize - base;
        let trimmed_start = start + (piece.len() - piece.trim_start().len());
        let trimmed_end = start + piece.trim_end().len();
        if trimmed_end > trimmed_start {
            spans.push(Span::new(trimmed_start, trimmed_end));
        }
    }
    let mut spans = join_false_breaks(para, spans);
    if spans.is_empty() && !para.trim().is_empty() {
        let start = para.len() - para.trim_start().len();
        spans.push(Span::new(start, para.trim_end().len()));
    }
    spans
}

/// Titles and other abbreviations that come before a name or a word and so never end a
/// sentence when the next piece starts with a capital or a digit: `Ms. Palin`, `Dist. Atty.
/// Steve Cooley`, `Seattle vs. New Orleans`. Case-sensitive (`Rep.` is a title, `rep.` is not).
const NAME_PREFIXES: &[&str] = &[
    "Adm.", "Amb.", "Asst.", "Atty.", "Capt.", "Cdr.", "Cmdr.", "Col.", "Const.", "Cpl.", "Dep.",
    "Det.", "Dist.", "Dr.", "Fr.", "Gen.", "Gov.", "Hon.", "Insp.", "Lt.", "Maj.", "Messrs.",
    "Mr.", "Mrs.", "Ms.", "Msgr.", "Prof.", "Pvt.", "Rep.", "Rev.", "Sen.", "Sgt.", "Supt.", "vs.",
];

/// Joins pieces that `sentencex` split at a full stop that does not end a sentence: after a
/// title (`Ms.`, `Atty.`), after `a.m.`/`p.m.` when a weekday or time zone follows (`at 9:40
/// p.m. Friday`), and before a piece that starts in lower case (news sentences do not). A list
/// marker (`1.`, `b)`, `•`) stays with the item after it, and a piece with no letter or digit
/// (a trailing `...`, a lone closing quote) stays with the sentence before it: neither is a
/// sentence of its own.
fn join_false_breaks(para: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    // A list marker (or a leading wordless piece) waiting for the piece after it.
    let mut carry: Option<Span> = None;
    for span in spans {
        let piece = span.slice(para);
        let span = Span::new(carry.take().map_or(span.start, |c| c.start), span.end);
        let wordless = !piece.chars().any(char::is_alphanumeric);
        if is_list_marker(piece) || (wordless && out.is_empty()) {
            carry = Some(span);
            continue;
        }
        if let Some(prev) = out.last_mut()
            && (wordless || false_break(prev.slice(para), piece))
        {
            prev.end = span.end;
        } else {
            out.push(span);
        }
    }
    // A marker with nothing after it: with the sentence before it, or alone.
    if let Some(c) = carry {
        match out.last_mut() {
            Some(prev) => prev.end = c.end,
            None => out.push(c),
        }
    }
    out
}

/// Byte length of the list marker a sentence starts with and the white space after it (`1. `,
/// `(b) `, `• `), 0 when it starts with none. Matching reads the sentence after it: the item
/// number says where the item is in its list, not what it states. A letter before a full stop
/// (`A. Smith`) may be an initial, so only digits, bullets and a letter in brackets count.
pub fn list_marker_len(sentence: &str) -> usize {
    let Some(first) = sentence.split_whitespace().next() else {
        return 0;
    };
    let initial = first.ends_with('.') && !first.starts_with(|c: char| c.is_ascii_digit());
    let bullet = matches!(first, "•" | "-" | "*" | "–" | "·" | "▪");
    if !is_list_marker(first) || (initial && !bullet) {
        return 0;
    }
    let start = sentence.len() - sentence.trim_start().len();
    let after = start + first.len();
    let rest = sentence.get(after..).unwrap_or("");
    // Only a marker with an item after it.
    if rest.trim().is_empty() {
        return 0;
    }
    after + (rest.len() - rest.trim_start().len())
}

/// True for a list item marker on its own: up to three digits or one letter followed by `.`
/// or `)` (`1.`, `12)`, `a.`, `(b)`), or a bullet (`•`, `-`, `*`, `–`, `·`).
fn is_list_marker(piece: &str) -> bool {
    let body = piece.trim().trim_start_matches('(');
    if matches!(body, "•" | "-" | "*" | "–" | "·" | "▪") {
        return true;
    }
    let Some(head) = body.strip_suffix('.').or_else(|| body.strip_suffix(')')) else {
        return false;
    };
    let digits = !head.is_empty() && head.len() <= 3 && head.bytes().all(|b| b.is_ascii_digit());
    let letter = head.chars().count() == 1 && head.chars().all(|c| c.is_alphabetic());
    digits || letter
}

/// True when the break between `before` and `after` is not a sentence end.
fn false_break(before: &str, after: &str) -> bool {
    let Some(next) = after.chars().next() else {
        return false;
    };
    if next.is_lowercase() {
        return true;
    }
    let last = before.split_whitespace().next_back().unwrap_or("");
    let first_word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    if NAME_PREFIXES.contains(&last) && (next.is_uppercase() || next.is_ascii_digit()) {
        return true;
    }
    let lower = before.to_ascii_lowercase();
    let clock = ["a.m.", "p.m.", "a. m.", "p. m."]
        .iter()
        .any(|m| lower.ends_with(m));
    clock
        && (crate::text::calendar::weekday_named(&first_word.to_lowercase()).is_some()
            || crate::text::calendar::is_time_zone(&first_word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        sentence_spans(s).iter().map(|sp| sp.slice(s)).collect()
    }

    #[test]
    fn keeps_us_secretary_together() {
        let s = "U.S. Secretary of State Marco Rubio held talks with Russian Foreign Minister Sergei Lavrov. He left.";
        assert_eq!(split(s).len(), 2, "{:?}", split(s));
    }

    #[test]
    fn abbreviations_and_decimals() {
        let s = "Mr. Smith met Dr. Jones at No. 10 on Jan. 5 and paid $2.5 million. Gen. Li and Sen. Ward agreed.";
        assert_eq!(split(s).len(), 2, "{:?}", split(s));
    }

    #[test]
    fn clock_times_before_a_weekday_or_time_zone() {
        let s = "Police arrived at 9:40 p.m. Friday and found flames. The fire started at 3 a.m. EST on Tuesday. Nobody was hurt.";
        assert_eq!(
            split(s),
            vec![
                "Police arrived at 9:40 p.m. Friday and found flames.",
                "The fire started at 3 a.m. EST on Tuesday.",
                "Nobody was hurt."
            ]
        );
        // A clock time can end a sentence.
        let s = "The fire started at 3 a.m. Nobody was hurt. It ended at 5 p.m. Police left.";
        assert_eq!(split(s).len(), 4, "{:?}", split(s));
    }

    #[test]
    fn titles_before_names() {
        let s = "It was damaged, leading Ms. Palin to apologize. The case went to Dist. Atty. Steve Cooley. Det. Sgt. Tim Fanning and Const. Paul Ward spoke. The Seattle vs. New Orleans game is first.";
        assert_eq!(split(s).len(), 4, "{:?}", split(s));
        // The same words in lower case, or at the end, are ordinary.
        let s = "He spoke to his rep. Then he left.";
        assert_eq!(split(s).len(), 2, "{:?}", split(s));
    }

    #[test]
    fn lower_case_start_continues() {
        let s = "The site is listed at nlm. nih. gov under recent activity. It is new.";
        assert_eq!(split(s).len(), 2, "{:?}", split(s));
    }

    #[test]
    fn closing_quote_stays() {
        let s = "He said “we will win.” Then he left.";
        let parts = split(s);
        assert_eq!(parts, vec!["He said “we will win.”", "Then he left."]);
    }

    #[test]
    fn list_markers_stay_with_their_item() {
        let s = "1. Police arrested a man. 2. The bank will reopen on Monday.";
        assert_eq!(
            split(s),
            vec![
                "1. Police arrested a man.",
                "2. The bank will reopen on Monday."
            ]
        );
        assert_eq!(split("a) The storm hit."), vec!["a) The storm hit."]);
        // Alone in its paragraph, a marker is kept (never dropped).
        assert_eq!(split("1."), vec!["1."]);
        // A number ending a sentence is not a marker.
        assert_eq!(split("He came in at No. 1. Then he left.").len(), 2);
    }

    #[test]
    fn list_marker_length() {
        assert_eq!(list_marker_len("1. Police arrested a man."), 3);
        assert_eq!(list_marker_len("(b)  The storm hit."), 5);
        assert_eq!(list_marker_len("• Schools stay closed."), "• ".len());
        assert_eq!(list_marker_len("A. Smith said so."), 0);
        assert_eq!(list_marker_len("2 people died."), 0);
        assert_eq!(list_marker_len("1."), 0);
    }

    #[test]
    fn trailing_ellipsis_stays_with_its_sentence() {
        let s = "\"The situation appears out of control. ...";
        assert_eq!(split(s), vec![s]);
        let s = "It was over. … Then it began again.";
        let parts = split(s);
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert!(
            parts.iter().all(|p| p.chars().any(char::is_alphanumeric)),
            "{parts:?}"
        );
    }
}
