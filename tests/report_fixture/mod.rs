//! A hand-built analysis for the report tests (tests/report_*.rs): three short articles about a mill fire with
//! hand-set support, matches, claims, atoms, a conflict, omissions, a quote variant and three
//! only-here fragments that state no claim (s2), so that report snapshots do not move when the
//! engine changes.

#![allow(dead_code)]

use factdiff::Analysis;
use factdiff::findings::{
    AlignmentRow, Atom, AtomKind, Claim, Conflict, ConflictKind, ConflictSide, Match, Mention,
    Omission, QuoteRendering, QuoteVariant, unmatched_findings,
};
use factdiff::model::{Article, Metadata, SentenceRef, Span};

/// `source.paragraph.sentence`, all 0-based.
pub fn r(source: usize, paragraph: usize, sentence: usize) -> SentenceRef {
    SentenceRef {
        source,
        paragraph,
        sentence,
    }
}

/// The span of the first `needle` inside sentence `at`.
pub fn span_in(a: &Analysis, at: SentenceRef, needle: &str) -> Span {
    let article = &a.articles[at.source];
    let sentence = article.paragraphs[at.paragraph].sentences[at.sentence].span;
    let offset = sentence.slice(&article.text).find(needle).expect(needle);
    Span::new(
        sentence.start + offset,
        sentence.start + offset + needle.len(),
    )
}

/// Makes the sentences of `members` one claim: support, matches and claim index on each.
fn link(a: &mut Analysis, members: &[SentenceRef], score: f32) {
    let claim = a.claims.len();
    let sources: Vec<usize> = members.iter().map(|m| m.source).collect();
    for m in members {
        let f = &mut a.sentences[m.source][m.paragraph][m.sentence];
        f.support = sources.clone();
        f.matches = members
            .iter()
            .filter(|o| o.source != m.source)
            .map(|o| Match {
                sentence: *o,
                score,
            })
            .collect();
        f.claim = Some(claim);
    }
    a.claims.push(Claim {
        sentences: members.to_vec(),
        sources,
    });
}

fn single(a: &mut Analysis, at: SentenceRef) {
    let claim = a.claims.len();
    a.sentences[at.source][at.paragraph][at.sentence].claim = Some(claim);
    a.claims.push(Claim {
        sentences: vec![at],
        sources: vec![at.source],
    });
}

fn atom(a: &mut Analysis, kind: AtomKind, text: &str, at: &[(SentenceRef, &str)]) {
    let mut sources: Vec<usize> = at.iter().map(|(r, _)| r.source).collect();
    sources.dedup();
    let mut variants: Vec<String> = at.iter().map(|(_, v)| (*v).to_owned()).collect();
    variants.sort();
    variants.dedup();
    let mentions = at
        .iter()
        .map(|(r, v)| Mention {
            sentence: *r,
            span: span_in(a, *r, v),
        })
        .collect();
    a.atoms.push(Atom {
        kind,
        text: text.into(),
        variants,
        sources,
        mentions,
    });
}

/// Three sources. s3's label and text carry Markdown and HTML metacharacters.
pub fn fixture() -> Analysis {
    let articles = vec![
        Article::from_sentences(
            "news/gazette.txt",
            "Harbour Gazette",
            Metadata {
                title: Some("Fire destroys Eastport mill".into()),
                outlet: Some("Harbour Gazette".into()),
                byline: Some("Jane Doe".into()),
                date: Some("2026-03-02".into()),
                url: None,
            },
            &[
                &[
                    "A fire destroyed the old mill in Eastport on Tuesday.",
                    "Nobody was hurt.",
                ],
                &[
                    "Fire chief Ana Ruiz said: \"We got there in eleven minutes.\"",
                    "The mill was built in 1887.",
                ],
            ],
        ),
        Article::from_sentences(
            "news/wire.html",
            "Coast Wire",
            Metadata {
                title: None,
                outlet: Some("Coast Wire".into()),
                byline: None,
                date: Some("2026-03-03".into()),
                url: Some("https://example.org/mill".into()),
            },
            &[
                &[
                    "A fire destroyed the old mill in Eastport on Wednesday.",
                    "Nobody was hurt.",
                ],
                &["\"We were there in eleven minutes,\" chief Ana Ruiz said."],
                // Fragments that state no claim: a heading, a lead-in, no content word.
                &["Background"],
                &["About the mill:", "That's it."],
            ],
        ),
        Article::from_sentences(
            "news/live|blog.md",
            "# Mill fire *live* | updates",
            Metadata {
                title: Some("# Mill fire *live* | updates".into()),
                ..Default::default()
            },
            &[&[
                "The old mill in Eastport burned down on Tuesday.",
                "Police said 3 < 5 and <b>nothing</b> was stolen [sic] | see _notes_.",
            ]],
        ),
    ];
    let mut a = Analysis {
        sentences: unmatched_findings(&articles),
        articles,
        ..Default::default()
    };
    link(&mut a, &[r(0, 0, 0), r(1, 0, 0), r(2, 0, 0)], 0.81);
    link(&mut a, &[r(0, 0, 1), r(1, 0, 1)], 1.0);
    link(&mut a, &[r(0, 1, 0), r(1, 1, 0)], 0.67);
    single(&mut a, r(0, 1, 1));
    single(&mut a, r(2, 0, 1));

    atom(
        &mut a,
        AtomKind::Place,
        "Eastport",
        &[
            (r(0, 0, 0), "Eastport"),
            (r(1, 0, 0), "Eastport"),
            (r(2, 0, 0), "Eastport"),
        ],
    );
    atom(
        &mut a,
        AtomKind::Date,
        "Tuesday",
        &[(r(0, 0, 0), "Tuesday"), (r(2, 0, 0), "Tuesday")],
    );
    atom(
        &mut a,
        AtomKind::Date,
        "Wednesday",
        &[(r(1, 0, 0), "Wednesday")],
    );
    atom(
        &mut a,
        AtomKind::Person,
        "Ana Ruiz",
        &[(r(0, 1, 0), "Ana Ruiz"), (r(1, 1, 0), "Ana Ruiz")],
    );
    atom(&mut a, AtomKind::Number, "1887", &[(r(0, 1, 1), "1887")]);
    atom(
        &mut a,
        AtomKind::Other,
        "<b>nothing</b>",
        &[(r(2, 0, 1), "<b>nothing</b>")],
    );

    let side = |a: &Analysis, at: SentenceRef, v: &str| ConflictSide {
        sentence: at,
        value: v.into(),
        span: span_in(a, at, v),
    };
    a.conflicts.push(Conflict {
        about: ConflictKind::Date,
        claim: Some(0),
        sides: vec![
            side(&a, r(0, 0, 0), "Tuesday"),
            side(&a, r(1, 0, 0), "Wednesday"),
            side(&a, r(2, 0, 0), "Tuesday"),
        ],
    });
    a.omissions.push(Omission {
        source: 2,
        claims: vec![1, 2],
    });
    let rendering = |a: &Analysis, at: SentenceRef, t: &str| QuoteRendering {
        sentence: at,
        text: t.into(),
        span: span_in(a, at, t),
    };
    a.quote_variants.push(QuoteVariant {
        renderings: vec![
            rendering(&a, r(0, 1, 0), "We got there in eleven minutes."),
            rendering(&a, r(1, 1, 0), "We were there in eleven minutes,"),
        ],
    });
    a.alignment = vec![
        AlignmentRow {
            paragraphs: vec![Some(0), Some(0), Some(0)],
            moved: vec![false, false, false],
        },
        AlignmentRow {
            paragraphs: vec![Some(1), Some(1), None],
            moved: vec![false, false, false],
        },
    ];
    a
}
