//! The side-by-side part of the HTML page, after the findings: one column per source (headed
//! by label, outlet and date, the path in a tooltip), rows from the paragraph alignment. Marks
//! are calm: sentences only one source has are tinted, the rest left plain; partial atoms are
//! underlined, conflicting values marked. With more than [`FEW`] sources the columns keep a
//! readable width in a pane that scrolls both ways under sticky headers, and a picker of
//! anchors jumps to any source's column.

use super::{escape, who};
use crate::findings::{Analysis, conflict_values, partial_mentions};
use crate::model::{self, Span};
use crate::report::summary::Summary;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// Most sources shown as plain columns that share the page width.
const FEW: usize = 4;

/// Inline marks inside sentences: partial atoms and conflicting values, by sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum MarkKind {
    Conflict,
    Partial,
}

fn marks(analysis: &Analysis) -> BTreeMap<model::SentenceRef, Vec<(Span, MarkKind)>> {
    let mut out: BTreeMap<model::SentenceRef, Vec<(Span, MarkKind)>> = BTreeMap::new();
    for (r, spans) in partial_mentions(analysis) {
        out.entry(r)
            .or_default()
            .extend(spans.into_iter().map(|s| (s, MarkKind::Partial)));
    }
    for (r, spans) in conflict_values(analysis) {
        out.entry(r)
            .or_default()
            .extend(spans.into_iter().map(|s| (s, MarkKind::Conflict)));
    }
    for v in out.values_mut() {
        // Earlier first; at the same start a conflict wins over a partial atom.
        v.sort_by_key(|(s, k)| (s.start, *k, std::cmp::Reverse(s.end)));
    }
    out
}

/// `text[span]` with the marks inside it wrapped; marks that overlap an earlier one, fall
/// outside the span or off character boundaries are left out.
fn marked_text(text: &str, span: Span, marks: &[(Span, MarkKind)]) -> String {
    let mut out = String::new();
    let mut pos = span.start;
    for (m, kind) in marks {
        if m.start < pos || m.end > span.end || m.is_empty() {
            continue;
        }
        let (Some(before), Some(inner)) = (text.get(pos..m.start), text.get(m.start..m.end)) else {
            continue;
        };
        out.push_str(&escape(before));
        let class = match kind {
            MarkKind::Conflict => "conflict",
            MarkKind::Partial => "partial",
        };
        let _ = write!(out, "<mark class=\"{class}\">{}</mark>", escape(inner));
        pos = m.end;
    }
    out.push_str(&escape(text.get(pos..span.end).unwrap_or("")));
    out
}

fn paragraph(
    out: &mut String,
    analysis: &Analysis,
    source: usize,
    index: usize,
    marks: &BTreeMap<model::SentenceRef, Vec<(Span, MarkKind)>>,
    conflicted: &BTreeMap<model::SentenceRef, Vec<Span>>,
) {
    let Some(article) = analysis.articles.get(source) else {
        return;
    };
    let Some(p) = article.paragraphs.get(index) else {
        return;
    };
    let _ = write!(out, "<p id=\"{}\">", model::paragraph_id(source, index));
    let mut pos = p.span.start;
    for (k, sent) in p.sentences.iter().enumerate() {
        let r = model::SentenceRef {
            source,
            paragraph: index,
            sentence: k,
        };
        if let Some(gap) = article.text.get(pos..sent.span.start) {
            out.push_str(&escape(gap));
        }
        let support = &analysis.findings(r).support;
        let width = crate::findings::carried(analysis, r);
        let stated_by: Vec<String> = support.iter().map(|&i| model::source_id(i)).collect();
        let _ = write!(
            out,
            "<span class=\"sent {}{}\" id=\"{}\" title=\"{} · stated by {} of {}{}\">{}</span>",
            crate::findings::support(analysis, r).as_str(),
            if conflicted.contains_key(&r) {
                " conflict"
            } else {
                ""
            },
            model::sentence_id(r),
            model::sentence_id(r),
            width,
            analysis.articles.len(),
            if stated_by.is_empty() {
                String::new()
            } else {
                format!(": {}", stated_by.join(", "))
            },
            marked_text(
                &article.text,
                sent.span,
                marks.get(&r).map(Vec::as_slice).unwrap_or(&[])
            )
        );
        pos = pos.max(sent.span.end);
    }
    if let Some(rest) = article.text.get(pos..p.span.end) {
        out.push_str(&escape(rest));
    }
    out.push_str("</p>");
}

/// One row of the side-by-side grid.
#[derive(Debug, Clone, PartialEq, Eq)]
struct GridRow {
    /// Paragraph indexes per source, in reading order.
    cells: Vec<Vec<usize>>,
    /// Per source: the paragraph sits out of order relative to its counterparts.
    moved: Vec<bool>,
    /// Only one source per alignment row: paragraphs without counterparts, packed together.
    lone: bool,
}

/// The grid rows: one per alignment row, except that consecutive rows holding a paragraph of a
/// single source are packed into one row (each source's cell keeps its paragraphs in order), so
/// many sources with little in common do not make a mostly empty staircase. Paragraphs no row
/// placed come last; a paragraph placed twice is shown once.
fn grid_rows(analysis: &Analysis) -> Vec<GridRow> {
    let n = analysis.articles.len();
    let count = |src: usize| analysis.articles.get(src).map_or(0, |a| a.paragraphs.len());
    let mut shown: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    let mut rows: Vec<GridRow> = Vec::new();
    let push = |rows: &mut Vec<GridRow>, cells: Vec<Vec<usize>>, moved: Vec<bool>| {
        let filled = cells.iter().filter(|c| !c.is_empty()).count();
        if filled == 0 {
            return;
        }
        if filled == 1
            && let Some(last) = rows.last_mut()
            && last.lone
        {
            for (dst, src) in last.cells.iter_mut().zip(cells) {
                dst.extend(src);
            }
            return;
        }
        let lone = filled == 1;
        let moved = if lone {
            vec![false; moved.len()]
        } else {
            moved
        };
        rows.push(GridRow { cells, moved, lone });
    };
    for row in &analysis.alignment {
        let mut cells = vec![Vec::new(); n];
        let mut moved = vec![false; n];
        for src in 0..n {
            let para = row
                .paragraphs
                .get(src)
                .copied()
                .flatten()
                .filter(|&p| p < count(src))
                .filter(|&p| shown.get_mut(src).is_some_and(|set| set.insert(p)));
            if let (Some(p), Some(cell), Some(m)) = (para, cells.get_mut(src), moved.get_mut(src)) {
                cell.push(p);
                *m = row.moved.get(src).copied().unwrap_or(false);
            }
        }
        push(&mut rows, cells, moved);
    }
    let rest: Vec<Vec<usize>> = (0..n)
        .map(|src| {
            (0..count(src))
                .filter(|p| !shown.get(src).is_some_and(|set| set.contains(p)))
                .collect()
        })
        .collect();
    if rest.iter().any(|r| !r.is_empty()) {
        rows.push(GridRow {
            lone: rest.iter().filter(|r| !r.is_empty()).count() == 1,
            cells: rest,
            moved: vec![false; n],
        });
    }
    rows
}

/// Links to each source's column: `s1 Label · s2 Label`.
pub(super) fn picker(out: &mut String, s: &Summary) {
    let links: Vec<String> = s
        .sources
        .iter()
        .map(|l| {
            format!(
                "<a href=\"#{}\">{}</a>",
                model::source_id(l.source),
                who(s, l.source)
            )
        })
        .collect();
    out.push_str(&links.join(" · "));
}

/// The sources side by side: one column per source, one grid row per alignment row (then the
/// paragraphs no row placed, in reading order).
pub(super) fn columns(out: &mut String, analysis: &Analysis, s: &Summary) {
    let n = analysis.articles.len();
    let marks = marks(analysis);
    let conflicted = conflict_values(analysis);
    out.push_str(
        "<section id=\"texts\">\n<details open>\n<summary><h2>Side by side</h2></summary>\n\
         <p class=\"legend\"><span class=\"sent only\">only in this source</span> \
         <span class=\"sent some\">in some or all sources (plain)</span> \
         <mark class=\"partial\">a name, number, date or quote only some sources have</mark> \
         <mark class=\"conflict\">conflicting value</mark></p>\n<nav class=\"picker\">Go to: ",
    );
    picker(out, s);
    out.push_str("</nav>\n");
    let (class, min) = if n > FEW {
        ("columns many", "18rem")
    } else {
        ("columns", "12rem")
    };
    let _ = writeln!(
        out,
        "<div class=\"{class}\" style=\"grid-template-columns: repeat({n}, minmax({min}, 1fr))\">"
    );
    for (i, a) in analysis.articles.iter().enumerate() {
        let mut meta: Vec<String> = Vec::new();
        for v in [&a.meta.outlet, &a.meta.date].into_iter().flatten() {
            if v != &a.label {
                meta.push(escape(v));
            }
        }
        let _ = writeln!(
            out,
            "<div class=\"head\" id=\"{}\" title=\"{}\"><h3>{}</h3><p class=\"meta\">{}</p></div>",
            model::source_id(i),
            escape(&a.path),
            who(s, i),
            meta.join(" · ")
        );
    }
    for row in grid_rows(analysis) {
        for (src, paras) in row.cells.iter().enumerate() {
            if paras.is_empty() {
                out.push_str("<div class=\"cell empty\"></div>\n");
                continue;
            }
            out.push_str(if row.lone {
                "<div class=\"cell lone\">"
            } else {
                "<div class=\"cell\">"
            });
            if row.moved.get(src).copied().unwrap_or(false) {
                out.push_str(
                    "<div class=\"moved-note\">↕ moved: in another place in the other sources</div>",
                );
            }
            for &p in paras {
                paragraph(out, analysis, src, p, &marks, &conflicted);
            }
            out.push_str("</div>\n");
        }
    }
    out.push_str("</div>\n</details>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_articles(paragraphs: [usize; 2]) -> Analysis {
        let article = |k: usize| crate::model::Article {
            path: String::new(),
            label: String::new(),
            meta: Default::default(),
            removed: Vec::new(),
            text: String::new(),
            paragraphs: (0..k)
                .map(|_| crate::model::Paragraph {
                    span: Span::new(0, 0),
                    sentences: Vec::new(),
                })
                .collect(),
        };
        Analysis {
            articles: vec![article(paragraphs[0]), article(paragraphs[1])],
            ..Default::default()
        }
    }

    fn row(p: [Option<usize>; 2]) -> crate::findings::AlignmentRow {
        crate::findings::AlignmentRow {
            paragraphs: p.to_vec(),
            moved: vec![true, false],
        }
    }

    #[test]
    fn grid_packs_runs_of_single_source_rows() {
        let mut a = two_articles([3, 3]);
        a.alignment = vec![
            row([Some(0), Some(0)]),
            row([Some(1), None]),
            row([None, Some(1)]),
            row([Some(2), None]),
            row([Some(2), Some(2)]), // s1.p3 again: shown once
        ];
        let rows = grid_rows(&a);
        let cells: Vec<(Vec<Vec<usize>>, bool)> =
            rows.iter().map(|r| (r.cells.clone(), r.lone)).collect();
        assert_eq!(
            cells,
            vec![
                (vec![vec![0], vec![0]], false),
                // s1.p3 was placed already, so the last row is s2's alone: packed too.
                (vec![vec![1, 2], vec![1, 2]], true),
            ]
        );
        assert_eq!(rows[0].moved, vec![true, false]);
        assert_eq!(rows[1].moved, vec![false, false]);
    }

    #[test]
    fn grid_places_every_paragraph_even_without_alignment() {
        let mut a = two_articles([2, 1]);
        a.alignment = vec![row([Some(7), None])]; // out of range: ignored
        let rows = grid_rows(&a);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].cells, vec![vec![0, 1], vec![0]]);
    }

    #[test]
    fn marks_skip_overlaps_and_bad_spans() {
        let text = "Fire on Tuesday in Eastport.";
        let span = Span::new(0, text.len());
        let marks = [
            (Span::new(8, 15), MarkKind::Conflict),
            (Span::new(10, 12), MarkKind::Partial),
            (Span::new(19, 27), MarkKind::Partial),
            (Span::new(20, 99), MarkKind::Partial),
        ];
        assert_eq!(
            marked_text(text, span, &marks),
            "Fire on <mark class=\"conflict\">Tuesday</mark> in <mark class=\"partial\">Eastport</mark>."
        );
    }
}
