//! Turning a recognised expression into a TIMEX3 value against the publication date.
//!
//! Each rule names its normaliser; the normaliser reads the match's named groups. Absolute
//! dates keep their value; everything else is placed relative to an anchor: the publication
//! date, or (for "the next day", "at the time", a clock time with no day) the last date
//! mentioned before it. Which occurrence a bare "Saturday" or "in July" means follows the
//! clause's tense (see [`Pick`]). Without a publication date relative expressions stay
//! underspecified (`XXXX-07`, `XXXX-WXX-6`, `PAST_REF`); nothing reads the clock.

use super::calendar::{self, add_days, nth_weekday, pick, Gran, Pick, Point};
use super::lexicon::{self, Anchor, Holiday, Normaliser, Relative};
use super::recognise::{table_key, Candidate, Shape};
use super::tense::Tense;
use crate::model::TimeType;
use chrono::{Datelike, NaiveDate};

/// What a value was resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref {
    /// Nothing: the expression is absolute (or a duration or set, which need no anchor).
    Absolute,
    /// The publication date.
    Publication,
    /// An earlier time expression (index into the times found so far).
    Earlier(usize),
    /// Relative, but there was nothing to resolve it against.
    Unresolved,
    /// A duration or set: no anchor.
    None,
}

/// A normalised time expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// TIMEX3 type.
    pub kind: TimeType,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 mod.
    pub modifier: Option<&'static str>,
    /// For ranges: first and last values.
    pub range: Option<(String, String)>,
    /// What it was resolved against.
    pub reference: Ref,
    /// The calendar period it names (for a time of day, its day), for later anaphora.
    pub point: Option<Point>,
}

/// A time found earlier in the document, as later expressions may refer to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Prior {
    /// Index of the segment it was found in.
    pub seg: usize,
    /// Its normalised form.
    pub resolved: Resolved,
}

/// Everything a normaliser may consult besides the match.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The publication date.
    pub published: Option<NaiveDate>,
    /// Tense of the clause.
    pub tense: Tense,
    /// Times found before, in text order.
    pub prior: &'a [Prior],
    /// Index of the current segment.
    pub seg: usize,
    /// For a clock time: the day written right after it ("16:15 UTC, June 1st").
    pub following_day: Option<Point>,
}

impl Resolved {
    fn date(p: Point, reference: Ref) -> Resolved {
        Resolved {
            kind: TimeType::Date,
            value: p.value(),
            modifier: None,
            range: None,
            reference,
            point: Some(p),
        }
    }

    fn plain(kind: TimeType, value: String, reference: Ref) -> Resolved {
        Resolved {
            kind,
            value,
            modifier: None,
            range: None,
            reference,
            point: None,
        }
    }

    fn with_mod(mut self, m: Option<&'static str>) -> Resolved {
        if m.is_some() {
            self.modifier = m;
        }
        self
    }

    /// Adds a part of the day ("2020-09-26" -> "2020-09-26TNI"), making it a TIME.
    fn with_part(mut self, part: Option<&str>) -> Resolved {
        if let Some(p) = part {
            self.value = format!("{}T{p}", self.value);
            self.kind = TimeType::Time;
        }
        self
    }
}

/// Normalises a candidate; `None` when its fields do not make a valid time (30 February).
pub fn resolve(c: &Candidate, cx: &Context) -> Option<Resolved> {
    match &c.shape {
        Shape::Range(a, b) => return range(a, b, cx),
        Shape::Clocked { clock: k, date } => {
            let day = resolve(date, cx)?;
            return clock(k, cx, Some(day));
        }
        Shape::Simple => {}
    }
    use Normaliser as N;
    match c.normaliser {
        N::Date => date(c, cx),
        N::Numeric => numeric(c),
        N::Weekday => weekday(c, cx),
        N::Deictic => deictic(c, cx),
        N::Part => part(c, cx),
        N::Relative => relative(c, cx),
        N::Offset => offset(c, cx),
        N::Season => season(c, cx),
        N::Quarter => quarter(c, cx),
        N::Fiscal => fiscal(c, cx),
        N::Decade => decade(c, cx),
        N::Century => century(c),
        N::Holiday => holiday(c, cx),
        N::Clock => clock(c, cx, None),
        N::YearRange => year_range(c),
        N::Duration => duration(c),
        N::Set => set(c),
        N::Vague => vague(c, cx),
        N::Anaphor => anaphor(c, cx),
    }
}

// --- reading fields ------------------------------------------------------------------------------

/// A number read from words or digits; `None` inside for "several", "a few".
fn number(text: &str) -> Option<Option<f64>> {
    let lex = lexicon::get();
    let t = text.trim();
    if let Some(v) = lex.numbers.get(t) {
        return Some(*v);
    }
    if t.bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return t.replace(',', "").parse::<f64>().ok().map(Some);
    }
    // "twenty - one"
    let parts: Vec<&str> = t.split(" - ").collect();
    if let [tens, units] = parts.as_slice() {
        let a = lex.numbers.get(tens).copied().flatten()?;
        let b = lex.numbers.get(units).copied().flatten()?;
        return Some(Some(a + b));
    }
    None
}

/// An ordinal read from words ("third", "twenty - first") or digits ("3rd").
fn ordinal(text: &str) -> Option<u32> {
    let lex = lexicon::get();
    let t = text.trim();
    if let Some(v) = lex.ordinals.get(t) {
        return Some(*v);
    }
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    let parts: Vec<&str> = t.split(" - ").collect();
    if let [tens, units] = parts.as_slice() {
        let a = lex.numbers.get(tens).copied().flatten()?;
        let b = lex.ordinals.get(units)?;
        return Some(a as u32 + b);
    }
    None
}

fn month_of(c: &Candidate) -> Option<u32> {
    let key = table_key(c.get("month")?);
    lexicon::get()
        .months
        .get(key.trim_end_matches('.'))
        .map(|m| m.0)
}

fn year_of(text: &str) -> Option<i32> {
    text.trim().parse().ok()
}

fn modifier(c: &Candidate) -> Option<&'static str> {
    let m = c.get("mod")?;
    let lex = lexicon::get();
    lex.modifiers
        .get(m)
        .or_else(|| lex.modifiers.get(m.trim_end_matches('-')))
        .copied()
}

fn part_code(c: &Candidate) -> Option<&'static str> {
    lexicon::get().parts.get(c.get("pod")?).copied()
}

fn rel_pre(c: &Candidate) -> Option<Relative> {
    lexicon::get().rel_pre.get(c.get("rel")?).copied()
}

/// The day a relative or anaphoric expression counts from.
fn anchor_day(cx: &Context) -> Option<NaiveDate> {
    cx.published
}

/// The most recent earlier time whose period is no coarser than `finest` (for "the next day"
/// a day; for "that year" anything within a year), looking back at most a few times.
fn antecedent(cx: &Context, finest: Gran) -> Option<(usize, Point)> {
    cx.prior
        .iter()
        .enumerate()
        .rev()
        .take(6)
        .filter(|(_, p)| p.resolved.kind != TimeType::Duration && p.resolved.kind != TimeType::Set)
        .find_map(|(i, p)| {
            let pt = p.resolved.point?;
            (pt.gran() <= finest).then_some((i, pt))
        })
}

/// How to choose among occurrences: from "last"/"next"/"this", "earlier"/"later", or tense.
fn direction(c: &Candidate, tense: Tense, default: Pick) -> Pick {
    if let Some(r) = rel_pre(c) {
        return match r.shift {
            s if s < 0 => Pick::PastStrict,
            s if s > 0 => Pick::FutureStrict,
            _ => Pick::Nearest,
        };
    }
    match c.get("shift") {
        Some("earlier") => return Pick::Past,
        Some("later") => return Pick::Future,
        _ => {}
    }
    match tense {
        Tense::Past => Pick::Past,
        Tense::Future => Pick::Future,
        Tense::Present | Tense::Unknown => default,
    }
}

/// How far from publication a day written without its year may lie before the tense is
/// overruled: news gives the year for a day most of a year away, so "May 16" read as past
/// tense 356 days back is a misread tense, and the nearest May 16 is meant.
const DAY_WITHOUT_YEAR: i64 = 270;

/// Chooses the year of a yearly recurring period ("July", "June 18", "summer", "Q3").
fn recurring(cx: &Context, how: Pick, make: impl Fn(i32) -> Option<Point>) -> Option<(Point, Ref)> {
    let anchor = anchor_day(cx)?;
    let y = anchor.year();
    // Four years each way, so that 29 February always has a candidate.
    let cands: Vec<Point> = (y - 4..=y + 4).filter_map(&make).collect();
    let mut p = pick(&cands, anchor, how).or_else(|| pick(&cands, anchor, Pick::Nearest))?;
    if matches!(p, Point::Day(_)) && p.distance(anchor).unwrap_or(0) > DAY_WITHOUT_YEAR {
        p = pick(&cands, anchor, Pick::Nearest)?;
    }
    Some((p, Ref::Publication))
}

// --- normalisers ---------------------------------------------------------------------------------

fn date(c: &Candidate, cx: &Context) -> Option<Resolved> {
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

fn numeric(c: &Candidate) -> Option<Resolved> {
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

fn weekday(c: &Candidate, cx: &Context) -> Option<Resolved> {
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

fn unresolved_day() -> Resolved {
    Resolved::plain(TimeType::Date, "XXXX-XX-XX".into(), Ref::Unresolved)
}

fn deictic(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let (off, part) = *lexicon::get().deictic.get(c.get("word")?)?;
    let part = part_code(c).or(part);
    let out = match cx.published {
        Some(p) => Resolved::date(Point::Day(add_days(p, off)?), Ref::Publication),
        None => unresolved_day(),
    };
    Some(out.with_part(part))
}

fn part(c: &Candidate, cx: &Context) -> Option<Resolved> {
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

/// The calendar period a unit word names, with how many of it one word stands for.
fn unit_gran(code: &str) -> Option<(Gran, i64)> {
    Some(match code {
        "D" => (Gran::Day, 1),
        "W" => (Gran::Week, 1),
        "WE" => (Gran::Weekend, 1),
        "M" => (Gran::Month, 1),
        "Q" => (Gran::Quarter, 1),
        "Y" => (Gran::Year, 1),
        "DE" => (Gran::Decade, 1),
        "CE" => (Gran::Century, 1),
        _ => return None,
    })
}

/// An underspecified value of a period's shape, for when there is no anchor.
fn unspecified(g: Gran) -> &'static str {
    match g {
        Gran::Day => "XXXX-XX-XX",
        Gran::Week => "XXXX-WXX",
        Gran::Weekend => "XXXX-WXX-WE",
        Gran::Month => "XXXX-XX",
        Gran::Season => "XXXX-XX",
        Gran::Quarter => "XXXX-QX",
        Gran::Half => "XXXX-HX",
        Gran::Year => "XXXX",
        Gran::Decade => "XXX",
        Gran::Century => "XX",
    }
}

fn relative(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let lex = lexicon::get();
    let unit = lex.units.get(c.get("unit")?)?;
    let (g, _) = unit_gran(unit.code)?;
    if c.has("event") {
        // "the day after airing": fixed by an event, not by a date.
        return Some(Resolved::plain(
            TimeType::Date,
            unspecified(g).into(),
            Ref::Unresolved,
        ));
    }
    let moves = rel_pre(c).is_some_and(|r| r.shift != 0);
    if moves && c.get("unit").is_some_and(|u| u.ends_with('s')) {
        // "in the last months": a stretch of unknown length ("this years" is a slip for
        // "this year's").
        return duration_value(0.0, unit.code, unit.multiple, true)
            .map(|v| Resolved::plain(TimeType::Duration, v, Ref::None));
    }
    let rel = rel_pre(c).unwrap_or(Relative {
        shift: 0,
        anchor: Anchor::Dct,
    });
    let out = match rel.anchor {
        Anchor::Duration => {
            // "the past week" is the week up to now: a duration.
            return duration_value(1.0, unit.code, unit.multiple, false)
                .map(|v| Resolved::plain(TimeType::Duration, v, Ref::None));
        }
        Anchor::Anaphor | Anchor::Event => match antecedent(cx, g) {
            Some((i, p)) => {
                let base = Point::containing(p.first_day()?, g);
                Resolved::date(base.shift(rel.shift)?, Ref::Earlier(i))
            }
            None => from_publication(g, rel.shift, cx)?,
        },
        Anchor::Dct => from_publication(g, rel.shift, cx)?,
    };
    Some(out.with_mod(modifier(c)))
}

/// The period of size `g` holding the publication date, moved by `shift`.
fn from_publication(g: Gran, shift: i64, cx: &Context) -> Option<Resolved> {
    let Some(p) = cx.published else {
        return Some(Resolved::plain(
            TimeType::Date,
            unspecified(g).into(),
            Ref::Unresolved,
        ));
    };
    let mut shift = shift;
    if g == Gran::Weekend && shift == 0 && cx.tense == Tense::Past {
        // "this weekend" in a past-tense clause, read before Saturday: the one just gone.
        if p.weekday().number_from_monday() < 6 {
            shift = -1;
        }
    }
    Some(Resolved::date(
        Point::containing(p, g).shift(shift)?,
        Ref::Publication,
    ))
}

fn offset(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let lex = lexicon::get();
    let unit = lex.units.get(c.get("unit")?)?;
    let post = *lex.rel_post.get(c.get("post")?)?;
    let n = match c.get("num") {
        Some(t) => number(t)?,
        None => Some(1.0), // "the day before"
    };
    let Some(n) = n else {
        // "a few years ago": only the direction is known.
        let v = if post.shift < 0 {
            "PAST_REF"
        } else {
            "FUTURE_REF"
        };
        let r = if cx.published.is_some() {
            Ref::Publication
        } else {
            Ref::Unresolved
        };
        return Some(Resolved::plain(TimeType::Date, v.into(), r));
    };
    let n = n + if c.has("half") { 0.5 } else { 0.0 };
    let n = n * f64::from(unit.multiple);
    // Express the distance in a unit that makes it whole: 2.5 years -> 30 months.
    let (g, amount) = match unit.code {
        "S" | "M" if unit.clock => (Gran::Day, 0.0),
        "H" => (Gran::Day, (n / 24.0).floor()),
        "D" => (Gran::Day, n.round()),
        "W" if n.fract() != 0.0 => (Gran::Day, (n * 7.0).round()),
        "W" => (Gran::Week, n),
        "WE" => (Gran::Weekend, n.round()),
        "M" if n.fract() != 0.0 => (Gran::Day, (n * 30.0).round()),
        "M" => (Gran::Month, n),
        "Q" => (Gran::Month, (n * 3.0).round()),
        "Y" if n.fract() != 0.0 => (Gran::Month, (n * 12.0).round()),
        "Y" => (Gran::Year, n),
        "DE" => (Gran::Year, (n * 10.0).round()),
        "CE" => (Gran::Year, (n * 100.0).round()),
        _ => return None,
    };
    if !(0.0..=100_000.0).contains(&amount) {
        return None;
    }
    // "two days later" counts from the last day mentioned, not from a year mentioned.
    let (base, reference) = match post.anchor {
        Anchor::Anaphor | Anchor::Event => match antecedent(cx, g) {
            Some((i, p)) => (p.first_day(), Ref::Earlier(i)),
            None => (cx.published, Ref::Publication),
        },
        _ => (cx.published, Ref::Publication),
    };
    let Some(base) = base else {
        return Some(Resolved::plain(
            TimeType::Date,
            unspecified(g).into(),
            Ref::Unresolved,
        ));
    };
    let p = Point::containing(base, g).shift(post.shift * amount as i64)?;
    Some(Resolved::date(p, reference))
}

fn season(c: &Candidate, cx: &Context) -> Option<Resolved> {
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

fn quarter(c: &Candidate, cx: &Context) -> Option<Resolved> {
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

fn fiscal(c: &Candidate, cx: &Context) -> Option<Resolved> {
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

fn decade(c: &Candidate, cx: &Context) -> Option<Resolved> {
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

fn century(c: &Candidate) -> Option<Resolved> {
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

fn holiday(c: &Candidate, cx: &Context) -> Option<Resolved> {
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

fn clock(c: &Candidate, cx: &Context, day: Option<Resolved>) -> Option<Resolved> {
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

fn year_range(c: &Candidate) -> Option<Resolved> {
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

fn range(a: &Candidate, b: &Candidate, cx: &Context) -> Option<Resolved> {
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
fn duration_value(n: f64, code: &str, multiple: u32, unknown: bool) -> Option<String> {
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

fn duration(c: &Candidate) -> Option<Resolved> {
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

fn set(c: &Candidate) -> Option<Resolved> {
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
    let (code, multiple) = unit_code(c.get("unit")?)?;
    // "every two weeks" is every P2W; "twice a week" happens within each P1W.
    let n = match c.get("num") {
        Some(t) if c.rule_name() == "set_every" => number(t)?.unwrap_or(1.0),
        _ => 1.0,
    };
    let v = duration_value(n, code, multiple, false)?;
    Some(Resolved::plain(TimeType::Set, v, Ref::None))
}

fn vague(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let p = lexicon::get().vague.get(c.get("word")?)?;
    let r = if cx.published.is_some() {
        Ref::Publication
    } else {
        Ref::Unresolved
    };
    Some(Resolved::plain(p.kind, p.value.to_string(), r))
}

fn anaphor(c: &Candidate, cx: &Context) -> Option<Resolved> {
    c.get("word")?;
    // "at the time": the last date or time mentioned, whatever its size.
    let found = cx.prior.iter().enumerate().rev().take(6).find(|(_, p)| {
        matches!(p.resolved.kind, TimeType::Date | TimeType::Time) && p.resolved.point.is_some()
    });
    Some(match found {
        Some((i, p)) => Resolved {
            kind: p.resolved.kind,
            value: p.resolved.value.clone(),
            modifier: None,
            range: None,
            reference: Ref::Earlier(i),
            point: p.resolved.point,
        },
        None => Resolved::plain(
            TimeType::Date,
            "PAST_REF".into(),
            if cx.published.is_some() {
                Ref::Publication
            } else {
                Ref::Unresolved
            },
        ),
    })
}
