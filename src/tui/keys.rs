//! The one key table: every binding as (mode, keys, action, description). The key map
//! ([`super::keymap`]) looks events up here, the help screen lists it, and the README's key table is generated from it
//! (a test compares them). A new key is one row.

use super::action::{Action, FactsFilter};
use ratatui::crossterm::event::KeyCode;

/// Where a binding applies. The key map tries, in order: [`Mode::Anywhere`]; then the search
/// prompt while it is open (it takes every key); else the open view's own mode, then
/// [`Mode::AnyView`]; else [`Mode::Panes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Always, even in the search prompt.
    Anywhere,
    /// The search prompt is open.
    Prompt,
    /// The go-to-source prompt (`:`) is open.
    Goto,
    /// No view is open: the reading panes.
    Panes,
    /// Any view (help, legend, diff, facts, source) is open.
    AnyView,
    /// The diff view.
    Diff,
    /// The detail pane.
    Detail,
    /// The facts view.
    Facts,
    /// The source view.
    Source,
    /// The overview.
    Overview,
    /// The story list (several stories, none open).
    Stories,
}

impl Mode {
    /// The mode's name in the help screen and the README.
    pub fn name(self) -> &'static str {
        match self {
            Self::Anywhere => "anywhere",
            Self::Prompt => "search prompt",
            Self::Goto => "go-to prompt",
            Self::Panes => "panes",
            Self::AnyView => "any view",
            Self::Diff => "diff view",
            Self::Detail => "detail pane",
            Self::Facts => "facts view",
            Self::Source => "source view",
            Self::Overview => "overview",
            Self::Stories => "story list",
        }
    }
}

/// A key (or mouse gesture) as the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pat {
    /// A key without Ctrl (Shift is part of the character: `G`, `N`).
    Key(KeyCode),
    /// A character with Ctrl.
    Ctrl(char),
    /// Any of `1` … `9`.
    Digit,
    /// Any character without Ctrl.
    AnyChar,
    /// The mouse wheel.
    Wheel,
    /// A left click.
    Click,
}

/// A key pattern with the name shown for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// What it matches.
    pub pat: Pat,
    /// How the help and the README write it.
    pub name: &'static str,
}

/// What a binding does.
#[derive(Debug, Clone)]
pub enum Do {
    /// This action.
    Act(Action),
    /// The action for the digit's source (0-based).
    Digit(fn(usize) -> Action),
    /// The character typed into the search prompt.
    Type,
    /// Scroll by the wheel (three lines a notch).
    Wheel,
    /// Click where the mouse is.
    Click,
}

/// One row: in `mode` (only while a search is active when `searching`), each group of keys
/// does its action; `what` describes the groups in order, separated by ` / `.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    /// Where the row applies.
    pub mode: Mode,
    /// Only while a search is active (otherwise always in its mode).
    pub searching: bool,
    /// Groups of keys, each with its action.
    pub keys: &'static [(&'static [Key], Do)],
    /// What the groups do, in their order.
    pub what: &'static str,
    /// In the key-hint bar: its rank (0 first; the bar drops the highest ranks when narrow)
    /// and a word or two for it.
    pub hint: Option<(u8, &'static str)>,
}

impl Row {
    /// The row shown in the key-hint bar at `rank` as `label`.
    const fn hint(mut self, rank: u8, label: &'static str) -> Self {
        self.hint = Some((rank, label));
        self
    }
}

const fn k(code: KeyCode, name: &'static str) -> Key {
    Key {
        pat: Pat::Key(code),
        name,
    }
}
const fn c(ch: char, name: &'static str) -> Key {
    k(KeyCode::Char(ch), name)
}
const fn ctrl(ch: char, name: &'static str) -> Key {
    Key {
        pat: Pat::Ctrl(ch),
        name,
    }
}
const DIGIT: Key = Key {
    pat: Pat::Digit,
    name: "1 … 9",
};
const DOWN: Key = k(KeyCode::Down, "↓");
const UP: Key = k(KeyCode::Up, "↑");
const LEFT: Key = k(KeyCode::Left, "←");
const RIGHT: Key = k(KeyCode::Right, "→");
const HOME: Key = k(KeyCode::Home, "Home");
const END: Key = k(KeyCode::End, "End");
const PGDN: Key = k(KeyCode::PageDown, "PgDn");
const PGUP: Key = k(KeyCode::PageUp, "PgUp");
const ENTER: Key = k(KeyCode::Enter, "Enter");
const ESC: Key = k(KeyCode::Esc, "Esc");
const SPACE: Key = c(' ', "Space");

const fn row(mode: Mode, keys: &'static [(&'static [Key], Do)], what: &'static str) -> Row {
    Row {
        mode,
        searching: false,
        keys,
        what,
        hint: None,
    }
}

use Action as A;
use Do::Act;
use Mode::{
    AnyView, Anywhere, Detail, Diff, Facts, Goto, Overview, Panes, Prompt, Source, Stories,
};

/// Every binding, in the order the help and the README list them.
pub const TABLE: &[Row] = &[
    row(Anywhere, &[(&[ctrl('c', "Ctrl-C")], Act(A::Quit))], "quit"),
    row(
        Anywhere,
        &[
            (
                &[Key {
                    pat: Pat::Wheel,
                    name: "mouse wheel",
                }],
                Do::Wheel,
            ),
            (
                &[Key {
                    pat: Pat::Click,
                    name: "click",
                }],
                Do::Click,
            ),
        ],
        "scroll the pane (or view) under the mouse / put the cursor on a sentence, or focus a tab",
    ),
    row(
        Prompt,
        &[
            (
                &[Key {
                    pat: Pat::AnyChar,
                    name: "any character",
                }],
                Do::Type,
            ),
            (
                &[k(KeyCode::Backspace, "Backspace")],
                Act(A::SearchBackspace),
            ),
        ],
        "type into the search / delete its last character",
    ),
    row(
        Prompt,
        &[(&[ENTER], Act(A::SearchConfirm)), (&[ESC], Act(A::Back))],
        "run the search (case-insensitive, all panes) / cancel it",
    )
    .hint(0, "search / cancel"),
    row(
        Goto,
        &[
            (
                &[Key {
                    pat: Pat::AnyChar,
                    name: "0 … 9",
                }],
                Do::Type,
            ),
            (
                &[k(KeyCode::Backspace, "Backspace")],
                Act(A::SearchBackspace),
            ),
        ],
        "type the source number / delete its last digit",
    ),
    row(
        Goto,
        &[(&[ENTER], Act(A::GotoConfirm)), (&[ESC], Act(A::Back))],
        "focus that source / cancel",
    )
    .hint(0, "go / cancel"),
    row(
        Panes,
        &[
            (&[c('j', "j"), DOWN], Act(A::Down)),
            (&[c('k', "k"), UP], Act(A::Up)),
        ],
        "next / previous sentence in the focused pane",
    )
    .hint(1, "move"),
    row(
        Panes,
        &[
            (&[c('g', "g"), HOME], Act(A::Top)),
            (&[c('G', "G"), END], Act(A::Bottom)),
        ],
        "first / last sentence",
    )
    .hint(9, "top/end"),
    row(
        Panes,
        &[
            (&[ctrl('d', "Ctrl-d")], Act(A::HalfPageDown)),
            (&[ctrl('u', "Ctrl-u")], Act(A::HalfPageUp)),
        ],
        "half a screen down / up",
    ),
    row(
        Panes,
        &[
            (&[PGDN, SPACE, ctrl('f', "Ctrl-f")], Act(A::PageDown)),
            (&[PGUP, ctrl('b', "Ctrl-b")], Act(A::PageUp)),
        ],
        "a screen down / up",
    ),
    row(
        Panes,
        &[
            (
                &[c('l', "l"), RIGHT, k(KeyCode::Tab, "Tab")],
                Act(A::FocusNext),
            ),
            (
                &[c('h', "h"), LEFT, k(KeyCode::BackTab, "Shift-Tab")],
                Act(A::FocusPrev),
            ),
        ],
        "next / previous pane",
    )
    .hint(2, "pane"),
    row(
        Panes,
        &[(&[DIGIT], Do::Digit(A::FocusSource))],
        "focus source 1 … 9",
    ),
    row(
        Panes,
        &[(&[c(':', ":")], Act(A::GotoStart))],
        "focus any source by its number: type it, then Enter",
    )
    .hint(11, "go to source"),
    row(
        Panes,
        &[
            (&[c(']', "]")], Act(A::NextSources)),
            (&[c('[', "[")], Act(A::PrevSources)),
        ],
        "next / previous screenful of sources",
    )
    .hint(10, "more sources"),
    row(
        Panes,
        &[(&[c('z', "z")], Act(A::ToggleZoom))],
        "zoom: the focused pane alone, or all again",
    )
    .hint(12, "zoom"),
    row(
        Panes,
        &[(&[c('s', "s")], Act(A::ToggleSync))],
        "synchronised reading on (the default) / off: the other panes follow the counterparts of the cursor sentence",
    ),
    row(
        Panes,
        &[
            (&[c('n', "n")], Act(A::NextOnlyHere)),
            (&[c('N', "N")], Act(A::PrevOnlyHere)),
        ],
        "next / previous sentence only this source carries",
    )
    .hint(4, "only here"),
    Row {
        mode: Panes,
        searching: true,
        keys: &[
            (&[c('n', "n")], Act(A::SearchNext)),
            (&[c('N', "N")], Act(A::SearchPrev)),
        ],
        what: "next / previous search hit",
        hint: Some((0, "hits")),
    },
    row(
        Panes,
        &[
            (&[c('}', "}")], Act(A::NextDifference)),
            (&[c('{', "{")], Act(A::PrevDifference)),
        ],
        "next / previous difference: the start of a run of sentences not every source says",
    )
    .hint(4, "difference"),
    row(
        Panes,
        &[(&[c('c', "c")], Act(A::NextConflict))],
        "next sentence in a conflict",
    )
    .hint(5, "conflict"),
    row(
        Panes,
        &[(&[c('/', "/")], Act(A::SearchStart))],
        "open the search prompt",
    )
    .hint(3, "search"),
    row(
        Panes,
        &[(&[ENTER], Act(A::OpenDetail))],
        "detail pane: which sources say the cursor sentence, each counterpart with its score and why, conflict sides, the nearest sentence where there is none",
    )
    .hint(5, "why"),
    row(
        Panes,
        &[(&[c('d', "d")], Act(A::OpenDiff))],
        "diff view: the cursor sentence word-diffed against its counterparts",
    )
    .hint(6, "diff"),
    row(
        Panes,
        &[(&[c('f', "f")], Act(A::OpenFacts))],
        "facts view: claims and atoms × sources",
    )
    .hint(7, "facts"),
    row(
        Panes,
        &[(&[c('o', "o")], Act(A::OpenOverview))],
        "overview: per source its sentences, confirmed share, only-here sentences, omissions, conflicts",
    )
    .hint(9, "overview"),
    row(
        Panes,
        &[(&[c('i', "i")], Act(A::OpenSource))],
        "source view: metadata and everything cleaning removed, with the reason",
    )
    .hint(13, "source info"),
    row(
        Panes,
        &[
            (&[c('L', "L")], Act(A::OpenLegend)),
            (&[c('?', "?")], Act(A::OpenHelp)),
        ],
        "legend / help",
    )
    .hint(8, "legend/help"),
    row(
        Panes,
        &[(&[ESC], Act(A::Back))],
        "clear the active search (never quits)",
    ),
    Row {
        mode: Panes,
        searching: true,
        keys: &[(&[c('q', "q")], Act(A::Back))],
        what: "clear the active search",
        hint: Some((1, "clear search")),
    },
    row(
        Panes,
        &[(&[c('q', "q"), c('Q', "Q")], Act(A::Quit))],
        "quit",
    )
    .hint(0, "quit"),
    row(
        AnyView,
        &[
            (&[c('j', "j"), DOWN], Act(A::ViewMove(1))),
            (&[c('k', "k"), UP], Act(A::ViewMove(-1))),
        ],
        "scroll or move the selection by one line",
    )
    .hint(2, "scroll"),
    row(
        AnyView,
        &[
            (&[PGDN, SPACE, ctrl('d', "Ctrl-d")], Act(A::ViewMove(10))),
            (&[PGUP, ctrl('u', "Ctrl-u")], Act(A::ViewMove(-10))),
        ],
        "the same by ten",
    ),
    row(
        AnyView,
        &[
            (&[c('g', "g"), HOME], Act(A::ViewTop)),
            (&[c('G', "G"), END], Act(A::ViewBottom)),
        ],
        "to the top / the last line",
    ),
    row(
        AnyView,
        &[
            (&[c('L', "L")], Act(A::OpenLegend)),
            (&[c('?', "?")], Act(A::OpenHelp)),
        ],
        "legend / help",
    )
    .hint(9, "legend/help"),
    row(
        AnyView,
        &[(&[ESC, c('q', "q")], Act(A::Back))],
        "close the view",
    )
    .hint(0, "close"),
    row(AnyView, &[(&[c('Q', "Q")], Act(A::Quit))], "quit").hint(10, "quit"),
    row(
        Diff,
        &[
            (&[c('j', "j"), DOWN], Act(A::DiffSentence(1))),
            (&[c('k', "k"), UP], Act(A::DiffSentence(-1))),
        ],
        "the next / previous sentence of the base source (PgDn/PgUp scroll)",
    )
    .hint(1, "sentence"),
    row(
        Diff,
        &[
            (&[c(']', "]")], Act(A::DiffNextBase)),
            (&[c('[', "[")], Act(A::DiffPrevBase)),
        ],
        "the next / previous source with a counterpart becomes the base",
    )
    .hint(2, "source"),
    row(
        Diff,
        &[
            (&[c('b', "b")], Act(A::DiffNextBase)),
            (&[DIGIT], Do::Digit(A::DiffBase)),
        ],
        "make the next source / that source the base",
    )
    .hint(3, "base"),
    row(
        Diff,
        &[(&[c('p', "p")], Act(A::DiffParagraphs))],
        "compare whole paragraphs (aligned rows), or sentences again",
    )
    .hint(4, "paragraphs"),
    row(Diff, &[(&[c('d', "d")], Act(A::Close))], "close"),
    row(Detail, &[(&[ENTER], Act(A::Close))], "close"),
    row(
        Facts,
        &[
            (&[c('a', "a")], Act(A::Filter(FactsFilter::All))),
            (&[c('o', "o")], Act(A::Filter(FactsFilter::OnlyOne))),
            (&[c('m', "m")], Act(A::Filter(FactsFilter::MissingHere))),
            (&[c('c', "c")], Act(A::Filter(FactsFilter::Conflicts))),
            (&[c('v', "v")], Act(A::Filter(FactsFilter::QuoteVariants))),
        ],
        "all facts / only in one source / omitted by the focused source (2+ others carry them) / conflicts / quote variants",
    )
    .hint(3, "filter"),
    row(
        Facts,
        &[(&[ENTER], Act(A::FactsJump))],
        "jump to the selected fact in the panes",
    )
    .hint(1, "jump"),
    row(
        Facts,
        &[
            (&[c('l', "l"), RIGHT], Act(A::FactsColumns(1))),
            (&[c('h', "h"), LEFT], Act(A::FactsColumns(-1))),
        ],
        "scroll the source columns by one source",
    )
    .hint(4, "columns"),
    row(
        Facts,
        &[
            (&[c(']', "]")], Act(A::FactsColumnPages(1))),
            (&[c('[', "[")], Act(A::FactsColumnPages(-1))),
        ],
        "scroll the source columns by a screenful",
    ),
    row(Facts, &[(&[c('f', "f")], Act(A::Close))], "close"),
    row(Source, &[(&[c('i', "i")], Act(A::Close))], "close"),
    row(Overview, &[(&[c('o', "o")], Act(A::Close))], "close"),
    row(
        Panes,
        &[(&[k(KeyCode::Backspace, "Backspace")], Act(A::StoryList))],
        "back to the story list (when there are several stories)",
    ),
    row(
        Stories,
        &[
            (&[c('j', "j"), DOWN], Act(A::StoryMove(1))),
            (&[c('k', "k"), UP], Act(A::StoryMove(-1))),
        ],
        "next / previous story",
    )
    .hint(2, "move"),
    row(
        Stories,
        &[
            (&[PGDN], Act(A::StoryMove(10))),
            (&[PGUP], Act(A::StoryMove(-10))),
            (&[c('g', "g"), HOME], Act(A::StoryMove(i32::MIN / 2))),
            (&[c('G', "G"), END], Act(A::StoryMove(i32::MAX / 2))),
        ],
        "ten stories down / up / the first / the last",
    ),
    row(
        Stories,
        &[(&[ENTER], Act(A::StoryOpen))],
        "open the story's panes",
    )
    .hint(1, "open"),
    row(Stories, &[(&[c('q', "q"), c('Q', "Q")], Act(A::Quit))], "quit").hint(0, "quit"),
];

/// The precedence of modes, as the help ends it.
pub const PRECEDENCE: &str = "Precedence: the search prompt takes every key (Esc cancels it, Ctrl-C quits); then an open view; then n/N go to search hits and q clears the search while one is active.";

/// The safe keys, as the help ends.
pub const SAFE_KEYS: &str =
    "q and Esc close what is open and never lose your place. Esc never quits.";

/// The keys of a row as the help shows them: `j ↓ / k ↑`.
pub fn keys_text(row: &Row, quote: bool) -> String {
    let groups: Vec<String> = row
        .keys
        .iter()
        .map(|(keys, _)| {
            keys.iter()
                .map(|k| {
                    if quote && !matches!(k.pat, Pat::AnyChar | Pat::Wheel | Pat::Click) {
                        format!("`{}`", k.name)
                    } else {
                        k.name.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let mut text = groups.join(" / ");
    if row.searching {
        text.push_str(" while a search is active");
    }
    text
}

/// The key-hint bar for the `modes` tried in order (as the key map tries them), most useful
/// first: each hinted row as its keys (the first unshadowed key of each group: `j/k`) and its
/// label. Rows that need an active search come in only while `searching`, and shadow the keys
/// of the plain rows of their mode; a mode tried earlier shadows the same keys of later ones.
pub fn hints(modes: &[Mode], searching: bool) -> Vec<(String, &'static str)> {
    let live = |r: &&Row| modes.contains(&r.mode) && (!r.searching || searching);
    let rank_of = |m: Mode| modes.iter().position(|x| *x == m).unwrap_or(usize::MAX);
    // A key is shadowed by the same key in a mode tried earlier, or in a row of its own mode
    // that needs a search (those are tried first).
    let shadowed = |row: &Row, pat: Pat| {
        TABLE.iter().filter(live).any(|r| {
            let earlier = rank_of(r.mode) < rank_of(row.mode)
                || (r.mode == row.mode && r.searching && !row.searching);
            earlier && r.keys.iter().any(|(ks, _)| ks.iter().any(|k| k.pat == pat))
        })
    };
    let mut out: Vec<(u8, usize, String, &'static str)> = Vec::new();
    for row in TABLE.iter().filter(live) {
        let Some((rank, label)) = row.hint else {
            continue;
        };
        let keys: Vec<String> = row
            .keys
            .iter()
            .filter_map(|(ks, _)| {
                ks.iter()
                    .find(|k| !shadowed(row, k.pat))
                    .map(|k| k.name.replace(" … ", "…"))
            })
            .collect();
        if keys.is_empty() {
            continue;
        }
        let order = modes.iter().position(|m| *m == row.mode).unwrap_or(0);
        out.push((rank, order, keys.join("/"), label));
    }
    out.sort_by_key(|(rank, order, _, _)| (*rank, *order));
    out.into_iter().map(|(_, _, k, l)| (k, l)).collect()
}

/// The README's key table, as Markdown.
pub fn markdown_table() -> String {
    let mut out = String::from("| Mode | Key | Action |\n|---|---|---|\n");
    for row in TABLE {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            row.mode.name(),
            keys_text(row, true),
            row.what
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table under "### Keys" in the README, up to the first line that is not a table row.
    fn readme_table() -> String {
        let readme = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"));
        let after = readme
            .split_once("\n### Keys\n")
            .map_or("", |(_, rest)| rest);
        after
            .lines()
            .skip_while(|l| !l.starts_with('|'))
            .take_while(|l| l.starts_with('|'))
            .map(|l| format!("{l}\n"))
            .collect()
    }

    #[test]
    fn readme_key_table_is_the_key_table() {
        let expected = markdown_table();
        assert!(
            readme_table() == expected,
            "README.md's table under \"### Keys\" differs from src/tui/keys.rs; it should read:\n\n{expected}"
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for (i, a) in TABLE.iter().enumerate() {
            for b in &TABLE[i + 1..] {
                if a.mode != b.mode || a.searching != b.searching {
                    continue;
                }
                for (ka, _) in a.keys {
                    for (kb, _) in b.keys {
                        for x in ka.iter() {
                            assert!(
                                !kb.iter().any(|y| y.pat == x.pat),
                                "{:?} bound twice in {}",
                                x.name,
                                a.mode.name()
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn hints_follow_the_mode_and_the_search() {
        let panes = hints(&[Mode::Anywhere, Mode::Panes], false);
        assert_eq!(panes.first(), Some(&("q".to_owned(), "quit")));
        assert!(panes.contains(&("n/N".to_owned(), "only here")));
        assert!(panes.contains(&("d".to_owned(), "diff")));
        let searching = hints(&[Mode::Anywhere, Mode::Panes], true);
        assert_eq!(searching.first(), Some(&("n/N".to_owned(), "hits")));
        assert!(searching.contains(&("q".to_owned(), "clear search")));
        assert!(searching.contains(&("Q".to_owned(), "quit")));
        assert!(!searching.iter().any(|(_, l)| *l == "only here"));
        let prompt = hints(&[Mode::Anywhere, Mode::Prompt], true);
        assert_eq!(prompt, vec![("Enter/Esc".to_owned(), "search / cancel")]);
        let facts = hints(&[Mode::Anywhere, Mode::AnyView, Mode::Facts], false);
        assert_eq!(facts.first(), Some(&("Esc".to_owned(), "close")));
        assert!(facts.contains(&("Q".to_owned(), "quit")));
        assert!(facts.contains(&("a/o/m/c/v".to_owned(), "filter")));
    }

    #[test]
    fn keys_text_joins_groups_with_a_slash() {
        let row = TABLE
            .iter()
            .find(|r| r.mode == Mode::Panes && r.what.starts_with("next / previous sentence in"))
            .expect("the j/k row");
        assert_eq!(keys_text(row, true), "`j` `↓` / `k` `↑`");
        assert_eq!(keys_text(row, false), "j ↓ / k ↑");
    }
}
