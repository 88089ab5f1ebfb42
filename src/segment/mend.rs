//! Mending of detokenised text before it is split into sentences: corpora rebuilt from token
//! files put a space after every full stop and comma, also inside numbers (`a powerful 6. 1
//! quake`, `USB 3. 0`, `$1, 199`, `5, 000 gallons`) and addresses (`http: / /`). Left as they are,
//! `6.` ends a sentence and `1, 199` reads as two numbers.

/// The paragraph with detokenised numbers and URL schemes closed up, or `None` when it has
/// none (the common case: no allocation).
///
/// A decimal is mended when one to three digits, not part of a longer number or word, are
/// followed by `. ` and a digit (`6. 1`, `$27. 5 million`); a four-digit year before a full stop
/// (`in 2010. 2011 was`) is a sentence end and stays. A thousands group is mended when one to
/// three digits are followed by `, ` and exactly three digits that end the number (`5, 000`,
/// `$1, 199`, `1, 000, 000`), unless a month name comes before (`March 5, 200 people`).
pub(super) fn mend(para: &str) -> Option<String> {
    let bytes = para.as_bytes();
    let mut cuts: Vec<usize> = Vec::new(); // byte offsets of spaces to remove
    let mut i = 1;
    while i + 2 < bytes.len() {
        let sep = bytes[i];
        if (sep == b'.' || sep == b',')
            && bytes[i + 1] == b' '
            && bytes[i - 1].is_ascii_digit()
            && bytes[i + 2].is_ascii_digit()
            && mends_at(para, i, sep == b',', &cuts)
        {
            cuts.push(i + 1);
        }
        i += 1;
    }
    let scheme = para.contains(": / /");
    if cuts.is_empty() && !scheme {
        return None;
    }
    let mut out = String::with_capacity(para.len());
    let mut last = 0;
    for &c in &cuts {
        out.push_str(para.get(last..c)?);
        last = c + 1;
    }
    out.push_str(para.get(last..)?);
    if scheme {
        for s in ["http", "https", "ftp"] {
            out = out.replace(&format!("{s}: / /"), &format!("{s}://"));
        }
    }
    Some(out)
}

/// Whether the separator at byte `i` (`.` or `,` followed by a space) sits inside a number.
/// `cuts` are the spaces already removed before it (a mended group may precede: `1, 000, 000`).
fn mends_at(para: &str, i: usize, comma: bool, cuts: &[usize]) -> bool {
    let bytes = para.as_bytes();
    // The digit run before the separator.
    let mut start = i;
    while start > 0 && bytes[start - 1].is_ascii_digit() {
        start -= 1;
    }
    let left = i - start;
    if !(1..=3).contains(&left) {
        return false;
    }
    let before = start.checked_sub(1).map(|b| bytes[b]);
    // Part of a word (`A1`) or of a longer number (`1.5. 2`); a group after a mended comma
    // (`1, 000, 000`) continues the same number.
    let after_mended_group =
        comma && before == Some(b' ') && start >= 2 && cuts.contains(&(start - 1));
    if !after_mended_group
        && before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b',')
    {
        return false;
    }
    // The digit run after it.
    let mut end = i + 2;
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        end += 1;
    }
    let right = end - (i + 2);
    let next = bytes.get(end).copied();
    if comma {
        // Exactly one thousands group, and no month before the day (`March 5, 200`).
        if right != 3 || next.is_some_and(|b| b.is_ascii_alphanumeric()) {
            return false;
        }
        let word_before = para
            .get(..start)
            .unwrap_or("")
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .trim_end_matches('.')
            .to_lowercase();
        let calendar = &crate::text::calendar::month_named;
        return calendar(&word_before).is_none()
            && crate::text::calendar::month_abbreviated(&word_before).is_none();
    }
    (1..=3).contains(&right)
}

#[cfg(test)]
mod tests {
    use super::mend;

    fn m(s: &str) -> String {
        mend(s).unwrap_or_else(|| s.to_owned())
    }

    #[test]
    fn decimals_and_groups_close_up() {
        assert_eq!(m("A strong 5. 8 tremor hit."), "A strong 5.8 tremor hit.");
        assert_eq!(
            m("The fee rose to $12. 75 a month."),
            "The fee rose to $12.75 a month."
        );
        assert_eq!(m("Version 2. 0 ships today."), "Version 2.0 ships today.");
        assert_eq!(m("Some 7, 500 fans came."), "Some 7,500 fans came.");
        assert_eq!(
            m("It cost $2, 499, 000 in all."),
            "It cost $2,499,000 in all."
        );
        assert_eq!(
            m("See http: / /example.org now."),
            "See http://example.org now."
        );
    }

    #[test]
    fn sentence_ends_and_lists_stay() {
        for s in [
            "The plant opened in 1998. 2004 was its best year.",
            "On June 3, 400 workers walked out.",
            "They won 3, 2 and 1 medals.",
            "Flight A3. 5 was late.",
            "He is 6. He likes trains.",
            "Nothing to mend here.",
        ] {
            assert_eq!(mend(s), None, "{s}");
        }
    }
}
