//! The counting shared by every task: span matching (strict and overlap, one-to-one),
//! precision / recall / F1 with the counts behind them, accuracy, and macro-F1.
//!
//! Matching is one-to-one: a gold item is found by at most one prediction and a prediction
//! finds at most one gold item, so a duplicate prediction is a false positive and one
//! prediction overlapping two gold items finds only one of them. Among all one-to-one
//! matchings the largest is taken (augmenting paths); candidates are tried best first (exact
//! match, then longest overlap, then closest length) so ties resolve the same way every run.

use serde::Serialize;
use std::collections::BTreeMap;

/// A half-open range of code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Number of code points the two spans share.
    pub fn overlap(self, other: Span) -> usize {
        self.end
            .min(other.end)
            .saturating_sub(self.start.max(other.start))
    }

    /// True when they share at least one code point (empty spans overlap nothing).
    pub fn overlaps(self, other: Span) -> bool {
        self.overlap(other) > 0
    }

    /// Length in code points.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True for an empty span.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
}

/// How a predicted span must relate to a gold span to match it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanMatch {
    /// Same start and end.
    Strict,
    /// At least one shared code point.
    Overlap,
}

impl SpanMatch {
    /// Whether `pred` matches `gold`, and how well (higher is better), or `None`.
    pub fn score(self, gold: Span, pred: Span) -> Option<u64> {
        let exact = gold == pred;
        let ok = match self {
            SpanMatch::Strict => exact,
            SpanMatch::Overlap => gold.overlaps(pred),
        };
        ok.then(|| {
            let extra = gold.len().abs_diff(pred.len()).min(0xFFFF) as u64;
            ((exact as u64) << 48)
                | ((gold.overlap(pred).min(0xFFFF_FFFF) as u64) << 16)
                | (0xFFFF - extra)
        })
    }
}

/// The largest one-to-one matching between `n_gold` gold items and `n_pred` predictions,
/// where `score(g, p)` says whether they may match and how well. Pairs sorted by gold index.
pub fn match_one_to_one(
    n_gold: usize,
    n_pred: usize,
    score: impl Fn(usize, usize) -> Option<u64>,
) -> Vec<(usize, usize)> {
    let mut cands: Vec<Vec<usize>> = Vec::with_capacity(n_gold);
    for g in 0..n_gold {
        let mut c: Vec<(u64, usize)> = (0..n_pred)
            .filter_map(|p| score(g, p).map(|s| (s, p)))
            .collect();
        c.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        cands.push(c.into_iter().map(|(_, p)| p).collect());
    }
    let mut owner: Vec<Option<usize>> = vec![None; n_pred];
    for g in 0..n_gold {
        let mut seen = vec![false; n_pred];
        augment(g, &cands, &mut owner, &mut seen);
    }
    let mut pairs: Vec<(usize, usize)> = owner
        .iter()
        .enumerate()
        .filter_map(|(p, g)| g.map(|g| (g, p)))
        .collect();
    pairs.sort_unstable();
    pairs
}

fn augment(g: usize, cands: &[Vec<usize>], owner: &mut [Option<usize>], seen: &mut [bool]) -> bool {
    for &p in &cands[g] {
        if seen[p] {
            continue;
        }
        seen[p] = true;
        let free = match owner[p] {
            None => true,
            Some(other) => augment(other, cands, owner, seen),
        };
        if free {
            owner[p] = Some(g);
            return true;
        }
    }
    false
}

/// Matches predicted spans to gold spans one-to-one; `same_type(g, p)` must also hold.
pub fn match_spans(
    gold: &[Span],
    pred: &[Span],
    mode: SpanMatch,
    same_type: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    match_one_to_one(gold.len(), pred.len(), |g, p| {
        if same_type(g, p) {
            mode.score(gold[g], pred[p])
        } else {
            None
        }
    })
}

/// True positives, false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Prf {
    /// Matched pairs.
    pub tp: usize,
    /// Predictions that matched nothing.
    pub fp: usize,
    /// Gold items nothing matched.
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Prf {
    /// Counts from the numbers of gold items, predictions and matches.
    pub fn from_counts(gold: usize, pred: usize, matched: usize) -> Prf {
        Prf {
            tp: matched,
            fp: pred.saturating_sub(matched),
            fn_: gold.saturating_sub(matched),
        }
    }

    /// tp / (tp + fp), 0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// tp / (tp + fn), 0 when there is no gold.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Harmonic mean of precision and recall, 0 when both are 0.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    /// Adds another document's counts.
    pub fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// Correct out of total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Accuracy {
    /// Items judged correct.
    pub correct: usize,
    /// Items judged.
    pub total: usize,
}

impl Accuracy {
    /// correct / total, 0 when there is nothing to judge.
    pub fn value(&self) -> f64 {
        ratio(self.correct, self.total)
    }

    /// Counts one item.
    pub fn push(&mut self, correct: bool) {
        self.total += 1;
        self.correct += correct as usize;
    }

    /// Adds other counts.
    pub fn add(&mut self, o: Accuracy) {
        self.correct += o.correct;
        self.total += o.total;
    }
}

/// `num / den`, 0 when `den` is 0 (the counts printed beside every figure show which).
pub fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// Single-label classification counts per class: for every item, its gold class and the
/// predicted one (`None` when the system predicted nothing).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Confusion {
    /// Per-class counts, by class name.
    pub classes: BTreeMap<String, Prf>,
}

impl Confusion {
    /// Counts one item.
    pub fn push(&mut self, gold: &str, pred: Option<&str>) {
        if pred == Some(gold) {
            self.classes.entry(gold.to_string()).or_default().tp += 1;
            return;
        }
        self.classes.entry(gold.to_string()).or_default().fn_ += 1;
        if let Some(p) = pred {
            self.classes.entry(p.to_string()).or_default().fp += 1;
        }
    }

    /// Mean F1 over every class seen in the gold or the predictions (0 when none).
    pub fn macro_f1(&self) -> f64 {
        if self.classes.is_empty() {
            return 0.0;
        }
        self.classes.values().map(Prf::f1).sum::<f64>() / self.classes.len() as f64
    }
}

/// Multiset intersection size of two lists (for code lists compared without positions).
pub fn multiset_matches<T: Ord + Clone>(gold: &[T], pred: &[T]) -> usize {
    let mut counts: BTreeMap<T, usize> = BTreeMap::new();
    for g in gold {
        *counts.entry(g.clone()).or_default() += 1;
    }
    pred.iter()
        .filter(|p| match counts.get_mut(*p) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(a: usize, b: usize) -> Span {
        Span::new(a, b)
    }

    fn prf(gold: &[Span], pred: &[Span], mode: SpanMatch) -> Prf {
        let m = match_spans(gold, pred, mode, |_, _| true);
        Prf::from_counts(gold.len(), pred.len(), m.len())
    }

    #[test]
    fn overlap_arithmetic() {
        assert_eq!(s(0, 5).overlap(s(3, 8)), 2);
        assert!(!s(0, 5).overlaps(s(5, 8)), "touching is not overlapping");
        assert!(!s(3, 3).overlaps(s(0, 8)), "empty spans overlap nothing");
    }

    #[test]
    fn partial_overlap_counts_for_overlap_not_strict() {
        let gold = [s(0, 10)];
        let pred = [s(5, 15)];
        assert_eq!(
            prf(&gold, &pred, SpanMatch::Strict),
            Prf {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            prf(&gold, &pred, SpanMatch::Overlap),
            Prf {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
    }

    #[test]
    fn empty_predictions_and_empty_gold() {
        let p = prf(&[s(0, 3), s(5, 9)], &[], SpanMatch::Overlap);
        assert_eq!(
            p,
            Prf {
                tp: 0,
                fp: 0,
                fn_: 2
            }
        );
        assert_eq!((p.precision(), p.recall(), p.f1()), (0.0, 0.0, 0.0));
        let p = prf(&[], &[s(0, 3)], SpanMatch::Overlap);
        assert_eq!(
            p,
            Prf {
                tp: 0,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(prf(&[], &[], SpanMatch::Strict), Prf::default());
    }

    #[test]
    fn duplicate_predictions_are_false_positives() {
        let p = prf(&[s(0, 3)], &[s(0, 3), s(0, 3)], SpanMatch::Strict);
        assert_eq!(
            p,
            Prf {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(p.precision(), 0.5);
        assert_eq!(p.recall(), 1.0);
        assert!((p.f1() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn one_prediction_over_two_gold_finds_one() {
        // "Boeing and Lockheed" predicted as one span over two gold names.
        let p = prf(&[s(0, 6), s(11, 19)], &[s(0, 19)], SpanMatch::Overlap);
        assert_eq!(
            p,
            Prf {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
    }

    #[test]
    fn matching_is_maximal_not_greedy() {
        // Pred 0 overlaps both golds, pred 1 only gold 0: greedy gold-0-first would pair
        // (0,0) and leave gold 1 unmatched; the maximum matching finds both.
        let gold = [s(0, 10), s(10, 20)];
        let pred = [s(0, 20), s(2, 4)];
        let m = match_spans(&gold, &pred, SpanMatch::Overlap, |_, _| true);
        assert_eq!(m, vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn exact_candidates_are_preferred() {
        let gold = [s(0, 5)];
        let pred = [s(0, 8), s(0, 5)];
        assert_eq!(
            match_spans(&gold, &pred, SpanMatch::Overlap, |_, _| true),
            vec![(0, 1)]
        );
    }

    #[test]
    fn type_mismatch_blocks_a_match() {
        let gold = [s(0, 5)];
        let pred = [s(0, 5)];
        let gt = ["PER"];
        let pt = ["ORG"];
        let m = match_spans(&gold, &pred, SpanMatch::Strict, |g, p| gt[g] == pt[p]);
        assert!(m.is_empty());
    }

    #[test]
    fn accuracy_and_ratio() {
        let mut a = Accuracy::default();
        assert_eq!(a.value(), 0.0);
        a.push(true);
        a.push(false);
        a.push(true);
        assert_eq!(
            a,
            Accuracy {
                correct: 2,
                total: 3
            }
        );
        assert!((a.value() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn macro_f1_over_gold_and_predicted_classes() {
        let mut c = Confusion::default();
        c.push("AGREE", Some("AGREE")); // AGREE tp
        c.push("AGREE", Some("ASSAULT")); // AGREE fn, ASSAULT fp
        c.push("REJECT", None); // REJECT fn
                                // AGREE: tp1 fp0 fn1 -> F1 2/3; ASSAULT: fp1 -> 0; REJECT: fn1 -> 0.
        assert_eq!(c.classes.len(), 3);
        assert!((c.macro_f1() - (2.0 / 3.0) / 3.0).abs() < 1e-12);
        assert_eq!(Confusion::default().macro_f1(), 0.0);
    }

    #[test]
    fn multisets() {
        assert_eq!(
            multiset_matches(&["18", "18", "04"], &["18", "04", "04", "11"]),
            2
        );
        assert_eq!(multiset_matches::<&str>(&[], &["18"]), 0);
    }
}
