//! The progress bar on standard error: drawn only when standard error is a terminal and the
//! run has taken more than a second, redrawn ten times a second by a thread of its own from
//! the last [`crate::Progress`] the comparison reported, and erased when the run ends.

use crate::Progress;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a run goes on before the bar appears.
const DELAY: Duration = Duration::from_secs(1);
/// Time between redraws.
const TICK: Duration = Duration::from_millis(100);
/// Width of the bar itself, in cells.
const WIDTH: usize = 30;

/// A progress bar in the making; [`Bar::finish`] (or dropping it) stops and erases it.
pub struct Bar {
    state: Arc<Mutex<Option<Progress>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<bool>>,
}

impl Bar {
    /// A bar that draws on standard error when `enabled` (a terminal, not `--quiet`).
    pub fn new(enabled: bool) -> Self {
        let state: Arc<Mutex<Option<Progress>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let thread = enabled.then(|| {
            let (state, stop) = (Arc::clone(&state), Arc::clone(&stop));
            std::thread::spawn(move || {
                let start = Instant::now();
                let mut drawn = false;
                while !stop.load(Ordering::Relaxed) {
                    std::thread::sleep(TICK);
                    if start.elapsed() < DELAY || stop.load(Ordering::Relaxed) {
                        continue;
                    }
                    let now = state.lock().ok().and_then(|p| *p);
                    if let Some(p) = now {
                        let mut err = std::io::stderr().lock();
                        let _ = write!(err, "\r\x1b[2K{}", line(p));
                        let _ = err.flush();
                        drawn = true;
                    }
                }
                drawn
            })
        });
        Self {
            state,
            stop,
            thread,
        }
    }

    /// Records how far the run has come (any thread).
    pub fn tell(&self, p: Progress) {
        if let Ok(mut s) = self.state.lock() {
            *s = Some(p);
        }
    }

    /// Stops the bar and erases it if it was drawn.
    pub fn finish(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take()
            && t.join().unwrap_or(false)
        {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.finish();
    }
}

/// The bar's text: `factdiff: comparing [#####.....] 12/100`.
pub fn line(p: Progress) -> String {
    let filled = (p.done.min(p.total) * WIDTH)
        .checked_div(p.total)
        .unwrap_or(0);
    format!(
        "factdiff: {:<9} [{}{}] {}/{}",
        p.stage.as_str(),
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        p.done,
        p.total
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Stage;

    #[test]
    fn the_bar_fills_with_the_work_done() {
        let p = |done, total| Progress {
            stage: Stage::Compare,
            done,
            total,
        };
        assert_eq!(
            line(p(0, 4)),
            format!("factdiff: comparing [{}] 0/4", ".".repeat(30))
        );
        assert!(line(p(2, 4)).contains(&format!("[{}{}]", "#".repeat(15), ".".repeat(15))));
        assert!(
            line(p(9, 4)).contains(&"#".repeat(30)),
            "done past total stays full"
        );
        assert!(
            line(p(0, 0)).ends_with("0/0"),
            "no total: an empty bar, no division by zero"
        );
    }
}
