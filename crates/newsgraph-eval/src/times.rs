//! Task `times`: time expressions against MEANTIME TIMEX3 and GUM dates.
//!
//! - Gold, MEANTIME: `timex3` records in the window, not empty, not the dateline (the
//!   `CREATION_TIME` timex, or in two documents the unmarked timex spanning sentence 1).
//!   Predictions: our times starting in a sentence `<= window_max_sentence`; those overlapping
//!   the dateline are ignored (it is the publication date we passed in).
//! - Gold, GUM: `dates` records except the dateline (the date spanning sentence 1, the line
//!   under the headline), for the same reason; predictions overlapping it are ignored.
//! - Extent: strict (same start and end) and overlap (a shared character), one-to-one.
//! - GUM's layer holds calendar dates only: no durations, recurrences or vague references
//!   ("now", "recently"). Our DURATION and SET times and `*_REF` values that match no gold
//!   date are therefore ignored for GUM precision (counted in a note), not counted wrong.
//! - On overlap-matched pairs: type accuracy (MEANTIME only: GUM has no types) and exact value
//!   accuracy. A range of ours ("from 2004 to 2009", one DURATION) is right for a gold
//!   expression equal to one of its ends (both corpora annotate each end). GUM values are
//!   compared on records with a single `when` value, at GUM's granularity: the date part of
//!   our TIME value ("Thursday night" `2015-08-20TNI` for gold `2015-08-20`) is right, and a
//!   bare month or day GUM leaves yearless (`--10`) is right with any year. GUM ranges
//!   (`from`/`to`, `notBefore`/`notAfter`) have no single value and are left out of value
//!   accuracy.

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
    /// First and last values of a range.
    pub range: Option<(String, String)>,
}

impl PredTime {
    /// Its value and, for a range, the values of its ends.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.value.as_str()).chain(
            self.range
                .iter()
                .flat_map(|(a, b)| [a.as_str(), b.as_str()]),
        )
    }

    /// True for what GUM's date layer never annotates: durations, recurrences, vague
    /// references.
    pub fn outside_gum_scheme(&self) -> bool {
        self.kind == "DURATION" || self.kind == "SET" || self.value.ends_with("_REF")
    }
}

/// How a gold value is compared with ours.
pub type ValueRule = fn(&str, &PredTime) -> bool;

/// TIMEX3 against TIMEX3: our value, or an end of our range, equals the gold value.
pub fn exact_value(gold: &str, pred: &PredTime) -> bool {
    pred.values().any(|v| v == gold)
}

/// A GUM `when` value against ours, at GUM's granularity (see the module notes).
pub fn gum_value(gold: &str, pred: &PredTime) -> bool {
    pred.values().any(|v| {
        if let Some(md) = gold.strip_prefix("--") {
            // Yearless month (and day): compare what follows the year.
            return v
                .split_once('-')
                .is_some_and(|(_, rest)| rest == md || rest.starts_with(&format!("{md}T")));
        }
        v == gold
            || v.strip_prefix(gold)
                .is_some_and(|rest| rest.starts_with('T'))
    })
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
    /// Unmatched predictions left out of precision (typed-overlap count).
    pub ignored: usize,
}

impl TimeCounts {
    fn add(&mut self, o: TimeCounts) {
        self.strict.add(o.strict);
        self.overlap.add(o.overlap);
        self.kind.add(o.kind);
        self.value.add(o.value);
        self.ignored += o.ignored;
    }
}

/// Scores one document: values are compared by `value_ok`; unmatched predictions for which
/// `ignorable` holds are left out of precision.
pub fn score_doc(
    gold: &[GoldTime],
    pred: &[PredTime],
    value_ok: ValueRule,
    ignorable: fn(&PredTime) -> bool,
) -> TimeCounts {
    let gs: Vec<Span> = gold.iter().map(|g| g.span).collect();
    let ps: Vec<Span> = pred.iter().map(|p| p.span).collect();
    let count = |mode: SpanMatch| {
        let m = match_spans(&gs, &ps, mode, |_, _| true);
        let matched: Vec<usize> = m.iter().map(|&(_, p)| p).collect();
        let ignored = (0..ps.len())
            .filter(|p| !matched.contains(p) && ignorable(&pred[*p]))
            .count();
        (
            Prf::from_counts(gs.len(), ps.len() - ignored, m.len()),
            m,
            ignored,
        )
    };
    let (strict, _, _) = count(SpanMatch::Strict);
    let (overlap, pairs, ignored) = count(SpanMatch::Overlap);
    let mut c = TimeCounts {
        strict,
        overlap,
        ignored,
        ..TimeCounts::default()
    };
    for (g, p) in pairs {
        if let Some(k) = &gold[g].kind {
            c.kind.push(*k == pred[p].kind);
        }
        if let Some(v) = &gold[g].value {
            c.value.push(value_ok(v, &pred[p]));
        }
    }
    c
}

/// Never ignore a prediction.
pub fn keep_all(_: &PredTime) -> bool {
    false
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

fn predictions(doc: Option<&Document>, keep: impl Fn(Span) -> bool) -> Vec<PredTime> {
    doc.map(|d| {
        d.times
            .iter()
            .map(|t| PredTime {
                span: Span::new(t.start, t.end),
                kind: type_name(t.kind).to_string(),
                value: t.value.clone(),
                range: t.range.clone(),
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
        total.add(score_doc(&gold, &pred, exact_value, keep_all));
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
            value: t.when.clone(),
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
        total.add(score_doc(
            &gold,
            &pred,
            gum_value,
            PredTime::outside_gum_scheme,
        ));
    }
    let mut s = section(dataset, ex, n, total, false);
    s.notes
        .push("gold: dates minus the dateline; value accuracy on single `when` values only".into());
    s.notes.push(format!(
        "{} unmatched durations, recurrences and vague references (not in GUM's scheme) left out of precision",
        total.ignored
    ));
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
            range: None,
        }
    }

    fn sd(gold: &[GoldTime], pred: &[PredTime]) -> TimeCounts {
        score_doc(gold, pred, exact_value, keep_all)
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
        let c = sd(&gold, &pred);
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
        let c = sd(&[g(0, 6, "DATE", "2008")], &[p(0, 6, "DURATION", "2008")]);
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
        let c = sd(&[g(0, 6, "DATE", "2008")], &[]);
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
        let c = sd(&gold, &[p(0, 4, "DATE", "2012")]);
        assert_eq!((c.kind.total, c.value.total), (0, 0));
        assert_eq!(c.strict.tp, 1);
    }

    #[test]
    fn gum_values_at_gum_granularity() {
        assert!(gum_value("--10", &p(0, 1, "DATE", "2013-10")));
        assert!(gum_value("--10", &p(0, 1, "DATE", "XXXX-10")));
        assert!(!gum_value("--10", &p(0, 1, "DATE", "2013-11")));
        assert!(!gum_value("--10", &p(0, 1, "DATE", "2013-10-02")));
        assert!(gum_value("--10-21", &p(0, 1, "DATE", "2013-10-21")));
        assert!(gum_value("2015-08-20", &p(0, 1, "TIME", "2015-08-20TAF")));
        assert!(!gum_value("2015-08-2", &p(0, 1, "DATE", "2015-08-20")));
        assert!(!gum_value("2015-08-20", &p(0, 1, "DATE", "2015-08-21")));
        assert!(!exact_value(
            "2015-08-20",
            &p(0, 1, "TIME", "2015-08-20TAF")
        ));
    }

    #[test]
    fn range_ends_count_as_values() {
        let mut r = p(0, 20, "DURATION", "P5Y");
        r.range = Some(("2004".into(), "2009".into()));
        assert!(exact_value("2004", &r) && exact_value("2009", &r) && exact_value("P5Y", &r));
        assert!(!exact_value("2005", &r));
        assert!(gum_value("2009", &r));
    }

    #[test]
    fn out_of_scheme_predictions_are_ignored_only_when_unmatched() {
        let gold = [GoldTime {
            span: Span::new(0, 4),
            kind: None,
            value: Some("2012".into()),
        }];
        let pred = [
            p(0, 4, "DATE", "2012"),
            p(10, 20, "DURATION", "P3Y"), // unmatched, outside GUM's scheme: ignored
            p(30, 33, "DATE", "PRESENT_REF"), // likewise
            p(40, 46, "DATE", "2013-05"), // unmatched date: wrong
        ];
        let c = score_doc(&gold, &pred, gum_value, PredTime::outside_gum_scheme);
        assert_eq!(
            c.overlap,
            Prf {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(c.ignored, 2);
        // A DURATION that does match a gold date counts as a match.
        let c = score_doc(
            &gold,
            &[p(0, 10, "DURATION", "P3Y")],
            gum_value,
            PredTime::outside_gum_scheme,
        );
        assert_eq!(
            c.overlap,
            Prf {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            c.value,
            Accuracy {
                correct: 0,
                total: 1
            }
        );
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
