//! Cleaning never panics and always returns one-line, non-empty paragraphs, whatever the input.

use factdiff::clean::clean_text;
use factdiff::model::Metadata;
use proptest::prelude::*;
use std::collections::BTreeSet;

proptest! {
    #[test]
    fn any_text_cleans_without_panic(s in "(?s).{0,400}") {
        let c = clean_text(&s, &Metadata::default());
        for p in &c.paragraphs {
            prop_assert!(!p.is_empty() && !p.contains('\n'));
        }
    }

    #[test]
    fn nothing_vanishes(
        lines in proptest::collection::vec(
            prop_oneof![
                Just("".to_string()),
                "[A-Z][a-z]{1,8}( [a-z]{1,8}){2,12}[.]?",
                "(By|Photo:|Related:|Read more:|#|-|Share|Advertisement) ?[A-Za-z#./: ]{0,30}",
                "[0-9]{1,4}[-/. ][0-9]{1,2}[-/. ][0-9]{1,4}",
                "\"?[A-Z ]{3,30}\"?",
            ],
            0..30,
        )
    ) {
        // Every word of the input is kept or recorded as removed (inputs without link markup).
        let text = lines.join("\n");
        let c = clean_text(&text, &Metadata::default());
        let words = |s: &str| -> BTreeSet<String> {
            s.split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let mut out = BTreeSet::new();
        for p in &c.paragraphs {
            out.extend(words(p));
        }
        for r in &c.removed {
            out.extend(words(&r.text));
        }
        let missing: Vec<String> = words(&text).difference(&out).cloned().collect();
        prop_assert!(missing.is_empty(), "lost {:?} from {:?}: {:?}", missing, text, c);
    }
}
