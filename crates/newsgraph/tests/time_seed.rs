//! The seed article's time expressions (published 2020-09-27), through the whole pipeline.

use newsgraph::{Extractor, ReferenceKind, TimeType};

fn seed_times() -> Vec<(String, TimeType, String)> {
    let doc = Extractor::new().extract(&newsgraph::seed()).unwrap();
    doc.times
        .iter()
        .map(|t| (t.text.clone(), t.kind, t.value.clone()))
        .collect()
}

fn value_of(times: &[(String, TimeType, String)], text: &str) -> String {
    times
        .iter()
        .find(|t| t.0 == text)
        .unwrap_or_else(|| panic!("no time {text:?} in {times:?}"))
        .2
        .clone()
}

#[test]
fn seed_times_have_the_expected_values() {
    let times = seed_times();
    assert_eq!(value_of(&times, "Saturday"), "2020-09-26");
    assert_eq!(value_of(&times, "January"), "2020-01");
    assert_eq!(value_of(&times, "recent months"), "PAST_REF");
    assert_eq!(value_of(&times, "July"), "2020-07");
    assert_eq!(value_of(&times, "earlier in the summer"), "2020-SU");
    assert_eq!(value_of(&times, "Earlier this month"), "2020-09");
    assert_eq!(value_of(&times, "2018"), "2018");
    assert!(times.iter().all(|t| t.1 == TimeType::Date), "{times:?}");
}

#[test]
fn at_the_time_refers_back_to_earlier_this_month() {
    let doc = Extractor::new().extract(&newsgraph::seed()).unwrap();
    let at = doc.times.iter().find(|t| t.text == "the time").unwrap();
    let earlier = doc
        .times
        .iter()
        .find(|t| t.text == "Earlier this month")
        .unwrap();
    let r = at.reference.as_ref().unwrap();
    assert_eq!(r.kind, ReferenceKind::Time);
    assert_eq!(r.id.as_deref(), Some(earlier.id.as_str()));
    assert_eq!(at.value, "2020-09");
}

#[test]
fn seed_times_point_at_their_text() {
    let doc = Extractor::new().extract(&newsgraph::seed()).unwrap();
    doc.validate().unwrap();
    let chars: Vec<char> = doc.text.chars().collect();
    for t in &doc.times {
        let s: String = chars[t.start..t.end].iter().collect();
        assert_eq!(s, t.text);
    }
}

#[test]
fn without_a_date_the_seed_stays_unresolved() {
    let mut a = newsgraph::seed();
    a.published = None;
    let doc = Extractor::new().extract(&a).unwrap();
    let v = |text: &str| {
        doc.times
            .iter()
            .find(|t| t.text == text)
            .unwrap()
            .value
            .clone()
    };
    assert_eq!(v("Saturday"), "XXXX-WXX-6");
    assert_eq!(v("July"), "XXXX-07");
    assert_eq!(v("2018"), "2018");
}
