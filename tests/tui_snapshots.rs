//! Snapshots of every view on ratatui's test backend at several sizes, styles included (the
//! `Debug` form of a buffer lists every style change), on a hand-built analysis.

mod tui_common;

use factdiff::tui::App;
use tui_common::{app, app_light, fixture, press, render, rows};

fn snap(app: &App) -> String {
    format!("{:?}", render(app))
}

/// The sizes every key view is shown at.
const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 50)];

#[test]
fn panes_at_several_sizes_in_both_themes() {
    let a = fixture();
    for (w, h) in SIZES {
        let mut app = app(&a, w, h, true);
        press(&mut app, "j");
        insta::assert_snapshot!(format!("panes_{w}x{h}"), snap(&app));
        let mut light = app_light(&a, w, h);
        press(&mut light, "j");
        insta::assert_snapshot!(format!("panes_light_{w}x{h}"), snap(&light));
    }
}

/// The views added for issue 16 (detail pane, overview, go-to prompt, aligned reading) and the
/// diff view, at every size in both themes.
#[test]
fn key_views_at_every_size_in_both_themes() {
    let a = fixture();
    for (name, keys) in [
        ("detail_conflict", "<Enter>"),
        ("detail_only_here", "2jj<Enter>"),
        ("diff", "d"),
        ("overview", "o"),
    ] {
        for (w, h) in SIZES {
            let mut app = app(&a, w, h, true);
            press(&mut app, keys);
            insta::assert_snapshot!(format!("view_{name}_{w}x{h}"), snap(&app));
            let mut light = app_light(&a, w, h);
            press(&mut light, keys);
            insta::assert_snapshot!(format!("view_{name}_light_{w}x{h}"), snap(&light));
        }
    }
}

#[test]
fn too_small() {
    let a = fixture();
    let app = app(&a, 30, 8, true);
    insta::assert_snapshot!("too_small_30x8", snap(&app));
}

#[test]
fn no_color() {
    let a = fixture();
    let mut app = app(&a, 80, 24, false);
    press(&mut app, "j");
    let s = snap(&app);
    assert!(
        !s.contains("fg: Yellow") && !s.contains("bg: Rgb"),
        "no colour under NO_COLOR"
    );
    insta::assert_snapshot!("panes_no_color_80x24", s);
}

#[test]
fn overlays() {
    let a = fixture();
    for (name, keys) in [
        ("help", "?"),
        ("legend", "L"),
        ("diff", "d"),
        ("diff_base_daily", "db"),
        ("diff_paragraphs", "jdp"),
        ("facts", "f"),
        ("facts_conflicts", "fc"),
        ("facts_quotes", "fv"),
        ("source", "i"),
        ("search", "/bridge<Enter>n"),
        ("search_prompt", "/brid"),
        ("zoom", "2z"),
        ("goto_prompt", ":12"),
        ("synced_with_filler", "3j"),
    ] {
        let mut app = app(&a, 80, 24, true);
        press(&mut app, keys);
        insta::assert_snapshot!(format!("view_{name}_80x24"), snap(&app));
    }
}

#[test]
fn one_source_says_there_is_nothing_to_compare() {
    let mut a = fixture();
    a.articles.truncate(1);
    a.sentences.truncate(1);
    // As the engine leaves it: each sentence supported by its own source alone.
    for f in a.sentences.iter_mut().flatten().flatten() {
        f.support = vec![0];
        f.matches.clear();
        f.claim = None;
    }
    a.claims.clear();
    a.atoms.clear();
    a.conflicts.clear();
    a.quote_variants.clear();
    a.alignment.clear();
    let app = app(&a, 80, 24, true);
    let screen_rows = rows(&render(&app));
    assert!(
        screen_rows.iter().any(|r| r.contains("nothing to compare")),
        "{screen_rows:#?}"
    );
    // Nothing confirms a sentence of a lone source: every one is "only here", as the report's
    // 0 % confirmed says, never "every source says this".
    use factdiff::tui::derived::Support;
    assert!(
        app.data.sentences[0]
            .iter()
            .all(|s| s.support == Support::Only),
        "{:?}",
        app.data.sentences[0]
    );
    let pane = app.screen().panes[0];
    let gutter: Vec<String> = rows(&render(&app))
        .iter()
        .skip(usize::from(pane.text.y))
        .take(3)
        .map(|r| r.chars().skip(usize::from(pane.gutter.x)).take(2).collect())
        .collect();
    assert!(
        gutter
            .iter()
            .all(|g| !g.contains(factdiff::tui::theme::GLYPH_ALL)),
        "{gutter:?}"
    );
    insta::assert_snapshot!("one_source_80x24", snap(&app));
}

#[test]
fn hostile_text_never_reaches_the_screen_raw() {
    let dir = tempfile::tempdir().expect("temp dir");
    let evil = dir.path().join("evil\u{1b}]0;pwned\u{7}\u{202e}.txt");
    std::fs::write(
        &evil,
        "Title \u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}here.\n\nThe \u{202e}mayor\u{202c} said \u{9b}31mhello\u{8}.",
    )
    .expect("write");
    let plain = dir.path().join("plain.txt");
    std::fs::write(&plain, "The mayor said hello.\n\nNothing else.").expect("write");
    let paths = [evil, plain].map(|p| p.to_string_lossy().into_owned());
    let loaded =
        factdiff::ingest::load(&paths, &factdiff::Limits::default()).expect("load both files");
    let (a, _) = factdiff::compare(&loaded.inputs).expect("compare");
    for keys in ["", "i", "d", "f", "?", "/mayor<Enter>"] {
        let mut app = app(&a, 100, 30, true);
        press(&mut app, keys);
        for cell in render(&app).content() {
            assert!(
                !cell
                    .symbol()
                    .chars()
                    .any(|c| factdiff::text::sanitize::is_unsafe_char(c) || c == '\u{1b}'),
                "unsafe {:?} on screen after {keys:?}",
                cell.symbol()
            );
        }
    }
}

#[test]
fn help_and_legend_scroll_to_their_last_line_on_small_terminals() {
    let a = fixture();
    for (w, h) in [(40, 10), (80, 24)] {
        for (name, open, last) in [("help", "?", "never quits."), ("legend", "L", "lacks it.")] {
            let mut app = app(&a, w, h, true);
            press(&mut app, open);
            let top = rows(&render(&app)).join("\n");
            if !top.contains(last) {
                assert!(
                    top.contains("↓ more"),
                    "{name} {w}x{h} says there is more:\n{top}"
                );
            }
            press(&mut app, "G");
            let bottom = rows(&render(&app)).join("\n");
            assert!(
                bottom.contains(last),
                "{name} {w}x{h} ends on screen:\n{bottom}"
            );
            assert!(!bottom.contains("↓ more"), "{name} {w}x{h}:\n{bottom}");
            // Paging down reaches the end as well, and stops there.
            let mut paged = app.clone();
            press(&mut paged, &format!("g{}jjj", "<PgDn>".repeat(30)));
            assert_eq!(rows(&render(&paged)), rows(&render(&app)), "{name} {w}x{h}");
            if (w, h) == (40, 10) {
                insta::assert_snapshot!(format!("{name}_end_{w}x{h}"), snap(&app));
            }
        }
    }
    // The help's last keys are reachable at 40x10.
    let mut app = app(&a, 40, 10, true);
    press(&mut app, "?");
    let mut seen = String::new();
    for _ in 0..100 {
        seen.push_str(&rows(&render(&app)).join("\n"));
        press(&mut app, "j");
    }
    for key in [
        "  Ctrl-C      ",
        "  f      ",
        "  i      ",
        "  L / ?      ",
        "  Esc q    ",
    ] {
        assert!(seen.contains(key), "{key} never shown");
    }
}

/// Twelve one-sentence sources; claim k is carried by sources k and k+1 (and the last by all).
fn twelve_sources() -> factdiff::findings::Analysis {
    use factdiff::findings::{Analysis, Claim};
    use factdiff::model::SentenceRef;
    let labels: Vec<String> = (1..=12).map(|k| format!("s{k}")).collect();
    let articles: Vec<_> = labels
        .iter()
        .map(|l| tui_common::article(l, None, &[&[&format!("Outlet {l} reports the storm.")]]))
        .collect();
    let r = |source| SentenceRef {
        source,
        paragraph: 0,
        sentence: 0,
    };
    let mut claims: Vec<Claim> = (0..11)
        .map(|k| Claim {
            sentences: vec![r(k), r(k + 1)],
            sources: vec![k, k + 1],
        })
        .collect();
    claims.push(Claim {
        sentences: (0..12).map(r).collect(),
        sources: (0..12).collect(),
    });
    Analysis {
        articles,
        claims,
        ..Default::default()
    }
}

#[test]
fn facts_view_with_many_sources_keeps_columns_apart_and_scrolls_them() {
    let a = twelve_sources();
    let mut app = app(&a, 80, 24, true);
    press(&mut app, "f");
    let screen = rows(&render(&app));
    let header = screen
        .iter()
        .find(|r| r.contains("kind"))
        .expect("header row");
    assert!(
        header.contains("1  2  3  4  5  6  7  8  9  10 11 12"),
        "{header}"
    );
    insta::assert_snapshot!("facts_twelve_sources_80x24", snap(&app));

    // At 40 columns not every source fits: the heading says which are shown, and h/l scroll.
    let mut app = tui_common::app(&a, 40, 12, true);
    press(&mut app, "f");
    let header = |app: &App| {
        rows(&render(app))
            .into_iter()
            .find(|r| r.contains("kind"))
            .expect("header row")
    };
    let first = header(&app);
    assert!(first.contains("source 1 of 12"), "{first}");
    press(&mut app, "lll");
    let moved = header(&app);
    assert!(moved.contains("source 4 of 12"), "{moved}");
    assert!(moved.trim_end_matches(['│', ' ']).ends_with('4'), "{moved}");
    insta::assert_snapshot!("facts_twelve_sources_scrolled_40x12", snap(&app));
    press(&mut app, "]]]]]]]]]]]]]]]]");
    assert!(header(&app).contains("source 12 of 12"), "{}", header(&app));
    press(&mut app, "<Right>");
    assert!(
        header(&app).contains("source 12 of 12"),
        "stops at the last"
    );
    press(&mut app, "[<Left>hhhhhhhhhhhhhhhh");
    assert!(header(&app).contains("source 1 of 12"));
    // A fresh facts view starts with the focused source's column in view.
    press(&mut app, "<Esc>9f");
    assert!(header(&app).contains("source 9 of 12"), "{}", header(&app));
    // Every source is reachable at any width that shows the view.
    for w in [40u16, 60, 100] {
        let mut app = tui_common::app(&a, w, 12, true);
        press(&mut app, "f");
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..12 {
            if let factdiff::tui::app::Overlay::Facts(f) = &app.overlay {
                let shown = factdiff::tui::facts_view::columns(app.screen().body, 12).1;
                seen.extend(f.first_source..f.first_source + shown);
            }
            press(&mut app, "l");
        }
        assert_eq!(seen.len(), 12, "width {w}");
    }
}

#[test]
fn the_status_bar_keeps_its_halves_apart_when_narrow() {
    let a = fixture();
    for w in [40u16, 60, 80] {
        let app = app(&a, w, 20, true);
        let screen = rows(&render(&app));
        let status = &screen[screen.len() - 2];
        assert!(status.contains("sync on"), "{w}: {status}");
        let left = status.split("sync on").next().unwrap_or("");
        assert!(
            left.ends_with("  "),
            "{w}: two spaces before the right half: {status:?}"
        );
        assert!(status.contains("1/3"), "{w}: {status:?}");
    }
}

/// The tabs of the panes on screen always fit: labels shrink before a pane loses its tab.
#[test]
fn tabs_of_the_panes_on_screen_fit() {
    let a = tui_common::bundled();
    for w in [80u16, 100, 120, 160, 200] {
        let app = app(&a, w, 24, true);
        let screen = app.screen();
        let tabs = factdiff::tui::tabs::layout(
            &a,
            &app.data.counts,
            app.tab_width,
            None,
            &screen,
            screen.tabs,
        );
        for p in &screen.panes {
            assert!(
                tabs.iter()
                    .any(|t| t.target == factdiff::tui::tabs::TabTarget::Source(p.source)),
                "{w}: pane {} has no tab: {:?}",
                p.source + 1,
                tabs.iter().map(|t| t.text.as_str()).collect::<Vec<_>>()
            );
        }
    }
}
