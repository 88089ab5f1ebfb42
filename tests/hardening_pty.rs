//! The real binary in a pseudo-terminal, with every byte it writes recorded: a hostile article
//! emits no OSC sequence (window title, hyperlink, clipboard) and no BEL, and its visible words
//! reach the screen; SIGHUP and SIGTERM end it with the terminal restored (alternate screen
//! left, cursor shown, canonical mode and echo back on); a bad path fails before the interface
//! starts, with status 2 and one line, never touching the terminal modes.
#![cfg(unix)]

use std::path::Path;

mod fixtures;
// Only the pseudo-terminal helper of tests/common (the rest is not built here).
mod common {
    pub mod pty;
}

use common::pty::{Session, find_last};
use fixtures::hostile;

/// The terminal these tests use: columns, rows.
const SIZE: (u16, u16) = (120, 36);

fn start(args: &[&std::ffi::OsStr]) -> Session {
    Session::start(args, SIZE.0, SIZE.1)
}

#[test]
fn hostile_article_emits_no_osc_or_bel_and_shows_its_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (hostile, plain) = hostile::write_articles(dir.path());
    let mut s = start(&[hostile.as_os_str(), plain.as_os_str()]);
    s.wait_started();
    s.wait_for("the article's words", |scr| {
        let c = scr.contents();
        c.contains("Councillors") && c.contains("harbour")
    });
    // Look around: every view draws article text or the file name.
    for key in [
        &b"j"[..],
        b"d",
        b"\x1b",
        b"i",
        b"\x1b",
        b"f",
        b"\x1b",
        b"l",
        b"j",
    ] {
        s.send(key);
    }
    s.send(b"q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    let raw = s.raw();
    assert!(
        find_last(&raw, b"\x1b]").is_none(),
        "an OSC sequence reached the terminal"
    );
    assert!(!raw.contains(&0x07), "a BEL reached the terminal");
    let text = String::from_utf8_lossy(&raw);
    for c in [
        '\u{9b}', '\u{9d}', '\u{202e}', '\u{2066}', '\u{200b}', '\u{feff}',
    ] {
        assert!(!text.contains(c), "{c:?} reached the terminal");
    }
    for payload in ["pwned-title", "name-title", "c1-title", "evil.example"] {
        assert!(!text.contains(payload), "{payload} reached the terminal");
    }
    s.requests(|req| {
        assert!(req.titles.is_empty(), "window title set: {:?}", req.titles);
        assert!(req.clipboard.is_empty(), "clipboard written");
        assert_eq!(req.bells, 0, "bell rung");
    });
    s.assert_restored_bytes();
    s.assert_cooked();
}

#[test]
fn sighup_restores_the_terminal() {
    let mut s = start(&[]);
    s.wait_started();
    if let Some(flags) = s.local_flags() {
        assert!(
            !flags.iter().any(|f| f == "ICANON"),
            "raw mode while running: {flags:?}"
        );
    }
    s.signal("HUP");
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 128 + 1, "status {status:?}");
    s.assert_restored_bytes();
    s.assert_cooked();
}

#[test]
fn sigterm_restores_raw_mode_too() {
    let mut s = start(&[]);
    s.wait_started();
    s.signal("TERM");
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 128 + 15, "status {status:?}");
    s.assert_restored_bytes();
    s.assert_cooked();
}

#[test]
fn ctrl_c_typed_quits_with_modes_restored() {
    let mut s = start(&[]);
    s.wait_started();
    s.send(b"\x03");
    let status = s.wait_exit();
    assert!(status.success(), "status {status:?}");
    s.assert_restored_bytes();
    s.assert_cooked();
}

#[test]
fn bad_path_fails_before_the_interface_starts() {
    let missing = Path::new("/nonexistent/factdiff-hardening/none.txt");
    let mut s = start(&[missing.as_os_str()]);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 2, "status {status:?}");
    let raw = s.raw();
    assert!(
        find_last(&raw, b"\x1b[?1049h").is_none(),
        "the interface never started"
    );
    let text = String::from_utf8_lossy(&raw);
    assert!(
        text.contains("none.txt") && text.contains("no such file"),
        "one message naming the path: {text:?}"
    );
    assert!(
        !text.contains('\u{1b}'),
        "no escape sequence at all: {text:?}"
    );
    s.assert_cooked();
}
