//! Hostile input: injection of control sequences, limits of the command line, properties on
//! random bytes (the pseudo-terminal tests are `hardening_pty`).
//! One test binary (fewer binaries to link); each module was a `tests/*.rs` file of its own.

mod fixtures;
mod hardening {
    mod inject;
    mod limits;
    mod props;
}
