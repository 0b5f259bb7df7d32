//! Which time expression dates a predicate: the helpers the statements and events stages call.
//!
//! # Contract
//! [`governing_time`] takes the `times` exactly as [`super::find`] returned them (byte
//! offsets, before `document::assemble`), the layout and parse they were found in, and the
//! absolute index (into `layout.tokens`) of a predicate: the verb of a statement or event
//! ("told", "killed") or an event noun ("call", "strike"). It returns the index into `times`
//! of the DATE or TIME expression that dates it, or `None` when the text gives none: an event
//! with no time expression gets no time, never the publication date. Durations and sets never
//! date a predicate, except a range ("from 2018 to 2020"), which stands for the ends it holds.
//!
//! The search, first match wins:
//! 1. a time attached directly to the predicate (`obl:tmod`, `obl`, `nmod:tmod`, `nmod`,
//!    `advmod`, `compound`, ...): "killed *in January*", "a call *Saturday*";
//! 2. a time attached to a nominal oblique of the predicate: "told him *in a call Saturday*"
//!    dates the telling as well as the call;
//! 3. a time in the same clause: its nearest verbal ancestor is the predicate's;
//! 4. when the parse carries no tags (the placeholder parser), the nearest time within the
//!    predicate's clause, found by the boundary words of `tense.tsv` ("that", "which", ";").
//!
//! Among several candidates at one step the nearest to the predicate (in tokens) wins.

use super::lexicon;
use super::tense::{head_token, informative};
use crate::model::{Time, TimeType};
use crate::syntax::Parse;
use crate::text::Layout;
use std::ops::Range;

/// The tokens (absolute indices into `layout.tokens`) that a time's byte span covers.
pub fn time_tokens(layout: &Layout, time: &Time) -> Option<Range<usize>> {
    let toks = &layout.tokens;
    let a = toks.partition_point(|t| t.end <= time.start);
    let b = toks.partition_point(|t| t.start < time.end);
    (a < b).then_some(a..b)
}

/// The segment holding absolute token `i`.
fn segment_of(layout: &Layout, i: usize) -> Option<usize> {
    layout.segments.iter().position(|s| s.tokens.contains(&i))
}

/// Relations by which a time expression modifies what it hangs from.
fn temporal_relation(deprel: &str) -> bool {
    let base = deprel.split(':').next().unwrap_or("");
    matches!(
        base,
        "obl" | "nmod" | "advmod" | "compound" | "appos" | "amod" | "npadvmod" | "tmod"
    )
}

fn is_verbal(parse: &Parse, i: usize) -> bool {
    parse.tokens.get(i).is_some_and(|t| {
        t.xpos.starts_with("VB") || t.xpos == "MD" || matches!(t.upos, "VERB" | "AUX")
    })
}

fn is_nominal(parse: &Parse, i: usize) -> bool {
    parse
        .tokens
        .get(i)
        .is_some_and(|t| t.xpos.starts_with("NN") || matches!(t.upos, "NOUN" | "PROPN"))
}

/// The nearest verbal ancestor of `i` (itself if verbal), or the root of its tree.
fn clause_of(parse: &Parse, i: usize) -> usize {
    let mut cur = i;
    for _ in 0..64 {
        if is_verbal(parse, cur) {
            return cur;
        }
        match parse.head_of(cur) {
            Some(h) if h < parse.tokens.len() => cur = h,
            _ => return cur,
        }
    }
    cur
}

/// Index into `times` of the DATE or TIME that dates the predicate at absolute token
/// `token_index`; see the module documentation for the contract.
pub fn governing_time(
    text: &str,
    layout: &Layout,
    parse: &Parse,
    times: &[Time],
    token_index: usize,
) -> Option<usize> {
    let i = governing(text, layout, parse, times, token_index)?;
    // An end of a range dates the predicate through the whole range.
    let t = times.get(i)?;
    let range = times.iter().position(|r| {
        r.range.is_some()
            && r.start <= t.start
            && t.end <= r.end
            && (r.start, r.end) != (t.start, t.end)
    });
    Some(range.unwrap_or(i))
}

fn governing(
    text: &str,
    layout: &Layout,
    parse: &Parse,
    times: &[Time],
    token_index: usize,
) -> Option<usize> {
    let seg = segment_of(layout, token_index)?;
    let range = layout.segments[seg].tokens.clone();
    // The dated times of the same segment, with their tokens.
    let cands: Vec<(usize, Range<usize>)> = times
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t.kind, TimeType::Date | TimeType::Time) || t.range.is_some())
        .filter_map(|(i, t)| {
            let span = time_tokens(layout, t)?;
            (span.start >= range.start && span.end <= range.end).then_some((i, span))
        })
        .collect();
    if cands.is_empty() {
        return None;
    }
    let distance = |span: &Range<usize>| {
        if token_index < span.start {
            span.start - token_index
        } else {
            token_index.saturating_sub(span.end - 1)
        }
    };
    let nearest = |found: Vec<&(usize, Range<usize>)>| {
        found
            .into_iter()
            .min_by_key(|(i, s)| (distance(s), *i))
            .map(|(i, _)| *i)
    };

    if parse.tokens.len() >= range.end && informative(parse, range.clone()) {
        let heads: Vec<usize> = cands
            .iter()
            .map(|(_, s)| head_token(parse, s.clone()))
            .collect();
        let rel = |h: usize| parse.tokens.get(h).map_or("", |t| t.deprel);
        // 1. Attached directly.
        let direct: Vec<_> = cands
            .iter()
            .zip(&heads)
            .filter(|(_, &h)| parse.head_of(h) == Some(token_index) && temporal_relation(rel(h)))
            .map(|(c, _)| c)
            .collect();
        if let Some(i) = nearest(direct) {
            return Some(i);
        }
        // 2. Attached to a nominal oblique of the predicate ("in a call Saturday").
        let via_noun: Vec<_> = cands
            .iter()
            .zip(&heads)
            .filter(|(_, &h)| {
                parse.head_of(h).is_some_and(|n| {
                    is_nominal(parse, n)
                        && parse.head_of(n) == Some(token_index)
                        && matches!(rel(n).split(':').next(), Some("obl" | "nmod"))
                        && temporal_relation(rel(h))
                })
            })
            .map(|(c, _)| c)
            .collect();
        if let Some(i) = nearest(via_noun) {
            return Some(i);
        }
        // 3. Same clause.
        let clause = clause_of(parse, token_index);
        let same: Vec<_> = cands
            .iter()
            .zip(&heads)
            .filter(|(_, &h)| clause_of(parse, h) == clause)
            .map(|(c, _)| c)
            .collect();
        return nearest(same);
    }

    // 4. No tags: the nearest time inside the predicate's clause, by boundary words.
    let boundary = &lexicon::get().tense.boundary;
    let is_boundary = |k: usize| {
        layout
            .tokens
            .get(k)
            .is_some_and(|t| boundary.contains(t.form(text).to_lowercase().as_str()))
    };
    let mut lo = token_index;
    while lo > range.start && !is_boundary(lo - 1) {
        lo -= 1;
    }
    let mut hi = token_index + 1;
    while hi < range.end && !is_boundary(hi) {
        hi += 1;
    }
    let inside: Vec<_> = cands
        .iter()
        .filter(|(_, s)| s.start >= lo && s.end <= hi)
        .collect();
    nearest(inside)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::TokenSyntax;
    use crate::text;

    fn parse_of(rows: &[(&'static str, &'static str, u32, &'static str)]) -> Parse {
        Parse {
            tokens: rows
                .iter()
                .map(|&(upos, xpos, head, deprel)| TokenSyntax {
                    upos,
                    xpos,
                    lemma: "".into(),
                    head,
                    deprel,
                })
                .collect(),
            segment_start: vec![0; rows.len()],
        }
    }

    const SENT: &str =
        "Pompeo told Kadhimi in a call Saturday that the U.S. would cut staff in January .";

    /// Pompeo(1) told(2) Kadhimi(3) in(4) a(5) call(6) Saturday(7) that(8) the(9) U.S.(10)
    /// would(11) cut(12) staff(13) in(14) January(15) .(16)
    fn seed_like() -> Parse {
        parse_of(&[
            ("PROPN", "NNP", 2, "nsubj"),
            ("VERB", "VBD", 0, "root"),
            ("PROPN", "NNP", 2, "obj"),
            ("ADP", "IN", 6, "case"),
            ("DET", "DT", 6, "det"),
            ("NOUN", "NN", 2, "obl"),
            ("PROPN", "NNP", 6, "nmod:tmod"),
            ("SCONJ", "IN", 12, "mark"),
            ("DET", "DT", 10, "det"),
            ("PROPN", "NNP", 12, "nsubj"),
            ("AUX", "MD", 12, "aux"),
            ("VERB", "VB", 2, "ccomp"),
            ("NOUN", "NN", 12, "obj"),
            ("ADP", "IN", 15, "case"),
            ("PROPN", "NNP", 12, "obl"),
            ("PUNCT", ".", 2, "punct"),
        ])
    }

    fn times_of(t: &str) -> (Layout, Vec<Time>) {
        let layout = text::analyse(t, None);
        let parse = crate::syntax::parse(t, &layout);
        let times = super::super::find(
            t,
            &layout,
            &parse,
            chrono::NaiveDate::from_ymd_opt(2020, 9, 27),
        );
        (layout, times)
    }

    #[test]
    fn a_time_inside_the_noun_dates_the_noun_and_the_verb() {
        let (layout, times) = times_of(SENT);
        assert_eq!(times.len(), 2);
        let p = seed_like();
        // "call" (token 6, index 5): Saturday hangs from it.
        assert_eq!(governing_time(SENT, &layout, &p, &times, 5), Some(0));
        // "told" (index 1): through its oblique "call".
        assert_eq!(governing_time(SENT, &layout, &p, &times, 1), Some(0));
        // "cut" (index 11): January, not Saturday.
        assert_eq!(governing_time(SENT, &layout, &p, &times, 11), Some(1));
    }

    #[test]
    fn a_predicate_with_no_time_gets_none() {
        let t = "Iran vowed to retaliate for the strike . It happened in January .";
        let layout = text::analyse(t, None);
        let parse = crate::syntax::parse(t, &layout);
        let times = super::super::find(t, &layout, &parse, None);
        assert_eq!(times.len(), 1);
        // "vowed" is in the first sentence; January is in the second.
        assert_eq!(governing_time(t, &layout, &parse, &times, 1), None);
    }

    #[test]
    fn without_tags_the_clause_decides() {
        let (layout, times) = times_of(SENT);
        let parse = crate::syntax::parse(SENT, &layout);
        // "told": Saturday is in its clause; January lies beyond "that".
        assert_eq!(governing_time(SENT, &layout, &parse, &times, 1), Some(0));
        // "cut": only January is in its clause.
        assert_eq!(governing_time(SENT, &layout, &parse, &times, 11), Some(1));
    }

    #[test]
    fn a_range_dates_the_predicate_as_a_whole() {
        let t = "It will take delivery between 2014 and 2016 .";
        let layout = text::analyse(t, None);
        let parse = crate::syntax::parse(t, &layout);
        let times = super::super::find(t, &layout, &parse, None);
        assert_eq!(times.len(), 3);
        assert!(times[0].range.is_some());
        assert_eq!(governing_time(t, &layout, &parse, &times, 2), Some(0));
    }

    #[test]
    fn time_tokens_cover_the_span() {
        let (layout, times) = times_of(SENT);
        assert_eq!(time_tokens(&layout, &times[0]), Some(6..7));
        assert_eq!(time_tokens(&layout, &times[1]), Some(14..15));
    }
}
