//! Reports rendered from a hand-built analysis and from the bundled five: snapshots of every
//! format, section selection, colours, caps (`limit`), widths, and the rules the reports keep
//! (summary first, each sentence once, fragments not listed).

mod common;
mod report_fixture;

use factdiff::findings::is_fragment;
use factdiff::report::{self, Format, Options, Section, summary};
use unicode_width::UnicodeWidthStr;

fn opts(sections: &[Section], color: bool) -> Options {
    Options {
        sections: sections.to_vec(),
        color,
        ..Options::default()
    }
}

fn bundled() -> factdiff::Analysis {
    factdiff::compare(&factdiff::ingest::bundled::inputs())
        .expect("bundled compare")
        .0
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
fn html_report_snapshot() {
    let a = report_fixture::fixture();
    insta::assert_snapshot!(report::render(&a, Format::Html, &Options::default()));
}

#[test]
fn json_document_snapshot() {
    let a = report_fixture::fixture();
    insta::assert_snapshot!(report::render(&a, Format::Json, &Options::default()));
}

/// The bundled five in every format. These move when matching changes (accept with
/// `cargo insta review` after checking the diff reads right).
#[test]
fn bundled_reports_snapshots() {
    let a = bundled();
    insta::assert_snapshot!(
        "bundled_text",
        report::render(&a, Format::Text, &Options::default())
    );
    insta::assert_snapshot!(
        "bundled_markdown",
        report::render(&a, Format::Markdown, &Options::default())
    );
    insta::assert_snapshot!(
        "bundled_html",
        report::render(&a, Format::Html, &Options::default())
    );
    insta::assert_snapshot!(
        "bundled_json",
        report::render(&a, Format::Json, &Options::default())
    );
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
    assert_eq!(confirmed, vec![(3, 4), (3, 6), (1, 2)]);
    // Only-here claims (fragments left out), omissions and conflicts per source.
    let counts: Vec<(usize, usize, usize)> = s
        .sources
        .iter()
        .map(|l| (l.only_here, l.omissions, l.conflicts))
        .collect();
    assert_eq!(counts, vec![(1, 0, 1), (0, 0, 1), (1, 2, 1)]);
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
    // s1's only-here sentence carries its own number; s2's only-here sentences are fragments.
    let r = report_fixture::r;
    assert_eq!(s.unique[0].sentences, vec![r(0, 1, 1)]);
    assert_eq!(s.unique[0].claims.len(), 1);
    assert_eq!(s.unique[0].claims[0].atoms[0].text, "1887");
    assert_eq!(
        s.unique[1].sentences,
        vec![r(1, 2, 0), r(1, 3, 0), r(1, 3, 1)]
    );
    assert!(s.unique[1].claims.is_empty());
    assert_eq!(s.unique[1].fragments(), 3);
    // Wednesday is s2's alone, inside a sentence others share.
    let in_shared: Vec<&str> = s.unique[1]
        .in_shared
        .iter()
        .map(|x| x.text.as_str())
        .collect();
    assert_eq!(in_shared, vec!["Wednesday"]);
    assert_eq!(s.unique[2].claims[0].atoms[0].text, "<b>nothing</b>");
    assert_eq!(s.omissions.len(), 1);
    assert_eq!(s.omissions[0].claims[0].carried_by, vec![0, 1]);
    // The overview: the one conflict, and the only-here claims with atoms of their own.
    assert_eq!(s.overview.conflicts, vec![0]);
    assert_eq!(s.overview.notable, vec![(r(0, 1, 1), 1), (r(2, 0, 1), 1)]);
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
fn fragments_are_counted_not_listed() {
    let a = report_fixture::fixture();
    for f in [Format::Text, Format::Markdown, Format::Html] {
        let out = report::render(&a, f, &Options::default());
        for fragment in [
            "Background",
            "About the mill:",
            "That's it.",
            "That&#39;s it.",
        ] {
            assert!(
                !out.split("id=\"texts\"")
                    .next()
                    .unwrap_or("")
                    .contains(fragment),
                "{f:?} lists the fragment {fragment:?}"
            );
        }
        assert!(
            out.contains("3 fragments without a claim not listed"),
            "{f:?}"
        );
    }
    // The page still shows them where they are, in the side-by-side texts.
    let html = report::render(&a, Format::Html, &Options::default());
    assert!(html.contains(">About the mill:</span>"));
}

#[test]
fn summary_comes_first_in_every_format() {
    let a = report_fixture::fixture();
    let first_section = |out: &str, marks: &[&str]| -> usize {
        marks
            .iter()
            .filter_map(|m| out.find(m))
            .min()
            .expect("a section")
    };
    let text = report::render(&a, Format::Text, &Options::default());
    let summary_at = text.find("\nSUMMARY\n").expect("summary");
    assert_eq!(
        first_section(
            &text,
            &[
                "\nSUMMARY",
                "\nCOVERAGE",
                "\nONLY IN",
                "\nCONFLICTS",
                "\nSOURCES"
            ]
        ),
        summary_at
    );
    let md = report::render(&a, Format::Markdown, &Options::default());
    assert_eq!(
        md.find("\n## ").expect("a section"),
        md.find("\n## Summary").expect("summary")
    );
    // Summary lines: one per source with its counts, then the top conflict and the notable claims.
    let summary_text = &text[summary_at..text.find("\nCOVERAGE").expect("coverage")];
    assert!(summary_text.contains("Top conflicts:"));
    assert!(summary_text.contains("Tuesday (s1, s3) / Wednesday (s2)"));
    assert!(summary_text.contains("Notable, only in one source:"));
    assert!(summary_text.contains("s1.p2.2"));
    for i in 1..=3 {
        assert!(
            summary_text.contains(&format!("\n  s{i}  ")),
            "no line for s{i}"
        );
    }
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
        "SUMMARY",
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

/// Terminal columns of a report line (colour sequences are not on screen).
fn columns(line: &str) -> usize {
    UnicodeWidthStr::width(&*factdiff::text::sanitize::clean_text(line))
}

#[test]
fn text_lines_fit_the_width_with_hanging_indents() {
    for a in [report_fixture::fixture(), bundled()] {
        for width in [40, 61, 80, 100, 137] {
            for color in [false, true] {
                let o = Options {
                    width,
                    color,
                    ..Options::default()
                };
                let text = report::render(&a, Format::Text, &o);
                for line in text.lines() {
                    assert!(columns(line) <= width, "{width}: {line:?}");
                }
                // Narrow or wide, every listed only-here sentence is there in full.
                if !color {
                    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    for u in summary::summarize(&a).unique {
                        for k in u.claims.iter().take(o.limit) {
                            let sentence =
                                factdiff::text::sanitize::for_display(a.sentence_text(k.sentence));
                            let sentence =
                                sentence.split_whitespace().collect::<Vec<_>>().join(" ");
                            assert!(flat.contains(&sentence), "{width}: {sentence:?} cut");
                        }
                    }
                }
            }
        }
    }
    // A sentence wrapped under its id: the lines after the first start further in.
    let text = report::render(
        &bundled(),
        Format::Text,
        &Options {
            width: 60,
            ..Options::default()
        },
    );
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("    s1.p"))
        .expect("an only-here sentence of s1");
    let indent = |l: &str| l.len() - l.trim_start().len();
    assert!(
        indent(lines[at + 1]) > indent(lines[at]),
        "{:?}",
        &lines[at..at + 2]
    );
}

#[test]
fn limit_caps_every_list_and_counts_the_rest() {
    let a = bundled();
    let s = summary::summarize(&a);
    let capped = Options {
        limit: 1,
        width: 10_000,
        ..Options::default()
    };
    let all = Options {
        limit: 0,
        width: 10_000,
        ..Options::default()
    };
    let only = |t: &str| -> String {
        let from = t.find("\nONLY IN ONE SOURCE").expect("unique section");
        let to = t.find("\nCONFLICTS").expect("conflicts section");
        t[from..to].to_owned()
    };
    let text = report::render(&a, Format::Text, &capped);
    let full = report::render(&a, Format::Text, &all);
    let (unique_capped, unique_full) = (only(&text), only(&full));
    assert!(text.len() < full.len());
    assert!(!full.contains("more claims (--limit 0 shows all)"));
    for u in &s.unique {
        let ids_listed = u
            .claims
            .iter()
            .filter(|c| {
                unique_capped.contains(&format!(
                    "    {}  ",
                    factdiff::model::sentence_id(c.sentence)
                ))
            })
            .count();
        assert!(
            ids_listed <= 1,
            "s{}: {ids_listed} claims at limit 1",
            u.source + 1
        );
        if u.claims.len() > 1 {
            let rest = u.claims.len() - 1;
            let note = format!(
                "… and {rest} more {} (--limit 0 shows all).",
                if rest == 1 { "claim" } else { "claims" }
            );
            assert!(text.contains(&note), "missing {note}");
        }
        for c in &u.claims {
            let id = format!("    {}  ", factdiff::model::sentence_id(c.sentence));
            assert!(unique_full.contains(&id), "{id} not listed with --limit 0");
        }
    }
    let rows = s.matrix.rows.len();
    if rows > 2 {
        assert!(text.contains(&format!(
            "… and {} more claims carried by two or more",
            rows - 1
        )));
    }
    for o in &s.omissions {
        if o.claims.len() > 1 {
            let rest = o.claims.len() - 1;
            let note = format!(
                "… and {rest} more {}",
                if rest == 1 { "claim" } else { "claims" }
            );
            assert!(text.contains(&note), "missing {note}");
        }
        // Most widely carried first.
        let widths: Vec<usize> = o.claims.iter().map(|c| c.carried_by.len()).collect();
        assert!(widths.windows(2).all(|w| w[0] >= w[1]), "{widths:?}");
    }
    let md = report::render(&a, Format::Markdown, &capped);
    let html = report::render(&a, Format::Html, &capped);
    for out in [&md, &html] {
        assert!(out.contains("(--limit 0 shows all)"));
    }
}

/// Every sentence of the analysis appears at most once in the lists of findings: only-here
/// claims, conflicts and omissions, all entries shown.
fn each_sentence_once(a: &factdiff::Analysis, what: &str) {
    let o = Options {
        sections: vec![Section::Unique, Section::Conflicts, Section::Omissions],
        limit: 0,
        ..Options::default()
    };
    let md = report::render(a, Format::Markdown, &o);
    for source in 0..a.articles.len() {
        for r in summary::sentence_refs(a, source) {
            let text = factdiff::report::markdown::escape(a.sentence_text(r));
            if text.split_whitespace().count() < 4 {
                continue; // short sentences recur inside others
            }
            let n = md.matches(text.as_str()).count();
            assert!(n <= 1, "{what}: {r:?} {text:?} listed {n} times");
        }
    }
    // No fragment is listed as an only-here claim.
    for u in summary::summarize(a).unique {
        for c in &u.claims {
            assert!(
                !is_fragment(a, c.sentence),
                "{what}: fragment listed {:?}",
                c.sentence
            );
        }
    }
}

#[test]
fn every_sentence_is_listed_once() {
    each_sentence_once(&report_fixture::fixture(), "fixture");
    each_sentence_once(&bundled(), "bundled");
    let Some(dir) = common::data::shared_data("ecbplus-dev/3_ecb", "every_sentence_is_listed_once")
    else {
        return;
    };
    let paths = vec![dir.to_string_lossy().into_owned()];
    let loaded = factdiff::ingest::load(&paths, &factdiff::Limits::default()).expect("load 3_ecb");
    let (a, _) = factdiff::compare(&loaded.inputs).expect("compare 3_ecb");
    each_sentence_once(&a, "3_ecb");
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
    a.articles[0].path = "news/\u{1b}[31mred\u{7}.txt".into();
    for f in [Format::Text, Format::Markdown] {
        let out = report::render(&a, f, &Options::default());
        assert!(!out.contains('\u{1b}') && !out.contains('\u{9b}') && !out.contains('\u{7}'));
        assert!(out.contains("Evil Label"));
    }
}

#[test]
fn summary_invariants_on_the_bundled_articles() {
    let a = bundled();
    let s = summary::summarize(&a);
    assert_eq!(s.sources.len(), a.articles.len());
    for line in &s.sources {
        assert_eq!(line.sentences, a.articles[line.source].sentence_count());
        assert!(line.confirmed <= line.sentences);
        assert!(line.only_here <= line.sentences - line.confirmed);
    }
    for row in &s.matrix.rows {
        assert!(row.width() >= 2);
        assert_eq!(row.carried.len(), a.articles.len());
    }
    assert!(
        s.matrix
            .rows
            .windows(2)
            .all(|w| w[0].width() >= w[1].width())
    );
    assert_eq!(
        s.matrix.rows.len() + s.matrix.single_source + s.matrix.matched_elsewhere,
        a.claims.len()
    );
    for u in &s.unique {
        // A sentence is either confirmed by another source or only here.
        assert_eq!(
            u.sentences.len() + s.sources[u.source].confirmed,
            s.sources[u.source].sentences
        );
        assert_eq!(u.claims.len() + u.fragments(), u.sentences.len());
        // Each atom of the source's own listed once.
        let mut atoms: Vec<(&str, factdiff::model::SentenceRef)> = u
            .claims
            .iter()
            .flat_map(|c| c.atoms.iter())
            .chain(&u.in_shared)
            .map(|x| (x.text.as_str(), x.sentence))
            .collect();
        let n = atoms.len();
        atoms.sort();
        atoms.dedup_by_key(|x| x.0);
        assert_eq!(atoms.len(), n, "an atom listed twice");
    }
    for o in &s.omissions {
        for c in &o.claims {
            assert!(!c.carried_by.contains(&o.source));
        }
    }
    assert!(s.overview.conflicts.len() <= summary::OVERVIEW_CONFLICTS);
    assert!(s.overview.notable.len() <= summary::OVERVIEW_NOTABLE);
    let text = report::render(&a, Format::Text, &Options::default());
    let md = report::render(&a, Format::Markdown, &Options::default());
    for u in &s.unique {
        for c in u.claims.iter().take(report::DEFAULT_LIMIT) {
            let id = factdiff::model::sentence_id(c.sentence);
            assert!(text.contains(&id) && md.contains(&id), "{id} not listed");
        }
    }
}
