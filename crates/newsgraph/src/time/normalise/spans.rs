//! Clock times, durations, recurrences and ranges.

use super::*;

/// Reads "6:40 p.m.", "18:00", "noon", "1800" as (hour, minute).
fn clock_time(word: &str) -> Option<(u32, u32)> {
    let w = word.trim();
    match w {
        "noon" | "midday" => return Some((12, 0)),
        "midnight" => return Some((24, 0)),
        _ => {}
    }
    let (num, ampm): (String, Option<bool>) = {
        let digits: String = w
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ':' || *c == '.')
            .collect();
        let rest = w[digits.len()..].trim().replace('.', "");
        let pm = match rest.as_str() {
            "pm" => Some(true),
            "am" => Some(false),
            "" => None,
            _ => return None,
        };
        (digits.trim_end_matches('.').to_string(), pm)
    };
    let (h, m) = if let Some((h, m)) = num.split_once([':', '.']) {
        (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)
    } else if num.len() == 4 {
        (num[..2].parse().ok()?, num[2..].parse().ok()?)
    } else {
        (num.parse().ok()?, 0)
    };
    let h = match ampm {
        Some(true) if (1..12).contains(&h) => h + 12,
        Some(false) if h == 12 => 0,
        Some(_) if !(1..=12).contains(&h) => return None,
        _ => h,
    };
    (h <= 24 && m < 60 && (h < 24 || m == 0)).then_some((h, m))
}

pub(super) fn clock(c: &Candidate, cx: &Context, day: Option<Resolved>) -> Option<Resolved> {
    let (h, m) = clock_time(c.get("word")?)?;
    let zone = c.get("zone").or(c.get("zone2"));
    // UTC is written Z; an offset from it ("GMT +8") or a local zone is left out.
    let z = match zone {
        Some("utc" | "gmt" | "z") if !c.has("offset") => "Z",
        _ => "",
    };
    // The day: the one written with it, else the last day mentioned in this sentence or the
    // one before, else the publication date.
    let (day_value, point, reference) = match day {
        Some(d) => (d.value.clone(), d.point, d.reference),
        None if cx.following_day.is_some() => {
            let pt = cx.following_day;
            (pt.map(|p| p.value()).unwrap_or_default(), pt, Ref::Absolute)
        }
        None => {
            let recent = cx
                .prior
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, p)| p.seg + 1 >= cx.seg)
                .find_map(|(i, p)| match p.resolved.point {
                    Some(pt @ Point::Day(_)) => Some((i, pt)),
                    _ => None,
                });
            match (recent, cx.published) {
                (Some((i, pt)), _) => (pt.value(), Some(pt), Ref::Earlier(i)),
                (None, Some(p)) => (Point::Day(p).value(), Some(Point::Day(p)), Ref::Publication),
                (None, None) => ("XXXX-XX-XX".to_string(), None, Ref::Unresolved),
            }
        }
    };
    // A day that already carries a part of the day ("Saturday night") keeps only its date.
    let date_part = day_value.split('T').next().unwrap_or("");
    Some(Resolved {
        kind: TimeType::Time,
        value: format!("{date_part}T{h:02}:{m:02}{z}"),
        modifier: c
            .get("mod")
            .and_then(|m| lexicon::get().modifiers.get(m).copied()),
        range: None,
        reference,
        point,
    })
}

pub(super) fn year_range(c: &Candidate) -> Option<Resolved> {
    let y1 = year_of(c.get("y1")?)?;
    let t2 = c.get("y2")?;
    let mut y2 = year_of(t2)?;
    if t2.len() == 2 {
        // "2009-10": the second year in the first one's century.
        y2 += y1 - y1.rem_euclid(100);
    }
    if y2 <= y1 {
        return None;
    }
    Some(Resolved {
        kind: TimeType::Duration,
        value: format!("P{}Y", y2 - y1),
        modifier: None,
        range: Some((format!("{y1:04}"), format!("{y2:04}"))),
        reference: Ref::Absolute,
        point: None,
    })
}

/// The difference between two periods of the same size, as a duration value.
fn span_between(a: &Point, b: &Point) -> Option<String> {
    let (fa, fb) = (a.first_day()?, b.first_day()?);
    Some(match (a, b) {
        (Point::Year(x), Point::Year(y)) => format!("P{}Y", y - x),
        (Point::Month(..), Point::Month(..)) => {
            let months = (fb.year() - fa.year()) * 12 + fb.month() as i32 - fa.month() as i32;
            format!("P{months}M")
        }
        (Point::Day(x), Point::Day(y)) => format!("P{}D", (*y - *x).num_days()),
        (Point::Decade(x), Point::Decade(y)) => format!("P{}Y", (y - x) * 10),
        _ => return None,
    })
}

pub(super) fn range(a: &Candidate, b: &Candidate, cx: &Context) -> Option<Resolved> {
    let ra = resolve(a, cx)?;
    let rb = resolve(b, cx)?;
    let value = match (&ra.point, &rb.point) {
        (Some(pa), Some(pb)) => span_between(pa, pb).unwrap_or_else(|| "PXD".into()),
        _ => "PXD".into(),
    };
    if value.starts_with("P-") {
        return None;
    }
    let reference = match (ra.reference, rb.reference) {
        (Ref::Absolute, Ref::Absolute) => Ref::Absolute,
        (Ref::Absolute, r) | (r, _) => r,
    };
    Some(Resolved {
        kind: TimeType::Duration,
        value,
        modifier: None,
        range: Some((ra.value, rb.value)),
        reference,
        point: None,
    })
}

/// Formats a count: 3 -> "3", 2.5 -> "2.5".
fn count(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        let s = format!("{n:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A TIMEX3 duration value: `P3Y`, `PT30M`, `P10Y` for a decade; `PXY` when `n` is unknown.
pub(super) fn duration_value(n: f64, code: &str, multiple: u32, unknown: bool) -> Option<String> {
    let clock = matches!(code, "S" | "H") || code == "MIN";
    let (code, factor) = match code {
        // MEANTIME writes decades and centuries in years; quarters are three months.
        "DE" if !unknown => ("Y", 10.0),
        "CE" if !unknown => ("Y", 100.0),
        "DE" | "CE" => ("Y", 1.0),
        "Q" if !unknown => ("M", 3.0),
        c => (c, 1.0),
    };
    let code = if code == "MIN" { "M" } else { code };
    let t = if clock { "T" } else { "" };
    if unknown {
        return Some(format!("P{t}X{code}"));
    }
    let n = n * factor * f64::from(multiple);
    if !(0.0..=100_000.0).contains(&n) {
        return None;
    }
    Some(format!("P{t}{}{code}", count(n)))
}

/// The duration code of a unit word; minutes are told from months by the clock flag.
fn unit_code(form: &str) -> Option<(&'static str, u32)> {
    let u = lexicon::get().units.get(form)?;
    Some(if u.clock && u.code == "M" {
        ("MIN", u.multiple)
    } else {
        (u.code, u.multiple)
    })
}

pub(super) fn duration(c: &Candidate) -> Option<Resolved> {
    let (code, multiple) = unit_code(c.get("unit")?)?;
    let n = match c.get("num") {
        Some(t) => number(t)?,
        None => None,
    };
    let value = match n {
        Some(n) => {
            let n = n + if c.has("half") { 0.5 } else { 0.0 };
            duration_value(n, code, multiple, false)?
        }
        None => duration_value(0.0, code, multiple, true)?,
    };
    let m = c
        .get("mod")
        .and_then(|m| lexicon::get().modifiers.get(m).copied());
    Some(Resolved::plain(TimeType::Duration, value, Ref::None).with_mod(m))
}

pub(super) fn set(c: &Candidate) -> Option<Resolved> {
    let lex = lexicon::get();
    if let Some(f) = c.get("freq") {
        // The recogniser has made "annual profit" a DURATION; the value is the same.
        return Some(Resolved::plain(
            c.kind,
            (*lex.sets.get(f)?).to_string(),
            Ref::None,
        ));
    }
    if let Some(w) = c.get("weekday") {
        let wd = lex.weekdays.get(table_key(w).as_str())?;
        let v = format!("XXXX-WXX-{wd}");
        let v = match part_code(c) {
            Some(p) => format!("{v}T{p}"),
            None => v,
        };
        return Some(Resolved::plain(TimeType::Set, v, Ref::None));
    }
    if let Some((season, _)) = c.get("season").and_then(|w| lex.seasons.get(w)) {
        return Some(Resolved::plain(
            TimeType::Set,
            format!("XXXX-{}", season.code()),
            Ref::None,
        ));
    }
    let (code, multiple) = unit_code(c.get("unit")?)?;
    // "every two weeks" is every P2W; "twice a week" happens within each P1W.
    let n = match c.get("num") {
        Some(t) if c.rule_name() == "set_every" => number(t)?.unwrap_or(1.0),
        _ => 1.0,
    };
    let v = duration_value(n, code, multiple, false)?;
    Some(Resolved::plain(TimeType::Set, v, Ref::None))
}
