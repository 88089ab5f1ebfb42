//! `factdiff report`, completions, man page, version, help and exit codes, run as a user would.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn factdiff() -> Command {
    Command::cargo_bin("factdiff").expect("binary")
}

/// Two small articles in a temporary folder.
fn two_articles() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "A fire destroyed the old mill in Eastport on Tuesday.\n\nNobody was hurt, the fire chief said.\n").expect("write");
    std::fs::write(&b, "The old mill in Eastport burned down on Wednesday.\n\nPolice are looking into the cause of the blaze.\n").expect("write");
    (dir, a, b)
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().expect("run");
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// Checks a `factdiff/1` document against itself: ids, spans that slice the source text into
/// the sentence text, and references that point at things that exist.
fn check_json(doc: &serde_json::Value, sources: usize) {
    assert_eq!(doc["schema"], "factdiff/1");
    let srcs = doc["sources"].as_array().expect("sources");
    assert_eq!(srcs.len(), sources);
    let keys: Vec<&str> = doc
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "schema",
            "sources",
            "claims",
            "atoms",
            "conflicts",
            "omissions",
            "alignment",
            "quote_variants",
            "stories"
        ]
    );
    let mut sentence_ids = std::collections::BTreeSet::new();
    for (i, s) in srcs.iter().enumerate() {
        assert_eq!(s["id"], format!("s{}", i + 1));
        let text = s["text"].as_str().expect("text");
        for p in s["paragraphs"].as_array().expect("paragraphs") {
            let ps = p["span"].as_array().expect("span");
            let (ps, pe) = (
                ps[0].as_u64().unwrap() as usize,
                ps[1].as_u64().unwrap() as usize,
            );
            for t in p["sentences"].as_array().expect("sentences") {
                let span = t["span"].as_array().expect("span");
                let (a, b) = (
                    span[0].as_u64().unwrap() as usize,
                    span[1].as_u64().unwrap() as usize,
                );
                assert!(ps <= a && b <= pe, "sentence outside its paragraph");
                assert_eq!(&text[a..b], t["text"].as_str().unwrap());
                let support = t["support"].as_array().expect("support");
                assert!(support.contains(&s["id"]), "a sentence supports itself");
                sentence_ids.insert(t["id"].as_str().unwrap().to_owned());
            }
        }
    }
    for c in doc["claims"].as_array().expect("claims") {
        for m in c["sentences"].as_array().unwrap() {
            assert!(sentence_ids.contains(m.as_str().unwrap()));
        }
    }
}

#[test]
fn every_format_on_the_bundled_articles() {
    let text = stdout_of(factdiff().args(["report"]));
    assert!(text.starts_with("factdiff report: 5 sources"));
    for section in [
        "SUMMARY",
        "SOURCES",
        "COVERAGE",
        "ONLY IN ONE SOURCE",
        "CONFLICTS",
        "OMISSIONS",
        "QUOTE VARIANTS",
    ] {
        assert!(text.contains(section), "{section} missing");
    }
    for i in 1..=5 {
        assert!(text.contains(&format!("\n  s{i}  ")), "no line for s{i}");
    }
    assert!(!text.contains('\u{1b}'), "colours in a pipe");
    let md = stdout_of(factdiff().args(["report", "--format", "markdown"]));
    assert!(md.starts_with("# factdiff report\n"));
    let source_rows = md
        .split('\n')
        .filter(|l| {
            l.strip_prefix("| s")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        })
        .count();
    assert_eq!(source_rows, 5, "one table row per source");
    let html = stdout_of(factdiff().args(["report", "--format", "html"]));
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    assert_eq!(html.matches("<div class=\"head\"").count(), 5);
    let json = stdout_of(factdiff().args(["report", "--format", "json"]));
    let doc: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    check_json(&doc, 5);
    // Every sentence is in the page once.
    let sentences: usize = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["paragraphs"].as_array().unwrap())
        .map(|p| p["sentences"].as_array().unwrap().len())
        .sum();
    let marked = html
        .split("<span class=\"sent ")
        .skip(1)
        .filter(|rest| {
            rest.split('>')
                .next()
                .is_some_and(|tag| tag.contains(" id=\"s"))
        })
        .count();
    assert_eq!(marked, sentences);
}

#[test]
fn every_format_on_an_ecbplus_folder() {
    let Some(root) = common::data::shared_data("ecbplus-dev", "every_format_on_an_ecbplus_folder")
    else {
        return;
    };
    let entries = std::fs::read_dir(&root).expect("read ecbplus-dev");
    let mut folders: Vec<PathBuf> = entries
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    let Some(folder) = folders.first() else {
        panic!("no event folder in {}", root.display());
    };
    let json = stdout_of(
        factdiff()
            .args(["report", "-q", "--format", "json"])
            .arg(folder),
    );
    let doc: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let n = doc["sources"].as_array().unwrap().len();
    assert!(n >= 2, "expected several articles in {}", folder.display());
    check_json(&doc, n);
    let text = stdout_of(factdiff().args(["report", "-q"]).arg(folder));
    assert!(text.starts_with(&format!("factdiff report: {n} sources")));
    let md = stdout_of(
        factdiff()
            .args(["report", "-q", "--format", "markdown"])
            .arg(folder),
    );
    // Source rows of the sources table: `| s1 | …`, `| s2 | …` (other tables have rows too).
    let source_rows = md
        .lines()
        .filter(|l| {
            l.strip_prefix("| s")
                .and_then(|rest| rest.split_once(' '))
                .is_some_and(|(id, _)| !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()))
        })
        .count();
    assert_eq!(source_rows, n);
    let html = stdout_of(
        factdiff()
            .args(["report", "-q", "--format", "html"])
            .arg(folder),
    );
    assert_eq!(html.matches("<div class=\"head\"").count(), n);
}

#[test]
fn only_selects_sections_and_rejects_unknown_names() {
    let (_dir, a, b) = two_articles();
    let text = stdout_of(
        factdiff()
            .args(["report", "--only", "conflicts,sources"])
            .arg(&a)
            .arg(&b),
    );
    assert!(text.contains("SOURCES") && text.contains("CONFLICTS"));
    assert!(!text.contains("COVERAGE") && !text.contains("OMISSIONS"));
    factdiff()
        .args(["report", "--only", "sources,gossip"])
        .arg(&a)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown section \"gossip\"")
                .and(predicate::str::contains("omissions")),
        );
    factdiff()
        .args(["report", "--format", "json", "--only", "sources"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--only"));
}

#[test]
fn output_file_matches_stdout_and_never_overwrites_an_input() {
    let (dir, a, b) = two_articles();
    let expected = stdout_of(
        factdiff()
            .args(["report", "--format", "markdown"])
            .arg(&a)
            .arg(&b),
    );
    let target = dir.path().join("out.md");
    factdiff()
        .args(["report", "--format", "markdown", "-o"])
        .arg(&target)
        .arg(&a)
        .arg(&b)
        .assert()
        .success()
        .stdout("");
    assert_eq!(std::fs::read_to_string(&target).expect("written"), expected);
    let before = std::fs::read(&b).expect("read");
    // Also through another spelling of the same path, and through a hard link to it.
    let other = dir.path().join(".").join("b.txt");
    let mut outputs = vec![b.clone(), other];
    if cfg!(unix) {
        let hard = dir.path().join("hard-link-to-b.out");
        std::fs::hard_link(&b, &hard).expect("hard link");
        outputs.push(hard);
    }
    for out in &outputs {
        factdiff()
            .args(["report", "-o"])
            .arg(out)
            .arg(&a)
            .arg(&b)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is one of the inputs"));
    }
    // An input found inside a folder counts too.
    factdiff()
        .args(["report", "-o"])
        .arg(&a)
        .arg(dir.path())
        .assert()
        .code(2);
    assert_eq!(std::fs::read(&b).expect("read"), before, "input changed");
}

#[test]
fn no_colour_in_files_or_pipes() {
    let (dir, a, b) = two_articles();
    let target = dir.path().join("out.txt");
    factdiff()
        .args(["report", "-o"])
        .arg(&target)
        .arg(&a)
        .arg(&b)
        .assert()
        .success();
    assert!(!std::fs::read_to_string(&target).unwrap().contains('\u{1b}'));
    let piped = stdout_of(factdiff().args(["report"]).arg(&a).arg(&b));
    assert!(!piped.contains('\u{1b}'));
}

/// Runs `factdiff report --only sources,matrix` on a 200-column pseudo-terminal and returns
/// what it printed.
fn on_terminal(no_color: Option<&str>) -> String {
    on_terminal_sized(no_color, 200, &["--only", "sources,matrix"])
}

/// Runs `factdiff report ARGS` on a pseudo-terminal `cols` wide and returns what it printed.
fn on_terminal_sized(no_color: Option<&str>, cols: u16, args: &[&str]) -> String {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let pty = native_pty_system();
    let pair = pty
        .openpty(PtySize {
            rows: 50,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(assert_cmd::cargo::cargo_bin("factdiff"));
    cmd.arg("report");
    cmd.args(args);
    cmd.env_remove("NO_COLOR");
    if let Some(v) = no_color {
        cmd.env("NO_COLOR", v);
    }
    let mut child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    // Reading ends with EOF or EIO once the child has exited.
    while let Ok(n) = std::io::Read::read(&mut reader, &mut buf) {
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
    }
    child.wait().expect("wait");
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn colours_on_a_terminal_unless_no_color() {
    let coloured = on_terminal(None);
    assert!(coloured.contains("SOURCES"), "{coloured}");
    assert!(coloured.contains("\u{1b}[1m"), "no colour on a terminal");
    let plain = on_terminal(Some("1"));
    assert!(plain.contains("SOURCES"));
    assert!(!plain.contains('\u{1b}'), "colour despite NO_COLOR");
}

/// Terminal columns of a line as printed (colour sequences and carriage returns removed).
fn columns(line: &str) -> usize {
    let clean = factdiff::text::sanitize::clean_text(line.trim_end_matches('\r'));
    unicode_width::UnicodeWidthStr::width(&*clean)
}

#[test]
fn text_fits_the_terminal_else_100_columns_or_width() {
    // On a terminal: its width.
    let narrow = on_terminal_sized(Some("1"), 64, &[]);
    assert!(narrow.contains("SUMMARY"), "{narrow}");
    assert!(
        narrow.lines().all(|l| columns(l) <= 64),
        "a line over 64 columns:\n{narrow}"
    );
    assert!(
        narrow.lines().any(|l| columns(l) > 50),
        "not using the width"
    );
    let wide = on_terminal_sized(Some("1"), 160, &[]);
    assert!(wide.lines().all(|l| columns(l) <= 160));
    assert!(
        wide.lines().any(|l| columns(l) > 100),
        "a 160-column terminal used 100"
    );
    // In a pipe: 100 columns, or --width.
    let piped = stdout_of(factdiff().arg("report"));
    assert!(piped.lines().all(|l| columns(l) <= 100));
    assert!(piped.lines().any(|l| columns(l) > 90));
    let seventy = stdout_of(factdiff().args(["report", "--width", "70"]));
    assert!(seventy.lines().all(|l| columns(l) <= 70));
    factdiff()
        .args(["report", "--width", "12"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("at least 40 columns"));
}

#[test]
fn limit_changes_the_caps() {
    let capped = stdout_of(factdiff().args(["report", "--limit", "2"]));
    let all = stdout_of(factdiff().args(["report", "--limit", "0"]));
    assert!(capped.contains("(--limit 0 shows all)"));
    assert!(!all.contains("(--limit 0 shows all)"));
    assert!(capped.lines().count() < all.lines().count());
    factdiff()
        .args(["report", "--limit", "many"])
        .assert()
        .code(2);
}

/// Words of a text, as `wc -w` counts them.
fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[test]
fn ecbplus_text_report_is_shorter_than_its_articles_and_fits() {
    let Some(dir) = common::data::shared_data(
        "ecbplus-dev/3_ecb",
        "ecbplus_text_report_is_shorter_than_its_articles_and_fits",
    ) else {
        return;
    };
    let mut article_words = 0;
    for entry in std::fs::read_dir(&dir).expect("read 3_ecb") {
        let path = entry.expect("entry").path();
        article_words += words(&std::fs::read_to_string(&path).expect("read article"));
    }
    let text = stdout_of(factdiff().args(["report", "-q"]).arg(&dir));
    assert!(
        words(&text) < article_words,
        "report {} words, articles {article_words}",
        words(&text)
    );
    assert!(text.lines().all(|l| columns(l) <= 100));
    for width in ["40", "72"] {
        let narrow = stdout_of(
            factdiff()
                .args(["report", "-q", "--width", width])
                .arg(&dir),
        );
        let w: usize = width.parse().unwrap();
        assert!(
            narrow.lines().all(|l| columns(l) <= w),
            "over {width} columns"
        );
    }
    // The page for nine sources: summary and contents first, a column per source.
    let html = stdout_of(
        factdiff()
            .args(["report", "-q", "--format", "html"])
            .arg(&dir),
    );
    let summary = html.find("<section id=\"summary\">").expect("summary");
    assert!(html.find("<nav class=\"toc\"").expect("contents") < summary);
    assert!(summary < html.find("<section id=\"texts\">").expect("columns"));
    assert!(html.contains("class=\"columns many\""));
}

#[test]
fn exit_codes() {
    factdiff()
        .args(["report", "/no/such/article.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such file"));
    factdiff()
        .args(["report", "--format", "pdf"])
        .assert()
        .code(2);
    factdiff().args(["report", "--bogus"]).assert().code(2);
    // The interface without a terminal is a usage error that points at `report`.
    factdiff()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("factdiff report"));
    let (dir, a, _) = two_articles();
    // Write failures are runtime failures.
    factdiff()
        .args(["report", "-o"])
        .arg(dir.path().join("missing-folder/out.txt"))
        .arg(&a)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot write"));
    if Path::new("/dev/full").exists() {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let status = std::process::Command::new(assert_cmd::cargo::cargo_bin("factdiff"))
            .arg("report")
            .arg(&a)
            .stdout(full)
            .stderr(std::process::Stdio::null())
            .status()
            .expect("run");
        assert_eq!(status.code(), Some(1));
    }
}

#[test]
fn quiet_silences_warnings_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("a.txt"),
        "A fire destroyed the old mill on Tuesday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Nobody was hurt in the fire on Tuesday.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("c.txt"), b"binary\0data").unwrap();
    factdiff()
        .args(["report", "--only", "sources"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("warning").and(predicate::str::contains("c.txt")));
    factdiff()
        .args(["report", "-q", "--only", "sources"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("SOURCES"))
        .stderr("");
    // Before the subcommand too.
    factdiff()
        .args(["-q", "report", "--only", "sources"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr("");
    // Errors still show with -q.
    factdiff()
        .args(["report", "-q", "/no/such/file.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such file"));
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = stdout_of(factdiff().args(["completions", shell]));
        assert!(out.contains("factdiff"), "{shell}");
        assert!(
            out.contains("report") && out.contains("format") && out.contains("only"),
            "{shell}: subcommand missing"
        );
    }
    factdiff().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn man_page_version_and_help() {
    let man = stdout_of(factdiff().arg("man"));
    assert!(man.contains(".TH factdiff 1"));
    assert!(man.contains(".SH \"FACTDIFF REPORT\""));
    assert!(man.contains("\\-\\-only"));
    assert!(man.contains("Exit status"));
    factdiff()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("factdiff {}\n", env!("CARGO_PKG_VERSION")));
    let help = stdout_of(factdiff().arg("--help"));
    assert!(help.contains("Examples:") && help.contains("factdiff report --format html"));
    assert!(help.contains("Exit status: 0 success, 1 runtime failure"));
    let report_help = stdout_of(factdiff().args(["report", "--help"]));
    assert!(report_help.contains("--only <SECTIONS>") && report_help.contains("NO_COLOR"));
}

#[test]
fn labels_name_sources_and_bad_labels_are_usage_errors() {
    let (_dir, a, b) = two_articles();
    let out = stdout_of(
        factdiff()
            .args(["report", "--label", "2=Eastport Gazette"])
            .arg(&a)
            .arg(&b),
    );
    assert!(out.contains("Eastport Gazette"), "{out}");
    // Without outlet or headline, a source is named by its first words, not its file name.
    let plain = stdout_of(factdiff().arg("report").arg(&a).arg(&b));
    assert!(plain.contains("A fire destroyed the old…"), "{plain}");
    for bad in ["3=Too far", "0=Zero", "x=Y", "2=", "2"] {
        factdiff()
            .args(["report", "--label", bad])
            .arg(&a)
            .arg(&b)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("label"));
    }
}
