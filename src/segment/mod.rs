//! Segmentation: cleaned paragraphs become an [`Article`] with paragraph and sentence spans.
//!
//! Sentences come from `sentencex` (abbreviation lists, initials, decimals, quote handling), with
//! a repair pass for splits it still gets wrong on news text ([`repair`]); detokenised numbers
//! (`6. 1`, `5, 000`) are closed up first ([`mend`]), so the article text holds the mended form.

mod mend;
mod repair;

pub use repair::list_marker_len;

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
        let mended = mend::mend(para);
        let para = mended.as_deref().unwrap_or(para);
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
    let lead = paragraphs
        .first()
        .and_then(|p| p.sentences.first())
        .map_or("", |s| s.span.slice(&text));
    let label = crate::clean::meta::label(&cleaned.meta, path, lead);
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
    let mut spans = repair::join_false_breaks(para, spans);
    if spans.is_empty() && !para.trim().is_empty() {
        let start = para.len() - para.trim_start().len();
        spans.push(Span::new(start, para.trim_end().len()));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::repair::*;
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

    #[test]
    fn party_state_tags_and_initials_stay_inside() {
        let s = "Rep. Ann Lee, D-N.M., voted against it. Sen. Bo Park (R-S.D.) said he agreed. Ms. Lee, D-N.M. said so too.";
        assert_eq!(
            split(s),
            vec![
                "Rep. Ann Lee, D-N.M., voted against it.",
                "Sen. Bo Park (R-S.D.) said he agreed.",
                "Ms. Lee, D-N.M. said so too."
            ]
        );
        // A tag can end the sentence.
        let s = "\"We will see,\" said Rep. Ann Lee, D-N.M. \"Not yet.\" Then she left.";
        assert_eq!(
            split(s),
            vec![
                "\"We will see,\" said Rep. Ann Lee, D-N.M.",
                "\"Not yet.\"",
                "Then she left."
            ]
        );
    }

    #[test]
    fn lone_attribution_stays_with_its_quotation() {
        let s = "\"Why now?\" Judge Ortiz asked. The court adjourned.";
        assert_eq!(
            split(s),
            vec!["\"Why now?\" Judge Ortiz asked.", "The court adjourned."]
        );
        let s = "“We are done here!” the team captain added. Fans left.";
        assert_eq!(split(s).len(), 2, "{:?}", split(s));
        // A sentence of its own after a quotation is not an attribution.
        let s = "\"Why now?\" Nobody knew the answer. Some asked again.";
        assert_eq!(split(s).len(), 3, "{:?}", split(s));
    }

    #[test]
    fn merge_after_a_dotted_abbreviation_splits() {
        let s = "She died at home in Washington, D.C. Her husband survived her.";
        assert_eq!(
            split(s),
            vec![
                "She died at home in Washington, D.C.",
                "Her husband survived her."
            ]
        );
        let s = "The U.S. Secretary of State met the U.K. Foreign Secretary.";
        assert_eq!(split(s), vec![s]);
    }

    #[test]
    fn detokenised_numbers_do_not_end_sentences() {
        let a =
            from_paragraphs(&["A strong 5. 8 tremor shook the town at 3 a.m. Two people died."]);
        let sents: Vec<&str> = a.paragraphs[0]
            .sentences
            .iter()
            .map(|s| s.span.slice(&a.text))
            .collect();
        assert_eq!(
            sents,
            vec![
                "A strong 5.8 tremor shook the town at 3 a.m.",
                "Two people died."
            ]
        );
    }
}
