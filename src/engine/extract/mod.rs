//! Facts found in the sentences of one article at a time: named entities ([`entities`], with the
//! word runs they come from in [`entity_runs`]), numbers and measures ([`numbers`]), dates
//! ([`dates`]), both read as sentence values ([`values`]), quotations ([`quotes`]), and the atoms
//! of the fact table built from all of them ([`atoms`]).

pub mod atoms;
pub mod dates;
pub mod entities;
pub mod entity_runs;
pub mod numbers;
pub mod quotes;
pub mod values;
