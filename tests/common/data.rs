//! The evaluation data next to the repository (`../shared/data`, see its README). Tests that need
//! it call [`shared_data`]; when the data is absent the test returns early and says so where
//! `cargo test` shows it: one line `SKIPPED: <test> needs ../shared/data/<what>` on standard
//! error, written past the test harness's output capture, so it appears beside
//! `test <name> ... ok` without `--nocapture` (and in CI logs).

use std::io::Write;
use std::path::PathBuf;

/// The data folder, `../shared/data` from the repository.
pub const SHARED_DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data");

/// `../shared/data/<rel>` when it exists; otherwise prints the SKIPPED line for `test` and
/// returns `None` (the caller returns).
pub fn shared_data(rel: &str, test: &str) -> Option<PathBuf> {
    let path = PathBuf::from(SHARED_DATA).join(rel);
    if path.exists() {
        return Some(path);
    }
    skipped(test, &format!("needs ../shared/data/{rel}"));
    None
}

/// Prints `SKIPPED: <test> <why>` on standard error, bypassing the harness's capture.
pub fn skipped(test: &str, why: &str) {
    let line = format!("SKIPPED: {test} {why}\n");
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}
