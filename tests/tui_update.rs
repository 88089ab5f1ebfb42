//! Interface logic driven by key sequences on a hand-built analysis.

mod tui_common;

use factdiff::tui::action::{Action, FactsFilter};
use factdiff::tui::app::Overlay;
use tui_common::{app, fixture, press};

#[test]
fn cursor_moves_by_sentence_and_clamps() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    assert_eq!((app.focus, app.cursor[0]), (0, 0));
    press(&mut app, "j");
    assert_eq!(app.cursor[0], 1);
    press(&mut app, "jjjj");
    assert_eq!(app.cursor[0], 2, "stops at the last sentence");
    press(&mut app, "g");
    assert_eq!(app.cursor[0], 0);
    press(&mut app, "G");
    assert_eq!(app.cursor[0], 2);
    press(&mut app, "<Up><Up><Up>");
    assert_eq!(app.cursor[0], 0);
    press(&mut app, "<Down>");
    assert_eq!(app.cursor[0], 1);
}

#[test]
fn panes_focus_with_keys_and_digits() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    press(&mut app, "l");
    assert_eq!(app.focus, 1);
    press(&mut app, "<Tab><Tab>");
    assert_eq!(app.focus, 0, "wraps around");
    press(&mut app, "<S-Tab>");
    assert_eq!(app.focus, 2);
    press(&mut app, "h<Left>");
    assert_eq!(app.focus, 0);
    press(&mut app, "2");
    assert_eq!(app.focus, 1);
    press(&mut app, "9");
    assert_eq!(app.focus, 1, "no source 9: focus stays");
    assert!(app.message.as_deref().unwrap_or("").contains("no source 9"));
}

#[test]
fn focusing_a_pane_in_sync_picks_up_at_the_counterpart() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    press(&mut app, "jj"); // Wire p2: "The bridge cost $40 million."
    assert_eq!(
        app.matched_in(2),
        Some(1),
        "Herald's second sentence matches"
    );
    press(&mut app, "3");
    assert_eq!((app.focus, app.cursor[2]), (2, 1));
    // Without sync the other pane keeps its own cursor.
    let mut app2 = tui_common::app(&a, 150, 40, true);
    press(&mut app2, "sjj3");
    assert!(!app2.sync);
    assert_eq!(app2.cursor[2], 0);
}

#[test]
fn sync_scrolls_other_panes_to_the_match() {
    let a = fixture();
    // Three narrow, short panes so that they must scroll.
    let mut app = app(&a, 90, 10, true);
    press(&mut app, "3j"); // Herald: "It cost $40 million…", matched by Wire's last sentence.
    assert_eq!(app.matched_in(0), Some(2));
    let h = app.pane_height();
    let offset = app.wraps[2].first_line(1) - app.scroll[2];
    let target = app.wraps[0].first_line(2);
    let expected = target - offset;
    assert!(expected > 0, "the fixture must make Wire scroll");
    assert!(
        expected > app.wraps[0].max_scroll(h),
        "the fixture must make Wire scroll past its end to align"
    );
    assert_eq!(
        (app.scroll[0], app.pad[0]),
        (expected, 0),
        "counterpart on the cursor's row, scrolled past the end if need be"
    );
    // Aligned on screen: the counterpart's first line is on the cursor's row.
    let rows = tui_common::rows(&tui_common::render(&app));
    let panes = app.screen().panes;
    let row_of = |p: usize, marker: &str| {
        let pane = panes.iter().find(|x| x.source == p).expect("pane");
        rows.iter().position(|r| {
            r.chars()
                .skip(usize::from(pane.gutter.x))
                .take(1)
                .collect::<String>()
                == marker
        })
    };
    assert_eq!(row_of(0, "▷"), row_of(2, "▶"), "{rows:#?}");
    // Back at the top, a counterpart lower in its pane than the cursor can go brings filler
    // lines above the cursor's pane's neighbours instead.
    let mut top = tui_common::app(&a, 90, 10, true);
    press(&mut top, "3");
    assert!(top.pad.iter().all(|&p| p == 0));
    // Daily has no counterpart: it follows the alignment (Herald's paragraph 0 shares row 0
    // with Daily's paragraph 0, which starts at the top).
    assert_eq!(app.scroll[1], 0);
    press(&mut app, "s");
    assert!(!app.sync);
    press(&mut app, "k");
    assert_eq!(app.scroll[0], expected, "sync off: others stay");
    press(&mut app, "s");
    assert_eq!(
        app.scroll[0], 0,
        "sync on again: Wire follows Herald's first sentence"
    );
}

#[test]
fn only_here_and_conflict_navigation() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    press(&mut app, "2n");
    assert_eq!(
        app.cursor[1], 2,
        "Daily's only-here sentence is 'Protesters…'"
    );
    press(&mut app, "n");
    assert_eq!(app.cursor[1], 2);
    assert_eq!(app.message.as_deref(), Some("wrapped around"));
    press(&mut app, "1n");
    assert_eq!(app.cursor[0], 0, "Wire has no only-here sentence");
    assert!(
        app.message
            .as_deref()
            .unwrap_or("")
            .starts_with("no sentence")
    );
    press(&mut app, "c");
    assert_eq!(
        (app.focus, app.cursor[1]),
        (1, 0),
        "next conflict side is in Daily"
    );
    press(&mut app, "c");
    assert_eq!((app.focus, app.cursor[0]), (0, 0), "and wraps back to Wire");
}

#[test]
fn search_takes_n_while_active_and_esc_clears_it() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    press(&mut app, "/bridgX<BS>e");
    assert_eq!(app.prompt.as_deref(), Some("bridge"));
    press(&mut app, "<Enter>");
    let search = app.search.clone().expect("active search");
    let tabs = factdiff::tui::tabs::layout(
        &a,
        &app.data.counts,
        app.tab_width,
        app.search.as_ref(),
        &app.screen(),
        app.screen().tabs,
    );
    let texts: Vec<&str> = tabs.iter().map(|t| t.text.as_str()).collect();
    // Badges (only here, omitted, conflicts) and then the hits.
    assert_eq!(
        texts,
        [
            " 1 Wire !1 (2) ",
            " 2 Daily ◆1 ○1 !1 (1) ",
            " 3 Herald ○1 (1) "
        ]
    );
    assert_eq!(
        search.hits.len(),
        4,
        "two in Wire, one each in Daily and Herald"
    );
    assert_eq!(search.current, Some(0));
    press(&mut app, "n");
    assert_eq!((app.focus, app.cursor[0]), (0, 2), "n is search-next now");
    press(&mut app, "n");
    assert_eq!((app.focus, app.cursor[1]), (1, 0));
    press(&mut app, "N");
    assert_eq!(app.focus, 0);
    press(&mut app, "nnn");
    assert_eq!(
        app.search.as_ref().and_then(|s| s.current),
        Some(0),
        "wraps around"
    );
    press(&mut app, "<Esc>");
    assert!(
        app.search.is_none() && !app.quit,
        "Esc clears the search first"
    );
    press(&mut app, "2n");
    assert_eq!(app.cursor[1], 2, "n is only-here again");
    press(&mut app, "/zzz<Enter>");
    assert!(app.message.as_deref().unwrap_or("").contains("no hits"));
    press(&mut app, "/abc<Esc>");
    assert!(app.prompt.is_none() && !app.quit);
}

#[test]
fn overlays_open_close_and_esc_precedence() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    for (key, check) in [
        ("?", true),
        ("L", true),
        ("f", true),
        ("i", true),
        ("d", true),
    ] {
        assert!(check);
        press(&mut app, key);
        assert_ne!(app.overlay, Overlay::None, "{key} opens a view");
        press(&mut app, "<Esc>");
        assert_eq!(app.overlay, Overlay::None, "Esc closes {key}");
        assert!(!app.quit);
    }
    let help_scroll = |app: &factdiff::tui::App| match &app.overlay {
        Overlay::Help(v) => Some(v.scroll),
        _ => None,
    };
    press(&mut app, "?jjj");
    assert_eq!(help_scroll(&app), Some(3));
    press(&mut app, "G");
    // The end: the last wrapped line at the bottom of the frame, no further.
    let end = factdiff::tui::overlay::max_scroll(
        &factdiff::tui::help::view(&app.theme, app.screen().body, 0).lines,
        factdiff::tui::help::area(app.screen().body),
    );
    assert!(end > 3);
    assert_eq!(help_scroll(&app), Some(end));
    press(&mut app, "j");
    assert_eq!(help_scroll(&app), Some(end));
    press(&mut app, "<Esc><Esc><Esc>");
    assert!(!app.quit, "Esc never quits, not even with nothing open");
    assert_eq!(app.overlay, Overlay::None);
    press(&mut app, "q");
    assert!(app.quit, "q quits at the top level");
    let mut app = tui_common::app(&a, 150, 40, true);
    for view in ["f", "?", "L", "i", "d"] {
        press(&mut app, view);
        press(&mut app, "q");
        assert_eq!(app.overlay, Overlay::None, "q closes {view}");
        assert!(!app.quit, "q in {view} only closes it");
    }
    press(&mut app, "/bridge<Enter>");
    assert!(app.search.is_some());
    press(&mut app, "q");
    assert!(app.search.is_none() && !app.quit, "q clears a search first");
    press(&mut app, "/q");
    assert_eq!(app.prompt.as_deref(), Some("q"), "q types into the prompt");
    press(&mut app, "Q");
    assert!(!app.quit, "Q types into the prompt too");
    press(&mut app, "<Esc>fQ");
    assert!(app.quit, "Q quits from a view");
    let mut app = tui_common::app(&a, 150, 40, true);
    press(&mut app, "<C-c>");
    assert!(app.quit, "Ctrl-C quits");
}

#[test]
fn diff_view_bases_cycle_and_pick() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    press(&mut app, "d");
    let base = |app: &factdiff::tui::App| match &app.overlay {
        Overlay::Diff(d) => d.base.source,
        other => panic!("diff view expected, got {other:?}"),
    };
    assert_eq!(base(&app), 0);
    press(&mut app, "b");
    assert_eq!(base(&app), 1);
    press(&mut app, "b");
    assert_eq!(base(&app), 2);
    press(&mut app, "b");
    assert_eq!(base(&app), 0);
    press(&mut app, "3");
    assert_eq!(base(&app), 2);
    press(&mut app, "p");
    assert!(matches!(&app.overlay, Overlay::Diff(d) if d.paragraphs));
    press(&mut app, "b");
    assert!(
        matches!(&app.overlay, Overlay::Diff(d) if d.paragraphs && d.base.source == 0),
        "paragraph mode survives a change of base"
    );
    press(&mut app, "p");
    assert!(matches!(&app.overlay, Overlay::Diff(d) if !d.paragraphs));
    // Sentence with one counterpart only: source 3 has none.
    press(&mut app, "<Esc>jd3");
    assert_eq!(base(&app), 0);
    assert!(
        app.message
            .as_deref()
            .unwrap_or("")
            .contains("no counterpart")
    );
}

#[test]
fn facts_view_filters_and_jumps() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    press(&mut app, "f");
    let rows = |app: &factdiff::tui::App| match &app.overlay {
        Overlay::Facts(f) => (f.filter, f.rows.len(), f.selected),
        other => panic!("facts view expected, got {other:?}"),
    };
    assert_eq!(rows(&app), (FactsFilter::All, 8, 0), "4 claims + 4 atoms");
    press(&mut app, "o");
    assert_eq!(rows(&app).1, 3, "one claim and two atoms in one source");
    press(&mut app, "m");
    assert_eq!(
        rows(&app).1,
        0,
        "Wire lacks no claim two others carry (Daily's lone claim and atoms are not omissions)"
    );
    press(&mut app, "c");
    assert_eq!(rows(&app).1, 1);
    press(&mut app, "v");
    assert_eq!(rows(&app).1, 1);
    press(&mut app, "<Esc>3fm");
    assert_eq!(
        rows(&app).1,
        1,
        "Herald omits the claim Wire and Daily carry"
    );
    match &app.overlay {
        Overlay::Facts(f) => assert_eq!(f.rows, [factdiff::tui::facts_view::FactRow::Claim(1)]),
        other => panic!("facts view expected, got {other:?}"),
    }
    let title = tui_common::rows(&tui_common::render(&app)).join("\n");
    assert!(title.contains("omitted by 3 Herald"), "{title}");
    press(&mut app, "ojj");
    assert_eq!(rows(&app).2, 2);
    press(&mut app, "jjj");
    assert_eq!(rows(&app).2, 2, "selection clamps");
    press(&mut app, "<Enter>");
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(
        (app.focus, app.cursor[1]),
        (1, 0),
        "jumped to Jane Roe in Daily"
    );
}

#[test]
fn omitted_filter_is_the_reports_omissions() {
    let a = tui_common::bundled();
    for source in 0..a.articles.len() {
        let mut app = app(&a, 150, 40, true);
        app.dispatch(Action::FocusSource(source));
        app.dispatch(Action::Filter(FactsFilter::MissingHere));
        let Overlay::Facts(f) = &app.overlay else {
            panic!("facts view expected");
        };
        let mut want: Vec<usize> = a
            .omissions
            .iter()
            .filter(|o| o.source == source)
            .flat_map(|o| o.claims.clone())
            .collect();
        want.sort_unstable();
        let got: Vec<usize> = f
            .rows
            .iter()
            .map(|r| match r {
                factdiff::tui::facts_view::FactRow::Claim(k) => *k,
                other => panic!("only claims are omissions, got {other:?}"),
            })
            .collect();
        assert_eq!(got, want, "source {source}");
        for &k in &got {
            let c = &a.claims[k];
            assert!(!c.sources.contains(&source) && c.sources.len() >= 2);
        }
    }
}

#[test]
fn mouse_click_wheel_and_resize() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    let screen = app.screen();
    let pane = screen.panes[1];
    // Row of Daily's second sentence: it starts after the first sentence's lines.
    let row = pane.text.y + app.wraps[1].first_line(1) as u16;
    app.dispatch(Action::Click {
        column: pane.text.x + 2,
        row,
    });
    assert_eq!((app.focus, app.cursor[1]), (1, 1));
    // Click a tab.
    let tabs = factdiff::tui::tabs::layout(
        &a,
        &app.data.counts,
        app.tab_width,
        app.search.as_ref(),
        &screen,
        screen.tabs,
    );
    let herald = tabs
        .iter()
        .find(|t| t.text.contains("Herald"))
        .expect("Herald tab");
    app.dispatch(Action::Click {
        column: herald.area.x,
        row: herald.area.y,
    });
    assert_eq!(app.focus, 2);
    // Wheel on a narrow, short terminal scrolls the pane under the mouse.
    app.dispatch(Action::Resize {
        width: 60,
        height: 10,
    });
    let pane = app.screen().panes[0];
    let before = app.scroll[pane.source];
    app.dispatch(Action::Wheel {
        column: pane.text.x,
        row: pane.text.y,
        lines: 3,
    });
    assert!(app.scroll[pane.source] > before);
    app.dispatch(Action::Wheel {
        column: pane.text.x,
        row: pane.text.y,
        lines: -100,
    });
    assert_eq!(app.scroll[pane.source], 0);
    // Tiny and zero sizes are safe.
    for (w, h) in [(1, 1), (0, 0), (39, 9), (500, 3)] {
        app.dispatch(Action::Resize {
            width: w,
            height: h,
        });
        let _ = tui_common::render(&app);
    }
}

#[test]
fn narrow_terminals_page_through_sources() {
    let a = fixture();
    let mut app = app(&a, 80, 24, true);
    let shown = |app: &factdiff::tui::App| {
        app.screen()
            .panes
            .iter()
            .map(|p| p.source)
            .collect::<Vec<_>>()
    };
    assert_eq!(shown(&app), [0, 1]);
    press(&mut app, "ll");
    assert_eq!(shown(&app), [1, 2]);
    press(&mut app, "[");
    assert_eq!(shown(&app), [0, 1]);
    assert_eq!(app.focus, 0);
    press(&mut app, "]");
    assert_eq!(app.focus, 2);
    press(&mut app, "z");
    assert_eq!(shown(&app), [2]);
    press(&mut app, "z");
    assert_eq!(shown(&app).len(), 2);
}

#[test]
fn actions_round_trip_through_json() {
    for action in [
        Action::Down,
        Action::FocusSource(3),
        Action::SearchInput('é'),
        Action::Filter(FactsFilter::Conflicts),
        Action::Click { column: 3, row: 4 },
    ] {
        let json = serde_json::to_string(&action).expect("serialize");
        let back: Action = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(back, action);
    }
}

#[test]
fn mouse_click_focuses_a_pane_and_the_wheel_scrolls() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    assert_eq!(app.focus, 0);
    // Three panes of 50 columns under the tab strip: a click on the second pane's first text
    // line focuses that source.
    app.dispatch(Action::Click { column: 60, row: 2 });
    assert_eq!(app.focus, 1, "click in the second pane focuses it");
    app.dispatch(Action::Click {
        column: 110,
        row: 2,
    });
    assert_eq!(app.focus, 2, "click in the third pane focuses it");
    // The wheel over a pane never moves the focus and never panics, even past the end.
    for _ in 0..20 {
        app.dispatch(Action::Wheel {
            column: 10,
            row: 5,
            lines: 3,
        });
    }
    assert_eq!(app.focus, 2);
    app.dispatch(Action::Wheel {
        column: 10,
        row: 5,
        lines: -300,
    });
    assert_eq!(app.scroll_of(0), 0, "scrolling up stops at the top");
}

#[test]
fn a_lone_article_confirms_nothing() {
    // The real engine on one bundled article: the report says 0 % confirmed, so the interface
    // must not mark any sentence as said by every source.
    let inputs = factdiff::ingest::bundled::inputs();
    let (a, _) = factdiff::compare(inputs.get(..1).expect("a bundled article")).expect("compare");
    let app = app(&a, 100, 30, true);
    assert!(app.data.count(0) > 0);
    assert!(
        app.data.sentences[0]
            .iter()
            .all(|s| s.support == factdiff::tui::derived::Support::Only),
        "every sentence of a lone source is unconfirmed"
    );
}

#[test]
fn search_counts_every_source_fairly_and_says_when_it_caps() {
    use factdiff::tui::search::MAX_HITS_PER_SOURCE;
    let flood = "bomb ".repeat(MAX_HITS_PER_SOURCE + 2_000);
    let big = tui_common::article("big", None, &[&[flood.trim_end()]]);
    let small = tui_common::article(
        "small",
        None,
        &[&[
            "A bomb, two bombs, Bomb three.",
            "BOMB four bomb five bomb six bomb seven bomb eight bomb nine.",
        ]],
    );
    let a = factdiff::findings::Analysis {
        articles: vec![big, small],
        ..Default::default()
    };
    let mut app = app(&a, 120, 30, true);
    press(&mut app, "/bomb<Enter>");
    let search = app.search.clone().expect("active search");
    assert_eq!(search.counts, [MAX_HITS_PER_SOURCE + 2_000, 9]);
    assert_eq!(search.total(), MAX_HITS_PER_SOURCE + 2_009);
    assert!(search.capped());
    assert_eq!(search.hits_in(0).count(), MAX_HITS_PER_SOURCE);
    assert_eq!(
        search.hits_in(1).count(),
        9,
        "the small source keeps all its hits"
    );
    let tabs = factdiff::tui::tabs::layout(
        &a,
        &app.data.counts,
        app.tab_width,
        app.search.as_ref(),
        &app.screen(),
        app.screen().tabs,
    );
    let texts: Vec<&str> = tabs.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, [" 1 big ◆1 (12000) ", " 2 small ◆2 (9) "]);
    let message = app.message.clone().unwrap_or_default();
    assert!(
        message.starts_with("12009 hits") && message.contains("first 10000 of each source"),
        "{message}"
    );
    let screen = tui_common::rows(&tui_common::render(&app)).join("\n");
    assert!(screen.contains("/bomb (12009 hits)"), "{screen}");
    // The small source's hits are reachable with N (backwards, wrapping from the first hit).
    press(&mut app, "N");
    assert_eq!(app.focus, 1);
    assert!(
        app.message
            .as_deref()
            .unwrap_or("")
            .contains("12009 in all"),
        "{:?}",
        app.message
    );
}

#[test]
fn diff_view_steps_through_sentences_and_sources() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    press(&mut app, "d");
    let base = |app: &factdiff::tui::App| match &app.overlay {
        Overlay::Diff(d) => d.base,
        other => panic!("diff view expected, got {other:?}"),
    };
    assert_eq!(
        (base(&app).source, base(&app).paragraph, base(&app).sentence),
        (0, 0, 0)
    );
    press(&mut app, "j");
    assert_eq!(
        (base(&app).paragraph, base(&app).sentence),
        (0, 1),
        "j: next sentence"
    );
    assert_eq!(app.cursor[0], 1, "the panes' cursor follows");
    press(&mut app, "jjj");
    assert_eq!(
        (base(&app).paragraph, base(&app).sentence),
        (1, 0),
        "stops at the last"
    );
    press(&mut app, "kk");
    assert_eq!((base(&app).paragraph, base(&app).sentence), (0, 0));
    press(&mut app, "]");
    assert_eq!(base(&app).source, 1, "]: next source with a counterpart");
    press(&mut app, "[[");
    assert_eq!(base(&app).source, 2, "[: previous, wrapping");
    press(&mut app, "d");
    assert_eq!(app.overlay, Overlay::None, "d closes");
}

#[test]
fn enter_opens_the_detail_pane_and_goto_focuses_any_source() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    press(&mut app, "<Enter>");
    let Overlay::Detail(d) = &app.overlay else {
        panic!("detail pane expected, got {:?}", app.overlay)
    };
    let text: String = d
        .view
        .lines
        .iter()
        .map(|l| {
            l.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
                + "\n"
        })
        .collect();
    // Wire's first sentence: said by all three, two counterparts, one conflict.
    assert!(text.contains("Said by 3 of 3"), "{text}");
    assert!(
        text.contains("2 Daily") && text.contains("3 Herald"),
        "{text}"
    );
    assert!(
        text.contains("linked at 0.80") && text.contains("linked at 0.90"),
        "{text}"
    );
    assert!(text.contains("Conflict: the date differs"), "{text}");
    assert!(
        text.contains(": Tuesday") && text.contains(": Wednesday"),
        "{text}"
    );
    press(&mut app, "<Enter>");
    assert_eq!(app.overlay, Overlay::None, "Enter closes it again");
    // Daily's "Protesters gathered nearby." is only there: the nearest sentence elsewhere.
    press(&mut app, "2jj<Enter>");
    let Overlay::Detail(d) = &app.overlay else {
        panic!("detail pane expected")
    };
    let text: String = d
        .view
        .lines
        .iter()
        .map(|l| {
            l.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
                + "\n"
        })
        .collect();
    assert!(text.contains("Said by 1 of 3"), "{text}");
    assert!(
        text.contains("No counterpart: the nearest sentence"),
        "{text}"
    );
    assert!(text.contains("not the same claim"), "{text}");
    press(&mut app, "q:3<Enter>");
    assert_eq!((app.overlay.clone(), app.focus), (Overlay::None, 2));
    press(&mut app, ":7<Enter>");
    assert_eq!(app.focus, 2);
    assert!(app.message.as_deref().unwrap_or("").contains("no source 7"));
    press(&mut app, ":12x<BS><Enter>");
    assert_eq!(app.focus, 0, "only digits are typed; Backspace deletes one");
}

#[test]
fn next_difference_goes_to_the_start_of_each_run() {
    let a = fixture();
    let mut app = app(&a, 150, 40, true);
    // Wire: s0 all (but a conflict side), s1 some, s2 some: one run from the top.
    press(&mut app, "}");
    let first = app.cursor[0];
    press(&mut app, "}");
    assert_eq!(app.cursor[0], first, "a single run: wraps to its start");
    assert_eq!(app.message.as_deref(), Some("wrapped around"));
    // Herald: s0 all but a conflict? no: all and no conflict; s1 some.
    press(&mut app, "3}");
    assert_eq!(app.cursor[2], 1);
    press(&mut app, "{");
    assert_eq!(app.cursor[2], 1);
}
