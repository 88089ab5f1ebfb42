//! Scale of story grouping and per-story comparison: N articles (default 10,000) built from the
//! ECB+ development set and basil-dev of `../shared/data`, cycled under new paths, run as the
//! command line runs them (prepare, group, compare each story, write the JSON document to a
//! sink). Prints the time of each part, the number of stories and the peak resident memory.
//!
//! `cargo run --release --example scale_stories -- [N]`

use std::io::Write;
use std::time::Instant;

/// A writer that only counts bytes.
struct Count(usize);

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
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

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data");
    let dirs = [format!("{data}/ecbplus-dev"), format!("{data}/basil-dev")];
    let limits = factdiff::Limits {
        max_files: 100_000,
        ..Default::default()
    };
    let Ok(loaded) = factdiff::ingest::load(&dirs, &limits) else {
        eprintln!("../shared/data/ecbplus-dev or basil-dev not found");
        return;
    };
    let base = loaded.inputs;
    let inputs: Vec<factdiff::Input> = (0..n)
        .filter_map(|i| {
            let mut input = base.get(i % base.len())?.clone();
            input.path = format!("copy{}/{}", i / base.len(), input.path);
            Some(input)
        })
        .collect();
    let t = Instant::now();
    let prepared: Vec<_> = inputs
        .iter()
        .filter_map(|i| factdiff::prepare(i).ok())
        .collect();
    let prepare = t.elapsed();
    let t = Instant::now();
    let groups = factdiff::engine::stories::group(&prepared);
    println!(
        "alone: prepare {prepare:.2?}, group {:.2?} ({} stories, largest {}); peak RSS {}",
        t.elapsed(),
        groups.len(),
        groups.iter().map(Vec::len).max().unwrap_or(0),
        peak_rss()
    );
    drop(prepared);
    let t = Instant::now();
    let (analysis, _) = factdiff::compare(&inputs).expect("compare");
    let compared = t.elapsed();
    let t = Instant::now();
    let mut sink = Count(0);
    factdiff::report::json::write(&analysis, &mut sink).expect("json");
    let written = t.elapsed();
    println!(
        "{} articles ({} distinct): prepare+group+compare {compared:.2?}, JSON {written:.2?} ({} MB); \
         {} stories, {} claims; peak RSS {}",
        analysis.articles.len(),
        base.len(),
        sink.0 / 1_000_000,
        analysis.stories.len().max(1),
        analysis.claims.len(),
        peak_rss()
    );
}
