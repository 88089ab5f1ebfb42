//! Tests of number reading: forms, measures and their normalised keys.

use super::*;

fn keys(text: &str) -> Vec<String> {
    mentions(text, 0, &[]).into_iter().map(|m| m.key).collect()
}

#[test]
fn separators_and_words_agree() {
    assert_eq!(keys("They sent 5,000 troops."), vec!["5000"]);
    assert_eq!(keys("They sent 5000 troops."), vec!["5000"]);
    assert_eq!(keys("They sent five thousand troops."), vec!["5000"]);
    assert_eq!(keys("About two hundred and fifty came."), vec!["250"]);
    assert_eq!(keys("Some twenty-five came."), vec!["25"]);
}

#[test]
fn money_percent_ordinal_units() {
    assert_eq!(keys("It cost $2.5 billion."), vec!["2500000000 USD"]);
    assert_eq!(keys("It cost €40 million."), vec!["40000000 EUR"]);
    assert_eq!(keys("It cost 40 million euros."), vec!["40000000 EUR"]);
    assert_eq!(keys("It cost $5m."), vec!["5000000 USD"]);
    assert_eq!(keys("Turnout was 40% or 40 per cent."), vec!["40%", "40%"]);
    assert_eq!(keys("the 80th anniversary"), vec!["80th"]);
    assert_eq!(
        keys("the 190m ship and the 190-metre ship"),
        vec!["190", "190"]
    );
}

#[test]
fn hyphenated_units_count_what_they_measure() {
    let t = "A 61-year-old man, a Sixty-year-old woman and a twenty-five-metre boat.";
    let ms = mentions(t, 0, &[]);
    let got: Vec<(&str, &str, Option<&str>)> = ms
        .iter()
        .map(|m| {
            (
                m.key.as_str(),
                m.surface.as_str(),
                m.counts.last().map(String::as_str),
            )
        })
        .collect();
    let age = crate::text::normalize::word_key("year-old");
    let metre = crate::text::normalize::word_key("metre");
    assert_eq!(
        got,
        vec![
            ("61", "61-year-old", Some(age.as_str())),
            ("60", "Sixty-year-old", Some(age.as_str())),
            ("25", "twenty-five-metre", Some(metre.as_str())),
        ]
    );
    // Small number words stay out, as elsewhere; not units: decades, scores, clock times.
    assert!(keys("a five-year-old, the 1990s-era cars, a 3-1 win, at 10am-ish").is_empty());
}

#[test]
fn what_is_not_a_number_here() {
    assert!(keys("two leaders met for three days").is_empty());
    assert!(keys("At 9:40 on 1/2 of the 1990s track, G7 and COVID-19.").is_empty());
    let skip = [Span::new(10, 14)];
    assert!(mentions("Signed in 2024.", 0, &skip).is_empty());
}

#[test]
fn spans_and_counted_words() {
    let t = "Officials said $2.5 billion in aid and 1,000 sappers arrived.";
    let ms = mentions(t, 0, &[]);
    assert_eq!(ms.len(), 2);
    assert_eq!(&t[ms[0].span.start..ms[0].span.end], "$2.5 billion");
    assert_eq!(ms[1].surface, "1,000");
    assert_eq!(
        ms[1].counts.first(),
        Some(&crate::text::normalize::word_key("sappers"))
    );
}

#[test]
fn counted_words_stop_at_punctuation() {
    let ms = mentions(
        "Elijah Coleman, 21, told jurors. Police said 14 people died.",
        0,
        &[],
    );
    assert_eq!(ms.len(), 2);
    assert!(ms[0].counts.is_empty(), "{:?}", ms[0].counts);
    assert_eq!(
        ms[1].counts.first(),
        Some(&crate::text::normalize::word_key("people"))
    );
}

#[test]
fn identifiers_name_rather_than_count() {
    let t = "He drove east on state Route 52 near Interstate 805. 52 people were hurt.";
    let ms = mentions(t, 0, &[]);
    let got: Vec<(&str, bool)> = ms.iter().map(|m| (m.key.as_str(), m.identifier)).collect();
    assert_eq!(got, vec![("52", true), ("805", true), ("52", false)]);
    assert_eq!(
        ms[0].counts,
        vec![crate::text::normalize::word_key("route")]
    );
    // A capitalised word opening the sentence does not name the number.
    assert!(!mentions("About 40 came.", 0, &[])[0].identifier);
    // A brand glued to digits is not a number.
    assert!(keys("10News in San Diego reported it.").is_empty());
}

#[test]
fn glued_units_are_normalised() {
    let units: Vec<Option<String>> = mentions(
        "a 10-metre dhow, a 10m boat, a 30-foot boat, a 61-year-old man and 40 people",
        0,
        &[],
    )
    .into_iter()
    .map(|m| m.unit)
    .collect();
    let u = |s: &str| Some(s.to_owned());
    assert_eq!(
        units,
        vec![u("metre"), u("metre"), u("foot"), u("year"), None]
    );
}

#[test]
fn clock_times_read_as_one_time() {
    let times = |t: &str| -> Vec<(String, Option<String>)> {
        mentions(t, 0, &[])
            .into_iter()
            .map(|m| (m.key, m.unit))
            .collect()
    };
    let six = vec![("18:00".to_owned(), Some("time".to_owned()))];
    assert_eq!(times("He gave up just after 6 p.m., police said."), six);
    assert_eq!(times("He gave up just after 6: 00 p.m., police said."), six);
    assert_eq!(times("He gave up just after 6:00 pm, police said."), six);
    assert_eq!(times("He gave up just after 6pm."), six);
    assert_eq!(times("shortly after 6 p. m. the day"), six);
    assert_eq!(
        times("at 10:30am"),
        vec![("10:30".to_owned(), Some("time".to_owned()))]
    );
    // A bare clock time, spaced or not, is no number; nor is a spaced fraction.
    assert!(times("with 4: 43 left in the half").is_empty());
    assert!(times("at 16: 12 and 9:40").is_empty());
    assert!(times("served 41 / 2 months").is_empty());
    // A colon after a word still leaves the number.
    assert_eq!(keys("The toll: 14 dead."), vec!["14"]);
    let ms = mentions("after 6: 00 p.m. today", 0, &[]);
    assert_eq!(ms[0].surface, "6: 00 p.m.");
}

#[test]
fn spaced_thousands_in_tokenised_text() {
    assert_eq!(keys("McDermott now has 2, 129 points."), vec!["2129"]);
    assert_eq!(keys("a record of 4, 051 yards"), vec!["4051"]);
    // Not a thousands group: two digits after the comma, or a year.
    assert_eq!(keys("scored 3, 12 times"), vec!["3", "12"]);
}

#[test]
fn spaced_units_and_measures() {
    let ms = mentions(
        "Wasilla is 64 kilometres north; it is about 40 miles away.",
        0,
        &[],
    );
    assert_eq!(ms[0].unit.as_deref(), Some("kilometre"));
    assert_eq!(ms[1].unit.as_deref(), Some("mile"));
    let (a, b) = (ms[0].measure.unwrap(), ms[1].measure.unwrap());
    assert!(same_measure(a, b), "{a:?} {b:?}");
    let far = mentions("about 50 miles north", 0, &[])[0].measure.unwrap();
    assert!(!same_measure(a, far));
    let speed = mentions("at 100 mph or 160 km/h", 0, &[]);
    assert!(same_measure(
        speed[0].measure.unwrap(),
        speed[1].measure.unwrap()
    ));
    assert!(!same_measure(speed[0].measure.unwrap(), a));
    assert!(mentions("40 people", 0, &[])[0].measure.is_none());
}

#[test]
fn four_digit_years_are_marked() {
    let ms = mentions(
        "after hosting the 2007 ceremony, 2,007 fans and 2007 people",
        0,
        &[],
    );
    let flags: Vec<bool> = ms.iter().map(|m| m.year_like).collect();
    assert_eq!(flags, vec![true, false, true]);
    assert!(!mentions("DeGeneres, 55, earned", 0, &[])[0].year_like);
}

#[test]
fn odd_input_does_not_panic() {
    for t in [
        "$",
        "1,",
        ",5",
        "1.2.3",
        "1,00",
        "$%",
        "€",
        "9,999,999,999,999,999,999,999",
    ] {
        let _ = mentions(t, 0, &[]);
    }
}
