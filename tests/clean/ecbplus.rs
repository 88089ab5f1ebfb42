//! Guard test: cleaning real news text (ECB+, one sentence per line) must not remove story
//! sentences. Prints everything it removes; skips when the data is absent.

use factdiff::clean::{self, rules::reason};
use factdiff::ingest::{Format, Input};
use std::path::{Path, PathBuf};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/ecbplus-dev");

fn articles(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            articles(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt")
            && p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.contains("ecb"))
        {
            out.push(p);
        }
    }
}

/// A removed piece that reads like a story sentence: a finished sentence of eight words or more.
fn looks_like_story_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '\'', '”', '’', ')', ' ']);
    t.split_whitespace().count() >= 8 && t.ends_with(['.', '!', '?'])
}

#[test]
fn cleaning_keeps_story_sentences_of_real_articles() {
    let Some(dir) = crate::common::data::shared_data(
        "ecbplus-dev",
        "cleaning_keeps_story_sentences_of_real_articles",
    ) else {
        return;
    };
    let dir = dir.as_path();
    let mut paths = Vec::new();
    articles(dir, &mut paths);
    assert!(paths.len() > 100, "expected the ECB+ articles in {DATA}");
    let mut sentences = 0usize;
    let mut suspicious = Vec::new();
    let mut by_reason = std::collections::BTreeMap::<String, usize>::new();
    for path in &paths {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        sentences += text.lines().filter(|l| !l.trim().is_empty()).count();
        let input = Input {
            path: path.display().to_string(),
            format: Format::Text,
            text,
            hints: Default::default(),
        };
        let cleaned = clean::clean(&input);
        for r in &cleaned.removed {
            *by_reason.entry(r.reason.to_string()).or_default() += 1;
            println!("{}\t{}\t{}", path.display(), r.reason, r.text);
            let metadata = [reason::DATE_LINE, reason::URL].contains(&r.reason);
            if !metadata && looks_like_story_sentence(&r.text) {
                suspicious.push(format!("{}: [{}] {}", path.display(), r.reason, r.text));
            }
        }
    }
    println!(
        "{} articles, {sentences} lines; removed by reason: {by_reason:?}",
        paths.len()
    );
    for s in &suspicious {
        println!("SENTENCE REMOVED {s}");
    }
    // At most one story-like sentence in a thousand may go (and each is printed above).
    assert!(
        suspicious.len() * 1000 <= sentences,
        "{} story-like sentences removed of {sentences}",
        suspicious.len()
    );
}
