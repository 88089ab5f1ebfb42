//! Reports rendered from a hand-built analysis: snapshots of the text, Markdown and JSON
//! reports, section selection, colours, and what the summary computes.

mod report_fixture;

use factdiff::report::{self, Format, Options, Section, summary};

fn opts(sections: &[Section], color: bool) -> Options {
    Options {
        sections: sections.to_vec(),
        color,
    }
}

#[test]
fn text_report_snapshot() {
    let a = report_fixture::fixture();
    insta::assert_snapshot!(report::render(&a, Format::Text, &Options::default()));
}

#[test]
fn markdown_report_snapshot() {
    let a = report_fixture::fixture();
    insta::assert_snapshot!(report::render(&a, Format::Markdown, &Options::default()));
}

#[test]
fn json_document_snapshot() {
    let a = report_fixture::fixture();
    insta::assert_snapshot!(report::render(&a, Format::Json, &Options::default()));
}

#[test]
fn summary_finds_what_the_fixture_holds() {
    let a = report_fixture::fixture();
    let s = summary::summarize(&a);
    let confirmed: Vec<(usize, usize)> = s
        .sources
        .iter()
        .map(|l| (l.confirmed, l.sentences))
        .collect();
    assert_eq!(confirmed, vec![(3, 4), (3, 3), (1, 2)]);
    // Shared claims, widest first; the two single-source claims are only counted.
    let rows: Vec<(usize, Vec<bool>)> = s
        .matrix
        .rows
        .iter()
        .map(|r| (r.claim, r.carried.clone()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (0, vec![true, true, true]),
            (1, vec![true, true, false]),
            (2, vec![true, true, false])
        ]
    );
    assert_eq!(s.matrix.single_source, 2);
    assert_eq!(s.unique[0].sentences, vec![report_fixture::r(0, 1, 1)]);
    assert!(s.unique[1].sentences.is_empty());
    let unique_atoms: Vec<Vec<&str>> = s
        .unique
        .iter()
        .map(|u| u.atoms.iter().map(|x| x.text.as_str()).collect())
        .collect();
    assert_eq!(
        unique_atoms,
        vec![vec!["1887"], vec!["Wednesday"], vec!["<b>nothing</b>"]]
    );
    assert_eq!(s.omissions.len(), 1);
    assert_eq!(s.omissions[0].claims[0].carried_by, vec![0, 1]);
    // Partial: atoms some sources carry but not all (Eastport is in all three).
    let partial = factdiff::findings::partial_mentions(&a);
    let texts: Vec<&str> = partial
        .iter()
        .flat_map(|(r, spans)| spans.iter().map(|sp| sp.slice(&a.articles[r.source].text)))
        .collect();
    assert_eq!(
        texts,
        vec![
            "Tuesday",
            "Ana Ruiz",
            "1887",
            "Wednesday",
            "Ana Ruiz",
            "Tuesday",
            "<b>nothing</b>"
        ]
    );
}

#[test]
fn only_shows_the_selected_sections_in_report_order() {
    let a = report_fixture::fixture();
    let text = report::render(
        &a,
        Format::Text,
        &opts(&[Section::Omissions, Section::Conflicts], false),
    );
    assert!(text.contains("CONFLICTS") && text.contains("OMISSIONS"));
    assert!(text.find("CONFLICTS") < text.find("OMISSIONS"));
    for absent in [
        "SOURCES",
        "COVERAGE",
        "ONLY IN ONE SOURCE",
        "QUOTE VARIANTS",
    ] {
        assert!(!text.contains(absent), "{absent} shown:\n{text}");
    }
    let md = report::render(&a, Format::Markdown, &opts(&[Section::Matrix], false));
    assert!(md.contains("## Coverage"));
    assert_eq!(md.matches("\n## ").count(), 1, "{md}");
    let html = report::render(&a, Format::Html, &opts(&[Section::Quotes], false));
    assert!(html.contains("<section id=\"quotes\">"));
    assert!(!html.contains("<section id=\"conflicts\">"));
    // The side-by-side texts are the page itself: always there.
    assert!(html.contains("<section id=\"texts\">"));
}

#[test]
fn colour_only_when_asked_and_otherwise_identical() {
    let a = report_fixture::fixture();
    let plain = report::render(&a, Format::Text, &opts(&Section::ALL, false));
    let coloured = report::render(&a, Format::Text, &opts(&Section::ALL, true));
    assert!(!plain.contains('\u{1b}'));
    assert!(coloured.contains("\u{1b}[1m"));
    let stripped = factdiff::text::sanitize::clean_text(&coloured);
    assert_eq!(stripped, plain);
    for f in [Format::Markdown, Format::Html, Format::Json] {
        assert!(!report::render(&a, f, &opts(&Section::ALL, true)).contains('\u{1b}'));
    }
}

#[test]
fn markdown_cannot_be_restructured_by_article_text() {
    let a = report_fixture::fixture();
    let md = report::render(&a, Format::Markdown, &Options::default());
    // s3's label "# Mill fire *live* | updates" and its sentence with `<b>`, `|`, `[sic]`, `_`.
    assert!(md.contains("s3 \\# Mill fire \\*live\\* \\| updates"));
    assert!(
        md.contains("3 \\< 5 and \\<b\\>nothing\\</b\\> was stolen \\[sic\\] \\| see \\_notes\\_.")
    );
    assert!(!md.contains("<b>"));
    // Every table row has as many cells as its header.
    let mut cols = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let cells = line.replace("\\|", "").matches('|').count();
            if line.starts_with("|---") || cols.is_none() {
                cols = Some(cells);
            }
            assert_eq!(Some(cells), cols, "{line}");
        } else {
            cols = None;
        }
    }
}

#[test]
fn text_report_strips_escape_sequences_from_metadata() {
    let mut a = report_fixture::fixture();
    a.articles[0].label = "Evil\u{1b}]0;pwned\u{7} Label\u{1b}[2J".into();
    a.articles[0].meta.outlet = Some("Out\u{9b}31mlet".into());
    for f in [Format::Text, Format::Markdown] {
        let out = report::render(&a, f, &Options::default());
        assert!(!out.contains('\u{1b}') && !out.contains('\u{9b}') && !out.contains('\u{7}'));
        assert!(out.contains("Evil Label"));
    }
}

#[test]
fn summary_invariants_on_the_bundled_articles() {
    let (a, _) = factdiff::compare(&factdiff::ingest::bundled::inputs()).expect("bundled compare");
    let s = summary::summarize(&a);
    assert_eq!(s.sources.len(), a.articles.len());
    for line in &s.sources {
        assert_eq!(line.sentences, a.articles[line.source].sentence_count());
        assert!(line.confirmed <= line.sentences);
    }
    for row in &s.matrix.rows {
        assert!(row.carried.iter().filter(|c| **c).count() >= 2);
        assert_eq!(row.carried.len(), a.articles.len());
    }
    assert_eq!(
        s.matrix.rows.len()
            + s.matrix.more_shared
            + s.matrix.single_source
            + s.matrix.matched_elsewhere,
        a.claims.len()
    );
    for u in &s.unique {
        // A sentence is either confirmed by another source or only here.
        assert_eq!(
            u.sentences.len() + s.sources[u.source].confirmed,
            s.sources[u.source].sentences
        );
    }
    for o in &s.omissions {
        for c in &o.claims {
            assert!(!c.carried_by.contains(&o.source));
        }
    }
    let text = report::render(&a, Format::Text, &Options::default());
    let md = report::render(&a, Format::Markdown, &Options::default());
    for u in &s.unique {
        for r in &u.sentences {
            let id = factdiff::model::sentence_id(*r);
            assert!(text.contains(&id) && md.contains(&id), "{id} not listed");
        }
    }
}
