//! Markdown reduced to ingest's intermediate text (see [`crate::ingest`]): one paragraph per
//! line, `# ` headings (ATX and setext), `- ` list items (bulleted and numbered), block quotes
//! unwrapped, fenced code kept line by line, thematic breaks and link reference definitions
//! dropped; inline syntax goes through [`inline::to_plain`]. Front matter (`---` YAML-style or
//! `+++` TOML-style) is read into [`Metadata`] hints and dropped from the text.
//!
//! Hand-written rather than a full CommonMark parser: articles use a small part of Markdown, and
//! the same code also serves `.txt` files that merely look like Markdown ([`LineBreaks::Keep`]),
//! where the source's line structure must survive.

use super::dates;
use super::inline::{self, References};
use crate::model::Metadata;

/// What happens to a line break inside a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineBreaks {
    /// Markdown semantics: soft-wrapped lines of a paragraph are joined into one line; hard
    /// breaks (two trailing spaces or a trailing `\`) stay line breaks. For `.md` files.
    Join,
    /// Every source line stays a line: for `.txt` files that use Markdown syntax, where cleaning
    /// decides how lines form paragraphs.
    Keep,
}

/// Converts Markdown to the intermediate text, returning it with what the front matter told.
pub fn to_text(md: &str, breaks: LineBreaks) -> (String, Metadata) {
    let (hints, body) = front_matter(md);
    let lines: Vec<&str> = body.split('\n').collect();
    let refs = reference_definitions(&lines);
    let mut out = Blocks {
        lines: Vec::new(),
        para: Vec::new(),
        para_prefix: "",
        breaks,
        refs: &refs,
    };
    let mut fence: Option<(char, usize)> = None;
    let mut in_comment = false;
    let mut quote_depth = 0;
    for raw in lines {
        if let Some((ch, n)) = fence {
            let t = raw.trim();
            if t.len() >= n && t.chars().all(|c| c == ch) {
                fence = None;
            } else {
                out.line(raw.trim().to_owned());
            }
            continue;
        }
        if in_comment {
            in_comment = !raw.contains("-->");
            continue;
        }
        let (depth, line) = strip_quotes(raw);
        if depth != quote_depth {
            out.flush();
            quote_depth = depth;
        }
        let indent = line.len() - line.trim_start().len();
        let t = line.trim();
        if t.is_empty() {
            out.flush();
            out.blank();
            continue;
        }
        if indent < 4 {
            if let Some(f) = fence_open(t) {
                out.flush();
                fence = Some(f);
                continue;
            }
            if t.starts_with("<!--") && !t.contains("-->") {
                out.flush();
                in_comment = true;
                continue;
            }
            if is_reference_definition(t).is_some() {
                continue;
            }
            if let Some(text) = atx_heading(t) {
                out.flush();
                out.block("# ", text);
                continue;
            }
            if !out.para.is_empty() && out.para_prefix.is_empty() {
                if t.chars().all(|c| c == '=') {
                    out.para_prefix = "# ";
                    out.flush();
                    continue;
                }
                if t.chars().all(|c| c == '-') {
                    out.para_prefix = "# ";
                    out.flush();
                    continue;
                }
            }
            if is_thematic_break(t) {
                out.flush();
                continue;
            }
            if is_table_delimiter(t) {
                continue;
            }
        }
        if let Some(item) = list_item(t, !out.para.is_empty() && out.para_prefix.is_empty()) {
            out.flush();
            out.para_prefix = "- ";
            out.para.push(item);
            continue;
        }
        out.para.push(line.trim_start());
    }
    out.flush();
    let mut text = out.lines.join("\n");
    text.truncate(text.trim_end().len());
    text.push('\n');
    (text, hints)
}

struct Blocks<'a> {
    lines: Vec<String>,
    para: Vec<&'a str>,
    para_prefix: &'static str,
    breaks: LineBreaks,
    refs: &'a References,
}

impl Blocks<'_> {
    fn line(&mut self, line: String) {
        self.lines.push(line);
    }

    fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_empty()) {
            self.lines.push(String::new());
        }
    }

    /// Emits one block: inline Markdown reduced, one output line per line break left.
    fn block(&mut self, prefix: &str, src: String) {
        let plain = inline::to_plain(&src, self.refs);
        let mut first = true;
        for part in plain.split('\n') {
            let words = part.split_whitespace().collect::<Vec<_>>().join(" ");
            if words.is_empty() {
                continue;
            }
            let p = if first { prefix } else { "" };
            first = false;
            self.lines.push(format!("{p}{words}"));
        }
    }

    fn flush(&mut self) {
        if self.para.is_empty() {
            self.para_prefix = "";
            return;
        }
        let mut src = String::new();
        let last = self.para.len() - 1;
        for (i, l) in self.para.iter().enumerate() {
            let hard = l.ends_with("  ") || l.ends_with('\\');
            let l = l.trim_end();
            let l = if i < last && hard {
                l.strip_suffix('\\').unwrap_or(l)
            } else {
                l
            };
            src.push_str(l);
            if i < last {
                src.push(if hard || self.breaks == LineBreaks::Keep {
                    '\n'
                } else {
                    ' '
                });
            }
        }
        let prefix = self.para_prefix;
        self.para.clear();
        self.para_prefix = "";
        self.block(prefix, src);
    }
}

/// Block-quote depth and the line without its `>` markers.
fn strip_quotes(line: &str) -> (usize, &str) {
    let mut depth = 0;
    let mut rest = line;
    loop {
        let t = rest.trim_start();
        if rest.len() - t.len() > 3 {
            return (depth, rest);
        }
        match t.strip_prefix('>') {
            Some(r) => {
                depth += 1;
                rest = r.strip_prefix(' ').unwrap_or(r);
            }
            None => return (depth, rest),
        }
    }
}

fn fence_open(t: &str) -> Option<(char, usize)> {
    let ch = t.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let n = t.chars().take_while(|&c| c == ch).count();
    (n >= 3 && !(ch == '`' && t.get(n..).is_some_and(|r| r.contains('`')))).then_some((ch, n))
}

fn atx_heading(t: &str) -> Option<String> {
    let level = t.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = t.get(level..)?;
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim();
    // A closing run of #s preceded by a space is not part of the heading.
    let without = rest.trim_end_matches('#');
    let text = if without.is_empty() || without.ends_with([' ', '\t']) {
        without.trim_end()
    } else {
        rest
    };
    Some(text.to_owned())
}

fn is_thematic_break(t: &str) -> bool {
    let Some(ch) = t.chars().next().filter(|c| matches!(c, '*' | '-' | '_')) else {
        return false;
    };
    t.chars().filter(|&c| c == ch).count() >= 3 && t.chars().all(|c| c == ch || c == ' ')
}

fn is_table_delimiter(t: &str) -> bool {
    t.contains('-') && t.contains('|') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// The content of a list item line, or `None`. A numbered item other than `1.` does not
/// interrupt a paragraph (so a wrapped line starting "2024. " stays text), as in CommonMark.
fn list_item(t: &str, interrupts_paragraph: bool) -> Option<&str> {
    if let Some(rest) = t.strip_prefix(['-', '*', '+']) {
        if rest.is_empty() && !interrupts_paragraph {
            return Some("");
        }
        return rest.strip_prefix([' ', '\t']).map(str::trim_start);
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=9).contains(&digits) {
        return None;
    }
    let rest = t.get(digits..)?.strip_prefix(['.', ')'])?;
    if interrupts_paragraph && t.get(..digits) != Some("1") {
        return None;
    }
    rest.strip_prefix([' ', '\t']).map(str::trim_start)
}

/// `[label]: destination "title"`: the label and destination.
fn is_reference_definition(t: &str) -> Option<(&str, &str)> {
    let rest = t.strip_prefix('[')?;
    let end = rest.find("]:")?;
    let label = rest.get(..end)?;
    if label.trim().is_empty() || label.contains(['[', ']']) {
        return None;
    }
    let dest = rest.get(end + 2..)?.split_whitespace().next()?;
    Some((label, dest.trim_start_matches('<').trim_end_matches('>')))
}

fn reference_definitions(lines: &[&str]) -> References {
    let mut refs = References::new();
    for line in lines {
        let (_, l) = strip_quotes(line);
        if let Some((label, dest)) = is_reference_definition(l.trim()) {
            refs.entry(inline::normalize_label(label))
                .or_insert_with(|| dest.to_owned());
        }
    }
    refs
}

/// Splits off front matter: a first line `---` (or `+++`) up to the next `---`/`...` (`+++`)
/// line within the first 200 lines, holding at least one `key: value` (`key = value`) line.
fn front_matter(md: &str) -> (Metadata, &str) {
    let mut hints = Metadata::default();
    let trimmed = md.trim_start_matches('\n');
    let (open, closers, sep): (&str, &[&str], char) = if trimmed.starts_with("---\n") {
        ("---", &["---", "..."], ':')
    } else if trimmed.starts_with("+++\n") {
        ("+++", &["+++"], '=')
    } else {
        return (hints, md);
    };
    let body = trimmed.get(open.len() + 1..).unwrap_or("");
    let mut offset = 0;
    let mut fields = Vec::new();
    for (n, line) in body.split('\n').enumerate() {
        if n >= 200 {
            return (hints, md);
        }
        if closers.contains(&line.trim_end()) {
            if fields.is_empty() {
                return (hints, md);
            }
            for (key, value) in fields {
                set_hint(&mut hints, key, value);
            }
            return (hints, body.get(offset + line.len() + 1..).unwrap_or(""));
        }
        if let Some((k, v)) = line.split_once(sep) {
            let key = k.trim();
            if !key.is_empty() && !key.contains(' ') && !line.starts_with([' ', '-']) {
                fields.push((key, v));
            }
        }
        offset += line.len() + 1;
    }
    (hints, md)
}

fn set_hint(hints: &mut Metadata, key: &str, value: &str) {
    let value = value.trim().trim_matches(['"', '\'']).trim();
    if value.is_empty() {
        return;
    }
    let slot = match key.to_ascii_lowercase().as_str() {
        "title" | "headline" => &mut hints.title,
        "author" | "authors" | "byline" | "by" => &mut hints.byline,
        "source" | "outlet" | "publisher" | "publication" | "site" | "site_name" => {
            &mut hints.outlet
        }
        "url" | "canonical" | "canonical_url" | "link" | "source_url" | "original_url" => {
            &mut hints.url
        }
        "date" | "published" | "published_at" | "pubdate" | "publish_date" => {
            if hints.date.is_none() {
                hints.date = dates::to_iso(value);
            }
            return;
        }
        _ => return,
    };
    if slot.is_none() {
        let value = value.trim_start_matches('[').trim_end_matches(']');
        *slot = Some(crate::text::sanitize::for_display(value).trim().to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(s: &str) -> String {
        to_text(s, LineBreaks::Join).0
    }

    #[test]
    fn headings_atx_and_setext() {
        assert_eq!(
            md("# One #\n\nText\n\n### Three"),
            "# One\n\nText\n\n# Three\n"
        );
        assert_eq!(
            md("Big\n===\n\nSmall\n---\nafter"),
            "# Big\n\n# Small\nafter\n"
        );
        assert_eq!(md("#hashtag not heading"), "#hashtag not heading\n");
    }

    #[test]
    fn wrapped_paragraphs_are_joined_and_hard_breaks_kept() {
        assert_eq!(
            md("The mayor said on\nTuesday that the\nbridge would close.\n\nNext one."),
            "The mayor said on Tuesday that the bridge would close.\n\nNext one.\n"
        );
        assert_eq!(
            md("Line one  \nline two\\\nthree"),
            "Line one\nline two\nthree\n"
        );
    }

    #[test]
    fn lists_quotes_breaks_and_code() {
        assert_eq!(
            md("Intro:\n- one\n* two\n  continued\n1. three\n\n---\n\n> quoted\n> text"),
            "Intro:\n- one\n- two continued\n- three\n\nquoted text\n"
        );
        assert_eq!(
            md("Wrapped in\n2024. Still text"),
            "Wrapped in 2024. Still text\n"
        );
        assert_eq!(md("```\nlet *x* = 1;\n```\nafter"), "let *x* = 1;\nafter\n");
    }

    #[test]
    fn reference_links_defined_later_and_entities() {
        assert_eq!(
            md("Read [the report][r] &amp; more.\n\n[r]: https://example.com/r \"T\"\n"),
            "Read the report & more.\n"
        );
    }

    #[test]
    fn front_matter_becomes_hints() {
        let (text, hints) = to_text(
            "---\ntitle: \"Flood in the valley\"\nauthor: Jane Roe\ndate: 2024-05-02T08:00:00Z\nsource: Daily Example\nurl: https://example.com/flood\ntags: [a, b]\n---\nBody text.\n",
            LineBreaks::Join,
        );
        assert_eq!(text, "Body text.\n");
        assert_eq!(hints.title.as_deref(), Some("Flood in the valley"));
        assert_eq!(hints.byline.as_deref(), Some("Jane Roe"));
        assert_eq!(hints.date.as_deref(), Some("2024-05-02"));
        assert_eq!(hints.outlet.as_deref(), Some("Daily Example"));
        assert_eq!(hints.url.as_deref(), Some("https://example.com/flood"));
    }

    #[test]
    fn a_rule_at_the_top_without_fields_is_not_front_matter() {
        let (text, hints) = to_text("---\nJust text\n---\nMore", LineBreaks::Join);
        assert_eq!(hints, Metadata::default());
        assert_eq!(text, "# Just text\nMore\n");
    }

    #[test]
    fn keep_mode_keeps_lines() {
        let (text, _) = to_text(
            "# Title\n\nBy [AFP](#)\nfirst line\nsecond **bold** line\n\n<https://e.com/x>",
            LineBreaks::Keep,
        );
        assert_eq!(
            text,
            "# Title\n\nBy AFP\nfirst line\nsecond bold line\n\nhttps://e.com/x\n"
        );
    }
}
