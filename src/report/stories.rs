//! Reports of several stories: the story list first (title, sources, outlets, date range, share
//! confirmed), then one section per story, each the report of that story alone (its sources
//! numbered from 1 within the story). With one story the report is the story's report as it
//! always was.

use super::{Format, Options};
use crate::findings::stories::{StoryInfo, story_analysis, story_infos};
use crate::findings::{Analysis, confirmed_percent};
use crate::text::sanitize::for_display;
use std::fmt::Write;

/// One line of facts about a story: `3 sources (AP, BBC, CNN), 2024-05-01 to 2024-05-02,
/// 61 % confirmed`.
pub fn facts(info: &StoryInfo) -> String {
    let mut out = format!(
        "{} {}",
        info.sources,
        if info.sources == 1 {
            "source"
        } else {
            "sources"
        }
    );
    if !info.outlets.is_empty() {
        const SHOWN: usize = 4;
        let mut names: Vec<String> = info.outlets.iter().take(SHOWN).cloned().collect();
        if info.outlets.len() > SHOWN {
            names.push(format!("{} more", info.outlets.len() - SHOWN));
        }
        let _ = write!(out, " ({})", names.join(", "));
    }
    match &info.dates {
        Some((a, b)) if a == b => {
            let _ = write!(out, ", {a}");
        }
        Some((a, b)) => {
            let _ = write!(out, ", {a} to {b}");
        }
        None => {}
    }
    if let Some(p) = confirmed_percent(info.confirmed.0, info.confirmed.1) {
        let _ = write!(out, ", {p} % confirmed");
    }
    out
}

/// The report of an analysis with several stories in `format` (not JSON, which is one
/// document of every story).
pub fn render(analysis: &Analysis, format: Format, options: &Options) -> String {
    let infos = story_infos(analysis);
    let one = |t: usize| {
        let sub = story_analysis(analysis, t).unwrap_or_default();
        match format {
            Format::Text => super::text::render(&sub, options),
            Format::Markdown => super::markdown::render(&sub, options),
            Format::Html | Format::Json => super::html::render(&sub, options),
        }
    };
    let mut out = String::new();
    match format {
        Format::Text | Format::Json => {
            let _ = writeln!(out, "factdiff stories: {} stories\n", infos.len());
            for (t, info) in infos.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "t{} {}\n   {}",
                    t + 1,
                    for_display(&info.title),
                    for_display(&facts(info))
                );
            }
            for (t, info) in infos.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "\n== Story t{}: {} ==\n",
                    t + 1,
                    for_display(&info.title)
                );
                out.push_str(&one(t));
            }
        }
        Format::Markdown => {
            let _ = writeln!(out, "# factdiff stories: {} stories\n", infos.len());
            for (t, info) in infos.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "{}. **{}**: {}",
                    t + 1,
                    super::markdown::escape(&for_display(&info.title)),
                    super::markdown::escape(&for_display(&facts(info)))
                );
            }
            for (t, info) in infos.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "\n---\n\n# Story t{}: {}\n",
                    t + 1,
                    super::markdown::escape(&for_display(&info.title))
                );
                out.push_str(&one(t));
            }
        }
        Format::Html => {
            let esc = super::html::escape;
            let pages: Vec<String> = (0..infos.len()).map(one).collect();
            let head = pages.first().and_then(|p| p.split_once("<body>\n")).map_or(
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head></head>\n",
                |(h, _)| h,
            );
            out.push_str(head);
            out.push_str("<body>\n<header>\n<h1>factdiff stories</h1>\n<ul>\n");
            for (t, info) in infos.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "<li><a href=\"#t{}\">t{} {}</a>: {}</li>",
                    t + 1,
                    t + 1,
                    esc(&for_display(&info.title)),
                    esc(&for_display(&facts(info)))
                );
            }
            out.push_str("</ul>\n</header>\n");
            for (t, (info, page)) in infos.iter().zip(&pages).enumerate() {
                let body = page
                    .split_once("<body>\n")
                    .and_then(|(_, b)| b.rsplit_once("</body>"))
                    .map_or("", |(b, _)| b);
                let _ = writeln!(
                    out,
                    "<section class=\"story\" id=\"t{}\">\n<h1>Story t{}: {}</h1>",
                    t + 1,
                    t + 1,
                    esc(&for_display(&info.title))
                );
                out.push_str(body);
                out.push_str("</section>\n");
            }
            out.push_str("</body>\n</html>\n");
        }
    }
    out
}
