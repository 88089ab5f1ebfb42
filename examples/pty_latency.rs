//! Whole-process interface figures, measured on the real binary in a 250×60 pseudo-terminal:
//! start-up to the first full frame (process start, loading and analysing the bundled five,
//! entering the alternate screen, first draw), and key press to redrawn screen (a key written to
//! the terminal until the last byte of the redraw it causes has arrived).
//!
//! Build the binary first, then run:
//! `cargo build --release && cargo run --release --example pty_latency [-- path/to/factdiff]`

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const COLS: u16 = 250;
const ROWS: u16 = 60;
/// Output silence after which a redraw counts as finished.
const QUIET: Duration = Duration::from_millis(100);

/// What the reader thread saw: the screen, and when bytes last arrived.
struct Seen {
    parser: vt100::Parser,
    last_byte: Option<Instant>,
    first_frame: Option<Instant>,
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let binary = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/target/release/factdiff").to_owned()
    });
    let mut startups = Vec::new();
    let mut redraws = Vec::new();
    for _run in 0..5 {
        let pty = native_pty_system().openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })?;
        let mut cmd = CommandBuilder::new(&binary);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let seen = Arc::new(Mutex::new(Seen {
            parser: vt100::Parser::new(
                NonZeroU16::new(ROWS).ok_or("rows")?,
                NonZeroU16::new(COLS).ok_or("cols")?,
                0,
            ),
            last_byte: None,
            first_frame: None,
        }));
        let started = Instant::now();
        let mut child = pty.slave.spawn_command(cmd)?;
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader()?;
        let mut writer = pty.master.take_writer()?;
        let sink = Arc::clone(&seen);
        let thread = std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let now = Instant::now();
                if let (Ok(mut s), Some(bytes)) = (sink.lock(), buf.get(..n)) {
                    s.parser.process(bytes);
                    s.last_byte = Some(now);
                    // The first frame is drawn when the last pane's title is on the screen.
                    let screen = s.parser.screen();
                    if s.first_frame.is_none()
                        && screen.alternate_screen()
                        && screen.contents().contains("┌5 ")
                    {
                        s.first_frame = Some(now);
                    }
                }
            }
        });
        // Start-up: wait for the first frame, then for the output to settle.
        let deadline = Instant::now() + Duration::from_secs(30);
        let settled = |seen: &Arc<Mutex<Seen>>| -> Option<Instant> {
            while Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(5));
                let s = seen.lock().ok()?;
                if let (Some(_), Some(last)) = (s.first_frame, s.last_byte)
                    && last.elapsed() >= QUIET
                {
                    return Some(last);
                }
            }
            None
        };
        settled(&seen).ok_or("no first frame within 30 s")?;
        if let Some(frame) = seen.lock().ok().and_then(|s| s.first_frame) {
            startups.push(frame - started);
        }
        // Key to redraw: alternate down and up, each after the screen has settled.
        for i in 0..20 {
            let key = if i % 2 == 0 { b"j" } else { b"k" };
            let before = seen.lock().ok().and_then(|s| s.last_byte);
            let pressed = Instant::now();
            writer.write_all(key)?;
            writer.flush()?;
            let last = settled(&seen).ok_or("no redraw")?;
            if Some(last) != before && last > pressed {
                redraws.push(last - pressed);
            }
        }
        writer.write_all(b"q")?;
        writer.flush()?;
        child.wait()?;
        drop(writer);
        drop(pty.master);
        let _ = thread.join();
    }
    println!(
        "start-up to first frame (bundled five, {COLS}x{ROWS}): median {:.1} ms of {} runs",
        median(startups.clone()).as_secs_f64() * 1000.0,
        startups.len()
    );
    println!(
        "key press to redrawn screen: median {:.2} ms, worst {:.2} ms of {} presses",
        median(redraws.clone()).as_secs_f64() * 1000.0,
        redraws
            .iter()
            .max()
            .copied()
            .unwrap_or_default()
            .as_secs_f64()
            * 1000.0,
        redraws.len()
    );
    Ok(())
}
