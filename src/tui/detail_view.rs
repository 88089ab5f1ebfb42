//! The detail pane (`Enter`): why the cursor sentence is marked as it is. Which sources carry
//! it; its counterpart in each other source with the pair's score and the explanation
//! `factdiff match` gives; every side of its conflicts (sentence, value, source, what the value
//! is); for each source without a counterpart, the nearest sentence there and why it fell
//! short. All of it asked of [`crate::findings::sentence_detail`]; built as lines when the pane
//! opens or the terminal resizes.

use super::overlay::{DetailState, TextView};
use super::theme::Theme;
use crate::engine::matching::blend::PairExplanation;
use crate::findings::{Analysis, SentenceDetail, sentence_detail};
use crate::model::{SentenceRef, source_id};
use crate::text::sanitize::for_display;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Most words of one list an explanation line shows.
const MAX_WORDS: usize = 8;

fn source_name(analysis: &Analysis, source: usize) -> String {
    let label = analysis
        .articles
        .get(source)
        .map(|a| for_display(&a.label).into_owned())
        .unwrap_or_default();
    format!("{} {label}", source + 1)
}

fn quoted(analysis: &Analysis, r: SentenceRef) -> String {
    format!("“{}”", for_display(analysis.sentence_text(r)))
}

fn words(list: &[String]) -> String {
    let mut shown: Vec<String> = list
        .iter()
        .take(MAX_WORDS)
        .map(|w| for_display(w).into_owned())
        .collect();
    if list.len() > MAX_WORDS {
        shown.push(format!("+{}", list.len() - MAX_WORDS));
    }
    shown.join(", ")
}

/// The explanation as indented lines: the score against the threshold, then what is shared and
/// what only one side has (`here` is the cursor sentence, `there` the other).
fn explanation(x: &PairExplanation, theme: &Theme, out: &mut Vec<Line<'static>>) {
    let e = &x.lexical;
    let p = &e.parts;
    let verdict = if x.same_claim {
        format!("score {:.2} ≥ {:.2}: the same claim", x.score, x.threshold)
    } else {
        format!(
            "score {:.2} < {:.2}: not the same claim",
            x.score, x.threshold
        )
    };
    let verdict = format!(
        "{verdict}; meaning {:.2} (cosine {:.2}), words {:.2}",
        x.meaning, x.cosine, p.score
    );
    let mut notes = Vec::new();
    if p.by_containment {
        notes.push("one sentence contains the other");
    }
    if p.numbers_against {
        notes.push("a number only one side gives counts against");
    }
    if p.negation_mismatch {
        notes.push("negated on one side only");
    }
    if p.shared_quote {
        notes.push("a shared quotation counts for");
    }
    let verdict = if notes.is_empty() {
        verdict
    } else {
        format!("{verdict} ({})", notes.join("; "))
    };
    out.push(Line::styled(format!("      {verdict}"), theme.dim));
    let shared: Vec<String> = e
        .shared_names
        .iter()
        .chain(&e.shared_numbers)
        .chain(&e.shared_words)
        .cloned()
        .collect();
    let here: Vec<String> = e
        .only_a_names
        .iter()
        .chain(&e.only_a_numbers)
        .chain(&e.only_a_words)
        .cloned()
        .collect();
    let there: Vec<String> = e
        .only_b_names
        .iter()
        .chain(&e.only_b_numbers)
        .chain(&e.only_b_words)
        .cloned()
        .collect();
    let aligned: Vec<String> = x
        .aligned_words
        .iter()
        .map(|w| format!("{} ~ {}", w.a, w.b))
        .collect();
    for (what, list) in [
        ("shared", &shared),
        ("close in meaning", &aligned),
        ("only here", &here),
        ("only there", &there),
    ] {
        if !list.is_empty() {
            out.push(Line::from(vec![
                Span::styled(format!("      {what}: "), theme.dim),
                Span::raw(words(list)),
            ]));
        }
    }
}

/// The pane's lines for `d`, the detail of one sentence.
pub fn lines(analysis: &Analysis, theme: &Theme, d: &SentenceDetail) -> Vec<Line<'static>> {
    let t = theme;
    let n = analysis.articles.len();
    let r = d.sentence;
    let mut out = vec![
        Line::from(vec![
            Span::styled(format!("{} · ", source_id(r.source)), t.dim),
            Span::styled(source_name(analysis, r.source), t.title),
        ]),
        Line::raw(format!("  {}", quoted(analysis, r))),
        Line::raw(""),
    ];
    let names: Vec<String> = d
        .support
        .iter()
        .map(|&s| source_name(analysis, s))
        .collect();
    out.push(Line::from(vec![
        Span::styled(format!("Said by {} of {n}: ", d.support.len()), t.title),
        Span::raw(names.join(" · ")),
    ]));
    if d.support.len() <= 1 && n > 1 {
        out.push(Line::styled("  only this source carries it", t.only));
    }
    if !d.counterparts.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled("Counterparts", t.title));
        for c in &d.counterparts {
            let linked = c
                .linked_score
                .map(|s| format!(" · linked at {s:.2}"))
                .unwrap_or_else(|| " · in the same claim".to_owned());
            out.push(Line::from(vec![
                Span::styled(
                    format!("  {}", source_name(analysis, c.sentence.source)),
                    t.some,
                ),
                Span::styled(linked, t.dim),
            ]));
            out.push(Line::raw(format!("    {}", quoted(analysis, c.sentence))));
            if c.carried != d.support.len() {
                out.push(Line::styled(
                    format!(
                        "      its own count is {} of {n}: sources are matched pair by pair, so \
                         a claim's members need not all match each other",
                        c.carried
                    ),
                    t.dim,
                ));
            }
            explanation(&c.explanation, t, &mut out);
        }
    }
    for &k in &d.conflicts {
        let Some(conflict) = analysis.conflicts.get(k) else {
            continue;
        };
        out.push(Line::raw(""));
        out.push(Line::styled(
            format!(
                "Conflict: the {} differs",
                for_display(conflict.about.as_str())
            ),
            t.conflict,
        ));
        for side in &conflict.sides {
            let mark: Style = if side.sentence == r { t.title } else { t.some };
            out.push(Line::from(vec![
                Span::styled(
                    format!("  {}", source_name(analysis, side.sentence.source)),
                    mark,
                ),
                Span::raw(": "),
                Span::styled(for_display(&side.value).into_owned(), t.conflict),
            ]));
            out.push(Line::raw(format!(
                "    {}",
                quoted(analysis, side.sentence)
            )));
        }
    }
    if !d.nearest.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(
            "No counterpart: the nearest sentence in each other source",
            t.title,
        ));
        for near in &d.nearest {
            out.push(Line::styled(
                format!("  {}", source_name(analysis, near.source)),
                t.some,
            ));
            match &near.nearest {
                Some((c, e)) => {
                    out.push(Line::raw(format!("    {}", quoted(analysis, *c))));
                    explanation(e, t, &mut out);
                }
                None => out.push(Line::styled("    no sentences", t.dim)),
            }
        }
    }
    out
}

/// The detail pane of sentence `r` over the screen body `body`, scrolled to `scroll`.
pub fn state(
    analysis: &Analysis,
    theme: &Theme,
    r: SentenceRef,
    body: Rect,
    scroll: usize,
) -> DetailState {
    let detail = sentence_detail(analysis, r);
    // Wrapped here, with hanging indents: a quoted sentence's lines stay under its first.
    let width = usize::from(super::overlay::inner(body).width);
    let lines = super::hanging::wrap_all(lines(analysis, theme, &detail), width, |l| {
        super::hanging::leading(l, 1)
    });
    DetailState {
        sentence: r,
        view: TextView::new(" Why this mark ".to_owned(), lines, body, scroll),
    }
}
