//! Ingest on whole documents: the fixtures in `tests/fixtures/ingest/` (an HTML page with page
//! furniture, a Markdown post with front matter), text written in other encodings and line
//! endings, the bundled Markdown-like `.txt`, and the ECB+ folder when it is present.

use factdiff::ingest::{self, Format, Limits};
use std::path::Path;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ingest");

fn load_one(path: &str) -> ingest::Input {
    let mut loaded = ingest::load(&[path.to_owned()], &Limits::default()).expect("loads");
    assert_eq!(loaded.inputs.len(), 1);
    loaded.inputs.remove(0)
}

#[test]
fn html_page_keeps_the_article_and_drops_the_page_around_it() {
    let input = load_one(&format!("{FIXTURES}/harbour-fire.html"));
    assert_eq!(input.format, Format::Html);
    let text = &input.text;
    for kept in [
        "A fire broke out in a disused warehouse on the north quay early on Saturday, forcing police to close Harbour Road and evacuate twelve nearby homes, the fire service said.",
        "About sixty firefighters and eleven engines",
        "“The building was empty, which was a great relief,” said station commander Priya Nair.",
        "# Road closed until Monday",
        "- Bus routes 4 and 7 diverted",
        "We will reopen the road as soon as it is safe to do so.",
        "asked anyone with information to contact them.\nThe warehouse, built in 1911",
    ] {
        assert!(text.contains(kept), "missing {kept:?} in\n{text}");
    }
    for dropped in [
        "TRACKER",
        "INJECTED",
        "dataLayer",
        "Trending now",
        "gardening",
        "subscribe",
        "Home",
        "Weather",
        "Search",
        "Terrible news",
        "Post comment",
        "All rights reserved",
        "Privacy policy",
        "font-family",
    ] {
        assert!(!text.contains(dropped), "kept {dropped:?} in\n{text}");
    }
    // Every line is one block: no line holds two paragraphs' worth of text run together.
    assert!(text.lines().all(|l| l == l.trim()));
    let hints = &input.hints;
    assert_eq!(hints.outlet.as_deref(), Some("The Coastal Courier"));
    assert_eq!(hints.byline.as_deref(), Some("Tomas Lind"));
    assert_eq!(hints.date.as_deref(), Some("2023-10-07"));
    assert_eq!(
        hints.url.as_deref(),
        Some("https://courier.example.org/news/2023/10/07/harbour-fire")
    );
    assert!(
        hints
            .title
            .as_deref()
            .is_some_and(|t| t.contains("Warehouse fire closes harbour road"))
    );
}

#[test]
fn markdown_post_becomes_intermediate_text() {
    let input = load_one(&format!("{FIXTURES}/council-budget.md"));
    assert_eq!(input.format, Format::Markdown);
    let lines: Vec<&str> = input.text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines,
        [
            "# Council approves budget with library cuts",
            "Riverside Gazette · Local politics",
            "The city council approved its 2024 budget on Wednesday night by nine votes to four, after a debate that lasted almost five hours. The plan cuts opening hours at three of the city's seven libraries.",
            "Council leader Sam Ortiz said the cuts were \"painful but unavoidable\" and blamed a £2.4 million shortfall in government funding — a figure the opposition disputes.",
            "# What changes",
            "- Libraries in Eastgate, Hillside and the Old Town will close on Mondays",
            "- Parking charges rise by 10 percent from May",
            "- The free-swim scheme for under-16s is kept",
            "We were told there was no alternative. There is always an alternative.",
            "Opposition councillor Dana Reyes said the party would publish its own costed plan. Read the full budget document or the council's summary.",
            "Original url: https://gazette.example.net/2024/03/14/council-budget",
        ]
    );
    assert_eq!(
        input.hints.title.as_deref(),
        Some("Council approves budget with library cuts")
    );
    assert_eq!(input.hints.byline.as_deref(), Some("Maria Okafor"));
    assert_eq!(input.hints.date.as_deref(), Some("2024-03-14"));
    assert_eq!(input.hints.outlet.as_deref(), Some("Riverside Gazette"));
    assert_eq!(
        input.hints.url.as_deref(),
        Some("https://gazette.example.net/2024/03/14/council-budget")
    );
}

#[test]
fn crlf_utf16_and_windows_1252_text_files() {
    let dir = tempfile::tempdir().unwrap();
    let crlf = dir.path().join("crlf.txt");
    std::fs::write(
        &crlf,
        b"First line of the story.\r\nSecond line.\r\n\r\nThird.\r",
    )
    .unwrap();
    let input = load_one(crlf.to_str().unwrap());
    assert_eq!(
        input.text,
        "First line of the story.\nSecond line.\n\nThird.\n"
    );

    let utf16 = dir.path().join("utf16.txt");
    let mut bytes = vec![0xFF, 0xFE];
    for u in "Zoë said “yes”.\r\n".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    std::fs::write(&utf16, bytes).unwrap();
    assert_eq!(load_one(utf16.to_str().unwrap()).text, "Zoë said “yes”.\n");

    let legacy = dir.path().join("legacy.txt");
    std::fs::write(&legacy, b"Na\xEFve caf\xE9 \x93quotes\x94 \x80 5\r\n").unwrap();
    let loaded =
        ingest::load(&[legacy.to_string_lossy().into_owned()], &Limits::default()).unwrap();
    assert_eq!(loaded.inputs[0].text, "Naïve café “quotes” € 5\n");
    assert!(
        loaded
            .warnings
            .iter()
            .map(ToString::to_string)
            .any(|w| w.contains("legacy.txt") && w.contains("Windows-1252"))
    );
}

#[test]
fn bundled_markdownish_txt_is_routed_through_markdown() {
    let inputs = ingest::bundled::inputs();
    assert_eq!(inputs.len(), 5);
    let md: Vec<&ingest::Input> = inputs
        .iter()
        .filter(|i| i.format == Format::Markdown)
        .collect();
    // Only the article written in Markdown syntax is sniffed as Markdown.
    assert_eq!(
        md.len(),
        1,
        "{:?}",
        inputs
            .iter()
            .map(|i| (&i.path, i.format))
            .collect::<Vec<_>>()
    );
    let text = &md[0].text;
    assert!(text.lines().any(|l| l.starts_with("# ")));
    assert!(text.contains("\nBy AFP\n"));
    assert!(!text.contains("](") && !text.contains("**") && !text.contains("<http"));
    assert!(text.contains("\nhttps://www.themoscowtimes.com/"));
}

#[test]
fn ecbplus_folder_loads_in_sorted_order() {
    let Some(data) =
        crate::common::data::shared_data("ecbplus-dev", "ecbplus_folder_loads_in_sorted_order")
    else {
        return;
    };
    let data = data.to_str().expect("UTF-8 path");
    let loaded = ingest::load(&[data.to_owned()], &Limits::default()).expect("loads");
    // Every .txt file in the event folders; the licence files at the top (COPYING-CC.TXT,
    // LICENSEDATA.TXT) are skipped with a warning each.
    let is_txt = |p: &Path| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"));
    let mut expected = Vec::new();
    let mut licences = 0;
    for entry in std::fs::read_dir(data).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            for f in std::fs::read_dir(&path).unwrap().flatten() {
                if is_txt(&f.path()) {
                    expected.push(f.path().to_string_lossy().into_owned());
                }
            }
        } else if is_txt(&path) {
            licences += 1;
        }
    }
    // Natural order (`1_2ecb` before `1_10ecb`), as folders are expanded.
    expected.sort_by(|a, b| factdiff::text::natural::cmp_paths(Path::new(a), Path::new(b)));
    let got: Vec<&str> = loaded.inputs.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(got, expected);
    let skipped = loaded
        .warnings
        .iter()
        .filter(|w| w.to_string().contains("read-me or licence file"))
        .count();
    assert_eq!(skipped, licences, "{:?}", loaded.warnings);
    assert!(
        loaded
            .inputs
            .iter()
            .all(|i| i.format == Format::Text && !i.text.trim().is_empty())
    );
}
