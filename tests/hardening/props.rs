//! Property tests on rendering: arbitrary Unicode (and hostile bytes) through ingest, analysis,
//! the interface (test backend, several sizes down to 1×1, every view) and every report format
//! never panic, and no cell of the interface holds an unsafe character. Case counts stay modest
//! (CI runs the suite on 2 cores).

use factdiff::ingest::{Format, Input, decode};
use factdiff::report::{self, Options, Section};
use factdiff::text::sanitize::is_unsafe_char;
use factdiff::tui::{Action, App, Theme, keymap};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;

fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zA-Z]{1,8}",
        2 => Just(" ".to_owned()),
        1 => Just(". ".to_owned()),
        1 => Just("\n\n".to_owned()),
        1 => Just("\u{1b}]0;t\u{7}".to_owned()),
        1 => Just("\u{1b}[2J".to_owned()),
        1 => Just("\u{9b}31m".to_owned()),
        1 => Just("\u{202e}".to_owned()),
        1 => Just("\u{200b}\u{feff}".to_owned()),
        1 => Just("日本語".to_owned()),
        1 => Just("e\u{301}".to_owned()),
        1 => Just("👩‍👩‍👧".to_owned()),
        1 => Just("\r".to_owned()),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|p| p.concat())
}

fn inputs(texts: &[String]) -> Vec<Input> {
    texts
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            let path = format!("s{i}.txt");
            decode::decode(Path::new(&path), t.as_bytes())
                .ok()
                .map(|(text, _)| Input {
                    path,
                    format: Format::Text,
                    text,
                    hints: Default::default(),
                })
        })
        .collect()
}

fn draw(app: &App, w: u16, h: u16) {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draw");
    let buf = terminal.backend().buffer();
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(is_unsafe_char),
            "unsafe cell {:?}",
            cell.symbol()
        );
    }
}

fn check_everything(texts: &[String]) {
    let Ok((analysis, _)) = factdiff::compare(&inputs(texts)) else {
        return;
    };
    for (w, h) in [(1, 1), (12, 4), (80, 24), (200, 9)] {
        let mut app = App::new(&analysis, Theme::new(true));
        app.dispatch(Action::Resize {
            width: w,
            height: h,
        });
        draw(&app, w, h);
        for key in [
            'j', 'l', 'd', 'j', '\u{1b}', 'f', 'G', '\u{1b}', 'i', '\u{1b}', 'n', 'c',
        ] {
            let code = if key == '\u{1b}' {
                KeyCode::Esc
            } else {
                KeyCode::Char(key)
            };
            if let Some(a) = keymap::map_key(&app, &KeyEvent::new(code, KeyModifiers::NONE)) {
                app.dispatch(a);
            }
            draw(&app, w, h);
        }
    }
    let options = Options {
        sections: Section::ALL.to_vec(),
        color: true,
        ..Options::default()
    };
    for format in [
        report::Format::Text,
        report::Format::Markdown,
        report::Format::Html,
        report::Format::Json,
    ] {
        let out = report::render(&analysis, format, &options);
        if format == report::Format::Json {
            assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_renders_everywhere_without_panic(text in any::<String>(), other in hostile_text()) {
        check_everything(&[text, other]);
    }

    #[test]
    fn hostile_sources_render_everywhere_without_panic(texts in prop::collection::vec(hostile_text(), 1..4)) {
        check_everything(&texts);
    }
}
