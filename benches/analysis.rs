//! Benchmarks of the library core: ingest + clean + segment (from the files in `assets/`), the full analysis of the bundled
//! five, the analysis of N articles (N = 10, 100, 1,000; grouped into stories as the command line
//! does), story grouping alone (`group_n`), and sentence-pair matching throughput.
//!
//! Articles for the N-article runs come from `../shared/data/ecbplus-dev` when it is present
//! (772 real articles; the 1,000 run cycles through them, each repeat under a new path), otherwise
//! from a generated corpus made by rotating the bundled articles' paragraphs.
//!
//! Run: `cargo bench --bench analysis`.

use divan::Bencher;
use factdiff::ingest::{self, Format, Input};
use std::path::Path;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn data_dir() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/ecbplus-dev"
    ))
}

/// Every article of the evaluation corpus in a stable order, or a generated one.
fn corpus() -> &'static [Input] {
    static CORPUS: OnceLock<Vec<Input>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = data_dir().to_string_lossy().into_owned();
        match ingest::load(&[dir], &ingest::Limits::default()) {
            Ok(loaded) if !loaded.inputs.is_empty() => {
                eprintln!(
                    "corpus: {} articles from {}",
                    loaded.inputs.len(),
                    data_dir().display()
                );
                loaded.inputs
            }
            _ => {
                eprintln!("corpus: ../shared/data absent, using a generated corpus");
                generated(1000)
            }
        }
    })
}

/// `n` articles made from the bundled ones by rotating their paragraphs.
fn generated(n: usize) -> Vec<Input> {
    let base = ingest::bundled::inputs();
    (0..n)
        .map(|i| {
            let src = &base[i % base.len()];
            let paras: Vec<&str> = src
                .text
                .split('\n')
                .filter(|l| !l.trim().is_empty())
                .collect();
            let k = (i / base.len()) % paras.len().max(1);
            let text = paras[k..]
                .iter()
                .chain(&paras[..k])
                .copied()
                .collect::<Vec<_>>()
                .join("\n\n");
            Input {
                path: format!("generated-{i}.txt"),
                format: Format::Text,
                text,
                hints: Default::default(),
            }
        })
        .collect()
}

/// The first `n` articles of the corpus, cycling with fresh paths when it has fewer.
fn take(n: usize) -> Vec<Input> {
    let c = corpus();
    (0..n)
        .map(|i| {
            let mut input = c[i % c.len()].clone();
            if i >= c.len() {
                input.path = format!("{}#{}", input.path, i / c.len());
            }
            input
        })
        .collect()
}

/// Ingest (read and decode the files) + clean + segment, for the five bundled articles.
#[divan::bench]
fn ingest_clean_segment_bundled(bencher: Bencher) {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/assets"));
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .map(|p| p.to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    bencher.bench(|| {
        ingest::load(divan::black_box(&files), &ingest::Limits::default())
            .map(|loaded| {
                loaded
                    .inputs
                    .iter()
                    .filter_map(|i| factdiff::prepare(i).ok())
                    .count()
            })
            .ok()
    });
}

/// Clean + segment only, on text already in memory.
#[divan::bench]
fn prepare_bundled(bencher: Bencher) {
    let inputs = ingest::bundled::inputs();
    bencher.bench(|| {
        inputs
            .iter()
            .filter_map(|i| factdiff::prepare(divan::black_box(i)).ok())
            .count()
    });
}

#[divan::bench]
fn analyze_bundled(bencher: Bencher) {
    let inputs = ingest::bundled::inputs();
    bencher.bench(|| {
        factdiff::compare(divan::black_box(&inputs))
            .map(|(a, _)| a.claims.len())
            .ok()
    });
}

#[divan::bench(args = [10, 100, 1000], sample_count = 5, sample_size = 1)]
fn analyze_n(bencher: Bencher, n: usize) {
    let inputs = take(n);
    bencher.bench(|| {
        factdiff::compare(divan::black_box(&inputs))
            .map(|(a, _)| a.claims.len())
            .ok()
    });
}

/// Story grouping alone (articles prepared beforehand): vectors, candidate pairs, clustering.
#[divan::bench(args = [100, 1000], sample_count = 5, sample_size = 1)]
fn group_n(bencher: Bencher, n: usize) {
    let articles: Vec<_> = take(n)
        .iter()
        .filter_map(|i| factdiff::prepare(i).ok())
        .collect();
    bencher.bench(|| factdiff::engine::stories::group(divan::black_box(&articles)).len());
}

/// Sentence pairs from the bundled articles: every sentence against every other source's.
fn pairs() -> &'static [(String, String)] {
    static PAIRS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        let arts: Vec<_> = ingest::bundled::inputs()
            .iter()
            .filter_map(|i| factdiff::prepare(i).ok())
            .collect();
        let sents: Vec<Vec<String>> = arts
            .iter()
            .map(|a| {
                a.sentences()
                    .map(|(p, s, _)| a.sentence_text(p, s).to_owned())
                    .collect()
            })
            .collect();
        let mut out = Vec::new();
        for (i, a) in sents.iter().enumerate() {
            for b in sents.iter().skip(i + 1) {
                for x in a {
                    for y in b {
                        out.push((x.clone(), y.clone()));
                    }
                }
            }
        }
        out
    })
}

/// Throughput of the sentence similarity used by `factdiff match` (divan reports items/s).
#[divan::bench]
fn match_pairs(bencher: Bencher) {
    let pairs = pairs();
    bencher
        .counter(divan::counter::ItemsCount::new(pairs.len()))
        .bench(|| {
            pairs
                .iter()
                .filter(|(a, b)| {
                    factdiff::engine::matching::similarity::score(a, b)
                        >= factdiff::engine::THRESHOLD
                })
                .count()
        });
}

/// Throughput of scoring already prepared sentences, as the engine does inside one analysis
/// (each sentence is tokenized once, then compared with its candidates).
#[divan::bench]
fn match_pairs_prepared(bencher: Bencher) {
    let prepared: Vec<(
        factdiff::engine::matching::similarity::Prepared,
        factdiff::engine::matching::similarity::Prepared,
    )> = pairs()
        .iter()
        .map(|(a, b)| {
            (
                factdiff::engine::matching::similarity::prepare(a, None),
                factdiff::engine::matching::similarity::prepare(b, None),
            )
        })
        .collect();
    bencher
        .counter(divan::counter::ItemsCount::new(prepared.len()))
        .bench(|| {
            prepared
                .iter()
                .filter(|(a, b)| {
                    factdiff::engine::matching::similarity::score_prepared(a, b)
                        >= factdiff::engine::THRESHOLD
                })
                .count()
        });
}
