//! Reading inputs: formats, the command line's input handling, lists and headings.
//! One test binary (fewer binaries to link); each module was a `tests/*.rs` file of its own.

mod common;
mod input {
    mod cli_input;
    mod ingest_formats;
    mod lists_and_headings;
}
