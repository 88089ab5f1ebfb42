//! Scoring of an [`Analysis`] against a resolved [`LabelSet`] (part of [`super`]): links,
//! unique sentences, atoms and people, conflicts (found and false), quote variants, boilerplate
//! left; and pooling of several sets' scores.

use super::{Group, LabelSet, Resolved, fold};
use factdiff::findings::{Analysis, Conflict, atom_kind_label};
use factdiff::model::SentenceRef;
use std::collections::BTreeSet;

/// An unordered pair of sentences from different sources.
pub type Link = (SentenceRef, SentenceRef);

fn link(a: SentenceRef, b: SentenceRef) -> Option<Link> {
    (a.source != b.source).then(|| if a < b { (a, b) } else { (b, a) })
}

fn group_links(groups: &[Group], resolved: &Resolved) -> BTreeSet<Link> {
    let mut out = BTreeSet::new();
    for g in groups {
        let refs: Vec<SentenceRef> = g.sentences.iter().filter_map(|l| resolved.get(l)).collect();
        for (i, &a) in refs.iter().enumerate() {
            for &b in refs.iter().skip(i + 1) {
                out.extend(link(a, b));
            }
        }
    }
    out
}

/// Links the engine predicts: pairs in the same claim, and each sentence's matches.
pub fn predicted_links(analysis: &Analysis) -> BTreeSet<Link> {
    let mut out = BTreeSet::new();
    for c in &analysis.claims {
        for (i, &a) in c.sentences.iter().enumerate() {
            for &b in c.sentences.iter().skip(i + 1) {
                out.extend(link(a, b));
            }
        }
    }
    for (source, paragraphs) in analysis.sentences.iter().enumerate() {
        for (paragraph, sentences) in paragraphs.iter().enumerate() {
            for (sentence, f) in sentences.iter().enumerate() {
                let me = SentenceRef {
                    source,
                    paragraph,
                    sentence,
                };
                for m in &f.matches {
                    out.extend(link(me, m.sentence));
                }
            }
        }
    }
    out
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// Correct predictions.
    pub tp: usize,
    /// Wrong predictions.
    pub fp: usize,
    /// Missed truths.
    pub fn_: usize,
}

impl Prf {
    /// tp / (tp + fp); 1 when nothing was predicted and nothing was to be found, else 0.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp, self.fn_ == 0)
    }
    /// tp / (tp + fn); 1 when there was nothing to find.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_, true)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(num: usize, den: usize, empty: bool) -> f64 {
    if den == 0 {
        if empty { 1.0 } else { 0.0 }
    } else {
        num as f64 / den as f64
    }
}

/// The scores of one analysis against one label set, with the misses for printing.
#[derive(Debug, Default)]
pub struct Scores {
    /// Set name.
    pub name: String,
    /// Cross-source links.
    pub links: Prf,
    /// Predicted links between labelled sentences marked `related` (not scored).
    pub related_links: usize,
    /// Predicted links touching unlabelled sentences (titles, boilerplate) or `unscored` ones.
    pub unlabelled_links: usize,
    /// Unique (support of one) sentences.
    pub unique: Prf,
    /// Labelled atoms whose engine atom has exactly the labelled source set.
    pub atoms_exact: usize,
    /// Labelled atoms.
    pub atoms_total: usize,
    /// Labelled person atoms whose engine atom has exactly the labelled source set.
    pub persons_exact: usize,
    /// Labelled person atoms.
    pub persons_total: usize,
    /// Labelled conflicts found.
    pub conflicts_found: usize,
    /// Labelled conflicts.
    pub conflicts_total: usize,
    /// Engine conflicts that match no labelled conflict.
    pub false_conflicts: usize,
    /// Labelled quote variants found.
    pub quotes_found: usize,
    /// Labelled quote variants.
    pub quotes_total: usize,
    /// Boilerplate labels some story sentence still contains.
    pub boilerplate_left: usize,
    /// Boilerplate labels.
    pub boilerplate_total: usize,
    /// Label sets pooled into these scores (1 for one set).
    pub sets: usize,
    /// Human-readable misses and false positives.
    pub notes: Vec<String>,
}

impl Scores {
    /// Exact atom source-set rate.
    pub fn atom_exact_rate(&self) -> f64 {
        ratio(self.atoms_exact, self.atoms_total, true)
    }
    /// Exact source-set rate of person atoms.
    pub fn person_exact_rate(&self) -> f64 {
        ratio(self.persons_exact, self.persons_total, true)
    }
    /// Engine conflicts matching no label, per label set.
    pub fn false_conflicts_per_set(&self) -> f64 {
        ratio(self.false_conflicts, self.sets, false)
    }

    /// Pools several sets' scores under `name`: counts are summed (micro-averaged), notes
    /// are not kept.
    pub fn pool<'a>(name: &str, all: impl IntoIterator<Item = &'a Scores>) -> Scores {
        let mut p = Scores {
            name: name.to_owned(),
            ..Default::default()
        };
        for s in all {
            p.links.tp += s.links.tp;
            p.links.fp += s.links.fp;
            p.links.fn_ += s.links.fn_;
            p.related_links += s.related_links;
            p.unlabelled_links += s.unlabelled_links;
            p.unique.tp += s.unique.tp;
            p.unique.fp += s.unique.fp;
            p.unique.fn_ += s.unique.fn_;
            p.atoms_exact += s.atoms_exact;
            p.atoms_total += s.atoms_total;
            p.persons_exact += s.persons_exact;
            p.persons_total += s.persons_total;
            p.conflicts_found += s.conflicts_found;
            p.conflicts_total += s.conflicts_total;
            p.false_conflicts += s.false_conflicts;
            p.quotes_found += s.quotes_found;
            p.quotes_total += s.quotes_total;
            p.boilerplate_left += s.boilerplate_left;
            p.boilerplate_total += s.boilerplate_total;
            p.sets += s.sets;
        }
        p
    }
    /// Conflict recall.
    pub fn conflict_recall(&self) -> f64 {
        ratio(self.conflicts_found, self.conflicts_total, true)
    }
    /// Quote-variant recall.
    pub fn quote_recall(&self) -> f64 {
        ratio(self.quotes_found, self.quotes_total, true)
    }

    /// A short report, one metric a line.
    pub fn summary(&self) -> String {
        format!(
            "[{name}] links: P {lp:.3} R {lr:.3} (tp {ltp}, fp {lfp}, fn {lfn}; {rel} related and {unl} unlabelled not scored)\n\
             [{name}] only here (unique sentences): P {up:.3} R {ur:.3} F1 {uf:.3} (tp {utp}, fp {ufp}, fn {ufn})\n\
             [{name}] atoms: exact source sets {ae}/{at} = {ar:.3}; people {pe}/{pt} = {pr:.3}\n\
             [{name}] conflicts: {cf}/{ct} = {cr:.3}, false {fc} ({fcs:.2} per set of {sets}); quote variants: {qf}/{qt} = {qr:.3}\n\
             [{name}] boilerplate left in the story: {bl}/{bt}",
            name = self.name,
            lp = self.links.precision(),
            lr = self.links.recall(),
            ltp = self.links.tp,
            lfp = self.links.fp,
            lfn = self.links.fn_,
            rel = self.related_links,
            unl = self.unlabelled_links,
            up = self.unique.precision(),
            ur = self.unique.recall(),
            uf = self.unique.f1(),
            utp = self.unique.tp,
            ufp = self.unique.fp,
            ufn = self.unique.fn_,
            ae = self.atoms_exact,
            at = self.atoms_total,
            ar = self.atom_exact_rate(),
            pe = self.persons_exact,
            pt = self.persons_total,
            pr = self.person_exact_rate(),
            fc = self.false_conflicts,
            fcs = self.false_conflicts_per_set(),
            sets = self.sets,
            bl = self.boilerplate_left,
            bt = self.boilerplate_total,
            cf = self.conflicts_found,
            ct = self.conflicts_total,
            cr = self.conflict_recall(),
            qf = self.quotes_found,
            qt = self.quotes_total,
            qr = self.quote_recall(),
        )
    }
}

fn short(analysis: &Analysis, r: SentenceRef) -> String {
    let text: String = analysis.sentence_text(r).chars().take(70).collect();
    format!(
        "s{}.p{}.{} {text:?}",
        r.source + 1,
        r.paragraph + 1,
        r.sentence + 1
    )
}

/// Scores `analysis` against `set`; `resolved` must come from [`resolve`] on the same analysis.
pub fn score(set: &LabelSet, resolved: &Resolved, analysis: &Analysis) -> Scores {
    let mut s = Scores {
        name: set.name.clone(),
        sets: 1,
        ..Default::default()
    };
    score_links(set, resolved, analysis, &mut s);
    score_unique(set, resolved, analysis, &mut s);
    score_atoms(set, analysis, &mut s);
    score_conflicts(set, resolved, analysis, &mut s);
    score_quotes(set, resolved, analysis, &mut s);
    score_boilerplate(set, analysis, &mut s);
    s
}

fn score_links(set: &LabelSet, resolved: &Resolved, analysis: &Analysis, s: &mut Scores) {
    let truth = group_links(&set.claims, resolved);
    let related = group_links(&set.related, resolved);
    let unscored: BTreeSet<SentenceRef> = set
        .unscored
        .iter()
        .filter_map(|l| resolved.get(l))
        .collect();
    let labelled: BTreeSet<SentenceRef> = resolved.map.values().copied().collect();
    let predicted = predicted_links(analysis);
    for &(a, b) in &predicted {
        let scored = |r: &SentenceRef| labelled.contains(r) && !unscored.contains(r);
        if truth.contains(&(a, b)) {
            s.links.tp += 1;
        } else if !scored(&a) || !scored(&b) {
            s.unlabelled_links += 1;
        } else if related.contains(&(a, b)) {
            s.related_links += 1;
        } else {
            s.links.fp += 1;
            s.notes.push(format!(
                "false link: {} ~ {}",
                short(analysis, a),
                short(analysis, b)
            ));
        }
    }
    for &(a, b) in truth.difference(&predicted) {
        s.links.fn_ += 1;
        s.notes.push(format!(
            "missed link: {} ~ {}",
            short(analysis, a),
            short(analysis, b)
        ));
    }
}

fn score_unique(set: &LabelSet, resolved: &Resolved, analysis: &Analysis, s: &mut Scores) {
    let truth: BTreeSet<SentenceRef> = set.unique.iter().filter_map(|l| resolved.get(l)).collect();
    let shared: BTreeSet<SentenceRef> = set
        .claims
        .iter()
        .flat_map(|g| &g.sentences)
        .filter_map(|l| resolved.get(l))
        .collect();
    for r in truth.iter().chain(shared.iter()) {
        let predicted_unique = analysis.findings(*r).support.len() <= 1;
        match (truth.contains(r), predicted_unique) {
            (true, true) => s.unique.tp += 1,
            (false, true) => {
                s.unique.fp += 1;
                s.notes
                    .push(format!("shared, but found unique: {}", short(analysis, *r)));
            }
            (true, false) => {
                s.unique.fn_ += 1;
                s.notes
                    .push(format!("unique, but found shared: {}", short(analysis, *r)));
            }
            (false, false) => {}
        }
    }
}

/// Folds an atom text for comparison: [`fold`], lower case, no commas inside numbers.
fn atom_key(text: &str) -> String {
    let folded = fold(text).to_lowercase();
    let chars: Vec<char> = folded.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            !(c == ','
                && i > 0
                && chars.get(i - 1).is_some_and(char::is_ascii_digit)
                && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        })
        .map(|(_, &c)| c)
        .collect::<String>()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

/// Words only, for quotations: lower case, every non-alphanumeric run a single space.
fn quote_key(text: &str) -> String {
    fold(text)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn score_atoms(set: &LabelSet, analysis: &Analysis, s: &mut Scores) {
    for label in &set.atoms {
        s.atoms_total += 1;
        let want: BTreeSet<usize> = label.sources.iter().map(|k| k.saturating_sub(1)).collect();
        let forms: Vec<&String> = std::iter::once(&label.text)
            .chain(&label.variants)
            .collect();
        let is_quote = label.kind == "quote";
        let matches = |text: &str| {
            if is_quote {
                let have = quote_key(text);
                forms.iter().any(|f| have.contains(&quote_key(f)))
            } else {
                let have = atom_key(text);
                forms.iter().any(|f| atom_key(f) == have)
            }
        };
        // The best candidate: most overlap of source sets, then the same kind.
        let best = analysis
            .atoms
            .iter()
            .filter(|a| matches(&a.text) || a.variants.iter().any(|v| matches(v)))
            .map(|a| {
                let have: BTreeSet<usize> = a.sources.iter().copied().collect();
                let inter = have.intersection(&want).count();
                let union = have.union(&want).count().max(1);
                let same_kind = atom_kind_label(a.kind) == label.kind;
                ((inter * 1000 / union, same_kind), have)
            })
            .max_by(|x, y| x.0.cmp(&y.0));
        let person = label.kind == "person";
        s.persons_total += usize::from(person);
        match best {
            Some((_, have)) if have == want => {
                s.atoms_exact += 1;
                s.persons_exact += usize::from(person);
            }
            Some((_, have)) => s.notes.push(format!(
                "atom {:?} ({}): sources {:?}, labelled {:?}",
                label.text,
                label.kind,
                have.iter().map(|k| k + 1).collect::<Vec<_>>(),
                label.sources
            )),
            None => s
                .notes
                .push(format!("atom {:?} ({}): not found", label.text, label.kind)),
        }
    }
}

/// Whether engine conflict `c` has sides in at least two of a label's side sentences with
/// different labelled values.
fn conflict_matches(c: &Conflict, sides: &[(SentenceRef, String)]) -> bool {
    let values: BTreeSet<&String> = c
        .sides
        .iter()
        .filter_map(|cs| sides.iter().find(|(r, _)| *r == cs.sentence))
        .map(|(_, v)| v)
        .collect();
    values.len() >= 2
}

fn score_conflicts(set: &LabelSet, resolved: &Resolved, analysis: &Analysis, s: &mut Scores) {
    let labelled: Vec<Vec<(SentenceRef, String)>> = set
        .conflicts
        .iter()
        .map(|label| {
            label
                .sides
                .iter()
                .filter_map(|side| {
                    resolved
                        .get(&(side.source, side.sentence.clone()))
                        .map(|r| (r, atom_key(&side.value)))
                })
                .collect()
        })
        .collect();
    for (label, sides) in set.conflicts.iter().zip(&labelled) {
        s.conflicts_total += 1;
        if analysis
            .conflicts
            .iter()
            .any(|c| conflict_matches(c, sides))
        {
            s.conflicts_found += 1;
        } else {
            s.notes.push(format!(
                "missed conflict: {} ({})",
                label.about,
                label.sides.len()
            ));
        }
    }
    for c in &analysis.conflicts {
        if !labelled.iter().any(|sides| conflict_matches(c, sides)) {
            s.false_conflicts += 1;
            let sides: Vec<String> = c
                .sides
                .iter()
                .map(|cs| format!("{:?} in {}", cs.value, short(analysis, cs.sentence)))
                .collect();
            s.notes.push(format!(
                "false conflict ({}): {}",
                c.about,
                sides.join(" vs ")
            ));
        }
    }
}

fn score_quotes(set: &LabelSet, resolved: &Resolved, analysis: &Analysis, s: &mut Scores) {
    for label in &set.quote_variants {
        s.quotes_total += 1;
        let want: BTreeSet<SentenceRef> = label
            .renderings
            .iter()
            .filter_map(|l| resolved.get(l))
            .collect();
        let found = analysis.quote_variants.iter().any(|q| {
            let sources: BTreeSet<usize> = q
                .renderings
                .iter()
                .filter(|r| want.contains(&r.sentence))
                .map(|r| r.sentence.source)
                .collect();
            sources.len() >= 2
        });
        if found {
            s.quotes_found += 1;
        } else {
            s.notes
                .push(format!("missed quote variant: {}", label.about));
        }
    }
}

fn score_boilerplate(set: &LabelSet, analysis: &Analysis, s: &mut Scores) {
    for label in &set.boilerplate {
        s.boilerplate_total += 1;
        let needle = fold(&label.1);
        let Some(article) = label
            .0
            .checked_sub(1)
            .and_then(|i| analysis.articles.get(i))
        else {
            continue;
        };
        let left = article
            .sentences()
            .map(|(p, k, _)| (p, k))
            .find(|&(p, k)| fold(article.sentence_text(p, k)).contains(&needle));
        if let Some((paragraph, sentence)) = left {
            s.boilerplate_left += 1;
            let r = SentenceRef {
                source: label.0 - 1,
                paragraph,
                sentence,
            };
            s.notes.push(format!(
                "boilerplate left: {:?} in {}",
                label.1,
                short(analysis, r)
            ));
        }
    }
}
