//! The story list of the interface and the way into and out of a story's panes, on articles
//! about two unrelated events (two stories) and on the bundled five (one story: the panes open
//! as before).

mod tui_common;

use factdiff::findings::stories::{story_analysis, story_count};
use factdiff::tui::action::Action;
use factdiff::tui::keymap::map_list_event;
use factdiff::tui::stories::StoryList;
use factdiff::tui::theme::Theme;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tui_common::{app, press, rows};

const FIRE: [&str; 2] = [
    "A fire destroyed the old mill in Eastport on Tuesday. Nobody was hurt. Fire chief Ana Ruiz said crews arrived in eleven minutes.",
    "The old mill in Eastport burned down on Tuesday, fire chief Ana Ruiz said. Nobody was hurt in the Eastport blaze.",
];
const VOTE: [&str; 2] = [
    "The Westbury council voted 7 to 2 on Monday to build a new library on Harbor Street, mayor Lena Okafor said.",
    "Westbury's council approved a Harbor Street library by seven votes to two on Monday, mayor Lena Okafor announced.",
];

fn analysis() -> factdiff::Analysis {
    let texts = [FIRE[0], VOTE[0], FIRE[1], VOTE[1]];
    let inputs: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            factdiff::ingest::convert(&format!("a{i}.txt"), t.as_bytes(), None)
                .expect("text input")
                .0
        })
        .collect();
    factdiff::compare(&inputs).expect("compare").0
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

#[test]
fn two_events_open_on_a_story_list_and_enter_opens_one_story() {
    let a = analysis();
    assert_eq!(story_count(&a), 2);
    let mut list = StoryList::new(&a, Theme::new(false));
    list.update(Action::Resize {
        width: 80,
        height: 12,
    });
    assert_eq!(
        list.infos.iter().map(|i| i.sources).collect::<Vec<_>>(),
        [2, 2]
    );
    for (ev, want) in [
        (key(KeyCode::Char('j')), Action::StoryMove(1)),
        (key(KeyCode::Up), Action::StoryMove(-1)),
        (key(KeyCode::Enter), Action::StoryOpen),
        (key(KeyCode::Char('q')), Action::Quit),
    ] {
        assert_eq!(map_list_event(&ev), Some(want));
    }
    list.update(Action::StoryMove(1));
    list.update(Action::StoryMove(5));
    assert_eq!(list.selected, 1, "stops at the last story");
    list.update(Action::StoryOpen);
    assert_eq!(list.open, Some(1));

    // The story's panes show its two sources only, and Backspace goes back to the list.
    let story = story_analysis(&a, 1).expect("story 2");
    assert_eq!(story.articles.len(), 2);
    assert!(story.articles.iter().all(|s| s.text.contains("Westbury")));
    let mut panes = app(&story, 120, 30, false);
    panes.in_story_list = true;
    press(&mut panes, "<BS>");
    assert!(panes.back_to_list && !panes.quit);
}

#[test]
fn the_story_list_shows_title_sources_and_agreement() {
    let a = analysis();
    let mut list = StoryList::new(&a, Theme::new(false));
    list.update(Action::Resize {
        width: 80,
        height: 10,
    });
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 10)).expect("terminal");
    terminal
        .draw(|f| f.render_widget(&list, f.area()))
        .expect("draw");
    let screen = rows(terminal.backend().buffer());
    insta::assert_debug_snapshot!("story_list_80x10", screen);
    let all = screen.join("\n");
    assert!(all.contains("factdiff: 2 stories"), "{all}");
    assert!(all.contains("2 sources"), "{all}");
    assert!(all.contains("% confirmed"), "{all}");
}

#[test]
fn one_story_keeps_the_panes_and_backspace_only_says_so() {
    let a = tui_common::bundled();
    assert_eq!(story_count(&a), 1, "the bundled five are one event");
    let mut panes = app(&a, 120, 30, false);
    press(&mut panes, "<BS>");
    assert!(!panes.back_to_list && !panes.quit);
    assert!(panes.message.as_deref().unwrap_or("").contains("one story"));
}
