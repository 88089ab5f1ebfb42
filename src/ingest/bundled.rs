//! The five bundled reports of one story, embedded in the binary so that a bare `factdiff` works
//! from any directory.

use super::{Format, Input, convert};
use std::path::Path;

/// Name and content of each bundled article, in display order.
pub const ARTICLES: [(&str, &str); 5] = [
    (
        "000_cac07eeb0fa81735.txt",
        include_str!("../../assets/000_cac07eeb0fa81735.txt"),
    ),
    (
        "001_3428852efd255864.txt",
        include_str!("../../assets/001_3428852efd255864.txt"),
    ),
    (
        "002_beb2cd20f57113e1.txt",
        include_str!("../../assets/002_beb2cd20f57113e1.txt"),
    ),
    (
        "003_6563df09b9ba8e76.txt",
        include_str!("../../assets/003_6563df09b9ba8e76.txt"),
    ),
    (
        "004_4ad8c33354c46e4c.txt",
        include_str!("../../assets/004_4ad8c33354c46e4c.txt"),
    ),
];

/// The bundled articles as inputs, with paths `bundled:NAME`, read exactly as files with the
/// same names would be.
pub fn inputs() -> Vec<Input> {
    ARTICLES
        .iter()
        .filter_map(|(name, text)| {
            let path = format!("bundled:{name}");
            let declared = Format::from_path(Path::new(name));
            convert(&path, text.as_bytes(), declared)
                .ok()
                .map(|(input, _)| input)
        })
        .collect()
}
