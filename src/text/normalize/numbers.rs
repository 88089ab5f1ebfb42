//! Number forms: digits with separators (`5,000`), decimals (`2.5`), ordinals (`80th`), number
//! words (`one`…`ninety`) and scale words (`hundred`, `thousand`, `million`, `billion`), read as
//! values so that `5,000` = `5000` = `five thousand` and `2.5 million` = `2500000`.

/// Value of a small number word (`zero`…`ninety`, and compounds like `twenty-five`), if it is one.
pub fn small_word(lower: &str) -> Option<f64> {
    const UNITS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = UNITS.iter().position(|w| *w == lower) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|w| *w == lower) {
        return Some((i as f64 + 2.0) * 10.0);
    }
    // twenty-five
    let (tens, unit) = lower.split_once('-')?;
    let t = TENS.iter().position(|w| *w == tens)?;
    let u = UNITS.get(1..10)?.iter().position(|w| *w == unit)?;
    Some((t as f64 + 2.0) * 10.0 + u as f64 + 1.0)
}

/// Multiplier of a scale word (`hundred` → 100, `million`/`mln`/`m` after digits…), if it is one.
pub fn scale_word(lower: &str) -> Option<f64> {
    match lower {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "mln" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

/// Value of a digit token: `5,000` → 5000, `2.5` → 2.5, `80th` → 80, `5m` → 5 000 000.
/// `None` for tokens that are not plain numbers (`1990s`, `mh17`, `10am`).
pub fn digits(lower: &str) -> Option<f64> {
    // Suffixes come off the end only, so the first character stays and must be part of a
    // plain number.
    if !lower.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    digits_read(lower)
}

/// [`digits`] without its quick test of the first character.
fn digits_read(lower: &str) -> Option<f64> {
    let mut body = lower;
    for suffix in ["st", "nd", "rd", "th"] {
        if let Some(b) = body.strip_suffix(suffix)
            && b.chars().last().is_some_and(|c| c.is_ascii_digit())
        {
            body = b;
            break;
        }
    }
    let mut scale = 1.0;
    for (suffix, mult) in [("bn", 1e9), ("m", 1e6), ("k", 1e3)] {
        if let Some(b) = body.strip_suffix(suffix)
            && b.chars().last().is_some_and(|c| c.is_ascii_digit())
        {
            body = b;
            scale = mult;
            break;
        }
    }
    let plain: String = body.chars().filter(|&c| c != ',').collect();
    if plain.is_empty() || !plain.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    plain.parse::<f64>().ok().map(|v| v * scale)
}

/// Canonical text of a value: integers without a decimal point, others trimmed (`2.5`).
pub fn format_value(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e18 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// Folds a run of number parts (values and scale words, in order) into one value:
/// `[2.5, ×1e6]` → 2 500 000, `[20, 5]` → 25, `[3, ×100, 20]` → 320.
#[derive(Debug, Default)]
pub struct Accumulator {
    total: f64,
    current: f64,
    parts: usize,
}

impl Accumulator {
    /// Adds a plain value (`five`, `2.5`, `20`).
    pub fn value(&mut self, v: f64) {
        self.current += v;
        self.parts += 1;
    }

    /// Applies a scale word. Returns false (and changes nothing) when there is no value before it.
    pub fn scale(&mut self, mult: f64) -> bool {
        if self.parts == 0 {
            return false;
        }
        if mult < 1e3 {
            self.current *= mult;
        } else {
            self.total += self.current * mult;
            self.current = 0.0;
        }
        self.parts += 1;
        true
    }

    /// True when nothing was added.
    pub fn is_empty(&self) -> bool {
        self.parts == 0
    }

    /// The value read so far.
    pub fn result(&self) -> f64 {
        self.total + self.current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_forms() {
        assert_eq!(digits("5,000"), Some(5000.0));
        assert_eq!(digits("2.5"), Some(2.5));
        assert_eq!(digits("80th"), Some(80.0));
        assert_eq!(digits("1st"), Some(1.0));
        assert_eq!(digits("5m"), Some(5e6));
        assert_eq!(digits("1990s"), None);
        assert_eq!(digits("10am"), None);
        assert_eq!(format_value(5000.0), "5000");
        assert_eq!(format_value(2.5), "2.5");
    }

    proptest::proptest! {
        /// The quick test of the first character never turns away a number.
        #[test]
        fn first_character_test_changes_nothing(s in "[0-9.,a-z ]{0,6}(st|nd|rd|th|m|bn|k)?") {
            proptest::prop_assert_eq!(digits(&s), digits_read(&s));
        }
    }

    #[test]
    fn words_fold() {
        let mut acc = Accumulator::default();
        acc.value(2.5);
        assert!(acc.scale(1e6));
        assert_eq!(acc.result(), 2.5e6);
        let mut acc = Accumulator::default();
        acc.value(3.0);
        acc.scale(100.0);
        acc.value(20.0);
        acc.value(1.0);
        assert_eq!(acc.result(), 321.0);
        assert!(!Accumulator::default().scale(1e3));
        assert_eq!(small_word("forty"), Some(40.0));
        assert_eq!(small_word("fourty"), None);
    }
}
