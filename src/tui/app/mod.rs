//! The interface state and [`App::update`], which applies one [`Action`] and may return a
//! follow-up action (Elm-style). Nothing here draws, and nothing here calls drawing code: the
//! views keep the lines they show in their state ([`super::overlay`]), built when they open or
//! the terminal resizes. Cursor, scrolling, sync, search and mouse are in [`motion`]; opening,
//! scrolling and rebuilding views in [`views`].

mod motion;
mod views;

pub use super::overlay::{DetailState, DiffState, FactsState, Overlay, TextView};
pub use views::TextKind;

use super::action::{Action, FactsFilter};
use super::derived::Derived;
use super::facts_view;
use super::layout::{self, Screen};
use super::search::Search;
use super::theme::Theme;
use super::wrap::{Wrapped, wrap_article};
use crate::findings::{self, Analysis};
use crate::model::SentenceRef;
use ratatui::layout::Rect;

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
    /// Filler lines above each pane's text: reading in sync, they bring a counterpart down to
    /// the cursor's row when the pane cannot scroll that far up (0 in the focused pane).
    pub pad: Vec<usize>,
    /// Whether other panes follow the cursor.
    pub sync: bool,
    /// Whether the focused pane is shown alone.
    pub zoom: bool,
    /// The open overlay.
    pub overlay: Overlay,
    /// The search being typed, if the prompt is open.
    pub prompt: Option<String>,
    /// The source number being typed, if the go-to prompt (`:`) is open.
    pub goto: Option<String>,
    /// The active search.
    pub search: Option<Search>,
    /// A one-line message for the status bar.
    pub message: Option<String>,
    /// Set when the user asked to quit.
    pub quit: bool,
    /// True when these panes show one of several stories (opened from the story list).
    pub in_story_list: bool,
    /// Set when the user asked to go back to the story list.
    pub back_to_list: bool,
    /// Each source wrapped to the width of its pane.
    pub wraps: Vec<Wrapped>,
    /// Widest a tab's label may be.
    pub tab_width: usize,
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
            pad: vec![0; n],
            sync: true,
            zoom: false,
            overlay: Overlay::None,
            prompt: None,
            goto: None,
            search: None,
            message: None,
            quit: false,
            in_story_list: false,
            back_to_list: false,
            wraps: Vec::new(),
            tab_width: super::config::DEFAULT_TAB_WIDTH,
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
        usize::from(self.size.height.saturating_sub(5)).max(1)
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
            Action::StoryList => {
                if self.in_story_list {
                    self.back_to_list = true;
                } else {
                    self.message = Some("one story: there is no story list".into());
                }
            }
            // Keys of the story list (src/tui/stories.rs), not of the panes.
            Action::StoryMove(_) | Action::StoryOpen => {}
            Action::Resize { width, height } => {
                self.size = Rect::new(0, 0, width, height);
                self.relayout();
                for s in 0..self.sources() {
                    self.keep_cursor_visible(s);
                }
                // An open view is built again for the new size; a text view's scroll stays
                // within its (re-wrapped) length, the facts view's columns within the sources.
                self.rebuild_overlay();
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
            Action::NextDifference => return self.next_difference(true),
            Action::PrevDifference => return self.next_difference(false),
            Action::SearchStart => self.prompt = Some(String::new()),
            Action::GotoStart => self.goto = Some(String::new()),
            Action::GotoConfirm => {
                let typed = self.goto.take().unwrap_or_default();
                match typed.parse::<usize>() {
                    Ok(n) if (1..=self.sources()).contains(&n) => {
                        return self.focus_source(n - 1);
                    }
                    _ if typed.is_empty() => {}
                    _ => {
                        self.message = Some(format!(
                            "there is no source {typed} (1 … {})",
                            self.sources()
                        ));
                    }
                }
            }
            Action::SearchInput(c) if self.goto.is_some() => {
                if let Some(g) = &mut self.goto
                    && c.is_ascii_digit()
                    && g.len() < 7
                {
                    g.push(c);
                }
            }
            Action::SearchInput(c) => {
                if let Some(p) = &mut self.prompt
                    && !c.is_control()
                    && p.chars().count() < 200
                {
                    p.push(c);
                }
            }
            Action::SearchBackspace => {
                if let Some(g) = &mut self.goto {
                    g.pop();
                } else if let Some(p) = &mut self.prompt {
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
                    self.open_diff(info.r, false);
                }
            }
            Action::OpenDetail => {
                if let Some(info) = self.data.info(self.focus, self.cursor_of(self.focus)) {
                    self.open_detail(info.r);
                }
            }
            Action::OpenFacts => self.open_facts(FactsFilter::All),
            Action::OpenSource => self.open_text(TextKind::Source),
            Action::OpenHelp => self.open_text(TextKind::Help),
            Action::OpenOverview => self.open_text(TextKind::Overview),
            Action::OpenLegend => self.open_text(TextKind::Legend),
            Action::Close => self.overlay = Overlay::None,
            Action::Back => {
                if self.prompt.is_some() {
                    self.prompt = None;
                } else if self.goto.is_some() {
                    self.goto = None;
                } else if self.overlay != Overlay::None {
                    self.overlay = Overlay::None;
                } else if self.search.is_some() {
                    self.search = None;
                    self.message = Some("search cleared".to_owned());
                } else {
                    self.message = Some("nothing to close · q or Q quits".to_owned());
                }
            }
            Action::ViewMove(d) => self.view_move(d),
            Action::ViewTop => self.view_move(i32::MIN / 2),
            Action::ViewBottom => self.view_move(i32::MAX / 2),
            Action::DiffNextBase => self.diff_step_base(true),
            Action::DiffPrevBase => self.diff_step_base(false),
            Action::DiffSentence(d) => return self.diff_sentence(d),
            Action::DiffBase(s) => self.diff_base(s),
            Action::DiffParagraphs => {
                if let Overlay::Diff(d) = &self.overlay {
                    self.open_diff(d.base, !d.paragraphs);
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

    /// Filler lines above a source's text (see [`App::pad`]).
    pub fn pad_of(&self, source: usize) -> usize {
        self.pad.get(source).copied().unwrap_or(0)
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
        if let Some(p) = self.pad.get_mut(self.focus) {
            *p = 0;
        }
    }

    fn follow_sync(&self) -> Option<Action> {
        self.sync.then_some(Action::SyncPanes)
    }
}

#[cfg(test)]
mod tests {
    /// The state side of the interface never reaches back into drawing or dispatch: the
    /// modules `app` uses name none of `app`, `view`, `panes`, `keymap`.
    #[test]
    fn state_modules_do_not_import_drawing() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/tui");
        let state = [
            "action",
            "derived",
            "detail_view",
            "diff_view",
            "facts_view",
            "hanging",
            "help",
            "keys",
            "layout",
            "legend",
            "overlay",
            "overview",
            "search",
            "source_view",
            "tabs",
            "theme",
            "wrap",
        ];
        for name in state {
            let path = format!("{dir}/{name}.rs");
            let text = std::fs::read_to_string(&path).expect("interface module");
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for drawing in ["app", "view", "panes", "keymap"] {
                    assert!(
                        !line.contains(&format!("super::{drawing}::"))
                            && !line.contains(&format!("super::{drawing};")),
                        "{path} uses {drawing}: {line}"
                    );
                }
            }
        }
    }
}
