use super::*;
use crate::model::{Article, Metadata};

fn article(path: &str, sentences: &[&str]) -> Article {
    Article::from_sentences(path, path, Metadata::default(), &[sentences])
}

fn quake(path: &str, lead: &str) -> Article {
    article(
        path,
        &[
            lead,
            "The magnitude 6.1 earthquake struck near Ridgecrest, California, at 10:33 a.m. on Thursday.",
            "Kern County fire officials said two buildings collapsed in Ridgecrest.",
            "The U.S. Geological Survey recorded more than 40 aftershocks.",
        ],
    )
}

fn arrest(path: &str, lead: &str) -> Article {
    article(
        path,
        &[
            lead,
            "Police in Manchester arrested a 34-year-old man on suspicion of fraud on Monday.",
            "Greater Manchester Police said the man, Daniel Okafor, was held at his home in Salford.",
            "He is due to appear before magistrates on Wednesday.",
        ],
    )
}

#[test]
fn two_events_make_two_stories() {
    let articles = vec![
        quake("a", "An earthquake shook Southern California on Thursday."),
        arrest("b", "A Salford man has been arrested over a fraud inquiry."),
        quake(
            "c",
            "A strong quake rattled the Mojave Desert town of Ridgecrest.",
        ),
        arrest("d", "Manchester detectives held a man suspected of fraud."),
    ];
    assert_eq!(group(&articles), vec![vec![0, 2], vec![1, 3]]);
}

#[test]
fn groups_do_not_depend_on_input_order() {
    let articles = vec![
        quake("a", "An earthquake shook Southern California on Thursday."),
        arrest("b", "A Salford man has been arrested over a fraud inquiry."),
        quake(
            "c",
            "A strong quake rattled the Mojave Desert town of Ridgecrest.",
        ),
        arrest("d", "Manchester detectives held a man suspected of fraud."),
        article(
            "e",
            &["The orchestra played Mahler's ninth symphony to a full hall."],
        ),
    ];
    let base = group(&articles);
    let paths = |groups: &[Vec<usize>], arts: &[Article]| {
        let mut g: Vec<Vec<String>> = groups
            .iter()
            .map(|g| {
                let mut p: Vec<String> = g.iter().map(|&i| arts[i].path.clone()).collect();
                p.sort();
                p
            })
            .collect();
        g.sort();
        g
    };
    let expected = paths(&base, &articles);
    for rotation in 1..articles.len() {
        let mut turned = articles.clone();
        turned.rotate_left(rotation);
        turned.reverse();
        assert_eq!(paths(&group(&turned), &turned), expected);
    }
}

#[test]
fn one_article_is_one_story_and_none_is_none() {
    assert_eq!(group(&[quake("a", "Quake.")]), vec![vec![0]]);
    assert!(group(&[]).is_empty());
}

#[test]
fn identical_articles_are_one_story() {
    let a = quake("a", "An earthquake shook Southern California on Thursday.");
    let mut b = a.clone();
    b.path = "b".into();
    assert_eq!(group(&[a, b]), vec![vec![0, 1]]);
}

#[test]
fn an_article_without_sentences_is_a_story_of_its_own() {
    let empty = Article::from_sentences("e", "e", Metadata::default(), &[]);
    let articles = vec![
        quake("a", "An earthquake shook Southern California on Thursday."),
        empty,
        quake(
            "c",
            "A strong quake rattled the Mojave Desert town of Ridgecrest.",
        ),
    ];
    assert_eq!(group(&articles), vec![vec![0, 2], vec![1]]);
}

#[test]
fn a_thousand_one_line_articles_are_grouped_without_trouble() {
    // Two recurring lines and many unrelated ones: the repeats group, the rest stay alone.
    let lines: Vec<String> = (0..1000)
        .map(|i| match i % 10 {
            0 => "Flooding closed the Danube embankment in Budapest on Sunday.".to_owned(),
            1 => "Flooding closed the Danube embankment in Budapest, officials said.".to_owned(),
            _ => format!(
                "Item {i} of the catalogue, lot {}, sold for {} pounds.",
                i * 7,
                i * 13
            ),
        })
        .collect();
    let articles: Vec<Article> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| article(&format!("f{i}"), &[l.as_str()]))
        .collect();
    let groups = group(&articles);
    let total: usize = groups.iter().map(Vec::len).sum();
    assert_eq!(total, 1000, "every article in exactly one story");
    let flood = groups
        .iter()
        .find(|g| g.contains(&0))
        .expect("a story with article 0");
    assert!(
        flood.contains(&1) && flood.contains(&990),
        "{:?}",
        &flood[..flood.len().min(5)]
    );
    assert!(
        flood.iter().all(|&i| i % 10 <= 1),
        "the flood story holds only flood lines"
    );
}

#[test]
fn publication_dates_far_apart_weigh_against_a_story() {
    assert_eq!(day_number("1970-01-01"), Some(0));
    assert_eq!(
        day_number("2024-03-01"),
        day_number("2024-02-29").map(|d| d + 1)
    );
    assert_eq!(day_number("2024-13-01"), None);
    assert_eq!(day_number("soon"), None);
}
