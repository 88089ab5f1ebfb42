//! Story grouping against known events (optional: needs ../shared/data, skips visibly
//! without). All 772 ECB+ development articles in one run, each folder one event (`N_ecb` and
//! `N_ecbplus` are two different events of one topic), and the 40 BASIL triplets mixed
//! together: B-cubed F1 of the grouping, and sentence matches between different true stories
//! in the analysis the command line would make. Figures go to docs/accuracy.md ("Stories").
//!
//! `cargo test --release --test stories_accuracy -- --nocapture`

mod common;

use common::data::shared_data;
use common::stories::{bcubed, cross_links, load_folders};
use factdiff::engine;

/// Checks one data set: prints the figures, asserts the F1 goal and at most `max_cross` of the
/// sentence links joining different true stories (the goal is none: met on BASIL; on
/// ECB+ the merged topic pairs still give some, see docs/accuracy.md).
fn check(name: &str, dir: &std::path::Path, goal: f64, max_cross: f64) {
    let (articles, truth) = load_folders(dir);
    assert!(articles.len() > 100, "{name}: too few articles read");
    let groups = engine::stories::group(&articles);
    let (p, r, f) = bcubed(&groups, &truth, |_| true);
    let analysis = engine::analyze_stories(articles, true);
    let (cross, links) = cross_links(&analysis, &truth);
    println!(
        "{name}: {} articles, {} true stories, {} stories found; B-cubed P {p:.3} R {r:.3} F1 {f:.3}; \
         {cross} of {links} sentence links between different true stories",
        truth.len(),
        truth
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        groups.len(),
    );
    assert!(f >= goal, "{name}: B-cubed F1 {f:.3} below {goal}");
    let share = cross as f64 / links.max(1) as f64;
    assert!(
        share <= max_cross,
        "{name}: {cross} of {links} links between different true stories"
    );
}

#[test]
fn ecbplus_dev_in_one_run_groups_by_event() {
    let Some(dir) = shared_data("ecbplus-dev", "ecbplus_dev_in_one_run_groups_by_event") else {
        return;
    };
    // A regression guard, not the goal (zero): 5.5 % with matching by meaning.
    check("ECB+ dev", &dir, 0.90, 0.06);
}

#[test]
fn basil_dev_triplets_mixed_group_by_event() {
    let Some(dir) = shared_data("basil-dev", "basil_dev_triplets_mixed_group_by_event") else {
        return;
    };
    check("BASIL dev", &dir, 0.95, 0.0);
}
