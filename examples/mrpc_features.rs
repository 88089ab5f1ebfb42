//! Per-pair evidence of the MRPC training pairs as a table, for analysis outside the project
//! (how far lexical evidence can go; see README, "Accuracy"). Reads the data from
//! `../shared/data` (never copied) and prints TSV with a header to stdout.
//!
//! `cargo run --release --example mrpc_features > mrpc_features.tsv`
//!
//! Columns: the label; the score and its lexical part; shared and total weights; the weight only
//! one side has (`ua`, `ub`) and the part of it in names (`una`, `unb`); content words only one
//! side has (`uca`, `ucb`) and shared (`sc`); content-bigram Dice; numbers only in A, only in B
//! and shared; the penalty and bonus flags; term counts; unweighted Dice of all word keys (`kd`)
//! and of content keys (`kdc`).

use factdiff::engine::matching::similarity::{self, Params, Prepared, Term};
use factdiff::text::normalize;

/// What one side has that the other lacks: (weight, weight in names, content words).
fn unmatched(x: &Prepared, other: &Prepared, p: &Params) -> (f32, f32, u32) {
    let mut out = (0.0, 0.0, 0);
    for t in x.terms.iter().filter(|t| !t.implied) {
        if !has(other, &t.key) {
            let w = t.effective_weight(p);
            out.0 += w;
            if t.name {
                out.1 += w;
            }
            if !t.stop {
                out.2 += 1;
            }
        }
    }
    out
}

fn has(x: &Prepared, key: &str) -> bool {
    x.terms
        .binary_search_by(|t| t.key.as_str().cmp(key))
        .is_ok()
}

/// Dice of two sorted key lists.
fn dice(a: &[&str], b: &[&str]) -> f32 {
    let shared = a.iter().filter(|k| b.binary_search(k).is_ok()).count();
    2.0 * shared as f32 / (a.len() + b.len()).max(1) as f32
}

fn keys(x: &Prepared, keep: impl Fn(&Term) -> bool) -> Vec<&str> {
    x.terms
        .iter()
        .filter(|t| !t.implied && keep(t))
        .map(|t| t.key.as_str())
        .collect()
}

/// Distinct pairs of consecutive content-word keys, sorted.
fn bigrams(text: &str) -> Vec<String> {
    let tokens = normalize::tokens(text);
    let content: Vec<&str> = tokens
        .iter()
        .filter(|t| !t.stop)
        .map(|t| t.norm.as_str())
        .collect();
    let mut out: Vec<String> = content.windows(2).map(|w| w.join("\u{1f}")).collect();
    out.sort();
    out.dedup();
    out
}

fn features(a: &Prepared, b: &Prepared, ta: &str, tb: &str) -> Vec<f32> {
    let p = Params::default();
    let parts = similarity::parts(a, b, &p);
    let (ua, una, uca) = unmatched(a, b, &p);
    let (ub, unb, ucb) = unmatched(b, a, &p);
    let shared_content = a
        .terms
        .iter()
        .filter(|t| !t.implied && !t.stop && has(b, &t.key))
        .count();
    let (bigrams_a, bigrams_b) = (bigrams(ta), bigrams(tb));
    let bigrams_a: Vec<&str> = bigrams_a.iter().map(String::as_str).collect();
    let bigrams_b: Vec<&str> = bigrams_b.iter().map(String::as_str).collect();
    let only = |x: &Prepared, y: &Prepared| {
        x.numbers
            .iter()
            .filter(|n| y.numbers.binary_search(n).is_err())
            .count() as f32
    };
    let shared_numbers = a
        .numbers
        .iter()
        .filter(|n| b.numbers.binary_search(n).is_ok())
        .count() as f32;
    let flag = |f: bool| if f { 1.0 } else { 0.0 };
    vec![
        parts.score,
        parts.lexical,
        parts.shared_weight,
        parts.weight_a,
        parts.weight_b,
        ua,
        ub,
        una,
        unb,
        uca as f32,
        ucb as f32,
        shared_content as f32,
        dice(&bigrams_a, &bigrams_b),
        only(a, b),
        only(b, a),
        shared_numbers,
        flag(parts.contrasting_numbers),
        flag(parts.extra_number),
        flag(parts.negation_mismatch),
        flag(parts.shared_quote),
        a.terms.len() as f32,
        b.terms.len() as f32,
        dice(&keys(a, |_| true), &keys(b, |_| true)),
        dice(&keys(a, |t| !t.stop), &keys(b, |t| !t.stop)),
    ]
}

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/mrpc-train/msr_paraphrase_train.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} is absent");
        return;
    };
    println!(
        "label\tscore\tlexical\tshared\twa\twb\tua\tub\tuna\tunb\tuca\tucb\tsc\tbigram\tnao\tnbo\tnsh\tcontr\textra\tneg\tquote\tta\ttb\tkd\tkdc"
    );
    for line in text.trim_start_matches('\u{feff}').lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(label), Some(a), Some(b)) = (f.first(), f.get(3), f.get(4)) else {
            continue;
        };
        let (pa, pb) = (similarity::prepare(a, None), similarity::prepare(b, None));
        let row: Vec<String> = features(&pa, &pb, a, b)
            .iter()
            .map(|x| format!("{x:.4}"))
            .collect();
        println!("{label}\t{}", row.join("\t"));
    }
}
