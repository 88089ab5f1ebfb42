//! The terminal interface: maps an [`Analysis`] to panes and styles. Owns nothing of the
//! analysis; it only reads it.

use crate::analysis::Analysis;
use crate::sanitize::for_display;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};
use ratatui::{DefaultTerminal, Frame};

/// Runs the interface until the user quits. The terminal is restored on return and on panic.
pub fn run(analysis: &Analysis) -> std::io::Result<()> {
    ratatui::run(|terminal: &mut DefaultTerminal| -> std::io::Result<()> {
        loop {
            terminal.draw(|f| draw(f, analysis))?;
            if let Event::Key(k) = event::read()?
                && k.kind == KeyEventKind::Press
                && matches!(k.code, KeyCode::Char('q') | KeyCode::Esc)
            {
                return Ok(());
            }
        }
    })
}

fn draw(frame: &mut Frame, analysis: &Analysis) {
    let n = analysis.articles.len().max(1);
    let areas = Layout::horizontal(vec![Constraint::Ratio(1, n as u32); n]).split(frame.area());
    for (article, area) in analysis.articles.iter().zip(areas.iter()) {
        let lines: Vec<Line> = article
            .paragraphs
            .iter()
            .flat_map(|p| {
                [
                    Line::raw(p.span.slice(&article.text).to_owned()),
                    Line::raw(""),
                ]
            })
            .collect();
        let title = Line::raw(for_display(&article.label).into_owned());
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .block(Block::bordered().title(title)),
            *area,
        );
    }
}
