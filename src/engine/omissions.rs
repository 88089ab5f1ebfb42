//! Omissions: per source, the claims that at least two other sources carry and it lacks.

use crate::analysis::{Claim, Omission};
use crate::model::Article;

/// Finds what each source lacks. Placeholder.
pub fn find(_articles: &[Article], _claims: &[Claim]) -> Vec<Omission> {
    Vec::new()
}
