//! Property tests: arbitrary bytes and arbitrary Unicode never panic the pipeline, every span lies
//! on character boundaries inside its text, and findings do not depend on input order.

use factdiff::ingest::{Format, Input, decode};
use factdiff::model::SentenceRef;
use factdiff::{Analysis, compare, prepare};
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::path::Path;

fn input(path: &str, text: String, format: Format) -> Input {
    Input {
        path: path.into(),
        format,
        text,
        hints: Default::default(),
    }
}

/// Text shaped like news: words from a small vocabulary (so sources overlap), names, numbers,
/// quotes, abbreviations, odd punctuation, Markdown, escape sequences and line breaks.
fn article_text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("the"),
        Just("said"),
        Just("President"),
        Just("Putin"),
        Just("Kim Jong-un"),
        Just("Kim Jong Un"),
        Just("U.S."),
        Just("Mr."),
        Just("5,000"),
        Just("5000"),
        Just("Tuesday"),
        Just("Wednesday"),
        Just("“full support”"),
        Just("\"all measures\""),
        Just("troops"),
        Just("summit"),
        Just("Alaska"),
        Just("in"),
        Just("on"),
        Just("not"),
        Just("é"),
        Just("日本"),
        Just("—"),
        Just("."),
        Just(","),
        Just("?"),
        Just("\n"),
        Just("\n\n"),
        Just("# "),
        Just("- "),
        Just("[link](http://x.y)"),
        Just("Leave a Reply"),
        Just("\u{202e}"),
        Just("\u{1b}[31m"),
        Just("\u{200b}"),
        Just("3.5"),
        Just("80th"),
    ];
    prop::collection::vec(word, 0..120).prop_map(|w| w.join(" "))
}

fn check_spans(analysis: &Analysis) {
    for a in &analysis.articles {
        for p in &a.paragraphs {
            assert!(p.span.end <= a.text.len(), "paragraph span out of text");
            assert!(a.text.is_char_boundary(p.span.start) && a.text.is_char_boundary(p.span.end));
            for s in &p.sentences {
                assert!(s.span.start >= p.span.start && s.span.end <= p.span.end);
                assert!(
                    a.text.is_char_boundary(s.span.start) && a.text.is_char_boundary(s.span.end)
                );
                assert!(!s.span.is_empty(), "empty sentence");
            }
        }
    }
    for atom in &analysis.atoms {
        for m in &atom.mentions {
            let text = &analysis.articles[m.sentence.source].text;
            assert!(m.span.end <= text.len());
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
    }
    for c in &analysis.conflicts {
        for s in &c.sides {
            let text = &analysis.articles[s.sentence.source].text;
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
    }
}

/// Findings in a form that does not depend on source order: every sentence named by its path
/// and position.
fn canonical(a: &Analysis) -> BTreeSet<String> {
    let name = |r: SentenceRef| {
        format!(
            "{}#{}.{}",
            a.articles[r.source].path, r.paragraph, r.sentence
        )
    };
    let mut out = BTreeSet::new();
    for (si, art) in a.articles.iter().enumerate() {
        for (p, s, _) in art.sentences() {
            let r = SentenceRef {
                source: si,
                paragraph: p,
                sentence: s,
            };
            let f = a.findings(r);
            let support: BTreeSet<_> = f.support.iter().map(|&k| &a.articles[k].path).collect();
            let matches: BTreeSet<_> = f.matches.iter().map(|m| name(m.sentence)).collect();
            out.insert(format!("S {} {:?} {:?}", name(r), support, matches));
        }
    }
    for c in &a.claims {
        let members: BTreeSet<_> = c.sentences.iter().map(|&r| name(r)).collect();
        out.insert(format!("C {members:?}"));
    }
    for atom in &a.atoms {
        let sources: BTreeSet<_> = atom.sources.iter().map(|&k| &a.articles[k].path).collect();
        out.insert(format!(
            "A {:?} {} {:?} {:?}",
            atom.kind, atom.text, atom.variants, sources
        ));
    }
    for c in &a.conflicts {
        let sides: BTreeSet<_> = c
            .sides
            .iter()
            .map(|s| format!("{}={}", name(s.sentence), s.value))
            .collect();
        out.insert(format!("X {} {sides:?}", c.about));
    }
    for q in &a.quote_variants {
        let r: BTreeSet<_> = q
            .renderings
            .iter()
            .map(|x| format!("{}={}", name(x.sentence), x.text))
            .collect();
        out.insert(format!("Q {r:?}"));
    }
    for o in &a.omissions {
        let claims: BTreeSet<_> = o
            .claims
            .iter()
            .map(|&c| {
                a.claims[c]
                    .sentences
                    .iter()
                    .map(|&r| name(r))
                    .collect::<BTreeSet<_>>()
            })
            .collect();
        out.insert(format!("O {} {claims:?}", a.articles[o.source].path));
    }
    out
}

fn inputs_from(texts: Vec<String>, ext: &str, format: Format) -> Vec<Input> {
    texts
        .into_iter()
        .enumerate()
        .filter_map(|(i, t)| {
            let path = format!("a{i}.{ext}");
            decode::decode(Path::new(&path), t.as_bytes())
                .ok()
                .map(|(t, _)| input(&path, t, format))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok((text, _)) = decode::decode(Path::new("x"), &bytes) {
            for format in [Format::Text, Format::Markdown, Format::Html] {
                let _ = prepare(&input("x", text.clone(), format));
            }
        }
    }

    #[test]
    fn arbitrary_unicode_keeps_spans_on_boundaries(text in any::<String>(), other in article_text()) {
        let inputs = inputs_from(vec![text, other], "txt", Format::Text);
        if let Ok((analysis, _)) = compare(&inputs) {
            check_spans(&analysis);
        }
    }

    #[test]
    fn findings_do_not_depend_on_input_order(
        texts in prop::collection::vec(article_text(), 2..5),
        rotate in 1usize..4,
    ) {
        let inputs = inputs_from(texts, "md", Format::Markdown);
        prop_assume!(inputs.len() >= 2);
        let mut shuffled = inputs.clone();
        shuffled.rotate_left(rotate % inputs.len());
        shuffled.reverse();
        match (compare(&inputs), compare(&shuffled)) {
            (Ok((a, _)), Ok((b, _))) => {
                check_spans(&a);
                prop_assert_eq!(canonical(&a), canonical(&b));
            }
            (Err(_), Err(_)) => {}
            (x, y) => prop_assert!(false, "one order failed: {:?} / {:?}", x.err(), y.err()),
        }
    }
}
