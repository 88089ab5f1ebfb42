//! Quote variants ready to show: the words each rendering changes against the first, and the
//! helpers the formats use to mark them.

use crate::findings::QuoteRendering;
use crate::model::Span;
use crate::text::worddiff;

use super::RenderingView;

/// The renderings of one quotation with their word differences to the first rendering.
pub(super) fn quote_views(renderings: &[QuoteRendering]) -> Vec<RenderingView> {
    let first = renderings.first().map(|r| r.text.as_str()).unwrap_or("");
    renderings
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (changed, changes) = if i == 0 {
                let other = renderings.get(1).map(|r| r.text.as_str()).unwrap_or("");
                let ops = worddiff::diff(first, other);
                let changed = ops
                    .iter()
                    .filter(|op| op.is_change())
                    .filter_map(|op| op.a)
                    .filter_map(|sp| trimmed(first, sp))
                    .collect();
                (changed, Vec::new())
            } else {
                let ops = worddiff::diff(first, &r.text);
                let changed = ops
                    .iter()
                    .filter(|op| op.is_change())
                    .filter_map(|op| op.b)
                    .filter_map(|sp| trimmed(&r.text, sp))
                    .collect();
                let changes = ops
                    .iter()
                    .filter(|op| op.is_change())
                    .map(|op| (side_text(first, op.a), side_text(&r.text, op.b)))
                    .collect();
                (changed, changes)
            };
            RenderingView {
                source: r.sentence.source,
                text: r.text.clone(),
                sentence: r.sentence,
                changed,
                changes,
            }
        })
        .collect()
}

/// `span` of `text` without surrounding white space and punctuation, or `None` when nothing is left.
fn trimmed(text: &str, span: Span) -> Option<Span> {
    let inner = text.get(span.start..span.end)?;
    let is_edge = |c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '%');
    let start = span.start + (inner.len() - inner.trim_start_matches(is_edge).len());
    let end = span.start + inner.trim_end_matches(is_edge).len();
    (start < end).then(|| Span::new(start, end))
}

fn side_text(text: &str, span: Option<Span>) -> String {
    span.and_then(|sp| trimmed(text, sp))
        .map(|sp| sp.slice(text).to_owned())
        .unwrap_or_default()
}

/// `text` cut into pieces, each flagged true when it is inside one of `spans` (sorted,
/// non-overlapping byte ranges of `text`; others are skipped).
pub fn split_marked<'a>(text: &'a str, spans: &[Span]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for sp in spans {
        let (Some(before), Some(inner)) = (text.get(pos..sp.start), text.get(sp.start..sp.end))
        else {
            continue;
        };
        if sp.start < pos || inner.is_empty() {
            continue;
        }
        if !before.is_empty() {
            out.push((before, false));
        }
        out.push((inner, true));
        pos = sp.end;
    }
    if let Some(rest) = text.get(pos..)
        && !rest.is_empty()
    {
        out.push((rest, false));
    }
    out
}

/// A word change in plain words: `"got" → "were"`, `adds "now"`, `drops "then"`.
pub fn describe_change(from: &str, to: &str) -> String {
    match (from.is_empty(), to.is_empty()) {
        (true, _) => format!("adds \"{to}\""),
        (_, true) => format!("drops \"{from}\""),
        _ => format!("\"{from}\" → \"{to}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SentenceRef;
    #[test]
    fn split_marked_flags_spans_and_skips_bad_ones() {
        let spans = [Span::new(3, 6), Span::new(4, 5), Span::new(7, 99)];
        assert_eq!(
            split_marked("We got there", &spans),
            vec![("We ", false), ("got", true), (" there", false)]
        );
        assert_eq!(split_marked("", &[]), Vec::<(&str, bool)>::new());
    }

    #[test]
    fn quote_views_mark_the_words_that_differ() {
        let rendering = |source, text: &str| QuoteRendering {
            sentence: SentenceRef {
                source,
                paragraph: 0,
                sentence: 0,
            },
            text: text.into(),
            span: Span::new(0, text.len()),
        };
        let views = quote_views(&[
            rendering(0, "We got there in eleven minutes."),
            rendering(1, "We were there in 11 minutes, sadly"),
        ]);
        let marked = |v: &RenderingView| -> Vec<String> {
            v.changed
                .iter()
                .map(|s| s.slice(&v.text).to_owned())
                .collect()
        };
        assert_eq!(marked(&views[0]), vec!["got"]);
        assert_eq!(marked(&views[1]), vec!["were", "sadly"]);
        assert!(views[0].changes.is_empty());
        assert_eq!(
            views[1].changes,
            vec![
                ("got".into(), "were".into()),
                (String::new(), "sadly".into())
            ]
        );
    }
}
