//! Labelled fixtures (tests/fixtures/labels/*.json) and the scoring of an [`Analysis`] against
//! them: link precision/recall, unique-sentence precision/recall/F1, atom source-set exact rate,
//! conflict and quote-variant recall. Format: tests/fixtures/labels/README.md.
//!
//! Labels name sentences by a distinctive substring, not by id, so they survive changes to
//! cleaning and segmentation; [`resolve`] turns them into [`SentenceRef`]s and reports every label
//! that matches no sentence, several sentences, or a sentence another label already names.

use factdiff::analysis::{Analysis, AtomKind};
use factdiff::ingest::{self, Input, Limits};
use factdiff::model::SentenceRef;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A sentence label: 1-based source number and a substring of the sentence's text.
pub type SentenceLabel = (usize, String);

/// A group of sentences (at most a few per source).
#[derive(Debug, Clone, Deserialize)]
pub struct Group {
    /// What the sentences state (for people reading the file and the printed misses).
    pub about: String,
    /// The sentences.
    pub sentences: Vec<SentenceLabel>,
}

/// A labelled atom.
#[derive(Debug, Clone, Deserialize)]
pub struct AtomLabel {
    /// `person`, `organization`, `place`, `number`, `date`, `quote`, `other`.
    pub kind: String,
    /// Canonical text.
    pub text: String,
    /// Surface forms as written.
    #[serde(default)]
    pub variants: Vec<String>,
    /// 1-based sources that carry it.
    pub sources: Vec<usize>,
}

/// One side of a labelled conflict.
#[derive(Debug, Clone, Deserialize)]
pub struct ConflictSideLabel {
    /// 1-based source.
    pub source: usize,
    /// Substring of the sentence.
    pub sentence: String,
    /// The value this side gives.
    pub value: String,
}

/// A labelled conflict.
#[derive(Debug, Clone, Deserialize)]
pub struct ConflictLabel {
    /// What differs (`number`, `date`…).
    pub about: String,
    /// The sides.
    pub sides: Vec<ConflictSideLabel>,
}

/// A labelled quote variant: the sentences holding the renderings.
#[derive(Debug, Clone, Deserialize)]
pub struct QuoteVariantLabel {
    /// Which quotation.
    pub about: String,
    /// Sentences with a rendering.
    pub renderings: Vec<SentenceLabel>,
}

/// A whole labelled set.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelSet {
    /// Short name.
    pub name: String,
    /// Inputs in source order: `bundled:NAME` or a path relative to tests/fixtures.
    pub inputs: Vec<String>,
    /// Groups whose cross-source pairs are required links.
    pub claims: Vec<Group>,
    /// Groups whose cross-source pairs are acceptable either way (not scored).
    #[serde(default)]
    pub related: Vec<Group>,
    /// Story sentences no other source states.
    pub unique: Vec<SentenceLabel>,
    /// Story sentences too mixed to call: excluded from every score.
    #[serde(default)]
    pub unscored: Vec<SentenceLabel>,
    /// Atoms.
    pub atoms: Vec<AtomLabel>,
    /// Conflicts.
    #[serde(default)]
    pub conflicts: Vec<ConflictLabel>,
    /// Quote variants.
    #[serde(default)]
    pub quote_variants: Vec<QuoteVariantLabel>,
}

/// Folder of the fixtures.
pub fn fixtures_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
}

/// Reads `tests/fixtures/labels/NAME.json`.
pub fn load_set(name: &str) -> LabelSet {
    let path = fixtures_dir().join("labels").join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: bad labels: {e}", path.display()))
}

/// The inputs of a set, in source order.
pub fn load_inputs(set: &LabelSet) -> Vec<Input> {
    let bundled = ingest::bundled::inputs();
    set.inputs
        .iter()
        .map(|given| {
            if given.starts_with("bundled:") {
                bundled
                    .iter()
                    .find(|i| &i.path == given)
                    .cloned()
                    .unwrap_or_else(|| panic!("no bundled article {given}"))
            } else {
                let path = fixtures_dir().join(given);
                let loaded = ingest::load(&[path.display().to_string()], &Limits::default())
                    .unwrap_or_else(|e| panic!("cannot load {given}: {e}"));
                loaded
                    .inputs
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| panic!("{given} gave no input"))
            }
        })
        .collect()
}

/// Runs the comparison on a set's inputs; panics if any input was skipped (source numbers would
/// no longer line up with the labels).
pub fn analyze(set: &LabelSet) -> Analysis {
    let inputs = load_inputs(set);
    let (analysis, warnings) = factdiff::compare(&inputs).expect("compare failed");
    assert_eq!(
        analysis.articles.len(),
        set.inputs.len(),
        "{}: inputs were skipped: {warnings:?}",
        set.name
    );
    analysis
}

/// Folds what labels should not depend on: curly quotes and apostrophes, dashes, runs of white
/// space, Markdown emphasis marks.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = match c {
            '‘' | '’' | '‚' | '′' => '\'',
            '“' | '”' | '„' | '″' => '"',
            '–' | '—' | '‒' | '−' => '-',
            '*' | '_' => continue,
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// Labels resolved to sentences.
#[derive(Debug, Default)]
pub struct Resolved {
    /// Label → sentence.
    pub map: BTreeMap<SentenceLabel, SentenceRef>,
    /// Every problem found (empty when all labels resolve cleanly).
    pub errors: Vec<String>,
}

impl Resolved {
    /// The sentence of a label (labels that did not resolve give `None`).
    pub fn get(&self, label: &SentenceLabel) -> Option<SentenceRef> {
        self.map.get(label).copied()
    }
}

/// Every sentence label used anywhere in the set.
fn all_labels(set: &LabelSet) -> BTreeSet<SentenceLabel> {
    let mut out = BTreeSet::new();
    for g in set.claims.iter().chain(&set.related) {
        out.extend(g.sentences.iter().cloned());
    }
    out.extend(set.unique.iter().cloned());
    out.extend(set.unscored.iter().cloned());
    for c in &set.conflicts {
        out.extend(c.sides.iter().map(|s| (s.source, s.sentence.clone())));
    }
    for q in &set.quote_variants {
        out.extend(q.renderings.iter().cloned());
    }
    out
}

/// Resolves every label of the set against the analysed articles.
pub fn resolve(set: &LabelSet, analysis: &Analysis) -> Resolved {
    let mut resolved = Resolved::default();
    let mut owner: BTreeMap<SentenceRef, SentenceLabel> = BTreeMap::new();
    for label in all_labels(set) {
        let (source, needle) = (&label.0, fold(&label.1));
        let Some(article) = source.checked_sub(1).and_then(|i| analysis.articles.get(i)) else {
            resolved
                .errors
                .push(format!("{label:?}: no source {source}"));
            continue;
        };
        let hits: Vec<SentenceRef> = article
            .sentences()
            .filter(|(p, s, _)| fold(article.sentence_text(*p, *s)).contains(&needle))
            .map(|(paragraph, sentence, _)| SentenceRef {
                source: source - 1,
                paragraph,
                sentence,
            })
            .collect();
        match hits.as_slice() {
            [one] => {
                if let Some(other) = owner.insert(*one, label.clone()) {
                    resolved.errors.push(format!(
                        "{label:?} and {other:?} name the same sentence: {:?}",
                        analysis.sentence_text(*one)
                    ));
                }
                resolved.map.insert(label, *one);
            }
            [] => resolved
                .errors
                .push(format!("{label:?}: matches no sentence of s{source}")),
            many => resolved.errors.push(format!(
                "{label:?}: matches {} sentences of s{source}",
                many.len()
            )),
        }
    }
    // A sentence cannot be both unique and in a claim, nor unscored and scored.
    let claimed: BTreeSet<&SentenceLabel> = set.claims.iter().flat_map(|g| &g.sentences).collect();
    for u in &set.unique {
        if claimed.contains(u) {
            resolved
                .errors
                .push(format!("{u:?} is labelled both unique and in a claim"));
        }
    }
    for u in &set.unscored {
        if claimed.contains(u) || set.unique.contains(u) {
            resolved
                .errors
                .push(format!("{u:?} is labelled unscored and also scored"));
        }
    }
    resolved
}

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
    /// Labelled conflicts found.
    pub conflicts_found: usize,
    /// Labelled conflicts.
    pub conflicts_total: usize,
    /// Labelled quote variants found.
    pub quotes_found: usize,
    /// Labelled quote variants.
    pub quotes_total: usize,
    /// Human-readable misses and false positives.
    pub notes: Vec<String>,
}

impl Scores {
    /// Exact atom source-set rate.
    pub fn atom_exact_rate(&self) -> f64 {
        ratio(self.atoms_exact, self.atoms_total, true)
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
             [{name}] unique sentences: P {up:.3} R {ur:.3} F1 {uf:.3} (tp {utp}, fp {ufp}, fn {ufn})\n\
             [{name}] atoms: exact source sets {ae}/{at} = {ar:.3}\n\
             [{name}] conflicts: {cf}/{ct} = {cr:.3}; quote variants: {qf}/{qt} = {qr:.3}",
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
        ..Default::default()
    };
    score_links(set, resolved, analysis, &mut s);
    score_unique(set, resolved, analysis, &mut s);
    score_atoms(set, analysis, &mut s);
    score_conflicts(set, resolved, analysis, &mut s);
    score_quotes(set, resolved, analysis, &mut s);
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

fn kind_name(kind: AtomKind) -> &'static str {
    match kind {
        AtomKind::Person => "person",
        AtomKind::Organization => "organization",
        AtomKind::Place => "place",
        AtomKind::Number => "number",
        AtomKind::Date => "date",
        AtomKind::Quote => "quote",
        AtomKind::Other => "other",
    }
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
                let same_kind = kind_name(a.kind) == label.kind;
                ((inter * 1000 / union, same_kind), have)
            })
            .max_by(|x, y| x.0.cmp(&y.0));
        match best {
            Some((_, have)) if have == want => s.atoms_exact += 1,
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

fn score_conflicts(set: &LabelSet, resolved: &Resolved, analysis: &Analysis, s: &mut Scores) {
    for label in &set.conflicts {
        s.conflicts_total += 1;
        let sides: Vec<(SentenceRef, String)> = label
            .sides
            .iter()
            .filter_map(|side| {
                resolved
                    .get(&(side.source, side.sentence.clone()))
                    .map(|r| (r, atom_key(&side.value)))
            })
            .collect();
        let found = analysis.conflicts.iter().any(|c| {
            let values: BTreeSet<&String> = c
                .sides
                .iter()
                .filter_map(|cs| sides.iter().find(|(r, _)| *r == cs.sentence))
                .map(|(_, v)| v)
                .collect();
            values.len() >= 2
        });
        if found {
            s.conflicts_found += 1;
        } else {
            s.notes.push(format!(
                "missed conflict: {} ({})",
                label.about,
                label.sides.len()
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
