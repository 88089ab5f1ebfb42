//! Prints the entity mentions of the bundled articles (a development aid).
use factdiff::engine::extract::entities::{ArticleEntities, unify};

fn main() {
    let arts: Vec<_> = factdiff::ingest::bundled::inputs()
        .iter()
        .filter_map(|i| factdiff::prepare(i).ok())
        .collect();
    let mut ents: Vec<ArticleEntities> = arts.iter().map(ArticleEntities::new).collect();
    unify(&mut ents);
    for (art, e) in arts.iter().zip(&ents) {
        println!("== {}", art.label);
        for (_, _, m) in e.all() {
            println!(
                "  {:?} {:?} [{}]{}",
                m.kind,
                m.surface,
                m.key,
                if m.demonym { " dem" } else { "" }
            );
        }
    }
}
