//! Metadata of a source: title, outlet, byline, date (ISO), URL, and the short pane label.
//!
//! Metadata comes only from metadata lines (a heading or headline-shaped first line, `By …`
//! lines, date stamps, URL lines, a wire dateline) and from what the container told ingest
//! (HTML hints, which win). A date or name inside a story sentence is never read as metadata.

use super::Verdict;
use super::boilerplate::is_story_sentence;
use super::dateline;
use super::dates;
use super::markup::LineKind;
use super::paragraphs::Line;
use super::rules::reason;
use super::text::{self, word_count};
use crate::model::Metadata;
use crate::text::calendar;

/// Longest label, in characters, before a title is shortened for a pane title.
const LABEL_MAX: usize = 32;

/// Lines scanned for a headline before the story starts.
const TITLE_SCAN: usize = 6;

/// News agencies and wire services, as `(lower-case alias, name used as outlet)`.
const AGENCIES: &[(&str, &str)] = &[
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("agence france presse", "AFP"),
    ("reuters", "Reuters"),
    ("thomson reuters", "Reuters"),
    ("ap", "AP"),
    ("associated press", "AP"),
    ("the associated press", "AP"),
    ("bloomberg", "Bloomberg"),
    ("bloomberg news", "Bloomberg"),
    ("dpa", "dpa"),
    ("xinhua", "Xinhua"),
    ("tass", "TASS"),
    ("yonhap", "Yonhap"),
    ("efe", "EFE"),
    ("ansa", "ANSA"),
    ("kyodo", "Kyodo"),
    ("kyodo news", "Kyodo"),
    ("upi", "UPI"),
    ("pa", "PA"),
    ("pa media", "PA"),
    ("press association", "PA"),
    ("anadolu", "Anadolu"),
    ("anadolu agency", "Anadolu"),
    ("ians", "IANS"),
    ("pti", "PTI"),
    ("press trust of india", "PTI"),
    ("ani", "ANI"),
    ("interfax", "Interfax"),
    ("ria novosti", "RIA Novosti"),
    ("cnn", "CNN"),
    ("bbc", "BBC"),
    ("nhk", "NHK"),
];

/// The outlet name of a news agency, from its name or alias in any case.
pub fn agency(name: &str) -> Option<&'static str> {
    let key = name
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    AGENCIES.iter().find(|(a, _)| *a == key).map(|(_, n)| *n)
}

/// The author of a `By …` line: `By Jane Doe` → `Jane Doe`, `By [AFP](#)` → `AFP`. `None` for
/// sentences that merely start with "By" (`By Tuesday, the troops had left.`).
pub fn byline(line: &str) -> Option<String> {
    let rest = line.get(super::labels::byline_prefix_end(line)?..)?;
    // Drop a date stamp and anything after a bar: "Jane Doe | Updated August 13, 2025".
    let cut = dates::find(rest)
        .first()
        .map(|d| d.range.start)
        .unwrap_or(rest.len());
    let name = rest.get(..cut)?.split(['|', '·', '•']).next()?;
    let name = name
        .trim()
        .trim_end_matches([',', '-', '–', '—', ';'])
        .trim();
    let words = word_count(name);
    if words == 0 || words > 10 || name.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // A sentence, not a name: "By the time police arrived, he had fled."
    if text::ends_sentence(name) && name.split_whitespace().last().is_none_or(|w| w.len() > 3) {
        return None;
    }
    const LINKS: &[&str] = &[
        "and",
        "&",
        "de",
        "da",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "du",
        "al",
        "bin",
        "el",
        "y",
        "di",
        "in",
        "for",
        "with",
        "of",
        "the",
        "staff",
        "reporter",
        "correspondent",
        "writer",
        "editor",
        "via",
    ];
    // Besides day and month names (`calendar`).
    const NOT_NAMES: &[&str] = &[
        "then",
        "now",
        "contrast",
        "comparison",
        "far",
        "law",
        "default",
        "noon",
        "night",
        "morning",
        "evening",
        "midnight",
        "early",
        "late",
        "mid",
        "mid-",
        "mistake",
        "accident",
        "chance",
        "design",
        "this",
        "that",
        "then",
        "all",
        "most",
        "some",
        "many",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "a",
        "an",
        "the",
    ];
    let first = text::key(name.split_whitespace().next().unwrap_or(""));
    let not_a_name = NOT_NAMES.contains(&first.as_str()) || calendar::is_day_or_month_name(&first);
    if not_a_name && agency(name).is_none() {
        // "The Associated Press" is the one common byline starting with "The".
        if !(first == "the" && name.split_whitespace().nth(1).is_some_and(starts_upper)) {
            return None;
        }
    }
    let names_only = name.split_whitespace().all(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        bare.is_empty() || starts_upper(bare) || LINKS.contains(&bare.to_lowercase().as_str())
    });
    names_only.then(|| name.to_owned())
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The agency a byline names, if any: `AFP`, `Jane Doe, Reuters`, `By The Associated Press`.
/// A byline that is one short acronym (`By KCNA`) names an outlet too.
pub fn byline_outlet(name: &str) -> Option<String> {
    if let Some(a) = agency(name) {
        return Some(a.to_owned());
    }
    for part in name.split([',', '|', '/', '&', '-', '–', '—', ';']) {
        if let Some(a) = agency(part) {
            return Some(a.to_owned());
        }
        for piece in part.split(" and ").chain(part.split(" for ")) {
            if let Some(a) = agency(piece) {
                return Some(a.to_owned());
            }
        }
    }
    let t = name.trim();
    let acronym = (2..=6).contains(&t.chars().count())
        && t.chars().all(|c| c.is_ascii_uppercase())
        && word_count(t) == 1;
    acronym.then(|| t.to_owned())
}

/// A wire dateline opening the first paragraph: `MOSCOW, Aug 13 (Reuters) - `, `SEOUL (AP) — `,
/// `WASHINGTON — `, `(AFP) - `. Returns the byte length of the dateline and the agency named.
pub fn wire_dateline(s: &str) -> Option<(usize, Option<&'static str>)> {
    let starts_sentence =
        |rest: &str| text::first_alnum(rest).is_some_and(|c| c.is_uppercase() || c.is_numeric());
    if let Some((end, name)) = dateline::agency_form(s)
        && let Some(name) = s.get(name)
    {
        let found = agency(name);
        let acronym = name.chars().all(|c| c.is_ascii_uppercase()) && name.len() <= 6;
        if (found.is_some() || acronym) && starts_sentence(s.get(end..)?) {
            return Some((end, found));
        }
    }
    if let Some((end, place)) = dateline::place_form(s)
        && let Some(place) = s.get(place)
    {
        let upper = place.chars().filter(|c| c.is_uppercase()).count();
        let rest = s.get(end..)?;
        // "A FIRE - BOMB attack…" is a sentence in capitals, not a dateline: the story after a
        // dateline starts with an ordinary capitalised word.
        let first_word = rest.split_whitespace().next().unwrap_or("");
        let ordinary =
            first_word.chars().any(char::is_lowercase) || first_word.chars().count() == 1;
        if upper >= 4 && text::is_all_caps(place, 4) && starts_sentence(rest) && ordinary {
            return Some((end, None));
        }
    }
    None
}

/// URL label lines: `Original url:`, `Source URL: https://…`, `Canonical: …`.
fn url_label(t: &str) -> Option<Option<String>> {
    let rest = t.get(super::labels::url_label_rest(t)?)?.trim();
    if rest.is_empty() {
        // A label alone counts only with a colon: "Source:" yes, "Source" no.
        return t.trim_end().ends_with(':').then_some(None);
    }
    text::as_url(rest).map(Some)
}

/// Reads URL lines, date stamps and bylines into `meta`, marking those lines dropped; cuts a
/// date stamp glued to the start of the first lines.
pub fn read_stamps(lines: &[Line], verdicts: &mut [Verdict], meta: &mut Metadata) {
    let mut story_seen = false;
    let mut url_expected = false;
    let mut published: Option<String> = None;
    let mut updated: Option<String> = None;
    let last = lines.len().saturating_sub(1);
    for (i, (line, verdict)) in lines.iter().zip(verdicts.iter_mut()).enumerate() {
        let t = line.text.as_str();
        if line.kind == LineKind::Image {
            continue;
        }
        if let Some(labelled) = url_label(t) {
            *verdict = Verdict::Drop(reason::URL);
            match labelled {
                Some(url) => {
                    meta.url.get_or_insert(url);
                }
                None => url_expected = true,
            }
            continue;
        }
        if let Some(url) = text::as_url(t) {
            *verdict = Verdict::Drop(reason::URL);
            if url_expected || !story_seen || i == last {
                meta.url.get_or_insert(url);
            }
            url_expected = false;
            continue;
        }
        url_expected = false;
        if let Some(stamp) = dates::date_line(t) {
            *verdict = Verdict::Drop(reason::DATE_LINE);
            let slot = if stamp.updated {
                &mut updated
            } else {
                &mut published
            };
            if slot.is_none() {
                *slot = stamp.iso;
            }
            continue;
        }
        if let Some(name) = byline(t) {
            *verdict = Verdict::Drop(reason::BYLINE);
            if meta.outlet.is_none() {
                meta.outlet = byline_outlet(&name);
            }
            meta.byline.get_or_insert(name);
            if published.is_none() {
                published = dates::find(t).into_iter().find_map(|d| d.iso);
            }
            continue;
        }
        if !story_seen && let Some((iso, at)) = dates::leading_date(t) {
            *verdict = Verdict::Trim {
                at,
                reason: reason::DATE_LINE,
            };
            if published.is_none() {
                published = iso;
            }
        }
        story_seen |= is_story_sentence(line);
    }
    if meta.date.is_none() {
        meta.date = published.or(updated);
    }
}

/// Words a headline does not end with.
const DANGLING: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "or", "by", "in", "on", "for", "with", "that", "from",
    "at", "as", "but", "is", "was", "his", "her", "their", "its",
];

/// True for a line shaped like a headline: a few words, starting with a capital or digit, not
/// ending as a sentence or mid-phrase, and not followed by a lower-case continuation.
fn looks_like_headline(line: &Line, next: Option<&Line>) -> bool {
    let t = line.text.as_str();
    let words = word_count(t);
    if line.kind == LineKind::ListItem || !(2..=25).contains(&words) {
        return false;
    }
    let question = t.trim_end().ends_with(['?', '!']);
    if text::ends_with_terminal(t) && !(question && words <= 15) {
        return false;
    }
    if !text::first_alnum(t).is_some_and(|c| c.is_uppercase() || c.is_numeric()) {
        return false;
    }
    if t.trim_end().ends_with([',', '-', '–', '—', '(']) {
        return false;
    }
    let last = text::key(t.split_whitespace().last().unwrap_or(""));
    if DANGLING.contains(&last.as_str()) {
        return false;
    }
    !next.is_some_and(|n| text::starts_lowercase(&n.text))
}

/// Small words a title-case headline leaves in lower case.
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "of", "to", "in", "on", "at", "for", "by", "with",
    "from", "as", "vs", "vs.", "via", "per", "into", "up", "off", "out", "over",
];

/// A headline that ends in `.`, `?` or `!` (`Court Backs the Plan of the F.D.A.`, `…, but Will
/// It Last?`): the first line of the page, in title case (every word but small ones capitalised,
/// at least three such words, at most 25 words), with a metadata line (URL, date, byline) right
/// after it. A story sentence has none of the three.
fn headline_with_stop(line: &Line, next: Option<&Verdict>) -> bool {
    let t = line.text.as_str();
    if line.kind != LineKind::Text || !text::ends_with_terminal(t) || !is_metadata(next) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() > 25 {
        return false;
    }
    let content: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && !TITLE_SMALL_WORDS.contains(&w.to_lowercase().as_str()))
        .collect();
    content.len() >= 3
        && content.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
}

/// Metadata lines cleaning already took (URL, date, byline) mark the header of a page.
fn is_metadata(v: Option<&Verdict>) -> bool {
    matches!(v, Some(Verdict::Drop(r)) if [reason::URL, reason::DATE_LINE, reason::BYLINE].contains(r))
}

/// A headline-shaped line is the title when something besides its shape says so: it is
/// repeated, a metadata line stands above it or right after it, or it reads as a headline on
/// its own (short, or in title case). Otherwise it may be a story sentence that lost its full
/// stop ("Last May, a stray bullet killed … on Albany's First Street").
fn headline_evidence(lines: &[Line], verdicts: &[Verdict], i: usize) -> bool {
    let Some(line) = lines.get(i) else {
        return false;
    };
    let key = text::key(&line.text);
    let repeated = lines
        .iter()
        .enumerate()
        .any(|(j, l)| j != i && text::key(&l.text) == key);
    let metadata_near =
        (0..i).any(|j| is_metadata(verdicts.get(j))) || is_metadata(verdicts.get(i + 1));
    let words: Vec<&str> = line.text.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
        .count();
    let title_case = capitalised * 10 >= words.len() * 6;
    repeated || metadata_near || words.len() <= 14 || title_case
}

/// True when `line` is the title `title_key` (a comparison key), or the title followed by an
/// outlet suffix as in `<title>Headline | Outlet</title>`.
fn is_title(line: &str, title_key: &str) -> bool {
    let k = text::key(line);
    if k.is_empty() {
        return false;
    }
    k == title_key
        || (word_count(&k) >= 4
            && title_key
                .strip_prefix(k.as_str())
                .is_some_and(|rest| rest.starts_with(' ') && word_count(rest) <= 6))
}

/// Picks the title (HTML hint, else a heading or headline-shaped line before the story) and
/// marks it and every repetition of it dropped.
pub fn read_title(lines: &[Line], verdicts: &mut [Verdict], meta: &mut Metadata) {
    let kept: Vec<usize> = (0..lines.len())
        .filter(|&i| matches!(verdicts.get(i), Some(Verdict::Keep)))
        .collect();
    let mut chosen: Option<usize> = None;
    if meta.title.is_none() {
        for (pos, &i) in kept.iter().enumerate().take(TITLE_SCAN) {
            let Some(line) = lines.get(i) else { break };
            if pos == 0 && headline_with_stop(line, verdicts.get(i + 1)) {
                chosen = Some(i);
                meta.title = Some(line.text.clone());
                break;
            }
            if is_story_sentence(line) {
                break;
            }
            let next = kept.get(pos + 1).and_then(|&j| lines.get(j));
            let heading = line.kind == LineKind::Heading && word_count(&line.text) <= 30;
            if heading || looks_like_headline(line, next) && headline_evidence(lines, verdicts, i) {
                chosen = Some(i);
                meta.title = Some(line.text.clone());
                break;
            }
        }
    }
    let Some(title) = meta.title.as_deref() else {
        return;
    };
    let title_key = text::key(title);
    let mut first = true;
    for &i in &kept {
        let Some(line) = lines.get(i) else { continue };
        if chosen == Some(i) || is_title(&line.text, &title_key) {
            let reason = if first {
                reason::TITLE
            } else {
                reason::REPEATED_TITLE
            };
            first = false;
            if let Some(v) = verdicts.get_mut(i) {
                *v = Verdict::Drop(reason);
            }
        }
    }
}

/// Cuts a wire dateline from the first story paragraph and takes its agency as the outlet.
pub fn read_dateline(lines: &[Line], verdicts: &mut [Verdict], meta: &mut Metadata) {
    let first = (0..lines.len()).find(|&i| {
        matches!(verdicts.get(i), Some(Verdict::Keep))
            && lines
                .get(i)
                .is_some_and(|l| l.kind == LineKind::Text && word_count(&l.text) >= 6)
    });
    let Some(i) = first else { return };
    let Some(line) = lines.get(i) else { return };
    if let Some((at, agency)) = wire_dateline(&line.text) {
        if let Some(v) = verdicts.get_mut(i) {
            *v = Verdict::Trim {
                at,
                reason: reason::DATELINE,
            };
        }
        if meta.outlet.is_none() {
            meta.outlet = agency.map(str::to_owned);
        }
    }
}

/// Fills what can be derived: the outlet from the URL's domain when nothing named it.
pub fn finish(meta: &mut Metadata) {
    if meta.outlet.is_none() {
        meta.outlet = meta.url.as_deref().and_then(text::domain_of);
    }
}

/// Words of the lead a label takes when the source names neither outlet nor headline.
const LEAD_WORDS: usize = 5;
/// Longest label made of the lead, in characters.
const LEAD_MAX: usize = 32;

/// Short name for a pane title: the outlet if known, else the title (shortened at a word
/// boundary), else the first few words of `lead` (the story's first sentence), else the file
/// stem, unless that is a machine-made name (a long hexadecimal hash, digits only): then
/// `untitled`. A file name says least about a story, so it comes last.
pub fn label(meta: &Metadata, path: &str, lead: &str) -> String {
    if let Some(outlet) = meta.outlet.as_deref().filter(|o| !o.trim().is_empty()) {
        return shorten(outlet.trim(), LABEL_MAX);
    }
    if let Some(title) = meta.title.as_deref().filter(|t| !t.trim().is_empty()) {
        return shorten(title.trim(), LABEL_MAX);
    }
    let lead = crate::text::sanitize::for_display(lead);
    let words: Vec<&str> = lead.split_whitespace().collect();
    if !words.is_empty() {
        let few = words[..words.len().min(LEAD_WORDS)].join(" ");
        let few = few.trim_end_matches([',', ':', ';', '-', '–', '—', '.']);
        let short = shorten(few, LEAD_MAX);
        return if words.len() > LEAD_WORDS && !short.ends_with('…') {
            format!("{short}…")
        } else {
            short
        };
    }
    let name = path.rsplit(['/', '\\', ':']).next().unwrap_or(path);
    let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(name);
    // File names are not sanitised at ingest (they stay usable as paths): the label is.
    let stem = crate::text::sanitize::for_display(stem);
    let stem = stem.trim();
    if stem.is_empty() {
        "stdin".into()
    } else if machine_made(stem) {
        "untitled".into()
    } else {
        shorten(stem, LABEL_MAX)
    }
}

/// A name no person chose: a run of eight or more hexadecimal digits with a digit in it (a
/// hash, as in `000_cac07eeb0fa81735`), or nothing but digits and separators.
fn machine_made(stem: &str) -> bool {
    let hex_run = stem
        .split(|c: char| !c.is_ascii_hexdigit())
        .any(|run| run.len() >= 8 && run.chars().any(|c| c.is_ascii_digit()));
    let no_letters = stem.len() > 1 && !stem.chars().any(char::is_alphabetic);
    hex_run || no_letters
}

/// `s` cut to at most `max` characters at a word boundary, with `…` when shortened.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out = String::new();
    for word in s.split_whitespace() {
        let extra = usize::from(!out.is_empty()) + word.chars().count();
        if out.chars().count() + extra > max.saturating_sub(1) {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = s.chars().take(max.saturating_sub(1)).collect();
    }
    let out = out.trim_end_matches([',', ':', ';', '-', '–', '—', ' ']);
    format!("{out}…")
}
