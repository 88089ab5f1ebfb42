//! Short forms of given names (`Bob` = `Robert`, `Bill` = `William`): the shipped table
//! `assets/data/nicknames.tsv`, read once into folded keys (see [`super::names::fold_name`]).

use super::names::fold_name;
use std::collections::BTreeMap;
use std::sync::LazyLock;

static TABLE: LazyLock<BTreeMap<String, String>> = LazyLock::new(|| {
    include_str!("../../../assets/data/nicknames.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(nick, formal)| (fold_name(nick), fold_name(formal)))
        .filter(|(n, f)| !n.is_empty() && !f.is_empty())
        .collect()
});

/// The formal given name a folded short form stands for (`bob` → `robert`), if the table has it.
pub fn formal(folded_first_name: &str) -> Option<&'static str> {
    TABLE.get(folded_first_name).map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_fold_like_keys() {
        assert_eq!(
            formal(&fold_name("Bob")),
            Some(fold_name("Robert").as_str())
        );
        assert_eq!(
            formal(&fold_name("Billy")),
            Some(fold_name("William").as_str())
        );
        assert_eq!(formal(&fold_name("Robert")), None);
        // Short forms of two names are not in the table.
        assert_eq!(formal(&fold_name("Pat")), None);
    }
}
