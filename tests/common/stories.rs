//! Scoring story grouping against known events: loading the ECB+ and BASIL development sets
//! with one true story per folder, B-cubed precision/recall/F1, and links (sentence matches)
//! that join different true stories.

use factdiff::Article;
use factdiff::findings::Analysis;
use std::path::Path;

/// Articles of every folder under `dir` (sorted by folder then file), with the folder name of
/// each as its true story.
pub fn load_folders(dir: &Path) -> (Vec<Article>, Vec<String>) {
    let mut folders: Vec<_> = std::fs::read_dir(dir)
        .map(|r| {
            r.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    folders.sort();
    let paths: Vec<String> = folders.iter().map(|p| p.display().to_string()).collect();
    let loaded = factdiff::ingest::load(&paths, &factdiff::Limits::default()).expect("load");
    let mut articles = Vec::new();
    let mut truth = Vec::new();
    for input in &loaded.inputs {
        let Ok(a) = factdiff::prepare(input) else {
            continue;
        };
        let folder = Path::new(&input.path)
            .parent()
            .and_then(|p| p.file_name())
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        truth.push(folder);
        articles.push(a);
    }
    (articles, truth)
}

/// B-cubed precision, recall and F1 of `groups` (indexes) against `truth` (a label per item),
/// over the items `keep` accepts (each item's cluster and class restricted to kept items).
pub fn bcubed(
    groups: &[Vec<usize>],
    truth: &[String],
    keep: impl Fn(usize) -> bool,
) -> (f64, f64, f64) {
    let mut cluster = vec![usize::MAX; truth.len()];
    for (g, members) in groups.iter().enumerate() {
        for &i in members {
            cluster[i] = g;
        }
    }
    let items: Vec<usize> = (0..truth.len()).filter(|&i| keep(i)).collect();
    let (mut p, mut r) = (0.0, 0.0);
    for &i in &items {
        let same_cluster = items.iter().filter(|&&j| cluster[j] == cluster[i]).count() as f64;
        let same_class = items.iter().filter(|&&j| truth[j] == truth[i]).count() as f64;
        let both = items
            .iter()
            .filter(|&&j| cluster[j] == cluster[i] && truth[j] == truth[i])
            .count() as f64;
        p += both / same_cluster;
        r += both / same_class;
    }
    let n = items.len().max(1) as f64;
    let (p, r) = (p / n, r / n);
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Sentence matches in `analysis` whose two sentences belong to different true stories
/// (`truth` per source, in the analysis' source order), and all matches.
pub fn cross_links(analysis: &Analysis, truth: &[String]) -> (usize, usize) {
    let (mut cross, mut all) = (0, 0);
    for (s, paragraphs) in analysis.sentences.iter().enumerate() {
        for f in paragraphs.iter().flatten() {
            for m in &f.matches {
                all += 1;
                if truth.get(s) != truth.get(m.sentence.source) {
                    cross += 1;
                }
            }
        }
    }
    (cross, all)
}
