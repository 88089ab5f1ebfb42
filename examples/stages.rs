//! Where the time of one analysis goes, stage by stage, for N articles: prepare (ingest +
//! clean + segment), each stage of the real `engine::analyze` (timed through its observer hook,
//! `engine::analyze_observed`), and the JSON report. Stages that run side by side overlap, so
//! their times add up to more than the analysis column (its wall time). Articles come from
//! `../shared/data/ecbplus-dev` (cycled with fresh paths past its 772 articles) or, when it is
//! absent, from the bundled five with rotated paragraphs.
//!
//! `cargo run --release --example stages -- 10 100 1000`; with `--whole`, one run of
//! `factdiff::compare` and the JSON writer per N instead (time and peak of the whole).

use factdiff::engine::{self, Observer, Stage};
use factdiff::ingest::{self, Format, Input};
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// When a stage started and when it finished.
type Span = (Option<Instant>, Option<Instant>);

/// Start and end of each stage.
#[derive(Default)]
struct Timer(Mutex<BTreeMap<Stage, Span>>);

impl Observer for Timer {
    fn started(&self, stage: Stage) {
        if let Ok(mut m) = self.0.lock() {
            m.entry(stage).or_default().0 = Some(Instant::now());
        }
    }
    fn finished(&self, stage: Stage) {
        if let Ok(mut m) = self.0.lock() {
            m.entry(stage).or_default().1 = Some(Instant::now());
        }
    }
}

impl Timer {
    fn took(&self, stage: Stage) -> Option<Duration> {
        let m = self.0.lock().ok()?;
        let (start, end) = m.get(&stage)?;
        Some(end.as_ref()?.duration_since(*start.as_ref()?))
    }
}

fn corpus() -> Vec<Input> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/ecbplus-dev").to_owned();
    match ingest::load(&[dir], &ingest::Limits::default()) {
        Ok(loaded) if !loaded.inputs.is_empty() => loaded.inputs,
        _ => ingest::bundled::inputs()
            .into_iter()
            .enumerate()
            .map(|(i, mut input)| {
                input.path = format!("generated-{i}.txt");
                input.format = Format::Text;
                input
            })
            .collect(),
    }
}

fn take(all: &[Input], n: usize) -> Vec<Input> {
    (0..n)
        .filter_map(|i| {
            let mut input = all.get(i % all.len())?.clone();
            if i >= all.len() {
                input.path = format!("{}#{}", input.path, i / all.len());
                // A generated corpus: rotate paragraphs so that repeats are not identical.
                let paras: Vec<&str> = input.text.split('\n').collect();
                let k = (i / all.len()) % paras.len().max(1);
                input.text = paras
                    .get(k..)
                    .into_iter()
                    .flatten()
                    .chain(paras.get(..k).into_iter().flatten())
                    .copied()
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            Some(input)
        })
        .collect()
}

fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_owned())
        })
        .unwrap_or_else(|| "?".into())
}

fn ms(d: Duration) -> String {
    format!("{:.0}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let ns: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let ns = if ns.is_empty() {
        vec![10, 100, 1000]
    } else {
        ns
    };
    let all = corpus();
    if args.iter().any(|a| a == "--whole") {
        // The whole run as `factdiff report --format json` does it, stages side by side.
        for n in ns {
            let inputs = take(&all, n);
            let t = Instant::now();
            let written = factdiff::compare(&inputs).map(|(analysis, _)| {
                let mut sink = std::io::BufWriter::new(std::io::sink());
                factdiff::report::json::write(&analysis, &mut sink)
            });
            println!(
                "{n} articles, prepare + analysis + JSON: {} ms, peak RSS {}{}",
                ms(t.elapsed()),
                peak_rss(),
                if matches!(written, Ok(Ok(()))) {
                    ""
                } else {
                    " (failed)"
                }
            );
        }
        return;
    }
    let stages: Vec<&str> = Stage::ALL.iter().map(|s| s.name()).collect();
    println!(
        "| N | sentences | text MB | prepare | {} | analysis | JSON | total ms | peak RSS before JSON | peak RSS |",
        stages.join(" | ")
    );
    println!(
        "|---|---|---|---|{}---|---|---|---|---|",
        "---|".repeat(stages.len())
    );
    for n in ns {
        let inputs = take(&all, n);
        let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
        let t = Instant::now();
        let articles: Vec<_> = inputs
            .iter()
            .filter_map(|i| factdiff::prepare(i).ok())
            .collect();
        let prepare = t.elapsed();
        let sentences: usize = articles.iter().map(|a| a.sentence_count()).sum();

        let timer = Timer::default();
        let t = Instant::now();
        let analysis = engine::analyze_observed(articles, &timer);
        let analysing = t.elapsed();
        let peak_before_json = peak_rss();
        let t = Instant::now();
        // Written as `factdiff report --format json` writes it: streamed, not held in memory.
        let mut sink = std::io::BufWriter::new(std::io::sink());
        let written = factdiff::report::json::write(&analysis, &mut sink);
        let jsoning = t.elapsed();
        let total = prepare + analysing + jsoning;
        let per_stage: Vec<String> = Stage::ALL
            .iter()
            .map(|&s| timer.took(s).map_or_else(|| "?".into(), ms))
            .collect();
        println!(
            "| {n} | {sentences} | {:.2} | {} | {} | {} | {} | {} | {} | {} |",
            bytes as f64 / 1e6,
            ms(prepare),
            per_stage.join(" | "),
            ms(analysing),
            ms(jsoning),
            ms(total),
            peak_before_json,
            peak_rss(),
        );
        if let Err(e) = written {
            eprintln!("json: {e}");
        }
    }
}
