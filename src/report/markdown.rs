//! The Markdown report (CommonMark with GitHub tables): the [`summary`](super::summary) as
//! headings, tables and lists. Every piece of article text goes through [`for_display`] and
//! [`escape`], so nothing in an article can add a heading, a link, a table cell or HTML.

use super::Options;
use super::layout::{self, Sections, plural};
use super::summary::{self, Summary};
use crate::findings::Analysis;
use crate::findings::atom_kind_label;
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
    let mut out = String::from("# factdiff report\n\n");
    let _ = writeln!(out, "{}.", layout::counts(&s));
    layout::write_sections(&mut out, analysis, &s, options, &Markdown);
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

fn sentence(analysis: &Analysis, r: SentenceRef) -> String {
    escape(analysis.sentence_text(r))
}

impl Sections for Markdown {
    const BEFORE_EACH: &'static str = "\n";

    fn sources(&self, out: &mut String, s: &Summary) {
        out.push_str("## Sources\n\n");
        out.push_str("| id | label | outlet | date | sentences | confirmed by others |\n");
        out.push_str("|---|---|---|---|---:|---:|\n");
        for l in &s.sources {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                model::source_id(l.source),
                escape(&l.label),
                l.outlet
                    .as_deref()
                    .map(escape)
                    .unwrap_or_else(|| "–".into()),
                l.date.as_deref().map(escape).unwrap_or_else(|| "–".into()),
                l.sentences,
                layout::confirmed(l, "–")
            );
        }
    }

    fn matrix(&self, out: &mut String, s: &Summary) {
        out.push_str("## Coverage\n\n● carries the claim, ○ does not.\n\n");
        let m = &s.matrix;
        if m.rows.is_empty() {
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
            for row in &m.rows {
                let _ = write!(out, "| c{} |", row.claim + 1);
                for &c in &row.carried {
                    out.push_str(if c { " ● |" } else { " ○ |" });
                }
                let _ = writeln!(out, " {} |", escape(&truncate(&row.text, CLAIM_WIDTH)));
            }
        }
        if let Some(note) = layout::more_shared_note(m) {
            let _ = writeln!(out, "\n{note}");
        }
        if let Some(note) = layout::single_source_note(m, "*Only in one source*") {
            let _ = writeln!(out, "\n{note}");
        }
    }

    fn unique(&self, out: &mut String, analysis: &Analysis, s: &Summary) {
        out.push_str("## Only in one source\n");
        for u in &s.unique {
            let _ = writeln!(out, "\n### {}\n", who(s, u.source));
            if u.sentences.is_empty() && u.atoms.is_empty() {
                out.push_str("Nothing that no other source reports.\n");
                continue;
            }
            if !u.sentences.is_empty() {
                out.push_str("Claims:\n\n");
                for r in &u.sentences {
                    let _ = writeln!(
                        out,
                        "- `{}` {}",
                        model::sentence_id(*r),
                        sentence(analysis, *r)
                    );
                }
            }
            if !u.atoms.is_empty() {
                if !u.sentences.is_empty() {
                    out.push('\n');
                }
                out.push_str("Names, numbers, dates, quotations:\n\n");
                for a in &u.atoms {
                    let _ = writeln!(
                        out,
                        "- {} **{}** in `{}`: {}",
                        atom_kind_label(a.kind),
                        escape(&a.text),
                        model::sentence_id(a.sentence),
                        sentence(analysis, a.sentence)
                    );
                }
            }
        }
    }

    fn conflicts(&self, out: &mut String, analysis: &Analysis, s: &Summary) {
        out.push_str("## Conflicts\n\n");
        if s.conflicts.is_empty() {
            out.push_str("None found.\n");
            return;
        }
        for (i, c) in s.conflicts.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let claim = c
                .claim
                .map(|k| format!(" (claim c{})", k + 1))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "### {}. {}{}\n",
                i + 1,
                escape(c.about.as_str()),
                claim
            );
            out.push_str("| |");
            for side in &c.sides {
                let _ = write!(out, " {} |", who(s, side.source));
            }
            out.push_str("\n|---|");
            for _ in &c.sides {
                out.push_str("---|");
            }
            out.push_str("\n| value |");
            for side in &c.sides {
                let _ = write!(out, " **{}** |", escape(&side.value));
            }
            out.push_str("\n| sentence |");
            for side in &c.sides {
                let _ = write!(
                    out,
                    " {} (`{}`) |",
                    sentence(analysis, side.sentence),
                    model::sentence_id(side.sentence)
                );
            }
            out.push('\n');
        }
    }

    fn omissions(&self, out: &mut String, s: &Summary) {
        out.push_str("## Omissions\n\n");
        if s.omissions.is_empty() {
            out.push_str("No source lacks a claim that two or more others carry.\n");
            return;
        }
        for (i, o) in s.omissions.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let _ = writeln!(
                out,
                "### {}\n\nLacks {} {} that others carry:\n",
                who(s, o.source),
                o.claims.len(),
                plural(o.claims.len(), "claim", "claims")
            );
            for c in &o.claims {
                let _ = writeln!(
                    out,
                    "- c{} (carried by {}): {}",
                    c.claim + 1,
                    layout::carried_by(c),
                    escape(&c.text)
                );
            }
        }
    }

    fn quotes(&self, out: &mut String, s: &Summary) {
        out.push_str("## Quote variants\n\n");
        if s.quotes.is_empty() {
            out.push_str("None found.\n");
            return;
        }
        for (i, renderings) in s.quotes.iter().enumerate() {
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
