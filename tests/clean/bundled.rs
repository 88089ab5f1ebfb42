//! Cleaning on the five bundled articles, through the same path the application uses
//! (`ingest::bundled::inputs` then `factdiff::prepare`).

use factdiff::{Article, ingest, prepare};

fn bundled() -> Vec<Article> {
    ingest::bundled::inputs()
        .iter()
        .map(|input| prepare(input).unwrap_or_else(|e| panic!("{}: {e}", input.path)))
        .collect()
}

fn article(articles: &[Article], prefix: &str) -> Article {
    articles
        .iter()
        .find(|a| a.path.starts_with(&format!("bundled:{prefix}")))
        .cloned()
        .unwrap_or_else(|| panic!("no bundled article {prefix}"))
}

#[test]
fn no_boilerplate_survives_as_article_text() {
    let articles = bundled();
    assert_eq!(articles.len(), 5);
    for a in &articles {
        let lower = a.text.to_lowercase();
        for leftover in [
            "leave a reply",
            "email address will not be published",
            "required fields",
            "recommended stories",
            "zelensky touts",
            "related article",
            "original url",
            "themoscowtimes.com",
            "kremlin.ru",
            "http",
            "date 2025",
            "by afp",
            "](",
            "**",
            "# ",
        ] {
            assert!(!lower.contains(leftover), "{}: {leftover:?} left", a.path);
        }
        if let Some(title) = &a.meta.title {
            assert!(
                !a.text.contains(title.as_str()),
                "{}: title in the text",
                a.path
            );
        }
        for p in &a.paragraphs {
            assert!(
                !p.span.slice(&a.text).contains('\n'),
                "{}: paragraph spans lines",
                a.path
            );
        }
    }
}

#[test]
fn removed_pieces_have_reasons() {
    let articles = bundled();
    let reasons = |prefix: &str| -> Vec<String> {
        article(&articles, prefix)
            .removed
            .iter()
            .map(|r| r.reason.to_string())
            .collect()
    };
    assert_eq!(
        reasons("001"),
        ["title", "repeated title", "comment form", "comment form"]
    );
    assert_eq!(
        reasons("002"),
        [
            "related stories",
            "related stories",
            "related stories",
            "related stories",
            "inserted headline"
        ]
    );
    assert_eq!(reasons("003"), ["date line"]);
    assert_eq!(
        reasons("004"),
        [
            "title",
            "byline",
            "date line",
            "caption",
            "related link",
            "url",
            "url"
        ]
    );
    // The first article is story text from start to end.
    assert!(reasons("000").is_empty());
}

#[test]
fn broken_quote_paragraph_is_joined() {
    let a = article(&bundled(), "004");
    let joined = "Kim, in turn, pledged that North Korea would \"fully support all measures to be taken by the Russian leadership in the future.\"";
    let para = a
        .paragraphs
        .iter()
        .map(|p| p.span.slice(&a.text))
        .find(|p| p.starts_with("Kim, in turn"))
        .unwrap_or_default();
    assert_eq!(para, joined);
    assert_eq!(a.paragraphs.len(), 12);
}

#[test]
fn rubio_sentence_is_one_sentence() {
    let a = article(&bundled(), "003");
    let sentence = a
        .sentences()
        .map(|(p, s, _)| a.sentence_text(p, s))
        .find(|s| s.starts_with("U.S. Secretary of State Marco Rubio held talks"))
        .unwrap_or_default();
    assert!(sentence.contains("Sergei Lavrov"), "{sentence:?}");
    assert!(sentence.ends_with('.'), "{sentence:?}");
}

#[test]
fn metadata() {
    let articles = bundled();
    let m3 = article(&articles, "003").meta;
    assert_eq!(m3.date.as_deref(), Some("2025-08-13"));
    let m4 = article(&articles, "004").meta;
    assert_eq!(m4.date.as_deref(), Some("2025-08-13"));
    assert_eq!(
        m4.url.as_deref(),
        Some(
            "https://www.themoscowtimes.com/2025/08/13/vladimir-putin-and-kim-jong-un-vow-to-strengthen-ties-ahead-of-alaska-summit-a90187"
        )
    );
    assert_eq!(m4.outlet.as_deref(), Some("AFP"));
    assert_eq!(m4.byline.as_deref(), Some("AFP"));
    assert_eq!(
        m4.title.as_deref(),
        Some("Vladimir Putin and Kim Jong Un Vow to Strengthen Ties Ahead of Alaska Summit")
    );
    let m1 = article(&articles, "001").meta;
    assert_eq!(
        m1.title.as_deref(),
        Some("Kim Jong-un pledges full support for Russia in call with Putin before Alaska summit")
    );
    // No metadata line, no metadata: a date inside a story sentence is not a publication date.
    let m0 = article(&articles, "000").meta;
    assert_eq!(m0, Default::default());
    for a in &articles {
        assert!(a.label.chars().count() <= 32, "{}", a.label);
    }
}
