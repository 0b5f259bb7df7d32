//! Task `times`: time expressions against MEANTIME TIMEX3 and GUM dates.
//!
//! - Gold, MEANTIME: `timex3` records in the window, not empty, not the dateline (the
//!   `CREATION_TIME` timex, or in two documents the unmarked timex spanning sentence 1).
//!   Predictions: our times starting in a sentence `<= window_max_sentence`; those overlapping
//!   the dateline are ignored (it is the publication date we passed in).
//! - Gold, GUM: `dates` records except the dateline (the date spanning sentence 1, the line
//!   under the headline), for the same reason; predictions overlapping it are ignored.
//! - Extent: strict (same start and end) and overlap (a shared character), one-to-one.
//! - On overlap-matched pairs: type accuracy (MEANTIME only: GUM has no types) and exact value
//!   accuracy. GUM values are compared on records with a single `when` value, whose TEI
//!   month/day forms are rewritten as TIMEX3 (`--10` -> `XXXX-10`); ranges (`from`/`to`,
//!   `notBefore`/`notAfter`) have no single TIMEX3 value and are left out of value accuracy.

use crate::data::gum::Gum;
use crate::data::meantime::Meantime;
use crate::metrics::{match_spans, Accuracy, Prf, Span, SpanMatch};
use crate::predict::Extracted;
use crate::report::{Score, Section};
use newsgraph::{Document, TimeType};

/// A gold time expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTime {
    /// Its span.
    pub span: Span,
    /// TIMEX3 type, when the data set gives one.
    pub kind: Option<String>,
    /// Normalised value, when the data set gives a single one.
    pub value: Option<String>,
}

/// A predicted time expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PredTime {
    /// Its span.
    pub span: Span,
    /// TIMEX3 type.
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
}

/// Counts of one document (or a sum of them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimeCounts {
    /// Same start and end.
    pub strict: Prf,
    /// Any shared character.
    pub overlap: Prf,
    /// Type right, on overlap matches with a gold type.
    pub kind: Accuracy,
    /// Value right, on overlap matches with a gold value.
    pub value: Accuracy,
}

impl TimeCounts {
    fn add(&mut self, o: TimeCounts) {
        self.strict.add(o.strict);
        self.overlap.add(o.overlap);
        self.kind.add(o.kind);
        self.value.add(o.value);
    }
}

/// Scores one document.
pub fn score_doc(gold: &[GoldTime], pred: &[PredTime]) -> TimeCounts {
    let gs: Vec<Span> = gold.iter().map(|g| g.span).collect();
    let ps: Vec<Span> = pred.iter().map(|p| p.span).collect();
    let strict = match_spans(&gs, &ps, SpanMatch::Strict, |_, _| true);
    let overlap = match_spans(&gs, &ps, SpanMatch::Overlap, |_, _| true);
    let mut c = TimeCounts {
        strict: Prf::from_counts(gs.len(), ps.len(), strict.len()),
        overlap: Prf::from_counts(gs.len(), ps.len(), overlap.len()),
        ..TimeCounts::default()
    };
    for (g, p) in overlap {
        if let Some(k) = &gold[g].kind {
            c.kind.push(*k == pred[p].kind);
        }
        if let Some(v) = &gold[g].value {
            c.value.push(*v == pred[p].value);
        }
    }
    c
}

/// TIMEX3 type name of ours.
pub fn type_name(t: TimeType) -> &'static str {
    match t {
        TimeType::Date => "DATE",
        TimeType::Time => "TIME",
        TimeType::Duration => "DURATION",
        TimeType::Set => "SET",
    }
}

/// GUM (TEI) single values as TIMEX3: `--10` -> `XXXX-10`, `--10-21` -> `XXXX-10-21`.
pub fn gum_value_as_timex(v: &str) -> String {
    match v.strip_prefix("--") {
        Some(rest) => format!("XXXX-{rest}"),
        None => v.to_string(),
    }
}

fn predictions(doc: Option<&Document>, keep: impl Fn(Span) -> bool) -> Vec<PredTime> {
    doc.map(|d| {
        d.times
            .iter()
            .map(|t| PredTime {
                span: Span::new(t.start, t.end),
                kind: type_name(t.kind).to_string(),
                value: t.value.clone(),
            })
            .filter(|p| keep(p.span))
            .collect()
    })
    .unwrap_or_default()
}

fn section(dataset: &str, ex: &Extracted, docs: usize, total: TimeCounts, typed: bool) -> Section {
    let mut s = Section::new("times", dataset, "newsgraph");
    s.documents = docs;
    s.gold = total.overlap.tp + total.overlap.fn_;
    s.push("extent_strict", "extent, strict", Score::Prf(total.strict));
    s.push(
        "extent_overlap",
        "extent, overlap",
        Score::Prf(total.overlap),
    );
    if typed {
        s.push(
            "type_accuracy",
            "type, on overlap matches",
            Score::Accuracy(total.kind),
        );
    }
    s.push(
        "value_accuracy",
        "exact value, on overlap matches",
        Score::Accuracy(total.value),
    );
    s.notes.extend(ex.note());
    s
}

/// MEANTIME gold for one document.
pub fn meantime_gold(d: &crate::data::meantime::MtDoc) -> Vec<GoldTime> {
    let dateline = d.dateline();
    d.timexes
        .iter()
        .filter(|t| t.in_window && !t.empty)
        .filter_map(|t| {
            let span = Span::new(t.char_start?, t.char_end?);
            (Some((span.start, span.end)) != dateline).then(|| GoldTime {
                span,
                kind: Some(t.kind.clone()),
                value: Some(t.value.clone()),
            })
        })
        .collect()
}

/// Scores MEANTIME.
pub fn meantime(mt: &Meantime, ex: &Extracted) -> Section {
    let mut total = TimeCounts::default();
    for (i, d) in mt.docs.iter().enumerate() {
        let gold = meantime_gold(d);
        let dateline = d.dateline().map(|(s, e)| Span::new(s, e));
        let pred = predictions(ex.get(i), |sp| {
            d.in_window(sp.start) && !dateline.is_some_and(|dl| dl.overlaps(sp))
        });
        total.add(score_doc(&gold, &pred));
    }
    let mut s = section("meantime", ex, mt.docs.len(), total, true);
    s.notes.push("gold: in-window, non-empty timex3 minus the dateline; our times outside the window or on the dateline are ignored".into());
    s
}

/// GUM gold for one document.
pub fn gum_gold(d: &crate::data::gum::GumDoc) -> Vec<GoldTime> {
    let dateline = d.dateline();
    d.dates
        .iter()
        .filter(|t| Some((t.char_start, t.char_end)) != dateline)
        .map(|t| GoldTime {
            span: Span::new(t.char_start, t.char_end),
            kind: None,
            value: t.when.as_deref().map(gum_value_as_timex),
        })
        .collect()
}

/// Scores GUM documents whose split passes `split` (all documents for `None`).
pub fn gum(gum: &Gum, ex: &Extracted, dataset: &str, split: Option<&str>) -> Section {
    let mut total = TimeCounts::default();
    let mut n = 0;
    for (i, d) in gum.docs.iter().enumerate() {
        if split.is_some_and(|s| s != d.split) {
            continue;
        }
        n += 1;
        let gold = gum_gold(d);
        let dateline = d.dateline().map(|(s, e)| Span::new(s, e));
        let pred = predictions(ex.get(i), |sp| !dateline.is_some_and(|dl| dl.overlaps(sp)));
        total.add(score_doc(&gold, &pred));
    }
    let mut s = section(dataset, ex, n, total, false);
    s.notes
        .push("gold: dates minus the dateline; value accuracy on single `when` values only".into());
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(a: usize, b: usize, k: &str, v: &str) -> GoldTime {
        GoldTime {
            span: Span::new(a, b),
            kind: Some(k.into()),
            value: Some(v.into()),
        }
    }

    fn p(a: usize, b: usize, k: &str, v: &str) -> PredTime {
        PredTime {
            span: Span::new(a, b),
            kind: k.into(),
            value: v.into(),
        }
    }

    #[test]
    fn strict_overlap_type_and_value() {
        let gold = [
            g(0, 6, "DATE", "2008-02-29"),
            g(10, 20, "DURATION", "P3M"),
            g(30, 35, "DATE", "2008"),
        ];
        let pred = [
            p(0, 6, "DATE", "2008-02-29"), // exact, all right
            p(12, 20, "DURATION", "P2M"),  // partial overlap, type right, value wrong
            p(40, 44, "DATE", "2009"),     // nothing there
        ];
        let c = score_doc(&gold, &pred);
        assert_eq!(
            c.strict,
            Prf {
                tp: 1,
                fp: 2,
                fn_: 2
            }
        );
        assert_eq!(
            c.overlap,
            Prf {
                tp: 2,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            c.kind,
            Accuracy {
                correct: 2,
                total: 2
            }
        );
        assert_eq!(
            c.value,
            Accuracy {
                correct: 1,
                total: 2
            }
        );
    }

    #[test]
    fn type_mismatch_still_matches_the_extent() {
        let c = score_doc(&[g(0, 6, "DATE", "2008")], &[p(0, 6, "DURATION", "2008")]);
        assert_eq!(c.strict.tp, 1);
        assert_eq!(
            c.kind,
            Accuracy {
                correct: 0,
                total: 1
            }
        );
        assert_eq!(
            c.value,
            Accuracy {
                correct: 1,
                total: 1
            }
        );
    }

    #[test]
    fn empty_predictions() {
        let c = score_doc(&[g(0, 6, "DATE", "2008")], &[]);
        assert_eq!(
            c.overlap,
            Prf {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(c.kind.total, 0);
    }

    #[test]
    fn gold_without_type_or_value_is_not_judged() {
        let gold = [GoldTime {
            span: Span::new(0, 4),
            kind: None,
            value: None,
        }];
        let c = score_doc(&gold, &[p(0, 4, "DATE", "2012")]);
        assert_eq!((c.kind.total, c.value.total), (0, 0));
        assert_eq!(c.strict.tp, 1);
    }

    #[test]
    fn gum_values_become_timex() {
        assert_eq!(gum_value_as_timex("--10"), "XXXX-10");
        assert_eq!(gum_value_as_timex("--10-21"), "XXXX-10-21");
        assert_eq!(gum_value_as_timex("2013-11"), "2013-11");
    }

    #[test]
    fn fixtures_exclude_the_dateline() {
        let dir = std::env::temp_dir().join(format!("ng-eval-times-{}", std::process::id()));
        crate::data::meantime::tests_support::fixture(&dir.join("mt"));
        crate::data::gum::tests_support::fixture(&dir.join("gum"));
        let mt = Meantime::load(&dir.join("mt")).unwrap();
        let gold = meantime_gold(&mt.docs[0]);
        assert_eq!(gold, vec![g(43, 49, "DATE", "2008-02-29")]);
        let gm = Gum::load(&dir.join("gum")).unwrap();
        let gold = gum_gold(&gm.docs[0]);
        assert_eq!(gold.len(), 1);
        assert_eq!(gold[0].value.as_deref(), Some("2015-05-02"));
        std::fs::remove_dir_all(&dir).ok();
    }
}
