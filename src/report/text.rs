//! The plain-text report: the [`summary`](super::summary) laid out for a terminal or a pager.
//! Every piece of article text goes through [`for_display`]; ANSI colours only when
//! [`Options::color`] is set (the command line decides: a terminal, and `NO_COLOR` unset).

use super::Options;
use super::layout::{self, Sections, plural};
use super::summary::{self, Summary};
use crate::findings::Analysis;
use crate::findings::atom_kind_label;
use crate::model::{self, SentenceRef};
use crate::text::sanitize::for_display;
use crate::text::width::truncate;
use std::fmt::Write;
use unicode_width::UnicodeWidthStr;

/// Widest a label gets in aligned columns.
const LABEL_WIDTH: usize = 28;
/// Widest a claim's text gets in the coverage matrix.
const CLAIM_WIDTH: usize = 72;

/// ANSI styling that is a no-op when colours are off.
#[derive(Debug, Clone, Copy)]
struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.on {
            format!("\u{1b}[{code}m{s}\u{1b}[0m")
        } else {
            s.to_owned()
        }
    }
    fn heading(self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn dim(self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn good(self, s: &str) -> String {
        self.wrap("32", s)
    }
    fn warn(self, s: &str) -> String {
        self.wrap("33", s)
    }
    fn changed(self, s: &str) -> String {
        self.wrap("4;33", s)
    }
    fn bad(self, s: &str) -> String {
        self.wrap("1;31", s)
    }
}

/// Renders the text report.
pub fn render(analysis: &Analysis, options: &Options) -> String {
    let s = summary::summarize(analysis);
    let p = Paint { on: options.color };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        p.heading(&format!("factdiff report: {}", layout::counts(&s)))
    );
    layout::write_sections(&mut out, analysis, &s, options, &p);
    out
}

/// `s` padded with spaces to `width` terminal columns.
fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

fn label(s: &Summary, source: usize) -> String {
    truncate(&for_display(layout::label(s, source)), LABEL_WIDTH)
}

/// `s2 Label` padded so that the columns after it line up.
fn who(s: &Summary, source: usize, width: usize) -> String {
    pad(
        &format!("{} {}", model::source_id(source), label(s, source)),
        width,
    )
}

fn who_width(s: &Summary, sources: impl Iterator<Item = usize>) -> usize {
    sources
        .map(|i| {
            UnicodeWidthStr::width(format!("{} {}", model::source_id(i), label(s, i)).as_str())
        })
        .max()
        .unwrap_or(0)
}

fn sentence(analysis: &Analysis, r: SentenceRef) -> String {
    for_display(analysis.sentence_text(r)).into_owned()
}

impl Sections for Paint {
    const BEFORE_EACH: &'static str = "\n";

    fn sources(&self, out: &mut String, s: &Summary) {
        let _ = writeln!(out, "{}", self.heading("SOURCES"));
        let rows: Vec<[String; 6]> = s
            .sources
            .iter()
            .map(|l| {
                [
                    model::source_id(l.source),
                    label(s, l.source),
                    l.outlet
                        .as_deref()
                        .map(|o| truncate(&for_display(o), LABEL_WIDTH))
                        .unwrap_or_else(|| "-".into()),
                    l.date
                        .as_deref()
                        .map(|d| for_display(d).into_owned())
                        .unwrap_or_else(|| "-".into()),
                    l.sentences.to_string(),
                    layout::confirmed(l, "-"),
                ]
            })
            .collect();
        let header = [
            "id",
            "label",
            "outlet",
            "date",
            "sentences",
            "confirmed by others",
        ];
        let mut widths = header.map(UnicodeWidthStr::width);
        for row in &rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(UnicodeWidthStr::width(cell.as_str()));
            }
        }
        let line = |cells: [&str; 6]| {
            let mut l = String::from(" ");
            for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
                l.push(' ');
                if i == 4 {
                    // Numbers right-aligned.
                    l.push_str(&" ".repeat(w.saturating_sub(UnicodeWidthStr::width(*cell))));
                    l.push_str(cell);
                } else if i == 5 {
                    l.push_str(cell);
                } else {
                    l.push_str(&pad(cell, w));
                }
                l.push(' ');
            }
            l.trim_end().to_owned()
        };
        let _ = writeln!(out, "{}", self.dim(&line(header)));
        for row in &rows {
            let cells = [
                row[0].as_str(),
                row[1].as_str(),
                row[2].as_str(),
                row[3].as_str(),
                row[4].as_str(),
                row[5].as_str(),
            ];
            let _ = writeln!(out, "{}", line(cells));
        }
    }

    fn matrix(&self, out: &mut String, s: &Summary) {
        let _ = writeln!(
            out,
            "{}  {}",
            self.heading("COVERAGE"),
            self.dim("(● carries the claim, ○ does not)")
        );
        let m = &s.matrix;
        if m.rows.is_empty() {
            let _ = writeln!(out, "  No claim is carried by two or more sources.");
        } else {
            let col = s
                .sources
                .iter()
                .map(|l| model::source_id(l.source).len())
                .max()
                .unwrap_or(2)
                + 1;
            let mut header = String::from("  ");
            for l in &s.sources {
                header.push_str(&pad(&model::source_id(l.source), col));
            }
            header.push_str(" claim");
            let _ = writeln!(out, "{}", self.dim(&header));
            for row in &m.rows {
                let mut line = String::from("  ");
                for &c in &row.carried {
                    let cell = pad(if c { "●" } else { "○" }, col);
                    line.push_str(&if c { self.good(&cell) } else { self.dim(&cell) });
                }
                let _ = writeln!(
                    out,
                    "{line} {} {}",
                    self.dim(&pad(&format!("c{}", row.claim + 1), 4)),
                    truncate(&for_display(&row.text), CLAIM_WIDTH)
                );
            }
        }
        if let Some(note) = layout::more_shared_note(m) {
            let _ = writeln!(out, "  {note}");
        }
        if let Some(note) = layout::single_source_note(m, "ONLY IN ONE SOURCE") {
            let _ = writeln!(out, "  {note}");
        }
    }

    fn unique(&self, out: &mut String, analysis: &Analysis, s: &Summary) {
        let _ = writeln!(out, "{}", self.heading("ONLY IN ONE SOURCE"));
        for u in &s.unique {
            let _ = writeln!(out, "  {}", self.heading(&who(s, u.source, 0)));
            if u.sentences.is_empty() && u.atoms.is_empty() {
                let _ = writeln!(out, "    Nothing that no other source reports.");
                continue;
            }
            if !u.sentences.is_empty() {
                let _ = writeln!(out, "    claims:");
                for r in &u.sentences {
                    let _ = writeln!(
                        out,
                        "      {} {}",
                        self.dim(&model::sentence_id(*r)),
                        sentence(analysis, *r)
                    );
                }
            }
            if !u.atoms.is_empty() {
                let _ = writeln!(out, "    names, numbers, dates, quotations:");
                for a in &u.atoms {
                    let _ = writeln!(
                        out,
                        "      {} {} in {}: {}",
                        atom_kind_label(a.kind),
                        self.warn(&format!("\"{}\"", for_display(&a.text))),
                        self.dim(&model::sentence_id(a.sentence)),
                        sentence(analysis, a.sentence)
                    );
                }
            }
        }
    }

    fn conflicts(&self, out: &mut String, analysis: &Analysis, s: &Summary) {
        let _ = writeln!(out, "{}", self.heading("CONFLICTS"));
        if s.conflicts.is_empty() {
            let _ = writeln!(out, "  None found.");
            return;
        }
        for (i, c) in s.conflicts.iter().enumerate() {
            let claim = c
                .claim
                .map(|k| format!("  (claim c{})", k + 1))
                .unwrap_or_default();
            let _ = writeln!(out, "  {}. {}{}", i + 1, c.about.as_str(), self.dim(&claim));
            let width = who_width(s, c.sides.iter().map(|d| d.source));
            let value_width = c
                .sides
                .iter()
                .map(|d| UnicodeWidthStr::width(for_display(&d.value).as_ref()))
                .max()
                .unwrap_or(0);
            for side in &c.sides {
                let _ = writeln!(
                    out,
                    "     {}  {}  {}",
                    who(s, side.source, width),
                    self.bad(&pad(&for_display(&side.value), value_width)),
                    sentence(analysis, side.sentence)
                );
            }
        }
    }

    fn omissions(&self, out: &mut String, s: &Summary) {
        let _ = writeln!(out, "{}", self.heading("OMISSIONS"));
        if s.omissions.is_empty() {
            let _ = writeln!(
                out,
                "  No source lacks a claim that two or more others carry."
            );
            return;
        }
        for o in &s.omissions {
            let _ = writeln!(
                out,
                "  {} lacks {} {} that others carry:",
                self.heading(&who(s, o.source, 0)),
                o.claims.len(),
                plural(o.claims.len(), "claim", "claims")
            );
            for c in &o.claims {
                let _ = writeln!(
                    out,
                    "    {} {} {}",
                    self.dim(&format!("c{}", c.claim + 1)),
                    for_display(&c.text),
                    self.dim(&format!("(carried by {})", layout::carried_by(c)))
                );
            }
        }
    }

    fn quotes(&self, out: &mut String, s: &Summary) {
        let _ = writeln!(out, "{}", self.heading("QUOTE VARIANTS"));
        if s.quotes.is_empty() {
            let _ = writeln!(out, "  None found.");
            return;
        }
        for (i, renderings) in s.quotes.iter().enumerate() {
            let width = who_width(s, renderings.iter().map(|r| r.source));
            for (k, r) in renderings.iter().enumerate() {
                let number = if k == 0 {
                    format!("{}.", i + 1)
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "  {}{}  \"{}\"  {}",
                    pad(&number, 3),
                    who(s, r.source, width),
                    layout::marked_quote(r, |piece, changed| {
                        let piece = for_display(piece);
                        if changed {
                            self.changed(&piece)
                        } else {
                            piece.into_owned()
                        }
                    }),
                    self.dim(&model::sentence_id(r.sentence))
                );
                if !r.changes.is_empty() {
                    let described = layout::changes(r, |from, to| {
                        summary::describe_change(&for_display(from), &for_display(to))
                    });
                    let _ = writeln!(
                        out,
                        "     {}  {}",
                        pad("", width),
                        self.dim(&format!(
                            "differs from {}: {}",
                            renderings
                                .first()
                                .map(|f| model::source_id(f.source))
                                .unwrap_or_default(),
                            described
                        ))
                    );
                }
            }
        }
    }
}
