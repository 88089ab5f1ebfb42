//! Everything the user (or the terminal) can ask of the interface, as plain data. The key map
//! turns events into actions; [`super::app::App::update`] applies them, Elm-style.

use serde::{Deserialize, Serialize};

/// A filter of the facts view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum FactsFilter {
    /// Every claim and atom.
    #[default]
    All,
    /// Facts only one source carries.
    OnlyOne,
    /// Omissions of the focused source: claims at least two other sources carry and it lacks
    /// ([`crate::findings::Analysis::omissions`], the same list the report gives).
    MissingHere,
    /// Same claim, different values.
    Conflicts,
    /// Same quotation, different wording.
    QuoteVariants,
}

impl FactsFilter {
    /// Short name shown in the view's title.
    pub fn name(self) -> &'static str {
        match self {
            Self::All => "all facts",
            Self::OnlyOne => "only in one source",
            Self::MissingHere => "omitted here",
            Self::Conflicts => "conflicts",
            Self::QuoteVariants => "quote variants",
        }
    }
}

/// One thing to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// The terminal now has this size.
    Resize {
        /// Columns.
        width: u16,
        /// Rows.
        height: u16,
    },
    /// Cursor to the next sentence of the focused pane.
    Down,
    /// Cursor to the previous sentence.
    Up,
    /// Cursor to the first sentence.
    Top,
    /// Cursor to the last sentence.
    Bottom,
    /// Cursor half a screen down.
    HalfPageDown,
    /// Cursor half a screen up.
    HalfPageUp,
    /// Cursor a screen down.
    PageDown,
    /// Cursor a screen up.
    PageUp,
    /// Focus the next source.
    FocusNext,
    /// Focus the previous source.
    FocusPrev,
    /// Focus a source by index (0-based).
    FocusSource(usize),
    /// Bring the next screenful of sources in.
    NextSources,
    /// Bring the previous screenful of sources in.
    PrevSources,
    /// Cursor to the next sentence only the focused source carries.
    NextOnlyHere,
    /// Cursor to the previous sentence only the focused source carries.
    PrevOnlyHere,
    /// Cursor to the next sentence involved in a conflict.
    NextConflict,
    /// Cursor to the start of the next run of sentences not every source says.
    NextDifference,
    /// Cursor to the start of the previous such run.
    PrevDifference,
    /// Start typing a search.
    SearchStart,
    /// Open the go-to prompt: type a source number.
    GotoStart,
    /// Focus the source whose number the go-to prompt holds.
    GotoConfirm,
    /// A character typed into the open prompt (search, or the go-to prompt's digits).
    SearchInput(char),
    /// Delete the last character of the search prompt.
    SearchBackspace,
    /// Run the typed search and go to the first hit.
    SearchConfirm,
    /// Close the prompt and clear the search.
    SearchCancel,
    /// Go to the next search hit.
    SearchNext,
    /// Go to the previous search hit.
    SearchPrev,
    /// Show one pane at full width, or all again.
    ToggleZoom,
    /// Turn synchronised scrolling off or on.
    ToggleSync,
    /// Scroll the other panes to the counterparts of the cursor sentence.
    SyncPanes,
    /// Open the diff view of the cursor sentence.
    OpenDiff,
    /// Open the detail pane of the cursor sentence: why it is marked as it is.
    OpenDetail,
    /// Open the facts view.
    OpenFacts,
    /// Open the source view of the focused source.
    OpenSource,
    /// Open the overview of all sources.
    OpenOverview,
    /// Open the help overlay.
    OpenHelp,
    /// Open the legend.
    OpenLegend,
    /// Close the open overlay.
    Close,
    /// Escape (and `q` in a view or with a search): closes the prompt, the view or the search;
    /// never quits.
    Back,
    /// Move the selection or scroll of the open view.
    ViewMove(i32),
    /// To the start of the open view.
    ViewTop,
    /// To the end of the open view.
    ViewBottom,
    /// Diff view: make the next source with a counterpart the base.
    DiffNextBase,
    /// Diff view: make the previous source with a counterpart the base.
    DiffPrevBase,
    /// Diff view: the base source's next (positive) or previous sentence becomes the base.
    DiffSentence(i32),
    /// Diff view: make this source (0-based) the base.
    DiffBase(usize),
    /// Diff view: compare whole paragraphs instead of sentences, or back.
    DiffParagraphs,
    /// Facts view: show only these facts.
    Filter(FactsFilter),
    /// Facts view: jump to the selected fact in the panes.
    FactsJump,
    /// Facts view: scroll the source columns right (positive) or left by this many sources.
    FactsColumns(i32),
    /// Facts view: scroll the source columns by this many screenfuls of columns.
    FactsColumnPages(i32),
    /// Scroll the pane under the mouse (lines, negative is up).
    Wheel {
        /// Column of the mouse.
        column: u16,
        /// Row of the mouse.
        row: u16,
        /// Lines to scroll.
        lines: i32,
    },
    /// A mouse click.
    Click {
        /// Column of the click.
        column: u16,
        /// Row of the click.
        row: u16,
    },
    /// Put the cursor on a sentence (source, reading-order index) and focus its pane.
    JumpTo {
        /// Source index (0-based).
        source: usize,
        /// Sentence index in reading order.
        sentence: usize,
    },
    /// Story list: the selection moves by this many stories (negative: up).
    StoryMove(i32),
    /// Story list: open the selected story's panes.
    StoryOpen,
    /// Panes of one of several stories: back to the story list.
    StoryList,
}
