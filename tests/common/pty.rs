//! The real binary in a pseudo-terminal, for the interface tests: a [`Session`] starts it,
//! records every byte it writes, keeps a `vt100` screen of it (with the requests it makes
//! besides drawing: titles, clipboard, bells), types keys, sends signals and checks that the
//! terminal is restored at the end. Declared by the tests that need it as
//! `mod common { pub mod pty; }` (not in `common/mod.rs`, so other tests do not build it).
#![allow(dead_code)]

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Longest a test waits for a screen or an exit.
const PATIENCE: Duration = Duration::from_secs(30);

/// What the terminal was asked to do besides drawing: window titles, clipboard, bells.
#[derive(Default)]
pub struct Requests {
    pub titles: Vec<Vec<u8>>,
    pub clipboard: Vec<Vec<u8>>,
    pub bells: usize,
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

/// Opens a `cols`×`rows` pseudo-terminal and starts factdiff in it with `args` (colours
/// allowed: `TERM` set, `NO_COLOR` removed). Returns the master side and the child.
pub fn spawn(
    args: &[&OsStr],
    cols: u16,
    rows: u16,
) -> (Box<dyn MasterPty + Send>, Box<dyn Child + Send + Sync>) {
    spawn_env(args, &[], cols, rows)
}

/// As [`spawn`], with these environment variables set as well.
pub fn spawn_env(
    args: &[&OsStr],
    env: &[(&str, &OsStr)],
    cols: u16,
    rows: u16,
) -> (Box<dyn MasterPty + Send>, Box<dyn Child + Send + Sync>) {
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
    cmd.env_remove("NO_COLOR");
    cmd.env_remove("COLORFGBG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let child = pty.slave.spawn_command(cmd).expect("spawn factdiff");
    drop(pty.slave);
    (pty.master, child)
}

/// A screen of `cols`×`rows` that records the terminal requests.
pub fn parser(cols: u16, rows: u16) -> vt100::Parser<Requests> {
    vt100::Parser::new_with_callbacks(
        NonZeroU16::new(rows).expect("rows"),
        NonZeroU16::new(cols).expect("cols"),
        0,
        Requests::default(),
    )
}

/// factdiff running in a pseudo-terminal, with a thread reading all it writes.
pub struct Session {
    raw: Arc<Mutex<Vec<u8>>>,
    parser: Arc<Mutex<vt100::Parser<Requests>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader: JoinHandle<()>,
    master: Box<dyn MasterPty + Send>,
}

impl Session {
    /// Starts factdiff with `args` in a `cols`×`rows` terminal.
    pub fn start(args: &[&OsStr], cols: u16, rows: u16) -> Session {
        Self::start_env(args, &[], cols, rows)
    }

    /// Starts factdiff with `args` and the environment variables `env`.
    pub fn start_env(args: &[&OsStr], env: &[(&str, &OsStr)], cols: u16, rows: u16) -> Session {
        let (master, child) = spawn_env(args, env, cols, rows);
        let mut reader = master.try_clone_reader().expect("pty reader");
        let writer = master.take_writer().expect("pty writer");
        let parser = Arc::new(Mutex::new(parser(cols, rows)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (sink, raw_sink) = (Arc::clone(&parser), Arc::clone(&raw));
        let reader = std::thread::spawn(move || {
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
            reader,
            master,
        }
    }

    /// Runs `check` on the screen now (cells, colours).
    pub fn with_screen<T>(&self, check: impl FnOnce(&vt100::Screen) -> T) -> T {
        check(self.parser.lock().expect("parser").screen())
    }

    /// The screen's text now.
    pub fn screen(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    /// Every byte written so far.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().expect("raw").clone()
    }

    /// Runs `check` on the terminal requests recorded so far.
    pub fn requests<T>(&self, check: impl FnOnce(&Requests) -> T) -> T {
        check(self.parser.lock().expect("parser").callbacks())
    }

    /// Waits until `pred` holds for the screen; panics with the screen after a while.
    pub fn wait_for(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if pred(self.parser.lock().expect("parser").screen()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("timed out waiting for {what}; screen:\n{}", self.screen());
    }

    /// Waits for the interface: the alternate screen with the first pane drawn.
    pub fn wait_started(&self) {
        self.wait_for("the interface", |scr| {
            scr.alternate_screen() && scr.contents().contains("┌1 ")
        });
    }

    /// Types `bytes`.
    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to pty");
        self.writer.flush().expect("flush pty");
        // Let the program read the keys apart (an Esc directly followed by a key reads as Alt).
        std::thread::sleep(Duration::from_millis(150));
    }

    /// Sends the signal `name` (`TERM`, `HUP`, …) with kill(1).
    pub fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("pid");
        let ok = std::process::Command::new("kill")
            .args([&format!("-{name}"), &pid.to_string()])
            .status()
            .expect("run kill");
        assert!(ok.success());
    }

    /// Waits for the program to exit and for the last of its output to be read.
    pub fn wait_exit(&mut self) -> ExitStatus {
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
                start.elapsed() < PATIENCE,
                "factdiff did not exit; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The terminal's local flags (names), read from the pty, if the platform tells.
    pub fn local_flags(&self) -> Option<Vec<String>> {
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
    pub fn assert_cooked(&self) {
        match self.local_flags() {
            Some(flags) => assert!(
                flags.iter().any(|f| f == "ICANON") && flags.iter().any(|f| f == "ECHO"),
                "raw mode left on: {flags:?}"
            ),
            None => println!("termios not available from the pty; checked the bytes only"),
        }
    }

    /// The screen is back to normal: alternate screen left, cursor shown, mouse reporting off.
    pub fn assert_restored(&self) {
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

    /// The bytes say the same: the last alternate-screen switch left it, and the cursor was
    /// shown after it (and [`Session::assert_restored`]).
    pub fn assert_restored_bytes(&self) {
        let raw = self.raw();
        let enter = find_last(&raw, b"\x1b[?1049h").expect("entered the alternate screen");
        let leave = find_last(&raw, b"\x1b[?1049l").expect("left the alternate screen");
        assert!(leave > enter, "alternate screen left after entering it");
        let show = find_last(&raw, b"\x1b[?25h").expect("cursor shown");
        assert!(show > enter, "cursor shown at the end");
        self.assert_restored();
    }
}

/// Where `needle` last starts in `hay`.
pub fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}
