//! Findings that hold whatever the input: determinism, properties, consistency between views, the JSON Schema.
//! One test binary (fewer binaries to link); each module was a `tests/*.rs` file of its own.

mod common;
mod consistency {
    mod determinism;
    mod findings_consistency;
    mod json_schema;
    mod props;
}
