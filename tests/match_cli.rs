//! The `factdiff match` command: one pair explained, a TSV file of pairs scored, and clear
//! errors for bad lines.

use assert_cmd::Command;
use predicates::prelude::*;
use std::io::Write;

fn factdiff() -> Command {
    Command::cargo_bin("factdiff").unwrap_or_else(|e| panic!("binary: {e}"))
}

#[test]
fn explains_a_matching_pair() {
    factdiff()
        .args([
            "match",
            "Police arrested three men in Leeds on Tuesday after the shooting.",
            "Three men were arrested by police in Leeds on Tuesday following the shooting.",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("verdict: same claim"))
        .stdout(predicate::str::contains("Leeds"))
        .stdout(predicate::str::contains("shared numbers: 3"));
}

#[test]
fn explains_a_short_sentence_contained_in_a_longer_one() {
    factdiff()
        .args([
            "match",
            "It was carrying 5000 tonnes of grain.",
            "The 190-metre Northern Lark, carrying 5,000 tonnes of grain, hit the bridge at 21:40.",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("verdict: same claim"))
        .stdout(predicate::str::contains("(decides the score"))
        .stdout(predicate::str::contains("only the longer sentence gives"));
}

#[test]
fn explains_a_different_pair_with_contrasting_numbers() {
    factdiff()
        .args([
            "match",
            "The flood destroyed 200 homes in the valley.",
            "The festival drew 5,000 visitors to the valley.",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("verdict: not the same claim"))
        .stdout(predicate::str::contains("contrasting numbers"));
}

#[test]
fn scores_a_tsv_file() {
    let mut f = tempfile::NamedTempFile::new().unwrap_or_else(|e| panic!("{e}"));
    writeln!(
        f,
        "p1\tThe storm cut power to 40,000 homes.\tAbout 40000 homes lost power in the storm.\n\
         p2\tThe storm cut power to 40,000 homes.\tThe minister resigned on Friday."
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = factdiff()
        .args(["match", "--tsv"])
        .arg(f.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&out);
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(lines[0][0], "p1");
    assert_eq!(lines[0][2], "1", "{text}");
    assert_eq!(lines[1][2], "0", "{text}");
    let s1: f32 = lines[0][1].parse().unwrap_or(-1.0);
    let s2: f32 = lines[1][1].parse().unwrap_or(-1.0);
    assert!((0.0..=1.0).contains(&s1) && (0.0..=1.0).contains(&s2) && s1 > s2);
}

#[test]
fn bad_tsv_line_names_its_number() {
    let mut f = tempfile::NamedTempFile::new().unwrap_or_else(|e| panic!("{e}"));
    writeln!(f, "p1\ta\tb\np2 missing tabs").unwrap_or_else(|e| panic!("{e}"));
    factdiff()
        .args(["match", "--tsv"])
        .arg(f.path())
        .assert()
        .failure()
        .stderr(predicate::str::contains("line 2"));
}

#[test]
fn needs_two_sentences() {
    factdiff().args(["match", "only one"]).assert().failure();
}
