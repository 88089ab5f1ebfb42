//! Metadata of a source: title, outlet, byline, date (ISO), URL, and the short pane label.

use crate::model::Metadata;

/// Reads metadata from the input's lines, starting from what the container (HTML) already told.
pub fn extract(_lines: &[String], hints: &Metadata) -> Metadata {
    hints.clone()
}

/// Short name for a pane title: the outlet if known, else the title, else the file stem.
pub fn label(meta: &Metadata, path: &str) -> String {
    if let Some(outlet) = &meta.outlet {
        return outlet.clone();
    }
    if let Some(title) = &meta.title {
        return title.clone();
    }
    let name = path.rsplit(['/', '\\', ':']).next().unwrap_or(path);
    let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name);
    if stem.is_empty() {
        "stdin".into()
    } else {
        stem.into()
    }
}
