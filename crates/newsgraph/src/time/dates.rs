//! First and last day of a TIMEX3 value, for the Python `Time.start` / `Time.end`.

use super::calendar::Point;
use chrono::NaiveDate;

/// The first and last day of a DATE value that names a day, ISO week or weekend, month,
/// season, quarter, half year, year, decade or century; `None` for anything underspecified
/// (`XXXX-07`, `PAST_REF`), durations, sets and fiscal years (whose bounds depend on the
/// organisation). A TIME value gives the bounds of its day (`2020-09-26TNI` -> that day).
///
/// Seasons are meteorological: `SP` March-May, `SU` June-August, `FA` September-November, and
/// `WI` December of the previous year to February (`2021-WI` = 2020-12-01 .. 2021-02-28).
/// Decades and centuries follow TIMEX3: `199` = 1990-1999, `19` = 1900-1999.
pub fn value_bounds(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let date = match value.split_once('T') {
        Some((d, _)) if !d.is_empty() => d,
        Some(_) => return None,
        None => value,
    };
    let p = Point::parse(date)?;
    Some((p.first_day()?, p.last_day()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(v: &str) -> Option<(String, String)> {
        value_bounds(v).map(|(a, b)| (a.to_string(), b.to_string()))
    }

    fn pair(a: &str, z: &str) -> Option<(String, String)> {
        Some((a.to_string(), z.to_string()))
    }

    #[test]
    fn bounds_of_each_granularity() {
        assert_eq!(b("2020-09-26"), pair("2020-09-26", "2020-09-26"));
        assert_eq!(b("2020-02"), pair("2020-02-01", "2020-02-29"));
        assert_eq!(b("2020-SU"), pair("2020-06-01", "2020-08-31"));
        assert_eq!(b("2021-WI"), pair("2020-12-01", "2021-02-28"));
        assert_eq!(b("2020-Q3"), pair("2020-07-01", "2020-09-30"));
        assert_eq!(b("2020-H1"), pair("2020-01-01", "2020-06-30"));
        assert_eq!(b("2018"), pair("2018-01-01", "2018-12-31"));
        assert_eq!(b("199"), pair("1990-01-01", "1999-12-31"));
        assert_eq!(b("18"), pair("1800-01-01", "1899-12-31"));
        assert_eq!(b("2020-W38"), pair("2020-09-14", "2020-09-20"));
        assert_eq!(b("2020-W39-WE"), pair("2020-09-26", "2020-09-27"));
        assert_eq!(b("2020-09-26TNI"), pair("2020-09-26", "2020-09-26"));
    }

    #[test]
    fn underspecified_values_have_no_bounds() {
        for v in [
            "XXXX-07",
            "PAST_REF",
            "PRESENT_REF",
            "P3Y",
            "PT30M",
            "FY2020",
            "XXXX-WXX-6",
        ] {
            assert_eq!(value_bounds(v), None, "{v}");
        }
    }
}
