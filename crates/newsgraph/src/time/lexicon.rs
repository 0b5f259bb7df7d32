//! The time stage's tables, read once from the TSV files under `data/time/` and the rules
//! compiled from them.
//!
//! Every table becomes a lookup map and, for the rules, a regular-expression piece named after
//! it (`{month}`, `{weekday}`, ...): an alternation of its forms, longest first, so that a
//! rule can say "a month" without listing the months. `patterns.tsv` adds the pieces that are
//! not word lists (`{day}`, `{year}`, `{num}`), and `rules.tsv` holds the rules themselves.

use super::calendar::Season;
use crate::model::TimeType;
use once_cell::sync::Lazy;
use regex::{Regex, RegexSet};
use std::collections::{HashMap, HashSet};

/// How a rule's match is turned into a value (see `normalise.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Normaliser {
    /// Calendar fields: year, month, day, part of day.
    Date,
    /// `9/26/2020`, `2020-09-26`.
    Numeric,
    /// "Saturday", "last Monday", "Saturday night".
    Weekday,
    /// "today", "yesterday", "tonight".
    Deictic,
    /// "this morning", "last night", "that night".
    Part,
    /// "last week", "next year", "the following day".
    Relative,
    /// "two days ago", "a year later".
    Offset,
    /// "the summer", "last winter", "summer of 2012".
    Season,
    /// "the third quarter of 2009", "the first half", "Q3".
    Quarter,
    /// "fiscal 2020", "FY2020".
    Fiscal,
    /// "the 1990s", "the sixties".
    Decade,
    /// "the 19th century".
    Century,
    /// "Christmas", "Thanksgiving".
    Holiday,
    /// "10 a.m.", "18:00 UTC".
    Clock,
    /// "2018-2020".
    YearRange,
    /// "three years", "a decade".
    Duration,
    /// "every week", "annual".
    Set,
    /// "recently", "now", "the future".
    Vague,
    /// "at the time".
    Anaphor,
}

impl Normaliser {
    fn parse(name: &str) -> Option<Normaliser> {
        use Normaliser::*;
        Some(match name {
            "date" => Date,
            "numeric" => Numeric,
            "weekday" => Weekday,
            "deictic" => Deictic,
            "part" => Part,
            "relative" => Relative,
            "offset" => Offset,
            "season" => Season,
            "quarter" => Quarter,
            "fiscal" => Fiscal,
            "decade" => Decade,
            "century" => Century,
            "holiday" => Holiday,
            "clock" => Clock,
            "yrange" => YearRange,
            "duration" => Duration,
            "set" => Set,
            "vague" => Vague,
            "anaphor" => Anaphor,
            _ => return None,
        })
    }
}

/// One recognition rule of `rules.tsv`.
#[derive(Debug)]
pub struct Rule {
    /// Its name, for debugging and tests.
    pub name: &'static str,
    /// How its matches are normalised.
    pub normaliser: Normaliser,
    /// The TIMEX3 type it usually gives (the normaliser may change it).
    pub kind: TimeType,
    /// The pattern, anchored at a token start and ending at a token end.
    pub regex: Regex,
}

/// What a word of `relative.tsv` anchors to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The publication date.
    Dct,
    /// The last date mentioned before.
    Anaphor,
    /// Not a date: a stretch of time up to the publication date ("the past week").
    Duration,
    /// An event named after the expression ("three years after its launch"); with nothing
    /// after it, the last date mentioned.
    Event,
}

/// A relative word: how far it moves, from what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relative {
    /// Periods to move.
    pub shift: i64,
    /// What to move from.
    pub anchor: Anchor,
}

/// A unit word of `units.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    /// TIMEX3 unit letter(s): S M H D W WE M Q Y DE CE.
    pub code: &'static str,
    /// How many of the unit the word stands for ("fortnight" = 2 weeks).
    pub multiple: u32,
    /// Seconds, minutes and hours are written after `T` in durations.
    pub clock: bool,
}

/// An entry of `vague.tsv` or `anaphora.tsv`: a value and the words it must follow, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// TIMEX3 type.
    pub kind: TimeType,
    /// TIMEX3 value.
    pub value: &'static str,
    /// The phrase counts only after one of these words (empty: anywhere).
    pub after: Vec<&'static str>,
    /// The phrase does not count right before one of these words.
    pub not_before: Vec<&'static str>,
}

/// A holiday's date rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    /// Same month and day every year.
    Fixed(u32, u32),
    /// The `n`th weekday (ISO) of a month; `n = -1` the last.
    Nth {
        /// Month (1-12).
        month: u32,
        /// ISO weekday (Monday = 1).
        weekday: u32,
        /// Which one: 1 the first, -1 the last.
        n: i32,
    },
    /// Days from Western Easter.
    Easter(i64),
    /// A single day in history.
    Once(i32, u32, u32),
}

/// Word lists that steer the tense search (`tense.tsv`).
#[derive(Debug, Default)]
pub struct TenseWords {
    /// Future auxiliaries ("will").
    pub future: HashSet<&'static str>,
    /// Past auxiliaries and irregular past forms.
    pub past: HashSet<&'static str>,
    /// Present auxiliaries.
    pub present: HashSet<&'static str>,
    /// Irregular past participles ("been", "taken").
    pub participle: HashSet<&'static str>,
    /// Modals that look ahead ("may", "could").
    pub modal: HashSet<&'static str>,
    /// Verbs whose infinitive complement lies ahead ("plans to").
    pub future_governor: HashSet<&'static str>,
    /// Words before "to" whose infinitive shares their clause's time ("was willing to").
    pub transparent_governor: HashSet<&'static str>,
    /// Words in -ed that are not past tense.
    pub not_past: HashSet<&'static str>,
    /// Words that end a clause for the search.
    pub boundary: HashSet<&'static str>,
    /// Words before a date that make it a span's open end, whatever the tense ("until").
    pub open_end: HashSet<&'static str>,
}

/// Context word lists (`context.tsv`).
#[derive(Debug, Default)]
pub struct ContextWords {
    /// Words that introduce a date.
    pub date_intro: HashSet<&'static str>,
    /// Words before a bare number that make it a year even before a noun.
    pub year_intro: HashSet<&'static str>,
    /// Words before a number that make a following noun its count.
    pub count_before: HashSet<&'static str>,
    /// Words that may follow a year without making it a count.
    pub after_year: HashSet<&'static str>,
    /// Words before a number that make it not a year.
    pub not_year_before: HashSet<&'static str>,
    /// Words after a number that make it not a year.
    pub not_year_after: HashSet<&'static str>,
    /// Words before a two-digit decade that make it an age.
    pub age_before: HashSet<&'static str>,
    /// Words that make a following weekday part of a name ("Super Tuesday").
    pub weekday_name: HashSet<&'static str>,
    /// Nouns that make "annual X" an amount over a year rather than a recurrence.
    pub per_period: HashSet<&'static str>,
}

/// Every table of the time stage.
#[derive(Debug)]
pub struct Lexicon {
    /// Month forms -> (month, ambiguous).
    pub months: HashMap<&'static str, (u32, bool)>,
    /// Weekday forms -> ISO day number.
    pub weekdays: HashMap<&'static str, u32>,
    /// Season forms -> (season, ambiguous).
    pub seasons: HashMap<&'static str, (Season, bool)>,
    /// Part-of-day forms -> TIMEX3 code.
    pub parts: HashMap<&'static str, &'static str>,
    /// Number words -> value (`None` for an unspecified number).
    pub numbers: HashMap<&'static str, Option<f64>>,
    /// Ordinal words -> value.
    pub ordinals: HashMap<&'static str, u32>,
    /// Unit words.
    pub units: HashMap<&'static str, Unit>,
    /// Relative words before a unit ("last").
    pub rel_pre: HashMap<&'static str, Relative>,
    /// Relative words after a unit ("ago").
    pub rel_post: HashMap<&'static str, Relative>,
    /// Modifier words -> TIMEX3 mod.
    pub modifiers: HashMap<&'static str, &'static str>,
    /// Reference-point phrases.
    pub vague: HashMap<&'static str, Phrase>,
    /// Days named from today -> (offset, part of day).
    pub deictic: HashMap<&'static str, (i64, Option<&'static str>)>,
    /// Anaphoric phrases -> words they must follow.
    pub anaphora: HashMap<&'static str, Vec<&'static str>>,
    /// Holidays.
    pub holidays: HashMap<&'static str, Holiday>,
    /// Recurrence words -> SET value.
    pub sets: HashMap<&'static str, &'static str>,
    /// Tense cues.
    pub tense: TenseWords,
    /// Context words.
    pub context: ContextWords,
    /// The rules, in table order.
    pub rules: Vec<Rule>,
    /// All rules at once, to find quickly which may match at a position.
    pub set: RegexSet,
}

/// Rows of a TSV table: non-empty, non-comment lines split at tabs.
fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// A table's rows as (first field, the rest), with the rest padded to at least `n` fields.
fn fields(table: &'static str, n: usize) -> Vec<(&'static str, Vec<&'static str>)> {
    rows(table)
        .map(|mut r| {
            let key = r.remove(0);
            while r.len() < n {
                r.push("");
            }
            (key, r)
        })
        .collect()
}

/// A regex alternation of word forms, longest first so the longest form wins.
fn alternation<'a>(forms: impl IntoIterator<Item = &'a str>, abbr: &HashSet<&str>) -> String {
    let mut forms: Vec<&str> = forms.into_iter().collect();
    forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    forms.dedup();
    let alts: Vec<String> = forms
        .iter()
        .map(|f| {
            // Token-joined text has a space before a period split from its word ("sat .").
            let base = match f.strip_suffix('.') {
                Some(stem) => format!("{} ?\\.", regex::escape(stem)),
                None => regex::escape(f),
            };
            if abbr.contains(f) {
                format!("{base}(?: ?\\.)?")
            } else {
                base
            }
        })
        .collect();
    alts.join("|")
}

/// Replaces every `{name}` by `(?:piece)`; quantifiers such as `{1,2}` are left alone.
fn expand(pattern: &str, pieces: &HashMap<String, String>) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}');
        let name = close.map(|c| &after[..c]);
        match name {
            Some(n) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') => {
                let piece = pieces
                    .get(n)
                    .ok_or_else(|| format!("unknown piece {{{n}}} in {pattern:?}"))?;
                out.push_str("(?:");
                out.push_str(piece);
                out.push(')');
                rest = &after[n.len() + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

fn words(table: &'static str, kind: &str) -> HashSet<&'static str> {
    rows(table)
        .filter(|r| r.first() == Some(&kind))
        .flat_map(|r| {
            r.get(1)
                .copied()
                .unwrap_or("")
                .split(' ')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
        })
        .collect()
}

fn type_of(s: &str) -> TimeType {
    match s {
        "TIME" => TimeType::Time,
        "DURATION" => TimeType::Duration,
        "SET" => TimeType::Set,
        _ => TimeType::Date,
    }
}

fn load() -> Result<Lexicon, String> {
    let flag = |flags: &str, f: &str| flags.split(' ').any(|x| x == f);

    let month_rows = fields(include_str!("../../data/time/months.tsv"), 2);
    let mut months = HashMap::new();
    let mut abbr = HashSet::new();
    for (form, r) in &month_rows {
        let m: u32 = r[0].parse().map_err(|_| format!("month {form}"))?;
        months.insert(*form, (m, flag(r[1], "ambiguous")));
        if flag(r[1], "abbr") {
            abbr.insert(*form);
        }
    }
    let mut weekdays = HashMap::new();
    for (form, r) in fields(include_str!("../../data/time/weekdays.tsv"), 1) {
        weekdays.insert(form, r[0].parse().map_err(|_| format!("weekday {form}"))?);
    }
    let mut seasons = HashMap::new();
    for (form, r) in fields(include_str!("../../data/time/seasons.tsv"), 2) {
        let s = Season::from_code(r[0]).ok_or_else(|| format!("season {form}"))?;
        seasons.insert(form, (s, flag(r[1], "ambiguous")));
    }
    let parts: HashMap<_, _> = fields(include_str!("../../data/time/parts_of_day.tsv"), 1)
        .into_iter()
        .map(|(f, r)| (f, r[0]))
        .collect();
    let mut numbers = HashMap::new();
    for (form, r) in fields(include_str!("../../data/time/numbers.tsv"), 1) {
        let v = if r[0] == "X" {
            None
        } else {
            Some(r[0].parse::<f64>().map_err(|_| format!("number {form}"))?)
        };
        numbers.insert(form, v);
    }
    let mut ordinals = HashMap::new();
    for (form, r) in fields(include_str!("../../data/time/ordinals.tsv"), 1) {
        ordinals.insert(form, r[0].parse().map_err(|_| format!("ordinal {form}"))?);
    }
    let mut units = HashMap::new();
    for (form, r) in fields(include_str!("../../data/time/units.tsv"), 3) {
        units.insert(
            form,
            Unit {
                code: r[0],
                multiple: r[1].parse().map_err(|_| format!("unit {form}"))?,
                clock: r[2] == "clock",
            },
        );
    }
    let (mut rel_pre, mut rel_post) = (HashMap::new(), HashMap::new());
    for (form, r) in fields(include_str!("../../data/time/relative.tsv"), 3) {
        let rel = Relative {
            shift: r[1]
                .trim_start_matches('+')
                .parse()
                .map_err(|_| format!("relative {form}"))?,
            anchor: match r[2] {
                "anaphor" => Anchor::Anaphor,
                "duration" => Anchor::Duration,
                "event" => Anchor::Event,
                _ => Anchor::Dct,
            },
        };
        if r[0] == "post" {
            rel_post.insert(form, rel);
        } else {
            rel_pre.insert(form, rel);
        }
    }
    let mod_rows = fields(include_str!("../../data/time/modifiers.tsv"), 2);
    let modifiers: HashMap<_, _> = mod_rows.iter().map(|(f, r)| (*f, r[0])).collect();
    let mut vague = HashMap::new();
    let list = |s: &'static str| s.split('|').filter(|w| !w.is_empty()).collect::<Vec<_>>();
    for (form, r) in fields(include_str!("../../data/time/vague.tsv"), 4) {
        vague.insert(
            form,
            Phrase {
                kind: type_of(r[0]),
                value: r[1],
                after: list(r[2]),
                not_before: list(r[3]),
            },
        );
    }
    let mut deictic = HashMap::new();
    for (form, r) in fields(include_str!("../../data/time/deictic.tsv"), 2) {
        let off: i64 = r[0]
            .trim_start_matches('+')
            .parse()
            .map_err(|_| format!("deictic {form}"))?;
        deictic.insert(form, (off, (!r[1].is_empty()).then_some(r[1])));
    }
    let anaphora: HashMap<_, _> = fields(include_str!("../../data/time/anaphora.tsv"), 1)
        .into_iter()
        .map(|(f, r)| (f, r[0].split('|').filter(|w| !w.is_empty()).collect()))
        .collect();
    let mut holidays = HashMap::new();
    for (form, r) in fields(include_str!("../../data/time/holidays.tsv"), 1) {
        holidays.insert(
            form,
            holiday(r[0]).ok_or_else(|| format!("holiday {form}"))?,
        );
    }
    let sets: HashMap<_, _> = fields(include_str!("../../data/time/sets.tsv"), 1)
        .into_iter()
        .map(|(f, r)| (f, r[0]))
        .collect();
    let tt = include_str!("../../data/time/tense.tsv");
    let tense = TenseWords {
        future: words(tt, "future"),
        past: words(tt, "past"),
        present: words(tt, "present"),
        participle: words(tt, "participle"),
        modal: words(tt, "modal"),
        future_governor: words(tt, "future_governor"),
        transparent_governor: words(tt, "transparent_governor"),
        not_past: words(tt, "not_past"),
        boundary: words(tt, "boundary"),
        open_end: words(tt, "open_end"),
    };
    let ct = include_str!("../../data/time/context.tsv");
    let context = ContextWords {
        date_intro: words(ct, "date_intro"),
        year_intro: words(ct, "year_intro"),
        after_year: words(ct, "after_year"),
        count_before: words(ct, "count_before"),
        not_year_before: words(ct, "not_year_before"),
        not_year_after: words(ct, "not_year_after"),
        age_before: words(ct, "age_before"),
        per_period: words(ct, "per_period"),
        weekday_name: words(ct, "weekday_name"),
    };

    // The pieces rules may use: one per table, then patterns.tsv.
    let none = HashSet::new();
    let mut pieces: HashMap<String, String> = HashMap::new();
    let mut piece = |name: &str, forms: Vec<&str>, abbr: &HashSet<&str>| {
        pieces.insert(name.to_string(), alternation(forms, abbr));
    };
    piece("month", months.keys().copied().collect(), &abbr);
    piece("weekday", weekdays.keys().copied().collect(), &none);
    piece("season", seasons.keys().copied().collect(), &none);
    piece("pod", parts.keys().copied().collect(), &none);
    piece(
        "numword",
        numbers
            .iter()
            .filter(|(k, v)| !k.contains(' ') && v.is_some())
            .map(|(k, _)| *k)
            .collect(),
        &none,
    );
    piece("numphrase", numbers.keys().copied().collect(), &none);
    piece("ordword", ordinals.keys().copied().collect(), &none);
    piece("unit", units.keys().copied().collect(), &none);
    // Calendar units can be picked out by "last"/"next"; clock units and "fortnight" cannot.
    let cal_forms: Vec<&str> = fields(include_str!("../../data/time/units.tsv"), 3)
        .into_iter()
        .filter(|(_, r)| r[2] == "calendar")
        .map(|(f, _)| f)
        .collect();
    piece("unit_cal", cal_forms, &none);
    piece("rel_pre", rel_pre.keys().copied().collect(), &none);
    piece("rel_post", rel_post.keys().copied().collect(), &none);
    piece(
        "mod_point",
        mod_rows
            .iter()
            .filter(|(_, r)| r[1] == "point")
            .map(|(f, _)| *f)
            .collect(),
        &none,
    );
    piece(
        "mod_dur",
        mod_rows
            .iter()
            .filter(|(_, r)| r[1] == "duration")
            .map(|(f, _)| *f)
            .collect(),
        &none,
    );
    piece("vague", vague.keys().copied().collect(), &none);
    piece("deictic", deictic.keys().copied().collect(), &none);
    piece("anaphor", anaphora.keys().copied().collect(), &none);
    piece("holiday", holidays.keys().copied().collect(), &none);
    piece("setword", sets.keys().copied().collect(), &none);
    for (name, r) in fields(include_str!("../../data/time/patterns.tsv"), 1) {
        let p = expand(r[0], &pieces)?;
        pieces.insert(name.to_string(), p);
    }

    let mut rules = Vec::new();
    let mut sources = Vec::new();
    for (name, r) in fields(include_str!("../../data/time/rules.tsv"), 3) {
        let normaliser =
            Normaliser::parse(r[0]).ok_or_else(|| format!("rule {name}: normaliser {}", r[0]))?;
        // Anchored at the start of the remaining text; the trailing space ends on a token end.
        let src = format!("^(?:{}) ", expand(r[2], &pieces)?);
        let regex = Regex::new(&src).map_err(|e| format!("rule {name}: {e}"))?;
        sources.push(src);
        rules.push(Rule {
            name,
            normaliser,
            kind: type_of(r[1]),
            regex,
        });
    }
    let set = RegexSet::new(&sources).map_err(|e| e.to_string())?;

    Ok(Lexicon {
        months,
        weekdays,
        seasons,
        parts,
        numbers,
        ordinals,
        units,
        rel_pre,
        rel_post,
        modifiers,
        vague,
        deictic,
        anaphora,
        holidays,
        sets,
        tense,
        context,
        rules,
        set,
    })
}

/// Reads a holiday rule: `MM-DD`, `MM WD N`, `EASTER+N` or `YYYY-MM-DD`.
fn holiday(rule: &str) -> Option<Holiday> {
    if let Some(off) = rule.strip_prefix("EASTER") {
        return off
            .trim_start_matches('+')
            .parse()
            .ok()
            .map(Holiday::Easter);
    }
    let parts: Vec<&str> = rule.split(' ').collect();
    if let [m, wd, n] = parts.as_slice() {
        return Some(Holiday::Nth {
            month: m.parse().ok()?,
            weekday: wd.parse().ok()?,
            n: n.parse().ok()?,
        });
    }
    let nums: Vec<&str> = rule.split('-').collect();
    match nums.as_slice() {
        [m, d] => Some(Holiday::Fixed(m.parse().ok()?, d.parse().ok()?)),
        [y, m, d] => Some(Holiday::Once(
            y.parse().ok()?,
            m.parse().ok()?,
            d.parse().ok()?,
        )),
        _ => None,
    }
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| match load() {
    Ok(l) => l,
    // The tables are compiled into the library; a broken table is a build defect that the
    // unit tests catch, so failing loudly here is the honest response.
    Err(e) => panic!("time tables are invalid: {e}"),
});

/// The tables, loaded on first use.
pub fn get() -> &'static Lexicon {
    &LEXICON
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load_and_rules_compile() {
        let l = load().unwrap();
        assert_eq!(l.months["sept"], (9, true));
        assert_eq!(l.weekdays["saturday"], 6);
        assert_eq!(l.rel_pre["last"].shift, -1);
        assert_eq!(l.rel_post["ago"].anchor, Anchor::Dct);
        assert_eq!(l.units["decade"].code, "DE");
        assert!(l.rules.len() > 20);
        assert!(l.tense.past.contains("told"));
    }

    #[test]
    fn pieces_expand_but_quantifiers_stay() {
        let mut p = HashMap::new();
        p.insert("x".to_string(), "a|b".to_string());
        assert_eq!(expand("{x}[0-9]{1,2}", &p).unwrap(), "(?:a|b)[0-9]{1,2}");
        assert!(expand("{nope}", &p).is_err());
    }

    #[test]
    fn alternations_put_longer_forms_first() {
        let abbr: HashSet<&str> = ["sept"].into_iter().collect();
        assert_eq!(
            alternation(["sept", "september"], &abbr),
            "september|sept(?: ?\\.)?"
        );
        assert_eq!(alternation(["sat."], &HashSet::new()), "sat ?\\.");
    }
}
