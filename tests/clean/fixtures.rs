//! Cleaning on articles in shapes other than the bundled ones: text converted from HTML, a
//! Markdown post, a CRLF file, hard-wrapped plain text, a wire story. Each fixture is read the
//! way the command line reads it.

use factdiff::clean::{self, Cleaned};
use factdiff::ingest::{self, Limits};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/clean");

fn clean_fixture(name: &str) -> Cleaned {
    let path = format!("{FIXTURES}/{name}");
    let loaded = ingest::load(std::slice::from_ref(&path), &Limits::default())
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    let input = loaded
        .inputs
        .first()
        .unwrap_or_else(|| panic!("{path}: no input"));
    clean::clean(input)
}

fn reasons(c: &Cleaned) -> Vec<&str> {
    c.removed.iter().map(|r| r.reason.as_str()).collect()
}

/// Every paragraph is one line of story prose: no markup, no URL, no boilerplate left.
fn assert_clean_prose(c: &Cleaned) {
    for p in &c.paragraphs {
        assert!(!p.contains('\n') && !p.contains('\r'), "{p:?}");
        for leftover in [
            "](",
            "**",
            "http",
            "# ",
            "Photo",
            "Getty",
            "Advertisement",
            "Share this",
        ] {
            assert!(!p.contains(leftover), "{leftover:?} left in {p:?}");
        }
    }
}

#[test]
fn html_derived_page() {
    let c = clean_fixture("html_derived.txt");
    assert_clean_prose(&c);
    assert_eq!(c.paragraphs.len(), 5, "{:#?}", c.paragraphs);
    assert!(c.paragraphs[0].starts_with("More than 2,000 people were evacuated"));
    assert!(c.paragraphs[4].starts_with("Engineers will inspect"));
    assert_eq!(
        c.meta.title.as_deref(),
        Some("Dam failure forces evacuation of three villages in northern Portugal")
    );
    assert_eq!(
        c.meta.byline.as_deref(),
        Some("Ana Ribeiro and Tomás Lopes")
    );
    assert_eq!(c.meta.date.as_deref(), Some("2024-03-04"));
    let r = reasons(&c);
    for expected in [
        "navigation",
        "title",
        "byline",
        "date line",
        "share prompt",
        "caption",
        "advertisement",
        "related stories",
        "inserted headline",
        "newsletter prompt",
        "tags",
        "copyright",
    ] {
        assert!(r.contains(&expected), "no {expected:?} in {r:?}");
    }
}

#[test]
fn markdown_post() {
    let c = clean_fixture("markdown_post.md");
    assert_clean_prose(&c);
    assert_eq!(c.paragraphs.len(), 4, "{:#?}", c.paragraphs);
    assert!(c.paragraphs[0].contains("the Icelandic Met Office said."));
    assert!(c.paragraphs[1].contains("the nearby Blue Lagoon spa"));
    assert!(c.paragraphs[2].starts_with("\"This is the most powerful eruption"));
    assert_eq!(c.meta.byline.as_deref(), Some("Jón Sigurðsson"));
    assert_eq!(c.meta.date.as_deref(), Some("2024-05-29"));
    assert!(
        c.meta
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Volcano on Iceland"))
    );
    let r = reasons(&c);
    // The image line itself may already be dropped by the Markdown converter; the caption
    // paragraph under it is cleaning's to remove.
    assert!(r.contains(&"caption"), "{r:?}");
    assert!(
        c.paragraphs
            .iter()
            .all(|p| !p.contains("Lava flows towards"))
    );
    assert!(
        r.contains(&"related link")
            && r.contains(&"related stories")
            && r.contains(&"share prompt")
    );
}

#[test]
fn crlf_file() {
    let c = clean_fixture("crlf.txt");
    assert_clean_prose(&c);
    assert_eq!(c.paragraphs.len(), 4, "{:#?}", c.paragraphs);
    assert!(c.paragraphs[0].starts_with("Thousands of teachers walked out"));
    assert_eq!(
        c.meta.title.as_deref(),
        Some("Teachers strike closes schools across Chile")
    );
    assert_eq!(c.meta.byline.as_deref(), Some("Carla Muñoz"));
    assert_eq!(
        reasons(&c),
        vec![
            "title",
            "byline",
            "dateline",
            "share prompt",
            "comment form"
        ]
    );
}

#[test]
fn hard_wrapped_text() {
    let c = clean_fixture("hard_wrapped.txt");
    assert_clean_prose(&c);
    assert_eq!(c.paragraphs.len(), 4, "{:#?}", c.paragraphs);
    assert!(c.paragraphs[0].starts_with("Greek authorities ordered"));
    assert!(c.paragraphs[0].ends_with("the fire service said."));
    assert!(c.paragraphs[1].contains("near the village of Varnavas, about 35 kilometres"));
    assert!(c.paragraphs[3].ends_with("until Monday evening."));
    assert_eq!(
        reasons(&c),
        vec![
            "title",
            "caption",
            "related stories",
            "related stories",
            "related stories"
        ]
    );
}

#[test]
fn wire_story() {
    let c = clean_fixture("wire_reuters.txt");
    assert_clean_prose(&c);
    assert_eq!(c.meta.outlet.as_deref(), Some("Reuters"));
    assert_eq!(c.paragraphs.len(), 4, "{:#?}", c.paragraphs);
    assert!(c.paragraphs[0].starts_with("The Bank of Japan kept interest rates unchanged"));
    assert!(
        c.paragraphs
            .iter()
            .any(|p| p.contains("polled by Reuters last week."))
    );
    assert_eq!(
        reasons(&c),
        vec!["title", "dateline", "related link", "byline"]
    );
    let label = clean::meta::label(&c.meta, "wire_reuters.txt", "");
    assert_eq!(label, "Reuters");
}
