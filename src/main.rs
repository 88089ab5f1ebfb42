//! The `factdiff` command line: parses arguments and dispatches. Nothing else lives here.

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use factdiff::{Limits, ingest, report};
use std::io::Write;
use std::process::ExitCode;

/// Compare news articles about the same event, side by side.
#[derive(Debug, Parser)]
#[command(name = "factdiff", version, args_conflicts_with_subcommands = true)]
struct Cli {
    /// Articles to compare: files (.txt, .md, .html), folders, or - for stdin. None: the bundled five.
    paths: Vec<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the findings without the interface.
    Report {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Articles to compare (as for the interface).
        paths: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("factdiff: {e:#}");
            if e.downcast_ref::<factdiff::Error>().is_some() {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

fn load(paths: &[String]) -> anyhow::Result<factdiff::Analysis> {
    let inputs = if paths.is_empty() {
        ingest::bundled::inputs()
    } else {
        let loaded = ingest::load(paths, &Limits::default())?;
        for w in &loaded.warnings {
            eprintln!("factdiff: warning: {}", factdiff::sanitize::for_display(w));
        }
        loaded.inputs
    };
    let (analysis, warnings) = factdiff::compare(&inputs)?;
    for w in &warnings {
        eprintln!("factdiff: warning: {}", factdiff::sanitize::for_display(w));
    }
    Ok(analysis)
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        None => {
            let analysis = load(&cli.paths)?;
            factdiff::tui::run(&analysis).context("terminal interface failed")?;
        }
        Some(Command::Report { format, paths }) => {
            let analysis = load(&paths)?;
            let out = match format {
                Format::Json | Format::Text => report::json::to_string(&analysis),
            };
            std::io::stdout()
                .lock()
                .write_all(out.as_bytes())
                .context("cannot write the report")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
