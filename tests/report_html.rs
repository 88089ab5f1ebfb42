//! The HTML report: everything from an article is escaped, the page is well formed and
//! self-contained, and (when Chromium is installed) a real browser renders it.

mod report_fixture;

use assert_cmd::Command;
use factdiff::report::{self, Format, Options};
use std::path::Path;

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "<img src=x onerror=alert(1)>";

/// The only elements the page writes.
const ALLOWED: [&str; 36] = [
    "!doctype", "html", "head", "meta", "title", "style", "body", "header", "main", "nav", "h1",
    "h2", "h3", "p", "span", "mark", "section", "details", "summary", "div", "i", "b", "br",
    "code", "a", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "strong", "em",
];

/// The fixture with script and image tags in every piece of text and metadata.
fn hostile() -> factdiff::Analysis {
    let mut a = report_fixture::fixture();
    let evil = format!("{SCRIPT}{IMG}\"' onmouseover=\"alert(2)");
    let article = factdiff::Article::from_sentences(
        &format!("news/{SCRIPT}{IMG}.txt"),
        &evil,
        factdiff::model::Metadata {
            title: Some(evil.clone()),
            outlet: Some(evil.clone()),
            byline: Some(evil.clone()),
            date: Some(evil.clone()),
            url: Some(format!("javascript:{SCRIPT}")),
        },
        &[&[
            "The old mill in Eastport burned down on Tuesday.",
            &format!("Police said {SCRIPT} and {IMG} were found."),
        ]],
    );
    a.articles[2] = article;
    a.atoms.last_mut().expect("atoms").text = IMG.into();
    a.conflicts[0].sides[2].value = IMG.into();
    a.quote_variants[0].renderings[1].text = SCRIPT.into();
    a
}

/// Open and close tags balance (void elements excepted); returns the tag names seen.
fn check_balanced(html: &str) -> Vec<String> {
    const VOID: [&str; 4] = ["meta", "br", "img", "!doctype"];
    // Only the page's own markup counts: skip the style sheet's text.
    let mut stack: Vec<String> = Vec::new();
    let mut seen = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let close = after.find('>').expect("unclosed tag");
        let tag = &after[..close];
        rest = &after[close + 1..];
        if tag.starts_with("style") {
            let end = rest.find("</style>").expect("style ends");
            rest = &rest[end..];
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect::<String>()
            .to_ascii_lowercase();
        seen.push(name.clone());
        if VOID.contains(&name.as_str()) {
            continue;
        }
        if tag.starts_with('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name.as_str()),
                "mismatched </{name}>"
            );
        } else {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    seen
}

#[test]
fn every_piece_of_article_text_and_metadata_is_escaped() {
    let html = report::render(&hostile(), Format::Html, &Options::default());
    assert!(!html.contains("<script"), "a script tag got through");
    assert!(!html.contains("<img"), "an img tag got through");
    assert!(!html.contains("onmouseover=\""), "an attribute got through");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&quot;&#39; onmouseover=&quot;alert(2)"));
    // Only the page's own elements appear.
    for tag in check_balanced(&html) {
        assert!(
            ALLOWED.contains(&tag.as_str()),
            "unexpected element <{tag}>"
        );
    }
}

#[test]
fn page_is_self_contained_and_printable() {
    let html = report::render(
        &report_fixture::fixture(),
        Format::Html,
        &Options::default(),
    );
    check_balanced(&html);
    // Addresses may be shown as text (a source's URL), never loaded or linked.
    for fetch in [
        "src=",
        "<link",
        "@import",
        "url(",
        "href=\"http",
        "href=\"//",
    ] {
        assert!(!html.contains(fetch), "page would fetch something: {fetch}");
    }
    assert!(html.contains("Content-Security-Policy"));
    assert!(html.contains("@media print"));
    // Sentences marked by support: only here, some, all; partial atoms and conflicts marked.
    assert!(html.contains("<span class=\"sent all conflict\" id=\"s1.p1.1\""));
    assert!(html.contains("<span class=\"sent some\" id=\"s1.p1.2\""));
    assert!(html.contains("<span class=\"sent only\" id=\"s1.p2.2\""));
    assert!(html.contains("<mark class=\"conflict\">Wednesday</mark>"));
    // Sources side by side: three heads, and the row where s3 has nothing is an empty cell.
    assert_eq!(html.matches("<div class=\"head\"").count(), 3);
    // s3 has nothing beside s1's and s2's second paragraphs, s1 and s3 nothing beside s2's
    // fragments (placed by no alignment row): empty cells.
    assert_eq!(html.matches("<div class=\"cell empty\">").count(), 3);
}

/// The first screen: the header with the table of contents, then the summary, before any other
/// section and long before the side-by-side columns; the summary holds one row per source
/// and a bounded number of other entries, whatever the number of sources.
fn check_first_screen(html: &str, sources: usize) {
    let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("no {needle}"));
    let toc = at("<nav class=\"toc\"");
    let summary = at("<section id=\"summary\">");
    let texts = at("<section id=\"texts\">");
    assert!(toc < summary, "contents after the summary");
    for other in [
        "matrix",
        "unique",
        "conflicts",
        "omissions",
        "quotes",
        "sources",
    ] {
        if let Some(p) = html.find(&format!("<section id=\"{other}\">")) {
            assert!(summary < p && p < texts, "{other} out of place");
            // Every other section is listed in the contents and collapsible.
            assert!(html[toc..summary].contains(&format!("href=\"#{other}\"")));
            assert!(html[p..].starts_with(&format!("<section id=\"{other}\">\n<details open>")));
        }
    }
    assert!(html[toc..summary].contains("href=\"#summary\""));
    assert!(html[toc..summary].contains("href=\"#texts\""));
    let end = summary + html[summary..].find("</section>").expect("summary ends");
    let part = &html[summary..end];
    assert_eq!(
        part.matches("<tr>").count(),
        sources + 1,
        "one row per source"
    );
    let entries = part.matches("<li").count();
    assert!(
        entries <= report::summary::OVERVIEW_CONFLICTS + 1 + report::summary::OVERVIEW_NOTABLE,
        "summary too long: {entries} entries"
    );
    // No script anywhere, collapsing is <details>; dark colours follow the system.
    assert!(!html.contains("<script"));
    assert!(html.contains("@media (prefers-color-scheme: dark)"));
}

#[test]
fn first_screen_holds_contents_and_summary() {
    let a = report_fixture::fixture();
    let html = report::render(&a, Format::Html, &Options::default());
    check_first_screen(&html, 3);
    let (bundled, _) =
        factdiff::compare(&factdiff::ingest::bundled::inputs()).expect("bundled compare");
    let html = report::render(&bundled, Format::Html, &Options::default());
    check_first_screen(&html, bundled.articles.len());
    // Every source gets a column whose head names label, outlet and date, with the path in
    // a tooltip, and the picker links to it.
    for i in 1..=bundled.articles.len() {
        assert!(
            html.contains(&format!("<a href=\"#s{i}\">")),
            "no picker link to s{i}"
        );
        assert!(html.contains(&format!("<div class=\"head\" id=\"s{i}\" title=\"bundled:")));
    }
}

#[test]
fn marks_are_calm_only_here_tinted() {
    let html = report::render(
        &report_fixture::fixture(),
        Format::Html,
        &Options::default(),
    );
    let css = &html[html.find("<style>").unwrap()..html.find("</style>").unwrap()];
    assert!(css.contains(".sent.only {"));
    assert!(
        !css.contains(".sent.some {") && !css.contains(".sent.all {"),
        "shared sentences styled"
    );
}

#[test]
fn column_heads_escape_the_path_tooltip() {
    let html = report::render(&hostile(), Format::Html, &Options::default());
    let head = html
        .split("<div class=\"head\" id=\"s3\"")
        .nth(1)
        .expect("s3 head");
    let tag = &head[..head.find('>').expect("tag ends")];
    assert_eq!(
        tag,
        " title=\"news/&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;.txt\""
    );
}

#[test]
fn hostile_paths_and_text_are_escaped_through_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A path that spells a script tag: folder "<script>alert(1)<" + file "script>.txt".
    let folder = dir.path().join("<script>alert(1)<");
    std::fs::create_dir(&folder).expect("mkdir");
    let evil = folder.join("script>.txt");
    std::fs::write(
        &evil,
        format!("{SCRIPT} Mill burns\n\nA fire destroyed the mill {IMG} on Tuesday, police said.\n\nNobody was hurt in the {SCRIPT} fire.\n"),
    )
    .expect("write");
    let plain = dir.path().join("plain.txt");
    std::fs::write(
        &plain,
        "A fire destroyed the old mill on Tuesday.\n\nNobody was hurt.\n",
    )
    .expect("write");
    let out = Command::cargo_bin("factdiff")
        .expect("binary")
        .args(["report", "--format", "html"])
        .arg(&evil)
        .arg(&plain)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = String::from_utf8(out.stdout).expect("utf-8");
    assert!(!html.contains("<script") && !html.contains("<img"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;.txt"),
        "path not shown escaped"
    );
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    check_balanced(&html);
}

/// Renders `html` in headless Chromium: a screenshot, and the DOM as the browser parsed it.
fn chromium(html_file: &Path, args: &[&str]) -> std::process::Output {
    let profile = tempfile::tempdir().expect("profile dir");
    std::process::Command::new("/usr/bin/chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", html_file.display()))
        .output()
        .expect("run chromium")
}

#[test]
fn renders_in_headless_chromium() {
    if !Path::new("/usr/bin/chromium").exists() {
        eprintln!("skipped: /usr/bin/chromium not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("report.html");
    std::fs::write(
        &page,
        report::render(&hostile(), Format::Html, &Options::default()),
    )
    .expect("write");
    // The DOM as parsed: no script or img element, and the tags are text.
    let dom = chromium(&page, &["--dump-dom"]);
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.contains("<section id=\"texts\">"),
        "page did not load: {dom}"
    );
    assert!(!dom.contains("<script") && !dom.contains("<img"));
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // A screenshot, kept when FACTDIFF_SCREENSHOT names where to put it.
    let shot = std::env::var_os("FACTDIFF_SCREENSHOT")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("report.png"));
    let _ = chromium(
        &page,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1400,1000",
        ],
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 10_000,
        "not a real screenshot"
    );
}

/// Text made of words, HTML and Markdown metacharacters, escape sequences and line breaks.
fn hostile_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        Just("the mill".to_owned()),
        Just("fire".to_owned()),
        Just("said".to_owned()),
        Just("Tuesday".to_owned()),
        Just("5,000".to_owned()),
        Just(".".to_owned()),
        Just("\n\n".to_owned()),
        Just("<script>".to_owned()),
        Just("</p>".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("&amp;".to_owned()),
        Just("\"'".to_owned()),
        Just("| # * _ ` [x](y) >".to_owned()),
        Just("\u{1b}[2J".to_owned()),
        Just("\u{202e}".to_owned()),
        Just("“quoted words”".to_owned()),
        "[a-zA-Z<>&|#]{1,8}",
    ];
    proptest::collection::vec(piece, 1..40).prop_map(|v: Vec<String>| v.join(" "))
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// Whatever the articles say, the page has only its own markup, text and Markdown carry no
    /// escape sequence, and nothing panics.
    #[test]
    fn reports_stay_inert_on_arbitrary_text(a in hostile_text(), b in hostile_text(), name in "[a-z<>&\"' ]{1,12}") {
        let inputs = vec![
            factdiff::Input { path: format!("{name}.txt"), format: factdiff::ingest::Format::Text, text: a, hints: Default::default() },
            factdiff::Input { path: "b.md".into(), format: factdiff::ingest::Format::Markdown, text: b, hints: Default::default() },
        ];
        let Ok((analysis, _)) = factdiff::compare(&inputs) else {
            return Ok(());
        };
        let html = report::render(&analysis, Format::Html, &Options::default());
        for tag in check_balanced(&html) {
            proptest::prop_assert!(ALLOWED.contains(&tag.as_str()), "unexpected element <{}>", tag);
        }
        for f in [Format::Text, Format::Markdown] {
            let out = report::render(&analysis, f, &Options::default());
            let inert = !out.contains('\u{1b}') && !out.contains('\u{202e}');
            proptest::prop_assert!(inert, "escape or bidi character in the report");
        }
        let json = report::render(&analysis, Format::Json, &Options::default());
        proptest::prop_assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
    }
}
