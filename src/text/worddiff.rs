//! Word-level diffs of aligned sentences (with `similar`), computed on normalised tokens and
//! mapped back to spans of the original text.
//!
//! Two words are equal when their normalised forms are ([`crate::text::normalize::tokens`]: case,
//! quotes, dashes, number forms, spelling, stems), so "5,000" against "5000" or "Defence" against
//! "defence" is not a change. Punctuation and white space are not tokens: they never make a change
//! on their own and are carried by the op of the word before them. The spans of each side's ops,
//! in order, cover that side's whole text with no gap or overlap, so a renderer can paint every
//! byte.

use crate::model::Span;
use crate::text::normalize;
use serde::Serialize;

/// What a diff op says about its two sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffTag {
    /// The same words (after normalisation) on both sides.
    Equal,
    /// Words only in the first text.
    Delete,
    /// Words only in the second text.
    Insert,
    /// Words of the first text replaced by different words in the second.
    Replace,
}

/// One step of a word diff, with the original text it covers on each side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct DiffOp {
    /// What changed.
    pub tag: DiffTag,
    /// Bytes of the first text covered (words plus the gap after them); `None` for an insert.
    pub a: Option<Span>,
    /// Bytes of the second text covered; `None` for a delete.
    pub b: Option<Span>,
}

impl DiffOp {
    /// True unless the op is [`DiffTag::Equal`].
    pub fn is_change(&self) -> bool {
        self.tag != DiffTag::Equal
    }
}

/// Word diff of `a` against `b`. Empty when both are empty. Never panics.
pub fn diff(a: &str, b: &str) -> Vec<DiffOp> {
    let ta = normalize::tokens(a);
    let tb = normalize::tokens(b);
    let na: Vec<&str> = ta.iter().map(|t| t.norm.as_str()).collect();
    let nb: Vec<&str> = tb.iter().map(|t| t.norm.as_str()).collect();

    if na.is_empty() && nb.is_empty() {
        // No words on either side: nothing can differ, but cover whatever text there is.
        if a.is_empty() && b.is_empty() {
            return Vec::new();
        }
        return vec![DiffOp {
            tag: DiffTag::Equal,
            a: whole(a),
            b: whole(b),
        }];
    }

    let starts_a: Vec<usize> = ta.iter().map(|t| t.span.start).collect();
    let starts_b: Vec<usize> = tb.iter().map(|t| t.span.start).collect();
    let mut ops: Vec<DiffOp> = similar::capture_diff_slices(similar::Algorithm::Myers, &na, &nb)
        .iter()
        .map(|op| {
            let (tag, ra, rb) = op.as_tag_tuple();
            DiffOp {
                tag: match tag {
                    similar::DiffTag::Equal => DiffTag::Equal,
                    similar::DiffTag::Delete => DiffTag::Delete,
                    similar::DiffTag::Insert => DiffTag::Insert,
                    similar::DiffTag::Replace => DiffTag::Replace,
                },
                a: cover(&starts_a, a.len(), ra),
                b: cover(&starts_b, b.len(), rb),
            }
        })
        .collect();

    // A side without words (only punctuation or space) is covered by the first op.
    if na.is_empty() {
        attach_wordless(&mut ops, whole(a), true);
    }
    if nb.is_empty() {
        attach_wordless(&mut ops, whole(b), false);
    }
    ops
}

/// The span of a whole text, or `None` when it is empty.
fn whole(text: &str) -> Option<Span> {
    (!text.is_empty()).then(|| Span::new(0, text.len()))
}

/// Bytes covered by tokens `range`: from the first token's start (0 for the first token) to the
/// next token's start (the text's end after the last token). `None` for an empty range.
fn cover(starts: &[usize], len: usize, range: std::ops::Range<usize>) -> Option<Span> {
    if range.is_empty() {
        return None;
    }
    let start = if range.start == 0 {
        0
    } else {
        starts.get(range.start).copied().unwrap_or(len)
    };
    let end = starts.get(range.end).copied().unwrap_or(len);
    Some(Span::new(start, end.max(start)))
}

/// Gives the whole of a wordless side to the first op (an insert or delete becomes a replace).
fn attach_wordless(ops: &mut [DiffOp], span: Option<Span>, side_a: bool) {
    let (Some(first), Some(span)) = (ops.first_mut(), span) else {
        return;
    };
    if side_a {
        first.a = Some(span);
    } else {
        first.b = Some(span);
    }
    if matches!(first.tag, DiffTag::Insert | DiffTag::Delete) {
        first.tag = DiffTag::Replace;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each side's spans, in op order, tile its text exactly.
    fn assert_covers(a: &str, b: &str, ops: &[DiffOp]) {
        for (text, spans) in [
            (a, ops.iter().filter_map(|o| o.a).collect::<Vec<_>>()),
            (b, ops.iter().filter_map(|o| o.b).collect::<Vec<_>>()),
        ] {
            let mut at = 0;
            for s in &spans {
                assert_eq!(s.start, at, "gap or overlap in {text:?}: {ops:?}");
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                at = s.end;
            }
            assert_eq!(at, text.len(), "{text:?} not covered: {ops:?}");
        }
    }

    /// (tag, a text, b text) per op.
    fn render<'t>(a: &'t str, b: &'t str, ops: &[DiffOp]) -> Vec<(DiffTag, &'t str, &'t str)> {
        ops.iter()
            .map(|o| {
                (
                    o.tag,
                    o.a.map_or("", |s| s.slice(a)),
                    o.b.map_or("", |s| s.slice(b)),
                )
            })
            .collect()
    }

    fn check(a: &str, b: &str) -> Vec<(DiffTag, String, String)> {
        let ops = diff(a, b);
        assert_covers(a, b, &ops);
        render(a, b, &ops)
            .into_iter()
            .map(|(t, x, y)| (t, x.to_owned(), y.to_owned()))
            .collect()
    }

    #[test]
    fn identical_strings_are_one_equal_op() {
        let s = "Putin and Kim spoke by phone on Tuesday.";
        assert_eq!(check(s, s), vec![(DiffTag::Equal, s.into(), s.into())]);
    }

    #[test]
    fn empty_strings() {
        assert!(diff("", "").is_empty());
        assert_eq!(
            check("", "Kim spoke."),
            vec![(DiffTag::Insert, "".into(), "Kim spoke.".into())]
        );
        assert_eq!(
            check("Kim spoke.", ""),
            vec![(DiffTag::Delete, "Kim spoke.".into(), "".into())]
        );
        let ops = diff("", "   ");
        assert_eq!(ops.len(), 1);
        assert!(!ops[0].is_change());
        assert_eq!(ops[0].a, None);
    }

    #[test]
    fn punctuation_and_white_space_are_not_changes() {
        for (a, b) in [
            ("Hello, world.", "Hello world!"),
            ("Kim  spoke\nto Putin", "Kim spoke to Putin"),
            ("“We will win,” he said.", "\"We will win\" he said"),
            ("Kim — in turn — pledged", "Kim - in turn - pledged"),
            ("...", "!!"),
        ] {
            let ops = check(a, b);
            assert!(
                ops.iter().all(|o| o.0 == DiffTag::Equal),
                "{a:?} {b:?}: {ops:?}"
            );
        }
    }

    #[test]
    fn normalised_forms_are_equal() {
        let ops = check(
            "North Korea will send 5,000 WORKERS",
            "north korea will send 5000 workers",
        );
        assert_eq!(ops.len(), 1, "{ops:?}");
        assert_eq!(ops[0].0, DiffTag::Equal);
    }

    #[test]
    fn changed_number_is_a_replace_with_its_own_span() {
        let a = "At least 14 people were injured.";
        let b = "At least 17 people were injured.";
        assert_eq!(
            check(a, b),
            vec![
                (DiffTag::Equal, "At least ".into(), "At least ".into()),
                (DiffTag::Replace, "14 ".into(), "17 ".into()),
                (
                    DiffTag::Equal,
                    "people were injured.".into(),
                    "people were injured.".into()
                ),
            ]
        );
    }

    #[test]
    fn insertions_and_deletions() {
        let a = "The ship struck the bridge on Saturday.";
        let b = "The grain ship struck the bridge.";
        let ops = check(a, b);
        assert_eq!(
            ops,
            vec![
                (DiffTag::Equal, "The ".into(), "The ".into()),
                (DiffTag::Insert, "".into(), "grain ".into()),
                (
                    DiffTag::Equal,
                    "ship struck the bridge ".into(),
                    "ship struck the bridge.".into()
                ),
                (DiffTag::Delete, "on Saturday.".into(), "".into()),
            ]
        );
    }

    #[test]
    fn leading_punctuation_is_covered() {
        let ops = check("“Kim spoke", "(Putin spoke)");
        assert_eq!(ops[0].0, DiffTag::Replace);
        assert_eq!(ops[0].1, "“Kim ");
        assert_eq!(ops[0].2, "(Putin ");
    }

    #[test]
    fn unicode_text() {
        let a = "Tomás Reyes a vu le navire à 21 h — «incroyable».";
        let b = "Tomás Reyes a vu le bateau à 21 h — «incroyable» 🚢";
        let ops = check(a, b);
        assert!(
            ops.iter()
                .any(|o| o.0 == DiffTag::Replace && o.1 == "navire " && o.2 == "bateau ")
        );
        check("日本語のテキスト", "日本語のテキスト。");
        check("", "🚢🚢");
        check("ß", "SS");
    }

    #[test]
    fn wordless_side_against_words() {
        assert_eq!(
            check("...", "Kim spoke."),
            vec![(DiffTag::Replace, "...".into(), "Kim spoke.".into())]
        );
        assert_eq!(
            check("Kim spoke.", " — "),
            vec![(DiffTag::Replace, "Kim spoke.".into(), " — ".into())]
        );
    }

    #[test]
    fn serialises_tags_in_lower_case() {
        let ops = diff("a b", "a c");
        let json = serde_json::to_string(&ops).unwrap_or_default();
        assert!(
            json.contains("\"replace\"") && json.contains("\"equal\""),
            "{json}"
        );
    }

    proptest::proptest! {
        #[test]
        fn any_texts_are_covered_without_panic(a in "\\PC{0,40}", b in "\\PC{0,40}") {
            assert_covers(&a, &b, &diff(&a, &b));
        }

        #[test]
        fn a_text_against_itself_has_no_change(a in "\\PC{0,60}") {
            proptest::prop_assert!(diff(&a, &a).iter().all(|o| !o.is_change()));
        }
    }
}
