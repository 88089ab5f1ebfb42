//! The `factdiff` command line (feature `cli`): argument parsing with clap, the `report`,
//! `match`, `completions` and `man` commands, warnings and errors on standard error, and exit
//! codes. The only part of the library that uses clap and anyhow; `src/main.rs` just calls
//! [`run`].
//!
//! Exit status: 0 success, 1 runtime failure (e.g. the report cannot be written), 2 usage or
//! input error (bad arguments, unreadable or unusable inputs, `-o` naming an input).

use crate::report::{self, Section};
use crate::{Limits, ingest};
use anyhow::Context;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod match_cmd;
mod progress;

const EXAMPLES: &str = "\
Examples:
  factdiff                                   the five bundled articles in the interface
  factdiff a.txt b.html c.md                 compare three articles side by side
  factdiff stories/                          compare every article in a folder
  factdiff report a.txt b.txt                findings as text
  factdiff report --format html -o r.html stories/
  factdiff report --only conflicts,omissions a.txt b.txt
  factdiff report --format json a.txt b.txt | jq .conflicts
  factdiff completions bash > ~/.local/share/bash-completion/completions/factdiff
  factdiff man > factdiff.1

Exit status: 0 success, 1 runtime failure (e.g. the report cannot be written),
2 usage or input error (bad arguments, unusable inputs, -o naming an input).";

const REPORT_EXAMPLES: &str = "\
Sections (--only, comma-separated): summary, matrix, unique, conflicts, omissions, quotes,
sources. The summary comes first: one line per source, the top conflicts, notable claims.

Examples:
  factdiff report                            the bundled articles, as text
  factdiff report --format markdown -o findings.md a.txt b.txt c.txt
  factdiff report --format html -o side-by-side.html stories/
  factdiff report --only summary,conflicts stories/
  factdiff report --limit 0 --width 120 stories/   every entry, 120 columns
  factdiff report --format json stories/ > findings.json

Colours: text on a terminal only, and never when NO_COLOR is set or with -o.
--limit and --width apply to text, markdown and html; the json document is always complete.";

/// Compare news articles about the same event, side by side.
#[derive(Debug, Parser)]
#[command(
    name = "factdiff",
    version,
    // Not `args_conflicts_with_subcommands`: that would reject `factdiff -q report`. Paths
    // still never turn into subcommands: after the first path, `report` is just a path.
    override_usage = "factdiff [OPTIONS] [PATHS]...\n       factdiff [OPTIONS] <COMMAND>",
    after_help = EXAMPLES
)]
struct Cli {
    /// Do not print warnings (skipped files, decoding fallbacks).
    #[arg(short, long, global = true)]
    quiet: bool,
    /// Articles to compare: files (.txt, .md, .html), folders, or - for stdin. None: the bundled five.
    paths: Vec<String>,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    stories: StoryArgs,
    /// Name source N (1-based, in command-line order) TEXT in the interface and the reports,
    /// instead of its outlet, headline or first words. Repeatable.
    #[arg(long = "label", global = true, value_name = "N=TEXT", value_parser = parse_label)]
    labels: Vec<(usize, String)>,
    /// Interface colours for a dark or light terminal background; auto asks the terminal
    /// (COLORFGBG). Overrides the config file's `theme`.
    #[arg(long, value_enum, value_name = "THEME")]
    theme: Option<ThemeArg>,
    #[command(subcommand)]
    command: Option<Command>,
}

/// Input limits (see "Comparing your own articles" in the README). Global: given before or after
/// the subcommand (`factdiff --max-files 2000 report dir/` = `factdiff report --max-files 2000 dir/`).
#[derive(Debug, Args)]
struct LimitArgs {
    /// Largest file read, in bytes; K, M, G suffixes allowed (1024-based).
    #[arg(long, global = true, value_name = "SIZE", default_value = "20M", value_parser = parse_size)]
    max_file_size: u64,
    /// Most articles read, from the command line and folders together.
    #[arg(long, global = true, value_name = "N", default_value_t = Limits::default().max_files)]
    max_files: usize,
    /// Deepest folder nesting followed below a folder given on the command line.
    #[arg(long, global = true, value_name = "N", default_value_t = Limits::default().max_depth)]
    max_depth: usize,
}

/// Stories: articles about the same event are grouped and each group is compared on its own.
#[derive(Debug, Args)]
struct StoryArgs {
    /// Compare every article with every other as one story (no grouping into stories).
    #[arg(long, global = true)]
    no_group: bool,
    /// Open or report only story N of the story list (1 is the first).
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    story: Option<u64>,
}

impl LimitArgs {
    fn limits(&self) -> Limits {
        Limits {
            max_file_bytes: self.max_file_size,
            max_files: self.max_files,
            max_depth: self.max_depth,
        }
    }
}

/// `4096`, `500K`, `20M`, `1G` (also `KB`/`KiB`…, any case) as bytes.
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim().to_ascii_lowercase();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let (num, unit) = t.split_at(digits);
    let n: u64 = num
        .parse()
        .map_err(|_| format!("not a size: {s:?} (use e.g. 500K, 20M, 1G)"))?;
    let factor: u64 = match unit.trim() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(format!("unknown size unit in {s:?} (use K, M or G)")),
    };
    n.checked_mul(factor)
        .ok_or_else(|| format!("size too large: {s:?}"))
}

/// `3=Reuters` as (3, "Reuters").
fn parse_label(s: &str) -> Result<(usize, String), String> {
    let (n, text) = s
        .split_once('=')
        .ok_or_else(|| format!("not N=TEXT: {s:?} (e.g. --label 3=Reuters)"))?;
    let n: usize = n
        .trim()
        .parse()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| format!("not a source number (1, 2, …): {n:?}"))?;
    let text = text.trim();
    if text.is_empty() {
        return Err(format!("empty label for source {n}"));
    }
    Ok((n, text.to_owned()))
}

/// Puts the `--label` names on the sources; a number past the last source is a usage error.
fn apply_labels(analysis: &mut crate::Analysis, labels: &[(usize, String)]) -> anyhow::Result<()> {
    let count = analysis.articles.len();
    for (n, text) in labels {
        let article = analysis
            .articles
            .get_mut(n - 1)
            .ok_or_else(|| UsageError(format!("--label {n}: there are only {count} sources")))?;
        article.label = text.clone();
    }
    Ok(())
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the findings without the interface (text, Markdown, HTML or JSON).
    #[command(after_help = REPORT_EXAMPLES)]
    Report {
        /// Output format.
        #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Write the report to FILE instead of standard output (never an input file).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Show only these sections (comma-separated): summary, matrix, unique, conflicts,
        /// omissions, quotes, sources.
        #[arg(long, value_name = "SECTIONS", value_delimiter = ',', value_parser = parse_section)]
        only: Vec<Section>,
        /// Show at most N entries of each list (claims per source, omissions, matrix rows,
        /// conflicts, quote variants) and count the rest; 0 shows everything.
        #[arg(long, value_name = "N", default_value_t = report::DEFAULT_LIMIT)]
        limit: usize,
        /// Fit the text report to N columns [default: the terminal's width on a terminal,
        /// else 100].
        #[arg(long, value_name = "N", value_parser = parse_width)]
        width: Option<usize>,
        /// Articles to compare (as for the interface).
        paths: Vec<String>,
    },
    /// Print a shell completion script to standard output.
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) to standard output.
    Man,
    /// Show where the interface's config file is and check it; with --default, print a
    /// commented default config.
    Config {
        /// Print the default config file (every setting commented out) to standard output.
        #[arg(long)]
        default: bool,
    },
    /// Say whether two sentences state the same claim, with the score and why.
    Match {
        /// Read pairs from FILE (`ID<TAB>SENTENCE_A<TAB>SENTENCE_B` per line, - for stdin) and
        /// print `ID<TAB>SCORE<TAB>SAME` (SAME 1/0, the decision the analysis uses).
        #[arg(long, value_name = "FILE", conflicts_with_all = ["a", "b"])]
        tsv: Option<String>,
        /// First sentence.
        #[arg(required_unless_present = "tsv")]
        a: Option<String>,
        /// Second sentence.
        #[arg(required_unless_present = "tsv")]
        b: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ThemeArg {
    Dark,
    Light,
    Auto,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Markdown,
    Html,
    Json,
}

impl From<Format> for report::Format {
    fn from(f: Format) -> Self {
        match f {
            Format::Text => report::Format::Text,
            Format::Markdown => report::Format::Markdown,
            Format::Html => report::Format::Html,
            Format::Json => report::Format::Json,
        }
    }
}

fn parse_section(s: &str) -> Result<Section, String> {
    s.parse::<Section>().map_err(|e| e.to_string())
}

/// A usage or input error found after parsing: exits with status 2.
#[derive(Debug)]
struct UsageError(String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Parses the command line, runs it and returns the exit status.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            if e.chain()
                .filter_map(|c| c.downcast_ref::<std::io::Error>())
                .any(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            {
                // The reader went away (`factdiff report | head`): nothing left to say.
                return ExitCode::SUCCESS;
            }
            let hint = e
                .downcast_ref::<crate::Error>()
                .and_then(crate::Error::limit)
                .map(raise_hint)
                .unwrap_or_default();
            eprintln!(
                "factdiff: {}{hint}",
                crate::text::sanitize::for_display(&format!("{e:#}"))
            );
            if e.downcast_ref::<crate::Error>().is_some()
                || e.downcast_ref::<UsageError>().is_some()
            {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

/// How to raise a limit from the command line, appended to the message of what it stopped.
fn raise_hint(limit: ingest::Limit) -> String {
    let flag = match limit {
        ingest::Limit::FileSize => "--max-file-size",
        ingest::Limit::Files => "--max-files",
        ingest::Limit::Depth => "--max-depth",
    };
    format!("; raise it with {flag}")
}

/// Prints a library warning, with the flag to raise the limit that caused it.
fn warn_of(quiet: bool, warning: &crate::Warning) {
    let hint = warning.limit().map(raise_hint).unwrap_or_default();
    warn(quiet, &format!("{warning}{hint}"));
}

fn warn(quiet: bool, message: &str) {
    if !quiet {
        eprintln!(
            "factdiff: warning: {}",
            crate::text::sanitize::for_display(message)
        );
    }
}

fn load_inputs(
    paths: &[String],
    limits: &LimitArgs,
    quiet: bool,
) -> anyhow::Result<Vec<ingest::Input>> {
    // Sentence splitting's one-time set-up runs while the files are read and cleaned.
    crate::segment::warm_up_in_background();
    if paths.is_empty() {
        return Ok(ingest::bundled::inputs());
    }
    let loaded = ingest::load(paths, &limits.limits())?;
    for w in &loaded.warnings {
        warn_of(quiet, w);
    }
    Ok(loaded.inputs)
}

/// Compares the inputs (with a progress bar on a terminal), prints the warnings, and picks the
/// story `--story` names. `named` is true when every input was named on the command line (no
/// folder): then inputs that fall into several stories get a warning.
fn analyze(
    inputs: &[ingest::Input],
    quiet: bool,
    stories: &StoryArgs,
    named: bool,
    labels: &[(usize, String)],
) -> anyhow::Result<crate::Analysis> {
    let mut bar = progress::Bar::new(!quiet && std::io::stderr().is_terminal());
    let tell = |p: crate::Progress| bar.tell(p);
    let options = crate::Options {
        group: !stories.no_group,
        progress: Some(&tell),
    };
    let result = crate::compare_with(inputs, options);
    bar.finish();
    let (analysis, warnings) = result?;
    for w in &warnings {
        warn_of(quiet, w);
    }
    let mut analysis = analysis;
    // Labels name sources in command-line order, so before `--story` picks some of them.
    apply_labels(&mut analysis, labels)?;
    let count = crate::findings::stories::story_count(&analysis);
    if named && count > 1 {
        warn(
            quiet,
            &format!(
                "the {} articles named look unrelated: they form {count} stories, each compared \
                 on its own (--no-group compares them all as one)",
                analysis.articles.len()
            ),
        );
    }
    let analysis = match stories.story {
        None => analysis,
        Some(n) => {
            let t = usize::try_from(n).unwrap_or(usize::MAX).saturating_sub(1);
            crate::findings::stories::story_analysis(&analysis, t).ok_or_else(|| {
                UsageError(format!(
                    "--story {n}: there {} {count} {} (1 to {count})",
                    if count == 1 { "is" } else { "are" },
                    if count == 1 { "story" } else { "stories" },
                ))
            })?
        }
    };
    if analysis.articles.len() == 1 && !quiet {
        eprintln!("factdiff: note: only one article, nothing to compare it with; showing it alone");
    }
    Ok(analysis)
}

/// True when every path names a file (or standard input), no folder.
fn all_named(paths: &[String]) -> bool {
    !paths.is_empty() && paths.iter().all(|p| !Path::new(p).is_dir())
}

/// Refuses an output path that is one of the inputs (inputs are only ever read), under any
/// name: another spelling, a symbolic link or a hard link to it.
fn check_output(output: &Path, inputs: &[ingest::Input]) -> anyhow::Result<()> {
    let Ok(target) = output.metadata() else {
        return Ok(()); // Does not exist yet, so it is not an input.
    };
    for input in inputs {
        if input.path == "-" || input.path.starts_with("bundled:") {
            continue;
        }
        let input_path = Path::new(&input.path);
        let same = match input_path.metadata() {
            Ok(meta) => same_file(&meta, &target, input_path, output),
            Err(_) => false,
        };
        if same {
            return Err(UsageError(format!(
                "{}: is one of the inputs ({}); refusing to overwrite it (choose another -o FILE)",
                output.display(),
                input.path
            ))
            .into());
        }
    }
    Ok(())
}

/// True when two existing paths are the same file: the same device and inode on Unix (which
/// sees hard links), the same canonical path elsewhere.
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata, a_path: &Path, b_path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = (a_path, b_path);
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        match (a_path.canonicalize(), b_path.canonicalize()) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .context("cannot write to standard output")
}

/// Writes the JSON document to `path`, or to standard output, as it is serialised.
fn write_json(analysis: &crate::Analysis, path: Option<&std::path::Path>) -> anyhow::Result<()> {
    match path {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            let mut out = std::io::BufWriter::new(file);
            report::json::write(analysis, &mut out)
                .and_then(|()| out.flush())
                .with_context(|| format!("cannot write {}", path.display()))
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            report::json::write(analysis, &mut out)
                .and_then(|()| out.flush())
                .context("cannot write to standard output")
        }
    }
}

fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    let quiet = cli.quiet;
    match cli.command {
        None => {
            // A bad config file is reported before any article is read.
            let settings = interface_settings(cli.theme)?;
            let inputs = load_inputs(&cli.paths, &cli.limits, quiet)?;
            let analysis = analyze(
                &inputs,
                quiet,
                &cli.stories,
                all_named(&cli.paths),
                &cli.labels,
            )?;
            if !std::io::stdout().is_terminal() {
                return Err(UsageError(
                    "the interface needs a terminal on standard output; to send the findings \
                     to a pipe or file use `factdiff report` (see factdiff report --help)"
                        .into(),
                )
                .into());
            }
            return interface(&analysis, settings);
        }
        Some(Command::Report {
            format,
            output,
            only,
            limit,
            width,
            paths,
        }) => {
            if format == Format::Json && !only.is_empty() {
                return Err(UsageError(
                    "--only selects sections of the text, markdown and html reports; \
                     the json document is always complete"
                        .into(),
                )
                .into());
            }
            let inputs = load_inputs(&paths, &cli.limits, quiet)?;
            if let Some(path) = &output {
                check_output(path, &inputs)?;
            }
            let analysis = analyze(&inputs, quiet, &cli.stories, all_named(&paths), &cli.labels)?;
            let color = format == Format::Text
                && output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let options = report::Options {
                sections: if only.is_empty() {
                    Section::ALL.to_vec()
                } else {
                    only
                },
                color,
                width: width.unwrap_or_else(|| {
                    if output.is_none() && std::io::stdout().is_terminal() {
                        terminal_width().unwrap_or(report::DEFAULT_WIDTH)
                    } else {
                        report::DEFAULT_WIDTH
                    }
                }),
                limit,
            };
            if format == Format::Json {
                // Streamed: the document of a thousand sources is hundreds of MB.
                return write_json(&analysis, output.as_deref()).map(|()| ExitCode::SUCCESS);
            }
            let out = report::render(&analysis, format.into(), &options);
            match &output {
                Some(path) => std::fs::write(path, out.as_bytes())
                    .with_context(|| format!("cannot write {}", path.display()))?,
                None => write_stdout(out.as_bytes())?,
            }
        }
        Some(Command::Completions { shell }) => {
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "factdiff", &mut buf);
            write_stdout(&buf)?;
        }
        Some(Command::Match { tsv, a, b }) => run_match(tsv, a, b)?,
        Some(Command::Config { default }) => run_config(default)?,
        Some(Command::Man) => {
            let mut buf = Vec::new();
            man_page(&mut buf).context("cannot render the manual page")?;
            write_stdout(&buf)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `--width`: a number of columns, at least [`report::MIN_WIDTH`].
fn parse_width(s: &str) -> Result<usize, String> {
    let n: usize = s
        .trim()
        .parse()
        .map_err(|_| format!("not a number of columns: {s:?}"))?;
    if n < report::MIN_WIDTH {
        return Err(format!("at least {} columns", report::MIN_WIDTH));
    }
    Ok(n)
}

/// The width of the terminal on standard output, when it has one.
#[cfg(feature = "tui")]
fn terminal_width() -> Option<usize> {
    ratatui::crossterm::terminal::size()
        .ok()
        .map(|(w, _)| usize::from(w))
        .filter(|&w| w > 0)
}

/// Without the interface's terminal library: `COLUMNS`, when the shell exports it.
#[cfg(not(feature = "tui"))]
fn terminal_width() -> Option<usize> {
    std::env::var("COLUMNS").ok()?.trim().parse().ok()
}

/// The interface's settings: the config file, `--theme` over it. A bad file is a usage error
/// (status 2) naming the file, line and key.
#[cfg(feature = "tui")]
fn interface_settings(theme: Option<ThemeArg>) -> anyhow::Result<crate::tui::config::Settings> {
    use crate::tui::theme::{ThemeName, colour_allowed};
    let theme = theme.map(|t| match t {
        ThemeArg::Dark => ThemeName::Dark,
        ThemeArg::Light => ThemeName::Light,
        ThemeArg::Auto => ThemeName::Auto,
    });
    crate::tui::config::load(theme, colour_allowed()).map_err(|e| UsageError(e.to_string()).into())
}

#[cfg(not(feature = "tui"))]
fn interface_settings(_theme: Option<ThemeArg>) -> anyhow::Result<()> {
    Ok(())
}

/// The `config` command: the default file, or where the file is and whether it is good.
#[cfg(feature = "tui")]
fn run_config(default: bool) -> anyhow::Result<()> {
    if default {
        return write_stdout(crate::tui::config::DEFAULT.as_bytes());
    }
    let Some(path) = crate::tui::config::path() else {
        return Err(UsageError(
            "no config directory: neither XDG_CONFIG_HOME nor HOME is set".into(),
        )
        .into());
    };
    let shown = crate::text::sanitize::for_display(&path.display().to_string()).into_owned();
    if !path.is_file() {
        return write_stdout(
            format!(
                "{shown}: not there; the defaults apply (factdiff config --default > {shown})\n"
            )
            .as_bytes(),
        );
    }
    interface_settings(None)?;
    write_stdout(format!("{shown}: ok\n").as_bytes())
}

#[cfg(not(feature = "tui"))]
fn run_config(_default: bool) -> anyhow::Result<()> {
    Err(UsageError("this build has no terminal interface (feature `tui`)".into()).into())
}

/// Runs the terminal interface on the analysis.
#[cfg(feature = "tui")]
fn interface(
    analysis: &crate::Analysis,
    settings: crate::tui::config::Settings,
) -> anyhow::Result<ExitCode> {
    let exit = crate::tui::run(analysis, &settings).context("terminal interface failed")?;
    if let crate::tui::Exit::Signal(sig) = exit {
        // Conventional status of a process ended by a signal: 128 + its number.
        return Ok(ExitCode::from(
            128u8.saturating_add(sig.clamp(0, 127) as u8),
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// Without feature `tui` there is no interface: say so (status 2, a usage error).
#[cfg(not(feature = "tui"))]
fn interface(_analysis: &crate::Analysis, _settings: ()) -> anyhow::Result<ExitCode> {
    Err(UsageError(
        "this build has no terminal interface (feature `tui`); use `factdiff report`".into(),
    )
    .into())
}

/// The `match` command: one pair explained, or a file of pairs scored.
fn run_match(tsv: Option<String>, a: Option<String>, b: Option<String>) -> anyhow::Result<()> {
    use crate::engine::matching::blend;
    let Some(path) = tsv else {
        let (a, b) = (a.unwrap_or_default(), b.unwrap_or_default());
        return write_stdout(match_cmd::render(&blend::explain(&a, &b)).as_bytes());
    };
    let shown = crate::text::sanitize::for_display(&path).into_owned();
    let text = if path == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .map_err(|e| UsageError(format!("cannot read pairs from standard input: {e}")))?;
        s
    } else {
        std::fs::read_to_string(&path)
            .map_err(|e| UsageError(format!("cannot read {shown}: {e}")))?
    };
    let list = match_cmd::parse_tsv(&text).map_err(|e| UsageError(format!("{shown}: {e}")))?;
    let mut out = String::new();
    for pair in &list {
        out.push_str(&match_cmd::tsv_line(pair));
        out.push('\n');
    }
    write_stdout(out.as_bytes())
}

/// The manual page: the main command, then the synopsis and options of each subcommand.
fn man_page(out: &mut Vec<u8>) -> std::io::Result<()> {
    let mut cmd = Cli::command();
    cmd.build();
    clap_mangen::Man::new(cmd.clone()).render(out)?;
    for sub in cmd.get_subcommands() {
        let man = clap_mangen::Man::new(sub.clone());
        let mut part = Vec::new();
        man.render_synopsis_section(&mut part)?;
        man.render_options_section(&mut part)?;
        let part = String::from_utf8_lossy(&part)
            .replacen(
                ".SH SYNOPSIS",
                &format!(".SH \"FACTDIFF {}\"", sub.get_name().to_uppercase()),
                1,
            )
            .replacen(".SH OPTIONS", ".SS Options", 1);
        out.extend_from_slice(part.as_bytes());
    }
    Ok(())
}
