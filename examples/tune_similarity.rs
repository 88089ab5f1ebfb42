//! Calibration of the similarity score on the evaluation data (never shipped, never copied):
//! MRPC train accuracy over a grid of parameters and thresholds, and STS-B news Pearson.
//!
//! `cargo run --release --example tune_similarity [grid|weights|ablate]`: `weights` sweeps the
//! word-weight exponent, function-word factor and length exponent; `ablate` starts from flat
//! overlap (every word weighs 1, no penalties) and adds one piece of evidence at a time.

use factdiff::engine::matching::similarity::{self, Params, Prepared};

fn data(name: &str) -> String {
    let path = format!("{}/../shared/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_default()
}

fn mrpc() -> Vec<(bool, String, String)> {
    let text = data("mrpc-train/msr_paraphrase_train.txt");
    text.trim_start_matches('\u{feff}')
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Some((
                f.first()? == &"1",
                f.get(3)?.to_string(),
                f.get(4)?.to_string(),
            ))
        })
        .collect()
}

fn sts() -> Vec<(f32, String, String)> {
    let mut out = Vec::new();
    for f in ["stsb-train-dev/sts-train.csv", "stsb-train-dev/sts-dev.csv"] {
        for l in data(f).lines() {
            let c: Vec<&str> = l.split('\t').collect();
            if c.first() == Some(&"main-news")
                && let (Some(s), Some(a), Some(b)) = (c.get(4), c.get(5), c.get(6))
                && let Ok(s) = s.parse::<f32>()
            {
                out.push((s, a.to_string(), b.to_string()));
            }
        }
    }
    out
}

fn pearson(x: &[f32], y: &[f32]) -> f32 {
    let n = x.len() as f64;
    let mx = x.iter().map(|&v| v as f64).sum::<f64>() / n;
    let my = y.iter().map(|&v| v as f64).sum::<f64>() / n;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        let (a, b) = (*a as f64 - mx, *b as f64 - my);
        sxy += a * b;
        sxx += a * a;
        syy += b * b;
    }
    (sxy / (sxx * syy).sqrt()) as f32
}

fn best_threshold(scores: &[(f32, bool)]) -> (f32, f32) {
    let mut sorted: Vec<(f32, bool)> = scores.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total_pos = sorted.iter().filter(|s| s.1).count();
    let n = sorted.len();
    // Threshold at a score: that pair and all above are predicted positive.
    let mut neg_below = 0;
    let mut pos_below = 0;
    let mut best = (0.0, 0.0);
    for &(score, label) in &sorted {
        let correct = neg_below + (total_pos - pos_below);
        let acc = correct as f32 / n as f32;
        if acc > best.1 {
            best = (score, acc);
        }
        if label {
            pos_below += 1
        } else {
            neg_below += 1
        }
    }
    best
}

type Pair<L> = (L, Prepared, Prepared);

fn evaluate(p: &Params, mrpc: &[Pair<bool>], sts: &[Pair<f32>]) -> (f32, f32, f32, f32) {
    let scores: Vec<(f32, bool)> = mrpc
        .iter()
        .map(|(l, a, b)| (similarity::score_with(a, b, p), *l))
        .collect();
    let (thr, acc) = best_threshold(&scores);
    let at_const = scores
        .iter()
        .filter(|(s, l)| (*s >= similarity::THRESHOLD) == *l)
        .count() as f32
        / scores.len() as f32;
    let (gold, pred): (Vec<f32>, Vec<f32>) = sts
        .iter()
        .map(|(g, a, b)| (*g, similarity::score_with(a, b, p)))
        .unzip();
    (thr, acc, at_const, pearson(&gold, &pred))
}

fn main() {
    let prep = |a: &str, b: &str| (similarity::prepare(a, None), similarity::prepare(b, None));
    let mrpc: Vec<Pair<bool>> = mrpc()
        .into_iter()
        .map(|(l, a, b)| {
            let (a, b) = prep(&a, &b);
            (l, a, b)
        })
        .collect();
    let sts: Vec<Pair<f32>> = sts()
        .into_iter()
        .map(|(l, a, b)| {
            let (a, b) = prep(&a, &b);
            (l, a, b)
        })
        .collect();
    eprintln!("mrpc {} pairs, sts news {} pairs", mrpc.len(), sts.len());
    let base = Params::default();
    let (thr, acc, at_const, r) = evaluate(&base, &mrpc, &sts);
    println!(
        "default: best thr {thr:.3} acc {acc:.4} | acc@THRESHOLD {at_const:.4} | sts r {r:.4}"
    );
    if std::env::args().nth(1).as_deref() == Some("ablate") {
        let flat = Params {
            weight_power: 0.0,
            stop_factor: 1.0,
            length_exponent: 1.0,
            number_weight: 1.0,
            contrasting_numbers: 1.0,
            extra_number: 1.0,
            negation_mismatch: 1.0,
            negation_any: 1.0,
            quote_bonus: 0.0,
            ..base
        };
        let variants = [
            ("flat", flat),
            (
                "flat+numw6",
                Params {
                    number_weight: 6.0,
                    ..flat
                },
            ),
            (
                "flat+numpen",
                Params {
                    contrasting_numbers: 0.7,
                    extra_number: 0.8,
                    ..flat
                },
            ),
            (
                "flat+neg",
                Params {
                    negation_mismatch: 0.6,
                    negation_any: 0.85,
                    ..flat
                },
            ),
            (
                "flat+quote",
                Params {
                    quote_bonus: 0.3,
                    ..flat
                },
            ),
            (
                "base-numw1",
                Params {
                    number_weight: 1.0,
                    ..base
                },
            ),
            (
                "base-nopen",
                Params {
                    contrasting_numbers: 1.0,
                    extra_number: 1.0,
                    ..base
                },
            ),
            (
                "base-noneg",
                Params {
                    negation_mismatch: 1.0,
                    negation_any: 1.0,
                    ..base
                },
            ),
        ];
        for (name, p) in variants {
            let (thr, acc, _, r) = evaluate(&p, &mrpc, &sts);
            println!("{name}: thr {thr:.3} acc {acc:.4} r {r:.4}");
        }
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("weights") {
        for wp in [0.0f32, 0.25, 0.5, 0.75, 1.0] {
            for sf in [0.4f32, 0.7, 1.0] {
                for le in [0.0f32, 1.0] {
                    let p = Params {
                        weight_power: wp,
                        stop_factor: sf,
                        length_exponent: le,
                        ..base
                    };
                    let (thr, acc, _, r) = evaluate(&p, &mrpc, &sts);
                    println!("wp {wp} sf {sf} le {le}: thr {thr:.3} acc {acc:.4} r {r:.4}");
                }
            }
        }
        return;
    }
    if std::env::args().nth(1).as_deref() != Some("grid") {
        return;
    }
    let mut results = Vec::new();
    for na in [0.6f32, 0.7, 0.8, 0.9, 1.0] {
        for ng in [0.4f32, 0.6, 0.8] {
            for cn in [0.6f32, 0.7, 0.8] {
                for en in [0.75f32, 0.8, 0.9] {
                    let p = Params {
                        negation_any: na,
                        negation_mismatch: ng,
                        contrasting_numbers: cn,
                        extra_number: en,
                        ..base
                    };
                    let (thr, acc, _, r) = evaluate(&p, &mrpc, &sts);
                    results.push((acc, r, thr, p));
                }
            }
        }
    }
    results.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (acc, r, thr, p) in results.iter().take(8) {
        println!("acc {acc:.4} r {r:.4} thr {thr:.3} {p:?}");
    }
}
