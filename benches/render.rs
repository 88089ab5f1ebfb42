//! Rendering speed: one full frame of the five bundled articles in five panes at 250×60, drawn
//! into ratatui's test backend. Goal: under 2 ms per frame.

use factdiff::tui::{Action, App, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

#[divan::bench]
fn five_panes_250x60(bencher: divan::Bencher) {
    let (analysis, _) =
        factdiff::compare(&factdiff::ingest::bundled::inputs()).expect("bundled articles");
    let mut app = App::new(&analysis, Theme::new(true));
    app.dispatch(Action::Resize {
        width: 250,
        height: 60,
    });
    app.dispatch(Action::Down);
    let mut terminal = Terminal::new(TestBackend::new(250, 60)).expect("test terminal");
    bencher.bench_local(|| {
        // Force a full redraw each time, as after a resize.
        terminal.clear().expect("clear");
        terminal
            .draw(|f| f.render_widget(&app, f.area()))
            .expect("draw");
    });
}

#[divan::bench]
fn update_and_wrap_on_resize(bencher: divan::Bencher) {
    let (analysis, _) =
        factdiff::compare(&factdiff::ingest::bundled::inputs()).expect("bundled articles");
    let mut app = App::new(&analysis, Theme::new(true));
    let mut wide = false;
    bencher.bench_local(|| {
        wide = !wide;
        app.dispatch(Action::Resize {
            width: if wide { 250 } else { 150 },
            height: 60,
        });
    });
}
