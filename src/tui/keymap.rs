//! Turns terminal events into actions by looking them up in the key table
//! ([`super::keys::TABLE`]), in the mode the interface is in. Precedence, highest first: keys
//! bound anywhere (Ctrl-C, the mouse); the search prompt, which takes every other key; an open
//! view's keys (those every view has, and its own); else the panes. In the panes, `n`/`N` go to
//! search hits while a search is active, otherwise to sentences only this source carries.

use super::action::Action;
use super::app::{App, Overlay};
use super::keys::{Do, Mode, Pat, TABLE};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// The action for a terminal event, if any.
pub fn map_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => map_key(app, k),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        Event::Mouse(m) => lookup(Mode::Anywhere, false, Input::Mouse(m)),
        _ => None,
    }
}

/// The action for a terminal event in the story list (keys bound anywhere, then the list's).
pub fn map_list_event(event: &Event) -> Option<Action> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => [Mode::Anywhere, Mode::Stories]
            .iter()
            .find_map(|&mode| lookup(mode, false, Input::Key(k))),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

/// The modes to try for a key, in order (the key-hint bar shows the same).
pub fn modes(app: &App) -> &'static [Mode] {
    if app.prompt.is_some() {
        return &[Mode::Anywhere, Mode::Prompt];
    }
    if app.goto.is_some() {
        return &[Mode::Anywhere, Mode::Goto];
    }
    match &app.overlay {
        Overlay::None => &[Mode::Anywhere, Mode::Panes],
        Overlay::Diff(_) => &[Mode::Anywhere, Mode::Diff, Mode::AnyView],
        Overlay::Detail(_) => &[Mode::Anywhere, Mode::AnyView, Mode::Detail],
        Overlay::Facts(_) => &[Mode::Anywhere, Mode::AnyView, Mode::Facts],
        Overlay::Source(_) => &[Mode::Anywhere, Mode::AnyView, Mode::Source],
        Overlay::Overview(_) => &[Mode::Anywhere, Mode::AnyView, Mode::Overview],
        Overlay::Help(_) | Overlay::Legend(_) => &[Mode::Anywhere, Mode::AnyView],
    }
}

/// The action for a key press.
pub fn map_key(app: &App, key: &KeyEvent) -> Option<Action> {
    let searching = app.search.is_some();
    modes(app)
        .iter()
        .find_map(|&mode| lookup(mode, searching, Input::Key(key)))
}

/// An event the table can match: a key press or a mouse gesture.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// A key press.
    Key(&'a KeyEvent),
    /// A mouse event.
    Mouse(&'a MouseEvent),
}

fn matches(pat: Pat, input: Input<'_>, mode: Mode) -> Option<Option<usize>> {
    match input {
        Input::Key(key) => {
            let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
            match (pat, key.code) {
                (Pat::Ctrl(p), KeyCode::Char(ch)) if ctrl && ch == p => Some(None),
                (Pat::Key(p), code) if code == p => {
                    // The prompt's Enter, Esc and Backspace work with Ctrl held too; elsewhere
                    // a key with Ctrl is only ever a Ctrl binding.
                    let named = !matches!(code, KeyCode::Char(_));
                    (!ctrl || (matches!(mode, Mode::Prompt | Mode::Goto) && named)).then_some(None)
                }
                (Pat::Digit, KeyCode::Char(ch)) if !ctrl => ch
                    .to_digit(10)
                    .filter(|d| (1..=9).contains(d))
                    .map(|d| Some(d as usize - 1)),
                (Pat::AnyChar, KeyCode::Char(_)) if !ctrl => Some(None),
                _ => None,
            }
        }
        Input::Mouse(m) => match (pat, m.kind) {
            (Pat::Wheel, MouseEventKind::ScrollDown | MouseEventKind::ScrollUp) => Some(None),
            (Pat::Click, MouseEventKind::Down(MouseButton::Left)) => Some(None),
            _ => None,
        },
    }
}

fn action(what: &Do, digit: Option<usize>, input: Input<'_>) -> Option<Action> {
    match (what, input) {
        (Do::Act(a), _) => Some(a.clone()),
        (Do::Digit(f), _) => digit.map(*f),
        (Do::Type, Input::Key(key)) => match key.code {
            KeyCode::Char(ch) => Some(Action::SearchInput(ch)),
            _ => None,
        },
        (Do::Wheel, Input::Mouse(m)) => Some(Action::Wheel {
            column: m.column,
            row: m.row,
            lines: if m.kind == MouseEventKind::ScrollUp {
                -3
            } else {
                3
            },
        }),
        (Do::Click, Input::Mouse(m)) => Some(Action::Click {
            column: m.column,
            row: m.row,
        }),
        _ => None,
    }
}

/// The action the table binds to `input` in `mode` (rows that need an active search only when
/// `searching`; those come first).
pub fn lookup(mode: Mode, searching: bool, input: Input<'_>) -> Option<Action> {
    let rows = TABLE.iter().filter(|r| r.mode == mode);
    let conditional = rows.clone().filter(|r| r.searching && searching);
    let plain = rows.filter(|r| !r.searching);
    conditional.chain(plain).find_map(|r| {
        r.keys.iter().find_map(|(keys, what)| {
            keys.iter()
                .find_map(|key| matches(key.pat, input, mode))
                .and_then(|digit| action(what, digit, input))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_follows_modes_and_conditions() {
        let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
        let n = key(KeyCode::Char('n'));
        assert_eq!(
            lookup(Mode::Panes, false, Input::Key(&n)),
            Some(Action::NextOnlyHere)
        );
        assert_eq!(
            lookup(Mode::Panes, true, Input::Key(&n)),
            Some(Action::SearchNext)
        );
        let seven = key(KeyCode::Char('7'));
        assert_eq!(
            lookup(Mode::Diff, false, Input::Key(&seven)),
            Some(Action::DiffBase(6))
        );
        assert_eq!(
            lookup(Mode::Panes, false, Input::Key(&key(KeyCode::Char('0')))),
            None
        );
        let ctrl_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
        assert_eq!(lookup(Mode::Panes, false, Input::Key(&ctrl_j)), None);
        let ctrl_enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::CONTROL);
        assert_eq!(
            lookup(Mode::Prompt, false, Input::Key(&ctrl_enter)),
            Some(Action::SearchConfirm)
        );
    }
}
