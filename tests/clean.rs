//! Cleaning: rules one by one, the bundled five, fixtures, ECB+ (needs ../shared/data) and
//! robustness properties.
//! One test binary (fewer binaries to link); each module was a `tests/*.rs` file of its own.

mod common;
mod clean {
    mod bundled;
    mod ecbplus;
    mod fixtures;
    mod robust;
    mod rules;
}
