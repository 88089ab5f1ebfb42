//! Ingest: turns command-line paths (files, folders, `-` for stdin) or the bundled articles into
//! decoded, sanitised text with a known format. Reads only; never writes an input.

pub mod bundled;
pub mod decode;
pub mod html;
pub mod markdown;

use crate::error::{Error, Result};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The formats factdiff reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt`, stdin, anything else explicitly named).
    Text,
    /// Markdown (`.md`, `.markdown`).
    Markdown,
    /// A saved web page (`.html`, `.htm`).
    Html,
}

impl Format {
    /// The format a file name implies, or `None` for unsupported extensions.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }
}

/// One input, decoded to UTF-8 and sanitised, before cleaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The path as given (`-` for stdin, `bundled:NAME` for embedded articles).
    pub path: String,
    /// How to read it.
    pub format: Format,
    /// The text, UTF-8, newlines normalised to `\n`, control characters removed.
    pub text: String,
    /// Metadata the container told us (HTML `<title>`, `<meta>` tags); cleaning fills the rest.
    pub hints: crate::model::Metadata,
}

/// Limits that keep hostile inputs bounded. Each can be raised from the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read, in bytes.
    pub max_file_bytes: u64,
    /// Most files taken from the command line and folders together.
    pub max_files: usize,
    /// Deepest folder nesting followed below a folder given on the command line.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: 20 * 1024 * 1024,
            max_files: 5_000,
            max_depth: 32,
        }
    }
}

/// What loading produced: the inputs in order, and warnings about files skipped inside folders.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Inputs in command-line order (folder contents sorted by path).
    pub inputs: Vec<Input>,
    /// One line per file that was skipped, naming the file and the reason.
    pub warnings: Vec<String>,
}

/// Reads every path. A path named on the command line that cannot be used is an error; a file
/// found inside a folder that cannot be used is skipped with a warning.
pub fn load(paths: &[String], limits: &Limits) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    for given in paths {
        if given == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(limits.max_file_bytes + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| Error::Unreadable {
                    path: PathBuf::from("-"),
                    reason: e.to_string(),
                })?;
            check_size(Path::new("-"), bytes.len() as u64, limits)?;
            let (text, warning) = decode::decode(Path::new("-"), &bytes)?;
            loaded.warnings.extend(warning);
            loaded.inputs.push(Input {
                path: "-".into(),
                format: Format::Text,
                text,
                hints: Default::default(),
            });
            continue;
        }
        let path = Path::new(given);
        let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            collect_dir(path, 0, limits, &mut files, &mut loaded.warnings)?;
            files.sort();
            if files.is_empty() {
                return Err(Error::NoSupportedFiles { path: path.into() });
            }
            let before = loaded.inputs.len();
            for file in files {
                match read_file(
                    &file,
                    Format::from_path(&file).unwrap_or(Format::Text),
                    limits,
                ) {
                    Ok((input, warning)) => {
                        loaded.warnings.extend(warning);
                        loaded.inputs.push(input);
                    }
                    Err(e) => loaded.warnings.push(format!("skipped {e}")),
                }
                check_count(path, loaded.inputs.len(), limits)?;
            }
            if loaded.inputs.len() == before {
                return Err(Error::NoSupportedFiles { path: path.into() });
            }
        } else {
            let format = Format::from_path(path).unwrap_or(Format::Text);
            let (input, warning) = read_file(path, format, limits)?;
            loaded.warnings.extend(warning);
            loaded.inputs.push(input);
            check_count(path, loaded.inputs.len(), limits)?;
        }
    }
    if loaded.inputs.is_empty() {
        return Err(Error::NoSources);
    }
    Ok(loaded)
}

fn check_count(path: &Path, count: usize, limits: &Limits) -> Result<()> {
    if count > limits.max_files {
        return Err(Error::TooManyFiles {
            path: path.into(),
            limit: limits.max_files,
        });
    }
    Ok(())
}

fn check_size(path: &Path, size: u64, limits: &Limits) -> Result<()> {
    if size > limits.max_file_bytes {
        return Err(Error::TooLarge {
            path: path.into(),
            size,
            limit: limits.max_file_bytes,
        });
    }
    Ok(())
}

fn io_error(path: &Path, e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::NotFound {
        Error::NotFound { path: path.into() }
    } else {
        Error::Unreadable {
            path: path.into(),
            reason: e.to_string(),
        }
    }
}

fn read_file(path: &Path, format: Format, limits: &Limits) -> Result<(Input, Option<String>)> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    check_size(path, meta.len(), limits)?;
    let file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limits.max_file_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, e))?;
    check_size(path, bytes.len() as u64, limits)?;
    let (text, warning) = decode::decode(path, &bytes)?;
    Ok((
        Input {
            path: path.to_string_lossy().into_owned(),
            format,
            text,
            hints: Default::default(),
        },
        warning,
    ))
}

fn collect_dir(
    dir: &Path,
    depth: usize,
    limits: &Limits,
    files: &mut Vec<PathBuf>,
    warnings: &mut Vec<String>,
) -> Result<()> {
    if depth > limits.max_depth {
        warnings.push(format!(
            "skipped {}: nested deeper than {} folders",
            dir.display(),
            limits.max_depth
        ));
        return Ok(());
    }
    let entries = std::fs::read_dir(dir).map_err(|e| io_error(dir, e))?;
    let mut entries: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for entry in entries {
        // Symbolic links are not followed inside folders: that rules out link loops.
        let Ok(meta) = std::fs::symlink_metadata(&entry) else {
            warnings.push(format!("skipped {}: cannot read", entry.display()));
            continue;
        };
        if meta.file_type().is_symlink() {
            if Format::from_path(&entry).is_some() {
                warnings.push(format!(
                    "skipped {}: symbolic link (links inside folders are not followed)",
                    entry.display()
                ));
            }
            continue;
        }
        if meta.is_dir() {
            collect_dir(&entry, depth + 1, limits, files, warnings)?;
        } else if !meta.is_file() {
            // FIFOs, sockets and devices: opening a FIFO without a writer would block forever.
            if Format::from_path(&entry).is_some() {
                warnings.push(format!(
                    "skipped {}: not a regular file (FIFO, socket or device)",
                    entry.display()
                ));
            }
        } else if Format::from_path(&entry).is_some() {
            files.push(entry);
            if files.len() > limits.max_files {
                return Err(Error::TooManyFiles {
                    path: dir.into(),
                    limit: limits.max_files,
                });
            }
        }
    }
    Ok(())
}
