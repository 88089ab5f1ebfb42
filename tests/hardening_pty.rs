//! The real binary in a pseudo-terminal, with every byte it writes recorded: a hostile article
//! emits no OSC sequence (window title, hyperlink, clipboard) and no BEL, and its visible words
//! reach the screen; SIGHUP and SIGTERM end it with the terminal restored (alternate screen
//! left, cursor shown, canonical mode and echo back on); a bad path fails before the interface
//! starts, with status 2 and one line, never touching the terminal modes.
#![cfg(unix)]

use portable_pty::{CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[path = "fixtures/hostile/mod.rs"]
mod hostile;

/// What the terminal was asked to do besides drawing: window titles, clipboard, bells.
#[derive(Default)]
struct Requests {
    titles: Vec<Vec<u8>>,
    clipboard: Vec<Vec<u8>>,
    bells: usize,
}

impl vt100::Callbacks for Requests {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.bells += 1;
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.titles.push(title.to_vec());
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.titles.push(name.to_vec());
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8], data: &[u8]) {
        self.clipboard.push(data.to_vec());
    }
}

struct Session {
    raw: Arc<Mutex<Vec<u8>>>,
    parser: Arc<Mutex<vt100::Parser<Requests>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
}

impl Session {
    fn start(args: &[&std::ffi::OsStr]) -> Session {
        let (cols, rows) = (120, 36);
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_factdiff"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        let child = pty.slave.spawn_command(cmd).expect("spawn factdiff");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
            NonZeroU16::new(rows).expect("rows"),
            NonZeroU16::new(cols).expect("cols"),
            0,
            Requests::default(),
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (sink, raw_sink) = (Arc::clone(&parser), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let (Ok(mut p), Ok(mut r)) = (sink.lock(), raw_sink.lock()) {
                    p.process(&buf[..n]);
                    r.extend_from_slice(&buf[..n]);
                }
            }
        });
        Session {
            raw,
            parser,
            writer,
            child,
            master: pty.master,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    fn raw(&self) -> Vec<u8> {
        self.raw.lock().expect("raw").clone()
    }

    fn wait_for(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
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
        std::thread::sleep(Duration::from_millis(150));
    }

    fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("pid");
        let ok = std::process::Command::new("kill")
            .args([&format!("-{name}"), &pid.to_string()])
            .status()
            .expect("run kill");
        assert!(ok.success());
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                std::thread::sleep(Duration::from_millis(300));
                return status;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "factdiff did not exit; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The terminal's local flags (names), read from the pty, if the platform tells.
    fn local_flags(&self) -> Option<Vec<String>> {
        let t = self.master.get_termios()?;
        let names = format!("{:?}", t.local_flags);
        Some(
            names
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect(),
        )
    }

    /// Raw mode is off again: canonical input and echo are back on.
    fn assert_cooked(&self) {
        match self.local_flags() {
            Some(flags) => assert!(
                flags.iter().any(|f| f == "ICANON") && flags.iter().any(|f| f == "ECHO"),
                "raw mode left on: {flags:?}"
            ),
            None => println!("termios not available from the pty; checked the bytes only"),
        }
    }

    /// The last alternate-screen switch left it, and the cursor was shown after it.
    fn assert_restored_bytes(&self) {
        let raw = self.raw();
        let enter = find_last(&raw, b"\x1b[?1049h").expect("entered the alternate screen");
        let leave = find_last(&raw, b"\x1b[?1049l").expect("left the alternate screen");
        assert!(leave > enter, "alternate screen left after entering it");
        let show = find_last(&raw, b"\x1b[?25h").expect("cursor shown");
        assert!(show > enter, "cursor shown at the end");
        let scr = self.parser.lock().expect("parser");
        assert!(!scr.screen().alternate_screen());
        assert!(!scr.screen().hide_cursor());
    }
}

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn wait_started(s: &Session) {
    s.wait_for("the interface", |scr| {
        scr.alternate_screen() && scr.contents().contains("┌1 ")
    });
}

#[test]
fn hostile_article_emits_no_osc_or_bel_and_shows_its_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (hostile, plain) = hostile::write_articles(dir.path());
    let mut s = Session::start(&[hostile.as_os_str(), plain.as_os_str()]);
    wait_started(&s);
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
    {
        let p = s.parser.lock().expect("parser");
        let req = p.callbacks();
        assert!(req.titles.is_empty(), "window title set: {:?}", req.titles);
        assert!(req.clipboard.is_empty(), "clipboard written");
        assert_eq!(req.bells, 0, "bell rung");
    }
    s.assert_restored_bytes();
    s.assert_cooked();
}

#[test]
fn sighup_restores_the_terminal() {
    let mut s = Session::start(&[]);
    wait_started(&s);
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
    let mut s = Session::start(&[]);
    wait_started(&s);
    s.signal("TERM");
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 128 + 15, "status {status:?}");
    s.assert_restored_bytes();
    s.assert_cooked();
}

#[test]
fn ctrl_c_typed_quits_with_modes_restored() {
    let mut s = Session::start(&[]);
    wait_started(&s);
    s.send(b"\x03");
    let status = s.wait_exit();
    assert!(status.success(), "status {status:?}");
    s.assert_restored_bytes();
    s.assert_cooked();
}

#[test]
fn bad_path_fails_before_the_interface_starts() {
    let missing = Path::new("/nonexistent/factdiff-hardening/none.txt");
    let mut s = Session::start(&[missing.as_os_str()]);
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
