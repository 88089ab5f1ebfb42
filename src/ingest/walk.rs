//! Walks an HTML tree into intermediate-text lines: block elements start and end lines,
//! `br` breaks a line, headings get `# `, list items `- `, table cells are separated by spaces,
//! inline elements only contribute their text. Iterative, so deeply nested pages cannot
//! overflow the stack.

use dom_query::{Document, NodeRef};

/// Which elements are skipped with everything inside them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// Readability's extracted content: scripts, media, form controls and navigation menus.
    Content,
    /// A whole page (fallback): also sidebars (`aside`) and footers.
    Page,
}

/// Never story text: scripts, styles, media, form controls, navigation menus.
const NOT_TEXT: [&str; 22] = [
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "img",
    "picture", "video", "audio", "canvas", "button", "input", "select", "textarea", "head",
    "title", "nav", "form",
];
/// Page furniture that an article's own markup may also use (an `aside` pull quote), so only
/// dropped when walking a whole page.
const PAGE_CHROME: [&str; 2] = ["aside", "footer"];
const BLOCKS: [&str; 30] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tr",
    "hr",
    "address",
    "details",
    "summary",
    "body",
    "html",
    "center",
    "form",
];

enum Step<'a> {
    Enter(NodeRef<'a>),
    Leave(String),
}

struct Lines {
    out: String,
    line: String,
    prefix: Option<&'static str>,
    pre_depth: usize,
}

impl Lines {
    fn text(&mut self, s: &str) {
        if self.pre_depth > 0 {
            let mut parts = s.split('\n');
            if let Some(first) = parts.next() {
                self.push_words(first);
            }
            for part in parts {
                self.flush();
                self.push_words(part);
            }
        } else {
            self.push_words(s);
        }
    }

    fn push_words(&mut self, s: &str) {
        if s.starts_with(char::is_whitespace) && !self.line.ends_with(' ') {
            self.line.push(' ');
        }
        let mut words = s.split_whitespace().peekable();
        while let Some(w) = words.next() {
            self.line.push_str(w);
            if words.peek().is_some() {
                self.line.push(' ');
            }
        }
        if s.ends_with(char::is_whitespace) && !s.trim().is_empty() {
            self.line.push(' ');
        }
    }

    fn flush(&mut self) {
        let words = self.line.split_whitespace().collect::<Vec<_>>().join(" ");
        self.line.clear();
        if words.is_empty() {
            return;
        }
        if let Some(p) = self.prefix.take() {
            self.out.push_str(p);
        }
        self.out.push_str(&words);
        self.out.push('\n');
    }
}

/// The text of `doc` (its `<body>` when it has one) as intermediate-text lines.
pub fn to_lines(doc: &Document, skip: Skip) -> String {
    let root = doc.body().unwrap_or_else(|| doc.root());
    let mut lines = Lines {
        out: String::new(),
        line: String::new(),
        prefix: None,
        pre_depth: 0,
    };
    let mut stack = vec![Step::Enter(root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Leave(name) => {
                if name == "pre" {
                    lines.pre_depth = lines.pre_depth.saturating_sub(1);
                }
                if is_block(&name) {
                    lines.flush();
                    lines.prefix = None;
                }
            }
            Step::Enter(node) => {
                if node.is_text() {
                    lines.text(&node.text());
                    continue;
                }
                let Some(name) = node.node_name() else {
                    // Document or fragment root: walk its children.
                    if node.is_document() || node.is_fragment() {
                        push_children(&mut stack, &node);
                    }
                    continue;
                };
                let name = name.to_ascii_lowercase();
                if NOT_TEXT.contains(&name.as_str())
                    || (skip == Skip::Page && PAGE_CHROME.contains(&name.as_str()))
                {
                    continue;
                }
                match name.as_str() {
                    "br" => {
                        lines.flush();
                        continue;
                    }
                    "td" | "th" => lines.line.push(' '),
                    "pre" => lines.pre_depth += 1,
                    _ => {}
                }
                if is_block(&name) {
                    lines.flush();
                    lines.prefix = match name.as_str() {
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some("# "),
                        "li" => Some("- "),
                        _ => lines.prefix,
                    };
                }
                stack.push(Step::Leave(name));
                push_children(&mut stack, &node);
            }
        }
    }
    lines.flush();
    lines.out
}

fn push_children<'a>(stack: &mut Vec<Step<'a>>, node: &NodeRef<'a>) {
    stack.extend(node.children_it(true).map(Step::Enter));
}

fn is_block(name: &str) -> bool {
    BLOCKS.contains(&name) || matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(html: &str) -> String {
        to_lines(&Document::from(html), Skip::Page)
    }

    #[test]
    fn blocks_headings_items_and_breaks() {
        assert_eq!(
            lines(
                "<h2>Head <em>line</em></h2><p>One <a href='x'>link</a>,\n  two.</p><ul><li>a</li><li><p>b</p></li></ul><p>x<br>y</p>"
            ),
            "# Head line\nOne link, two.\n- a\n- b\nx\ny\n"
        );
    }

    #[test]
    fn pre_keeps_lines_and_tables_separate_cells() {
        assert_eq!(
            lines("<pre>a  b\nc</pre><table><tr><td>1</td><td>2</td></tr></table>"),
            "a b\nc\n1 2\n"
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!(
            "{}deep{}",
            "<div><span>".repeat(20_000),
            "</span></div>".repeat(20_000)
        );
        assert_eq!(lines(&html), "deep\n");
    }
}
