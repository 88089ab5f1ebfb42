//! Paragraph repair: joins paragraphs that a scrape or an inserted block broke mid-sentence.
//!
//! A paragraph that does not end a sentence is joined with the next one when the next starts in
//! lower case, when the first leaves a quotation open, or when it ends on a word no sentence
//! ends with ("by the"). A paragraph that ends a sentence is never joined: multi-paragraph
//! quotations, which leave the quote open at a full stop, stay apart.

use super::markup::LineKind;
use super::text;

/// Words a finished paragraph does not end with.
const DANGLING: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "or", "but", "by", "in", "on", "for", "with", "that",
    "from", "at", "as", "into", "than", "his", "her", "their", "its", "our", "is", "was", "were",
    "are", "be", "has", "have", "had", "would", "will", "said", "who", "which",
];

/// True when the text opens a quotation it does not close.
pub fn leaves_quote_open(s: &str) -> bool {
    let straight = s.matches('"').count();
    let open = s.matches(['“', '„']).count();
    let close = s.matches('”').count();
    straight % 2 == 1 || open > close
}

/// True when paragraph `b` continues the sentence paragraph `a` left unfinished.
pub fn continues(a: &str, b: &str) -> bool {
    if text::ends_with_terminal(a) || text::first_alnum(b).is_none() {
        return false;
    }
    let a_end = a.trim_end();
    let last = text::key(a_end.split_whitespace().last().unwrap_or(""));
    text::starts_lowercase(b)
        || leaves_quote_open(a)
        || DANGLING.contains(&last.as_str())
        || a_end.ends_with([',', '–', '—'])
}

/// Joins broken paragraphs. Headings and list items are never joined.
pub fn join_broken(paragraphs: Vec<(String, LineKind)>) -> Vec<(String, LineKind)> {
    let mut out: Vec<(String, LineKind)> = Vec::with_capacity(paragraphs.len());
    for (para, kind) in paragraphs {
        if let Some((prev, prev_kind)) = out.last_mut()
            && *prev_kind == LineKind::Text
            && kind == LineKind::Text
            && continues(prev, &para)
        {
            prev.push(' ');
            prev.push_str(&para);
            continue;
        }
        out.push((para, kind));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn join(parts: &[&str]) -> Vec<String> {
        join_broken(
            parts
                .iter()
                .map(|p| (p.to_string(), LineKind::Text))
                .collect(),
        )
        .into_iter()
        .map(|(t, _)| t)
        .collect()
    }

    #[test]
    fn open_quote_with_capital_continuation() {
        let j = join(&[
            "Kim, in turn, pledged that North Korea would \"fully support all measures to be taken by the",
            "Russian leadership in the future.\"",
            "Next paragraph.",
        ]);
        assert_eq!(j.len(), 2, "{j:?}");
        assert!(j[0].ends_with("in the future.\""));
    }

    #[test]
    fn lower_case_continuation() {
        assert_eq!(
            join(&["The ministers met in Geneva", "and agreed on a truce."]).len(),
            1
        );
        assert_eq!(join(&["“We will win,”", "he said."]).len(), 1);
    }

    #[test]
    fn finished_paragraphs_stay_apart() {
        assert_eq!(
            join(&["“We will fight on.", "“And we will win,” he said."]).len(),
            2
        );
        assert_eq!(join(&["He left.", "then nothing happened."]).len(), 2);
        assert_eq!(
            join(&["Markets rally in Asia", "Stocks rose on Monday."]).len(),
            2
        );
    }

    #[test]
    fn headings_are_not_joined() {
        let j = join_broken(vec![
            ("Background of the".into(), LineKind::Heading),
            ("talks began in May.".into(), LineKind::Text),
        ]);
        assert_eq!(j.len(), 2);
    }
}
