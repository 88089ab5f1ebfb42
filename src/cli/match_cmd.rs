//! The `match` command's formats: reading
//! `ID<TAB>SENTENCE_A<TAB>SENTENCE_B` lines, and a plain-text account of why two sentences do or
//! do not state the same claim. The verdict is the one the analysis uses
//! ([`blend::same_claim`]: meaning and words blended).

use crate::engine::matching::blend::{self, PairExplanation};
use crate::text::sanitize::for_display;
use std::fmt::Write;

/// A line of pair input that cannot be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("line {line}: {reason}")]
pub struct PairLineError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub reason: String,
}

/// One pair read from input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The pair's id (first column).
    pub id: String,
    /// First sentence.
    pub a: String,
    /// Second sentence.
    pub b: String,
}

/// Reads `ID<TAB>SENTENCE_A<TAB>SENTENCE_B` lines. Blank lines are skipped; a line with another
/// number of fields, or an empty id, is an error naming its line number.
pub fn parse_tsv(text: &str) -> Result<Vec<Pair>, PairLineError> {
    let mut out = Vec::new();
    for (k, raw) in text.trim_start_matches('\u{feff}').lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let err = |reason: String| PairLineError {
            line: k + 1,
            reason,
        };
        match fields.as_slice() {
            [id, a, b] if !id.trim().is_empty() => out.push(Pair {
                id: id.trim().to_owned(),
                a: (*a).to_owned(),
                b: (*b).to_owned(),
            }),
            [_, _, _] => return Err(err("empty id".to_owned())),
            other => {
                return Err(err(format!(
                    "expected 3 tab-separated fields (ID, SENTENCE_A, SENTENCE_B), found {}",
                    other.len()
                )));
            }
        }
    }
    Ok(out)
}

/// One output line for a pair: `ID<TAB>SCORE<TAB>SAME` (score with 4 decimals, SAME 1 or 0).
pub fn tsv_line(pair: &Pair) -> String {
    let score = blend::score(&pair.a, &pair.b);
    format!(
        "{}\t{score:.4}\t{}",
        for_display(&pair.id),
        u8::from(blend::same_claim(score))
    )
}

/// A plain-text account of an explanation (terminal-safe: every text is sanitised).
pub fn render(x: &PairExplanation) -> String {
    let mut out = String::new();
    let e = &x.lexical;
    let p = &e.parts;
    let _ = writeln!(
        out,
        "score: {:.4} (threshold {:.2}) = {:.2} x meaning {:.4} + {:.2} x lexical {:.4}{}",
        x.score,
        x.threshold,
        x.semantic_weight,
        x.meaning,
        1.0 - x.semantic_weight,
        p.score,
        if p.against < 1.0 {
            format!(" (meaning x {:.2}: evidence against)", p.against)
        } else {
            String::new()
        }
    );
    let _ = writeln!(
        out,
        "verdict: {}",
        if x.same_claim {
            "same claim"
        } else {
            "not the same claim"
        }
    );
    let _ = writeln!(
        out,
        "meaning: cosine {:.4} of the sentence vectors (rescaled {:.4})",
        x.cosine, x.meaning
    );
    let aligned: Vec<String> = x
        .aligned_words
        .iter()
        .map(|w| format!("{} ~ {} ({:.2})", w.a, w.b, w.cosine))
        .collect();
    let _ = writeln!(
        out,
        "aligned words: {}",
        if aligned.is_empty() {
            "-".to_owned()
        } else {
            for_display(&aligned.join(", ")).into_owned()
        }
    );
    let _ = writeln!(
        out,
        "lexical overlap: {:.4} (shared weight {:.2} of {:.2} / {:.2})",
        p.overlap, p.shared_weight, p.weight_a, p.weight_b
    );
    let _ = writeln!(
        out,
        "containment: {:.4}{}",
        p.contained,
        if p.by_containment {
            " (decides the score: the shorter sentence's words are in the longer one)"
        } else {
            ""
        }
    );
    let list = |v: &[String]| {
        if v.is_empty() {
            "-".to_owned()
        } else {
            for_display(&v.join(", ")).into_owned()
        }
    };
    for (label, v) in [
        ("shared words", &e.shared_words),
        ("only in A", &e.only_a_words),
        ("only in B", &e.only_b_words),
        ("shared names", &e.shared_names),
        ("names only in A", &e.only_a_names),
        ("names only in B", &e.only_b_names),
        ("shared numbers", &e.shared_numbers),
        ("numbers only in A", &e.only_a_numbers),
        ("numbers only in B", &e.only_b_numbers),
    ] {
        let _ = writeln!(out, "{label}: {}", list(v));
    }
    let mut evidence = Vec::new();
    if p.numbers_against && p.contrasting_numbers {
        evidence.push("contrasting numbers (against)");
    } else if p.numbers_against {
        evidence.push("a number only one side gives (against)");
    } else if p.extra_number || p.contrasting_numbers {
        evidence.push("numbers only the longer sentence gives (part of what it adds, not against)");
    }
    if p.negation_mismatch {
        evidence.push("negation on one side only (against)");
    }
    if p.shared_quote {
        evidence.push("shared quotation (for)");
    }
    let _ = writeln!(
        out,
        "other evidence: {}",
        if evidence.is_empty() {
            "-".to_owned()
        } else {
            evidence.join("; ")
        }
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pairs_and_names_bad_lines() {
        let ok = parse_tsv("\u{feff}p1\tA cat.\tA dog.\r\n\np2\tx\ty\n");
        assert_eq!(ok.map(|v| v.len()), Ok(2));
        let bad = parse_tsv("p1\ta\tb\np2\tonly two\n");
        assert_eq!(bad.map_err(|e| e.line), Err(2));
        let empty_id = parse_tsv("\ta\tb\n");
        assert!(empty_id.is_err_and(|e| e.to_string().contains("line 1")));
    }

    #[test]
    fn tsv_line_uses_the_analysis_verdict() {
        let pair = Pair {
            id: "x".into(),
            a: "Police arrested three men in Leeds on Tuesday.".into(),
            b: "Three men were arrested by police in Leeds on Tuesday.".into(),
        };
        let line = tsv_line(&pair);
        assert!(line.starts_with("x\t") && line.ends_with("\t1"), "{line}");
    }
}
