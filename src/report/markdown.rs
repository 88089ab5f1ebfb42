//! The Markdown report (CommonMark with GitHub tables): the [`summary`](super::summary) as
//! headings, tables and lists, in the text report's structure (summary first, each sentence
//! once, long lists capped). Every piece of article text goes through [`for_display`] and
//! [`escape`], so nothing in an article can add a heading, a link, a table cell or HTML.

use super::layout::{self, Ctx, Sections, plural};
use super::summary::{self, Summary};
use super::{Options, Section};
use crate::findings::Analysis;
use crate::model::{self, SentenceRef};
use crate::text::sanitize::for_display;
use crate::text::width::truncate;
use std::fmt::Write;

/// Widest a claim's text gets in the coverage matrix, in columns.
const CLAIM_WIDTH: usize = 90;

/// Makes text inert in Markdown: one line, and a backslash before every character that could
/// start emphasis, code, links, HTML, entities, table cells or headings; a leading list or
/// heading marker is escaped too.
pub fn escape(text: &str) -> String {
    let clean = for_display(text);
    let mut out = String::with_capacity(clean.len() + 8);
    let mut at_start = true;
    let mut chars = clean.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if at_start => {
                out.push('\\');
                out.push(c);
            }
            '0'..='9' if at_start => {
                // "1. " or "1) " at the start would begin an ordered list.
                out.push(c);
                while let Some(&d) = chars.peek() {
                    if d.is_ascii_digit() {
                        out.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if let Some(&d) = chars.peek()
                    && (d == '.' || d == ')')
                {
                    out.push('\\');
                    out.push(d);
                    chars.next();
                }
            }
            c => out.push(c),
        }
        at_start = at_start && c.is_whitespace();
    }
    out
}

/// Renders the Markdown report.
pub fn render(analysis: &Analysis, options: &Options) -> String {
    let s = summary::summarize(analysis);
    let c = Ctx {
        analysis,
        s: &s,
        o: options,
    };
    let mut out = String::from("# factdiff report\n\n");
    let _ = writeln!(out, "{}.", layout::counts(&s));
    layout::write_sections(&mut out, &c, &Markdown);
    out
}

/// The Markdown layout of the sections.
struct Markdown;

fn who(s: &Summary, source: usize) -> String {
    format!(
        "{} {}",
        model::source_id(source),
        escape(layout::label(s, source))
    )
}

fn sentence(c: &Ctx, r: SentenceRef) -> String {
    escape(c.sentence(r))
}

fn heading(out: &mut String, section: Section) {
    let _ = writeln!(out, "## {}\n", layout::title(section));
}

fn note(out: &mut String, text: Option<String>) {
    if let Some(t) = text {
        let _ = writeln!(out, "\n{t}");
    }
}

impl Sections for Markdown {
    const BEFORE_EACH: &'static str = "\n";

    fn summary(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        heading(out, Section::Summary);
        out.push_str(
            "| id | label | outlet | date | sentences | confirmed by others | only here | omitted | conflicts |\n",
        );
        out.push_str("|---|---|---|---|---:|---:|---:|---:|---:|\n");
        for l in &s.sources {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                model::source_id(l.source),
                escape(&l.label),
                l.outlet
                    .as_deref()
                    .map(escape)
                    .unwrap_or_else(|| "–".into()),
                l.date.as_deref().map(escape).unwrap_or_else(|| "–".into()),
                l.sentences,
                layout::confirmed(l, "–"),
                l.only_here,
                l.omissions,
                l.conflicts
            );
        }
        if !s.overview.conflicts.is_empty() {
            out.push_str("\n**Top conflicts:**\n\n");
            for &i in &s.overview.conflicts {
                let Some(conflict) = s.conflicts.get(i) else {
                    continue;
                };
                let _ = writeln!(
                    out,
                    "- {}: {} {}",
                    escape(conflict.about.as_str()),
                    layout::conflict_line(conflict, |v| format!("**{}**", escape(v))),
                    layout::claim_ref(conflict)
                );
            }
            let rest = s.conflicts.len() - s.overview.conflicts.len();
            if rest > 0 {
                let _ = writeln!(
                    out,
                    "- … and {rest} more {} under *Conflicts*.",
                    plural(rest, "conflict", "conflicts")
                );
            }
        }
        if !s.overview.notable.is_empty() {
            out.push_str("\n**Notable, only in one source:**\n\n");
            for &(r, facts) in &s.overview.notable {
                let _ = writeln!(
                    out,
                    "- `{}` {} ({facts} {} of its own)",
                    model::sentence_id(r),
                    escape(&truncate(c.sentence(r), CLAIM_WIDTH)),
                    plural(facts, "fact", "facts")
                );
            }
        }
    }

    fn sources(&self, out: &mut String, c: &Ctx) {
        heading(out, Section::Sources);
        for (i, a) in c.analysis.articles.iter().enumerate() {
            let mut parts: Vec<String> = Vec::new();
            if let Some(t) = &a.meta.title
                && t != &a.label
            {
                parts.push(format!("*{}*", escape(t)));
            }
            for v in [&a.meta.byline, &a.meta.url].into_iter().flatten() {
                parts.push(escape(v));
            }
            parts.push(escape(&a.path));
            let _ = writeln!(out, "- **{}**: {}", who(c.s, i), parts.join(" · "));
        }
    }

    fn matrix(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        heading(out, Section::Matrix);
        out.push_str("● carries the claim, ○ does not; most widely carried first.\n\n");
        let m = &s.matrix;
        let rows = c.matrix_rows();
        if rows.is_empty() {
            out.push_str("No claim is carried by two or more sources.\n");
        } else {
            out.push_str("| claim |");
            for l in &s.sources {
                let _ = write!(out, " {} |", model::source_id(l.source));
            }
            out.push_str(" text |\n|---|");
            for _ in &s.sources {
                out.push_str(":-:|");
            }
            out.push_str("---|\n");
            for row in rows {
                let _ = write!(out, "| c{} |", row.claim + 1);
                for &carried in &row.carried {
                    out.push_str(if carried { " ● |" } else { " ○ |" });
                }
                let _ = writeln!(out, " {} |", escape(&truncate(&row.text, CLAIM_WIDTH)));
            }
        }
        note(
            out,
            layout::more(
                m.rows.len() - rows.len(),
                "claim carried by two or more sources",
                "claims carried by two or more sources",
            ),
        );
        note(out, layout::single_source_note(c, "*Only in one source*"));
    }

    fn unique(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        heading(out, Section::Unique);
        out.push_str(
            "Sentences no other source states, each once with the facts only it carries; \
             fragments that state no claim are left out.\n",
        );
        for u in &s.unique {
            let _ = writeln!(
                out,
                "\n### {}: {} {}\n",
                who(s, u.source),
                u.claims.len(),
                plural(u.claims.len(), "claim", "claims")
            );
            if u.is_empty() {
                out.push_str("Nothing that no other source reports.\n");
            }
            let n = c.shown(u.claims.len());
            for claim in &u.claims[..n] {
                let _ = writeln!(
                    out,
                    "- `{}` {}",
                    model::sentence_id(claim.sentence),
                    sentence(c, claim.sentence)
                );
                if !claim.atoms.is_empty() {
                    let _ = writeln!(
                        out,
                        "  - only here: {}",
                        layout::atoms_line(&claim.atoms, |t| format!("**{}**", escape(t)))
                    );
                }
            }
            if let Some(t) = layout::more(u.claims.len() - n, "claim", "claims") {
                let _ = writeln!(out, "- {t}");
            }
            if !u.in_shared.is_empty() {
                let k = c.shown(u.in_shared.len());
                let parts: Vec<String> = u.in_shared[..k]
                    .iter()
                    .map(|a| {
                        format!(
                            "{} **{}** (`{}`)",
                            crate::findings::atom_kind_label(a.kind),
                            escape(&layout::atom_text(a)),
                            model::sentence_id(a.sentence)
                        )
                    })
                    .collect();
                let more = if k < u.in_shared.len() {
                    format!(" … and {} more", u.in_shared.len() - k)
                } else {
                    String::new()
                };
                if !u.claims.is_empty() {
                    out.push('\n');
                }
                let _ = writeln!(
                    out,
                    "In shared sentences, only here: {}{more}",
                    parts.join(", ")
                );
            }
            let fragments = u.fragments();
            if fragments > 0 {
                let _ = writeln!(
                    out,
                    "\n*{fragments} {} without a claim not listed.*",
                    plural(fragments, "fragment", "fragments")
                );
            }
        }
    }

    fn conflicts(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        heading(out, Section::Conflicts);
        if s.conflicts.is_empty() {
            out.push_str("None found.\n");
            return;
        }
        let n = c.shown(s.conflicts.len());
        let shown: Vec<&summary::ConflictView> = s.conflicts[..n].iter().collect();
        let repeated = layout::repeated_sides(c, &shown);
        for (i, (conflict, repeated)) in shown.iter().zip(repeated).enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let _ = writeln!(
                out,
                "### {}. {}: {} {}\n",
                i + 1,
                escape(conflict.about.as_str()),
                layout::conflict_line(conflict, escape),
                layout::claim_ref(conflict)
            );
            out.push_str("| |");
            for side in &conflict.sides {
                let _ = write!(out, " {} |", who(s, side.source));
            }
            out.push_str("\n|---|");
            for _ in &conflict.sides {
                out.push_str("---|");
            }
            out.push_str("\n| value |");
            for side in &conflict.sides {
                let _ = write!(out, " **{}** |", escape(&side.value));
            }
            out.push_str("\n| sentence |");
            for (side, again) in conflict.sides.iter().zip(repeated) {
                if again {
                    let _ = write!(out, " (`{}`, above) |", model::sentence_id(side.sentence));
                } else {
                    let _ = write!(
                        out,
                        " {} (`{}`) |",
                        sentence(c, side.sentence),
                        model::sentence_id(side.sentence)
                    );
                }
            }
            out.push('\n');
        }
        note(
            out,
            layout::more(s.conflicts.len() - n, "conflict", "conflicts"),
        );
    }

    fn omissions(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        heading(out, Section::Omissions);
        if s.omissions.is_empty() {
            out.push_str("No source lacks a claim that two or more others carry.\n");
            return;
        }
        out.push_str("Claims two or more others carry, most widely carried first.\n");
        for list in layout::omission_lists(c) {
            let _ = writeln!(
                out,
                "\n### {}: lacks {} {}\n",
                who(s, list.source),
                list.total,
                plural(list.total, "claim", "claims")
            );
            for claim in &list.with_text {
                let _ = writeln!(
                    out,
                    "- c{} ({}): {}",
                    claim.claim + 1,
                    layout::ids(&claim.carried_by),
                    escape(&claim.text)
                );
            }
            if !list.by_id.is_empty() {
                let ids = list.by_id_refs();
                let _ = writeln!(out, "- also lacks (text above; carried by): {}", ids);
            }
            if let Some(t) = layout::more(list.hidden, "claim", "claims") {
                let _ = writeln!(out, "- {t}");
            }
        }
    }

    fn quotes(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        heading(out, Section::Quotes);
        if s.quotes.is_empty() {
            out.push_str("None found.\n");
            return;
        }
        let n = c.shown(s.quotes.len());
        for (i, renderings) in s.quotes[..n].iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let _ = writeln!(
                out,
                "{}. Quotation rendered {} ways:\n",
                i + 1,
                renderings.len()
            );
            for r in renderings {
                let marked = layout::marked_quote(r, |piece, changed| {
                    if changed {
                        format!("**{}**", escape(piece))
                    } else {
                        escape(piece)
                    }
                });
                let _ = write!(
                    out,
                    "   - {} (`{}`): “{}”",
                    who(s, r.source),
                    model::sentence_id(r.sentence),
                    marked
                );
                if !r.changes.is_empty() {
                    let described =
                        layout::changes(r, |from, to| escape(&summary::describe_change(from, to)));
                    let _ = write!(out, " — differs: {described}");
                }
                out.push('\n');
            }
        }
        note(
            out,
            layout::more(
                s.quotes.len() - n,
                "quotation rendered differently",
                "quotations rendered differently",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_inline_markup_and_table_pipes() {
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(
            escape("*bold* _it_ `code`"),
            "\\*bold\\* \\_it\\_ \\`code\\`"
        );
        assert_eq!(escape("[x](http://e)"), "\\[x\\](http://e)");
        assert_eq!(escape("<b>&amp;</b>"), "\\<b\\>\\&amp;\\</b\\>");
        assert_eq!(escape("![i](x)"), "\\!\\[i\\](x)");
    }

    #[test]
    fn escapes_leading_block_markers() {
        assert_eq!(escape("# Title"), "\\# Title");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("  + item"), "  \\+ item");
        assert_eq!(escape("2024. A year"), "2024\\. A year");
        assert_eq!(escape("3) x"), "3\\) x");
        assert_eq!(escape("a - b 3. c"), "a - b 3. c");
        assert_eq!(escape("> quote"), "\\> quote");
    }

    #[test]
    fn is_one_line_without_escape_sequences() {
        assert_eq!(escape("a\nb\u{1b}[31mc"), "a bc");
    }
}
