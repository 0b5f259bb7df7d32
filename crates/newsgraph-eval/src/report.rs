//! What the harness reports: sections (one per task and data set) of named metrics with the
//! counts behind them, rendered as aligned text, JSON, or the README's markdown table.
//!
//! Every figure has a stable id `task.dataset.metric.stat` (`times.meantime.extent_overlap.f1`)
//! used by the floors file and by the baseline column of the markdown table.

use crate::metrics::{Accuracy, Prf};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::fmt::Write;

/// A figure and the counts behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Score {
    /// Precision, recall, F1 from tp / fp / fn.
    Prf(Prf),
    /// Correct out of total.
    Accuracy(Accuracy),
    /// Recall of gold items only (no notion of a false positive).
    Recall(Accuracy),
    /// Mean per-class F1.
    MacroF1 {
        /// The mean.
        f1: f64,
        /// Per-class counts.
        classes: BTreeMap<String, Prf>,
    },
}

impl Score {
    /// The figure's statistics, in print order: (`p`, `r`, `f1`), (`acc`), (`r`) or (`f1`).
    pub fn stats(&self) -> Vec<(&'static str, f64)> {
        match self {
            Score::Prf(p) => vec![("p", p.precision()), ("r", p.recall()), ("f1", p.f1())],
            Score::Accuracy(a) => vec![("acc", a.value())],
            Score::Recall(a) => vec![("r", a.value())],
            Score::MacroF1 { f1, .. } => vec![("f1", *f1)],
        }
    }

    /// The counts as printed beside the figure.
    pub fn counts(&self) -> String {
        match self {
            Score::Prf(p) => format!("tp={} fp={} fn={}", p.tp, p.fp, p.fn_),
            Score::Accuracy(a) | Score::Recall(a) => format!("{}/{}", a.correct, a.total),
            Score::MacroF1 { classes, .. } => {
                let tp: usize = classes.values().map(|c| c.tp).sum();
                let n: usize = classes.values().map(|c| c.tp + c.fn_).sum();
                format!("{} classes, {tp}/{n} items right", classes.len())
            }
        }
    }
}

/// One named figure of a section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metric {
    /// Stable name, part of the figure ids (`extent_overlap`).
    pub name: String,
    /// Human description (`extent, overlap match`).
    pub label: String,
    /// The figure.
    pub score: Score,
}

impl Metric {
    /// A metric.
    pub fn new(name: &str, label: &str, score: Score) -> Metric {
        Metric {
            name: name.to_string(),
            label: label.to_string(),
            score,
        }
    }
}

/// The figures of one task on one data set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// times, actors, statements or events.
    pub task: String,
    /// meantime, gum, gum_dev, plover, petrarch.
    pub dataset: String,
    /// Who made the predictions: `newsgraph`, or the predictions file.
    pub system: String,
    /// Documents (or records) scored.
    pub documents: usize,
    /// Gold items scored.
    pub gold: usize,
    /// What the reader should know (exclusions, extraction errors, modes).
    pub notes: Vec<String>,
    /// The figures.
    pub metrics: Vec<Metric>,
}

impl Section {
    /// An empty section.
    pub fn new(task: &str, dataset: &str, system: &str) -> Section {
        Section {
            task: task.to_string(),
            dataset: dataset.to_string(),
            system: system.to_string(),
            documents: 0,
            gold: 0,
            notes: Vec::new(),
            metrics: Vec::new(),
        }
    }

    /// Adds a metric.
    pub fn push(&mut self, name: &str, label: &str, score: Score) {
        self.metrics.push(Metric::new(name, label, score));
    }

    /// `(id, value)` of every figure, in print order.
    pub fn values(&self) -> Vec<(String, f64)> {
        self.metrics
            .iter()
            .flat_map(|m| {
                m.score.stats().into_iter().map(move |(stat, v)| {
                    (
                        format!("{}.{}.{}.{stat}", self.task, self.dataset, m.name),
                        v,
                    )
                })
            })
            .collect()
    }
}

/// A whole evaluation run.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    /// The data directory.
    pub data: String,
    /// Sections in run order (tasks in a fixed order, data sets in a fixed order).
    pub sections: Vec<Section>,
    /// Data sets that were skipped, and why.
    pub skipped: Vec<String>,
}

/// Formats a figure for tables.
fn fmt(v: f64) -> String {
    format!("{v:.3}")
}

impl Report {
    /// `(id, value)` of every figure.
    pub fn values(&self) -> Vec<(String, f64)> {
        self.sections.iter().flat_map(Section::values).collect()
    }

    /// Aligned plain-text tables.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "newsgraph eval: {}", self.data);
        for s in &self.sections {
            let _ = writeln!(
                out,
                "\n== {} / {}: {} documents, {} gold items (system: {})",
                s.task, s.dataset, s.documents, s.gold, s.system
            );
            for n in &s.notes {
                let _ = writeln!(out, "   note: {n}");
            }
            let w = s
                .metrics
                .iter()
                .map(|m| m.label.chars().count())
                .max()
                .unwrap_or(0);
            for m in &s.metrics {
                let stats: Vec<String> = m
                    .score
                    .stats()
                    .iter()
                    .map(|(k, v)| format!("{:>3} {}", k.to_uppercase(), fmt(*v)))
                    .collect();
                let _ = writeln!(
                    out,
                    "   {:<w$}  {:<30}  {}",
                    m.label,
                    stats.join("  "),
                    m.score.counts()
                );
            }
        }
        for s in &self.skipped {
            let _ = writeln!(out, "\nskipped: {s}");
        }
        out
    }

    /// Machine-readable JSON: the sections with counts, and a flat map of figure ids.
    pub fn to_json(&self) -> String {
        let sections: Vec<Value> = self
            .sections
            .iter()
            .map(|s| {
                let metrics: Vec<Value> = s
                    .metrics
                    .iter()
                    .map(|m| {
                        let values: serde_json::Map<String, Value> = m
                            .score
                            .stats()
                            .into_iter()
                            .map(|(k, v)| (k.to_string(), json!(round(v))))
                            .collect();
                        json!({
                            "name": m.name,
                            "label": m.label,
                            "values": values,
                            "counts": m.score,
                        })
                    })
                    .collect();
                json!({
                    "task": s.task,
                    "dataset": s.dataset,
                    "system": s.system,
                    "documents": s.documents,
                    "gold": s.gold,
                    "notes": s.notes,
                    "metrics": metrics,
                })
            })
            .collect();
        let values: serde_json::Map<String, Value> = self
            .values()
            .into_iter()
            .map(|(k, v)| (k, json!(round(v))))
            .collect();
        let v = json!({
            "schema": "newsgraph-eval/1",
            "data": self.data,
            "sections": sections,
            "skipped": self.skipped,
            "values": values,
        });
        serde_json::to_string_pretty(&v).expect("JSON values always serialise") + "\n"
    }

    /// The README's accuracy table: one row per metric, with the figure of a baseline
    /// report (`values` of another run's JSON, e.g. spaCy's predictions) where it has one.
    pub fn to_markdown(&self, baseline: &BTreeMap<String, f64>, baseline_name: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "| task | data set | metric | newsgraph | {baseline_name} |"
        );
        let _ = writeln!(out, "|---|---|---|---|---|");
        for s in &self.sections {
            for m in &s.metrics {
                let id = |stat: &str| format!("{}.{}.{}.{stat}", s.task, s.dataset, m.name);
                let cell = |get: &dyn Fn(&str) -> Option<f64>| -> String {
                    let stats = m.score.stats();
                    let main = stats.last().map(|(k, _)| *k).unwrap_or("f1");
                    let Some(v) = get(main) else {
                        return "—".to_string();
                    };
                    let mut c = fmt(v);
                    if stats.len() > 1 {
                        let rest: Vec<String> = stats[..stats.len() - 1]
                            .iter()
                            .filter_map(|(k, _)| {
                                get(k).map(|x| format!("{} {}", k.to_uppercase(), fmt(x)))
                            })
                            .collect();
                        let _ = write!(c, " ({})", rest.join(", "));
                    }
                    c
                };
                let ours: BTreeMap<&str, f64> = m.score.stats().into_iter().collect();
                let main_stat = m
                    .score
                    .stats()
                    .last()
                    .map(|(k, _)| k.to_uppercase())
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "| {} | {} (n={}) | {}: {} | {} | {} |",
                    s.task,
                    s.dataset,
                    s.gold,
                    m.label,
                    main_stat,
                    cell(&|k| ours.get(k).copied()),
                    cell(&|k| baseline.get(&id(k)).copied()),
                );
            }
        }
        out
    }
}

/// Rounds a figure for JSON so output does not carry float noise.
fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// Reads the flat `values` map of a JSON report (a baseline run).
pub fn baseline_values(json: &str) -> Result<BTreeMap<String, f64>, String> {
    let v: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let map = v
        .get("values")
        .and_then(Value::as_object)
        .ok_or("not a newsgraph eval --json report (no \"values\" object)")?;
    Ok(map
        .iter()
        .filter_map(|(k, v)| v.as_f64().map(|x| (k.clone(), x)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Report {
        let mut s = Section::new("times", "meantime", "newsgraph");
        s.documents = 2;
        s.gold = 4;
        s.notes.push("dateline excluded".into());
        s.push(
            "extent_overlap",
            "extent, overlap",
            Score::Prf(Prf {
                tp: 1,
                fp: 1,
                fn_: 3,
            }),
        );
        s.push(
            "type_accuracy",
            "type on matched",
            Score::Accuracy(Accuracy {
                correct: 1,
                total: 1,
            }),
        );
        Report {
            data: "d".into(),
            sections: vec![s],
            skipped: vec![],
        }
    }

    #[test]
    fn ids_and_values() {
        let v = sample().values();
        let ids: Vec<&str> = v.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            ids,
            [
                "times.meantime.extent_overlap.p",
                "times.meantime.extent_overlap.r",
                "times.meantime.extent_overlap.f1",
                "times.meantime.type_accuracy.acc"
            ]
        );
        assert_eq!(v[0].1, 0.5);
        assert_eq!(v[1].1, 0.25);
    }

    #[test]
    fn text_json_markdown() {
        let r = sample();
        let t = r.to_text();
        assert!(
            t.contains("times / meantime: 2 documents, 4 gold items"),
            "{t}"
        );
        assert!(t.contains("tp=1 fp=1 fn=3"), "{t}");
        let j: Value = serde_json::from_str(&r.to_json()).unwrap();
        assert_eq!(j["values"]["times.meantime.extent_overlap.r"], json!(0.25));
        assert_eq!(j["sections"][0]["metrics"][0]["counts"]["fn"], json!(3));
        let base = baseline_values(&r.to_json()).unwrap();
        let md = r.to_markdown(&base, "spaCy");
        assert!(md.contains("| times | meantime (n=4) | extent, overlap: F1 | 0.333 (P 0.500, R 0.250) | 0.333 (P 0.500, R 0.250) |"), "{md}");
        let md = r.to_markdown(&BTreeMap::new(), "spaCy");
        assert!(md.contains("| type on matched: ACC | 1.000 | — |"), "{md}");
        assert!(baseline_values("{}").is_err());
    }
}
