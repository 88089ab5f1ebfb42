//! One test per boilerplate and metadata rule, each with lines it must remove and story
//! sentences that merely mention the same words and must stay.

use factdiff::clean::clean_text;
use factdiff::model::Metadata;

const BEFORE: &str = "The ministers met in Geneva on Tuesday to discuss the ceasefire proposal.";
const AFTER: &str = "Talks will resume next month, according to a statement from the ministry.";

/// Cleans `line` between two story paragraphs; returns the reason it was removed, if it was.
fn reason_for(line: &str) -> Option<String> {
    let text = format!("{BEFORE}\n\n{line}\n\n{AFTER}\n");
    let cleaned = clean_text(&text, &Metadata::default());
    assert!(
        cleaned
            .paragraphs
            .iter()
            .any(|p| p.contains("ministers met")),
        "story lost around {line:?}: {cleaned:?}"
    );
    assert!(
        cleaned
            .paragraphs
            .iter()
            .any(|p| p.contains("Talks will resume")),
        "story lost around {line:?}: {cleaned:?}"
    );
    let removed = cleaned.removed.iter().find(|r| r.text == line.trim());
    if removed.is_none() {
        assert!(
            cleaned.paragraphs.iter().any(|p| p.contains(line.trim())),
            "{line:?} neither kept nor removed: {cleaned:?}"
        );
    }
    removed.map(|r| r.reason.to_string())
}

fn assert_removed(reason: &str, lines: &[&str]) {
    for line in lines {
        assert_eq!(reason_for(line).as_deref(), Some(reason), "{line:?}");
    }
}

fn assert_kept(lines: &[&str]) {
    for line in lines {
        assert_eq!(reason_for(line), None, "{line:?} was removed");
    }
}

#[test]
fn comment_forms() {
    assert_removed(
        "comment form",
        &[
            "Leave a Reply",
            "Leave a comment",
            "Post a comment",
            "Your email address will not be published. Required fields are marked *",
            "12 Comments",
            "Comments (3)",
            "Comments are closed.",
        ],
    );
    assert_kept(&[
        "Residents were invited to leave a comment on the plan before the council vote in May.",
        "Comments by the minister on Tuesday angered opposition lawmakers, who demanded an apology.",
        "The mayor declined to comment on the report.",
    ]);
}

#[test]
fn comment_form_fields_after_the_heading() {
    let text =
        format!("{BEFORE}\n\nLeave a Reply\n\nName *\n\nEmail *\n\nWebsite\n\nPost Comment\n");
    let c = clean_text(&text, &Metadata::default());
    assert_eq!(c.paragraphs, vec![BEFORE.to_string()]);
    assert!(
        c.removed
            .iter()
            .all(|r| r.reason.as_str() == "comment form"),
        "{c:?}"
    );
}

#[test]
fn related_blocks_and_links() {
    let text = format!(
        "{BEFORE}\n\nYou May Also Like\n\nFloods hit northern Italy\n\nMarkets rally after rate cut\n\n\
         Why the summit matters?\n\n{AFTER}\n\nMore from Reuters:\n- Oil prices fall\n- Gold steady\n"
    );
    let c = clean_text(&text, &Metadata::default());
    assert_eq!(c.paragraphs, vec![BEFORE.to_string(), AFTER.to_string()]);
    assert!(
        c.removed
            .iter()
            .all(|r| r.reason.as_str() == "related stories"),
        "{c:?}"
    );
    assert_removed(
        "related link",
        &[
            "Related article: Zelensky Says U.S. Summit in Alaska a 'Personal Victory' for Putin",
            "Read also: Seoul warns of new missile tests",
            "READ MORE: Putin and Trump to meet in Alaska",
            "See also - Timeline of the war",
            "Continue reading »",
        ],
    );
    // Alone, "Read more" heads an empty block.
    assert!(reason_for("Read more").is_some());
    assert_kept(&[
        "Related talks in Vienna collapsed last year, when both sides walked out.",
        "Read more carefully, the statement suggests a change of policy, analysts said.",
        "More than 100 people were killed in the attack, officials said.",
    ]);
}

#[test]
fn inserted_headlines() {
    let text = format!(
        "{BEFORE}\n\nRecommended Stories\n- Floods hit northern Italy as rivers burst banks\n\n{AFTER}\n\n\
         FLOODS HIT NORTHERN ITALY AS RIVERS BURST BANKS\n\nSEOUL WARNS OF NEW MISSILE TESTS\n\n\
         The foreign minister will travel to Brussels on Friday for further talks.\n"
    );
    let c = clean_text(&text, &Metadata::default());
    let inserted: Vec<&str> = c
        .removed
        .iter()
        .filter(|r| r.reason.as_str() == "inserted headline")
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(inserted.len(), 2, "{c:?}");
    assert_eq!(c.paragraphs.len(), 3, "{c:?}");
    // Capitals that end a sentence are shouting, not a headline: kept.
    assert_kept(&["WE WILL NEVER SURRENDER, THE CROWD CHANTED."]);
}

#[test]
fn captions_and_credits() {
    assert_removed(
        "photo credit",
        &[
            "AP Photo/Evan Vucci",
            "(Getty Images)",
            "AFP via Getty Images",
            "Reuters/Maxim Shemetov",
            "Photo: Reuters",
            "Image credit: Kremlin Press Service",
        ],
    );
    assert_removed(
        "caption",
        &[
            "Vladimir Putin and Kim Jong-un. kremlin.ru",
            "Russian President Vladimir Putin speaks during a meeting in Moscow. (Photo by Alexander Kazakov/AFP via Getty Images)",
            "Rescue workers search the rubble in Antakya | Photo: Anadolu Agency",
            "Photo: Rescue workers search the rubble of a collapsed building in Antakya on Monday",
            "![Rescue workers in Antakya](rescue.jpg)",
        ],
    );
    assert_kept(&[
        "The photo, taken by a Reuters photographer, shows the two leaders shaking hands.",
        "Pictures by drone showed the extent of the damage to the bridge.",
        "Getty Images said it had withdrawn the picture after questions about its authenticity.",
        "The image was published on the website of the Kremlin, kremlin.ru, on Tuesday.",
    ]);
}

#[test]
fn share_and_subscribe_prompts() {
    assert_removed(
        "share prompt",
        &[
            "Share this article",
            "Facebook Twitter WhatsApp Email",
            "Share on Facebook",
            "Follow us on Telegram",
            "Click here to download our app",
        ],
    );
    assert_removed(
        "newsletter prompt",
        &[
            "Sign up for our daily newsletter",
            "Subscribe to our newsletter",
            "Subscribe",
            "Get the latest news delivered to your inbox",
        ],
    );
    assert_kept(&[
        "Subscribers to the service will receive a refund, the company said.",
        "The company said subscribers who follow its newsletter would be compensated.",
        "“Join our fight,” she told the crowd in the capital.",
        "Share prices fell 3 percent in early trading in Tokyo.",
        "“Don't miss this chance,” the envoy told reporters.",
        "Follow the money, the prosecutor told the jury on Monday.",
    ]);
}

#[test]
fn ads_copyright_navigation_tags() {
    assert_removed(
        "advertisement",
        &[
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
        ],
    );
    assert_removed(
        "copyright",
        &[
            "© 2025 Reuters. All rights reserved.",
            "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        ],
    );
    assert_removed("navigation", &["Skip to content", "Home › World › Asia"]);
    assert_removed("tags", &["Tags: Russia, North Korea, Vladimir Putin"]);
    assert_kept(&[
        "The advertisement, which ran in three newspapers, was withdrawn on Monday.",
        "Copyright lawyers said the ruling would affect thousands of cases.",
        "He returned home on Sunday after three weeks in hospital.",
    ]);
}

#[test]
fn urls_are_removed_and_read() {
    let text = format!(
        "{BEFORE}\n\nhttps://example.org/some/page\n\n{AFTER}\n\nOriginal url:\n\n<https://www.example.com/news/2025/talks>\n"
    );
    let c = clean_text(&text, &Metadata::default());
    assert_eq!(c.paragraphs.len(), 2, "{c:?}");
    assert_eq!(
        c.meta.url.as_deref(),
        Some("https://www.example.com/news/2025/talks")
    );
    assert_eq!(c.meta.outlet.as_deref(), Some("example.com"));
    assert_eq!(
        c.removed
            .iter()
            .filter(|r| r.reason.as_str() == "url")
            .count(),
        3
    );
    assert_kept(&["The report is available at https://example.org/report for anyone to read."]);
}

#[test]
fn bylines() {
    for (line, name) in [
        ("By Jane Doe", "Jane Doe"),
        ("By JANE DOE and JOHN ROE", "JANE DOE and JOHN ROE"),
        ("By [AFP](#)", "AFP"),
        ("By The Associated Press", "The Associated Press"),
        (
            "By Maria de la Cruz, Reuters | August 13, 2025",
            "Maria de la Cruz, Reuters",
        ),
    ] {
        let text = format!("{line}\n\n{BEFORE}\n\n{AFTER}\n");
        let c = clean_text(&text, &Metadata::default());
        assert_eq!(c.meta.byline.as_deref(), Some(name), "{line}");
        assert_eq!(c.paragraphs.len(), 2, "{c:?}");
    }
    assert_kept(&[
        "By Tuesday, the troops had left the city.",
        "By the time police arrived, the gunman had fled.",
        "By August, prices had doubled.",
    ]);
}

#[test]
fn agency_bylines_and_datelines_name_the_outlet() {
    let c = clean_text(&format!("By AFP\n\n{BEFORE}\n"), &Metadata::default());
    assert_eq!(c.meta.outlet.as_deref(), Some("AFP"));
    let c = clean_text(
        &format!("By Jane Doe, Reuters\n\n{BEFORE}\n"),
        &Metadata::default(),
    );
    assert_eq!(c.meta.outlet.as_deref(), Some("Reuters"));
    let c = clean_text(
        &format!("MOSCOW, Aug 13 (Reuters) - {BEFORE}\n\n{AFTER}\n"),
        &Metadata::default(),
    );
    assert_eq!(c.meta.outlet.as_deref(), Some("Reuters"));
    assert_eq!(c.paragraphs.first().map(String::as_str), Some(BEFORE));
    assert_eq!(
        c.removed.first().map(|r| r.reason.as_str()),
        Some("dateline")
    );
    let c = clean_text(&format!("WASHINGTON — {BEFORE}\n"), &Metadata::default());
    assert_eq!(c.paragraphs.first().map(String::as_str), Some(BEFORE));
    // Capitals and a dash at the start of a sentence are not a dateline.
    let s = "A FIRE - BOMB attack on a bank in Athens left at least three people dead.";
    let c = clean_text(s, &Metadata::default());
    assert_eq!(c.paragraphs, vec![s.to_string()]);
}

#[test]
fn dates_come_from_metadata_lines_only() {
    for (stamp, iso) in [
        ("date 2025-08-13", "2025-08-13"),
        ("August 13, 2025", "2025-08-13"),
        ("13 August 2025", "2025-08-13"),
        ("Aug. 13, 2025", "2025-08-13"),
        (
            "Published: Wednesday, 13 August 2025, 10:22 GMT",
            "2025-08-13",
        ),
        ("13/08/2025", "2025-08-13"),
    ] {
        let c = clean_text(&format!("{stamp}\n\n{BEFORE}\n"), &Metadata::default());
        assert_eq!(c.meta.date.as_deref(), Some(iso), "{stamp}");
        assert_eq!(c.paragraphs, vec![BEFORE.to_string()], "{stamp}");
    }
    // Ambiguous: removed as a date line, but no date is claimed.
    let c = clean_text(&format!("04/11/2025\n\n{BEFORE}\n"), &Metadata::default());
    assert_eq!(c.meta.date, None);
    assert_eq!(c.paragraphs.len(), 1);
    // A date in a story sentence is not the publication date.
    let c = clean_text(
        "Russia invaded Ukraine on February 24, 2022, and the war has continued since.",
        &Metadata::default(),
    );
    assert_eq!(c.meta.date, None);
    // An update stamp is used only when nothing else dates the article.
    let c = clean_text(
        &format!("Updated August 14, 2025\n\nAugust 13, 2025\n\n{BEFORE}\n"),
        &Metadata::default(),
    );
    assert_eq!(c.meta.date.as_deref(), Some("2025-08-13"));
}

#[test]
fn glued_date_keeps_the_story() {
    let c = clean_text(
        " date 2025-08-13 Russian President Vladimir Putin and Kim Jong Un have pledged to deepen ties.",
        &Metadata::default(),
    );
    assert_eq!(c.meta.date.as_deref(), Some("2025-08-13"));
    assert_eq!(
        c.paragraphs,
        vec![
            "Russian President Vladimir Putin and Kim Jong Un have pledged to deepen ties."
                .to_string()
        ]
    );
}

#[test]
fn titles() {
    // A heading.
    let c = clean_text(
        &format!("# Talks resume in Geneva\n\n{BEFORE}\n"),
        &Metadata::default(),
    );
    assert_eq!(c.meta.title.as_deref(), Some("Talks resume in Geneva"));
    // A headline-shaped first line, repeated further down.
    let c = clean_text(
        &format!("Talks resume in Geneva\n\n{BEFORE}\n\nTalks resume in Geneva\n\n{AFTER}\n"),
        &Metadata::default(),
    );
    assert_eq!(c.meta.title.as_deref(), Some("Talks resume in Geneva"));
    let reasons: Vec<&str> = c.removed.iter().map(|r| r.reason.as_str()).collect();
    assert_eq!(reasons, vec!["title", "repeated title"]);
    assert_eq!(c.paragraphs.len(), 2);
    // An HTML hint wins, and the page's copy of it is dropped.
    let hints = Metadata {
        title: Some("Talks resume in Geneva - Example News".into()),
        ..Default::default()
    };
    let c = clean_text(&format!("Talks resume in Geneva\n\n{BEFORE}\n"), &hints);
    assert_eq!(
        c.meta.title.as_deref(),
        Some("Talks resume in Geneva - Example News")
    );
    assert_eq!(c.paragraphs, vec![BEFORE.to_string()]);
    // A first line that is a sentence is no title.
    let c = clean_text(&format!("{BEFORE}\n\n{AFTER}\n"), &Metadata::default());
    assert_eq!(c.meta.title, None);
    assert_eq!(c.paragraphs.len(), 2);
}

#[test]
fn labels_are_short() {
    use factdiff::clean::meta::label;
    let meta = Metadata {
        title: Some(
            "Vladimir Putin and Kim Jong Un Vow to Strengthen Ties Ahead of Alaska Summit".into(),
        ),
        ..Default::default()
    };
    let l = label(&meta, "a/b.txt", "");
    assert!(
        l.chars().count() <= 32 && l.ends_with('…') && l.starts_with("Vladimir Putin"),
        "{l}"
    );
    let meta = Metadata {
        outlet: Some("AFP".into()),
        ..meta
    };
    assert_eq!(label(&meta, "a/b.txt", "The lead."), "AFP");
    assert_eq!(label(&Metadata::default(), "dir/report.md", ""), "report");
    assert_eq!(label(&Metadata::default(), "-", ""), "-");
}

#[test]
fn labels_without_outlet_or_title_come_from_the_lead_never_a_hash() {
    use factdiff::clean::meta::label;
    let none = Metadata::default();
    let lead = "In an extraordinary phone call, Russian President Vladimir Putin spoke.";
    let l = label(&none, "assets/000_cac07eeb0fa81735.txt", lead);
    assert_eq!(l, "In an extraordinary phone call…");
    assert_eq!(
        label(&none, "a/Short.txt", "Fire at a church."),
        "Fire at a church"
    );
    // No text at all: the file stem, unless a machine made it.
    assert_eq!(
        label(&none, "assets/000_cac07eeb0fa81735.txt", ""),
        "untitled"
    );
    assert_eq!(label(&none, "2026-01-06.txt", ""), "untitled");
    assert_eq!(label(&none, "13_10ecb.txt", ""), "13_10ecb");
}

#[test]
fn long_first_sentence_without_full_stop_is_not_a_title() {
    let first = "Last May, a stray bullet killed a 10-year-old girl as she played on the front steps of her home on the city's First Street";
    let c = clean_text(
        &format!("{first}\n\n{BEFORE}\n\n{AFTER}\n"),
        &Metadata::default(),
    );
    assert_eq!(c.meta.title, None);
    assert_eq!(c.paragraphs.first().map(String::as_str), Some(first));
    // The same line under a date stamp is a (long) headline.
    let c = clean_text(
        &format!("May 3, 2009\n\n{first}\n\n{BEFORE}\n"),
        &Metadata::default(),
    );
    assert_eq!(c.meta.title.as_deref(), Some(first));
}

#[test]
fn headline_ending_in_a_stop_is_the_title() {
    for title in [
        "Senate Panel Backs the Nominee of the E.P.A.",
        "Floods Reach the Coast, but Will the Dams Hold?",
        "Mayor Quits After 20 Years!",
    ] {
        let c = clean_text(
            &format!(
                "{title}\nOriginal url: https://example.com/a\nMarch 3, 2019\nLONDON — {BEFORE}\n\n{AFTER}\n"
            ),
            &Metadata::default(),
        );
        assert_eq!(c.meta.title.as_deref(), Some(title));
        assert_eq!(
            c.paragraphs.first().map(String::as_str),
            Some(BEFORE),
            "{c:?}"
        );
    }
    // A sentence in sentence case above a URL line stays story; so does a title-case line with
    // no metadata line after it.
    let first = "The senate panel backed the nominee on Tuesday.";
    let c = clean_text(
        &format!("{first}\nOriginal url: https://example.com/a\n{BEFORE}\n"),
        &Metadata::default(),
    );
    assert_eq!(c.paragraphs.first().map(String::as_str), Some(first));
    let c = clean_text(
        &format!("Senate Panel Backs the Nominee.\n\n{BEFORE}\n"),
        &Metadata::default(),
    );
    assert_eq!(
        c.paragraphs.first().map(String::as_str),
        Some("Senate Panel Backs the Nominee.")
    );
}

#[test]
fn correction_notices() {
    assert_removed(
        "correction notice",
        &[
            "CORRECTION: An earlier version of this article gave the wrong date for the vote.",
            "Correction: April 2, 2021",
            "Editor's note: This story has been updated with the mayor's response.",
            "An earlier version of this story misstated the number of ministers at the talks.",
            "This post has been revised to correct the spelling of a name.",
            "UPDATE:",
        ],
    );
    assert_kept(&[
        "Corrections officers said the prisoners were moved before dawn.",
        "The correction of the budget figures took the ministry three weeks.",
        "This story was first told by the minister's aide in a radio interview last year.",
        "An earlier version of the treaty had been rejected by parliament in 2004.",
    ]);
}

#[test]
fn contributor_and_follow_lines() {
    assert_removed(
        "byline",
        &[
            "Jane Roe and Ali Khan contributed to this report.",
            "The Associated Press contributed reporting.",
        ],
    );
    assert_removed(
        "share prompt",
        &[
            "Follow her on Twitter at @jroe.",
            "Follow Ali Khan on Twitter: @alikhan",
            "You can follow him on Instagram.",
        ],
    );
    assert_kept(&[
        "Two ministers contributed to the talks, according to the statement.",
        "Follow the money, the prosecutor told the jury in her closing remarks.",
    ]);
}

#[test]
fn embedded_posts_glued_credits_and_gallery_prompts() {
    assert_removed(
        "embedded post",
        &[
            "The minister says 'we will not sign this.' #Talks pic.twitter.com/AbC123xyz",
            "We are not leaving. — City Council (@citycouncil) March 4, 2019",
        ],
    );
    assert_removed(
        "caption",
        &["Protesters gathered outside the ministry on Tuesday.CreditJane Roe/Reuters"],
    );
    assert_removed(
        "gallery prompt",
        &[
            "Click through the slideshow to see the damage.",
            "View the photo gallery",
        ],
    );
    assert_kept(&[
        "The council wrote on Twitter that it would not leave the building on Monday.",
        "Credit card companies raised their fees, the ministry said.",
        "She saw the photos of the damage only after she returned home, she said.",
    ]);
}
