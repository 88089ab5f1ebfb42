//! Natural order of names: runs of ASCII digits compare as numbers, so `13_2` comes before
//! `13_10` and `page9` before `page10`; everything else compares character by character. Ties
//! (`07` and `7`) fall back to plain byte order, so the order is total and deterministic.

use std::cmp::Ordering;
use std::path::Path;

/// Compares two strings in natural order.
pub fn cmp(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a, b);
    loop {
        match (x.chars().next(), y.chars().next()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(p), Some(q)) if p.is_ascii_digit() && q.is_ascii_digit() => {
                let (dx, rx) = split_digits(x);
                let (dy, ry) = split_digits(y);
                let (nx, ny) = (dx.trim_start_matches('0'), dy.trim_start_matches('0'));
                let by_value = nx.len().cmp(&ny.len()).then_with(|| nx.cmp(ny));
                if by_value != Ordering::Equal {
                    return by_value;
                }
                (x, y) = (rx, ry);
            }
            (Some(p), Some(q)) => {
                if p != q {
                    return p.cmp(&q);
                }
                (x, y) = (&x[p.len_utf8()..], &y[q.len_utf8()..]);
            }
        }
    }
}

fn split_digits(s: &str) -> (&str, &str) {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    s.split_at(end)
}

/// Compares two paths in natural order, component by component.
pub fn cmp_paths(a: &Path, b: &Path) -> Ordering {
    let mut ca = a.components();
    let mut cb = b.components();
    loop {
        match (ca.next(), cb.next()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(p), Some(q)) => {
                let o = cmp(
                    &p.as_os_str().to_string_lossy(),
                    &q.as_os_str().to_string_lossy(),
                );
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_compare_by_value() {
        let mut v = vec!["13_10ecb.txt", "13_2ecb.txt", "13_1ecb.txt", "13_9ecb.txt"];
        v.sort_by(|a, b| cmp(a, b));
        assert_eq!(
            v,
            ["13_1ecb.txt", "13_2ecb.txt", "13_9ecb.txt", "13_10ecb.txt"]
        );
        assert_eq!(cmp("a", "b"), Ordering::Less);
        assert_eq!(cmp("a10", "a9b"), Ordering::Greater);
        assert_eq!(cmp("x", "x1"), Ordering::Less);
        // Equal in value, still a total order.
        assert_ne!(cmp("a07", "a7"), Ordering::Equal);
        assert_eq!(cmp("a07", "a7"), "a07".cmp("a7"));
    }

    #[test]
    fn paths_compare_by_component() {
        let a = Path::new("d/2_ecb/x.txt");
        let b = Path::new("d/10_ecb/a.txt");
        assert_eq!(cmp_paths(a, b), Ordering::Less);
        assert_eq!(cmp_paths(b, a), Ordering::Greater);
        assert_eq!(cmp_paths(a, a), Ordering::Equal);
    }
}
