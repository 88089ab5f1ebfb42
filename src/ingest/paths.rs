//! From command-line paths to inputs: files, folders (recursive), `-` for stdin, with limits.
//!
//! - **Order**: sources keep command-line order; a folder's files come in natural path order
//!   (numbers by value: `13_2` before `13_10`, see [`crate::text::natural`]), so the same folder
//!   always gives the same sources, numbered as a person would number them.
//! - **Files named on the command line** are always read: by extension when it is known,
//!   sniffed otherwise (no extension, `.csv`, a FIFO such as `<(cmd)`…); document, image,
//!   audio/video, archive and program extensions are refused as unsupported. Any problem with
//!   a named file is an error.
//! - **Folders** are walked recursively, taking only `.txt`, `.text`, `.md`, `.markdown`,
//!   `.html`, `.htm`, `.xhtml` files; hidden entries (`.name`) are ignored, and read-me and
//!   licence files (`README.md`, `COPYING-CC.TXT`) are skipped with a warning; symbolic links and
//!   special files (FIFOs, sockets, devices) inside folders are skipped with a warning, so a link
//!   loop or a FIFO cannot hang the walk. A file inside a folder that cannot be used (empty,
//!   binary, too large, unreadable) is skipped with a warning naming it; the rest is compared.
//! - **Limits** ([`Limits`]): file size (checked on the open file before reading, and again
//!   while reading, so a huge file or endless stream is never read whole), number of files
//!   (checked while walking, before anything is read), folder depth.
//!
//! - **The same file twice** (named twice, under another spelling, through a link, or also
//!   found in a folder) is read once; the later occurrence is skipped with a warning naming
//!   both. Standard input can be given once.
//!
//! Files are opened read-only and never written.

use super::{Format, Input, convert, unsupported_extension};
use crate::error::{Error, Result, Warning};
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One of the [`Limits`], as errors and warnings name it (a front end maps it to its own way of
/// raising it, e.g. a command-line flag).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// [`Limits::max_file_bytes`].
    FileSize,
    /// [`Limits::max_files`].
    Files,
    /// [`Limits::max_depth`].
    Depth,
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::FileSize => "the file size limit",
            Self::Files => "the file count limit",
            Self::Depth => "the folder depth limit",
        })
    }
}

/// Limits that keep hostile or mistaken inputs bounded. Each can be raised by the caller (the
/// command line has a flag for each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read, in bytes. Default 20 MiB: a long article saved
    /// as a web page with inline scripts is a few MiB.
    pub max_file_bytes: u64,
    /// Most sources, from the command line and folders together. Default
    /// 1,000: far more than anyone compares side by side, small enough to stay responsive.
    pub max_files: usize,
    /// Deepest folder nesting followed below a folder given on the command line
    /// Default 32.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: 20 * 1024 * 1024,
            max_files: 1_000,
            max_depth: 32,
        }
    }
}

/// What loading produced: the inputs in order, and warnings (skipped files, fallback encodings).
#[derive(Debug, Default)]
pub struct Loaded {
    /// Inputs in command-line order (folder contents sorted by path).
    pub inputs: Vec<Input>,
    /// Warnings, each naming the file and the reason.
    pub warnings: Vec<Warning>,
}

/// Reads every path. A path named on the command line that cannot be used is an error; a file
/// found inside a folder that cannot be used is skipped with a warning. No path at all, or
/// nothing usable, is [`Error::NoSources`].
pub fn load(paths: &[String], limits: &Limits) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    let mut seen = SeenFiles::default();
    for given in paths {
        if given == "-" {
            if !seen.stdin(&mut loaded.warnings) {
                continue;
            }
            let bytes = read_limited(std::io::stdin().lock(), Path::new("-"), limits)?;
            push(&mut loaded, convert("-", &bytes, None)?);
            check_count(Path::new("-"), loaded.inputs.len(), limits)?;
            continue;
        }
        let path = Path::new(given);
        let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
        if meta.is_dir() {
            load_folder(path, limits, &mut loaded, &mut seen)?;
        } else {
            if !seen.first_time(path, &meta, &mut loaded.warnings) {
                continue;
            }
            if let Some(reason) = unsupported_extension(path) {
                return Err(Error::Unsupported {
                    path: path.into(),
                    reason: reason.into(),
                });
            }
            let bytes = read_file(path, limits)?;
            push(
                &mut loaded,
                convert(given, &bytes, Format::from_path(path))?,
            );
            check_count(path, loaded.inputs.len(), limits)?;
        }
    }
    if loaded.inputs.is_empty() {
        return Err(Error::NoSources);
    }
    Ok(loaded)
}

/// The files read so far, so that one file given twice is compared once.
#[derive(Default)]
struct SeenFiles {
    files: Vec<(FileIdentity, PathBuf)>,
    stdin: bool,
}

/// What makes two paths the same file: device and inode on Unix (hard links too), the
/// canonical path elsewhere.
#[derive(PartialEq, Eq)]
enum FileIdentity {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg_attr(unix, allow(dead_code))]
    Path(PathBuf),
}

impl SeenFiles {
    /// True the first time this file is met; otherwise adds a warning naming both paths.
    fn first_time(
        &mut self,
        path: &Path,
        meta: &std::fs::Metadata,
        warnings: &mut Vec<Warning>,
    ) -> bool {
        #[cfg(unix)]
        let id = {
            use std::os::unix::fs::MetadataExt;
            FileIdentity::Inode(meta.dev(), meta.ino())
        };
        #[cfg(not(unix))]
        let id = {
            let _ = meta;
            FileIdentity::Path(path.canonicalize().unwrap_or_else(|_| path.to_path_buf()))
        };
        if let Some((_, first)) = self.files.iter().find(|(seen, _)| *seen == id) {
            warnings.push(Warning::Ingest(format!(
                "{}: skipped, the same file as {} (given twice)",
                path.display(),
                first.display()
            )));
            return false;
        }
        self.files.push((id, path.to_path_buf()));
        true
    }

    /// True the first time standard input is met; otherwise adds a warning.
    fn stdin(&mut self, warnings: &mut Vec<Warning>) -> bool {
        if std::mem::replace(&mut self.stdin, true) {
            warnings.push(Warning::Ingest(
                "-: skipped, standard input was already given".to_owned(),
            ));
            return false;
        }
        true
    }
}

fn push(loaded: &mut Loaded, (input, warnings): (Input, Vec<String>)) {
    loaded
        .warnings
        .extend(warnings.into_iter().map(Warning::Ingest));
    loaded.inputs.push(input);
}

fn load_folder(
    folder: &Path,
    limits: &Limits,
    loaded: &mut Loaded,
    seen: &mut SeenFiles,
) -> Result<()> {
    let mut files = Vec::new();
    let room = limits.max_files.saturating_sub(loaded.inputs.len());
    collect_dir(
        folder,
        folder,
        0,
        limits,
        room,
        &mut files,
        &mut loaded.warnings,
    )?;
    files.sort_by(|a, b| crate::text::natural::cmp_paths(a, b));
    let before = loaded.inputs.len();
    let mut skipped = Vec::new();
    let mut duplicates = 0;
    for file in files {
        let fresh = std::fs::metadata(&file).map_or(true, |meta| {
            seen.first_time(&file, &meta, &mut loaded.warnings)
        });
        if !fresh {
            duplicates += 1;
            continue;
        }
        let label = file.to_string_lossy().into_owned();
        let result = read_file(&file, limits)
            .and_then(|bytes| convert(&label, &bytes, Format::from_path(&file)));
        match result {
            Ok(found) => push(loaded, found),
            Err(e) => {
                skipped.push(e.to_string());
                loaded.warnings.push(Warning::Skipped(e));
            }
        }
    }
    if loaded.inputs.len() == before && duplicates == 0 {
        return Err(match skipped.first() {
            Some(first) => Error::NothingUsable {
                path: folder.into(),
                skipped: skipped.len(),
                first: first.clone(),
            },
            None => Error::NoSupportedFiles {
                path: folder.into(),
            },
        });
    }
    Ok(())
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

/// Reads at most `max_file_bytes + 1` bytes; more is [`Error::TooLarge`].
fn read_limited(reader: impl Read, path: &Path, limits: &Limits) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(limits.max_file_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, e))?;
    let size = bytes.len() as u64;
    if size > limits.max_file_bytes {
        return Err(Error::TooLarge {
            path: path.into(),
            size: None,
            limit: limits.max_file_bytes,
        });
    }
    Ok(bytes)
}

/// Opens `path` read-only; refuses a regular file over the size limit before reading it.
fn read_file(path: &Path, limits: &Limits) -> Result<Vec<u8>> {
    let file = File::open(path).map_err(|e| io_error(path, e))?;
    let meta = file.metadata().map_err(|e| io_error(path, e))?;
    if meta.is_file() && meta.len() > limits.max_file_bytes {
        return Err(Error::TooLarge {
            path: path.into(),
            size: Some(meta.len()),
            limit: limits.max_file_bytes,
        });
    }
    read_limited(file, path, limits)
}

/// Names of the files that come with a folder of articles but are not articles.
const PROJECT_FILES: &[&str] = &[
    "README",
    "LICENSE",
    "LICENCE",
    "COPYING",
    "COPYRIGHT",
    "NOTICE",
    "AUTHORS",
    "CHANGELOG",
    "CHANGES",
    "CONTRIBUTING",
];

/// True for a read-me or licence file in a folder: its name is one of [`PROJECT_FILES`] in any
/// case (`readme.txt`, `License.md`), or starts with one in capitals, the convention for such
/// files (`COPYING-CC.TXT`, `LICENSEDATA.TXT`, `README_data.md`). `license-plates.txt` is an
/// article name and is kept.
fn is_project_file(path: &Path) -> bool {
    let Some(stem) = path.file_stem().map(|s| s.to_string_lossy()) else {
        return false;
    };
    PROJECT_FILES.iter().any(|name| {
        stem.eq_ignore_ascii_case(name)
            || stem
                .strip_prefix(name)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| !c.is_ascii_lowercase())
    })
}

/// Collects supported files below `dir`; more than `room` is [`Error::TooManyFiles`] for `top`.
fn collect_dir(
    top: &Path,
    dir: &Path,
    depth: usize,
    limits: &Limits,
    room: usize,
    files: &mut Vec<PathBuf>,
    warnings: &mut Vec<Warning>,
) -> Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if depth == 0 => return Err(io_error(dir, e)),
        Err(e) => {
            warnings.push(Warning::Ingest(format!(
                "skipped {}: cannot read: {e}",
                dir.display()
            )));
            return Ok(());
        }
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort_by(|a, b| crate::text::natural::cmp_paths(a, b));
    for entry in entries {
        if entry
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        let Ok(meta) = std::fs::symlink_metadata(&entry) else {
            warnings.push(Warning::Ingest(format!(
                "skipped {}: cannot read",
                entry.display()
            )));
            continue;
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            warnings.push(Warning::Ingest(format!(
                "skipped {}: symbolic link (links inside folders are not followed)",
                entry.display()
            )));
        } else if kind.is_dir() {
            if depth + 1 > limits.max_depth {
                warnings.push(Warning::TooDeep {
                    path: entry.clone(),
                    limit: limits.max_depth,
                });
                continue;
            }
            collect_dir(top, &entry, depth + 1, limits, room, files, warnings)?;
        } else if Format::from_path(&entry).is_some() {
            if is_project_file(&entry) {
                warnings.push(Warning::Ingest(format!(
                    "skipped {}: a read-me or licence file, not an article (name it on the command line to compare it)",
                    entry.display()
                )));
                continue;
            }
            if !kind.is_file() {
                warnings.push(Warning::Ingest(format!(
                    "skipped {}: not a regular file",
                    entry.display()
                )));
                continue;
            }
            files.push(entry);
            if files.len() > room {
                return Err(Error::TooManyFiles {
                    path: top.into(),
                    limit: limits.max_files,
                });
            }
        }
    }
    Ok(())
}
