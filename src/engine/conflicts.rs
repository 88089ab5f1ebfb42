//! Conflicts: the same claim reported with different values (a number, a day or date, a place,
//! who said it).

use crate::analysis::{Claim, Conflict};
use crate::model::Article;

/// Finds claims whose sources disagree on a value. Placeholder.
pub fn find(_articles: &[Article], _claims: &[Claim]) -> Vec<Conflict> {
    Vec::new()
}
