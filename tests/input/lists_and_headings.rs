//! Numbered lists and short headings of unrelated articles share no claim: a list marker stays
//! with its item and does not count in matching, and a heading ending in a colon matches
//! nothing. The same items in another order still match.

use factdiff::findings::Analysis;
use std::io::Write;

fn analyze(texts: &[&str]) -> Analysis {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let path = dir.path().join(format!("{i}.txt"));
            let mut f = std::fs::File::create(&path).expect("create");
            f.write_all(text.as_bytes()).expect("write");
            path.to_string_lossy().into_owned()
        })
        .collect();
    let loaded = factdiff::ingest::load(&paths, &factdiff::Limits::default()).expect("load");
    factdiff::compare(&loaded.inputs).expect("compare").0
}

/// Every claim carried by two or more sources, as the text of its sentences.
fn shared_claims(a: &Analysis) -> Vec<Vec<String>> {
    a.claims
        .iter()
        .filter(|c| c.sources.len() > 1)
        .map(|c| {
            c.sentences
                .iter()
                .map(|r| a.sentence_text(*r).to_owned())
                .collect()
        })
        .collect()
}

#[test]
fn unrelated_numbered_lists_share_no_claim() {
    let a = analyze(&[
        "Key points:\n\n1. Police arrested a man.\n2. The bank will reopen on Monday.\n",
        "Key points:\n\n1. The storm flooded three villages.\n2. Schools will stay closed until Friday.\n",
    ]);
    assert_eq!(shared_claims(&a), Vec::<Vec<String>>::new());
    assert!(a.conflicts.is_empty(), "{:?}", a.conflicts);
    // The marker is part of its item's sentence.
    let refs: Vec<_> = (0..a.articles.len())
        .flat_map(|s| factdiff::report::summary::sentence_refs(&a, s))
        .collect();
    let texts: Vec<&str> = refs.iter().map(|r| a.sentence_text(*r)).collect();
    assert!(texts.contains(&"1. Police arrested a man."), "{texts:?}");
    assert!(!texts.contains(&"1."), "{texts:?}");
    for r in refs {
        assert_eq!(a.findings(r).support.len(), 1, "{:?}", a.sentence_text(r));
    }
}

#[test]
fn the_same_items_in_another_order_still_match() {
    let a = analyze(&[
        "Key points:\n\n1. Police arrested a man.\n2. The bank will reopen on Monday.\n",
        "Key points:\n\n1. The bank will reopen on Monday.\n2. Police arrested a man.\n",
    ]);
    let mut shared = shared_claims(&a);
    shared.sort();
    assert_eq!(
        shared,
        vec![
            vec!["1. Police arrested a man.", "2. Police arrested a man."],
            vec![
                "2. The bank will reopen on Monday.",
                "1. The bank will reopen on Monday."
            ],
        ]
    );
}
