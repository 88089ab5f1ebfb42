//! A hand-built analysis for interface tests: three small articles with hand-set support,
//! matches, claims, atoms, a conflict and alignment, so that snapshots do not move when the
//! engine changes. Plus helpers to press keys and render.

#![allow(dead_code)]

use factdiff::findings::{
    AlignmentRow, Analysis, Atom, AtomKind, Claim, Conflict, ConflictKind, ConflictSide, Match,
    Mention, Omission, QuoteRendering, QuoteVariant, SentenceFindings,
};
use factdiff::model::{Article, Metadata, Removed, SentenceRef, Span};
use factdiff::tui::{App, Theme, keymap};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Builds an article from paragraphs of sentences (joined by spaces, paragraphs by blank lines).
pub fn article(label: &str, date: Option<&str>, paragraphs: &[&[&str]]) -> Article {
    let meta = Metadata {
        title: Some(format!("{label} story")),
        outlet: Some(label.to_owned()),
        date: date.map(str::to_owned),
        ..Default::default()
    };
    Article::from_sentences(&format!("fixture/{label}.txt"), label, meta, paragraphs)
}

fn r(source: usize, paragraph: usize, sentence: usize) -> SentenceRef {
    SentenceRef {
        source,
        paragraph,
        sentence,
    }
}

fn span_of(a: &Article, needle: &str) -> Span {
    let start = a.text.find(needle).expect("fixture text");
    Span::new(start, start + needle.len())
}

fn mention(a: &Article, source: usize, sentence: SentenceRef, needle: &str) -> Mention {
    let _ = source;
    Mention {
        sentence,
        span: span_of(a, needle),
    }
}

/// Three sources about a bridge opening.
pub fn fixture() -> Analysis {
    let mut wire = article(
        "Wire",
        Some("2026-01-06"),
        &[
            &[
                "The mayor opened the bridge on Tuesday.",
                "About 5,000 people attended, said \"a great day\" organisers.",
            ],
            &["The bridge cost $40 million."],
        ],
    );
    wire.removed = vec![Removed {
        text: "Subscribe to our newsletter".to_owned(),
        reason: factdiff::model::RemovalReason::Newsletter,
    }];
    let daily = article(
        "Daily",
        Some("2026-01-07"),
        &[
            &[
                "Mayor Jane Roe opened the new bridge on Wednesday.",
                "Thousands attended the ceremony, calling it \"a grand day\".",
            ],
            &["Protesters gathered nearby."],
        ],
    );
    let herald = article(
        "Herald",
        None,
        &[&[
            "The mayor opened the bridge.",
            "It cost $40 million, officials said.",
        ]],
    );
    let articles = vec![wire, daily, herald];

    let f =
        |support: Vec<usize>, matches: Vec<(SentenceRef, f32)>, claim: usize| SentenceFindings {
            support,
            matches: matches
                .into_iter()
                .map(|(sentence, score)| Match { sentence, score })
                .collect(),
            claim: Some(claim),
        };
    let sentences = vec![
        vec![
            vec![
                f(vec![0, 1, 2], vec![(r(1, 0, 0), 0.8), (r(2, 0, 0), 0.9)], 0),
                f(vec![0, 1], vec![(r(1, 0, 1), 0.6)], 1),
            ],
            vec![f(vec![0, 2], vec![(r(2, 0, 1), 0.7)], 2)],
        ],
        vec![
            vec![
                f(vec![0, 1, 2], vec![(r(0, 0, 0), 0.8), (r(2, 0, 0), 0.7)], 0),
                f(vec![0, 1], vec![(r(0, 0, 1), 0.6)], 1),
            ],
            vec![f(vec![1], vec![], 3)],
        ],
        vec![vec![
            f(vec![0, 1, 2], vec![(r(0, 0, 0), 0.9), (r(1, 0, 0), 0.7)], 0),
            f(vec![0, 2], vec![(r(0, 1, 0), 0.7)], 2),
        ]],
    ];
    let claims = vec![
        Claim {
            sentences: vec![r(0, 0, 0), r(1, 0, 0), r(2, 0, 0)],
            sources: vec![0, 1, 2],
        },
        Claim {
            sentences: vec![r(0, 0, 1), r(1, 0, 1)],
            sources: vec![0, 1],
        },
        Claim {
            sentences: vec![r(0, 1, 0), r(2, 0, 1)],
            sources: vec![0, 2],
        },
        Claim {
            sentences: vec![r(1, 1, 0)],
            sources: vec![1],
        },
    ];
    let (a0, a1, a2) = (&articles[0], &articles[1], &articles[2]);
    let atoms = vec![
        Atom {
            kind: AtomKind::Date,
            text: "Tuesday".to_owned(),
            variants: vec!["Tuesday".to_owned()],
            sources: vec![0],
            mentions: vec![mention(a0, 0, r(0, 0, 0), "Tuesday")],
        },
        Atom {
            kind: AtomKind::Person,
            text: "Jane Roe".to_owned(),
            variants: vec!["Jane Roe".to_owned()],
            sources: vec![1],
            mentions: vec![mention(a1, 1, r(1, 0, 0), "Jane Roe")],
        },
        Atom {
            kind: AtomKind::Number,
            text: "$40 million".to_owned(),
            variants: vec!["$40 million".to_owned()],
            sources: vec![0, 2],
            mentions: vec![
                mention(a0, 0, r(0, 1, 0), "$40 million"),
                mention(a2, 2, r(2, 0, 1), "$40 million"),
            ],
        },
        Atom {
            kind: AtomKind::Other,
            text: "mayor".to_owned(),
            variants: vec!["Mayor".to_owned(), "mayor".to_owned()],
            sources: vec![0, 1, 2],
            mentions: vec![
                mention(a0, 0, r(0, 0, 0), "mayor"),
                mention(a1, 1, r(1, 0, 0), "Mayor"),
                mention(a2, 2, r(2, 0, 0), "mayor"),
            ],
        },
    ];
    let conflicts = vec![Conflict {
        about: ConflictKind::Date,
        claim: Some(0),
        sides: vec![
            ConflictSide {
                sentence: r(0, 0, 0),
                value: "Tuesday".to_owned(),
                span: span_of(a0, "Tuesday"),
            },
            ConflictSide {
                sentence: r(1, 0, 0),
                value: "Wednesday".to_owned(),
                span: span_of(a1, "Wednesday"),
            },
        ],
    }];
    let quote_variants = vec![QuoteVariant {
        renderings: vec![
            QuoteRendering {
                sentence: r(0, 0, 1),
                text: "a great day".to_owned(),
                span: span_of(a0, "a great day"),
            },
            QuoteRendering {
                sentence: r(1, 0, 1),
                text: "a grand day".to_owned(),
                span: span_of(a1, "a grand day"),
            },
        ],
    }];
    let alignment = vec![
        AlignmentRow {
            paragraphs: vec![Some(0), Some(0), Some(0)],
            moved: vec![false; 3],
        },
        AlignmentRow {
            paragraphs: vec![Some(1), Some(1), None],
            moved: vec![false; 3],
        },
    ];
    Analysis {
        articles,
        sentences,
        claims,
        atoms,
        conflicts,
        quote_variants,
        // As the engine derives them: Daily lacks claim 2 (Wire, Herald), Herald lacks claim 1
        // (Wire, Daily); Wire lacks nothing two others carry.
        omissions: vec![
            Omission {
                source: 1,
                claims: vec![2],
            },
            Omission {
                source: 2,
                claims: vec![1],
            },
        ],
        alignment,
        stories: Vec::new(),
    }
}

/// The bundled articles, compared by the real engine.
pub fn bundled() -> Analysis {
    factdiff::compare(&factdiff::ingest::bundled::inputs())
        .expect("bundled articles compare")
        .0
}

/// Parses a key sequence: plain characters, or `<Esc>`, `<Enter>`, `<Tab>`, `<S-Tab>`, `<BS>`,
/// `<Up>`, `<Down>`, `<Left>`, `<Right>`, `<PgUp>`, `<PgDn>`, `<Home>`, `<End>`, `<C-x>`.
pub fn keys(seq: &str) -> Vec<KeyEvent> {
    let mut out = Vec::new();
    let mut rest = seq;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
            && end > 1
        {
            let name = &rest[1..end];
            rest = &rest[end + 1..];
            let none = KeyModifiers::NONE;
            out.push(match name {
                "Esc" => KeyEvent::new(KeyCode::Esc, none),
                "Enter" => KeyEvent::new(KeyCode::Enter, none),
                "Tab" => KeyEvent::new(KeyCode::Tab, none),
                "S-Tab" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
                "BS" => KeyEvent::new(KeyCode::Backspace, none),
                "Up" => KeyEvent::new(KeyCode::Up, none),
                "Down" => KeyEvent::new(KeyCode::Down, none),
                "Left" => KeyEvent::new(KeyCode::Left, none),
                "Right" => KeyEvent::new(KeyCode::Right, none),
                "PgUp" => KeyEvent::new(KeyCode::PageUp, none),
                "PgDn" => KeyEvent::new(KeyCode::PageDown, none),
                "Home" => KeyEvent::new(KeyCode::Home, none),
                "End" => KeyEvent::new(KeyCode::End, none),
                n if n.starts_with("C-") => KeyEvent::new(
                    KeyCode::Char(n.chars().nth(2).expect("C-x")),
                    KeyModifiers::CONTROL,
                ),
                other => panic!("unknown key {other}"),
            });
            continue;
        }
        rest = &rest[c.len_utf8()..];
        out.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    out
}

/// Presses every key of `seq` on `app`.
pub fn press(app: &mut App, seq: &str) {
    for k in keys(seq) {
        if let Some(action) = keymap::map_key(app, &k) {
            app.dispatch(action);
        }
    }
}

/// An app on `analysis` sized `width`×`height`.
pub fn app(analysis: &Analysis, width: u16, height: u16, color: bool) -> App<'_> {
    let mut app = App::new(analysis, Theme::new(color));
    app.dispatch(factdiff::tui::Action::Resize { width, height });
    app
}

/// An app on `analysis` sized `width`×`height` in the light theme (with colour).
pub fn app_light(analysis: &Analysis, width: u16, height: u16) -> App<'_> {
    let theme = Theme::named(factdiff::tui::theme::ThemeName::Light, true);
    let mut app = App::new(analysis, theme);
    app.dispatch(factdiff::tui::Action::Resize { width, height });
    app
}

/// Renders `app` on a test backend of its size.
pub fn render(app: &App) -> ratatui::buffer::Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(app.size.width, app.size.height)).expect("test terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draw");
    terminal.backend().buffer().clone()
}

/// The text of a rendered buffer, one string per row.
pub fn rows(buf: &ratatui::buffer::Buffer) -> Vec<String> {
    (0..buf.area.height)
        .map(|y| {
            let mut s = String::new();
            let mut skip = 0;
            for x in 0..buf.area.width {
                let cell = &buf[(x, y)];
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                s.push_str(cell.symbol());
                skip = unicode_width::UnicodeWidthStr::width(cell.symbol()).saturating_sub(1);
            }
            s
        })
        .collect()
}
