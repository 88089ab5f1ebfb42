//! Moving through the panes: the cursor, scrolling, focus and the window of panes, reading in
//! sync, "only here" and conflict stops, search hits, the mouse.

use super::super::tabs::{self, TabTarget};
use super::{Action, App, Overlay};
use crate::findings::{self, Support};
use crate::model::SentenceRef;

impl App<'_> {
    pub(super) fn focus_source(&mut self, source: usize) -> Option<Action> {
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

    pub(super) fn ensure_and_sync(&mut self, source: usize) -> Option<Action> {
        self.keep_cursor_visible(source);
        self.follow_sync()
    }

    /// Puts the cursor of `source` on `sentence` (clamped) and keeps it in view.
    pub(super) fn set_cursor(&mut self, source: usize, sentence: usize) -> Option<Action> {
        let last = self.data.count(source).saturating_sub(1);
        if let Some(c) = self.cursor.get_mut(source) {
            *c = sentence.min(last);
        }
        self.ensure_and_sync(source)
    }

    pub(super) fn move_cursor(&mut self, delta: i64) -> Option<Action> {
        let cur = self.cursor_of(self.focus) as i64;
        let target = (cur + delta).max(0) as usize;
        self.set_cursor(self.focus, target)
    }

    pub(super) fn move_lines(&mut self, lines: usize) -> Option<Action> {
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

    pub(super) fn move_lines_up(&mut self, lines: usize) -> Option<Action> {
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
    pub(super) fn keep_cursor_visible(&mut self, source: usize) {
        if source == self.focus
            && let Some(p) = self.pad.get_mut(source)
        {
            *p = 0;
        }
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

    /// Scrolls every other pane so the counterpart of the cursor sentence sits on the cursor's
    /// row (by the sentence match, else by the aligned paragraph): filler lines above the text
    /// where the pane cannot scroll up far enough, scrolled past its end where it cannot
    /// scroll down far enough. A pane with no counterpart keeps its place.
    pub(super) fn sync_others(&mut self) {
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
                && let (Some(top), Some(pad)) =
                    (self.scroll.get_mut(other), self.pad.get_mut(other))
            {
                // Past the end only as far as keeps the counterpart's line on screen.
                let last = w.lines.len().saturating_sub(1).max(w.max_scroll(h));
                *pad = offset.saturating_sub(line);
                *top = line.saturating_sub(offset).min(last);
            }
        }
    }

    /// The paragraph of `other` in the alignment row of `r`'s paragraph
    /// ([`findings::aligned_paragraph`]).
    pub fn aligned_paragraph(&self, r: SentenceRef, other: usize) -> Option<usize> {
        findings::aligned_paragraph(self.analysis, r, other)
    }

    pub(super) fn next_only_here(&mut self, forward: bool) -> Option<Action> {
        self.next_where(
            forward,
            |list, k| list.get(k).is_some_and(|s| s.support == Support::Only),
            "no sentence only this source carries",
        )
    }

    /// The start of the next (or previous) run of sentences that differ from the others: not
    /// said by every source, or a side of a conflict.
    pub(super) fn next_difference(&mut self, forward: bool) -> Option<Action> {
        let differs = |list: &[super::super::derived::SentenceInfo], k: usize| {
            list.get(k)
                .is_some_and(|s| s.support != Support::All || s.conflict)
        };
        self.next_where(
            forward,
            move |list, k| differs(list, k) && (k == 0 || !differs(list, k - 1)),
            "every source says every sentence here: no differences",
        )
    }

    /// Moves the cursor to the next (or previous) sentence of the focused pane for which
    /// `stop` holds, wrapping around; says `none` when there is none.
    fn next_where(
        &mut self,
        forward: bool,
        stop: impl Fn(&[super::super::derived::SentenceInfo], usize) -> bool,
        none: &str,
    ) -> Option<Action> {
        let list = self.data.sentences.get(self.focus)?;
        let n = list.len();
        let cur = self.cursor_of(self.focus);
        let only = |k: usize| stop(list, k);
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
                self.message = Some(none.to_owned());
                None
            }
        }
    }

    pub(super) fn next_conflict(&mut self) -> Option<Action> {
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
    pub(super) fn search_step(&mut self, forward: bool, from_cursor: bool) -> Option<Action> {
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

    pub(super) fn wheel(&mut self, column: u16, row: u16, lines: i32) {
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
            if let Some(pad) = self.pad.get_mut(p.source) {
                *pad = 0;
            }
        }
    }

    pub(super) fn click(&mut self, column: u16, row: u16) -> Option<Action> {
        if self.overlay != Overlay::None {
            return None;
        }
        let screen = self.screen();
        if row == screen.tabs.y {
            let tabs = tabs::layout(
                self.analysis,
                &self.data.counts,
                self.tab_width,
                self.search.as_ref(),
                &screen,
                screen.tabs,
            );
            let hit = tabs
                .iter()
                .find(|t| t.area.contains((column, row).into()))?;
            return Some(match hit.target {
                TabTarget::Source(s) => Action::FocusSource(s),
                TabTarget::Earlier => Action::PrevSources,
                TabTarget::Later => Action::NextSources,
            });
        }
        let p = screen
            .panes
            .iter()
            .find(|p| p.outer.contains((column, row).into()))?;
        let line = (self.scroll_of(p.source) + usize::from(row.saturating_sub(p.text.y)))
            .checked_sub(self.pad_of(p.source))?;
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
