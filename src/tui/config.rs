//! The interface's settings: the theme (`--theme dark|light|auto`, or the config file), colours
//! and the widest tab label, read from `$XDG_CONFIG_HOME/factdiff/config.toml` (else
//! `~/.config/factdiff/config.toml`). A missing file is no error; a bad one is a
//! [`ConfigError`] naming the file, the line and the key. [`DEFAULT`] is the commented default
//! that `factdiff config --default` prints.

use super::theme::{Theme, ThemeName};
use ratatui::style::Color;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The default config file, every setting commented out.
pub const DEFAULT: &str = r##"# factdiff interface settings: $XDG_CONFIG_HOME/factdiff/config.toml
# (else ~/.config/factdiff/config.toml). Every line is optional.

# Colours for a dark or a light terminal background; "auto" asks the terminal
# (the COLORFGBG variable) and takes dark when it does not say. --theme overrides it.
# theme = "auto"

# Widest a source's label may be in the tab strip, in columns (4 to 64).
# tab_width = 32

# Colours of the marks: a name (black, red, green, yellow, blue, magenta, cyan, gray,
# darkgray, lightred, lightgreen, lightyellow, lightblue, lightmagenta, lightcyan, white,
# reset), a number 0-255, or "#rrggbb". NO_COLOR turns every colour off.
[colors]
# only = "yellow"          # text of a sentence no other source carries
# some = "cyan"            # text of a sentence some other sources carry
# all = "gray"             # text of a sentence every source carries
# partial_atom = "magenta" # a name, number or date only some sources have
# conflict = "red"         # a value the sources disagree on
# matched = "#282850"      # background of the counterpart of the cursor sentence
# focus_border = "lightblue"
# border = "darkgray"
# dim = "darkgray"         # dates, counts, hints
# status = "darkgray"      # background of the status bar
# inserted = "green"       # diff view: words only in the other source
# deleted = "red"          # diff view: words only in the base
"##;

/// The interface's settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Styles.
    pub theme: Theme,
    /// Widest tab label, in columns.
    pub tab_width: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: Theme::default(),
            tab_width: DEFAULT_TAB_WIDTH,
        }
    }
}

/// Widest tab label unless the config says otherwise.
pub const DEFAULT_TAB_WIDTH: usize = 32;

/// A config file that cannot be used: which file, which line and key, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}:{line}: {key}: {reason}", file.display())]
pub struct ConfigError {
    /// The file.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// The key (`theme`, `colors.only`), or `syntax` when the file is not TOML.
    pub key: String,
    /// What is wrong.
    pub reason: String,
}

/// Where the config file is: `$XDG_CONFIG_HOME/factdiff/config.toml`, else under `~/.config`.
pub fn path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(".config"))
        })?;
    Some(base.join("factdiff").join("config.toml"))
}

/// The settings from the config file at [`path`] (the defaults when there is none) with
/// `theme` from the command line over the file's, and colour only when `color`.
pub fn load(theme: Option<ThemeName>, color: bool) -> Result<Settings, ConfigError> {
    match path() {
        Some(p) if p.is_file() => {
            let text = std::fs::read_to_string(&p).map_err(|e| ConfigError {
                file: p.clone(),
                line: 1,
                key: "file".to_owned(),
                reason: format!("cannot read: {e}"),
            })?;
            parse(&p, &text, theme, color)
        }
        _ => Ok(settings(theme.unwrap_or(ThemeName::Auto), color, &[], None)),
    }
}

fn settings(
    name: ThemeName,
    color: bool,
    colors: &[(String, Color)],
    tab_width: Option<usize>,
) -> Settings {
    let mut theme = Theme::named(name.resolve(), color);
    for (key, c) in colors {
        theme.set_color(key, *c);
    }
    Settings {
        theme,
        tab_width: tab_width.unwrap_or(DEFAULT_TAB_WIDTH),
    }
}

/// The settings in `text` (the file `file`), `theme` over the file's.
pub fn parse(
    file: &Path,
    text: &str,
    theme: Option<ThemeName>,
    color: bool,
) -> Result<Settings, ConfigError> {
    let line_of = |at: usize| text.get(..at).map_or(1, |t| t.matches('\n').count() + 1);
    let err = |at: Option<std::ops::Range<usize>>, key: &str, reason: String| ConfigError {
        file: file.to_owned(),
        line: at.map_or(1, |r| line_of(r.start)),
        key: key.to_owned(),
        reason,
    };
    let doc = toml_edit::Document::parse(text.to_owned())
        .map_err(|e| err(e.span(), "syntax", e.message().trim().to_owned()))?;
    let mut name = None;
    let mut tab_width = None;
    let mut colors = Vec::new();
    for (key, item) in doc.as_table().iter() {
        let at = doc
            .as_table()
            .get_key_value(key)
            .and_then(|(k, _)| k.span())
            .or_else(|| item.span());
        match key {
            "theme" => {
                let v = item.as_str().ok_or_else(|| {
                    err(
                        at.clone(),
                        "theme",
                        "expected a string: \"dark\", \"light\" or \"auto\"".to_owned(),
                    )
                })?;
                name = Some(ThemeName::from_str(v).map_err(|e| err(at.clone(), "theme", e))?);
            }
            "tab_width" => {
                let v = item
                    .as_integer()
                    .filter(|v| (4..=64).contains(v))
                    .ok_or_else(|| {
                        err(
                            at.clone(),
                            "tab_width",
                            "expected a whole number from 4 to 64".to_owned(),
                        )
                    })?;
                tab_width = usize::try_from(v).ok();
            }
            "colors" => {
                let table = item.as_table_like().ok_or_else(|| {
                    err(
                        at.clone(),
                        "colors",
                        "expected a table: [colors]".to_owned(),
                    )
                })?;
                for (ck, cv) in table.iter() {
                    let full = format!("colors.{ck}");
                    let cat = table
                        .get_key_value(ck)
                        .and_then(|(k, _)| k.span())
                        .or_else(|| cv.span());
                    if !Theme::COLOR_KEYS.contains(&ck) {
                        return Err(err(
                            cat,
                            &full,
                            format!("unknown colour; known: {}", Theme::COLOR_KEYS.join(", ")),
                        ));
                    }
                    let s = cv.as_str().ok_or_else(|| {
                        err(
                            cat.clone(),
                            &full,
                            "expected a string such as \"red\" or \"#ff8800\"".to_owned(),
                        )
                    })?;
                    let c = Color::from_str(s).map_err(|_| {
                        err(
                            cat.clone(),
                            &full,
                            format!("not a colour: {s:?} (a name, 0-255 or #rrggbb)"),
                        )
                    })?;
                    colors.push((ck.to_owned(), c));
                }
            }
            other => {
                return Err(err(
                    at,
                    other,
                    "unknown setting; known: theme, tab_width, [colors]".to_owned(),
                ));
            }
        }
    }
    Ok(settings(
        theme.or(name).unwrap_or(ThemeName::Auto),
        color,
        &colors,
        tab_width,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Settings, ConfigError> {
        parse(Path::new("/c/config.toml"), text, None, true)
    }

    #[test]
    fn the_default_file_parses_to_the_defaults() {
        let s = parse_str(DEFAULT).expect("default config");
        assert_eq!(s.tab_width, DEFAULT_TAB_WIDTH);
    }

    #[test]
    fn settings_are_read() {
        let s = parse_str("theme = \"light\"\ntab_width = 12\n[colors]\nonly = \"#ff0000\"\n")
            .expect("config");
        assert_eq!(s.tab_width, 12);
        assert_eq!(s.theme.only.fg, Some(Color::Rgb(255, 0, 0)));
        assert_eq!(s.theme, {
            let mut t = Theme::named(ThemeName::Light, true);
            t.set_color("only", Color::Rgb(255, 0, 0));
            t
        });
        // The command line wins.
        let s = parse(
            Path::new("c"),
            "theme = \"light\"\n",
            Some(ThemeName::Dark),
            true,
        )
        .expect("config");
        assert_eq!(s.theme, Theme::named(ThemeName::Dark, true));
    }

    #[test]
    fn errors_name_the_file_line_and_key() {
        let e = parse_str("# settings\n\ntheme = \"blue\"\n").expect_err("bad theme");
        assert_eq!((e.line, e.key.as_str()), (3, "theme"));
        assert!(
            e.to_string().starts_with("/c/config.toml:3: theme: "),
            "{e}"
        );
        let e = parse_str("tab_width = 2\n").expect_err("too narrow");
        assert_eq!((e.line, e.key.as_str()), (1, "tab_width"));
        let e = parse_str("[colors]\nonly = \"red\"\nsomee = \"red\"\n").expect_err("unknown key");
        assert_eq!((e.line, e.key.as_str()), (3, "colors.somee"));
        let e = parse_str("[colors]\nonly = \"rouge\"\n").expect_err("bad colour");
        assert_eq!((e.line, e.key.as_str()), (2, "colors.only"));
        let e = parse_str("theme = \n").expect_err("not toml");
        assert_eq!(e.key, "syntax");
        let e = parse_str("keys = 1\n").expect_err("unknown setting");
        assert_eq!(e.key, "keys");
    }
}
