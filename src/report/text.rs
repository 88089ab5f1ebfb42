//! The plain-text report: the [`summary`](super::summary) laid out for a terminal or a pager,
//! every line fitted to [`Options::width`] columns (prose wrapped with hanging indents, table
//! cells shortened). Every piece of article text goes through [`for_display`]; ANSI colours
//! only when [`Options::color`] is set (the command line decides: a terminal, and `NO_COLOR`
//! unset).

use super::layout::{self, Ctx, Sections, plural};
use super::summary::{self, Summary};
use super::wrap::{self, wrap};
use super::{MIN_WIDTH, Options, Section};
use crate::findings::Analysis;
use crate::model::{self, SentenceRef};
use crate::text::sanitize::for_display;
use crate::text::width::truncate;
use std::fmt::Write;

/// Widest a label gets in aligned columns.
const LABEL_WIDTH: usize = 28;

/// ANSI styling that is a no-op when colours are off, and the width to fit.
#[derive(Debug, Clone, Copy)]
struct Paint {
    on: bool,
    width: usize,
}

impl Paint {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.on && !s.is_empty() {
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

    /// `text` wrapped to the width after `first`, later lines under `hang`.
    fn para(self, out: &mut String, first: &str, hang: &str, text: &str) {
        out.push_str(&wrap(text, self.width, first, hang));
    }

    /// `text` wrapped with the hanging indent at the column where it starts after `first`
    /// (or 6 columns in when that leaves less than half the width).
    fn hanging(self, out: &mut String, first: &str, text: &str) {
        let at = wrap::width(first);
        let hang = " ".repeat(if at * 2 <= self.width { at } else { 6 });
        self.para(out, first, &hang, text);
    }

    /// A section heading with an optional note after it.
    fn title(self, out: &mut String, section: Section, note: &str) {
        let head = self.heading(&layout::title(section).to_uppercase());
        if note.is_empty() {
            let _ = writeln!(out, "{head}");
        } else {
            self.para(out, &format!("{head}  "), "  ", &self.dim(note));
        }
    }
}

/// Renders the text report.
pub fn render(analysis: &Analysis, options: &Options) -> String {
    let s = summary::summarize(analysis);
    let p = Paint {
        on: options.color,
        width: options.width.max(MIN_WIDTH),
    };
    let c = Ctx {
        analysis,
        s: &s,
        o: options,
    };
    let mut out = String::new();
    p.para(
        &mut out,
        "",
        "  ",
        &p.heading(&format!("factdiff report: {}", layout::counts(&s))),
    );
    layout::write_sections(&mut out, &c, &p);
    // Every line within the width, whatever a table cell held.
    wrap::fit(&out, p.width)
}

/// `s` padded with spaces to `width` terminal columns.
fn pad(s: &str, width: usize) -> String {
    let w = wrap::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// `s` right-aligned in `width` columns.
fn pad_left(s: &str, width: usize) -> String {
    let w = wrap::width(s);
    format!("{}{s}", " ".repeat(width.saturating_sub(w)))
}

fn label(s: &Summary, source: usize) -> String {
    truncate(&for_display(layout::label(s, source)), LABEL_WIDTH)
}

/// `s2 Label`.
fn who(s: &Summary, source: usize) -> String {
    format!("{} {}", model::source_id(source), label(s, source))
}

fn sentence(c: &Ctx, r: SentenceRef) -> String {
    for_display(c.sentence(r)).into_owned()
}

/// The sentence id, dimmed.
fn sid(p: Paint, r: SentenceRef) -> String {
    p.dim(&model::sentence_id(r))
}

impl Paint {
    /// The per-source table of the summary, its label and outlet columns shortened to fit.
    fn source_table(self, out: &mut String, s: &Summary) {
        let header = [
            "id",
            "label",
            "outlet",
            "date",
            "sent.",
            "confirmed",
            "only",
            "lacks",
            "confl.",
        ];
        let rows: Vec<[String; 9]> = s
            .sources
            .iter()
            .map(|l| {
                [
                    model::source_id(l.source),
                    for_display(&l.label).into_owned(),
                    l.outlet
                        .as_deref()
                        .map(|o| for_display(o).into_owned())
                        .unwrap_or_else(|| "-".into()),
                    l.date
                        .as_deref()
                        .map(|d| for_display(d).into_owned())
                        .unwrap_or_else(|| "-".into()),
                    l.sentences.to_string(),
                    layout::confirmed(l, "-"),
                    l.only_here.to_string(),
                    l.omissions.to_string(),
                    l.conflicts.to_string(),
                ]
            })
            .collect();
        let mut widths = header.map(wrap::width);
        for row in &rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(wrap::width(cell));
            }
        }
        // Two columns of indent, two between cells; label and outlet share what is left.
        let fixed: usize = widths
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != 1 && *i != 2)
            .map(|(_, w)| w + 2)
            .sum::<usize>()
            + 2
            + 4;
        let room = self.width.saturating_sub(fixed);
        let outlet = widths[2].min(20).min(room / 3).max(6);
        let label = widths[1]
            .min(LABEL_WIDTH)
            .min(room.saturating_sub(outlet))
            .max(8);
        widths[1] = label;
        widths[2] = outlet;
        let line = |cells: [&str; 9]| {
            let mut l = String::from(" ");
            for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
                l.push(' ');
                let cell = truncate(cell, w);
                if i >= 4 && i != 5 {
                    l.push_str(&pad_left(&cell, w));
                } else {
                    l.push_str(&pad(&cell, w));
                }
                l.push(' ');
            }
            l.trim_end().to_owned()
        };
        let _ = writeln!(out, "{}", self.dim(&line(header)));
        for row in &rows {
            let cells: [&str; 9] = std::array::from_fn(|i| row[i].as_str());
            let _ = writeln!(out, "{}", line(cells));
        }
        self.para(
            out,
            "  ",
            "  ",
            &self.dim(
                "sent.: sentences · confirmed: stated by another source too · only: claims only \
                 it states · lacks: claims two or more others carry · confl.: conflicts it is in",
            ),
        );
    }
}

impl Sections for Paint {
    const BEFORE_EACH: &'static str = "\n";

    fn summary(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        self.title(out, Section::Summary, "");
        self.source_table(out, s);
        if !s.overview.conflicts.is_empty() {
            let _ = writeln!(out, "  {}", self.heading("Top conflicts:"));
            for &i in &s.overview.conflicts {
                let Some(conflict) = s.conflicts.get(i) else {
                    continue;
                };
                let line = format!(
                    "{}: {}  {}",
                    for_display(conflict.about.as_str()),
                    layout::conflict_line(conflict, |v| self.bad(&for_display(v))),
                    self.dim(&layout::claim_ref(conflict))
                );
                self.para(out, &format!("    {}. ", i + 1), "       ", &line);
            }
            let rest = s.conflicts.len() - s.overview.conflicts.len();
            if rest > 0 {
                let _ = writeln!(
                    out,
                    "    … and {rest} more {} under CONFLICTS.",
                    plural(rest, "conflict", "conflicts")
                );
            }
        }
        if !s.overview.notable.is_empty() {
            let _ = writeln!(out, "  {}", self.heading("Notable, only in one source:"));
            for &(r, facts) in &s.overview.notable {
                let first = format!("    {}  ", model::sentence_id(r));
                let tail = format!("  ({facts} {} of its own)", plural(facts, "fact", "facts"));
                let room = self
                    .width
                    .saturating_sub(wrap::width(&first) + wrap::width(&tail))
                    .max(10);
                let _ = writeln!(
                    out,
                    "    {}  {}{}",
                    sid(*self, r),
                    truncate(&sentence(c, r), room),
                    self.dim(&tail)
                );
            }
        }
    }

    fn sources(&self, out: &mut String, c: &Ctx) {
        self.title(out, Section::Sources, "");
        for (i, a) in c.analysis.articles.iter().enumerate() {
            let mut parts: Vec<String> = Vec::new();
            if let Some(t) = &a.meta.title
                && t != &a.label
            {
                parts.push(format!("“{}”", for_display(t)));
            }
            for v in [&a.meta.byline, &a.meta.url].into_iter().flatten() {
                parts.push(for_display(v).into_owned());
            }
            parts.push(for_display(&a.path).into_owned());
            let first = format!("  {}  ", self.heading(&who(c.s, i)));
            self.para(out, &first, "      ", &parts.join(" · "));
        }
    }

    fn matrix(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        self.title(
            out,
            Section::Matrix,
            "(● carries the claim, ○ does not; most widely carried first)",
        );
        let m = &s.matrix;
        let rows = c.matrix_rows();
        if rows.is_empty() {
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
            let id_width = format!("c{}", s.claims).len() + 1;
            let room = self
                .width
                .saturating_sub(2 + col * s.sources.len() + 1 + id_width + 1)
                .max(12);
            for row in rows {
                let mut line = String::from("  ");
                for &carried in &row.carried {
                    let cell = pad(if carried { "●" } else { "○" }, col);
                    line.push_str(&if carried {
                        self.good(&cell)
                    } else {
                        self.dim(&cell)
                    });
                }
                let _ = writeln!(
                    out,
                    "{line} {} {}",
                    self.dim(&pad(&format!("c{}", row.claim + 1), id_width)),
                    truncate(&for_display(&row.text), room)
                );
            }
        }
        let hidden = m.rows.len() - rows.len();
        if let Some(note) = layout::more(
            hidden,
            "claim carried by two or more sources",
            "claims carried by two or more sources",
        ) {
            self.para(out, "  ", "  ", &note);
        }
        if let Some(note) = layout::single_source_note(c, "ONLY IN ONE SOURCE") {
            self.para(out, "  ", "  ", &note);
        }
    }

    fn unique(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        self.title(
            out,
            Section::Unique,
            "(sentences no other source states, each once with the facts only it carries; \
             fragments that state no claim are left out)",
        );
        for u in &s.unique {
            let head = format!(
                "{}: {} {}",
                who(s, u.source),
                u.claims.len(),
                plural(u.claims.len(), "claim", "claims")
            );
            let _ = writeln!(out, "  {}", self.heading(&head));
            if u.is_empty() {
                let _ = writeln!(out, "    Nothing that no other source reports.");
            }
            let n = c.shown(u.claims.len());
            for claim in &u.claims[..n] {
                let id = model::sentence_id(claim.sentence);
                let first = format!("    {}  ", self.dim(&id));
                let hang = " ".repeat(4 + id.len() + 2);
                self.para(out, &first, &hang, &sentence(c, claim.sentence));
                if !claim.atoms.is_empty() {
                    let atoms = layout::atoms_line(&claim.atoms, |t| self.warn(&for_display(t)));
                    let line = format!("{} {atoms}", self.dim("only here:"));
                    self.para(out, &hang, &hang, &line);
                }
            }
            if let Some(note) = layout::more(u.claims.len() - n, "claim", "claims") {
                self.para(out, "    ", "    ", &note);
            }
            if !u.in_shared.is_empty() {
                let k = c.shown(u.in_shared.len());
                let parts: Vec<String> = u.in_shared[..k]
                    .iter()
                    .map(|a| {
                        format!(
                            "{} {} {}",
                            crate::findings::atom_kind_label(a.kind),
                            self.warn(&for_display(&layout::atom_text(a))),
                            self.dim(&format!("({})", model::sentence_id(a.sentence)))
                        )
                    })
                    .collect();
                let mut line = parts.join(", ");
                if k < u.in_shared.len() {
                    let _ = write!(line, " … and {} more", u.in_shared.len() - k);
                }
                self.para(
                    out,
                    &format!("    {} ", self.dim("in shared sentences, only here:")),
                    "      ",
                    &line,
                );
            }
            let fragments = u.fragments();
            if fragments > 0 {
                let _ = writeln!(
                    out,
                    "    {}",
                    self.dim(&format!(
                        "{fragments} {} without a claim not listed.",
                        plural(fragments, "fragment", "fragments")
                    ))
                );
            }
        }
    }

    fn conflicts(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        self.title(out, Section::Conflicts, "");
        if s.conflicts.is_empty() {
            let _ = writeln!(out, "  None found.");
            return;
        }
        let n = c.shown(s.conflicts.len());
        let shown: Vec<&summary::ConflictView> = s.conflicts[..n].iter().collect();
        let repeated = layout::repeated_sides(c, &shown);
        for (i, (conflict, repeated)) in shown.iter().zip(repeated).enumerate() {
            let head = format!(
                "{}: {}  {}",
                for_display(conflict.about.as_str()),
                layout::conflict_line(conflict, |v| self.bad(&for_display(v))),
                self.dim(&layout::claim_ref(conflict))
            );
            self.para(out, &format!("  {}. ", i + 1), "     ", &head);
            for (side, again) in conflict.sides.iter().zip(repeated) {
                let first = format!(
                    "     {}  {}  ",
                    who(s, side.source),
                    self.bad(&for_display(&side.value))
                );
                let text = if again {
                    self.dim(&format!("({}, above)", model::sentence_id(side.sentence)))
                } else {
                    format!(
                        "{}  {}",
                        sentence(c, side.sentence),
                        sid(*self, side.sentence)
                    )
                };
                self.para(out, &first, "         ", &text);
            }
        }
        if let Some(note) = layout::more(s.conflicts.len() - n, "conflict", "conflicts") {
            self.para(out, "  ", "  ", &note);
        }
    }

    fn omissions(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        self.title(
            out,
            Section::Omissions,
            "(claims two or more others carry, most widely carried first)",
        );
        if s.omissions.is_empty() {
            let _ = writeln!(
                out,
                "  No source lacks a claim that two or more others carry."
            );
            return;
        }
        for list in layout::omission_lists(c) {
            let head = format!(
                "{}: lacks {} {}",
                who(s, list.source),
                list.total,
                plural(list.total, "claim", "claims")
            );
            let _ = writeln!(out, "  {}", self.heading(&head));
            for claim in &list.with_text {
                let first = format!(
                    "    {} {}  ",
                    self.dim(&format!("c{}", claim.claim + 1)),
                    self.dim(&format!("({})", layout::ids(&claim.carried_by)))
                );
                self.hanging(out, &first, &for_display(&claim.text));
            }
            if !list.by_id.is_empty() {
                let ids = list.by_id_refs();
                self.para(
                    out,
                    &format!("    {} ", self.dim("also lacks (text above; carried by):")),
                    "      ",
                    &ids,
                );
            }
            if let Some(note) = layout::more(list.hidden, "claim", "claims") {
                self.para(out, "    ", "    ", &note);
            }
        }
    }

    fn quotes(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        self.title(out, Section::Quotes, "");
        if s.quotes.is_empty() {
            let _ = writeln!(out, "  None found.");
            return;
        }
        let n = c.shown(s.quotes.len());
        for (i, renderings) in s.quotes[..n].iter().enumerate() {
            for (k, r) in renderings.iter().enumerate() {
                let number = if k == 0 {
                    format!("{}.", i + 1)
                } else {
                    String::new()
                };
                let first = format!("  {}{}  ", pad(&number, 3), who(s, r.source));
                let quote = format!(
                    "\"{}\"  {}",
                    layout::marked_quote(r, |piece, changed| {
                        let piece = for_display(piece);
                        if changed {
                            self.changed(&piece)
                        } else {
                            piece.into_owned()
                        }
                    }),
                    sid(*self, r.sentence)
                );
                self.para(out, &first, "       ", &quote);
                if !r.changes.is_empty() {
                    let described = layout::changes(r, |from, to| {
                        summary::describe_change(&for_display(from), &for_display(to))
                    });
                    let from = renderings
                        .first()
                        .map(|f| model::source_id(f.source))
                        .unwrap_or_default();
                    self.para(
                        out,
                        "       ",
                        "         ",
                        &self.dim(&format!("differs from {from}: {described}")),
                    );
                }
            }
        }
        if let Some(note) = layout::more(
            s.quotes.len() - n,
            "quotation rendered differently",
            "quotations rendered differently",
        ) {
            self.para(out, "  ", "  ", &note);
        }
    }
}
