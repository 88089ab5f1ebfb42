//! Accuracy of the engine on real three-outlet coverage: every
//! `tests/fixtures/labels/basil_*.json`, hand labels of BASIL triplets (Fox, NYT, HuffPost) whose
//! articles stay in `../shared/data/basil-dev` (never copied into the repository). Prints each
//! set's scores, then pooled scores for the `tune` split, the held-out `test` split and all sets:
//! link precision/recall, "only here" precision/recall, people with the exact set of sources,
//! conflict recall and false conflicts per triplet, boilerplate left in the story.
//!
//! Without the shared data the tests print `SKIPPED <test>: needs ../shared/data/basil-dev`
//! and check nothing. Label problems (a substring matching no sentence or several, boilerplate
//! absent from the raw file, a bad split) always fail. The targets (issues 14 and 19) are
//! behind switches below, off until the engine meets them on the `test` split.
//!
//! `BASIL_LABELS=basil_0c78e748,basil_11c9f251` limits both tests to those files (by stem).

mod common;

use common::labels::{self, LabelSet, Scores};

// ---- Target switches (pooled `test` split): turn one on when the engine meets it. ----

/// Link recall ≥ 0.65 at precision ≥ 0.90 (issue 14). Off: lexical matching only.
const ASSERT_LINKS: bool = false;
/// "Only here" precision ≥ 0.85 (issue 14). Off.
const ASSERT_UNIQUE_PRECISION: bool = false;
/// Conflict recall ≥ 2/3 with at most one false conflict per triplet (issue 19). Off.
const ASSERT_CONFLICTS: bool = false;
/// People with the exact set of sources ≥ 0.90 (issue 19). On: one atom per person (middle
/// initials, short given names, titles and department words cut) gives 0.963 on `test`.
const ASSERT_PEOPLE: bool = true;
/// No boilerplate left in the story (issue 19). On: embedded posts are removed (0/3 left).
const ASSERT_NO_BOILERPLATE: bool = true;

const LINK_PRECISION: f64 = 0.90;
const LINK_RECALL: f64 = 0.65;
const UNIQUE_PRECISION: f64 = 0.85;
const CONFLICT_RECALL: f64 = 2.0 / 3.0;
const FALSE_CONFLICTS_PER_SET: f64 = 1.0;
const PERSON_EXACT: f64 = 0.90;

/// The label files to use (all `basil_*.json`, or those `BASIL_LABELS` names).
fn files() -> Vec<std::path::PathBuf> {
    let only: Option<Vec<String>> = std::env::var("BASIL_LABELS").ok().map(|v| {
        v.split(',')
            .map(|s| s.trim().trim_end_matches(".json").to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    });
    let files: Vec<_> = labels::set_files("basil_")
        .into_iter()
        .filter(|p| {
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            only.as_ref().is_none_or(|o| o.iter().any(|x| x == stem))
        })
        .collect();
    if let Some(only) = &only {
        assert!(
            !files.is_empty(),
            "BASIL_LABELS={only:?} names no tests/fixtures/labels/basil_*.json"
        );
    }
    files
}

/// Prints a skip on the real stderr, past the test harness' output capture, so it shows in a
/// plain `cargo test` run.
fn skipped(line: &str) {
    use std::io::Write;
    // The harness captures both `eprintln!` and `std::io::stderr()`; a fresh handle on the
    // process's stderr is not captured.
    match std::fs::OpenOptions::new().append(true).open("/dev/stderr") {
        Ok(mut f) => {
            let _ = writeln!(f, "{line}");
        }
        Err(_) => eprintln!("{line}"),
    }
}

/// The sets, or `None` (after printing the SKIPPED line) when the shared data or the label
/// files are absent.
fn load(test: &str) -> Option<Vec<(String, LabelSet)>> {
    let files = files();
    if files.is_empty() {
        skipped(&format!(
            "SKIPPED {test}: no tests/fixtures/labels/basil_*.json"
        ));
        return None;
    }
    let sets: Vec<(String, LabelSet)> = files
        .iter()
        .map(|p| {
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
            (stem.to_owned(), labels::load_set_file(p))
        })
        .collect();
    if let Some(missing) = sets.iter().find_map(|(_, s)| labels::missing_shared(s)) {
        skipped(&format!("SKIPPED {test}: needs {missing}"));
        return None;
    }
    Some(sets)
}

fn check_targets(s: &Scores) {
    let mut failures = Vec::new();
    let p = s.links.precision();
    let r = s.links.recall();
    if ASSERT_LINKS && (p < LINK_PRECISION || r < LINK_RECALL) {
        failures.push(format!(
            "links P {p:.3} R {r:.3}, want P ≥ {LINK_PRECISION:.2} and R ≥ {LINK_RECALL:.2}"
        ));
    }
    let up = s.unique.precision();
    if ASSERT_UNIQUE_PRECISION && up < UNIQUE_PRECISION {
        failures.push(format!("unique precision {up:.3} < {UNIQUE_PRECISION:.2}"));
    }
    let (cr, fc) = (s.conflict_recall(), s.false_conflicts_per_set());
    if ASSERT_CONFLICTS && (cr < CONFLICT_RECALL || fc > FALSE_CONFLICTS_PER_SET) {
        failures.push(format!(
            "conflicts recall {cr:.3}, {fc:.2} false per triplet; want ≥ {CONFLICT_RECALL:.3}, ≤ {FALSE_CONFLICTS_PER_SET}"
        ));
    }
    let pe = s.person_exact_rate();
    if ASSERT_PEOPLE && pe < PERSON_EXACT {
        failures.push(format!("people exact {pe:.3} < {PERSON_EXACT:.2}"));
    }
    if ASSERT_NO_BOILERPLATE && s.boilerplate_left > 0 {
        failures.push(format!("boilerplate left {}", s.boilerplate_left));
    }
    assert!(
        failures.is_empty(),
        "[{}] below target: {}",
        s.name,
        failures.join("; ")
    );
}

#[test]
fn basil_accuracy() {
    let Some(sets) = load("basil_accuracy") else {
        return;
    };
    let mut errors = Vec::new();
    let mut scored: Vec<(Option<String>, Scores)> = Vec::new();
    for (stem, set) in &sets {
        let inputs = labels::load_inputs(set);
        let analysis = labels::analyze_inputs(set, &inputs);
        let resolved = labels::resolve(set, &analysis);
        let mut problems = resolved.errors.clone();
        problems.extend(labels::check_raw(set, &inputs));
        if set.split.is_none() {
            problems.push("no split (\"tune\" or \"test\")".to_owned());
        }
        if !problems.is_empty() {
            errors.push(format!("{stem}:\n  {}", problems.join("\n  ")));
            continue;
        }
        let scores = labels::score(set, &resolved, &analysis);
        eprintln!("{}", scores.summary());
        for note in &scores.notes {
            eprintln!("[{}]   {note}", scores.name);
        }
        scored.push((set.split.clone(), scores));
    }
    assert!(
        errors.is_empty(),
        "labels do not resolve:\n{}",
        errors.join("\n")
    );
    let pool = |name: &str, split: Option<&str>| {
        Scores::pool(
            name,
            scored
                .iter()
                .filter(|(s, _)| split.is_none() || s.as_deref() == split)
                .map(|(_, s)| s),
        )
    };
    let tune = pool("pooled tune", Some("tune"));
    let test = pool("pooled test", Some("test"));
    let all = pool("pooled all", None);
    for p in [&tune, &test, &all] {
        if p.sets == 0 {
            eprintln!("[{}] no sets", p.name);
        } else {
            eprintln!("{}", p.summary());
        }
    }
    if test.sets > 0 {
        check_targets(&test);
    }
}

/// The scorer gives each basil set's own labels full marks (so the printed metrics mean what
/// they say), and an analysis without links, atoms or conflicts no link recall.
#[test]
fn basil_scorer_gives_full_marks_to_the_labels() {
    let Some(sets) = load("basil_scorer_gives_full_marks_to_the_labels") else {
        return;
    };
    for (stem, set) in &sets {
        let analysis = labels::analyze(set);
        let resolved = labels::resolve(set, &analysis);
        assert!(resolved.errors.is_empty(), "{stem}: {:?}", resolved.errors);
        let perfect = labels::oracle(set, analysis.clone());
        let resolved = labels::resolve(set, &perfect);
        let s = labels::score(set, &resolved, &perfect);
        assert_eq!(s.links.precision(), 1.0, "{stem}: {}", s.summary());
        assert_eq!(s.links.recall(), 1.0, "{stem}: {}", s.summary());
        assert_eq!(s.unique.f1(), 1.0, "{stem}: {}", s.summary());
        assert_eq!(s.person_exact_rate(), 1.0, "{stem}: {}", s.summary());
        assert_eq!(s.conflict_recall(), 1.0, "{stem}: {}", s.summary());
        assert_eq!(s.false_conflicts, 0, "{stem}: {}", s.summary());

        let mut empty = analysis;
        empty.claims.clear();
        empty.conflicts.clear();
        empty.atoms.clear();
        for f in empty.sentences.iter_mut().flatten().flatten() {
            f.matches.clear();
            f.support.truncate(1);
        }
        let resolved = labels::resolve(set, &empty);
        let s = labels::score(set, &resolved, &empty);
        if !set.claims.is_empty() {
            assert_eq!(s.links.recall(), 0.0, "{stem}: {}", s.summary());
        }
        assert_eq!(s.conflicts_found, 0, "{stem}: {}", s.summary());
        if s.persons_total > 0 {
            assert_eq!(s.person_exact_rate(), 0.0, "{stem}: {}", s.summary());
        }
    }
}
