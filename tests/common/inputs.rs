//! Loading a folder of articles as the tests compare them.

use factdiff::Input;
use std::path::Path;

/// The `.txt` and `.md` files directly in `dir`, sorted by path, loaded (nothing when the folder
/// cannot be read).
pub fn folder(dir: &Path) -> Vec<Input> {
    let mut paths: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path().to_string_lossy().into_owned())
                .filter(|p| p.ends_with(".txt") || p.ends_with(".md"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    factdiff::ingest::load(&paths, &factdiff::Limits::default())
        .map(|l| l.inputs)
        .unwrap_or_default()
}
