//! Periods placed relative to the publication date or an earlier date ("last week", "two days
//! ago", "the next day"), reference points ("recently") and "at the time".

use super::*;

pub(super) fn relative(c: &Candidate, cx: &Context) -> Option<Resolved> {
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

pub(super) fn offset(c: &Candidate, cx: &Context) -> Option<Resolved> {
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
        return Some(Resolved::plain(TimeType::Date, v.into(), cx.reference()));
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

pub(super) fn vague(c: &Candidate, cx: &Context) -> Option<Resolved> {
    let p = lexicon::get().vague.get(c.get("word")?)?;
    let r = cx.reference();
    Some(Resolved::plain(p.kind, p.value.to_string(), r))
}

pub(super) fn anaphor(c: &Candidate, cx: &Context) -> Option<Resolved> {
    c.get("word")?;
    // "at the time": the last date or time mentioned, whatever its size.
    Some(match antecedent(cx, Gran::Century) {
        Some((i, point)) => {
            let p = &cx.prior[i].resolved;
            Resolved {
                kind: p.kind,
                value: p.value.clone(),
                modifier: None,
                range: None,
                reference: Ref::Earlier(i),
                point: Some(point),
            }
        }
        None => Resolved::plain(TimeType::Date, "PAST_REF".into(), cx.reference()),
    })
}
