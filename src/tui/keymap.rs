//! Turns terminal events into actions, by mode. Precedence, highest first: the search prompt
//! takes every key; then an open overlay's keys; then the panes. In the panes, `n`/`N` go to
//! search hits while a search is active, otherwise to sentences only this source carries.

use super::action::{Action, FactsFilter};
use super::app::{App, Overlay};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

/// The action for a terminal event, if any.
pub fn map_event(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => map_key(app, k),
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Wheel {
                column: m.column,
                row: m.row,
                lines: 3,
            }),
            MouseEventKind::ScrollUp => Some(Action::Wheel {
                column: m.column,
                row: m.row,
                lines: -3,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            _ => None,
        },
        _ => None,
    }
}

/// The action for a key press.
pub fn map_key(app: &App, key: &KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c')) {
        return Some(Action::Quit);
    }
    if app.prompt.is_some() {
        return match key.code {
            KeyCode::Enter => Some(Action::SearchConfirm),
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Backspace => Some(Action::SearchBackspace),
            KeyCode::Char(c) if !ctrl => Some(Action::SearchInput(c)),
            _ => None,
        };
    }
    match &app.overlay {
        Overlay::None => map_panes(app, key, ctrl),
        overlay => map_overlay(overlay, key, ctrl),
    }
}

fn digit(c: char) -> Option<usize> {
    c.to_digit(10)
        .filter(|d| (1..=9).contains(d))
        .map(|d| d as usize - 1)
}

fn map_panes(app: &App, key: &KeyEvent, ctrl: bool) -> Option<Action> {
    use KeyCode::*;
    Some(match key.code {
        Char('d') if ctrl => Action::HalfPageDown,
        Char('u') if ctrl => Action::HalfPageUp,
        Char('f') if ctrl => Action::PageDown,
        Char('b') if ctrl => Action::PageUp,
        _ if ctrl => return None,
        Char('q') => Action::Quit,
        Esc => Action::Back,
        Char('j') | Down => Action::Down,
        Char('k') | Up => Action::Up,
        Char('g') | Home => Action::Top,
        Char('G') | End => Action::Bottom,
        PageDown | Char(' ') => Action::PageDown,
        PageUp => Action::PageUp,
        Char('l') | Right | Tab => Action::FocusNext,
        Char('h') | Left | BackTab => Action::FocusPrev,
        Char(']') => Action::NextSources,
        Char('[') => Action::PrevSources,
        Char('n') if app.search.is_some() => Action::SearchNext,
        Char('N') if app.search.is_some() => Action::SearchPrev,
        Char('n') => Action::NextOnlyHere,
        Char('N') => Action::PrevOnlyHere,
        Char('c') => Action::NextConflict,
        Char('/') => Action::SearchStart,
        Char('z') => Action::ToggleZoom,
        Char('s') => Action::ToggleSync,
        Char('d') | Enter => Action::OpenDiff,
        Char('f') => Action::OpenFacts,
        Char('i') => Action::OpenSource,
        Char('?') => Action::OpenHelp,
        Char('L') => Action::OpenLegend,
        Char(c) => Action::FocusSource(digit(c)?),
        _ => return None,
    })
}

fn map_overlay(overlay: &Overlay, key: &KeyEvent, ctrl: bool) -> Option<Action> {
    use KeyCode::*;
    let common = match key.code {
        Char('d') if ctrl => Some(Action::ViewMove(10)),
        Char('u') if ctrl => Some(Action::ViewMove(-10)),
        _ if ctrl => return None,
        Char('q') => Some(Action::Quit),
        Esc => Some(Action::Back),
        Char('j') | Down => Some(Action::ViewMove(1)),
        Char('k') | Up => Some(Action::ViewMove(-1)),
        PageDown | Char(' ') => Some(Action::ViewMove(10)),
        PageUp => Some(Action::ViewMove(-10)),
        Char('g') | Home => Some(Action::ViewTop),
        Char('G') | End => Some(Action::ViewBottom),
        Char('?') => Some(Action::OpenHelp),
        Char('L') => Some(Action::OpenLegend),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    match overlay {
        Overlay::Diff(_) => match key.code {
            Char('b') => Some(Action::DiffNextBase),
            Char('p') => Some(Action::DiffParagraphs),
            Char('d') | Enter => Some(Action::Close),
            Char(c) => digit(c).map(Action::DiffBase),
            _ => None,
        },
        Overlay::Facts(_) => match key.code {
            Enter => Some(Action::FactsJump),
            Char('a') => Some(Action::Filter(FactsFilter::All)),
            Char('o') => Some(Action::Filter(FactsFilter::OnlyOne)),
            Char('m') => Some(Action::Filter(FactsFilter::MissingHere)),
            Char('c') => Some(Action::Filter(FactsFilter::Conflicts)),
            Char('v') => Some(Action::Filter(FactsFilter::QuoteVariants)),
            Char('f') => Some(Action::Close),
            Char('l') | Right => Some(Action::FactsColumns(1)),
            Char('h') | Left => Some(Action::FactsColumns(-1)),
            Char(']') => Some(Action::FactsColumnPages(1)),
            Char('[') => Some(Action::FactsColumnPages(-1)),
            _ => None,
        },
        Overlay::Source { .. } => matches!(key.code, Char('i')).then_some(Action::Close),
        Overlay::Help { .. } | Overlay::Legend { .. } => None,
        Overlay::None => None,
    }
}
