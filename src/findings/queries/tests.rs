//! Tests of the findings queries on a small hand-built analysis.

use super::*;
use crate::findings::{
    AlignmentRow, Claim, Conflict, ConflictKind, ConflictSide, Match, SentenceFindings,
    unmatched_findings,
};
use crate::model::{Article, Metadata};

fn r(source: usize, paragraph: usize, sentence: usize) -> SentenceRef {
    SentenceRef {
        source,
        paragraph,
        sentence,
    }
}

/// Three sources; s1.p1.1 matches s2.p1.1 and shares a claim with s3.p1.1.
fn three() -> Analysis {
    let a = |label: &str| {
        Article::from_sentences(
            label,
            label,
            Metadata::default(),
            &[&["One.", "Two."], &["Three."]],
        )
    };
    let articles = vec![a("a"), a("b"), a("c")];
    let mut sentences = unmatched_findings(&articles);
    sentences[0][0][0] = SentenceFindings {
        support: vec![0, 1, 2],
        matches: vec![Match {
            sentence: r(1, 0, 0),
            score: 0.9,
        }],
        claim: Some(0),
    };
    sentences[0][0][1].support = vec![0, 2];
    Analysis {
        articles,
        sentences,
        claims: vec![Claim {
            sentences: vec![r(0, 0, 0), r(1, 0, 1), r(2, 0, 0)],
            sources: vec![0, 1, 2],
        }],
        alignment: vec![
            AlignmentRow {
                paragraphs: vec![Some(0), Some(1), None],
                moved: vec![false; 3],
            },
            AlignmentRow {
                paragraphs: vec![Some(1), Some(0), Some(0)],
                moved: vec![false; 3],
            },
        ],
        ..Default::default()
    }
}

#[test]
fn support_class_one_rule_for_every_source_count() {
    assert_eq!(
        Support::classify(1, 1),
        Support::Only,
        "one source: only here"
    );
    assert_eq!(Support::classify(0, 1), Support::Only);
    assert_eq!(Support::classify(1, 3), Support::Only);
    assert_eq!(Support::classify(2, 3), Support::Some);
    assert_eq!(Support::classify(3, 3), Support::All);
    let a = three();
    assert_eq!(support(&a, r(0, 0, 0)), Support::All);
    assert_eq!(support(&a, r(0, 0, 1)), Support::Some);
    assert_eq!(support(&a, r(0, 1, 0)), Support::Only);
    assert_eq!(
        carried(&a, r(9, 0, 0)),
        1,
        "out of range counts its own source"
    );
    assert_eq!(Support::Only.as_str(), "only");
}

#[test]
fn counterpart_prefers_the_match_then_the_claim_never_the_own_source() {
    let a = three();
    assert_eq!(
        counterpart(&a, r(0, 0, 0), 1),
        Some(r(1, 0, 0)),
        "the match"
    );
    assert_eq!(
        counterpart(&a, r(0, 0, 0), 2),
        Some(r(2, 0, 0)),
        "the claim"
    );
    assert_eq!(counterpart(&a, r(0, 0, 0), 0), None, "own source");
    assert_eq!(counterpart(&a, r(0, 1, 0), 1), None, "no claim");
}

#[test]
fn aligned_paragraph_reads_the_row_of_the_sentence() {
    let a = three();
    assert_eq!(aligned_paragraph(&a, r(0, 0, 1), 1), Some(1));
    assert_eq!(aligned_paragraph(&a, r(0, 0, 1), 2), None);
    assert_eq!(aligned_paragraph(&a, r(2, 0, 0), 0), Some(1));
    assert_eq!(aligned_paragraph(&a, r(0, 5, 0), 1), None);
}

#[test]
fn confirmed_share_counts_sentences_others_state() {
    let a = three();
    assert_eq!(confirmed_share(&a, 0), (2, 3));
    assert_eq!(confirmed_share(&a, 1), (0, 3));
    assert_eq!(confirmed_share(&a, 7), (0, 0));
    assert_eq!(confirmed_percent(2, 3), Some(67));
    assert_eq!(confirmed_percent(1, 8), Some(13), "half rounds up");
    assert_eq!(confirmed_percent(0, 0), None);
    assert_eq!(claim_text(&a, 0), "One.");
    assert_eq!(claim_text(&a, 5), "");
}

#[test]
fn conflict_values_group_sides_by_sentence_without_repeats() {
    let mut a = three();
    let side = |sentence, start| ConflictSide {
        sentence,
        value: String::new(),
        span: Span::new(start, start + 3),
    };
    a.conflicts = vec![
        Conflict {
            about: ConflictKind::Date,
            claim: None,
            sides: vec![side(r(0, 0, 0), 0), side(r(1, 0, 0), 0)],
        },
        Conflict {
            about: ConflictKind::Number,
            claim: None,
            sides: vec![side(r(0, 0, 0), 0), side(r(2, 1, 0), 10)],
        },
    ];
    let v = conflict_values(&a);
    assert_eq!(v.len(), 3);
    assert_eq!(v[&r(0, 0, 0)], vec![Span::new(0, 3)]);
    assert_eq!(v[&r(2, 1, 0)], vec![Span::new(10, 13)]);
}

#[test]
fn atom_kind_labels_are_the_json_values() {
    for kind in [
        AtomKind::Person,
        AtomKind::Organization,
        AtomKind::Place,
        AtomKind::Number,
        AtomKind::Date,
        AtomKind::Quote,
        AtomKind::Other,
    ] {
        let json = serde_json::to_value(kind).expect("kind serialises");
        assert_eq!(json.as_str(), Some(atom_kind_label(kind)), "{kind:?}");
    }
}

/// Every `.rs` file under `src/<dir>`, with its text.
fn sources_under(dir: &str) -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    let mut todo = vec![
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src")
            .join(dir),
    ];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).expect("source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source file");
                out.push((path, text));
            }
        }
    }
    assert!(!out.is_empty(), "no sources under src/{dir}");
    out
}

#[test]
fn front_ends_do_not_import_each_other() {
    for (front, other) in [("report", "tui"), ("tui", "report")] {
        for (path, text) in sources_under(front) {
            for needle in [format!("crate::{other}"), format!("super::{other}::")] {
                assert!(
                    !text.contains(&needle),
                    "{} uses `{needle}`: the front ends share only `findings`",
                    path.display()
                );
            }
        }
    }
}
