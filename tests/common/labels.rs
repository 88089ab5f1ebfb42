//! Labelled fixtures (tests/fixtures/labels/*.json) and the scoring of an [`Analysis`] against
//! them: link precision/recall, unique-sentence precision/recall/F1, atom source-set exact rate,
//! conflict recall and false conflicts, quote-variant recall, boilerplate left in the story.
//! Format: tests/fixtures/labels/README.md.
//!
//! Labels name sentences by a distinctive substring, not by id, so they survive changes to
//! cleaning and segmentation; [`resolve`] turns them into [`SentenceRef`]s and reports every label
//! that matches no sentence, several sentences, or a sentence another label already names.
//! Inputs may name the shared evaluation data (`shared:basil-dev/ID/fox.txt`, read from
//! `../shared/data` beside the repository); [`missing_shared`] tells a test to skip visibly.

use factdiff::findings::Analysis;
use factdiff::ingest::{self, Input, Limits};
use factdiff::model::SentenceRef;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

mod oracle;
mod score;

// Each test crate uses only part of these.
#[allow(unused_imports)]
pub use oracle::oracle;
#[allow(unused_imports)]
pub use score::{Link, Prf, Scores, predicted_links, score};

/// A sentence label: 1-based source number and a substring of the sentence's text.
pub type SentenceLabel = (usize, String);

/// A group of sentences (at most a few per source).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// What the sentences state (for people reading the file and the printed misses).
    pub about: String,
    /// The sentences.
    pub sentences: Vec<SentenceLabel>,
}

/// A labelled atom.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
pub struct ConflictLabel {
    /// What differs (`number`, `date`…).
    pub about: String,
    /// Free text for people reading the file.
    #[serde(default)]
    pub note: String,
    /// The sides.
    pub sides: Vec<ConflictSideLabel>,
}

/// A labelled quote variant: the sentences holding the renderings.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteVariantLabel {
    /// Which quotation.
    pub about: String,
    /// Sentences with a rendering.
    pub renderings: Vec<SentenceLabel>,
}

/// A whole labelled set.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelSet {
    /// Short name.
    pub name: String,
    /// Free text.
    #[serde(default)]
    pub description: String,
    /// `tune` (rules may be tuned on it) or `test` (held out: only measured); absent for the
    /// older sets.
    #[serde(default)]
    pub split: Option<String>,
    /// Inputs in source order: `bundled:NAME`, `shared:PATH` (under ../shared/data) or a path
    /// relative to tests/fixtures.
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
    /// Text of the raw input that is not story (titles repeated, bylines, credits, correction
    /// notices…): `[source, substring]`; cleaning must remove it, so no story sentence of that
    /// source may contain it.
    #[serde(default)]
    pub boilerplate: Vec<SentenceLabel>,
}

/// Folder of the fixtures.
pub fn fixtures_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
}

/// Prefix of inputs read from the shared evaluation data.
pub const SHARED: &str = "shared:";

/// The shared evaluation data: `../shared/data` beside the repository (never copied into it).
pub fn shared_data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
        .join("data")
}

/// The file an input names (`None` for `bundled:` articles).
pub fn input_path(given: &str) -> Option<PathBuf> {
    if given.starts_with("bundled:") {
        None
    } else if let Some(rest) = given.strip_prefix(SHARED) {
        Some(shared_data_dir().join(rest))
    } else {
        Some(fixtures_dir().join(given))
    }
}

/// The first shared input of the set that is absent, as `../shared/data/<top folder>` (what a
/// test prints when it skips), or `None` when every input is there.
pub fn missing_shared(set: &LabelSet) -> Option<String> {
    set.inputs.iter().find_map(|given| {
        let rest = given.strip_prefix(SHARED)?;
        let path = shared_data_dir().join(rest);
        if path.is_file() {
            return None;
        }
        let top = rest.split('/').next().unwrap_or(rest);
        Some(format!("../shared/data/{top}"))
    })
}

/// Reads `tests/fixtures/labels/NAME.json`.
pub fn load_set(name: &str) -> LabelSet {
    load_set_file(&fixtures_dir().join("labels").join(format!("{name}.json")))
}

/// Reads one label file.
pub fn load_set_file(path: &Path) -> LabelSet {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: bad labels: {e}", path.display()))
}

/// Every `tests/fixtures/labels/PREFIX*.json`, sorted by file name.
pub fn set_files(prefix: &str) -> Vec<PathBuf> {
    let dir = fixtures_dir().join("labels");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix))
        })
        .collect();
    out.sort();
    out
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
                let path = input_path(given).unwrap_or_else(|| fixtures_dir().join(given));
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
    analyze_inputs(set, &load_inputs(set))
}

/// [`analyze`] on inputs already loaded with [`load_inputs`].
pub fn analyze_inputs(set: &LabelSet, inputs: &[Input]) -> Analysis {
    let (analysis, warnings) = factdiff::compare(inputs).expect("compare failed");
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
    // A claim links sources: a group within one source states nothing about the others.
    for g in set.claims.iter().chain(&set.related) {
        let sources: BTreeSet<usize> = g.sentences.iter().map(|l| l.0).collect();
        if sources.len() < 2 {
            resolved.errors.push(format!(
                "group {:?} has sentences of fewer than two sources",
                g.about
            ));
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

/// Problems with the set's `boilerplate` labels against the raw inputs: a substring that does
/// not occur in its source's raw text (a typo would otherwise count as removed), or a source
/// that does not exist; and a `split` other than `tune` or `test`.
pub fn check_raw(set: &LabelSet, inputs: &[Input]) -> Vec<String> {
    let mut errors = Vec::new();
    if let Some(split) = &set.split
        && split != "tune"
        && split != "test"
    {
        errors.push(format!("split {split:?}: must be \"tune\" or \"test\""));
    }
    for label in &set.boilerplate {
        let Some(input) = label.0.checked_sub(1).and_then(|i| inputs.get(i)) else {
            errors.push(format!("boilerplate {label:?}: no source {}", label.0));
            continue;
        };
        let needle = fold(&label.1);
        if needle.is_empty() {
            errors.push(format!("boilerplate {label:?}: empty"));
        } else if !fold(&input.text).contains(&needle) {
            errors.push(format!(
                "boilerplate {label:?}: not in the raw text of s{}",
                label.0
            ));
        }
    }
    errors
}
