//! Drives the real binary in a pseudo-terminal: it opens on the bundled articles, shows the five
//! sources, moves, opens help, quits with status 0, and leaves the terminal restored (alternate
//! screen left, cursor shown, mouse reporting off). Also: SIGTERM restores the terminal too.
#![cfg(unix)]

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    reader: std::thread::JoinHandle<()>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    fn start(cols: u16, rows: u16) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_factdiff"));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let child = pty.slave.spawn_command(cmd).expect("spawn factdiff");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(rows).expect("rows"),
            NonZeroU16::new(cols).expect("cols"),
            0,
        )));
        let sink = Arc::clone(&parser);
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = sink.lock() {
                    p.process(&buf[..n]);
                }
            }
        });
        Session {
            parser,
            writer,
            child,
            reader,
            _master: pty.master,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    fn wait_for(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if pred(self.parser.lock().expect("parser").screen()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for {what}; screen:\n{}", self.screen());
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to pty");
        self.writer.flush().expect("flush pty");
        // Let the program read the keys apart (an Esc directly followed by a key reads as Alt).
        std::thread::sleep(Duration::from_millis(150));
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                // Let the reader thread drain the last bytes (it ends at end of output).
                let drained = Instant::now();
                while !self.reader.is_finished() && drained.elapsed() < Duration::from_secs(5) {
                    std::thread::sleep(Duration::from_millis(20));
                }
                return status;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "factdiff did not exit; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn assert_restored(&self) {
        let p = self.parser.lock().expect("parser");
        let s = p.screen();
        assert!(!s.alternate_screen(), "alternate screen left");
        assert!(!s.hide_cursor(), "cursor shown again");
        assert_eq!(
            s.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting off"
        );
    }
}

#[test]
fn opens_moves_helps_and_quits_cleanly() {
    let mut s = Session::start(150, 40);
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
    let mut s = Session::start(80, 24);
    s.wait_for("the interface", |scr| {
        scr.alternate_screen() && scr.contents().contains("┌1 ")
    });
    s.send(b"\x03");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start(80, 24);
    s.wait_for("the interface", |scr| {
        scr.alternate_screen() && scr.contents().contains("┌1 ")
    });
    let pid = s.child.process_id().expect("pid");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(killed.success());
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 128 + 15, "status {status:?}");
    s.assert_restored();
}

/// When the terminal goes away (its window closed, an SSH link dropped), the program must exit
/// rather than spin on a dead terminal: the kernel hangs up the session and input reads return
/// end of file from then on.
#[test]
fn exits_when_the_terminal_hangs_up() {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_factdiff"));
    cmd.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(cmd).expect("spawn factdiff");
    drop(pty.slave);
    // Read until the first frame is on screen, then close every handle on the master side: the
    // reader (by ending its thread), the writer and the master itself.
    let mut reader = pty.master.try_clone_reader().expect("pty reader");
    let writer = pty.master.take_writer().expect("pty writer");
    let drawn = std::thread::spawn(move || {
        let mut parser = vt100::Parser::new(
            NonZeroU16::new(24).expect("rows"),
            NonZeroU16::new(80).expect("cols"),
            0,
        );
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
    drop(pty.master);
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
