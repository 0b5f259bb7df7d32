//! Calendar dates and periods: written dates, weekdays, days named from today, parts of the
//! day, seasons, quarters, fiscal years, decades, centuries and holidays.

use super::*;

pub(super) fn date(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let m = c.get("month").and(month_of(c));
    let d = match c.get("day") {
        Some(t) => Some(ordinal(t)?),
        None => None,
    };
    let y = match (c.get("year"), c.get("yrel")) {
        (Some(t), _) => Some(year_of(t)?),
        // "October of next year"
        (None, Some(r)) => {
            let shift = lexicon::get().rel_pre.get(r)?.shift;
            let Some(p) = cx.published else {
                let m = m?;
                return Some(Resolved::plain(
                    TimeType::Date,
                    format!("XXXX-{m:02}"),
                    Ref::Unresolved,
                ));
            };
            let y = i32::try_from(i64::from(p.year()) + shift).ok()?;
            let m = m.filter(|m| (1..=12).contains(m))?;
            return Some(Resolved::date(Point::Month(y, m), Ref::Publication));
        }
        (None, None) => None,
    };
    let m_ok = |m: u32| (1..=12).contains(&m);
    let out = match (y, m, d) {
        (Some(y), Some(m), Some(d)) => {
            Resolved::date(Point::Day(NaiveDate::from_ymd_opt(y, m, d)?), Ref::Absolute)
        }
        (Some(y), Some(m), None) if m_ok(m) => Resolved::date(Point::Month(y, m), Ref::Absolute),
        (Some(y), None, _) => Resolved::date(Point::Year(y), Ref::Absolute),
        (None, Some(m), Some(d)) => {
            // Check the day exists in some year (29 February does).
            NaiveDate::from_ymd_opt(2000, m, d)?;
            let how = direction(c, cx.tense, Pick::Unknown);
            match recurring(cx, how, |y| {
                NaiveDate::from_ymd_opt(y, m, d).map(Point::Day)
            }) {
                Some((p, r)) => Resolved::date(p, r),
                None => Resolved::plain(
                    TimeType::Date,
                    format!("XXXX-{m:02}-{d:02}"),
                    Ref::Unresolved,
                ),
            }
        }
        (None, Some(m), None) if m_ok(m) => {
            let how = direction(c, cx.tense, Pick::Unknown);
            match recurring(cx, how, |y| Some(Point::Month(y, m))) {
                Some((p, r)) => Resolved::date(p, r),
                None => Resolved::plain(TimeType::Date, format!("XXXX-{m:02}"), Ref::Unresolved),
            }
        }
        _ => return None,
    };
    Some(out.with_mod(modifier(c)).with_part(part_code(c)))
}

fn two_digit_year(y: i32) -> i32 {
    // News rarely dates events more than half a century ahead; "07" is 2007, "98" is 1998.
    if y < 50 {
        2000 + y
    } else {
        1900 + y
    }
}

pub(super) fn numeric(c: &Candidate) -> Option<Resolved> {
    let w = c.get("word")?;
    let day = if w.contains('-') {
        // ISO 8601: 2020-09-26.
        NaiveDate::parse_from_str(w, "%Y-%m-%d").ok()?
    } else {
        let parts: Vec<u32> = w
            .split('/')
            .map(|p| p.parse().ok())
            .collect::<Option<_>>()?;
        let [a, b, y] = parts.as_slice() else {
            return None;
        };
        let y = if *y < 100 {
            two_digit_year(*y as i32)
        } else {
            *y as i32
        };
        // American order (month first) unless the first number cannot be a month.
        let (m, d) = if *a > 12 && *b <= 12 {
            (*b, *a)
        } else {
            (*a, *b)
        };
        NaiveDate::from_ymd_opt(y, m, d)?
    };
    Some(Resolved::date(Point::Day(day), Ref::Absolute))
}

pub(super) fn weekday(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let wd = *lexicon::get()
        .weekdays
        .get(table_key(c.get("weekday")?).as_str())?;
    let rel = rel_pre(c);
    // "the following Monday" counts from the last day mentioned; others from publication.
    let (anchor, reference) = match rel {
        Some(Relative {
            anchor: Anchor::Anaphor,
            ..
        }) => match antecedent(cx, Gran::Day) {
            Some((i, p)) => (p.first_day(), Ref::Earlier(i)),
            None => (cx.published, Ref::Publication),
        },
        _ => (cx.published, Ref::Publication),
    };
    // A bare weekday in news is most often the last one (on or before publication).
    let how = direction(c, cx.tense, Pick::Past);
    let out = match anchor {
        Some(a) => {
            let cands: Vec<Point> = (-8..=8)
                .filter_map(|k| add_days(a, k))
                .filter(|d| d.weekday().number_from_monday() == wd)
                .map(Point::Day)
                .collect();
            Resolved::date(pick(&cands, a, how)?, reference)
        }
        None => Resolved::plain(TimeType::Date, format!("XXXX-WXX-{wd}"), Ref::Unresolved),
    };
    Some(out.with_part(part_code(c)))
}

pub(super) fn deictic(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let (off, part) = *lexicon::get().deictic.get(c.get("word")?)?;
    let part = part_code(c).or(part);
    let out = match cx.published {
        Some(p) => Resolved::date(Point::Day(add_days(p, off)?), Ref::Publication),
        None => unresolved_day(),
    };
    Some(out.with_part(part))
}

pub(super) fn part(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let rel = rel_pre(c)?;
    let (base, reference) = match rel.anchor {
        Anchor::Anaphor => match antecedent(cx, Gran::Day) {
            Some((i, p)) => (p.first_day(), Ref::Earlier(i)),
            None => (cx.published, Ref::Publication),
        },
        _ => (cx.published, Ref::Publication),
    };
    let out = match base {
        Some(d) => Resolved::date(Point::Day(add_days(d, rel.shift)?), reference),
        None => unresolved_day(),
    };
    Some(out.with_part(part_code(c)))
}

pub(super) fn season(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let (s, _) = *lexicon::get().seasons.get(c.get("season")?)?;
    let out = if let Some(y) = c.get("year") {
        Resolved::date(Point::Season(year_of(y)?, s), Ref::Absolute)
    } else {
        let how = direction(c, cx.tense, Pick::Unknown);
        match recurring(cx, how, |y| Some(Point::Season(y, s))) {
            Some((p, r)) => Resolved::date(p, r),
            None => Resolved::plain(
                TimeType::Date,
                format!("XXXX-{}", s.code()),
                Ref::Unresolved,
            ),
        }
    };
    Some(out.with_mod(modifier(c)))
}

pub(super) fn quarter(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let half = c.get("unit") == Some("half") || c.get("word").is_some_and(|w| w.starts_with('h'));
    let n = match (c.get("word"), c.get("ord")) {
        (Some(w), _) => w.trim_start_matches(['q', 'h']).parse().ok()?,
        (None, Some("final" | "last")) => {
            if half {
                2
            } else {
                4
            }
        }
        (None, Some(o)) => ordinal(o)?,
        _ => return None,
    };
    if n == 0 || n > if half { 2 } else { 4 } {
        return None;
    }
    let make = |y: i32| {
        if half {
            Point::Half(y, n)
        } else {
            Point::Quarter(y, n)
        }
    };
    let explicit = c.get("year").or(c.get("year2"));
    let out = if let Some(y) = explicit {
        Resolved::date(make(year_of(y)?), Ref::Absolute)
    } else if let Some(yrel) = c.get("yrel") {
        let shift = lexicon::get().rel_pre.get(yrel)?.shift;
        match cx.published {
            Some(p) => Resolved::date(
                make(i32::try_from(i64::from(p.year()) + shift).ok()?),
                Ref::Publication,
            ),
            None => Resolved::plain(TimeType::Date, unspec_quarter(half, n), Ref::Unresolved),
        }
    } else if c.has("ythe") {
        match cx.published {
            Some(p) => Resolved::date(make(p.year()), Ref::Publication),
            None => Resolved::plain(TimeType::Date, unspec_quarter(half, n), Ref::Unresolved),
        }
    } else {
        let how = direction(c, cx.tense, Pick::Unknown);
        match recurring(cx, how, |y| Some(make(y))) {
            Some((p, r)) => Resolved::date(p, r),
            None => Resolved::plain(TimeType::Date, unspec_quarter(half, n), Ref::Unresolved),
        }
    };
    Some(out.with_mod(modifier(c)))
}

fn unspec_quarter(half: bool, n: u32) -> String {
    format!("XXXX-{}{n}", if half { 'H' } else { 'Q' })
}

pub(super) fn fiscal(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let explicit = match (c.get("word"), c.get("year")) {
        (Some(w), _) => {
            let digits: String = w.chars().filter(char::is_ascii_digit).collect();
            let y: i32 = digits.parse().ok()?;
            Some(if digits.len() == 2 {
                two_digit_year(y)
            } else {
                y
            })
        }
        (None, Some(y)) => Some(year_of(y)?),
        _ => None,
    };
    let out = match explicit {
        Some(y) => Resolved::plain(TimeType::Date, format!("FY{y:04}"), Ref::Absolute),
        None => {
            let shift = rel_pre(c).map_or(0, |r| r.shift);
            match cx.published {
                Some(p) => {
                    let y = i64::from(p.year()) + shift;
                    Resolved::plain(TimeType::Date, format!("FY{y:04}"), Ref::Publication)
                }
                None => Resolved::plain(TimeType::Date, "FYXXXX".into(), Ref::Unresolved),
            }
        }
    };
    Some(out.with_mod(modifier(c)))
}

pub(super) fn decade(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let d = c.get("decade")?;
    const WORDS: [&str; 8] = [
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    ];
    let digits: String = d.chars().filter(char::is_ascii_digit).collect();
    let out = if digits.len() == 4 {
        let y: i32 = digits.parse().ok()?;
        if y % 100 == 0 && y != 2000 {
            // "the 1800s" is the century.
            Resolved::date(Point::Century(y / 100), Ref::Absolute)
        } else {
            Resolved::date(Point::Decade(y / 10), Ref::Absolute)
        }
    } else {
        let tens: i32 = match WORDS.iter().position(|w| *w == d) {
            Some(i) => i as i32 + 2,
            None => digits.get(..1)?.parse().ok()?,
        };
        // "the '90s": the latest such decade that has begun by publication.
        match cx.published {
            Some(p) => {
                let this = 200 + tens;
                let dec = if this * 10 <= p.year() {
                    this
                } else {
                    190 + tens
                };
                Resolved::date(Point::Decade(dec), Ref::Publication)
            }
            None => Resolved::date(Point::Decade(190 + tens), Ref::Absolute),
        }
    };
    Some(out.with_mod(modifier(c)))
}

pub(super) fn century(c: &Candidate) -> Option<Resolved> {
    let n = ordinal(c.get("ord")?)?;
    if !(1..=30).contains(&n) {
        return None;
    }
    // The 20th century is written 19 (the years 1900-1999).
    Some(Resolved::date(Point::Century(n as i32 - 1), Ref::Absolute).with_mod(modifier(c)))
}

fn holiday_day(h: Holiday, y: i32) -> Option<NaiveDate> {
    match h {
        Holiday::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
        Holiday::Nth { month, weekday, n } => nth_weekday(y, month, weekday, n),
        Holiday::Easter(k) => add_days(calendar::easter(y)?, k),
        Holiday::Once(..) => None,
    }
}

pub(super) fn holiday(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let h = *lexicon::get().holidays.get(c.get("word")?)?;
    if let Holiday::Once(y, m, d) = h {
        return Some(Resolved::date(
            Point::Day(NaiveDate::from_ymd_opt(y, m, d)?),
            Ref::Absolute,
        ));
    }
    if let Some(y) = c.get("year") {
        let day = holiday_day(h, year_of(y)?)?;
        return Some(Resolved::date(Point::Day(day), Ref::Absolute));
    }
    let how = direction(c, cx.tense, Pick::Unknown);
    Some(
        match recurring(cx, how, |y| holiday_day(h, y).map(Point::Day)) {
            Some((p, r)) => Resolved::date(p, r),
            None => unresolved_day(),
        },
    )
}
