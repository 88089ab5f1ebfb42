//! Quote variants: the same quotation rendered differently by different outlets.

use super::Findings;
use crate::analysis::QuoteVariant;
use crate::model::Article;

/// Finds quotations that appear in several sources with different wording. Placeholder.
pub fn variants(_articles: &[Article], _findings: &Findings) -> Vec<QuoteVariant> {
    Vec::new()
}
