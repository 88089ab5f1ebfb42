//! Opening, scrolling and closing the views over the panes, and building their content again
//! when the terminal resizes; the diff view's base and unit, the facts view's filter, selection
//! and source columns.

use super::super::{
    detail_view, diff_view, facts_view, help, layout, legend, overview, source_view,
};
use super::{Action, App, FactsFilter, FactsState, Overlay};
use crate::model::SentenceRef;

/// A view that shows lines of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    /// Every key.
    Help,
    /// What the marks mean.
    Legend,
    /// Metadata and removed text of the focused source.
    Source,
    /// Per-source counts.
    Overview,
}

impl App<'_> {
    /// Opens the diff view of `base` (sentences, or whole paragraphs), at its top.
    pub(super) fn open_diff(&mut self, base: SentenceRef, paragraphs: bool) {
        let body = self.screen().body;
        let state = diff_view::state(self.analysis, &self.theme, base, paragraphs, body, 0);
        self.overlay = Overlay::Diff(state);
    }

    /// Opens the detail pane of sentence `r`, at its top.
    pub(super) fn open_detail(&mut self, r: SentenceRef) {
        let body = self.screen().body;
        let state = detail_view::state(self.analysis, &self.theme, r, body, 0);
        self.overlay = Overlay::Detail(state);
    }

    /// The text view `kind` for the current size, scrolled to `scroll`.
    fn text_view(&self, kind: TextKind, scroll: usize) -> Overlay {
        let body = self.screen().body;
        match kind {
            TextKind::Help => Overlay::Help(help::view(&self.theme, body, scroll)),
            TextKind::Legend => Overlay::Legend(legend::view(&self.theme, body, scroll)),
            TextKind::Overview => Overlay::Overview(overview::view(
                self.analysis,
                &self.theme,
                &self.data.counts,
                body,
                scroll,
            )),
            TextKind::Source => Overlay::Source(source_view::view(
                self.analysis,
                &self.theme,
                self.focus,
                body,
                scroll,
            )),
        }
    }

    /// Opens a text view at its top.
    pub(super) fn open_text(&mut self, kind: TextKind) {
        self.overlay = self.text_view(kind, 0);
    }

    /// Builds the open view again for the current size, keeping its scroll (clamped).
    pub(super) fn rebuild_overlay(&mut self) {
        let kind = match &self.overlay {
            Overlay::Help(v) => (TextKind::Help, v.scroll),
            Overlay::Legend(v) => (TextKind::Legend, v.scroll),
            Overlay::Source(v) => (TextKind::Source, v.scroll),
            Overlay::Overview(v) => (TextKind::Overview, v.scroll),
            Overlay::Diff(d) => {
                let body = self.screen().body;
                let (base, paragraphs, scroll) = (d.base, d.paragraphs, d.view.scroll);
                self.overlay = Overlay::Diff(diff_view::state(
                    self.analysis,
                    &self.theme,
                    base,
                    paragraphs,
                    body,
                    scroll,
                ));
                return;
            }
            Overlay::Detail(d) => {
                let body = self.screen().body;
                let (r, scroll) = (d.sentence, d.view.scroll);
                self.overlay = Overlay::Detail(detail_view::state(
                    self.analysis,
                    &self.theme,
                    r,
                    body,
                    scroll,
                ));
                return;
            }
            Overlay::Facts(_) | Overlay::None => return,
        };
        self.overlay = self.text_view(kind.0, kind.1);
    }

    pub(super) fn open_facts(&mut self, filter: FactsFilter) {
        let rows = facts_view::rows(self.analysis, filter, self.focus);
        let n = self.sources();
        let shown = facts_view::columns(self.screen().body, n).1;
        // A new filter keeps the columns; a fresh view starts with the focused source in view.
        let first_source = match &self.overlay {
            Overlay::Facts(f) => f.first_source,
            _ => layout::window_start(0, self.focus, shown, n),
        };
        self.overlay = Overlay::Facts(FactsState {
            filter,
            rows,
            selected: 0,
            first_source,
        });
        self.facts_columns(0);
    }

    /// Scrolls the facts view's source columns by `delta` sources, keeping them in range.
    pub(super) fn facts_columns(&mut self, delta: i64) {
        let n = self.sources();
        let shown = facts_view::columns(self.screen().body, n).1;
        if let Overlay::Facts(f) = &mut self.overlay {
            let max = n.saturating_sub(shown) as i64;
            f.first_source = (f.first_source as i64 + delta).clamp(0, max) as usize;
        }
    }

    pub(super) fn facts_jump(&mut self) -> Option<Action> {
        let Overlay::Facts(state) = &self.overlay else {
            return None;
        };
        let row = state.rows.get(state.selected)?;
        let target = facts_view::target(self.analysis, row, self.focus)?;
        let sentence = self.data.index(target)?;
        self.overlay = Overlay::None;
        Some(Action::JumpTo {
            source: target.source,
            sentence,
        })
    }

    pub(super) fn view_move(&mut self, delta: i32) {
        let step = |v: usize, max: usize| -> usize {
            (v as i64 + i64::from(delta)).clamp(0, max as i64) as usize
        };
        if let Overlay::Facts(f) = &mut self.overlay {
            f.selected = step(f.selected, f.rows.len().saturating_sub(1));
        } else if let Some(v) = self.overlay.text_mut() {
            v.scroll = step(v.scroll, v.max_scroll);
        }
    }

    /// Sources with a counterpart of the diff base, the base's own source included, ascending.
    pub fn diff_sources(&self, base: SentenceRef) -> Vec<(usize, SentenceRef)> {
        (0..self.sources())
            .filter_map(|s| {
                if s == base.source {
                    Some((s, base))
                } else {
                    self.counterpart(base, s).map(|c| (s, c))
                }
            })
            .collect()
    }

    /// The next (or previous) source with a counterpart becomes the base.
    pub(super) fn diff_step_base(&mut self, forward: bool) {
        let Overlay::Diff(d) = &self.overlay else {
            return;
        };
        let list = self.diff_sources(d.base);
        let n = list.len().max(1);
        let pos = list
            .iter()
            .position(|(s, _)| *s == d.base.source)
            .unwrap_or(0);
        let paragraphs = d.paragraphs;
        let to = if forward {
            (pos + 1) % n
        } else {
            (pos + n - 1) % n
        };
        if let Some(&(_, next)) = list.get(to) {
            self.open_diff(next, paragraphs);
        }
    }

    /// The base source's sentence `delta` away becomes the base; the panes' cursor follows it.
    pub(super) fn diff_sentence(&mut self, delta: i32) -> Option<Action> {
        let Overlay::Diff(d) = &self.overlay else {
            return None;
        };
        let (base, paragraphs) = (d.base, d.paragraphs);
        let at = self.data.index(base)?;
        let last = self.data.count(base.source).saturating_sub(1);
        let to = (at as i64 + i64::from(delta)).clamp(0, last as i64) as usize;
        let next = self.data.info(base.source, to)?.r;
        self.open_diff(next, paragraphs);
        Some(Action::JumpTo {
            source: base.source,
            sentence: to,
        })
    }

    pub(super) fn diff_base(&mut self, source: usize) {
        let Overlay::Diff(d) = &self.overlay else {
            return;
        };
        match self
            .diff_sources(d.base)
            .into_iter()
            .find(|(s, _)| *s == source)
        {
            Some((_, r)) => {
                let paragraphs = d.paragraphs;
                self.open_diff(r, paragraphs);
            }
            None => self.message = Some(format!("source {} has no counterpart", source + 1)),
        }
    }
}
