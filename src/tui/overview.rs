//! The overview (`o`): one row per source with its label, outlet, date, sentences, the share
//! other sources confirm (with a bar), and its only-here sentences, omissions and conflicts,
//! the counts the tabs' badges show ([`crate::findings::source_counts`]). Built as lines when
//! the view opens or the terminal resizes.

use super::overlay::TextView;
use super::theme::{self, Theme};
use crate::findings::{Analysis, SourceCounts, confirmed_percent};
use crate::text::sanitize::for_display;
use crate::text::width::truncate;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Cells of a coverage bar.
const BAR: usize = 10;

/// A bar of `BAR` cells, `part` of `whole` filled.
pub fn bar(part: usize, whole: usize) -> String {
    let filled = (part * BAR + whole / 2).checked_div(whole).unwrap_or(0);
    format!(
        "{}{}",
        "█".repeat(filled.min(BAR)),
        "░".repeat(BAR - filled.min(BAR))
    )
}

/// A tab's badges: only-here sentences, omissions, conflicts, each only when there are any
/// (`◆3 ○2 !1`).
pub fn badges(c: &SourceCounts) -> String {
    let mut out = Vec::new();
    if c.only_here > 0 {
        out.push(format!("{}{}", theme::GLYPH_ONLY, c.only_here));
    }
    if c.omissions > 0 {
        out.push(format!("{}{}", theme::GLYPH_LACKS, c.omissions));
    }
    if c.conflicts > 0 {
        out.push(format!("{}{}", theme::GLYPH_CONFLICT, c.conflicts));
    }
    out.join(" ")
}

/// The overview's lines.
pub fn lines(analysis: &Analysis, theme: &Theme, counts: &[SourceCounts]) -> Vec<Line<'static>> {
    let t = theme;
    let mut out = vec![
        Line::styled(
            format!(
                "{} sources · confirmed: sentences another source also says · {} only here · {} omitted (2+ others say it) · {} conflicts",
                analysis.articles.len(),
                theme::GLYPH_ONLY,
                theme::GLYPH_LACKS,
                theme::GLYPH_CONFLICT
            ),
            t.dim,
        ),
        Line::raw(""),
    ];
    for (s, (a, c)) in analysis.articles.iter().zip(counts).enumerate() {
        let label = truncate(&for_display(&a.label), 24);
        let outlet = a
            .meta
            .outlet
            .as_deref()
            .map(|o| for_display(o).into_owned())
            .filter(|o| *o != a.label)
            .map(|o| format!(" · {o}"))
            .unwrap_or_default();
        let date = a
            .meta
            .date
            .as_deref()
            .map(|d| format!(" · {}", for_display(d)))
            .unwrap_or_default();
        out.push(Line::from(vec![
            Span::styled(format!("{:>3} ", s + 1), t.dim),
            Span::styled(label, t.title),
            Span::styled(format!("{outlet}{date}"), t.dim),
        ]));
        let pct = confirmed_percent(c.confirmed, c.sentences)
            .map_or("–".to_owned(), |p| format!("{p:>3}%"));
        out.push(Line::from(vec![
            Span::raw(format!("    {:>4} sentences  ", c.sentences)),
            Span::styled(bar(c.confirmed, c.sentences), t.some),
            Span::raw(format!(" {pct} confirmed  ")),
            Span::styled(format!("{}{:<3} ", theme::GLYPH_ONLY, c.only_here), t.only),
            Span::raw(format!("{}{:<3} ", theme::GLYPH_LACKS, c.omissions)),
            Span::styled(
                format!("{}{}", theme::GLYPH_CONFLICT, c.conflicts),
                if c.conflicts > 0 { t.conflict } else { t.dim },
            ),
        ]));
    }
    out
}

/// The overview over the screen body `body`, scrolled to `scroll`.
pub fn view(
    analysis: &Analysis,
    theme: &Theme,
    counts: &[SourceCounts],
    body: Rect,
    scroll: usize,
) -> TextView {
    let width = usize::from(super::overlay::inner(body).width);
    let lines = super::hanging::wrap_all(lines(analysis, theme, counts), width, |l| {
        super::hanging::leading(l, 4)
    });
    TextView::new(" Overview ".to_owned(), lines, body, scroll)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_and_badges() {
        assert_eq!(bar(0, 0), "░".repeat(BAR));
        assert_eq!(bar(5, 10), format!("{}{}", "█".repeat(5), "░".repeat(5)));
        assert_eq!(bar(3, 3), "█".repeat(BAR));
        let c = SourceCounts {
            only_here: 3,
            omissions: 0,
            conflicts: 1,
            ..Default::default()
        };
        assert_eq!(badges(&c), "◆3 !1");
        assert_eq!(badges(&SourceCounts::default()), "");
    }
}
