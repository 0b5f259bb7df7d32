//! The time stage: finds time expressions and normalises them against the publication date.
//!
//! - [`recognise`] runs the rules of `data/time/rules.tsv` over every segment (headline,
//!   dateline and body sentences) and keeps the best non-overlapping matches;
//! - [`tense`] reads the tense of each expression's clause from the parse (or, with the
//!   placeholder parser, from nearby auxiliaries);
//! - [`normalise`] computes TIMEX3 type, value and mod, with [`calendar`] doing the date
//!   arithmetic and [`lexicon`] holding the tables;
//! - [`attach`] tells later stages which time dates a predicate;
//! - [`dates`] gives the first and last day of a value (Python `Time.start` / `Time.end`).
//!
//! Values follow TIMEX3: `2020-09-26`, `2020-W38`, `2020-09`, `2020-SU`, `2020-Q3`, `2020`,
//! `199` (the 1990s), `18` (the 19th century), `FY2020`, `2020-09-26TNI`, `P3Y`, `PT30M`,
//! `PAST_REF`. Relative expressions are resolved against the publication date, or against the
//! last date mentioned for anaphora ("at the time", "the next day"); without a publication date
//! they stay underspecified (`XXXX-07`, `XXXX-WXX-6`, `XXXX-XX-XX`). Nothing reads the clock.
//!
//! # For the other stages
//! - [`find`] returns the times with byte offsets and empty `text`, ids `t1`, `t2`, ... in text
//!   order; a range ("from 2018 to 2020") comes first, followed by its two ends as times of
//!   their own (TimeML annotates all three).
//! - [`governing_time`]`(text, layout, parse, &times, token)` gives the index into `times` of
//!   the time that dates the predicate at a token (see [`attach`] for the contract); it fits
//!   the `time_of` closures of the statements and events stages:
//!   `&|i| time::governing_time(text, &layout, &parse, &times, i)`.
//! - [`value_bounds`]`(value)` gives the first and last day of a DATE value, for Python's
//!   `Time.start` / `Time.end`.
//!
//! # Editing the rules
//! Everything a reader may want to change is a table under `data/time/`: the words
//! (`months.tsv`, `weekdays.tsv`, `seasons.tsv`, `parts_of_day.tsv`, `numbers.tsv`,
//! `ordinals.tsv`, `units.tsv`, `relative.tsv`, `modifiers.tsv`, `vague.tsv`, `deictic.tsv`,
//! `anaphora.tsv`, `holidays.tsv`, `sets.tsv`), the context lists (`context.tsv`, `tense.tsv`)
//! and the recognition rules (`patterns.tsv`, `rules.tsv`). The unit tests load every table.

pub mod attach;
pub mod calendar;
pub mod dates;
pub mod lexicon;
pub mod normalise;
pub mod recognise;
pub mod tense;

pub use attach::{governing_time, time_tokens};
pub use dates::value_bounds;
pub use tense::Tense;

use crate::model::{ReferenceKind, Time, TimeReference};
use crate::syntax::Parse;
use crate::text::Layout;
use chrono::NaiveDate;
use normalise::{Context, Prior, Ref, Resolved};

/// Loads the time rules now.
pub fn warm_up() {
    lexicon::get();
}

/// Finds the time expressions of every segment (byte offsets, ids `t1`, `t2`, ... in order).
pub fn find(text: &str, layout: &Layout, parse: &Parse, published: Option<NaiveDate>) -> Vec<Time> {
    find_with(text, layout, parse, published, None)
}

/// [`find`], with every clause read in the given tense instead of the one found in the text
/// (for testing the normaliser one phenomenon at a time).
pub fn find_with(
    text: &str,
    layout: &Layout,
    parse: &Parse,
    published: Option<NaiveDate>,
    tense_override: Option<Tense>,
) -> Vec<Time> {
    let mut prior: Vec<Prior> = Vec::new();
    let mut out: Vec<Time> = Vec::new();
    for seg in 0..layout.segments.len() {
        let view = recognise::SegView::new(text, layout, seg);
        let cands = recognise::candidates(&view);
        let spans: Vec<_> = cands
            .iter()
            .map(|c| view.first + c.span.start..view.first + c.span.end)
            .collect();
        // A clause with no tense of its own takes that of the time before it in the sentence
        // ("going to Las Vegas next month, Italy in November, ... in April").
        let mut last_tense = Tense::Unknown;
        for (k, c) in cands.iter().enumerate() {
            let others: Vec<_> = spans
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != k)
                .map(|(_, s)| s.clone())
                .collect();
            let mut tense =
                tense::clause_tense(text, layout, parse, seg, spans[k].clone(), &others);
            if tense == Tense::Unknown {
                tense = last_tense;
            }
            last_tense = tense;
            // "until October": the end of a span, on either side of publication.
            if lexicon::get()
                .tense
                .open_end
                .contains(view.before(c.span.start))
            {
                tense = Tense::Unknown;
            }
            let tense = tense_override.unwrap_or(tense);
            let mut cx = Context {
                published,
                tense,
                prior: &prior,
                seg,
                following_day: None,
            };
            if c.normaliser == lexicon::Normaliser::Clock {
                cx.following_day = day_after(&view, c, cands.get(k + 1), &cx);
            }
            let Some(r) = normalise::resolve(c, &cx) else {
                continue;
            };
            let mut found = vec![(c.span.clone(), r)];
            // A range's ends are times of their own ("from 2018 to 2020": 2018, 2020).
            if let recognise::Shape::Range(a, b) = &c.shape {
                for end in [a, b] {
                    if let Some(r) = normalise::resolve(end, &cx) {
                        found.push((end.span.clone(), r));
                    }
                }
            }
            for (span, r) in found {
                out.push(to_time(&r, out.len(), view.bytes(&span), published, &out));
                prior.push(Prior { seg, resolved: r });
            }
        }
    }
    out
}

/// The day written right after a clock time ("16:15 UTC, June 1st", "10 a.m. on Monday").
fn day_after(
    view: &recognise::SegView,
    clock: &recognise::Candidate,
    next: Option<&recognise::Candidate>,
    cx: &Context,
) -> Option<calendar::Point> {
    let next = next?;
    let between =
        (clock.span.end..next.span.start).all(|k| matches!(view.form(k), "," | "on" | "(" | ")"));
    if !between || next.span.start - clock.span.end > 3 {
        return None;
    }
    match normalise::resolve(next, cx)?.point? {
        p @ calendar::Point::Day(_) => Some(p),
        _ => None,
    }
}

/// The model record of a normalised expression (byte offsets, empty text).
fn to_time(
    r: &Resolved,
    index: usize,
    bytes: std::ops::Range<usize>,
    published: Option<NaiveDate>,
    earlier: &[Time],
) -> Time {
    let reference = match r.reference {
        Ref::Absolute => Some(TimeReference {
            kind: ReferenceKind::Absolute,
            id: None,
            value: None,
        }),
        Ref::Publication => published.map(|p| TimeReference {
            kind: ReferenceKind::Publication,
            id: None,
            value: Some(p.format("%Y-%m-%d").to_string()),
        }),
        Ref::Earlier(i) => earlier.get(i).map(|t| TimeReference {
            kind: ReferenceKind::Time,
            id: Some(t.id.clone()),
            value: Some(t.value.clone()),
        }),
        Ref::Unresolved | Ref::None => None,
    };
    Time {
        id: format!("t{}", index + 1),
        start: bytes.start,
        end: bytes.end,
        text: String::new(),
        kind: r.kind,
        value: r.value.clone(),
        modifier: r.modifier.map(str::to_string),
        range: r.range.clone(),
        reference,
    }
}

#[cfg(test)]
mod tests;
