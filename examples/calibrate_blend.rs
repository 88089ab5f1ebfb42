//! Calibration of the matching decision ([`factdiff::engine::matching::blend`]): runs the whole
//! analysis on the hand-labelled sets for a grid of blend constants and prints, per setting,
//! pooled link precision/recall and "only here" precision/recall, so the constants can be chosen
//! on the `tune` split and checked on the held-out `test` split and the other sets.
//!
//! `cargo run --release --example calibrate_blend -- [tune|test|all|bundled|invented]`
//! (the basil sets need `../shared/data/basil-dev`).

// The test helpers (tests/common), for their label loading and scoring.
#[path = "../tests/common/mod.rs"]
mod common;
use common::labels;

use factdiff::engine::matching::blend::Calibration;
use factdiff::model::Article;

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "tune".to_owned());
    let sets: Vec<labels::LabelSet> = match which.as_str() {
        "bundled" | "invented" => vec![labels::load_set(&which)],
        split => labels::set_files("basil_")
            .iter()
            .map(|p| labels::load_set_file(p))
            .filter(|s| split == "all" || s.split.as_deref() == Some(split))
            .collect(),
    };
    if let Some(missing) = sets.iter().find_map(labels::missing_shared) {
        eprintln!("needs {missing}");
        return;
    }
    let prepared: Vec<(labels::LabelSet, Vec<Article>)> = sets
        .into_iter()
        .map(|set| {
            let analysis = labels::analyze(&set);
            (set, analysis.articles)
        })
        .collect();
    println!("{} sets ({which})", prepared.len());
    println!("weight floor thresh | link P  link R | uniq P  uniq R");
    let weights = grid("CAL_WEIGHTS", &[0.3, 0.4, 0.5, 0.6]);
    let floors = grid("CAL_FLOORS", &[0.2, 0.3, 0.4]);
    let thresholds = grid("CAL_THRESHOLDS", &[0.40, 0.44, 0.48, 0.52, 0.56, 0.60]);
    for &semantic_weight in &weights {
        for &cosine_floor in &floors {
            for &threshold in &thresholds {
                let cal = Calibration {
                    semantic_weight,
                    cosine_floor,
                    threshold,
                    keep_lexical: std::env::var_os("CAL_STRICT").is_none(),
                    min_lexical: std::env::var("CAL_MIN_LEXICAL")
                        .ok()
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(factdiff::engine::matching::blend::MIN_LEXICAL),
                };
                let scores: Vec<labels::Scores> = prepared
                    .iter()
                    .map(|(set, articles)| {
                        let analysis = factdiff::engine::analyze_with(articles.clone(), &cal, &());
                        let resolved = labels::resolve(set, &analysis);
                        labels::score(set, &resolved, &analysis)
                    })
                    .collect();
                let pooled = labels::Scores::pool("pooled", scores.iter());
                println!(
                    "{semantic_weight:.2}  {cosine_floor:.2}  {threshold:.2}  | {:.3}  {:.3}  | {:.3}  {:.3}",
                    pooled.links.precision(),
                    pooled.links.recall(),
                    pooled.unique.precision(),
                    pooled.unique.recall()
                );
            }
        }
    }
}

/// A comma-separated list from the environment, or the default grid.
fn grid(var: &str, default: &[f32]) -> Vec<f32> {
    std::env::var(var)
        .ok()
        .map(|v| v.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .filter(|v: &Vec<f32>| !v.is_empty())
        .unwrap_or_else(|| default.to_vec())
}
