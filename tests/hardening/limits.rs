//! Size and count limits, odd folder entries, and read-only inputs, through the real binary:
//! every case ends with a status and a one-line message naming the path, never a panic or a
//! hang. Big inputs are generated at test time in temporary folders (nothing big is committed).
#![cfg(unix)]

use assert_cmd::Command;
use std::path::Path;

const ARTICLE: &str = "The mayor opened the bridge on Tuesday. About 5,000 people attended.\n\n\
    The bridge cost $40 million, officials said.\n";

fn factdiff() -> Command {
    Command::cargo_bin("factdiff").expect("binary")
}

/// Runs `factdiff report ARGS`: (status code, stdout, stderr).
fn report(args: &[&Path]) -> (Option<i32>, String, String) {
    let out = factdiff()
        .arg("report")
        .args(args)
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .expect("run factdiff");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!err.contains("panicked"), "no panic: {err}");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        err,
    )
}

fn assert_one_line_naming(err: &str, name: &str, what: &str) {
    let line = err
        .lines()
        .find(|l| l.contains(name))
        .unwrap_or_else(|| panic!("a message naming {name}: {err:?}"));
    assert!(line.contains(what), "{line:?} says {what}");
}

#[test]
fn a_100_mb_file_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = dir.path().join("huge.txt");
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(100 * 1024 * 1024))
        .expect("sparse file");
    let small = dir.path().join("small.txt");
    std::fs::write(&small, ARTICLE).expect("write");
    let (code, _, err) = report(&[&big, &small]);
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert_one_line_naming(&err, "huge.txt", "too large");

    // Inside a folder the huge file is skipped with a warning and the rest is compared.
    let folder = dir.path();
    std::fs::write(
        folder.join("other.txt"),
        ARTICLE.replace("Tuesday", "Monday"),
    )
    .expect("w");
    let (code, out, err) = report(&[folder]);
    assert_eq!(code, Some(0), "{err}");
    assert_one_line_naming(&err, "huge.txt", "too large");
    assert!(out.contains("small") && out.contains("other"), "{out}");
}

#[test]
fn ten_thousand_files_in_one_folder_are_refused_by_the_file_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    for i in 0..10_000 {
        std::fs::write(dir.path().join(format!("a{i:05}.txt")), "Word.\n").expect("write");
    }
    let (code, _, err) = report(&[dir.path()]);
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    let name = dir
        .path()
        .file_name()
        .and_then(|n| n.to_str())
        .expect("name");
    let limit = factdiff::Limits::default().max_files;
    assert!(
        limit < 10_000,
        "the default limit is below this test's count"
    );
    assert_one_line_naming(&err, name, &format!("more than {limit} files"));
    assert_one_line_naming(&err, name, "--max-files");

    // The flag moves the limit both ways.
    let small = tempfile::tempdir().expect("tempdir");
    for i in 0..12 {
        let text = ARTICLE.replace("Tuesday", &format!("day {i}"));
        std::fs::write(small.path().join(format!("b{i:02}.txt")), text).expect("write");
    }
    let run = |limit: &str| {
        Command::new(env!("CARGO_BIN_EXE_factdiff"))
            .args(["report", "--format", "json", "--max-files", limit])
            .arg(small.path())
            .timeout(std::time::Duration::from_secs(120))
            .output()
            .expect("run factdiff")
    };
    assert_eq!(
        run("10").status.code(),
        Some(2),
        "12 files over a limit of 10"
    );
    assert_eq!(
        run("12").status.code(),
        Some(0),
        "12 files within a limit of 12"
    );
}

#[test]
fn folders_nested_beyond_the_depth_limit_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("top.txt"), ARTICLE).expect("write");
    std::fs::write(
        dir.path().join("top2.txt"),
        ARTICLE.replace("Tuesday", "Monday"),
    )
    .expect("write");
    let mut deep = dir.path().to_path_buf();
    for i in 0..40 {
        deep.push(format!("d{i}"));
    }
    std::fs::create_dir_all(&deep).expect("mkdir");
    std::fs::write(deep.join("deep.txt"), ARTICLE).expect("write");
    let (code, out, err) = report(&[dir.path()]);
    assert_eq!(code, Some(0), "{err}");
    assert_one_line_naming(&err, "/d31/d32", "nested deeper than 32 folders");
    assert!(
        !out.contains("deep"),
        "the deep file is not compared: {out}"
    );
}

#[test]
fn symbolic_link_loops_do_not_hang() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("f");
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::write(folder.join("a.txt"), ARTICLE).expect("write");
    std::fs::write(folder.join("b.txt"), ARTICLE.replace("Tuesday", "Monday")).expect("write");
    std::os::unix::fs::symlink(&folder, folder.join("loop")).expect("link to parent");
    std::os::unix::fs::symlink("self.txt", folder.join("self.txt")).expect("self link");
    let (code, _, err) = report(&[&folder]);
    assert_eq!(code, Some(0), "{err}");
    assert_one_line_naming(&err, "self.txt", "symbolic link");

    // A self-referencing link named on the command line: an error naming it.
    let (code, _, err) = report(&[&folder.join("self.txt"), &folder.join("a.txt")]);
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert_one_line_naming(&err, "self.txt", "cannot read");
}

#[test]
fn dangling_links_and_fifos_among_readable_files_are_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path();
    std::fs::write(folder.join("a.txt"), ARTICLE).expect("write");
    std::fs::write(folder.join("b.txt"), ARTICLE.replace("Tuesday", "Monday")).expect("write");
    std::os::unix::fs::symlink(folder.join("missing.txt"), folder.join("dangling.txt"))
        .expect("link");
    let fifo = folder.join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        println!("SKIP FIFO part: mkfifo unavailable");
    }
    // Running as root, permission bits do not stop reading: an unreadable regular file cannot
    // be made honestly here, so the dangling link and the FIFO stand in for it.
    let (code, out, err) = report(&[folder]);
    assert_eq!(code, Some(0), "{err}");
    assert_one_line_naming(&err, "dangling.txt", "skipped");
    if fifo.exists() {
        assert_one_line_naming(&err, "pipe.txt", "not a regular file");
    }
    assert!(out.contains('a') && out.contains('b'), "{out}");
}

#[test]
fn five_megabyte_single_line_articles_finish() {
    // No timing asserted here (see benches); this proves they complete and do not panic.
    // Measured once: see README "Safety and limits".
    let dir = tempfile::tempdir().expect("tempdir");
    let words = [
        "the", "mayor", "said", "troops", "bridge", "opened", "council", "river",
    ];
    let mut no_punct = String::with_capacity(5_000_100);
    let mut punct = String::with_capacity(5_000_100);
    let mut i = 0usize;
    while no_punct.len() < 5_000_000 {
        let w = words[i.wrapping_mul(2_654_435_761) % words.len()];
        no_punct.push_str(w);
        no_punct.push(' ');
        punct.push_str(w);
        punct.push_str(if i % 12 == 11 { ". " } else { " " });
        i += 1;
    }
    let small = dir.path().join("small.txt");
    std::fs::write(&small, ARTICLE).expect("write");
    for (name, text) in [("nopunct.txt", &no_punct), ("punct.txt", &punct)] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        let (code, out, err) = report(&[&path, &small]);
        assert_eq!(code, Some(0), "{name}: {err}");
        assert!(out.contains("small"), "{name}: report written");
    }
}

#[test]
fn inputs_are_only_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("in");
    std::fs::create_dir(&folder).expect("mkdir");
    let a = folder.join("a.txt");
    let b = folder.join("b.md");
    std::fs::write(&a, ARTICLE).expect("write");
    std::fs::write(&b, ARTICLE.replace("Tuesday", "Monday")).expect("write");
    let snapshot = || {
        [&a, &b].map(|p| {
            let meta = std::fs::metadata(p).expect("meta");
            (
                std::fs::read(p).expect("read"),
                meta.modified().expect("mtime"),
                meta.len(),
            )
        })
    };
    let before = snapshot();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let (code, _, err) = report(&[&folder]);
    assert_eq!(code, Some(0), "{err}");
    let out = dir.path().join("out.html");
    factdiff()
        .args(["report", "--format", "html", "-o"])
        .arg(&out)
        .arg(&a)
        .arg(&b)
        .assert()
        .success();
    // Naming an input as the output is refused and leaves it untouched.
    factdiff()
        .args(["report", "-o"])
        .arg(&a)
        .arg(&a)
        .arg(&b)
        .assert()
        .code(2);
    assert_eq!(before, snapshot(), "contents and mtimes unchanged");
    let names: Vec<_> = std::fs::read_dir(&folder)
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        names.len(),
        2,
        "nothing created next to the inputs: {names:?}"
    );
}
