//! The time stage end to end on short texts, one phenomenon per test, against fixed
//! publication dates. Tense is given explicitly where the phenomenon depends on it, so the
//! tests do not depend on the tagger.

use super::*;
use crate::model::{ReferenceKind, TimeType};
use crate::text;
use proptest::prelude::*;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Every time of `t` as (extent, type, value), published on `published`, read in `tense`.
fn run(t: &str, published: Option<&str>, tense: Option<Tense>) -> Vec<Time> {
    let layout = text::analyse(t, None);
    let parse = crate::syntax::parse(t, &layout);
    let mut times = find_with(t, &layout, &parse, published.map(date), tense);
    for x in &mut times {
        x.text = t[x.start..x.end].to_string();
    }
    times
}

/// The single time of `t`: (extent, type, value).
fn one(t: &str, published: &str, tense: Option<Tense>) -> (String, TimeType, String) {
    let times = run(t, Some(published), tense);
    assert_eq!(times.len(), 1, "{t:?}: {times:?}");
    let x = &times[0];
    (x.text.clone(), x.kind, x.value.clone())
}

/// The value of the single time of `t`.
fn value(t: &str, published: &str, tense: Option<Tense>) -> String {
    one(t, published, tense).2
}

const PAST: Option<Tense> = Some(Tense::Past);
const FUTURE: Option<Tense> = Some(Tense::Future);
const UNKNOWN: Option<Tense> = Some(Tense::Unknown);

// --- absolute dates -----------------------------------------------------------------------------

#[test]
fn absolute_dates_in_every_news_form() {
    let p = "2020-09-27";
    assert_eq!(value("It began Sept. 26, 2020.", p, None), "2020-09-26");
    assert_eq!(value("It began 26 September 2020.", p, None), "2020-09-26");
    assert_eq!(value("It began 9/26/2020.", p, None), "2020-09-26");
    assert_eq!(value("It began 2020-09-26.", p, None), "2020-09-26");
    assert_eq!(value("It began in 2020.", p, None), "2020");
    assert_eq!(value("It began in May 2008.", p, None), "2008-05");
    assert_eq!(value("Filed March 01 , 2008 here.", p, None), "2008-03-01");
    assert_eq!(
        value("It began on the 4th of July, 1976.", p, None),
        "1976-07-04"
    );
}

#[test]
fn a_day_without_year_takes_the_year_the_tense_points_to() {
    let p = "2020-09-27";
    assert_eq!(value("It began Sept. 26.", p, PAST), "2020-09-26");
    assert_eq!(value("It begins Sept. 28.", p, FUTURE), "2020-09-28");
    assert_eq!(value("It ended Dec. 30.", "2021-01-10", PAST), "2020-12-30");
    assert_eq!(value("It ends Jan. 3.", "2020-12-20", FUTURE), "2021-01-03");
}

#[test]
fn a_day_far_behind_overrules_a_past_tense() {
    // "November 11" read as past from 5 November would lie 359 days back: news would have
    // given the year, so the nearest one is meant.
    assert_eq!(
        value("It arrives on November 11.", "2005-11-05", PAST),
        "2005-11-11"
    );
}

#[test]
fn numbers_in_names_and_counts_are_not_years() {
    let p = "2020-09-27";
    assert!(run("Whitey MacDonald of Local 1520 said so.", Some(p), None).is_empty());
    assert!(run("A survey of 1709 schoolchildren.", Some(p), None).is_empty());
    assert!(run("Tankers known as KC-30s fly.", Some(p), None).is_empty());
    assert_eq!(value("The 2008 elections were close.", p, None), "2008");
    assert_eq!(value("In the late 1980 's Apple grew.", p, None), "198");
    assert!(run("A selection round that may last months.", Some(p), None).is_empty());
}

#[test]
fn absolute_dates_have_an_absolute_reference() {
    let t = &run("It began Sept. 26, 2020.", Some("2020-09-27"), None)[0];
    assert_eq!(t.reference.as_ref().unwrap().kind, ReferenceKind::Absolute);
}

// --- weekdays ---------------------------------------------------------------------------------

#[test]
fn a_weekday_is_the_last_one_unless_the_tense_looks_ahead() {
    let p = "2020-09-27"; // a Sunday
    assert_eq!(
        value("They spoke in a call Saturday.", p, PAST),
        "2020-09-26"
    );
    assert_eq!(
        value("They spoke in a call Saturday.", p, UNKNOWN),
        "2020-09-26"
    );
    assert_eq!(value("They will speak Saturday.", p, FUTURE), "2020-10-03");
    assert_eq!(value("They spoke on Tuesday.", p, PAST), "2020-09-22");
}

#[test]
fn sunday_published_on_a_sunday_is_that_day() {
    let p = "2020-09-27";
    assert_eq!(value("They met Sunday.", p, PAST), "2020-09-27");
    assert_eq!(value("They meet Sunday.", p, UNKNOWN), "2020-09-27");
    assert_eq!(value("They will meet Sunday.", p, FUTURE), "2020-09-27");
    assert_eq!(value("They met last Sunday.", p, PAST), "2020-09-20");
    assert_eq!(value("They meet next Sunday.", p, UNKNOWN), "2020-10-04");
}

#[test]
fn next_monday_is_the_coming_one() {
    assert_eq!(
        value("They meet next Monday.", "2020-09-27", None),
        "2020-09-28"
    );
    assert_eq!(
        value("They meet next Monday.", "2020-09-23", None),
        "2020-09-28"
    );
}

#[test]
fn a_weekday_with_a_part_of_day_is_a_time() {
    assert_eq!(
        one("Shots were fired Saturday night.", "2020-09-27", PAST),
        (
            "Saturday night".into(),
            TimeType::Time,
            "2020-09-26TNI".into()
        )
    );
}

#[test]
fn names_with_weekdays_are_not_times() {
    assert!(run("He wrote for the Sunday Times.", Some("2020-09-27"), None).is_empty());
    assert!(run("He focused on Super Tuesday.", Some("2020-09-27"), None).is_empty());
    assert!(run("Statues on Easter Island stand.", Some("2020-09-27"), None).is_empty());
}

#[test]
fn until_leaves_the_side_open() {
    // Released on bail till October, read in September: the coming October.
    assert_eq!(
        value(
            "Police released him on bail till October.",
            "2019-09-18",
            None
        ),
        "2019-10"
    );
}

#[test]
fn later_in_a_past_narrative_stays_past() {
    assert_eq!(
        value("Protests escalated later in June.", "2020-07-25", PAST),
        "2020-06"
    );
    assert_eq!(
        value("It will open later in June.", "2020-05-25", FUTURE),
        "2020-06"
    );
}

// --- months and seasons -----------------------------------------------------------------------

#[test]
fn a_month_takes_its_year_from_the_tense() {
    let p = "2020-09-27";
    assert_eq!(
        value("The strike in January killed two.", p, PAST),
        "2020-01"
    );
    assert_eq!(value("He met Trump in July.", p, PAST), "2020-07");
    assert_eq!(value("He will visit in July.", p, FUTURE), "2021-07");
    assert_eq!(
        value("I heard of it back in February.", "2020-10-18", UNKNOWN),
        "2020-02"
    );
    assert_eq!(value("He visits in November.", p, UNKNOWN), "2020-11");
}

#[test]
fn december_published_in_january_is_last_year() {
    assert_eq!(
        value("Talks collapsed in December.", "2021-01-10", PAST),
        "2020-12"
    );
    assert_eq!(
        value("Talks collapse in December.", "2021-01-10", UNKNOWN),
        "2020-12"
    );
    assert_eq!(
        value("Talks will resume in December.", "2021-01-10", FUTURE),
        "2021-12"
    );
}

#[test]
fn last_and_next_month_names() {
    let p = "2020-09-27";
    assert_eq!(value("It began last July.", p, None), "2020-07");
    assert_eq!(value("It began last September.", p, None), "2019-09");
    assert_eq!(value("It begins next July.", p, None), "2021-07");
    // "October" takes its year from "of next year", which is a time of its own.
    let times = run("It begins after October of next year.", Some(p), None);
    let got: Vec<(&str, &str)> = times
        .iter()
        .map(|t| (t.text.as_str(), t.value.as_str()))
        .collect();
    assert_eq!(got, [("October", "2021-10"), ("next year", "2021")]);
}

#[test]
fn seasons_follow_tense_and_earlier_later() {
    let p = "2020-09-27";
    assert_eq!(
        one("He went to Iran earlier in the summer.", p, None),
        (
            "earlier in the summer".into(),
            TimeType::Date,
            "2020-SU".into()
        )
    );
    assert_eq!(
        value("It snowed last winter.", "2023-02-23", None),
        "2022-WI"
    );
    assert_eq!(
        value("It was hot last summer.", "2023-02-23", None),
        "2022-SU"
    );
    assert_eq!(
        value("It will snow this winter.", "2020-12-10", None),
        "2021-WI"
    );
    assert_eq!(
        value("It happened in the summer of 2012.", p, None),
        "2012-SU"
    );
}

// --- relative expressions ---------------------------------------------------------------------

#[test]
fn last_week_is_an_iso_week() {
    assert_eq!(
        value("It rained last week.", "2020-09-27", None),
        "2020-W38"
    );
    assert_eq!(
        value("It rained this week.", "2021-01-01", None),
        "2020-W53"
    );
}

#[test]
fn this_next_last_month_and_year() {
    let p = "2020-09-27";
    assert_eq!(value("It rained this month.", p, None), "2020-09");
    assert_eq!(
        one("Earlier this month, he spoke.", p, None),
        (
            "Earlier this month".into(),
            TimeType::Date,
            "2020-09".into()
        )
    );
    assert_eq!(value("It ends next year.", p, None), "2021");
    assert_eq!(value("It ended last month.", "2021-01-05", None), "2020-12");
    assert_eq!(value("It rose at the end of last year.", p, None), "2019");
}

#[test]
fn days_and_years_ago() {
    assert_eq!(
        value("It began two days ago.", "2020-09-27", None),
        "2020-09-25"
    );
    assert_eq!(
        value("It began three weeks ago.", "2020-09-27", None),
        "2020-W36"
    );
    assert_eq!(value("It began two years ago.", "2006-05-28", None), "2004");
    assert_eq!(
        value("It began a few years ago.", "2006-05-28", None),
        "PAST_REF"
    );
}

#[test]
fn leap_days() {
    assert_eq!(value("It began Feb. 29.", "2020-03-05", PAST), "2020-02-29");
    assert_eq!(value("It began Feb. 29.", "2021-03-01", PAST), "2020-02-29");
    assert_eq!(value("It began a year ago.", "2021-02-28", None), "2020");
    assert_eq!(
        value("It began 365 days ago.", "2021-02-28", None),
        "2020-02-29"
    );
    assert_eq!(
        value("It began Feb. 29, 2020.", "2021-03-01", None),
        "2020-02-29"
    );
    assert!(run("It began Feb. 29, 2021.", Some("2021-03-01"), None).is_empty());
}

#[test]
fn today_yesterday_tonight() {
    let p = "2020-09-27";
    assert_eq!(value("It rained yesterday.", p, None), "2020-09-26");
    assert_eq!(value("It rains today.", p, None), "2020-09-27");
    assert_eq!(
        one("It will rain tonight.", p, None),
        ("tonight".into(), TimeType::Time, "2020-09-27TNI".into())
    );
    assert_eq!(value("It rained last night.", p, None), "2020-09-26TNI");
}

#[test]
fn vague_references() {
    let p = "2020-09-27";
    assert_eq!(
        one("Attacks increased in recent months.", p, None),
        ("recent months".into(), TimeType::Date, "PAST_REF".into())
    );
    assert_eq!(value("He recently left.", p, None), "PAST_REF");
    assert_eq!(value("He is now in Paris.", p, None), "PRESENT_REF");
    assert_eq!(value("He is currently in Paris.", p, None), "PRESENT_REF");
    assert_eq!(value("He will leave soon.", p, None), "FUTURE_REF");
    assert!(run("He left soon after taking office.", Some(p), None).is_empty());
    assert!(run("The now-defunct firm.", Some(p), None).is_empty());
}

#[test]
fn at_the_time_refers_to_the_last_date() {
    let times = run(
        "Earlier this month, he spoke. He said at the time it was done.",
        Some("2020-09-27"),
        None,
    );
    assert_eq!(times.len(), 2);
    assert_eq!(times[1].text, "the time");
    assert_eq!(times[1].value, "2020-09");
    let r = times[1].reference.as_ref().unwrap();
    assert_eq!((r.kind, r.id.as_deref()), (ReferenceKind::Time, Some("t1")));
}

#[test]
fn the_next_day_counts_from_the_last_day_mentioned() {
    let times = run(
        "The talks began on March 3. They ended the next day.",
        Some("2020-09-27"),
        Some(Tense::Past),
    );
    assert_eq!(times[1].value, "2020-03-04");
    assert_eq!(
        times[1].reference.as_ref().unwrap().kind,
        ReferenceKind::Time
    );
    let times = run(
        "The talks began in 2008. A year later they ended.",
        Some("2020-09-27"),
        None,
    );
    assert_eq!(times[1].value, "2009");
}

// --- decades, centuries, quarters, fiscal years, holidays --------------------------------------

#[test]
fn decades_and_centuries() {
    let p = "2020-09-27";
    assert_eq!(value("It began in the 1990s.", p, None), "199");
    assert_eq!(value("It began in the '90s.", p, None), "199");
    assert_eq!(value("It was big in the sixties.", p, None), "196");
    assert_eq!(value("It began in the 19th century.", p, None), "18");
    assert_eq!(value("It began in the twentieth century.", p, None), "19");
    assert_eq!(value("It began in the 1800s.", p, None), "18");
    assert!(run("They are in their 70s.", Some(p), None).is_empty());
}

#[test]
fn quarters_and_halves() {
    let p = "2020-09-27";
    assert_eq!(
        value("Profit rose in the third quarter.", p, PAST),
        "2020-Q3"
    );
    assert_eq!(
        value("Profit rose in the third-quarter report.", p, PAST),
        "2020-Q3"
    );
    assert_eq!(
        value("Profit rose in the first quarter of 2009.", p, None),
        "2009-Q1"
    );
    assert_eq!(
        value("Profit rose in the first quarter of last year.", p, None),
        "2019-Q1"
    );
    assert_eq!(
        value("Profit rose in the last quarter.", p, None),
        "2020-Q2"
    );
    assert_eq!(value("Profit rose in the first half.", p, PAST), "2020-H1");
    assert_eq!(value("Profit rose in Q3 2019.", p, None), "2019-Q3");
    assert_eq!(value("Profit rose in H1 2019.", p, None), "2019-H1");
    assert!(run("A quarter of the vote.", Some(p), None).is_empty());
}

#[test]
fn fiscal_years() {
    let p = "2020-09-27";
    assert_eq!(value("Sales fell in fiscal 2020.", p, None), "FY2020");
    assert_eq!(value("Sales fell in FY2020.", p, None), "FY2020");
    assert_eq!(value("Sales fell in FY20.", p, None), "FY2020");
    assert_eq!(
        value("Sales fell in the last fiscal year.", p, None),
        "FY2019"
    );
    assert!(run("Fiscal policy matters.", Some(p), None).is_empty());
}

#[test]
fn holidays() {
    assert_eq!(
        value("Sales rose at Christmas.", "2007-01-18", PAST),
        "2006-12-25"
    );
    assert_eq!(
        value("They met on Thanksgiving 2020.", "2021-01-18", None),
        "2020-11-26"
    );
    assert_eq!(
        value("They meet at Easter.", "2024-01-18", FUTURE),
        "2024-03-31"
    );
}

#[test]
fn early_mid_late_add_a_modifier() {
    let t = &run("It began in early 2009.", Some("2020-09-27"), None)[0];
    assert_eq!(
        (t.value.as_str(), t.modifier.as_deref()),
        ("2009", Some("START"))
    );
    let t = &run("It ends in late September.", Some("2020-09-27"), None)[0];
    assert_eq!(
        (t.value.as_str(), t.modifier.as_deref()),
        ("2020-09", Some("END"))
    );
}

// --- times of day ----------------------------------------------------------------------------

#[test]
fn clock_times_take_their_day() {
    let p = "2009-06-01";
    assert_eq!(
        value("It begins at 12:00 UTC Monday.", p, None),
        "2009-06-01T12:00Z"
    );
    assert_eq!(value("It began at 6:40 p.m.", p, None), "2009-06-01T18:40");
    assert_eq!(value("It began at noon.", p, None), "2009-06-01T12:00");
    let times = run("It began at 16:15 UTC, June 1st.", Some("2009-06-04"), PAST);
    assert_eq!(times[0].value, "2009-06-01T16:15Z");
    let times = run("It ended (2100 UTC) on Tuesday.", Some("2020-01-10"), PAST);
    assert_eq!(times[0].value, "2020-01-07T21:00Z");
}

// --- durations and sets -----------------------------------------------------------------------

#[test]
fn durations() {
    let p = "2020-09-27";
    assert_eq!(
        one("He ruled for three years.", p, None),
        ("three years".into(), TimeType::Duration, "P3Y".into())
    );
    assert_eq!(value("It took 18 months.", p, None), "P18M");
    assert_eq!(value("It took thirty minutes.", p, None), "PT30M");
    assert_eq!(value("It took two and a half years.", p, None), "P2.5Y");
    assert_eq!(value("It took a decade.", p, None), "P10Y");
    assert_eq!(value("It was a five-year plan.", p, None), "P5Y");
    assert_eq!(value("It took several years.", p, None), "PXY");
    assert_eq!(value("It grew over the past week.", p, None), "P1W");
    let t = &run("It took almost two years.", Some(p), None)[0];
    assert_eq!(t.modifier.as_deref(), Some("LESS_THAN"));
    assert_eq!(
        one("Five years after its launch, it won.", p, None).1,
        TimeType::Duration
    );
}

#[test]
fn sets() {
    let p = "2020-09-27";
    assert_eq!(
        one("They meet every week.", p, None),
        ("every week".into(), TimeType::Set, "P1W".into())
    );
    assert_eq!(value("They meet every two years.", p, None), "P2Y");
    assert_eq!(value("It is an annual event.", p, None), "P1Y");
    assert_eq!(
        one("GM posted its first annual loss.", p, None),
        ("annual".into(), TimeType::Duration, "P1Y".into())
    );
    assert_eq!(value("They meet every Monday.", p, None), "XXXX-WXX-1");
    assert_eq!(value("They meet every summer.", p, None), "XXXX-SU");
    assert!(run("He went home for a summer.", Some(p), None).is_empty());
    assert_eq!(value("It pays 15 a year.", p, None), "P1Y");
    assert!(run("He writes for the Daily Mail.", Some(p), None).is_empty());
    assert!(run("The China Daily newspaper said so.", Some(p), None).is_empty());
    assert_eq!(value("They meet twice a week.", p, None), "P1W");
}

#[test]
fn ranges() {
    let times = run("It ran from 2018 to 2020.", Some("2020-09-27"), None);
    let values: Vec<(&str, &str)> = times
        .iter()
        .map(|t| (t.text.as_str(), t.value.as_str()))
        .collect();
    assert_eq!(
        values,
        [
            ("from 2018 to 2020", "P2Y"),
            ("2018", "2018"),
            ("2020", "2020")
        ]
    );
    assert_eq!(times[0].kind, TimeType::Duration);
    assert_eq!(times[0].range, Some(("2018".into(), "2020".into())));
    let t = &run("It ran 2009-11.", Some("2020-09-27"), None)[0];
    assert_eq!(t.range, Some(("2009".into(), "2011".into())));
    let t = &run("It ran from June to August.", Some("2020-09-27"), PAST)[0];
    assert_eq!(t.range, Some(("2020-06".into(), "2020-08".into())));
}

// --- without a publication date ---------------------------------------------------------------

#[test]
fn without_a_publication_date_relative_values_stay_underspecified() {
    let vals =
        |t: &str| -> Vec<String> { run(t, None, None).into_iter().map(|x| x.value).collect() };
    assert_eq!(vals("He met Trump in July."), ["XXXX-07"]);
    assert_eq!(vals("He spoke Saturday."), ["XXXX-WXX-6"]);
    assert_eq!(vals("It rained last week."), ["XXXX-WXX"]);
    assert_eq!(vals("It began two days ago."), ["XXXX-XX-XX"]);
    assert_eq!(vals("It ends next year."), ["XXXX"]);
    assert_eq!(vals("It rained yesterday."), ["XXXX-XX-XX"]);
    assert_eq!(vals("Attacks increased in recent months."), ["PAST_REF"]);
    assert_eq!(vals("It began on Sept. 26."), ["XXXX-09-26"]);
    assert_eq!(vals("It began Sept. 26, 2020."), ["2020-09-26"]);
    let t = &run("He met Trump in July.", None, None)[0];
    assert_eq!(t.reference, None);
}

#[test]
fn ids_are_in_text_order_and_offsets_are_bytes() {
    let t = "Café talks began Saturday and ended in July.";
    let times = run(t, Some("2020-09-27"), PAST);
    let ids: Vec<&str> = times.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["t1", "t2"]);
    assert_eq!(&t[times[0].start..times[0].end], "Saturday");
}

#[test]
fn publication_reference_carries_the_date() {
    let t = &run("It rained yesterday.", Some("2020-09-27"), None)[0];
    let r = t.reference.as_ref().unwrap();
    assert_eq!(
        (r.kind, r.value.as_deref()),
        (ReferenceKind::Publication, Some("2020-09-27"))
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(t in "\\PC{0,200}", days in -800_000i64..800_000) {
        let published = date("2000-01-01").checked_add_signed(chrono::Duration::days(days));
        let layout = text::analyse(&t, None);
        let parse = crate::syntax::parse(&t, &layout);
        let times = find(&t, &layout, &parse, published);
        for x in &times {
            prop_assert!(x.start <= x.end && x.end <= t.len());
            prop_assert!(t.is_char_boundary(x.start) && t.is_char_boundary(x.end));
            let _ = value_bounds(&x.value);
        }
        for i in 0..layout.tokens.len() {
            let _ = governing_time(&t, &layout, &parse, &times, i);
        }
    }

    #[test]
    fn date_words_with_numbers_never_panic(
        words in proptest::collection::vec(prop_oneof![
            Just("May"), Just("Sept."), Just("29"), Just("31"), Just("9999"), Just("0"),
            Just("last"), Just("next"), Just("ago"), Just("years"), Just("day"), Just("the"),
            Just("from"), Just("to"), Just("-"), Just(","), Just("Saturday"), Just("night"),
            Just("99999999999999999999"), Just("1e308"), Just("12:99"), Just("24:00"),
            Just("p.m."), Just("fiscal"), Just("FY99"), Just("Q9"), Just("century"),
            Just("'00s"), Just("between"), Just("and"), Just("at"), Just("time"),
        ], 0..24),
        days in -800_000i64..800_000,
    ) {
        let t = words.join(" ");
        let published = date("2000-01-01").checked_add_signed(chrono::Duration::days(days));
        let layout = text::analyse(&t, None);
        let parse = crate::syntax::parse(&t, &layout);
        let _ = find(&t, &layout, &parse, published);
    }

    #[test]
    fn value_bounds_never_panic(v in "[0-9WXQHSPUFAIE_T:-]{0,14}") {
        if let Some((a, b)) = value_bounds(&v) {
            prop_assert!(a <= b);
        }
    }
}
