//! Threshold sweep of story grouping on the ECB+ and BASIL development sets (one true story
//! per folder): B-cubed precision, recall and F1 for a range of thresholds, on the odd ECB+
//! topics (where the threshold is chosen), the even ones (where it is checked), all 772 ECB+
//! articles in one run, and the 40 BASIL triplets mixed together.
//!
//! `cargo run --release --example story_sweep [threshold ...]`

#[allow(dead_code)]
#[path = "../tests/common/stories.rs"]
mod stories;

use factdiff::engine::stories::group_with;
use std::path::Path;
use std::time::Instant;

fn topic(folder: &str) -> usize {
    folder
        .split('_')
        .next()
        .and_then(|t| t.parse().ok())
        .unwrap_or(0)
}

fn main() {
    let data = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data"));
    let (ecb, ecb_truth) = stories::load_folders(&data.join("ecbplus-dev"));
    let (basil, basil_truth) = stories::load_folders(&data.join("basil-dev"));
    if ecb.is_empty() {
        eprintln!("../shared/data/ecbplus-dev not found");
        return;
    }
    let mut thresholds: Vec<f64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    if thresholds.is_empty() {
        thresholds = (5..=40).step_by(1).map(|t| f64::from(t) / 100.0).collect();
    }
    println!(
        "{} ECB+ articles, {} BASIL articles",
        ecb.len(),
        basil.len()
    );
    if std::env::var_os("DETAIL").is_some() {
        let t = thresholds.first().copied().unwrap_or(0.2);
        let g = group_with(&ecb, t);
        for members in &g {
            let mut counts = std::collections::BTreeMap::new();
            for &i in members {
                *counts.entry(ecb_truth[i].as_str()).or_insert(0) += 1;
            }
            if counts.len() > 1 {
                println!("mixed: {counts:?}");
            }
        }
        let mut split = std::collections::BTreeMap::new();
        for (k, members) in g.iter().enumerate() {
            for &i in members {
                split
                    .entry(ecb_truth[i].as_str())
                    .or_insert_with(std::collections::BTreeSet::new)
                    .insert(k);
            }
        }
        for (truth, parts) in split {
            if parts.len() > 1 {
                let sizes: Vec<usize> = parts
                    .iter()
                    .map(|&k| g[k].iter().filter(|&&i| ecb_truth[i] == truth).count())
                    .collect();
                println!("split: {truth} {sizes:?}");
            }
        }
    }
    println!(
        "thr    | ECB+ odd P/R/F1     | ECB+ even P/R/F1    | ECB+ all P/R/F1     | BASIL P/R/F1        | stories ECB+/BASIL"
    );
    for t in thresholds {
        let start = Instant::now();
        let g = group_with(&ecb, t);
        let odd = stories::bcubed(&g, &ecb_truth, |i| topic(&ecb_truth[i]) % 2 == 1);
        let even = stories::bcubed(&g, &ecb_truth, |i| topic(&ecb_truth[i]).is_multiple_of(2));
        let all = stories::bcubed(&g, &ecb_truth, |_| true);
        let b = group_with(&basil, t);
        let bb = stories::bcubed(&b, &basil_truth, |_| true);
        println!(
            "{t:.3}  | {:.3} {:.3} {:.3} | {:.3} {:.3} {:.3} | {:.3} {:.3} {:.3} | {:.3} {:.3} {:.3} | {}/{} ({:.2?})",
            odd.0,
            odd.1,
            odd.2,
            even.0,
            even.1,
            even.2,
            all.0,
            all.1,
            all.2,
            bb.0,
            bb.1,
            bb.2,
            g.len(),
            b.len(),
            start.elapsed()
        );
    }
}
