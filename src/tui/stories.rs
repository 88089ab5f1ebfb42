//! The story list: with several stories the interface opens on it. State ([`StoryList`], moved
//! by [`StoryList::update`]) and drawing (its [`Widget`]) of one screen: a header, then a line
//! per story with its number, title, number of sources, how much of it other sources of the
//! story confirm, date range and outlets. `Enter` opens a story's panes; `Backspace` there comes
//! back here (keys in [`super::keys::TABLE`], mode "story list").

use super::action::Action;
use super::theme::Theme;
use crate::findings::Analysis;
use crate::findings::confirmed_percent;
use crate::findings::stories::{StoryInfo, story_infos};
use crate::text::sanitize::for_display;
use crate::text::width::truncate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The story list's state.
#[derive(Debug, Clone)]
pub struct StoryList {
    /// What the list shows of each story.
    pub infos: Vec<StoryInfo>,
    /// The selected story.
    pub selected: usize,
    /// The first story on screen.
    pub offset: usize,
    /// Terminal area.
    pub size: Rect,
    /// Styles.
    pub theme: Theme,
    /// Set when the user asked to quit.
    pub quit: bool,
    /// Set to the story to open (taken by the loop).
    pub open: Option<usize>,
}

impl StoryList {
    /// The list of the analysis' stories, the first selected.
    pub fn new(analysis: &Analysis, theme: Theme) -> Self {
        Self {
            infos: story_infos(analysis),
            selected: 0,
            offset: 0,
            size: Rect::new(0, 0, 80, 24),
            theme,
            quit: false,
            open: None,
        }
    }

    /// Rows available for stories (two lines each), below the header and above the status line.
    fn visible(&self) -> usize {
        (usize::from(self.size.height.saturating_sub(3)) / 2).max(1)
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Resize { width, height } => self.size = Rect::new(0, 0, width, height),
            Action::StoryMove(d) => {
                let last = self.infos.len().saturating_sub(1) as i64;
                let at = (self.selected as i64).saturating_add(i64::from(d));
                self.selected = at.clamp(0, last.max(0)) as usize;
            }
            Action::StoryOpen if !self.infos.is_empty() => self.open = Some(self.selected),
            _ => {}
        }
        let visible = self.visible();
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + visible {
            self.offset = self.selected + 1 - visible;
        }
    }
}

/// The facts of a story in one line: sources, share confirmed, dates, outlets.
fn facts(info: &StoryInfo) -> String {
    let mut parts = vec![format!(
        "{} {}",
        info.sources,
        if info.sources == 1 {
            "source"
        } else {
            "sources"
        }
    )];
    if let Some(p) = confirmed_percent(info.confirmed.0, info.confirmed.1) {
        parts.push(format!("{p} % confirmed"));
    }
    match &info.dates {
        Some((a, b)) if a == b => parts.push(a.clone()),
        Some((a, b)) => parts.push(format!("{a} to {b}")),
        None => {}
    }
    // Last: labels (first words when the outlet is unknown) can be long, and the line is cut
    // to the width.
    if !info.outlets.is_empty() {
        parts.push(info.outlets.join(", "));
    }
    parts.join(" · ")
}

impl Widget for &StoryList {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let width = usize::from(area.width);
        let bold = Style::default().add_modifier(Modifier::BOLD);
        let header = format!("factdiff: {} stories", self.infos.len());
        Line::from(Span::styled(truncate(&header, width), bold))
            .render(Rect::new(area.x, area.y, area.width, 1), buf);
        let visible = self.visible();
        for (row, (t, info)) in self
            .infos
            .iter()
            .enumerate()
            .skip(self.offset)
            .take(visible)
            .enumerate()
        {
            let y = area.y + 2 + (row as u16) * 2;
            if y + 1 >= area.y + area.height {
                break;
            }
            let selected = t == self.selected;
            let mark = if selected { "▶ " } else { "  " };
            let title = format!("{mark}{:>3}. {}", t + 1, for_display(&info.title));
            let style = if selected {
                self.theme.selected.add_modifier(Modifier::BOLD)
            } else {
                bold
            };
            Line::from(Span::styled(truncate(&title, width), style))
                .render(Rect::new(area.x, y, area.width, 1), buf);
            let second = format!("       {}", for_display(&facts(info)));
            Line::from(Span::styled(truncate(&second, width), self.theme.dim))
                .render(Rect::new(area.x, y + 1, area.width, 1), buf);
        }
        if area.height >= 2 {
            let status = "Enter open · j/k move · Backspace (in a story) back here · q quit";
            Line::from(Span::styled(truncate(status, width), self.theme.dim)).render(
                Rect::new(area.x, area.y + area.height - 1, area.width, 1),
                buf,
            );
        }
    }
}
