//! Tests of paragraph alignment with hand-built findings.

use super::*;
use crate::findings::{Match, unmatched_findings};

/// An article whose paragraphs hold the given sentences, labelled by its path.
fn article(path: &str, paragraphs: &[&[&str]]) -> Article {
    Article::from_sentences(path, path, Default::default(), paragraphs)
}

/// Articles with one sentence per paragraph, named by letters: `"ABC"` is three paragraphs.
fn articles(layouts: &[&str]) -> Vec<Article> {
    layouts
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let paras: Vec<Vec<String>> = l.chars().map(|c| vec![format!("{c}.")]).collect();
            let refs: Vec<Vec<&str>> = paras
                .iter()
                .map(|p| p.iter().map(String::as_str).collect())
                .collect();
            let slices: Vec<&[&str]> = refs.iter().map(Vec::as_slice).collect();
            article(&format!("s{i}"), &slices)
        })
        .collect()
}

fn sref(source: usize, paragraph: usize, sentence: usize) -> SentenceRef {
    SentenceRef {
        source,
        paragraph,
        sentence,
    }
}

/// Adds a match between two sentences, both ways.
fn link(f: &mut Findings, a: SentenceRef, b: SentenceRef) {
    for (x, y) in [(a, b), (b, a)] {
        if let Some(sf) = f
            .get_mut(x.source)
            .and_then(|p| p.get_mut(x.paragraph))
            .and_then(|s| s.get_mut(x.sentence))
        {
            sf.matches.push(Match {
                sentence: y,
                score: 1.0,
            });
        }
    }
}

/// Findings linking, between every pair of sources, paragraphs holding the same letter.
fn by_letter(articles: &[Article], layouts: &[&str]) -> Findings {
    let mut f = unmatched_findings(articles);
    for (s, ls) in layouts.iter().enumerate() {
        for (t, lt) in layouts.iter().enumerate().skip(s + 1) {
            for (p, c) in ls.chars().enumerate() {
                if c.is_ascii_lowercase() {
                    continue; // lower case: no counterpart anywhere
                }
                if let Some(q) = lt.chars().position(|d| d == c) {
                    link(&mut f, sref(s, p, 0), sref(t, q, 0));
                }
            }
        }
    }
    f
}

/// Every paragraph exactly once, each source in order, rows as wide as the source count.
fn assert_valid(articles: &[Article], rows: &[AlignmentRow]) {
    for row in rows {
        assert_eq!(row.paragraphs.len(), articles.len());
        assert_eq!(row.moved.len(), articles.len());
        assert!(row.paragraphs.iter().any(Option::is_some), "empty row");
    }
    for (s, a) in articles.iter().enumerate() {
        let seen: Vec<usize> = rows
            .iter()
            .filter_map(|r| r.paragraphs.get(s).copied().flatten())
            .collect();
        let want: Vec<usize> = (0..a.paragraphs.len()).collect();
        assert_eq!(seen, want, "source {s} out of order or incomplete");
    }
}

/// Rows as strings of letters per source (`-` for none, `*` after a moved paragraph).
fn show(layouts: &[&str], rows: &[AlignmentRow]) -> Vec<String> {
    rows.iter()
        .map(|r| {
            r.paragraphs
                .iter()
                .zip(&r.moved)
                .zip(layouts)
                .map(|((p, m), l)| {
                    let c = p.and_then(|p| l.chars().nth(p)).unwrap_or('-');
                    if *m { format!("{c}*") } else { c.to_string() }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn run(layouts: &[&str]) -> Vec<String> {
    let arts = articles(layouts);
    let f = by_letter(&arts, layouts);
    let rows = paragraphs(&arts, &f);
    assert_valid(&arts, &rows);
    show(layouts, &rows)
}

#[test]
fn identical_order() {
    assert_eq!(run(&["ABC", "ABC", "ABC"]), ["A A A", "B B B", "C C C"]);
}

#[test]
fn insertions_get_their_own_rows_in_place() {
    assert_eq!(run(&["ABC", "AxBC"]), ["A A", "- x", "B B", "C C"]);
    assert_eq!(run(&["AyC", "AxC"]), ["A A", "y -", "- x", "C C"]);
    assert_eq!(run(&["ABC", "xyABC"]), ["- x", "- y", "A A", "B B", "C C"]);
    assert_eq!(run(&["ABC", "ABCz"]), ["A A", "B B", "C C", "- z"]);
}

#[test]
fn moved_paragraph_is_marked_not_reordered() {
    assert_eq!(run(&["ABCD", "ACDB"]), ["A A", "B -", "C C", "D D", "- B*"]);
    // Against several sources the majority order wins.
    assert_eq!(
        run(&["ABCD", "ABCD", "DABC"]),
        ["- - D*", "A A A", "B B B", "C C C", "D D -"]
    );
}

#[test]
fn source_without_matches_keeps_its_order() {
    assert_eq!(
        run(&["AB", "xy", "AB"]),
        ["A - A", "B - B", "- x -", "- y -"]
    );
}

#[test]
fn single_source() {
    assert_eq!(run(&["ABC"]), ["A", "B", "C"]);
}

#[test]
fn seven_sources() {
    let layouts = ["ABCD", "ABCD", "ABxCD", "BCD", "ABDC", "ABCD", "AB"];
    let rows = run(&layouts);
    // s4 swaps C and D: keeping either is as heavy; the tie goes to the earlier row (C), so
    // D is the moved one, placed in s4's own order just before the C row.
    assert_eq!(
        rows,
        [
            "A A A - A A A",
            "B B B B B B B",
            "- - x - - - -",
            "- - - - D* - -",
            "C C C C C C -",
            "D D D D - D -",
        ]
    );
}

#[test]
fn no_sources_and_empty_findings() {
    assert!(paragraphs(&[], &Vec::new()).is_empty());
    let arts = articles(&["AB", "AB"]);
    let rows = paragraphs(&arts, &Vec::new());
    assert_valid(&arts, &rows);
}

#[test]
fn shared_claims_align_without_direct_matches() {
    let layouts = ["AB", "xAB"];
    let arts = articles(&layouts);
    let mut f = unmatched_findings(&arts);
    for (s, p) in [(0, 0), (1, 1)] {
        f[s][p][0].claim = Some(7);
    }
    for (s, p) in [(0, 1), (1, 2)] {
        f[s][p][0].claim = Some(3);
    }
    let rows = paragraphs(&arts, &f);
    assert_valid(&arts, &rows);
    assert_eq!(show(&layouts, &rows), ["- x", "A A", "B B"]);
}

#[test]
fn paragraph_split_in_two_is_not_moved() {
    // s1 splits s0's first paragraph (two sentences) into two paragraphs.
    let arts = vec![
        article("s0", &[&["One.", "Two."], &["Three."]]),
        article("s1", &[&["One."], &["Two."], &["Three."]]),
    ];
    let mut f = unmatched_findings(&arts);
    link(&mut f, sref(0, 0, 0), sref(1, 0, 0));
    link(&mut f, sref(0, 0, 1), sref(1, 1, 0));
    link(&mut f, sref(0, 1, 0), sref(1, 2, 0));
    let rows = paragraphs(&arts, &f);
    assert_valid(&arts, &rows);
    assert!(rows.iter().all(|r| r.moved.iter().all(|m| !m)), "{rows:?}");
    assert_eq!(rows.len(), 3);
}

#[test]
fn out_of_range_references_are_ignored() {
    let arts = articles(&["AB", "AB"]);
    let mut f = by_letter(&arts, &["AB", "AB"]);
    f[0][0][0].matches.push(Match {
        sentence: sref(9, 9, 9),
        score: 1.0,
    });
    f[1][1][0].matches.push(Match {
        sentence: sref(0, 5, 0),
        score: 1.0,
    });
    let rows = paragraphs(&arts, &f);
    assert_valid(&arts, &rows);
    assert_eq!(rows.len(), 2);
}

proptest::proptest! {
    #[test]
    fn any_links_give_a_valid_alignment(
        sizes in proptest::collection::vec(1usize..6, 1..6),
        links in proptest::collection::vec((0usize..6, 0usize..6, 0usize..6, 0usize..6), 0..30),
    ) {
        let layouts: Vec<String> = sizes.iter().map(|&k| "x".repeat(k)).collect();
        let refs: Vec<&str> = layouts.iter().map(String::as_str).collect();
        let arts = articles(&refs);
        let mut f = unmatched_findings(&arts);
        for (s, p, t, q) in links {
            let (s, t) = (s % sizes.len(), t % sizes.len());
            if s != t {
                link(&mut f, sref(s, p % sizes[s], 0), sref(t, q % sizes[t], 0));
            }
        }
        let rows = paragraphs(&arts, &f);
        assert_valid(&arts, &rows);
        proptest::prop_assert_eq!(rows, paragraphs(&arts, &f));
    }
}
