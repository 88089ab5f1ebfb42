//! Saved web pages reduced to ingest's intermediate text (see [`crate::ingest`]).
//!
//! The article is found with a readability algorithm (`dom_smoothie`, a port of Mozilla's
//! Readability): it scores the page's blocks and keeps the main content, leaving navigation,
//! headers, footers, sidebars, comment sections and scripts behind. Its content HTML is then
//! walked: `p`, `div`, `li`, `blockquote`, headings and other blocks become lines, `br` a line
//! break, `h1`–`h6` lines start with `# `, `li` lines with `- `; links keep their text; images,
//! scripts, styles, forms and `nav` menus are dropped. When readability finds no article (a short
//! or unusual page), the whole `<body>` is walked instead, also without `aside` and `footer`.
//!
//! Pages nested deeper than [`MAX_NESTING`] elements (no real article page comes close; hostile
//! ones make tree building and readability slow or overflow the stack) are not parsed into a
//! tree: their tags are stripped by [`strip_tags`] instead, with a warning.
//!
//! Hints come from the page: title, byline, site name (→ outlet), published time (→ ISO date),
//! and the address (`<link rel="canonical">`, else `og:url`, else JSON-LD `url`).

use super::dates;
use super::walk::{self, Skip};
use crate::model::Metadata;
use dom_query::Document;
use dom_smoothie::{Config, Readability};

/// Deepest element nesting parsed into a tree (see the module docs).
pub const MAX_NESTING: usize = 1000;

/// Extracts the article of an HTML page as intermediate text, with the page's metadata and a
/// note when the page had to be read without a tree.
pub fn to_text(html: &str) -> (String, Metadata, Option<String>) {
    if nesting_exceeds(html, MAX_NESTING) {
        let note = format!(
            "elements nested more than {MAX_NESTING} deep: read without article extraction"
        );
        return (strip_tags(html), Metadata::default(), Some(note));
    }
    let page = Document::from(html);
    let address = canonical_url(&page);
    let mut hints = Metadata::default();
    let content = match Readability::with_document(page, None, Some(Config::default())) {
        Ok(mut reader) => {
            let article = reader.parse();
            let meta = reader.get_article_metadata(reader.parse_json_ld());
            hints.title = some(meta.title.as_str());
            hints.byline = meta.byline.as_deref().and_then(byline);
            hints.outlet = meta.site_name.as_deref().and_then(some);
            hints.date = meta.published_time.as_deref().and_then(dates::to_iso);
            hints.url = address.or_else(|| meta.url.as_deref().and_then(some));
            article.ok().map(|a| {
                if hints.title.is_none() {
                    hints.title = some(&a.title);
                }
                walk::to_lines(&Document::from(a.content.as_ref()), Skip::Content)
            })
        }
        Err(_) => None,
    };
    let text = match content {
        Some(text) if !text.trim().is_empty() => text,
        _ => walk::to_lines(&Document::from(html), Skip::Page),
    };
    (text, hints, None)
}

/// Elements that never hold others, or that the parser closes implicitly when a sibling opens
/// (so unclosed ones do not nest).
const NOT_NESTING: [&str; 22] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th",
];

/// Where the `</name` closing `script`/`style` starts in `rest`, matched without case.
fn find_close(rest: &str, name: &str) -> Option<usize> {
    rest.match_indices("</").map(|(i, _)| i).find(|&i| {
        rest.get(i + 2..i + 2 + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
    })
}

/// The tag at the start of `rest` (which starts with `<`): its lower-case name and whether it
/// closes; `None` for text such as `< 5` and for comments and declarations.
fn tag_at(rest: &str) -> Option<(String, bool)> {
    let body = rest.get(1..)?;
    let closing = body.starts_with('/');
    let body = if closing { body.get(1..)? } else { body };
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name = body
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_ascii_lowercase();
    Some((name, closing))
}

/// Bytes to skip from a `<` at the start of `rest`: a comment, a `script`/`style` element with
/// its contents, or one tag; `None` when `rest` does not start a tag.
fn skip_markup(rest: &str, tag: Option<&(String, bool)>) -> Option<usize> {
    if rest.starts_with("<!--") {
        return Some(rest.find("-->").map_or(rest.len(), |e| e + 3));
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        return Some(rest.find('>').map_or(rest.len(), |e| e + 1));
    }
    let (name, closing) = tag?;
    if !closing && (name == "script" || name == "style") {
        let end = find_close(rest, name).and_then(|e| {
            let after = e + 2 + name.len();
            rest.get(after..)?.find('>').map(|g| after + g + 1)
        });
        return Some(end.unwrap_or(rest.len()));
    }
    Some(rest.find('>').map_or(rest.len(), |e| e + 1))
}

/// True when elements in `html` nest deeper than `limit` (an over-estimate: stray closing tags
/// close nothing, unknown elements count).
pub fn nesting_exceeds(html: &str, limit: usize) -> bool {
    let mut open: Vec<String> = Vec::new();
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        rest = rest.get(lt..).unwrap_or("");
        let tag = tag_at(rest);
        let skip = skip_markup(rest, tag.as_ref()).unwrap_or(1);
        rest = rest.get(skip..).unwrap_or("");
        let Some((name, closing)) = tag else { continue };
        if NOT_NESTING.contains(&name.as_str()) {
            continue;
        }
        if closing {
            if counts.get(&name).copied().unwrap_or(0) == 0 {
                continue;
            }
            if let Some(pos) = open.iter().rposition(|n| *n == name) {
                for popped in open.drain(pos..) {
                    if let Some(c) = counts.get_mut(&popped) {
                        *c = c.saturating_sub(1);
                    }
                }
            }
        } else {
            *counts.entry(name.clone()).or_default() += 1;
            open.push(name);
            if open.len() > limit {
                return true;
            }
        }
    }
    false
}

/// Plain text of `html` without a tree: scripts, styles and comments dropped, block tags
/// becoming line breaks, other tags removed, entities decoded.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(rest.get(..lt).unwrap_or(""));
        rest = rest.get(lt..).unwrap_or("");
        let tag = tag_at(rest);
        match skip_markup(rest, tag.as_ref()) {
            Some(n) => {
                if tag.as_ref().is_some_and(|(name, _)| is_block_name(name)) {
                    out.push('\n');
                }
                rest = rest.get(n..).unwrap_or("");
            }
            None => {
                out.push('<');
                rest = rest.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    let decoded = html_escape::decode_html_entities(&out);
    let mut text = String::new();
    for line in decoded.lines() {
        let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !words.is_empty() {
            text.push_str(&words);
            text.push('\n');
        }
    }
    text
}

fn is_block_name(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "li"
            | "tr"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "section"
            | "article"
            | "blockquote"
            | "pre"
            | "table"
            | "ul"
            | "ol"
            | "hr"
            | "header"
            | "footer"
    )
}

fn some(s: &str) -> Option<String> {
    let s = crate::text::sanitize::for_display(s);
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// An author line without its leading "By".
fn byline(raw: &str) -> Option<String> {
    let s = some(raw)?;
    let rest = ["By ", "by ", "BY "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(&s);
    some(rest)
}

fn canonical_url(page: &Document) -> Option<String> {
    let canonical = page
        .select("link[rel=canonical]")
        .attr("href")
        .and_then(|h| some(&h));
    canonical.or_else(|| {
        page.select("meta[property='og:url']")
            .attr("content")
            .and_then(|h| some(&h))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Dam breach floods valley | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="By Jane Roe">
<meta property="article:published_time" content="2024-05-02T08:00:00Z">
<link rel="canonical" href="https://news.example.com/dam-breach">
<script>var tracking = "SCRIPT TEXT";</script>
<style>body { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Celebrity news item</a></li></ul></aside>
<article>
<h1>Dam breach floods valley</h1>
<p>A dam in the northern valley gave way on Tuesday night, flooding three villages and forcing
about 2,000 people from their homes, regional officials said on Wednesday.</p>
<p>Rescue teams worked through the night. &ldquo;We reached the last families at dawn,&rdquo; said
fire chief Ana Costa, adding that <a href="/costa">no one</a> was missing.</p>
<figure><img src="dam.jpg" alt="The broken dam"></figure>
<h2>Warnings ignored</h2>
<p>Engineers had warned in 2021 that the structure needed repairs costing <em>at least</em>
$4 million, according to documents seen by the newspaper.</p>
<ul><li>Three villages evacuated</li><li>Two bridges closed</li></ul>
<p>The regional government said an inquiry would begin next week.<br>Officials declined to
comment further on the cause of the breach, which is under investigation.</p>
</article>
<section id="comments" class="comments"><h3>Comments</h3><div class="comment">First! Great site.</div></section>
<footer>&copy; 2024 Example News. All rights reserved. <a href="/privacy">Privacy</a></footer>
<script>document.write("MORE SCRIPT")</script>
</body></html>"#;

    #[test]
    fn article_is_extracted_without_boilerplate() {
        let (text, _, note) = to_text(PAGE);
        assert_eq!(note, None);
        assert!(text.contains("A dam in the northern valley gave way on Tuesday night, flooding three villages and forcing about 2,000 people"), "{text}");
        assert!(text.contains("“We reached the last families at dawn,” said fire chief Ana Costa, adding that no one was missing."), "{text}");
        assert!(text.contains("\n# Warnings ignored\n"), "{text}");
        assert!(
            text.contains("\n- Three villages evacuated\n- Two bridges closed\n"),
            "{text}"
        );
        assert!(text.contains("at least $4 million"), "{text}");
        assert!(text.contains("next week.\nOfficials declined"), "{text}");
        for junk in [
            "SCRIPT",
            "Home",
            "Most read",
            "Celebrity",
            "First!",
            "rights reserved",
            "color: red",
            "broken dam",
        ] {
            assert!(!text.contains(junk), "{junk} in {text}");
        }
    }

    #[test]
    fn hints_come_from_the_page() {
        let (_, hints, _) = to_text(PAGE);
        assert_eq!(hints.outlet.as_deref(), Some("Example News"));
        assert_eq!(hints.byline.as_deref(), Some("Jane Roe"));
        assert_eq!(hints.date.as_deref(), Some("2024-05-02"));
        assert_eq!(
            hints.url.as_deref(),
            Some("https://news.example.com/dam-breach")
        );
        assert!(
            hints
                .title
                .as_deref()
                .is_some_and(|t| t.contains("Dam breach floods valley"))
        );
    }

    #[test]
    fn short_page_falls_back_to_body_text() {
        let (text, hints, _) = to_text(
            "<html><head><title>Note</title><script>x()</script></head><body><nav>Menu</nav><p>Only a short note.</p><p>Second line &amp; more.</p></body></html>",
        );
        assert_eq!(text, "Only a short note.\nSecond line & more.\n");
        assert_eq!(hints.title.as_deref(), Some("Note"));
    }

    #[test]
    fn hostile_nesting_is_read_without_a_tree() {
        let n = 50_000;
        let page = format!(
            "<html><body>{}<p>Deep &amp; hidden text.</p>{}<script>bad()</script></body></html>",
            "<div><b>".repeat(n),
            "</b></div>".repeat(n)
        );
        let (text, _, note) = to_text(&page);
        assert_eq!(text, "Deep & hidden text.\n");
        assert!(note.is_some_and(|n| n.contains("nested")));
        // Stray closing tags close nothing, so they cannot hide depth.
        assert!(nesting_exceeds(&"<span></i>".repeat(2000), 1000));
        assert_eq!(strip_tags("a < b<div>c</div><!-- x -->d"), "a < b\nc\nd\n");
        // Unclosed paragraphs and list items do not nest.
        assert!(!nesting_exceeds(&"<p>x<li>y<br>".repeat(5000), 1000));
    }

    #[test]
    fn malformed_html_does_not_panic() {
        for page in [
            "",
            "<",
            "<html",
            "<p>unclosed <b>bold <i>both</p>",
            "</div></div>text",
            "<table><tr><td>a<td>b</table>",
            "<!-- never closed",
            "<p>\u{0}</p>",
            "<svg><p>odd</svg>",
            "<a href='x'>only a link</a>",
        ] {
            let _ = to_text(page);
        }
    }
}
