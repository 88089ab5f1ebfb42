//! Bad and unusual input on the command line: every problem is one line on stderr naming the
//! path and the reason, exit status 2, never a panic; files inside folders that cannot be used
//! are skipped with a warning and the rest is compared. Runs `factdiff report --format json`
//! (the interface needs a terminal).

use assert_cmd::Command;
use std::path::Path;

fn factdiff() -> Command {
    let mut cmd = Command::cargo_bin("factdiff").expect("binary built");
    cmd.env("RUST_BACKTRACE", "1").env_remove("NO_COLOR");
    cmd
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn report(args: &[&str]) -> Run {
    report_with_stdin(args, None)
}

fn report_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut cmd = factdiff();
    cmd.args(["report", "--format", "json"]).args(args);
    if let Some(bytes) = stdin {
        cmd.write_stdin(bytes.to_vec());
    }
    let out = cmd.output().expect("factdiff runs");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// An input error: status 2, one line on stderr naming `path` and containing `reason`.
fn assert_input_error(run: &Run, path: &str, reason: &str) {
    assert_eq!(run.code, Some(2), "stderr: {}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "one line: {:?}", run.stderr);
    assert!(run.stderr.contains(path), "names {path}: {:?}", run.stderr);
    assert!(
        run.stderr.to_lowercase().contains(reason),
        "says {reason}: {:?}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked") && !run.stderr.contains("backtrace"));
    assert!(run.stdout.is_empty(), "no report on error");
}

fn json(run: &Run) -> serde_json::Value {
    assert_eq!(run.code, Some(0), "stderr: {}", run.stderr);
    serde_json::from_str(&run.stdout).expect("valid JSON report")
}

fn source_paths(doc: &serde_json::Value) -> Vec<String> {
    doc["sources"]
        .as_array()
        .map(|s| {
            s.iter()
                .filter_map(|x| x["path"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn all_text(doc: &serde_json::Value) -> String {
    let mut out = String::new();
    for s in doc["sources"].as_array().into_iter().flatten() {
        for p in s["paragraphs"].as_array().into_iter().flatten() {
            for sen in p["sentences"].as_array().into_iter().flatten() {
                out.push_str(sen["text"].as_str().unwrap_or(""));
                out.push('\n');
            }
        }
    }
    out
}

const STORY_A: &str = "The bridge over the river Test closed on Monday after inspectors found cracks in two of its supports.\nThe county council said repairs would take six weeks and cost about 300,000 pounds.\n";
const STORY_B: &str = "Inspectors found cracks in the supports of the river Test bridge, which closed on Monday.\nRepairs will take six weeks, the council said, at a cost of 300,000 pounds.\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create folder");
    }
    std::fs::write(&path, bytes).expect("write fixture");
    path.to_string_lossy().into_owned()
}

#[test]
fn missing_path_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "a.txt", STORY_A.as_bytes());
    let missing = dir.path().join("nope.txt");
    let missing = missing.to_str().unwrap();
    assert_input_error(&report(&[&good, missing]), missing, "no such file");
}

#[test]
fn unreadable_path_is_an_error() {
    // A path through a regular file fails to open for everyone, root included (ENOTDIR).
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "a.txt", STORY_A.as_bytes());
    let through = format!("{file}/inner.txt");
    assert_input_error(&report(&[&through]), &through, "cannot read");
}

#[cfg(unix)]
#[test]
fn unreadable_permissions_are_an_error_unless_root() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "locked.txt", STORY_A.as_bytes());
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&file).is_ok() {
        eprintln!("skipped: running with permission to read a mode-000 file (root)");
        return;
    }
    assert_input_error(&report(&[&file]), &file, "permission denied");
}

#[test]
fn empty_and_blank_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.txt", b"");
    assert_input_error(&report(&[&empty]), &empty, "empty");
    let blank = write(dir.path(), "blank.txt", b"  \n\t\r\n   \n");
    assert_input_error(&report(&[&blank]), &blank, "empty");
}

#[test]
fn binary_and_unsupported_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let binary = write(dir.path(), "data.txt", b"text\0\x01\x02more");
    assert_input_error(&report(&[&binary]), &binary, "binary");
    let pdf = write(dir.path(), "paper.pdf", b"%PDF-1.7\n");
    assert_input_error(&report(&[&pdf]), &pdf, "unsupported");
    // A PDF under a text name is recognised by its signature.
    let disguised = write(dir.path(), "paper.txt", b"%PDF-1.7\nabc");
    assert_input_error(&report(&[&disguised]), &disguised, "pdf");
}

#[test]
fn folder_without_supported_files_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "photo.jpg", b"\xFF\xD8\xFFjpeg");
    write(dir.path(), "table.csv", b"a,b\n1,2\n");
    write(dir.path(), ".hidden.txt", STORY_A.as_bytes());
    let folder = dir.path().to_str().unwrap();
    assert_input_error(&report(&[folder]), folder, "no usable articles");
}

#[test]
fn folder_skips_read_me_and_licence_files_but_not_when_named() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", STORY_A.as_bytes());
    write(dir.path(), "b.txt", STORY_B.as_bytes());
    let licence = write(dir.path(), "COPYING-CC.TXT", STORY_A.as_bytes());
    write(dir.path(), "readme.md", STORY_B.as_bytes());
    write(dir.path(), "license-plates.txt", STORY_B.as_bytes());
    let folder = dir.path().to_str().unwrap();
    let run = report(&[folder]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let paths: Vec<&str> = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 3, "{paths:?}");
    assert!(paths.iter().any(|p| p.ends_with("license-plates.txt")));
    assert!(
        run.stderr
            .contains("COPYING-CC.TXT: a read-me or licence file"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("readme.md: a read-me or licence file"),
        "{}",
        run.stderr
    );
    // Named on the command line, it is read like any file.
    let run = report(&[&licence, &dir.path().join("a.txt").to_string_lossy()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}

#[test]
fn folder_where_every_file_is_bad_is_one_error_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", b"");
    write(dir.path(), "b.txt", b"\0\0");
    let folder = dir.path().to_str().unwrap();
    let run = report(&[folder]);
    assert_input_error(&run, folder, "no usable articles");
    assert!(run.stderr.contains("skipped 2 file(s)"), "{}", run.stderr);
    assert!(run.stderr.contains("a.txt: empty"), "{}", run.stderr);
}

#[test]
fn non_utf8_file_warns_and_still_works() {
    let dir = tempfile::tempdir().unwrap();
    // Windows-1252: é = E9, “ ” = 93 94, – = 96.
    let legacy = write(
        dir.path(),
        "legacy.txt",
        b"The caf\xE9 owner said the flood was \x93the worst in memory\x94 \x96 and cleared up quickly.\n",
    );
    let run = report(&[&legacy]);
    let doc = json(&run);
    assert!(run.stderr.contains("legacy.txt") && run.stderr.contains("Windows-1252"));
    assert!(all_text(&doc).contains("The café owner said the flood was “the worst in memory” –"));
}

#[test]
fn bad_file_inside_a_folder_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", STORY_A.as_bytes());
    write(dir.path(), "b.txt", b"\x00\x01binary");
    write(dir.path(), "c.txt", STORY_B.as_bytes());
    write(dir.path(), "d.txt", b"   \n");
    let run = report(&[dir.path().to_str().unwrap()]);
    let doc = json(&run);
    let paths = source_paths(&doc);
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths[0].ends_with("a.txt") && paths[1].ends_with("c.txt"));
    let warnings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("warning"))
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("b.txt") && w.contains("binary")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("d.txt") && w.contains("empty")),
        "{warnings:?}"
    );
}

#[test]
fn one_source_is_shown_alone_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", STORY_A.as_bytes());
    let run = report(&[&a]);
    let doc = json(&run);
    assert_eq!(source_paths(&doc).len(), 1);
    assert!(run.stderr.contains("nothing to compare"), "{}", run.stderr);
}

#[test]
fn sources_keep_command_line_order_and_folders_are_sorted() {
    let dir = tempfile::tempdir().unwrap();
    let z = write(dir.path(), "z.txt", STORY_A.as_bytes());
    write(dir.path(), "sub/b.md", STORY_B.as_bytes());
    write(dir.path(), "sub/a.txt", STORY_A.as_bytes());
    write(dir.path(), "sub/deeper/c.html", b"<html><body><p>Inspectors found cracks in the bridge supports on Monday.</p></body></html>");
    let sub = dir.path().join("sub");
    let run = report(&[&z, sub.to_str().unwrap()]);
    let names: Vec<String> = source_paths(&json(&run))
        .iter()
        .map(|p| {
            p.replace('\\', "/")
                .rsplit("/")
                .take(2)
                .collect::<Vec<_>>()
                .join("<")
        })
        .collect();
    assert_eq!(
        names,
        ["z.txt<", "a.txt<sub", "b.md<sub", "c.html<deeper"].map(|s| {
            let mut parts = s.split('<');
            let file = parts.next().unwrap_or("");
            let parent = parts.next().unwrap_or("");
            if parent.is_empty() {
                format!(
                    "{file}<{}",
                    dir.path().file_name().unwrap().to_string_lossy()
                )
            } else {
                format!("{file}<{parent}")
            }
        })
    );
}

#[test]
fn the_same_file_twice_is_compared_once_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", STORY_A.as_bytes());
    let b = write(dir.path(), "b.txt", STORY_B.as_bytes());
    let a_again = dir.path().join(".").join("a.txt");
    let run = report(&[&a, &b, a_again.to_str().unwrap()]);
    assert_eq!(source_paths(&json(&run)), [a.clone(), b.clone()]);
    assert!(
        run.stderr.contains("skipped, the same file as") && run.stderr.contains(&a),
        "{}",
        run.stderr
    );
    // A folder holding a file already named is not a second copy of it.
    let run = report(&[&a, dir.path().to_str().unwrap()]);
    assert_eq!(source_paths(&json(&run)).len(), 2, "{}", run.stderr);
    // A copy with the same text is a different source (two outlets running the same wire copy).
    let copy = write(dir.path(), "copy/a.txt", STORY_A.as_bytes());
    let run = report(&[&a, &copy]);
    assert_eq!(source_paths(&json(&run)).len(), 2);
    assert!(!run.stderr.contains("same file"), "{}", run.stderr);
    // Standard input is read once.
    let run = report_with_stdin(&[&a, "-", "-"], Some(STORY_B.as_bytes()));
    assert_eq!(source_paths(&json(&run)), [a.as_str(), "-"]);
    assert!(
        run.stderr.contains("standard input was already given"),
        "{}",
        run.stderr
    );
}

#[test]
fn stdin_is_read_and_sniffed() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", STORY_A.as_bytes());
    let html = b"<!DOCTYPE html><html><body><nav>Menu</nav><p>Inspectors found cracks &amp; closed the bridge on Monday.</p></body></html>";
    let run = report_with_stdin(&[&a, "-"], Some(html));
    let doc = json(&run);
    assert_eq!(source_paths(&doc)[1], "-");
    let text = all_text(&doc);
    assert!(text.contains("Inspectors found cracks & closed the bridge on Monday."));
    assert!(!text.contains("Menu"));
    let run = report_with_stdin(&["-"], Some(b""));
    assert_input_error(&run, "-", "empty");
}

#[test]
fn file_size_limit_refuses_quickly_and_can_be_raised() {
    let dir = tempfile::tempdir().unwrap();
    // A sparse 100 MB file: refused from its size, never read.
    let big = dir.path().join("big.txt");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap();
    drop(f);
    let big = big.to_str().unwrap();
    let run = report(&[big]);
    assert_input_error(&run, big, "too large");
    assert!(run.stderr.contains("--max-file-size"));

    let a = write(dir.path(), "a.txt", STORY_A.as_bytes());
    assert_input_error(&report(&["--max-file-size", "50", &a]), &a, "too large");
    json(&report(&["--max-file-size", "1K", &a]));
    let bad = report(&["--max-file-size", "lots", &a]);
    assert_eq!(bad.code, Some(2));
}

#[test]
fn file_count_limit_is_bounded_and_can_be_raised() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10_000 {
        write(dir.path(), &format!("n{i:05}.txt"), b"x");
    }
    let folder = dir.path().to_str().unwrap();
    let run = report(&[folder]);
    assert_input_error(&run, folder, "more than 1000 files");
    assert!(run.stderr.contains("--max-files"));

    let small = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b.txt", "c.txt"] {
        write(small.path(), name, STORY_A.as_bytes());
    }
    let folder = small.path().to_str().unwrap();
    assert_input_error(
        &report(&["--max-files", "2", folder]),
        folder,
        "more than 2 files",
    );
    assert_eq!(
        source_paths(&json(&report(&["--max-files", "3", folder]))).len(),
        3
    );
}

/// `args` run as given (no `report` inserted), for flags placed before the subcommand.
fn run_args(args: &[&str]) -> Run {
    let out = factdiff().args(args).output().expect("factdiff runs");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn limit_flags_work_before_or_after_the_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let deep = dir.path().join("one").join("two");
    std::fs::create_dir_all(&deep).unwrap();
    write(dir.path(), "a.txt", STORY_A.as_bytes());
    write(dir.path(), "b.txt", STORY_B.as_bytes());
    write(&deep, "c.txt", STORY_A.as_bytes());
    let folder = dir.path().to_str().unwrap();
    for (before, after) in [(true, false), (false, true)] {
        let with = |flag: &str, value: &str| {
            let mut args = Vec::new();
            if before {
                args.extend([flag, value]);
            }
            args.extend(["report", "--format", "json"]);
            if after {
                args.extend([flag, value]);
            }
            args.push(folder);
            run_args(&args)
        };
        // Each limit takes effect wherever it is given, both ways.
        assert_input_error(&with("--max-files", "2"), folder, "more than 2 files");
        assert_eq!(source_paths(&json(&with("--max-files", "3"))).len(), 3);
        let a = format!("{folder}/a.txt");
        assert_input_error(&with("--max-file-size", "50"), &a, "too large");
        let shallow = with("--max-depth", "1");
        assert_eq!(source_paths(&json(&shallow)).len(), 2, "{}", shallow.stderr);
        assert!(shallow.stderr.contains("--max-depth"), "{}", shallow.stderr);
        assert_eq!(source_paths(&json(&with("--max-depth", "2"))).len(), 3);
    }
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_fifos_inside_folders_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", STORY_A.as_bytes());
    write(dir.path(), "b.txt", STORY_B.as_bytes());
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("a.txt"), dir.path().join("link.txt")).unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made_fifo = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let run = report(&[dir.path().to_str().unwrap()]);
    let doc = json(&run);
    assert_eq!(source_paths(&doc).len(), 2);
    assert!(run.stderr.contains("loop") && run.stderr.contains("symbolic link"));
    if made_fifo {
        assert!(run.stderr.contains("pipe.txt") && run.stderr.contains("not a regular file"));
    }
}

#[test]
fn hostile_names_and_content_cannot_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let name = "evil\u{1b}]0;pwned\u{7}\u{1b}[2J.txt";
    let path = dir.path().join(name);
    if std::fs::write(&path, b"").is_err() {
        eprintln!("skipped: file system refuses control characters in names");
        return;
    }
    let run = report(&[path.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(!run.stderr.contains('\u{1b}') && !run.stderr.contains('\u{7}'));
    assert_eq!(run.stderr.lines().count(), 1);
}

#[test]
fn inputs_are_never_modified() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        write(dir.path(), "a.txt", STORY_A.as_bytes()),
        write(dir.path(), "b.md", format!("# Bridge\n\n{STORY_B}").as_bytes()),
        write(dir.path(), "c.html", b"<html><body><p>Inspectors found cracks in the bridge supports on Monday.</p></body></html>"),
        write(dir.path(), "d.txt", b"Windows\r\nline endings \x93quoted\x94\r\n"),
    ];
    let before: Vec<_> = files
        .iter()
        .map(|f| {
            (
                std::fs::read(f).unwrap(),
                std::fs::metadata(f).unwrap().modified().unwrap(),
            )
        })
        .collect();
    json(&report(&[dir.path().to_str().unwrap()]));
    json(&report(
        &files.iter().map(String::as_str).collect::<Vec<_>>(),
    ));
    for (f, (bytes, mtime)) in files.iter().zip(before) {
        assert_eq!(std::fs::read(f).unwrap(), bytes, "{f} changed");
        assert_eq!(
            std::fs::metadata(f).unwrap().modified().unwrap(),
            mtime,
            "{f} touched"
        );
    }
}

/// Folders are read in natural order: numbers in names by value (`13_2` before `13_10`), in
/// folder names too, so sources are numbered as a person would number them.
#[test]
fn folders_are_read_in_natural_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    for sub in ["2_set", "10_set"] {
        let d = dir.path().join(sub);
        std::fs::create_dir_all(&d).expect("mkdir");
        for name in ["13_10.txt", "13_2.txt", "13_1.txt"] {
            std::fs::write(
                d.join(name),
                format!("Story {sub} {name} happened on Monday.\n"),
            )
            .expect("write");
        }
    }
    let loaded = factdiff::ingest::load(
        &[dir.path().to_string_lossy().into_owned()],
        &factdiff::Limits::default(),
    )
    .expect("load");
    let order: Vec<String> = loaded
        .inputs
        .iter()
        .map(|i| {
            let p = Path::new(&i.path);
            let parent = p.parent().and_then(|x| x.file_name()).unwrap_or_default();
            format!(
                "{}/{}",
                parent.to_string_lossy(),
                p.file_name().unwrap_or_default().to_string_lossy()
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            "2_set/13_1.txt",
            "2_set/13_2.txt",
            "2_set/13_10.txt",
            "10_set/13_1.txt",
            "10_set/13_2.txt",
            "10_set/13_10.txt"
        ]
    );
}
