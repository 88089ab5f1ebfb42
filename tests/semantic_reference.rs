//! The semantic stage against the reference implementation (`assets/embed/make_table.py`, run
//! with the model's own tokenizer): the word-piece ids of about eighty sentences
//! (`tests/fixtures/embed/wordpiece_ids.tsv`) and the cosines of sentence pairs computed from the
//! same table (`tests/fixtures/embed/cosines.tsv`). The fixtures are written by the script, not
//! by this code, so a drift in tokenization or summation fails here.

use factdiff::engine::matching::semantic::{self, wordpiece};

const IDS: &str = include_str!("fixtures/embed/wordpiece_ids.tsv");
const COSINES: &str = include_str!("fixtures/embed/cosines.tsv");

#[test]
fn word_piece_ids_match_the_reference_tokenizer() {
    let mut checked = 0;
    let mut wrong = Vec::new();
    for line in IDS.lines().filter(|l| !l.trim().is_empty()) {
        let Some((text, ids)) = line.split_once('\t') else {
            panic!("bad fixture line {line:?}");
        };
        let want: Vec<u32> = ids
            .split_whitespace()
            .map(|x| x.parse().expect("an id"))
            .collect();
        let got = wordpiece::token_ids(text);
        if got != want {
            wrong.push(format!("{text:?}\n  want {want:?}\n  got  {got:?}"));
        }
        checked += 1;
    }
    assert!(checked >= 50, "only {checked} fixture lines");
    assert!(
        wrong.is_empty(),
        "{} of {checked} differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn sentence_cosines_match_the_reference_computation() {
    let mut checked = 0;
    for line in COSINES.lines().filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [a, b, want, _transformer] = fields.as_slice() else {
            panic!("bad fixture line {line:?}");
        };
        let want: f32 = want.parse().expect("a cosine");
        let got = semantic::cosine(&semantic::embed(a), &semantic::embed(b));
        assert!(
            (got - want).abs() < 2e-4,
            "{a:?} / {b:?}: want {want}, got {got}"
        );
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} fixture lines");
}

#[test]
fn hostile_sentences_give_finite_vectors() {
    let long = "word ".repeat(200_000);
    for text in [
        "",
        "\u{0}\u{1b}[31m",
        "🙂🙂",
        "ＡＢＣ",
        &long,
        "x\u{301}\u{301}\u{301}",
    ] {
        let e = semantic::embed(text);
        assert!(e.as_slice().iter().all(|x| x.is_finite()), "{text:?}");
        let c = semantic::cosine(&e, &semantic::embed("A sentence."));
        assert!(c.is_finite() && (-1.0..=1.0).contains(&c));
    }
}
