//! The command line with several stories: the JSON `stories` list and `story` fields, the
//! warning for named files that look unrelated, `--no-group` and `--story N`.

use assert_cmd::Command;
use std::path::PathBuf;

const TEXTS: [&str; 4] = [
    "A fire destroyed the old mill in Eastport on Tuesday. Nobody was hurt. Fire chief Ana Ruiz said crews arrived in eleven minutes.",
    "The Westbury council voted 7 to 2 on Monday to build a new library on Harbor Street, mayor Lena Okafor said.",
    "The old mill in Eastport burned down on Tuesday, fire chief Ana Ruiz said. Nobody was hurt in the Eastport blaze.",
    "Westbury's council approved a Harbor Street library by seven votes to two on Monday, mayor Lena Okafor announced.",
];

fn files() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = TEXTS
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let p = dir.path().join(format!("a{i}.txt"));
            std::fs::write(&p, t).expect("write");
            p
        })
        .collect();
    (dir, paths)
}

fn run(args: &[&str], paths: &[PathBuf]) -> (String, String, Option<i32>) {
    let out = Command::cargo_bin("factdiff")
        .expect("binary")
        .args(args)
        .args(paths)
        .output()
        .expect("run");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn json_lists_the_stories_and_every_finding_names_its_story() {
    let (_dir, paths) = files();
    let (out, err, code) = run(&["report", "--format", "json"], &paths);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("look unrelated"),
        "named unrelated files warn: {err}"
    );
    let doc: serde_json::Value = serde_json::from_str(&out).expect("json");
    let stories = doc["stories"].as_array().expect("stories");
    assert_eq!(stories.len(), 2);
    assert_eq!(stories[0]["sources"], serde_json::json!(["s1", "s3"]));
    assert_eq!(stories[1]["sources"], serde_json::json!(["s2", "s4"]));
    let story_of = |source: &str| {
        doc["sources"]
            .as_array()
            .and_then(|s| s.iter().find(|x| x["id"] == source))
            .map(|x| x["story"].clone())
            .expect("source")
    };
    for claim in doc["claims"].as_array().expect("claims") {
        for s in claim["sources"].as_array().expect("sources") {
            assert_eq!(
                story_of(s.as_str().unwrap_or("")),
                claim["story"],
                "{claim}"
            );
        }
    }
    // Matches never cross stories.
    for source in doc["sources"].as_array().expect("sources") {
        for p in source["paragraphs"].as_array().expect("paragraphs") {
            for s in p["sentences"].as_array().expect("sentences") {
                for m in s["matches"].as_array().expect("matches") {
                    let other = m["sentence"]
                        .as_str()
                        .unwrap_or("")
                        .split('.')
                        .next()
                        .unwrap_or("");
                    assert_eq!(story_of(other), source["story"]);
                }
            }
        }
    }
}

#[test]
fn no_group_compares_everything_as_one_story_without_a_warning() {
    let (_dir, paths) = files();
    let (out, err, code) = run(&["report", "--format", "json", "--no-group"], &paths);
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains("unrelated"), "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(doc["stories"].as_array().map(Vec::len), Some(1));
}

#[test]
fn story_n_reports_one_story_and_a_story_out_of_range_is_a_usage_error() {
    let (_dir, paths) = files();
    let (out, err, code) = run(&["report", "--story", "2"], &paths);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.contains("Westbury") && !out.contains("Eastport"),
        "{out}"
    );
    let (_, err, code) = run(&["report", "--story", "3"], &paths);
    assert_eq!(code, Some(2));
    assert!(err.contains("there are 2 stories"), "{err}");
}

#[test]
fn a_text_report_of_several_stories_lists_them_first() {
    let (_dir, paths) = files();
    let (out, err, code) = run(&["report", "-q"], &paths);
    assert_eq!(code, Some(0), "{err}");
    let list = out.find("factdiff stories: 2 stories").expect("story list");
    let first = out.find("== Story t1").expect("section of story 1");
    let second = out.find("== Story t2").expect("section of story 2");
    assert!(list < first && first < second, "{out}");
}

#[test]
fn a_folder_of_unrelated_files_gives_no_warning() {
    let (dir, _paths) = files();
    let (_, err, code) = run(&["report", "--format", "json"], &[dir.path().to_path_buf()]);
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains("unrelated"), "{err}");
}
