//! The interface state and [`App::update`], which applies one [`Action`] and may return a
//! follow-up action (Elm-style). Nothing here draws; `view` and the panel modules do.

use super::action::{Action, FactsFilter};
use super::derived::Derived;
use super::facts_view::{self, FactRow};
use super::layout::{self, Screen};
use super::search::Search;
use super::theme::Theme;
use super::wrap::{Wrapped, wrap_article};
use crate::findings::{self, Analysis};
use crate::model::SentenceRef;
use ratatui::layout::Rect;

/// State of the diff view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffState {
    /// The sentence the others are compared against.
    pub base: SentenceRef,
    /// First line shown.
    pub scroll: usize,
    /// Whether whole paragraphs are compared instead of sentences.
    pub paragraphs: bool,
}

/// State of the facts view.
#[derive(Debug, Clone, PartialEq)]
pub struct FactsState {
    /// Which facts are listed.
    pub filter: FactsFilter,
    /// The rows under that filter.
    pub rows: Vec<FactRow>,
    /// Selected row.
    pub selected: usize,
    /// First source whose coverage column is shown (the columns scroll when not all fit).
    pub first_source: usize,
}

/// What covers the panes, if anything.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// Nothing: the panes are in charge.
    None,
    /// Every key.
    Help {
        /// First line shown.
        scroll: usize,
    },
    /// What the marks mean.
    Legend {
        /// First line shown.
        scroll: usize,
    },
    /// A sentence against its counterparts.
    Diff(DiffState),
    /// Claims and atoms × sources.
    Facts(FactsState),
    /// Metadata and removed text of the focused source.
    Source {
        /// First line shown.
        scroll: usize,
    },
}

/// The whole interface state.
#[derive(Debug, Clone)]
pub struct App<'a> {
    /// The findings shown.
    pub analysis: &'a Analysis,
    /// Styles.
    pub theme: Theme,
    /// Lookups derived from the analysis.
    pub data: Derived,
    /// Terminal area.
    pub size: Rect,
    /// Focused source.
    pub focus: usize,
    /// First source of the window of panes.
    pub first: usize,
    /// Cursor sentence (reading order) per source.
    pub cursor: Vec<usize>,
    /// Top screen line per source.
    pub scroll: Vec<usize>,
    /// Whether other panes follow the cursor.
    pub sync: bool,
    /// Whether the focused pane is shown alone.
    pub zoom: bool,
    /// The open overlay.
    pub overlay: Overlay,
    /// The search being typed, if the prompt is open.
    pub prompt: Option<String>,
    /// The active search.
    pub search: Option<Search>,
    /// A one-line message for the status bar.
    pub message: Option<String>,
    /// Set when the user asked to quit.
    pub quit: bool,
    /// Each source wrapped to the width of its pane.
    pub wraps: Vec<Wrapped>,
}

impl<'a> App<'a> {
    /// A fresh interface on `analysis`, sized 80×24 until told otherwise.
    pub fn new(analysis: &'a Analysis, theme: Theme) -> Self {
        let n = analysis.articles.len();
        let mut app = Self {
            analysis,
            theme,
            data: Derived::new(analysis),
            size: Rect::new(0, 0, 80, 24),
            focus: 0,
            first: 0,
            cursor: vec![0; n],
            scroll: vec![0; n],
            sync: true,
            zoom: false,
            overlay: Overlay::None,
            prompt: None,
            search: None,
            message: None,
            quit: false,
            wraps: Vec::new(),
        };
        app.relayout();
        app.sync_others();
        app
    }

    /// Number of sources.
    pub fn sources(&self) -> usize {
        self.analysis.articles.len()
    }

    /// Where everything goes on screen now.
    pub fn screen(&self) -> Screen {
        layout::screen(self.size, self.sources(), self.first, self.zoom, self.focus)
    }

    /// Height of the text area of a pane.
    pub fn pane_height(&self) -> usize {
        usize::from(self.size.height.saturating_sub(4)).max(1)
    }

    /// Applies every action, following up until none is left (at most a few steps).
    pub fn dispatch(&mut self, action: Action) {
        let mut next = Some(action);
        for _ in 0..8 {
            match next {
                Some(a) => next = self.update(a),
                None => break,
            }
        }
    }

    /// Applies one action; returns a follow-up action, if any.
    pub fn update(&mut self, action: Action) -> Option<Action> {
        if !matches!(action, Action::Resize { .. } | Action::SyncPanes) {
            self.message = None;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Resize { width, height } => {
                self.size = Rect::new(0, 0, width, height);
                self.relayout();
                for s in 0..self.sources() {
                    self.keep_cursor_visible(s);
                }
                // A text view's scroll stays within its (re-wrapped) length, the facts view's
                // columns within the sources.
                self.view_move(0);
                self.facts_columns(0);
                return self.follow_sync();
            }
            Action::Down => return self.move_cursor(1),
            Action::Up => return self.move_cursor(-1),
            Action::Top => return self.set_cursor(self.focus, 0),
            Action::Bottom => {
                let last = self.data.count(self.focus).saturating_sub(1);
                return self.set_cursor(self.focus, last);
            }
            Action::HalfPageDown => return self.move_lines(self.pane_height() / 2),
            Action::HalfPageUp => return self.move_lines_up(self.pane_height() / 2),
            Action::PageDown => return self.move_lines(self.pane_height().saturating_sub(1)),
            Action::PageUp => return self.move_lines_up(self.pane_height().saturating_sub(1)),
            Action::FocusNext => {
                let n = self.sources().max(1);
                return self.focus_source((self.focus + 1) % n);
            }
            Action::FocusPrev => {
                let n = self.sources().max(1);
                return self.focus_source((self.focus + n - 1) % n);
            }
            Action::FocusSource(s) => {
                if s < self.sources() {
                    return self.focus_source(s);
                }
                self.message = Some(format!("there is no source {}", s + 1));
            }
            Action::NextSources | Action::PrevSources => {
                let count = layout::panes_that_fit(self.size.width, self.sources(), self.zoom);
                let n = self.sources();
                let target = if action == Action::NextSources {
                    (self.first + count).min(n.saturating_sub(1))
                } else {
                    self.first.saturating_sub(count)
                };
                self.first = target;
                return self.focus_source(target);
            }
            Action::NextOnlyHere => return self.next_only_here(true),
            Action::PrevOnlyHere => return self.next_only_here(false),
            Action::NextConflict => return self.next_conflict(),
            Action::SearchStart => self.prompt = Some(String::new()),
            Action::SearchInput(c) => {
                if let Some(p) = &mut self.prompt
                    && !c.is_control()
                    && p.chars().count() < 200
                {
                    p.push(c);
                }
            }
            Action::SearchBackspace => {
                if let Some(p) = &mut self.prompt {
                    p.pop();
                }
            }
            Action::SearchConfirm => {
                let query = self.prompt.take().unwrap_or_default();
                if query.is_empty() {
                    self.search = None;
                    return None;
                }
                let search = Search::run(self.analysis, &query);
                let found = search.total();
                let capped = search.capped();
                self.search = Some(search);
                if found == 0 {
                    self.message = Some(format!("no hits for “{query}”"));
                    return None;
                }
                let follow = self.search_step(true, true);
                self.message = Some(if capped {
                    format!(
                        "{found} hits for “{query}”; n/N visit the first {} of each source",
                        super::search::MAX_HITS_PER_SOURCE
                    )
                } else {
                    format!("{found} hits for “{query}” (n/N: next/previous)")
                });
                return follow;
            }
            Action::SearchCancel => {
                self.prompt = None;
                self.search = None;
            }
            Action::SearchNext => return self.search_step(true, false),
            Action::SearchPrev => return self.search_step(false, false),
            Action::ToggleZoom => {
                self.zoom = !self.zoom;
                self.relayout();
                return self.ensure_and_sync(self.focus);
            }
            Action::ToggleSync => {
                self.sync = !self.sync;
                self.message = Some(if self.sync { "sync on" } else { "sync off" }.to_owned());
                return self.follow_sync();
            }
            Action::SyncPanes => self.sync_others(),
            Action::OpenDiff => {
                if let Some(info) = self.data.info(self.focus, self.cursor_of(self.focus)) {
                    self.overlay = Overlay::Diff(DiffState {
                        base: info.r,
                        scroll: 0,
                        paragraphs: false,
                    });
                }
            }
            Action::OpenFacts => self.open_facts(FactsFilter::All),
            Action::OpenSource => self.overlay = Overlay::Source { scroll: 0 },
            Action::OpenHelp => self.overlay = Overlay::Help { scroll: 0 },
            Action::OpenLegend => self.overlay = Overlay::Legend { scroll: 0 },
            Action::Close => self.overlay = Overlay::None,
            Action::Back => {
                if self.prompt.is_some() {
                    self.prompt = None;
                } else if self.overlay != Overlay::None {
                    self.overlay = Overlay::None;
                } else if self.search.is_some() {
                    self.search = None;
                } else {
                    self.quit = true;
                }
            }
            Action::ViewMove(d) => self.view_move(d),
            Action::ViewTop => self.view_move(i32::MIN / 2),
            Action::ViewBottom => self.view_move(i32::MAX / 2),
            Action::DiffNextBase => self.diff_next_base(),
            Action::DiffBase(s) => self.diff_base(s),
            Action::DiffParagraphs => {
                if let Overlay::Diff(d) = &mut self.overlay {
                    d.paragraphs = !d.paragraphs;
                    d.scroll = 0;
                }
            }
            Action::Filter(f) => self.open_facts(f),
            Action::FactsJump => return self.facts_jump(),
            Action::FactsColumns(d) => self.facts_columns(i64::from(d)),
            Action::FactsColumnPages(d) => {
                let page = facts_view::columns(self.screen().body, self.sources()).1;
                self.facts_columns(i64::from(d) * page.max(1) as i64);
            }
            Action::Wheel { column, row, lines } => self.wheel(column, row, lines),
            Action::Click { column, row } => return self.click(column, row),
            Action::JumpTo { source, sentence } => {
                if source < self.sources() {
                    self.focus = source;
                    self.relayout();
                    return self.set_cursor(source, sentence);
                }
            }
        }
        None
    }

    /// Cursor of a source (0 when out of range).
    pub fn cursor_of(&self, source: usize) -> usize {
        self.cursor.get(source).copied().unwrap_or(0)
    }

    /// Top line of a source's pane.
    pub fn scroll_of(&self, source: usize) -> usize {
        self.scroll.get(source).copied().unwrap_or(0)
    }

    /// The counterpart in `other` of sentence `r` ([`findings::counterpart`]).
    pub fn counterpart(&self, r: SentenceRef, other: usize) -> Option<SentenceRef> {
        findings::counterpart(self.analysis, r, other)
    }

    /// The sentence (reading order) of `other` that corresponds to the focused cursor, if any.
    pub fn matched_in(&self, other: usize) -> Option<usize> {
        if other == self.focus {
            return None;
        }
        let r = self.data.info(self.focus, self.cursor_of(self.focus))?.r;
        self.data.index(self.counterpart(r, other)?)
    }

    /// Rewraps sources whose pane width changed and clamps scroll offsets.
    pub fn relayout(&mut self) {
        let n = self.sources();
        // Nothing but a notice is drawn on a tiny terminal: keep the last wrapping rather than
        // wrap every article to a column or two.
        if layout::too_small(self.size) && self.wraps.len() == n {
            return;
        }
        if !self.zoom {
            let count = layout::panes_that_fit(self.size.width, n, false);
            self.first = layout::window_start(self.first, self.focus, count, n);
        }
        let screen = self.screen();
        let nominal = screen.panes.first().map_or(1, |p| p.text.width.max(1));
        for source in 0..n {
            let width = screen
                .panes
                .iter()
                .find(|p| p.source == source)
                .map_or(nominal, |p| p.text.width.max(1));
            let stale = self.wraps.get(source).is_none_or(|w| w.width != width);
            if stale && let Some(article) = self.analysis.articles.get(source) {
                let wrapped = wrap_article(article, width);
                if source < self.wraps.len() {
                    self.wraps[source] = wrapped;
                } else {
                    self.wraps.push(wrapped);
                }
            }
        }
        let h = self.pane_height();
        for (s, w) in self.wraps.iter().enumerate() {
            if let Some(top) = self.scroll.get_mut(s) {
                *top = (*top).min(w.max_scroll(h));
            }
        }
    }

    fn follow_sync(&self) -> Option<Action> {
        self.sync.then_some(Action::SyncPanes)
    }

    fn focus_source(&mut self, source: usize) -> Option<Action> {
        let source = source.min(self.sources().saturating_sub(1));
        // Reading in sync: the newly focused pane picks up at the counterpart of the cursor.
        if self.sync
            && let Some(k) = self.matched_in(source)
            && let Some(c) = self.cursor.get_mut(source)
        {
            *c = k;
        }
        self.focus = source;
        self.relayout();
        self.ensure_and_sync(self.focus)
    }

    fn ensure_and_sync(&mut self, source: usize) -> Option<Action> {
        self.keep_cursor_visible(source);
        self.follow_sync()
    }

    /// Puts the cursor of `source` on `sentence` (clamped) and keeps it in view.
    fn set_cursor(&mut self, source: usize, sentence: usize) -> Option<Action> {
        let last = self.data.count(source).saturating_sub(1);
        if let Some(c) = self.cursor.get_mut(source) {
            *c = sentence.min(last);
        }
        self.ensure_and_sync(source)
    }

    fn move_cursor(&mut self, delta: i64) -> Option<Action> {
        let cur = self.cursor_of(self.focus) as i64;
        let target = (cur + delta).max(0) as usize;
        self.set_cursor(self.focus, target)
    }

    fn move_lines(&mut self, lines: usize) -> Option<Action> {
        let w = self.wraps.get(self.focus)?;
        let cur = self.cursor_of(self.focus);
        let target_line = w.first_line(cur) + lines.max(1);
        let target = w
            .sentence_lines
            .iter()
            .position(|&(first, _)| first >= target_line)
            .unwrap_or(w.sentence_lines.len().saturating_sub(1));
        let h = self.pane_height();
        let max = w.max_scroll(h);
        if let Some(top) = self.scroll.get_mut(self.focus) {
            *top = (*top + lines).min(max);
        }
        self.set_cursor(self.focus, target.max(cur))
    }

    fn move_lines_up(&mut self, lines: usize) -> Option<Action> {
        let w = self.wraps.get(self.focus)?;
        let cur = self.cursor_of(self.focus);
        let target_line = w.first_line(cur).saturating_sub(lines.max(1));
        let target = w
            .sentence_lines
            .iter()
            .rposition(|&(first, _)| first <= target_line)
            .unwrap_or(0);
        if let Some(top) = self.scroll.get_mut(self.focus) {
            *top = top.saturating_sub(lines);
        }
        self.set_cursor(self.focus, target.min(cur))
    }

    /// Scrolls `source` so its cursor sentence is on screen.
    fn keep_cursor_visible(&mut self, source: usize) {
        let h = self.pane_height();
        let cur = self.cursor_of(source);
        let Some(w) = self.wraps.get(source) else {
            return;
        };
        let (first, last) = (w.first_line(cur), w.last_line(cur));
        let max = w.max_scroll(h);
        if let Some(top) = self.scroll.get_mut(source) {
            if first < *top {
                *top = first;
            } else if last >= *top + h {
                *top = (last + 1 - h).min(first);
            }
            *top = (*top).min(max);
        }
    }

    /// Scrolls every other pane so the counterpart of the cursor sentence sits level with it
    /// (by the sentence match, else by the aligned paragraph).
    fn sync_others(&mut self) {
        let focus = self.focus;
        let cur = self.cursor_of(focus);
        let Some(info) = self.data.info(focus, cur).copied() else {
            return;
        };
        let offset = self.wraps.get(focus).map_or(0, |w| {
            w.first_line(cur).saturating_sub(self.scroll_of(focus))
        });
        let h = self.pane_height();
        for other in 0..self.sources() {
            if other == focus {
                continue;
            }
            let target_line = if let Some(k) = self.matched_in(other) {
                self.wraps.get(other).map(|w| w.first_line(k))
            } else {
                self.aligned_paragraph(info.r, other)
                    .and_then(|p| self.wraps.get(other)?.paragraph_lines.get(p).copied())
            };
            if let (Some(line), Some(w)) = (target_line, self.wraps.get(other))
                && let Some(top) = self.scroll.get_mut(other)
            {
                *top = line.saturating_sub(offset).min(w.max_scroll(h));
            }
        }
    }

    /// The paragraph of `other` in the alignment row of `r`'s paragraph
    /// ([`findings::aligned_paragraph`]).
    pub fn aligned_paragraph(&self, r: SentenceRef, other: usize) -> Option<usize> {
        findings::aligned_paragraph(self.analysis, r, other)
    }

    fn next_only_here(&mut self, forward: bool) -> Option<Action> {
        let list = self.data.sentences.get(self.focus)?;
        let n = list.len();
        let cur = self.cursor_of(self.focus);
        let only = |k: usize| {
            list.get(k)
                .is_some_and(|s| s.support == findings::Support::Only)
        };
        let found = (1..=n)
            .map(|d| {
                if forward {
                    (cur + d) % n
                } else {
                    (cur + n * 2 - d) % n
                }
            })
            .find(|&k| only(k));
        match found {
            Some(k) => {
                if (forward && k <= cur) || (!forward && k >= cur) {
                    self.message = Some("wrapped around".to_owned());
                }
                self.set_cursor(self.focus, k)
            }
            None => {
                self.message = Some("no sentence only this source carries".to_owned());
                None
            }
        }
    }

    fn next_conflict(&mut self) -> Option<Action> {
        let here = (self.focus, self.cursor_of(self.focus));
        let stops = &self.data.conflict_stops;
        let Some(&(source, sentence)) = stops.iter().find(|&&s| s > here).or(stops.first()) else {
            self.message = Some("no conflicts found".to_owned());
            return None;
        };
        self.focus = source;
        self.relayout();
        self.set_cursor(source, sentence)
    }

    /// Moves to the next (or previous) hit; `from_cursor` starts from the cursor, not the
    /// current hit.
    fn search_step(&mut self, forward: bool, from_cursor: bool) -> Option<Action> {
        let search = self.search.as_ref()?;
        let here = match search.current.and_then(|k| search.hits.get(k)) {
            Some(&(s, span)) if !from_cursor => (s, span.start),
            _ => {
                let at = self
                    .data
                    .info(self.focus, self.cursor_of(self.focus))
                    .map_or(0, |i| i.span.start);
                // Start just before the cursor sentence so a hit inside it comes first.
                (self.focus, at.saturating_sub(usize::from(forward)))
            }
        };
        let k = if forward {
            if from_cursor && here.1 == 0 {
                search.hits.iter().position(|&(s, _)| s >= here.0)
            } else {
                search.next_after(here.0, here.1)
            }
        } else {
            search.prev_before(here.0, here.1)
        }?;
        let &(source, span) = search.hits.get(k)?;
        if let Some(s) = &mut self.search {
            s.current = Some(k);
            self.message = Some(if s.capped() {
                format!(
                    "hit {} of the {} kept ({} in all)",
                    k + 1,
                    s.hits.len(),
                    s.total()
                )
            } else {
                format!("hit {} of {}", k + 1, s.hits.len())
            });
        }
        let sentence = self.data.sentence_at(source, span.start).unwrap_or(0);
        self.focus = source;
        self.relayout();
        self.set_cursor(source, sentence)
    }

    fn open_facts(&mut self, filter: FactsFilter) {
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
    fn facts_columns(&mut self, delta: i64) {
        let n = self.sources();
        let shown = facts_view::columns(self.screen().body, n).1;
        if let Overlay::Facts(f) = &mut self.overlay {
            let max = n.saturating_sub(shown) as i64;
            f.first_source = (f.first_source as i64 + delta).clamp(0, max) as usize;
        }
    }

    fn facts_jump(&mut self) -> Option<Action> {
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

    /// Largest scroll offset of the open text view at the current size: the one that shows its
    /// last wrapped line at the bottom.
    fn overlay_max_scroll(&self) -> usize {
        use super::view::max_scroll;
        let body = self.screen().body;
        match &self.overlay {
            Overlay::Help { .. } => max_scroll(&super::help::lines(self), super::help::area(body)),
            Overlay::Legend { .. } => {
                max_scroll(&super::legend::lines(self), super::legend::area(self, body))
            }
            Overlay::Source { .. } => {
                max_scroll(&super::source_view::lines(self, self.focus), body)
            }
            Overlay::Diff(d) => max_scroll(&super::diff_view::lines(self, d), body),
            Overlay::Facts(_) | Overlay::None => 0,
        }
    }

    fn view_move(&mut self, delta: i32) {
        let step = |v: usize, max: usize| -> usize {
            (v as i64 + i64::from(delta)).clamp(0, max as i64) as usize
        };
        let max = self.overlay_max_scroll();
        match &mut self.overlay {
            Overlay::Help { scroll } | Overlay::Legend { scroll } | Overlay::Source { scroll } => {
                *scroll = step(*scroll, max)
            }
            Overlay::Diff(d) => d.scroll = step(d.scroll, max),
            Overlay::Facts(f) => f.selected = step(f.selected, f.rows.len().saturating_sub(1)),
            Overlay::None => {}
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

    fn diff_next_base(&mut self) {
        let Overlay::Diff(d) = &self.overlay else {
            return;
        };
        let list = self.diff_sources(d.base);
        let pos = list
            .iter()
            .position(|(s, _)| *s == d.base.source)
            .unwrap_or(0);
        if let Some(&(_, next)) = list.get((pos + 1) % list.len().max(1)) {
            self.overlay = Overlay::Diff(DiffState {
                base: next,
                scroll: 0,
                paragraphs: d.paragraphs,
            });
        }
    }

    fn diff_base(&mut self, source: usize) {
        let Overlay::Diff(d) = &self.overlay else {
            return;
        };
        match self
            .diff_sources(d.base)
            .into_iter()
            .find(|(s, _)| *s == source)
        {
            Some((_, r)) => {
                self.overlay = Overlay::Diff(DiffState {
                    base: r,
                    scroll: 0,
                    paragraphs: d.paragraphs,
                });
            }
            None => self.message = Some(format!("source {} has no counterpart", source + 1)),
        }
    }

    fn wheel(&mut self, column: u16, row: u16, lines: i32) {
        if self.overlay != Overlay::None {
            self.view_move(lines);
            return;
        }
        let screen = self.screen();
        let h = self.pane_height();
        if let Some(p) = screen
            .panes
            .iter()
            .find(|p| p.outer.contains((column, row).into()))
            && let (Some(w), Some(top)) = (self.wraps.get(p.source), self.scroll.get_mut(p.source))
        {
            *top = (*top as i64 + i64::from(lines)).clamp(0, w.max_scroll(h) as i64) as usize;
        }
    }

    fn click(&mut self, column: u16, row: u16) -> Option<Action> {
        if self.overlay != Overlay::None {
            return None;
        }
        let screen = self.screen();
        if row == screen.tabs.y {
            let tabs = super::tabs::layout(self, screen.tabs);
            let hit = tabs
                .iter()
                .find(|t| t.area.contains((column, row).into()))?;
            return Some(match hit.target {
                super::tabs::TabTarget::Source(s) => Action::FocusSource(s),
                super::tabs::TabTarget::Earlier => Action::PrevSources,
                super::tabs::TabTarget::Later => Action::NextSources,
            });
        }
        let p = screen
            .panes
            .iter()
            .find(|p| p.outer.contains((column, row).into()))?;
        let line = self.scroll_of(p.source) + usize::from(row.saturating_sub(p.text.y));
        let w = self.wraps.get(p.source)?;
        let sentence = w
            .lines
            .get(line)
            .and_then(|l| l.sentence)
            .or_else(|| w.sentence_near(line))?;
        Some(Action::JumpTo {
            source: p.source,
            sentence,
        })
    }
}
