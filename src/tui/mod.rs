//! The terminal interface: maps an [`Analysis`] to panes and styles. Owns nothing of the
//! analysis; it only reads it.
//!
//! With several stories it opens on the story list ([`stories`]); `Enter` opens a story's
//! panes, `Backspace` there comes back. With one story it opens the panes.
//!
//! The loop is event-driven: it draws only after something changed, and otherwise waits for a
//! terminal event (with a short timeout, so that termination signals are noticed). The terminal
//! is restored on quit, on error, on panic, and on SIGTERM/SIGHUP/SIGINT.

pub mod action;
pub mod app;
pub mod config;
pub mod derived;
pub mod detail_view;
pub mod diff_view;
pub mod facts_view;
pub mod hanging;
pub mod help;
pub mod keymap;
pub mod keys;
pub mod layout;
pub mod legend;
pub mod overlay;
pub mod overview;
pub mod panes;
pub mod search;
pub mod source_view;
pub mod stories;
pub mod tabs;
pub mod theme;
pub mod view;
pub mod wrap;

pub use action::Action;
pub use app::App;
pub use theme::Theme;

use crate::findings::Analysis;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::{cursor::Show, execute};
use std::io::{self, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How the interface ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// A termination signal arrived (its number).
    Signal(i32),
}

/// How often the loop wakes up to look at signal flags when no event arrives.
const POLL: Duration = Duration::from_millis(200);

/// Flags set by the signal handlers, checked by the loop.
struct Signals(Vec<(i32, Arc<AtomicBool>)>);

impl Signals {
    fn register() -> io::Result<Self> {
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            let mut flags = Vec::new();
            for sig in [SIGTERM, SIGHUP, SIGINT] {
                let flag = Arc::new(AtomicBool::new(false));
                signal_hook::flag::register(sig, Arc::clone(&flag))?;
                flags.push((sig, flag));
            }
            watch_for_hang_up()?;
            Ok(Self(flags))
        }
        #[cfg(not(unix))]
        Ok(Self(Vec::new()))
    }

    fn raised(&self) -> Option<i32> {
        self.0
            .iter()
            .find(|(_, f)| f.load(Ordering::Relaxed))
            .map(|(s, _)| *s)
    }
}

/// How long the loop gets to notice a termination signal itself before the watcher ends the
/// process.
const SIGNAL_GRACE: Duration = Duration::from_secs(1);

/// Starts a thread that ends the process if the loop does not act on SIGTERM/SIGHUP within
/// [`SIGNAL_GRACE`]. This matters when the terminal hangs up (window closed, connection
/// dropped): reads from it then return end-of-file at once and the terminal library's input
/// reader retries forever without returning to the loop, spinning a core.
#[cfg(unix)]
fn watch_for_hang_up() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGTERM])?;
    std::thread::Builder::new()
        .name("factdiff-hangup".into())
        .spawn(move || {
            if let Some(sig) = signals.forever().next() {
                std::thread::sleep(SIGNAL_GRACE);
                // After a hang-up there is no terminal left to restore, and writing to it fails.
                if sig != SIGHUP {
                    restore();
                }
                std::process::exit(128 + sig);
            }
        })?;
    Ok(())
}

/// Leaves mouse mode, shows the cursor, leaves raw mode and the alternate screen.
fn restore() {
    let _ = execute!(stdout(), DisableMouseCapture, Show);
    ratatui::restore();
}

/// Runs the interface until the user quits or a termination signal arrives. The terminal is
/// restored on every way out, panics included.
pub fn run(analysis: &Analysis, settings: &config::Settings) -> io::Result<Exit> {
    let signals = Signals::register()?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture, Show);
        previous(info);
    }));
    // `try_init` chains ratatui's own hook (raw mode, alternate screen) in front of ours.
    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => {
            restore();
            return Err(e);
        }
    };
    let result = execute!(stdout(), EnableMouseCapture)
        .and_then(|()| event_loop(&mut terminal, analysis, settings, &signals));
    restore();
    result
}

/// How the panes of one story ended.
enum PanesExit {
    /// Quit or a signal.
    Exit(Exit),
    /// Back to the story list.
    Back,
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    analysis: &Analysis,
    settings: &config::Settings,
    signals: &Signals,
) -> io::Result<Exit> {
    if crate::findings::stories::story_count(analysis) <= 1 {
        return panes_loop(terminal, analysis, settings, signals, false).map(|e| match e {
            PanesExit::Exit(e) => e,
            PanesExit::Back => Exit::Quit,
        });
    }
    let mut list = stories::StoryList::new(analysis, settings.theme);
    loop {
        let size = terminal.size()?;
        list.update(Action::Resize {
            width: size.width,
            height: size.height,
        });
        let mut dirty = true;
        let open = loop {
            if let Some(sig) = signals.raised() {
                return Ok(Exit::Signal(sig));
            }
            if dirty {
                terminal.draw(|frame| frame.render_widget(&list, frame.area()))?;
                dirty = false;
            }
            if !event::poll(POLL)? {
                continue;
            }
            let ev = event::read()?;
            dirty = true;
            if let Some(action) = keymap::map_list_event(&ev) {
                list.update(action);
            }
            if list.quit {
                return Ok(Exit::Quit);
            }
            if let Some(t) = list.open.take() {
                break t;
            }
        };
        let Some(story) = crate::findings::stories::story_analysis(analysis, open) else {
            continue;
        };
        match panes_loop(terminal, &story, settings, signals, true)? {
            PanesExit::Exit(e) => return Ok(e),
            PanesExit::Back => {}
        }
    }
}

/// The panes of one analysis until quit, a signal, or (`in_list`) back to the story list.
fn panes_loop(
    terminal: &mut DefaultTerminal,
    analysis: &Analysis,
    settings: &config::Settings,
    signals: &Signals,
    in_list: bool,
) -> io::Result<PanesExit> {
    let mut app = App::new(analysis, settings.theme);
    app.tab_width = settings.tab_width;
    app.in_story_list = in_list;
    let size = terminal.size()?;
    app.dispatch(Action::Resize {
        width: size.width,
        height: size.height,
    });
    let mut dirty = true;
    loop {
        if let Some(sig) = signals.raised() {
            return Ok(PanesExit::Exit(Exit::Signal(sig)));
        }
        if dirty {
            terminal.draw(|frame| frame.render_widget(&app, frame.area()))?;
            dirty = false;
        }
        if !event::poll(POLL)? {
            continue;
        }
        let ev = event::read()?;
        if let event::Event::Resize(..) = ev {
            // Draw on the next pass even when the size ends up unchanged.
            dirty = true;
        }
        if let Some(action) = keymap::map_event(&app, &ev) {
            app.dispatch(action);
            dirty = true;
        }
        if app.quit {
            return Ok(PanesExit::Exit(Exit::Quit));
        }
        if app.back_to_list {
            return Ok(PanesExit::Back);
        }
    }
}
