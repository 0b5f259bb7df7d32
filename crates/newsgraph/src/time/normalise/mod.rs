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

mod points;
mod relative;
mod spans;

use points::*;
use relative::*;
use spans::*;

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

impl Context<'_> {
    /// The reference of a value resolved against the publication date, if there is one.
    fn reference(&self) -> Ref {
        if self.published.is_some() {
            Ref::Publication
        } else {
            Ref::Unresolved
        }
    }
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
        Some("earlier" | "back") => return Pick::Past,
        // "later in June" in a past narrative is later than the last event, still past.
        Some("later") if tense != Tense::Past => return Pick::Future,
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
    let anchor = cx.published?;
    let y = anchor.year();
    // Four years each way, so that 29 February always has a candidate.
    let cands: Vec<Point> = (y - 4..=y + 4).filter_map(&make).collect();
    let mut p = pick(&cands, anchor, how).or_else(|| pick(&cands, anchor, Pick::Nearest))?;
    if matches!(p, Point::Day(_)) && p.distance(anchor).unwrap_or(0) > DAY_WITHOUT_YEAR {
        p = pick(&cands, anchor, Pick::Nearest)?;
    }
    Some((p, Ref::Publication))
}

fn unresolved_day() -> Resolved {
    Resolved::plain(TimeType::Date, "XXXX-XX-XX".into(), Ref::Unresolved)
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
