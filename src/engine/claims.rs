//! Groups matched sentences across sources into claims, without chaining drift (A~B and B~C must
//! not glue an unrelated A and C), and records each sentence's claim.

use super::Findings;
use crate::analysis::Claim;
use crate::model::Article;

/// Clusters sentences into claims and sets `claim` on each sentence's findings. Placeholder.
pub fn cluster(_articles: &[Article], _findings: &mut Findings) -> Vec<Claim> {
    Vec::new()
}
