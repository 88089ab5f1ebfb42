//! Terminal injection: an article full of escape sequences (CSI colours, cursor moves, clear
//! screen; OSC window title, OSC 8 hyperlinks, OSC 52 clipboard), BEL, backspace, carriage
//! returns, C1 controls, bidi overrides and zero-width characters, read from a file whose NAME
//! holds an escape sequence and a newline, is shown inertly everywhere: in every cell of the
//! interface (all views), in text and Markdown reports, as valid JSON without raw control
//! characters, as escaped HTML, and in the command line's warnings and error messages.
#![cfg(unix)]

use factdiff::report::{self, Format, Options, Section};
use factdiff::text::sanitize::is_unsafe_char;
use factdiff::tui::{App, Theme, keymap};
use factdiff::{Limits, compare, ingest};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;

use crate::fixtures::hostile::{HOSTILE, PLAIN, VISIBLE, write_articles};

fn analysis(dir: &Path) -> factdiff::Analysis {
    let (hostile, plain) = write_articles(dir);
    let paths = [
        hostile.to_string_lossy().into_owned(),
        plain.to_string_lossy().into_owned(),
    ];
    let loaded = ingest::load(&paths, &Limits::default()).expect("load hostile inputs");
    assert_eq!(loaded.inputs.len(), 2);
    compare(&loaded.inputs).expect("compare hostile inputs").0
}

/// The first unsafe character in `s` other than newline, with its position, if any.
fn first_unsafe(s: &str) -> Option<(usize, char)> {
    s.char_indices().find(|&(_, c)| is_unsafe_char(c))
}

fn assert_inert(what: &str, s: &str) {
    if let Some((i, c)) = first_unsafe(s) {
        let from = s.floor_char_boundary(i.saturating_sub(40));
        panic!(
            "{what}: unsafe {c:?} at byte {i}, after {:?}",
            s.get(from..i).unwrap_or("")
        );
    }
    for bad in [
        "pwned-title",
        "c1-title",
        "name-title",
        "evil.example",
        "cm0gLXJm",
    ] {
        assert!(
            !s.contains(bad),
            "{what}: escape-sequence payload {bad:?} leaked"
        );
    }
}

fn render(app: &App, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draw");
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let sym = buf[(x, y)].symbol();
            if let Some((_, c)) = first_unsafe(sym) {
                panic!("cell ({x},{y}) holds unsafe {c:?}");
            }
            out.push_str(sym);
        }
        out.push('\n');
    }
    out
}

fn press(app: &mut App, code: KeyCode) {
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(action) = keymap::map_key(app, &key) {
        app.dispatch(action);
    }
}

#[test]
fn interface_shows_hostile_article_inertly_in_every_view() {
    let dir = tempfile::tempdir().expect("tempdir");
    let analysis = analysis(dir.path());
    for (w, h) in [(160, 50), (80, 24), (20, 6)] {
        let mut app = App::new(&analysis, Theme::new(true));
        app.dispatch(factdiff::tui::Action::Resize {
            width: w,
            height: h,
        });
        let screen = render(&app, w, h);
        assert_inert("panes", &screen);
        if w >= 80 {
            assert!(
                screen.contains("Councillors"),
                "visible words shown:\n{screen}"
            );
        }
        // Every view, opened and scrolled, and a search for an escape-laden word.
        for key in ['d', 'f', 'i', '?', 'L'] {
            press(&mut app, KeyCode::Char(key));
            assert_inert(&format!("view {key}"), &render(&app, w, h));
            for _ in 0..3 {
                press(&mut app, KeyCode::Char('j'));
            }
            assert_inert(&format!("view {key} scrolled"), &render(&app, w, h));
            press(&mut app, KeyCode::Esc);
        }
        press(&mut app, KeyCode::Char('l'));
        for _ in 0..8 {
            press(&mut app, KeyCode::Char('j'));
            assert_inert("moved", &render(&app, w, h));
        }
        press(&mut app, KeyCode::Char('/'));
        for c in "vote".chars() {
            press(&mut app, KeyCode::Char(c));
        }
        press(&mut app, KeyCode::Enter);
        assert_inert("search", &render(&app, w, h));
    }
}

#[test]
fn reports_show_hostile_article_inertly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let analysis = analysis(dir.path());
    let options = Options {
        sections: Section::ALL.to_vec(),
        color: false,
        ..Options::default()
    };
    for format in [Format::Text, Format::Markdown, Format::Html] {
        let out = report::render(&analysis, format, &options);
        assert_inert(&format!("{format:?} report"), &out);
        for word in VISIBLE {
            assert!(out.contains(word), "{format:?} report shows {word}");
        }
    }
    let html = report::render(&analysis, Format::Html, &options);
    assert!(
        !html.contains("<script>alert"),
        "HTML escapes article markup"
    );
    assert!(
        html.contains("&lt;script&gt;"),
        "HTML shows the markup as text"
    );

    let json = report::render(&analysis, Format::Json, &options);
    assert!(
        !json.chars().any(|c| c.is_control() && c != '\n'),
        "JSON holds no raw control characters"
    );
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON parses");
    // Article text and labels in the document are already clean (paths keep the real name,
    // JSON-escaped, so a consumer can find the file).
    let mut strings = Vec::new();
    collect_strings(&value, "", &mut strings);
    for (key, s) in strings {
        if key == "path" {
            continue;
        }
        assert!(first_unsafe(&s).is_none(), "JSON field {key} holds {s:?}");
    }
}

fn collect_strings(v: &serde_json::Value, key: &str, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::String(s) => out.push((key.to_owned(), s.clone())),
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_strings(x, key, out)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| collect_strings(x, k, out)),
        _ => {}
    }
}

#[test]
fn hostile_file_names_stay_inert_in_messages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (hostile, plain) = write_articles(dir.path());
    // A report naming the hostile file: stdout and stderr stay inert.
    let out = assert_cmd::Command::cargo_bin("factdiff")
        .expect("binary")
        .arg("report")
        .arg(&hostile)
        .arg(&plain)
        .output()
        .expect("run");
    assert!(out.status.success(), "report runs: {out:?}");
    assert_inert("report stdout", &String::from_utf8_lossy(&out.stdout));
    assert_inert("report stderr", &String::from_utf8_lossy(&out.stderr));

    // A missing file with a hostile name: exit 2, one inert line naming it.
    let missing = dir.path().join("gone\u{1b}]0;name-title\u{7}\nfile.txt");
    let out = assert_cmd::Command::cargo_bin("factdiff")
        .expect("binary")
        .arg("report")
        .arg(&missing)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_inert("error message", &err);
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err:?}");
    assert!(
        err.contains("gone") && err.contains("file.txt"),
        "names the path: {err}"
    );

    // A folder with a hostile-named file that cannot be used (empty): an inert warning.
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::write(folder.join("empty\u{1b}[2J\u{9b}1;1H\n.txt"), "").expect("write");
    std::fs::write(folder.join("a.txt"), PLAIN).expect("write");
    std::fs::write(folder.join("b.txt"), HOSTILE).expect("write");
    let out = assert_cmd::Command::cargo_bin("factdiff")
        .expect("binary")
        .arg("report")
        .arg(&folder)
        .output()
        .expect("run");
    assert!(out.status.success(), "folder report runs: {out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_inert("warning", &err);
    assert!(
        err.contains("warning") && err.contains("empty"),
        "warns: {err}"
    );
}
