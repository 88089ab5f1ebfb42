//! What covers the panes, as state: each view keeps the lines it shows, built when it opens and
//! again when the terminal resizes, with its frame and scroll. Drawing only reads this; the
//! update step clamps scrolling against the stored size, never by drawing.

pub use super::facts_view::FactsState;
use crate::model::SentenceRef;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

/// A framed view of text lines: help, legend, source and diff views.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextView {
    /// Title on the top border.
    pub title: String,
    /// The text, unwrapped.
    pub lines: Vec<Line<'static>>,
    /// Where the frame goes.
    pub area: Rect,
    /// First screen line shown.
    pub scroll: usize,
    /// Largest useful scroll: the one that shows the last wrapped line at the bottom.
    pub max_scroll: usize,
}

impl TextView {
    /// A view of `lines` framed in `area`, scrolled to `scroll` (clamped).
    pub fn new(title: String, lines: Vec<Line<'static>>, area: Rect, scroll: usize) -> Self {
        let max_scroll = max_scroll(&lines, area);
        Self {
            title,
            lines,
            area,
            scroll: scroll.min(max_scroll),
            max_scroll,
        }
    }
}

/// The text area inside a view's frame.
pub fn inner(area: Rect) -> Rect {
    Block::bordered().inner(area)
}

/// Number of screen lines `lines` take wrapped to `width` columns.
pub fn wrapped_height(lines: &[Line<'_>], width: u16) -> usize {
    Paragraph::new(lines.to_vec())
        .wrap(Wrap { trim: false })
        .line_count(width)
}

/// Largest useful scroll offset of `lines` shown framed in `area`: the offset that puts the
/// last wrapped line at the bottom.
pub fn max_scroll(lines: &[Line<'_>], area: Rect) -> usize {
    let inner = inner(area);
    wrapped_height(lines, inner.width).saturating_sub(usize::from(inner.height))
}

/// State of the diff view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffState {
    /// The sentence the others are compared against.
    pub base: SentenceRef,
    /// Whether whole paragraphs are compared instead of sentences.
    pub paragraphs: bool,
    /// Its text.
    pub view: TextView,
}

/// State of the detail pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetailState {
    /// The sentence explained.
    pub sentence: SentenceRef,
    /// Its text.
    pub view: TextView,
}

/// What covers the panes, if anything.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// Nothing: the panes are in charge.
    None,
    /// Every key.
    Help(TextView),
    /// What the marks mean.
    Legend(TextView),
    /// A sentence against its counterparts.
    Diff(DiffState),
    /// Why a sentence is marked as it is.
    Detail(DetailState),
    /// Claims and atoms × sources.
    Facts(FactsState),
    /// Metadata and removed text of the focused source.
    Source(TextView),
    /// Per-source counts.
    Overview(TextView),
}

impl Overlay {
    /// The open text view, if the overlay is one.
    pub fn text(&self) -> Option<&TextView> {
        match self {
            Self::Help(v) | Self::Legend(v) | Self::Source(v) | Self::Overview(v) => Some(v),
            Self::Diff(d) => Some(&d.view),
            Self::Detail(d) => Some(&d.view),
            Self::Facts(_) | Self::None => None,
        }
    }

    /// The open text view, to change.
    pub fn text_mut(&mut self) -> Option<&mut TextView> {
        match self {
            Self::Help(v) | Self::Legend(v) | Self::Source(v) | Self::Overview(v) => Some(v),
            Self::Diff(d) => Some(&mut d.view),
            Self::Detail(d) => Some(&mut d.view),
            Self::Facts(_) | Self::None => None,
        }
    }
}
