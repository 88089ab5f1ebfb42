//! Drives the real binary in a pseudo-terminal: it opens on the bundled articles, shows the five
//! sources, moves, opens help, quits with status 0, and leaves the terminal restored (alternate
//! screen left, cursor shown, mouse reporting off). Also: SIGTERM restores the terminal too.
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
    s.wait_for("help", |scr| scr.contents().contains("Keys — Esc closes"));
    s.send(b"\x1b");
    s.wait_for("help closed", |scr| {
        !scr.contents().contains("Keys — Esc closes")
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
