//! The interface on real articles (the bundled five, and a folder of many from the evaluation
//! data when present): structure only, so these hold whatever the engine finds.

mod common;

mod tui_common;

use factdiff::tui::App;
use tui_common::{app, bundled, press, render, rows};

#[test]
fn five_panes_fit_at_150_columns() {
    let a = bundled();
    assert_eq!(a.articles.len(), 5);
    let app = app(&a, 150, 40, true);
    let screen = app.screen();
    assert_eq!(screen.panes.len(), 5);
    assert!(screen.panes.iter().all(|p| p.outer.width >= 30));
    let text = rows(&render(&app));
    for k in 1..=5 {
        assert!(
            text[1].contains(&format!("┌{k} ")),
            "pane {k} title in {:?}",
            text[1]
        );
    }
}

#[test]
fn every_byte_of_every_sentence_lands_on_a_screen_line() {
    let a = bundled();
    for width in [150, 80, 250] {
        let app = app(&a, width, 40, true);
        for (s, article) in a.articles.iter().enumerate() {
            let w = &app.wraps[s];
            assert_eq!(w.sentence_lines.len(), article.sentence_count());
            for (k, (_, _, sentence)) in article.sentences().enumerate() {
                let (first, last) = w.sentence_lines[k];
                let covered: String = w.lines[first..=last]
                    .iter()
                    .map(|l| l.span.slice(&article.text))
                    .collect::<Vec<_>>()
                    .join(" ");
                let words = |t: &str| t.split_whitespace().collect::<String>();
                assert_eq!(
                    words(&covered),
                    words(sentence.span.slice(&article.text)),
                    "source {s} sentence {k} at width {width}"
                );
                for l in &w.lines[first..=last] {
                    assert!(
                        factdiff::tui::wrap::str_width(l.span.slice(&article.text))
                            <= usize::from(w.width)
                    );
                }
            }
        }
    }
}

#[test]
fn cursor_walks_every_sentence_and_stays_on_screen() {
    let a = bundled();
    let mut app = app(&a, 80, 24, true);
    for s in 0..a.articles.len() {
        press(&mut app, &format!("{}g", s + 1));
        for k in 0..a.articles[s].sentence_count() {
            assert_eq!(app.cursor[s], k);
            let w = &app.wraps[s];
            let top = app.scroll[s];
            assert!(w.first_line(k) >= top && w.first_line(k) < top + app.pane_height());
            press(&mut app, "j");
        }
    }
}

#[test]
fn search_hits_are_real_text() {
    let a = bundled();
    let mut app = app(&a, 150, 40, true);
    press(&mut app, "/putin<Enter>");
    let search = app.search.clone().expect("search");
    assert!(search.hits.len() >= 5);
    for (s, span) in &search.hits {
        assert_eq!(span.slice(&a.articles[*s].text).to_lowercase(), "putin");
    }
    let (s, span) = search.hits[0];
    let info = app.data.info(s, app.cursor[s]).expect("cursor sentence");
    assert!(info.span.start <= span.start && span.end <= info.span.end);
}

#[test]
fn every_view_renders_at_every_size() {
    let a = bundled();
    for (w, h) in [(150, 40), (80, 24), (250, 60), (40, 10), (39, 9), (1, 1)] {
        for keys in ["", "?", "L", "d", "f", "i", "/kim<Enter>", "z", "Gc"] {
            let mut app: App = app(&a, w, h, true);
            press(&mut app, keys);
            let _ = render(&app);
        }
    }
}

#[test]
fn many_sources_page_through() {
    let Some(dir) = common::data::shared_data("ecbplus-dev", "many_sources_page_through") else {
        return;
    };
    let dir = dir.display();
    let paths = vec![format!("{dir}/1_ecb"), format!("{dir}/1_ecbplus")];
    let loaded = factdiff::ingest::load(&paths, &factdiff::Limits::default()).expect("load");
    let (a, _) = factdiff::compare(&loaded.inputs).expect("compare");
    let n = a.articles.len();
    assert!(n > 20, "{n} sources");
    let mut app = app(&a, 250, 60, true);
    assert_eq!(app.screen().panes.len(), 8);
    let text = rows(&render(&app));
    assert!(
        text[0].ends_with('›') || text[0].trim_end().ends_with('›'),
        "{}",
        text[0]
    );
    press(&mut app, "]]]]]]]]");
    let last = app.screen().panes.last().map(|p| p.source);
    assert_eq!(last, Some(n - 1), "paged to the end");
    assert!(rows(&render(&app))[0].starts_with('‹'));
}
