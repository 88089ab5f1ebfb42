//! Word-level diffs of aligned sentences (with `similar`), computed on normalised tokens and
//! mapped back to spans of the original text.
