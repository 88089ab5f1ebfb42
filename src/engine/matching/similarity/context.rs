//! Per-article context for similarity: the full names an article uses, so that a surname alone
//! ("Putin") counts as the full name ("Vladimir Putin") seen in the same article.

use super::Term;
use crate::engine::lexicon::freq;
use crate::model::Article;
use crate::text::normalize::{self, Token, TokenKind};
use std::collections::BTreeMap;

/// Words that head a name run but are not part of the name (titles, roles).
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "foreign",
    "chief",
    "general",
    "gen",
    "sen",
    "senator",
    "rep",
    "representative",
    "governor",
    "gov",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "justice",
    "officer",
    "director",
    "chairman",
    "chairwoman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "ambassador",
    "commander",
    "coach",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "colonel",
    "col",
    "sergeant",
    "sgt",
    "detective",
    "inspector",
    "professor",
    "prof",
    "bishop",
    "archbishop",
    "cardinal",
    "rev",
    "reverend",
    "father",
    "sister",
    "brother",
    "deputy",
    "state",
    "defense",
    "defence",
    "interior",
    "attorney",
    "police",
    "army",
    "chancellor",
    "premier",
    "former",
    "acting",
    "new",
    "actress",
    "actor",
    "singer",
    "star",
    "agent",
];

/// How strongly a word that runs through an article is discounted ([`Context::topic_factor`]).
/// Chosen on the labelled fixtures (tests/fixtures/labels) with `examples/link_sweep.rs`: 4
/// raises link precision on the bundled set at the threshold (0.875 to 0.903) without losing
/// recall on either set.
const TOPIC_STRENGTH: f32 = 4.0;

/// Sentences added to an article's count, so that a short article does not make its few words
/// look like its topic.
const TOPIC_PRIOR: f32 = 4.0;

/// Names seen in one article, as lists of matching keys (`["vladimir", "putin"]`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    /// For each last name part: the distinct full names ending in it.
    by_last: BTreeMap<String, Vec<Vec<String>>>,
    /// For each word key: in how many of the article's sentences it occurs.
    sentence_counts: foldhash::HashMap<String, u32>,
    /// Number of sentences the counts are over.
    sentences: u32,
}

impl Context {
    /// Collects the multi-word names (runs of capitalised words, titles left out) of an article.
    pub fn new(text: &str) -> Self {
        let mut ctx = Self::default();
        ctx.add_names(text, &normalize::tokens(text));
        ctx.sort_names();
        ctx
    }

    /// The context of a whole article: its names, and how many of its sentences each word key
    /// occurs in (see [`Context::topic_factor`]).
    pub fn for_article(article: &Article) -> Self {
        let sentences: Vec<(&str, Vec<Token>)> = article
            .sentences()
            .map(|(_, _, s)| {
                let text = s.span.slice(&article.text);
                (text, normalize::tokens(text))
            })
            .collect();
        Self::for_sentences(sentences.iter().map(|(t, k)| (*t, k.as_slice())))
    }

    /// [`Context::for_article`] from the article's sentences, already tokenized. Names are
    /// runs of capitalised words, which never cross a sentence boundary, so collecting them
    /// sentence by sentence finds the same names as over the whole text.
    pub fn for_sentences<'a>(sentences: impl IntoIterator<Item = (&'a str, &'a [Token])>) -> Self {
        let mut ctx = Self::default();
        for (text, tokens) in sentences {
            ctx.add_names(text, tokens);
            let mut keys: Vec<&str> = tokens
                .iter()
                .filter(|t| !t.stop)
                .map(|t| t.norm.as_str())
                .collect();
            keys.sort_unstable();
            keys.dedup();
            for k in keys {
                match ctx.sentence_counts.get_mut(k) {
                    Some(n) => *n += 1,
                    None => {
                        ctx.sentence_counts.insert(k.to_owned(), 1);
                    }
                }
            }
            ctx.sentences += 1;
        }
        ctx.sort_names();
        ctx
    }

    fn add_names(&mut self, text: &str, tokens: &[Token]) {
        for run in name_runs(text, tokens) {
            let parts: Vec<String> = run.iter().map(|t| t.norm.clone()).collect();
            let Some(last) = parts.last().cloned() else {
                continue;
            };
            let names = self.by_last.entry(last).or_default();
            if !names.contains(&parts) {
                names.push(parts);
            }
        }
    }

    fn sort_names(&mut self) {
        for names in self.by_last.values_mut() {
            names.sort();
        }
    }

    /// Weight multiplier of a key that runs through the article: a word in many of the
    /// article's sentences is its topic (the people and places the whole story is about), and
    /// says little about which claim a sentence states. 1 for a word in one sentence.
    pub fn topic_factor(&self, key: &str) -> f32 {
        let count = self.sentence_counts.get(key).copied().unwrap_or(0);
        if count <= 1 || self.sentences == 0 {
            return 1.0;
        }
        let share = (count - 1) as f32 / (self.sentences as f32 + TOPIC_PRIOR);
        1.0 / (1.0 + TOPIC_STRENGTH * share)
    }

    /// True when the article has no multi-word name.
    pub fn is_empty(&self) -> bool {
        self.by_last.is_empty()
    }

    /// Terms implied by the context for a sentence: for each capitalised word that is the last
    /// part of exactly one full name of the article, the name's other parts that the sentence
    /// lacks.
    pub(crate) fn implied_terms(&self, tokens: &[Token], text: &str) -> Vec<Term> {
        let mut out = Vec::new();
        for t in tokens {
            if !t.capitalized || t.stop || t.kind != TokenKind::Word {
                continue;
            }
            let Some(names) = self.by_last.get(&t.norm) else {
                continue;
            };
            // A longer name that contains every shorter one is still one person.
            let Some(longest) = names.iter().max_by_key(|n| n.len()) else {
                continue;
            };
            let consistent = names.iter().all(|n| n.iter().all(|p| longest.contains(p)));
            if !consistent {
                continue;
            }
            for part in longest.iter().filter(|p| **p != t.norm) {
                if tokens.iter().any(|x| &x.norm == part) {
                    continue;
                }
                out.push(Term {
                    key: part.clone(),
                    surface: format!("({})", t.span.slice(text)),
                    weight: freq::weight(part),
                    stop: false,
                    number: false,
                    name: true,
                    implied: true,
                    alias: false,
                    value: false,
                });
            }
        }
        out
    }
}

/// Runs of at least two adjacent capitalised words (only spaces or hyphens between), with
/// leading titles and nationality words removed.
fn name_runs<'a>(text: &str, tokens: &'a [Token]) -> Vec<&'a [Token]> {
    let mut runs = Vec::new();
    let mut start: Option<usize> = None;
    for i in 0..=tokens.len() {
        let t = tokens.get(i);
        let joins = match (start, t) {
            (Some(_), Some(t)) if is_name_word(t) => i
                .checked_sub(1)
                .and_then(|k| tokens.get(k))
                .and_then(|p| text.get(p.span.end..t.span.start))
                .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '-')),
            _ => false,
        };
        if joins {
            continue;
        }
        if let Some(s) = start.take()
            && let Some(run) = tokens.get(s..i)
        {
            let first = run
                .iter()
                .rposition(|t| is_title(t, text))
                .map_or(0, |k| k + 1);
            if let Some(name) = run.get(first..)
                && name.len() >= 2
            {
                runs.push(name);
            }
        }
        if t.is_some_and(is_name_word) {
            start = Some(i);
        }
    }
    runs
}

fn is_name_word(t: &Token) -> bool {
    t.capitalized && !t.stop && t.kind == TokenKind::Word
}

/// Titles, roles, nationality words (`Russian`, `Chinese`) and very common words head a name
/// run without being part of the name.
fn is_title(t: &Token, text: &str) -> bool {
    let lower = t.span.slice(text).to_lowercase();
    TITLES.contains(&lower.as_str())
        || ["ian", "ese", "ish"].iter().any(|s| lower.ends_with(s))
        || freq::zipf(&t.norm).is_some_and(|z| z >= 5.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_implies_first_name() {
        let ctx = Context::new("Russian President Vladimir Putin met aides. Later Putin said no.");
        let tokens = normalize::tokens("Putin said no.");
        let implied = ctx.implied_terms(&tokens, "Putin said no.");
        let keys: Vec<&str> = implied.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, vec![normalize::word_key("vladimir")]);
    }

    #[test]
    fn ambiguous_surname_implies_nothing() {
        let ctx = Context::new("Hillary Clinton and Bill Clinton arrived. Clinton spoke.");
        let tokens = normalize::tokens("Clinton spoke.");
        assert!(ctx.implied_terms(&tokens, "Clinton spoke.").is_empty());
    }

    #[test]
    fn runs_stop_at_punctuation() {
        let ctx = Context::new("He flew to Moscow. Officials met.");
        assert!(ctx.is_empty());
    }
}
