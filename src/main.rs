//! The `factdiff` binary: everything it does lives in [`factdiff::cli`].

fn main() -> std::process::ExitCode {
    factdiff::cli::run()
}
