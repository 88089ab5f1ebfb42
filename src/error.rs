//! Errors of the library core. Each names the input it is about and says why, in one line.

use crate::ingest::Limit;
use std::path::PathBuf;
use thiserror::Error;

/// What went wrong while reading or preparing sources.
#[derive(Debug, Error)]
pub enum Error {
    /// The path does not exist.
    #[error("{path}: no such file or folder")]
    NotFound {
        /// The path as given.
        path: PathBuf,
    },
    /// The file or folder could not be read.
    #[error("{path}: cannot read: {reason}")]
    Unreadable {
        /// The path as given.
        path: PathBuf,
        /// The operating system's reason.
        reason: String,
    },
    /// The input has no text (empty or only white space).
    #[error("{path}: empty: no text to compare")]
    Empty {
        /// The path as given.
        path: PathBuf,
    },
    /// The input looks binary (NUL bytes).
    #[error("{path}: binary file (contains NUL bytes), not an article")]
    Binary {
        /// The path as given.
        path: PathBuf,
    },
    /// The input is not valid UTF-8 and holds many control bytes: binary data, not text.
    #[error("{path}: binary file (control bytes, not text), not an article")]
    NotText {
        /// The path as given.
        path: PathBuf,
    },
    /// The input is larger than the configured limit.
    #[error(
        "{path}: too large ({}{} is {limit} bytes)",
        size_note(.size),
        Limit::FileSize
    )]
    TooLarge {
        /// The path as given.
        path: PathBuf,
        /// Its size in bytes, when known before reading (regular files).
        size: Option<u64>,
        /// The limit in bytes.
        limit: u64,
    },
    /// A folder held no supported files.
    #[error(
        "{path}: no usable articles in this folder (factdiff reads .txt, .text, .md, .markdown, .html, .htm and .xhtml files)"
    )]
    NoSupportedFiles {
        /// The folder as given.
        path: PathBuf,
    },
    /// Every file of a folder was skipped.
    #[error("{path}: no usable articles in this folder; skipped {skipped} file(s), first {first}")]
    NothingUsable {
        /// The folder as given.
        path: PathBuf,
        /// How many files were skipped.
        skipped: usize,
        /// The first skipped file and why.
        first: String,
    },
    /// A file type factdiff does not read.
    #[error("{path}: unsupported file type: {reason}")]
    Unsupported {
        /// The path as given.
        path: PathBuf,
        /// What kind of file it is, and what to do instead.
        reason: String,
    },
    /// Too many files were found.
    #[error("{path}: more than {limit} files ({})", Limit::Files)]
    TooManyFiles {
        /// The folder as given.
        path: PathBuf,
        /// The limit.
        limit: usize,
    },
    /// Nothing to compare.
    #[error("no sources to compare")]
    NoSources,
    /// Cleaning left nothing of the story.
    #[error("{path}: no article text left after cleaning")]
    NoStory {
        /// The path as given.
        path: PathBuf,
    },
}

/// Something loading ([`crate::ingest::load`]) or [`crate::compare`] left out or read in a
/// fallback way, and why. `Display` gives the one-line warning front ends print.
#[derive(Debug, Error)]
pub enum Warning {
    /// An input that could not be used (e.g. too large, or cleaning left no story); the others
    /// were read.
    #[error("skipped {0}")]
    Skipped(Error),
    /// A folder nested deeper than [`crate::Limits::max_depth`] below a folder given, not read.
    #[error("skipped {}: nested deeper than {limit} folders ({})", .path.display(), Limit::Depth)]
    TooDeep {
        /// The folder not read.
        path: PathBuf,
        /// The limit.
        limit: usize,
    },
    /// Any other note from reading inputs (a file given twice, a link or special file in a
    /// folder, a fallback encoding), already one line naming the file.
    #[error("{0}")]
    Ingest(String),
}

impl Warning {
    /// The limit that caused it, if one did.
    pub fn limit(&self) -> Option<Limit> {
        match self {
            Self::Skipped(e) => e.limit(),
            Self::TooDeep { .. } => Some(Limit::Depth),
            Self::Ingest(_) => None,
        }
    }
}

impl Error {
    /// The limit that caused it, if one did.
    pub fn limit(&self) -> Option<Limit> {
        match self {
            Self::TooLarge { .. } => Some(Limit::FileSize),
            Self::TooManyFiles { .. } => Some(Limit::Files),
            _ => None,
        }
    }
}

fn size_note(size: &Option<u64>) -> String {
    size.map(|s| format!("{s} bytes; ")).unwrap_or_default()
}

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
