//! The HTML report: one self-contained page (inline CSS, no scripts, nothing fetched; a
//! Content-Security-Policy forbids loading anything) with the sources side by side, sentences
//! marked by how many sources state them, and the [`summary`](super::summary) sections below.
//!
//! Every piece of article text and metadata passes through [`escape`]; the only markup in the
//! page is written here.

use crate::findings::Analysis;
use crate::findings::atom_kind_label;
use crate::model;
use crate::report::Options;
use crate::report::layout::{self, Sections, plural};
use crate::report::summary::{self, Summary};
use crate::text::sanitize::for_display;
use std::fmt::Write;

const STYLE: &str = include_str!("report.css");

mod columns;

/// Escapes text for HTML element content and quoted attribute values: `&`, `<`, `>`, `"` and
/// `'` become character references; control and invisible characters are dropped, line breaks
/// become spaces.
pub fn escape(text: &str) -> String {
    let clean = for_display(text);
    let mut out = String::with_capacity(clean.len() + 16);
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Renders the HTML page.
pub fn render(analysis: &Analysis, options: &Options) -> String {
    let s = summary::summarize(analysis);
    let mut out = String::with_capacity(64 * 1024);
    let n = analysis.articles.len();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"factdiff {}\">\n\
         <title>factdiff report: {} {}</title>\n<style>\n{}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        n,
        plural(n, "source", "sources"),
        STYLE
    );
    let _ = writeln!(
        out,
        "<header>\n<h1>factdiff report</h1>\n<p>{}.</p>",
        layout::counts(&s)
    );
    out.push_str(
        "<p class=\"legend\">Sentences: <span class=\"sent only\">only in this source</span> \
         <span class=\"sent some\">in some sources</span> <span class=\"sent all\">in every source</span> \
         <span class=\"sent all conflict\">a value others give differently</span> \
         <mark class=\"partial\">a name, number, date or quote only some sources have</mark> \
         <mark class=\"conflict\">conflicting value</mark></p>\n</header>\n",
    );
    columns::columns(&mut out, analysis, &s);
    layout::write_sections(&mut out, analysis, &s, options, &Html);
    out.push_str("</body>\n</html>\n");
    out
}

/// The HTML layout of the sections.
struct Html;

pub(crate) fn who(s: &Summary, source: usize) -> String {
    format!(
        "<span class=\"id\">{}</span> {}",
        model::source_id(source),
        escape(layout::label(s, source))
    )
}

fn sentence_link(r: model::SentenceRef) -> String {
    let id = model::sentence_id(r);
    format!("<a class=\"id\" href=\"#{id}\">{id}</a>")
}

impl Sections for Html {
    const BEFORE_EACH: &'static str = "";

    fn sources(&self, out: &mut String, s: &Summary) {
        out.push_str(
            "<section id=\"sources\">\n<h2>Sources</h2>\n<table>\n<thead><tr><th>id</th><th>label</th>\
             <th>outlet</th><th>date</th><th>sentences</th><th>confirmed by others</th></tr></thead>\n<tbody>\n",
        );
        for l in &s.sources {
            let _ = writeln!(
                out,
                "<tr><td><a class=\"id\" href=\"#{id}\">{id}</a></td><td>{}</td><td>{}</td><td>{}</td>\
                 <td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                escape(&l.label),
                l.outlet
                    .as_deref()
                    .map(escape)
                    .unwrap_or_else(|| "–".into()),
                l.date.as_deref().map(escape).unwrap_or_else(|| "–".into()),
                l.sentences,
                layout::confirmed(l, "–"),
                id = model::source_id(l.source),
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }

    fn matrix(&self, out: &mut String, s: &Summary) {
        out.push_str("<section id=\"matrix\">\n<h2>Coverage</h2>\n<p class=\"muted\">● carries the claim, ○ does not.</p>\n");
        let m = &s.matrix;
        if m.rows.is_empty() {
            out.push_str("<p>No claim is carried by two or more sources.</p>\n");
        } else {
            out.push_str("<table>\n<thead><tr><th>claim</th>");
            for l in &s.sources {
                let _ = write!(
                    out,
                    "<th title=\"{}\">{}</th>",
                    escape(&l.label),
                    model::source_id(l.source)
                );
            }
            out.push_str("<th>text</th></tr></thead>\n<tbody>\n");
            for row in &m.rows {
                let _ = write!(out, "<tr><td class=\"id\">c{}</td>", row.claim + 1);
                for &c in &row.carried {
                    out.push_str(if c {
                        "<td class=\"dot\">●</td>"
                    } else {
                        "<td class=\"dot muted\">○</td>"
                    });
                }
                let _ = writeln!(out, "<td>{}</td></tr>", escape(&row.text));
            }
            out.push_str("</tbody>\n</table>\n");
        }
        if let Some(note) = layout::more_shared_note(m) {
            let _ = writeln!(out, "<p>{note}</p>");
        }
        if let Some(note) =
            layout::single_source_note(m, "<a href=\"#unique\">Only in one source</a>")
        {
            let _ = writeln!(out, "<p>{note}</p>");
        }
        out.push_str("</section>\n");
    }

    fn unique(&self, out: &mut String, analysis: &Analysis, s: &Summary) {
        out.push_str("<section id=\"unique\">\n<h2>Only in one source</h2>\n");
        for u in &s.unique {
            let _ = writeln!(out, "<h3>{}</h3>", who(s, u.source));
            if u.sentences.is_empty() && u.atoms.is_empty() {
                out.push_str("<p class=\"muted\">Nothing that no other source reports.</p>\n");
                continue;
            }
            if !u.sentences.is_empty() {
                out.push_str("<p>Claims:</p>\n<ul>\n");
                for r in &u.sentences {
                    let _ = writeln!(
                        out,
                        "<li>{} {}</li>",
                        sentence_link(*r),
                        escape(analysis.sentence_text(*r))
                    );
                }
                out.push_str("</ul>\n");
            }
            if !u.atoms.is_empty() {
                out.push_str("<p>Names, numbers, dates, quotations:</p>\n<ul>\n");
                for a in &u.atoms {
                    let _ = writeln!(
                        out,
                        "<li>{} <b>{}</b> in {}: {}</li>",
                        atom_kind_label(a.kind),
                        escape(&a.text),
                        sentence_link(a.sentence),
                        escape(analysis.sentence_text(a.sentence))
                    );
                }
                out.push_str("</ul>\n");
            }
        }
        out.push_str("</section>\n");
    }

    fn conflicts(&self, out: &mut String, analysis: &Analysis, s: &Summary) {
        out.push_str("<section id=\"conflicts\">\n<h2>Conflicts</h2>\n");
        if s.conflicts.is_empty() {
            out.push_str("<p class=\"muted\">None found.</p>\n");
        }
        for (i, c) in s.conflicts.iter().enumerate() {
            let claim = c
                .claim
                .map(|k| format!(" <span class=\"id\">(claim c{})</span>", k + 1))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<h3>{}. {}{}</h3>\n<div class=\"sides\">",
                i + 1,
                escape(c.about.as_str()),
                claim
            );
            for side in &c.sides {
                let _ = writeln!(
                    out,
                    "<div class=\"side\"><div>{}</div><div class=\"value\">{}</div><div>{} {}</div></div>",
                    who(s, side.source),
                    escape(&side.value),
                    sentence_link(side.sentence),
                    escape(analysis.sentence_text(side.sentence))
                );
            }
            out.push_str("</div>\n");
        }
        out.push_str("</section>\n");
    }

    fn omissions(&self, out: &mut String, s: &Summary) {
        out.push_str("<section id=\"omissions\">\n<h2>Omissions</h2>\n");
        if s.omissions.is_empty() {
            out.push_str(
                "<p class=\"muted\">No source lacks a claim that two or more others carry.</p>\n",
            );
        }
        for o in &s.omissions {
            let _ = writeln!(
                out,
                "<h3>{}</h3>\n<p>Lacks {} {} that others carry:</p>\n<ul>",
                who(s, o.source),
                o.claims.len(),
                plural(o.claims.len(), "claim", "claims")
            );
            for c in &o.claims {
                let _ = writeln!(
                    out,
                    "<li><span class=\"id\">c{} (carried by {})</span> {}</li>",
                    c.claim + 1,
                    layout::carried_by(c),
                    escape(&c.text)
                );
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }

    fn quotes(&self, out: &mut String, s: &Summary) {
        out.push_str("<section id=\"quotes\">\n<h2>Quote variants</h2>\n");
        if s.quotes.is_empty() {
            out.push_str("<p class=\"muted\">None found.</p>\n");
        }
        for renderings in &s.quotes {
            out.push_str("<div class=\"quote-variant\">\n");
            for r in renderings {
                let marked = layout::marked_quote(r, |piece, changed| {
                    if changed {
                        format!("<mark class=\"changed\">{}</mark>", escape(piece))
                    } else {
                        escape(piece)
                    }
                });
                let _ = write!(
                    out,
                    "<p>{} {}: “{}”",
                    who(s, r.source),
                    sentence_link(r.sentence),
                    marked
                );
                if !r.changes.is_empty() {
                    let described =
                        layout::changes(r, |from, to| escape(&summary::describe_change(from, to)));
                    let _ = write!(out, " <span class=\"muted\">differs: {described}</span>");
                }
                out.push_str("</p>\n");
            }
            out.push_str("</div>\n");
        }
        out.push_str("</section>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_characters() {
        assert_eq!(
            escape("<a href=\"x\" onclick='y'>&</a>"),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }
}
