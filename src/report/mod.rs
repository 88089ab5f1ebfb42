//! Reports: the findings written out for people and programs, without the interface.

pub mod json;
