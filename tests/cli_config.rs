//! `factdiff config`: the commented default, and a bad config file as a clear error naming the
//! file, the line and the key, with exit status 2, before any article is read.

use assert_cmd::Command;
use predicates::prelude::*;

fn factdiff(xdg: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("factdiff").expect("binary");
    c.env("XDG_CONFIG_HOME", xdg);
    c
}

fn config_dir(text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let conf = dir.path().join("factdiff");
    std::fs::create_dir_all(&conf).expect("mkdir");
    std::fs::write(conf.join("config.toml"), text).expect("write");
    dir
}

#[test]
fn the_default_config_is_valid_and_commented() {
    let empty = tempfile::tempdir().expect("tempdir");
    let out = factdiff(empty.path())
        .args(["config", "--default"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains("# theme = \"auto\""), "{text}");
    // Written where it belongs, the default file checks out.
    let dir = config_dir(&text);
    factdiff(dir.path())
        .arg("config")
        .assert()
        .success()
        .stdout(predicate::str::ends_with(": ok\n"));
    factdiff(empty.path())
        .arg("config")
        .assert()
        .success()
        .stdout(predicate::str::contains("not there"));
}

#[test]
fn a_bad_config_names_file_line_and_key() {
    let dir = config_dir("# mine\ntab_width = 12\n\n[colors]\nonly = \"rouge\"\n");
    let file = dir.path().join("factdiff").join("config.toml");
    for args in [vec!["config"], vec![]] {
        factdiff(dir.path())
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "{}:5: colors.only: not a colour",
                file.display()
            )));
    }
    let dir = config_dir("theme = \"blue\"\n");
    factdiff(dir.path())
        .arg("config")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(":1: theme: expected"));
}
