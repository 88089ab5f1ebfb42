//! Who a quotation is attributed to: the person named next to a verb of saying in the
//! quotation's sentence, outside the quotation (`…,” Smith said.`, `said Justice Ortiz`,
//! `according to Ms. Lee`). Quote variants are grouped per speaker with it.

use super::Quotation;
use crate::engine::extract::entities::ArticleEntities;
use crate::findings::AtomKind;
use crate::model::Article;

/// The key of the person each quotation is attributed to, `None` when no one is named beside
/// a verb of saying or two people are equally close to one.
pub fn speakers(
    articles: &[Article],
    ents: &[ArticleEntities],
    quotes: &[Quotation],
) -> Vec<Option<String>> {
    quotes
        .iter()
        .map(|q| {
            let s = q.sentence;
            let article = articles.get(s.source)?;
            let sentence = article
                .paragraphs
                .get(s.paragraph)?
                .sentences
                .get(s.sentence)?;
            let mentions = ents.get(s.source)?.sentence(s.paragraph, s.sentence);
            speaker_in(&article.text, sentence.span, q, mentions)
        })
        .collect()
}

/// The speaker of `q` among `mentions` of its sentence (see [`speakers`]).
fn speaker_in(
    text: &str,
    sentence: crate::model::Span,
    q: &Quotation,
    mentions: &[crate::engine::extract::entities::EntityMention],
) -> Option<String> {
    // Verbs of saying outside the quotation, as byte offsets.
    let mut verbs = Vec::new();
    let body = sentence.slice(text);
    let mut at = sentence.start;
    for word in body.split(' ') {
        let start = at;
        at += word.len() + 1;
        if start >= q.span.start.saturating_sub(1) && start < q.span.end + 1 {
            continue;
        }
        let w: String = word
            .trim_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        let according = w == "according";
        if according || crate::text::normalize::is_reporting_verb(&w) {
            verbs.push((start, start + word.len()));
        }
    }
    let mut best: Option<(usize, &str)> = None;
    let mut tie = false;
    for m in mentions {
        let inside = m.span.start >= q.span.start && m.span.end <= q.span.end;
        if m.kind != AtomKind::Person || inside {
            continue;
        }
        for &(vs, ve) in &verbs {
            let gap = if m.span.end <= vs {
                vs - m.span.end
            } else if ve <= m.span.start {
                m.span.start - ve
            } else {
                continue;
            };
            // Beside the verb: a title or two may stand between (`said Transport Minister X`).
            if gap > 40 {
                continue;
            }
            match best {
                Some((g, k)) if g == gap && k != m.key => tie = true,
                Some((g, _)) if g <= gap => {}
                _ => {
                    best = Some((gap, m.key.as_str()));
                    tie = false;
                }
            }
        }
    }
    if tie {
        return None;
    }
    best.map(|(_, k)| k.to_owned())
}
