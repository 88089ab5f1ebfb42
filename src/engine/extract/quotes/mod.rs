//! Quotations and quote variants.
//!
//! [`quotations`] finds text in double quotes (straight `"…"` or curly `“…”`) within a paragraph;
//! a quote left open runs to the end of the paragraph (the news convention for a quotation that
//! continues in the next paragraph). Quotes of one word (`“liberation”`) are scare quotes, not
//! quotations, and are skipped.
//!
//! [`variants`] finds the same quotation rendered differently by different outlets: quotations
//! from different sources whose content words overlap strongly (at least two shared, covering at
//! least half of the shorter one, after number and spelling folding) but whose wording differs.
//! Quotes linked this way are grouped, per speaker ([`speaker`]): two quotations attributed to
//! different people never link, and a group never takes in a second speaker through a quotation
//! with none named (no chains across speakers). A group is reported when it spans two sources
//! and holds two different wordings.
//!
//! A straight quote mark right after a word or punctuation (`…we are done," said the
//! spokesman`) closes a quotation whose opening mark was lost; it opens none, so the
//! attribution after it is not taken as a quotation.

pub mod speaker;

use crate::findings::{QuoteRendering, QuoteVariant};
use crate::model::{Article, SentenceRef, Span};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One quotation in a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// The sentence the quotation starts in.
    pub sentence: SentenceRef,
    /// Byte range of the quoted words (inside the marks) in the source's text.
    pub span: Span,
    /// The quoted words as written.
    pub text: String,
    /// Lower-case words (letters and digits), for exact comparison: `warm, comradely atmosphere`
    /// and `warm comradely atmosphere` have the same words.
    pub words: Vec<String>,
}

impl Quotation {
    /// The words joined by single spaces: equal for renderings that differ only in punctuation
    /// and case.
    pub fn key(&self) -> String {
        self.words.join(" ")
    }
}

/// Lower-case words of a quotation (apostrophes kept inside words, folded to `'`).
pub fn quote_words(text: &str) -> Vec<String> {
    crate::engine::extract::dates::words(text)
        .into_iter()
        .map(|(_, w)| {
            w.chars()
                .filter(|c| *c != ',')
                .map(|c| if c == '’' { '\'' } else { c })
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Quotations of two words or more in one paragraph (`para` starts at byte `offset` of the
/// source text), as (absolute inner span, text).
pub fn quoted_spans(para: &str, offset: usize) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in para.char_indices() {
        match (open, c) {
            (None, '"') if closes_only(para, i) => {}
            (None, '“') | (None, '"') => open = Some((i + c.len_utf8(), c)),
            (Some((s, _)), '”') | (Some((s, '"')), '"') => {
                push_quote(para, s, i, offset, &mut out);
                open = None;
            }
            // A new opening curly quote while one is open: the earlier one was never closed.
            (Some((s, '“')), '“') => {
                push_quote(para, s, i, offset, &mut out);
                open = Some((i + c.len_utf8(), c));
            }
            _ => {}
        }
    }
    if let Some((s, _)) = open {
        push_quote(para, s, para.len(), offset, &mut out);
    }
    out
}

/// True when the straight quote at byte `i` can only close a quotation: it follows a letter,
/// digit or closing punctuation directly (`done,"`, `now."`) and is not followed by a letter.
fn closes_only(para: &str, i: usize) -> bool {
    let before = para.get(..i).and_then(|b| b.chars().next_back());
    let after = para.get(i + 1..).and_then(|a| a.chars().next());
    before.is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '.' | '?' | '!'))
        && !after.is_some_and(char::is_alphanumeric)
}

fn push_quote(para: &str, s: usize, e: usize, offset: usize, out: &mut Vec<(Span, String)>) {
    let Some(raw) = para.get(s..e) else { return };
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = raw.len() - raw.trim_start().len();
    if crate::engine::extract::dates::words(trimmed).len() < 2 {
        return;
    }
    let start = offset + s + lead;
    out.push((Span::new(start, start + trimmed.len()), trimmed.to_owned()));
}

/// Every quotation of an article, in reading order.
pub fn quotations(article: &Article, source: usize) -> Vec<Quotation> {
    let mut out = Vec::new();
    for (pi, para) in article.paragraphs.iter().enumerate() {
        let text = para.span.slice(&article.text);
        for (span, quoted) in quoted_spans(text, para.span.start) {
            let si = para
                .sentences
                .iter()
                .rposition(|s| s.span.start <= span.start)
                .unwrap_or(0);
            out.push(Quotation {
                sentence: SentenceRef {
                    source,
                    paragraph: pi,
                    sentence: si,
                },
                span,
                words: quote_words(&quoted),
                text: quoted,
            });
        }
    }
    out
}

/// Content-word keys of a quotation (number words read as numbers, spelling folded, stems).
pub(crate) fn content(text: &str) -> BTreeSet<String> {
    crate::text::normalize::tokens(text)
        .into_iter()
        .filter(|t| !t.stop)
        .map(|t| t.norm)
        .collect()
}

/// True when two quotations are renderings of the same words (see the module docs).
pub fn same_quotation(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    let shared = a.intersection(b).count();
    let smaller = a.len().min(b.len());
    shared >= 2 && shared * 2 >= smaller
}

/// Every quotation of every article (the source index is the article's position), in source
/// and reading order: what atoms and quote variants both start from.
pub fn all_quotations(articles: &[Article]) -> Vec<Quotation> {
    articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| quotations(a, i))
        .collect()
}

/// Finds quotations that appear in several sources with different wording: the stage's one
/// public entry. `engine::analyze` calls [`variants_of`] instead, with the quotations and
/// speakers it shares between stages.
pub fn variants(articles: &[Article]) -> Vec<QuoteVariant> {
    let quotes = all_quotations(articles);
    let ents = crate::engine::extract::entities::unified(articles);
    variants_of(&quotes, &speaker::speakers(articles, &ents, &quotes))
}

/// [`variants`], with the quotations already found ([`all_quotations`]) and their speakers
/// ([`speaker::speakers`], one per quotation; missing ones count as unknown).
pub(crate) fn variants_of(quotes: &[Quotation], speakers: &[Option<String>]) -> Vec<QuoteVariant> {
    // The speaker of each union-find root's group.
    let mut group_speaker: Vec<Option<&str>> = (0..quotes.len())
        .map(|i| speakers.get(i).and_then(|s| s.as_deref()))
        .collect();
    let contents: Vec<BTreeSet<String>> = quotes.iter().map(|q| content(&q.text)).collect();
    // Union-find over quotations from different sources that render the same words.
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while let Some(&p) = parent.get(i) {
            if p == i {
                break;
            }
            let gp = parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = parent.get_mut(i) {
                *slot = gp;
            }
            i = p;
        }
        i
    }
    // Only quotations sharing content words can be the same: candidates come from an index of
    // words, with the shared words counted on the way (comparing all pairs was quadratic in the
    // number of quotations: over a second for a thousand articles). Roots of the union-find are
    // always a group's smallest index, so the groups do not depend on the order of the unions.
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in contents.iter().enumerate() {
        for key in c {
            index.entry(key.as_str()).or_default().push(i);
        }
    }
    let mut shared = vec![0usize; quotes.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (i, (qi, ci)) in quotes.iter().zip(&contents).enumerate() {
        for key in ci {
            let later = index.get(key.as_str()).map_or(&[][..], |list| {
                list.get(list.partition_point(|&j| j <= i)..).unwrap_or(&[])
            });
            for &j in later {
                if let Some(n) = shared.get_mut(j) {
                    if *n == 0 {
                        touched.push(j);
                    }
                    *n += 1;
                }
            }
        }
        touched.sort_unstable();
        for &j in &touched {
            let n = shared.get(j).copied().unwrap_or(0);
            if let Some(slot) = shared.get_mut(j) {
                *slot = 0;
            }
            let (Some(qj), Some(cj)) = (quotes.get(j), contents.get(j)) else {
                continue;
            };
            // `same_quotation`, with the intersection already counted.
            let smaller = ci.len().min(cj.len());
            if qi.sentence.source == qj.sentence.source || n < 2 || n * 2 < smaller {
                continue;
            }
            let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
            let (si, sj) = (
                group_speaker.get(ri).copied().flatten(),
                group_speaker.get(rj).copied().flatten(),
            );
            if ri == rj || si.zip(sj).is_some_and(|(a, b)| a != b) {
                continue;
            }
            let (lo, hi) = (ri.min(rj), ri.max(rj));
            if let Some(slot) = parent.get_mut(hi) {
                *slot = lo;
            }
            if let Some(slot) = group_speaker.get_mut(lo) {
                *slot = si.or(sj);
            }
        }
        touched.clear();
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..quotes.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out = Vec::new();
    for members in groups.values() {
        let sources: BTreeSet<usize> = members
            .iter()
            .filter_map(|&i| quotes.get(i))
            .map(|q| q.sentence.source)
            .collect();
        let wordings: BTreeSet<String> = members
            .iter()
            .filter_map(|&i| quotes.get(i))
            .map(Quotation::key)
            .collect();
        if sources.len() < 2 || wordings.len() < 2 {
            continue;
        }
        let mut seen = BTreeSet::new();
        let renderings = members
            .iter()
            .filter_map(|&i| quotes.get(i))
            .filter(|q| seen.insert((q.sentence.source, q.key())))
            .map(|q| QuoteRendering {
                sentence: q.sentence,
                text: q.text.clone(),
                span: q.span,
            })
            .collect();
        out.push(QuoteVariant { renderings });
    }
    out
}

#[cfg(test)]
mod tests;
