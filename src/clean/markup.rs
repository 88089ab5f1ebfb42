//! Markup left in plain text: Markdown headings, list markers, block quotes, images, links,
//! autolinks and emphasis, as found in `.txt` files saved from Markdown or produced by scrapers.
//! Each line becomes its plain text and a kind; nothing here drops text.

/// What a line is, judged from its markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Ordinary text.
    Text,
    /// A heading (`# Title`).
    Heading,
    /// A list item (`- item`, `* item`, `• item`).
    ListItem,
    /// A line that is only an image (`![alt](src)`): its text is the alt text.
    Image,
}

/// Reduces one trimmed line to its plain text and kind.
pub fn strip_line(line: &str) -> (String, LineKind) {
    let mut t = line.trim();
    let mut kind = LineKind::Text;
    while let Some(rest) = t.strip_prefix('>') {
        t = rest.trim_start();
    }
    let hashes = t.chars().take_while(|&c| c == '#').count();
    let after_hashes = t.get(hashes..).unwrap_or("");
    if (1..=6).contains(&hashes) && after_hashes.starts_with(' ') {
        kind = LineKind::Heading;
        t = after_hashes.trim().trim_end_matches('#').trim_end();
    } else if let Some(rest) = ["- ", "* ", "+ ", "• ", "· ", "– ", "— "]
        .iter()
        .find_map(|m| t.strip_prefix(m))
    {
        // `- - -` and `* * *` are separators, not items: they keep no letters either way.
        kind = LineKind::ListItem;
        t = rest.trim_start();
    }
    if t.starts_with("![") && image_only(t) {
        kind = LineKind::Image;
    }
    let text = inline(t);
    (text.split_whitespace().collect::<Vec<_>>().join(" "), kind)
}

/// True when the line is a single Markdown image and nothing else.
fn image_only(t: &str) -> bool {
    match parse_link(t.get(1..).unwrap_or("")) {
        Some((_, _, used)) => t.get(1 + used..).is_some_and(|r| r.trim().is_empty()),
        None => false,
    }
}

/// Parses `[text](target)` at the start of `s`: returns the text, the target and bytes used.
fn parse_link(s: &str) -> Option<(&str, &str, usize)> {
    let rest = s.strip_prefix('[')?;
    let mut depth = 0usize;
    let mut close = None;
    for (i, c) in rest.char_indices() {
        match c {
            '[' => depth += 1,
            ']' if depth == 0 => {
                close = Some(i);
                break;
            }
            ']' => depth -= 1,
            '\n' => return None,
            _ => {}
        }
    }
    let close = close?;
    let text = rest.get(..close)?;
    let after = rest.get(close + 1..)?;
    let target_part = after.strip_prefix('(')?;
    let end = target_part.find(')')?;
    let target = target_part.get(..end)?;
    if target.contains(char::is_whitespace) && !target.contains('"') {
        return None;
    }
    Some((text, target, 1 + close + 1 + 1 + end + 1))
}

/// Inline markup to text: `![alt](src)` → alt, `[text](url)` → text, `<https://…>` → the URL,
/// `**bold**`, `__bold__` and `*em*` → their text.
pub fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(rest) = s.get(i..) {
        let Some(c) = rest.chars().next() else { break };
        if c == '!'
            && rest.starts_with("![")
            && let Some((text, _, used)) = parse_link(rest.get(1..).unwrap_or(""))
        {
            out.push_str(&inline(text));
            i += 1 + used;
            continue;
        }
        if c == '['
            && let Some((text, _, used)) = parse_link(rest)
        {
            out.push_str(&inline(text));
            i += used;
            continue;
        }
        if c == '<'
            && let Some(end) = rest.find('>')
        {
            let inner = rest.get(1..end).unwrap_or("");
            if inner.starts_with("http://") || inner.starts_with("https://") {
                out.push_str(inner);
                i += end + 1;
                continue;
            }
        }
        out.push(c);
        i += c.len_utf8();
    }
    strip_emphasis(&out)
}

/// Removes `**`/`__` pairs and single `*` used for emphasis (next to a word on one side and
/// space or a line edge on the other). Other asterisks (`marked *`) stay.
fn strip_emphasis(s: &str) -> String {
    let s = if s.matches("**").count() >= 2 {
        s.replace("**", "")
    } else {
        s.to_owned()
    };
    let s = if s.matches("__").count() >= 2 {
        s.replace("__", "")
    } else {
        s
    };
    if s.matches('*').count() < 2 {
        return s;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '*' {
            let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
            let after = chars.get(i + 1).copied();
            let word = |x: Option<char>| x.is_some_and(|x| !x.is_whitespace() && x != '*');
            if word(before) != word(after) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_lists_images() {
        assert_eq!(
            strip_line("# Big news #"),
            ("Big news".into(), LineKind::Heading)
        );
        assert_eq!(
            strip_line("- An item"),
            ("An item".into(), LineKind::ListItem)
        );
        assert_eq!(
            strip_line("![Putin in Moscow](img.jpg)"),
            ("Putin in Moscow".into(), LineKind::Image)
        );
        assert_eq!(strip_line("#hashtag news").1, LineKind::Text);
        assert_eq!(strip_line("> quoted text").0, "quoted text");
    }

    #[test]
    fn links_and_emphasis() {
        assert_eq!(inline("By [AFP](#)"), "By AFP");
        assert_eq!(
            inline("**Related article: [Zelensky Says U.S. Summit](#)**"),
            "Related article: Zelensky Says U.S. Summit"
        );
        assert_eq!(inline("<https://example.com/x>"), "https://example.com/x");
        assert_eq!(inline("a *very* big deal"), "a very big deal");
        assert_eq!(
            inline("Required fields are marked *"),
            "Required fields are marked *"
        );
        assert_eq!(inline("3 * 4 = 12 and [broken"), "3 * 4 = 12 and [broken");
        assert_eq!(inline("price [sic] rose"), "price [sic] rose");
    }
}
