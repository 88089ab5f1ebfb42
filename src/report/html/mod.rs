//! The HTML report: one self-contained page (inline CSS, no scripts, nothing fetched; a
//! Content-Security-Policy forbids loading anything). The first screen holds a table of
//! contents and the summary (`#summary`); then the findings, each section collapsible with
//! `<details>`; then the sources side by side ([`columns`]), with a source picker of anchors.
//! Light and dark colours follow `prefers-color-scheme`.
//!
//! Every piece of article text and metadata passes through [`escape`]; the only markup in the
//! page is written here.

use crate::findings::Analysis;
use crate::findings::atom_kind_label;
use crate::model;
use crate::report::layout::{self, Ctx, Sections, plural};
use crate::report::summary::{self, Summary};
use crate::report::{Options, Section};
use crate::text::sanitize::for_display;
use crate::text::width::truncate;
use std::fmt::Write;

const STYLE: &str = include_str!("report.css");

/// Widest a claim's text gets where the page names it in one line, in characters.
const LINE_WIDTH: usize = 160;

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
    let c = Ctx {
        analysis,
        s: &s,
        o: options,
    };
    let mut out = String::with_capacity(64 * 1024);
    let n = analysis.articles.len();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
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
    contents(&mut out, &c);
    out.push_str("</header>\n<main>\n");
    layout::write_sections(&mut out, &c, &Html);
    columns::columns(&mut out, analysis, &s);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The table of contents: the selected sections, then the side-by-side texts and a link to
/// each source's column.
fn contents(out: &mut String, c: &Ctx) {
    out.push_str("<nav class=\"toc\" id=\"contents\" aria-label=\"Contents\">\n<ol>\n");
    for section in c.o.ordered_sections() {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\">{}</a>{}</li>",
            section_id(section),
            layout::title(section),
            section_count(c, section)
        );
    }
    out.push_str("<li><a href=\"#texts\">Side by side</a>: ");
    columns::picker(out, c.s);
    out.push_str("</li>\n</ol>\n</nav>\n");
}

/// ` (3)`: how many entries a section has, for the table of contents.
fn section_count(c: &Ctx, section: Section) -> String {
    let s = c.s;
    let n = match section {
        Section::Summary | Section::Sources => return String::new(),
        Section::Matrix => s.matrix.rows.len(),
        Section::Unique => s.unique.iter().map(|u| u.claims.len()).sum(),
        Section::Conflicts => s.conflicts.len(),
        Section::Omissions => s.omissions.iter().map(|o| o.claims.len()).sum(),
        Section::Quotes => s.quotes.len(),
    };
    format!(" <span class=\"muted\">({n})</span>")
}

/// The anchor of a section: `summary`, `matrix`, `unique`, …
fn section_id(section: Section) -> &'static str {
    section.name()
}

/// Opens a collapsible section (open by default).
fn open_section(out: &mut String, section: Section) {
    let _ = writeln!(
        out,
        "<section id=\"{}\">\n<details open>\n<summary><h2>{}</h2></summary>",
        section_id(section),
        layout::title(section)
    );
}

fn close_section(out: &mut String) {
    out.push_str("</details>\n</section>\n");
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

fn more(out: &mut String, note: Option<String>) {
    if let Some(t) = note {
        let _ = writeln!(out, "<p class=\"muted\">{t}</p>");
    }
}

impl Sections for Html {
    const BEFORE_EACH: &'static str = "";

    fn summary(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        out.push_str(
            "<section id=\"summary\">\n<h2>Summary</h2>\n<table class=\"overview\">\n<thead><tr><th>id</th><th>label</th>\
             <th>outlet</th><th>date</th><th>sentences</th><th>confirmed by others</th><th>only here</th>\
             <th>omitted</th><th>conflicts</th></tr></thead>\n<tbody>\n",
        );
        for l in &s.sources {
            let _ = writeln!(
                out,
                "<tr><td><a class=\"id\" href=\"#{id}\">{id}</a></td><td>{}</td><td>{}</td><td>{}</td>\
                 <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
                 <td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
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
                l.conflicts,
                id = model::source_id(l.source),
            );
        }
        out.push_str("</tbody>\n</table>\n");
        if !s.overview.conflicts.is_empty() {
            out.push_str("<h3>Top conflicts</h3>\n<ul>\n");
            for &i in &s.overview.conflicts {
                let Some(conflict) = s.conflicts.get(i) else {
                    continue;
                };
                let _ = writeln!(
                    out,
                    "<li><a href=\"#conflict-{}\">{}</a>: {} <span class=\"id\">{}</span></li>",
                    i + 1,
                    escape(conflict.about.as_str()),
                    layout::conflict_line(conflict, |v| format!(
                        "<b class=\"value\">{}</b>",
                        escape(v)
                    )),
                    layout::claim_ref(conflict)
                );
            }
            let rest = s.conflicts.len() - s.overview.conflicts.len();
            if rest > 0 {
                let _ = writeln!(
                    out,
                    "<li class=\"muted\">… and {rest} more under <a href=\"#conflicts\">Conflicts</a></li>"
                );
            }
            out.push_str("</ul>\n");
        }
        if !s.overview.notable.is_empty() {
            out.push_str("<h3>Notable, only in one source</h3>\n<ul>\n");
            for &(r, facts) in &s.overview.notable {
                let _ = writeln!(
                    out,
                    "<li>{} {} <span class=\"muted\">({facts} {} of its own)</span></li>",
                    sentence_link(r),
                    escape(&truncate(c.sentence(r), LINE_WIDTH)),
                    plural(facts, "fact", "facts")
                );
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }

    fn sources(&self, out: &mut String, c: &Ctx) {
        open_section(out, Section::Sources);
        out.push_str("<ul>\n");
        for (i, a) in c.analysis.articles.iter().enumerate() {
            let mut parts: Vec<String> = Vec::new();
            if let Some(t) = &a.meta.title
                && t != &a.label
            {
                parts.push(format!("<i>{}</i>", escape(t)));
            }
            for v in [&a.meta.outlet, &a.meta.byline, &a.meta.date, &a.meta.url]
                .into_iter()
                .flatten()
            {
                if v != &a.label {
                    parts.push(escape(v));
                }
            }
            parts.push(format!("<code>{}</code>", escape(&a.path)));
            let _ = writeln!(
                out,
                "<li><a href=\"#{}\">{}</a>: {}</li>",
                model::source_id(i),
                who(c.s, i),
                parts.join(" · ")
            );
        }
        out.push_str("</ul>\n");
        close_section(out);
    }

    fn matrix(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        open_section(out, Section::Matrix);
        out.push_str(
            "<p class=\"muted\">● carries the claim, ○ does not; most widely carried first.</p>\n",
        );
        let m = &s.matrix;
        let rows = c.matrix_rows();
        if rows.is_empty() {
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
            for row in rows {
                let _ = write!(out, "<tr><td class=\"id\">c{}</td>", row.claim + 1);
                for &carried in &row.carried {
                    out.push_str(if carried {
                        "<td class=\"dot\">●</td>"
                    } else {
                        "<td class=\"dot muted\">○</td>"
                    });
                }
                let _ = writeln!(out, "<td>{}</td></tr>", escape(&row.text));
            }
            out.push_str("</tbody>\n</table>\n");
        }
        more(
            out,
            layout::more(
                m.rows.len() - rows.len(),
                "claim carried by two or more sources",
                "claims carried by two or more sources",
            ),
        );
        if let Some(note) =
            layout::single_source_note(c, "<a href=\"#unique\">Only in one source</a>")
        {
            let _ = writeln!(out, "<p>{note}</p>");
        }
        close_section(out);
    }

    fn unique(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        open_section(out, Section::Unique);
        out.push_str(
            "<p class=\"muted\">Sentences no other source states, each once with the facts only it \
             carries; fragments that state no claim are left out.</p>\n",
        );
        for u in &s.unique {
            let _ = writeln!(
                out,
                "<h3>{}: {} {}</h3>",
                who(s, u.source),
                u.claims.len(),
                plural(u.claims.len(), "claim", "claims")
            );
            if u.is_empty() {
                out.push_str("<p class=\"muted\">Nothing that no other source reports.</p>\n");
            }
            let n = c.shown(u.claims.len());
            if n > 0 {
                out.push_str("<ul>\n");
                for claim in &u.claims[..n] {
                    let _ = write!(
                        out,
                        "<li>{} {}",
                        sentence_link(claim.sentence),
                        escape(c.sentence(claim.sentence))
                    );
                    if !claim.atoms.is_empty() {
                        let _ = write!(
                            out,
                            "<br><span class=\"facts\">only here: {}</span>",
                            layout::atoms_line(&claim.atoms, |t| format!("<b>{}</b>", escape(t)))
                        );
                    }
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
            more(out, layout::more(u.claims.len() - n, "claim", "claims"));
            if !u.in_shared.is_empty() {
                let k = c.shown(u.in_shared.len());
                let parts: Vec<String> = u.in_shared[..k]
                    .iter()
                    .map(|a| {
                        format!(
                            "{} <b>{}</b> {}",
                            atom_kind_label(a.kind),
                            escape(&layout::atom_text(a)),
                            sentence_link(a.sentence)
                        )
                    })
                    .collect();
                let rest = if k < u.in_shared.len() {
                    format!(" … and {} more", u.in_shared.len() - k)
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "<p class=\"facts\">In shared sentences, only here: {}{rest}</p>",
                    parts.join(", ")
                );
            }
            let fragments = u.fragments();
            if fragments > 0 {
                let _ = writeln!(
                    out,
                    "<p class=\"muted\">{fragments} {} without a claim not listed.</p>",
                    plural(fragments, "fragment", "fragments")
                );
            }
        }
        close_section(out);
    }

    fn conflicts(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        open_section(out, Section::Conflicts);
        if s.conflicts.is_empty() {
            out.push_str("<p class=\"muted\">None found.</p>\n");
        }
        let n = c.shown(s.conflicts.len());
        let shown: Vec<&summary::ConflictView> = s.conflicts[..n].iter().collect();
        let repeated = layout::repeated_sides(c, &shown);
        for (i, (conflict, repeated)) in shown.iter().zip(repeated).enumerate() {
            let claim = conflict
                .claim
                .map(|k| format!(" <span class=\"id\">(claim c{})</span>", k + 1))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<h3 id=\"conflict-{}\">{}. {}{}</h3>\n<div class=\"sides\">",
                i + 1,
                i + 1,
                escape(conflict.about.as_str()),
                claim
            );
            for (side, again) in conflict.sides.iter().zip(repeated) {
                let text = if again {
                    format!(
                        "{} <span class=\"muted\">(above)</span>",
                        sentence_link(side.sentence)
                    )
                } else {
                    format!(
                        "{} {}",
                        sentence_link(side.sentence),
                        escape(c.sentence(side.sentence))
                    )
                };
                let _ = writeln!(
                    out,
                    "<div class=\"side\"><div>{}</div><div class=\"value\">{}</div><div>{text}</div></div>",
                    who(s, side.source),
                    escape(&side.value),
                );
            }
            out.push_str("</div>\n");
        }
        more(
            out,
            layout::more(s.conflicts.len() - n, "conflict", "conflicts"),
        );
        close_section(out);
    }

    fn omissions(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        open_section(out, Section::Omissions);
        if s.omissions.is_empty() {
            out.push_str(
                "<p class=\"muted\">No source lacks a claim that two or more others carry.</p>\n",
            );
        } else {
            out.push_str(
                "<p class=\"muted\">Claims two or more others carry, most widely carried first.</p>\n",
            );
        }
        for list in layout::omission_lists(c) {
            let _ = writeln!(
                out,
                "<h3>{}: lacks {} {}</h3>\n<ul>",
                who(s, list.source),
                list.total,
                plural(list.total, "claim", "claims")
            );
            for claim in &list.with_text {
                let _ = writeln!(
                    out,
                    "<li><span class=\"id\">c{} ({})</span> {}</li>",
                    claim.claim + 1,
                    layout::ids(&claim.carried_by),
                    escape(&claim.text)
                );
            }
            if !list.by_id.is_empty() {
                let ids = list.by_id_refs();
                let _ = writeln!(
                    out,
                    "<li class=\"muted\">also lacks (text above; carried by): {}</li>",
                    ids
                );
            }
            if let Some(t) = layout::more(list.hidden, "claim", "claims") {
                let _ = writeln!(out, "<li class=\"muted\">{t}</li>");
            }
            out.push_str("</ul>\n");
        }
        close_section(out);
    }

    fn quotes(&self, out: &mut String, c: &Ctx) {
        let s = c.s;
        open_section(out, Section::Quotes);
        if s.quotes.is_empty() {
            out.push_str("<p class=\"muted\">None found.</p>\n");
        }
        let n = c.shown(s.quotes.len());
        for renderings in &s.quotes[..n] {
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
        more(
            out,
            layout::more(
                s.quotes.len() - n,
                "quotation rendered differently",
                "quotations rendered differently",
            ),
        );
        close_section(out);
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
