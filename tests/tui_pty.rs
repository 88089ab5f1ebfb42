//! Drives the real binary in a pseudo-terminal: it opens on the bundled articles, shows the five
//! sources, moves, opens help, quits with status 0, and leaves the terminal restored (alternate
//! screen left, cursor shown, mouse reporting off). Also: SIGTERM restores the terminal too; the
//! safe keys (q and Esc close what is open, Esc never quits, q quits at the top level, Q from
//! any view, Ctrl-C from anywhere).
#![cfg(unix)]

use std::io::Read;
use std::time::{Duration, Instant};

// Only the pseudo-terminal helper of tests/common (the rest is not built here).
mod common {
    pub mod pty;
}

use common::pty::{self, Session};

#[test]
fn opens_moves_helps_and_quits_cleanly() {
    let mut s = Session::start(&[], 150, 40);
    // A frame may arrive in several reads: wait for all of it (panes and status bar).
    s.wait_for("five panes and the status bar", |scr| {
        let c = scr.contents();
        scr.alternate_screen()
            && (1..=5).all(|k| c.contains(&format!("┌{k} ")))
            && c.contains("sentence 1/")
    });
    s.send(b"j");
    s.wait_for("cursor on sentence 2", |scr| {
        scr.contents().contains("sentence 2/")
    });
    s.send(b"l");
    s.wait_for("focus on source 2", |scr| {
        scr.contents().contains("source 2/5")
    });
    s.send(b"?");
    s.wait_for("help", |scr| scr.contents().contains("Keys — q/Esc closes"));
    s.send(b"\x1b");
    s.wait_for("help closed", |scr| {
        !scr.contents().contains("Keys — q/Esc closes")
    });
    // Where the cursor was: Esc closed the help and lost nothing.
    s.wait_for("still on source 2", |scr| {
        scr.contents().contains("source 2/5")
    });
    s.send(b"q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn ctrl_c_quits_and_restores() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_started();
    s.send(b"\x03");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_started();
    s.signal("TERM");
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 128 + 15, "status {status:?}");
    s.assert_restored();
}

/// When the terminal goes away (its window closed, an SSH link dropped), the program must exit
/// rather than spin on a dead terminal: the kernel hangs up the session and input reads return
/// end of file from then on.
#[test]
fn exits_when_the_terminal_hangs_up() {
    let (master, mut child) = pty::spawn(&[], 80, 24);
    // Read until the first frame is on screen, then close every handle on the master side: the
    // reader (by ending its thread), the writer and the master itself.
    let mut reader = master.try_clone_reader().expect("pty reader");
    let writer = master.take_writer().expect("pty writer");
    let drawn = std::thread::spawn(move || {
        let mut parser = pty::parser(80, 24);
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                return false;
            }
            parser.process(&buf[..n]);
            if parser.screen().contents().contains("┌1 ") {
                return true;
            }
        }
        false
    });
    assert!(
        drawn.join().expect("reader thread"),
        "the interface never drew"
    );
    drop(writer);
    drop(master);
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            assert!(
                !status.success(),
                "a hang-up is not a normal quit: {status:?}"
            );
            return;
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("factdiff kept running after its terminal hung up");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Waits for the status line to say `text` (the program has handled every key before it).
fn wait_status(s: &Session, text: &'static str) {
    s.wait_for(text, move |scr| scr.contents().contains(text));
}

#[test]
fn q_closes_a_view_and_esc_never_quits() {
    let mut s = Session::start(&[], 120, 30);
    s.wait_started();
    s.send(b"?");
    s.wait_for("help", |scr| scr.contents().contains("Keys — "));
    s.send(b"q");
    s.wait_for("help closed by q", |scr| {
        !scr.contents().contains("Keys — ")
    });
    s.send(b"f");
    s.wait_for("facts", |scr| scr.contents().contains("Facts: "));
    s.send(b"q");
    s.wait_for("facts closed by q", |scr| {
        !scr.contents().contains("Facts: ")
    });
    // Esc at the top level, twice: the program stays and says so.
    s.send(b"\x1b");
    s.send(b"\x1b");
    wait_status(&s, "nothing to close");
    s.send(b"j");
    wait_status(&s, "sentence 2/");
    s.send(b"q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn esc_and_q_close_the_prompt_and_the_search() {
    let mut s = Session::start(&[], 120, 30);
    s.wait_started();
    // q types into the prompt; Esc cancels it without quitting.
    s.send(b"/q");
    s.wait_for("prompt with q", |scr| scr.contents().contains("/q▏"));
    s.send(b"\x1b");
    s.wait_for("prompt closed", |scr| !scr.contents().contains("/q▏"));
    // A search, then q clears it rather than quitting.
    s.send(b"/the\r");
    s.wait_for("search hits", |scr| scr.contents().contains("hits for"));
    s.send(b"q");
    wait_status(&s, "search cleared");
    s.send(b"q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn capital_q_quits_from_a_view() {
    let mut s = Session::start(&[], 120, 30);
    s.wait_started();
    s.send(b"i");
    s.wait_for("source view", |scr| scr.contents().contains("Source 1"));
    s.send(b"Q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn ctrl_c_quits_from_the_prompt() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_started();
    s.send(b"/abc");
    s.wait_for("prompt", |scr| scr.contents().contains("/abc▏"));
    s.send(b"\x03");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

/// The config file's theme reaches the screen, `--theme` overrides it, and the hint bar is on
/// the bottom line.
#[test]
fn config_file_theme_and_the_hint_bar() {
    let dir = tempfile::tempdir().expect("tempdir");
    let conf = dir.path().join("factdiff");
    std::fs::create_dir_all(&conf).expect("mkdir");
    std::fs::write(conf.join("config.toml"), "theme = \"light\"\n").expect("write config");
    let xdg = [("XDG_CONFIG_HOME", dir.path().as_os_str())];
    // The status bar is the second line from the bottom; its background tells the theme.
    let status_bg = |s: &Session| {
        s.with_screen(|scr| scr.cell(28, 0).map(|c| c.bgcolor()))
            .expect("a cell")
    };
    let mut s = Session::start_env(&[], &xdg, 120, 30);
    s.wait_started();
    wait_status(&s, "sentence 1/");
    assert_eq!(
        status_bg(&s),
        vt100::Color::Rgb(215, 215, 215),
        "light status bar"
    );
    let bottom = s.with_screen(|scr| scr.contents_between(29, 0, 29, 120));
    assert!(
        bottom.contains("quit") && bottom.contains("move"),
        "hint bar: {bottom}"
    );
    s.send(b"q");
    assert!(s.wait_exit().success());
    let mut s = Session::start_env(&["--theme".as_ref(), "dark".as_ref()], &xdg, 120, 30);
    s.wait_started();
    wait_status(&s, "sentence 1/");
    assert_ne!(
        status_bg(&s),
        vt100::Color::Rgb(215, 215, 215),
        "--theme dark wins"
    );
    s.send(b"q");
    assert!(s.wait_exit().success());
}
