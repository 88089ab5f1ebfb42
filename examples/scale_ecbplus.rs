//! Scale check of the matching engine: all articles of `../shared/data/ecbplus-dev` in one run.
//! Prints the wall time of preparing and of the analysis, the number of sentences, matching
//! pairs and claims, and the peak resident memory (Linux).
//!
//! `cargo run --release --example scale_ecbplus`

use factdiff::ingest;
use std::time::Instant;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/ecbplus-dev").to_owned();
    let Ok(loaded) = ingest::load(&[dir], &ingest::Limits::default()) else {
        eprintln!("../shared/data/ecbplus-dev not found");
        return;
    };
    let t0 = Instant::now();
    let articles: Vec<_> = loaded
        .inputs
        .iter()
        .filter_map(|i| factdiff::prepare(i).ok())
        .collect();
    let prepared = t0.elapsed();
    let sentences: usize = articles.iter().map(|a| a.sentence_count()).sum();
    let n = articles.len();
    let t1 = Instant::now();
    let analysis = factdiff::engine::analyze(articles);
    let analysed = t1.elapsed();
    let shared = analysis
        .claims
        .iter()
        .filter(|c| c.sources.len() > 1)
        .count();
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_owned())
        })
        .unwrap_or_else(|| "?".into());
    println!(
        "{n} articles, {sentences} sentences: ingest+clean+segment {prepared:.2?}, analysis {analysed:.2?}; \
         {} claims ({shared} multi-source); peak RSS {peak}",
        analysis.claims.len()
    );
}
