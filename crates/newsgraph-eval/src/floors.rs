//! Floors: the lowest value each figure may take before CI fails.
//!
//! The file is a JSON object mapping figure ids (`times.meantime.extent_overlap.f1`) to
//! minimum values; keys starting with `_` are comments. A floor is checked when its task was
//! run; a floor whose figure the run did not produce fails too (a renamed metric must not
//! silently stop being enforced).

use crate::error::{EvalError, Result};
use std::collections::BTreeMap;
use std::path::Path;

/// Slack for float noise: a figure equal to its floor passes.
const EPS: f64 = 1e-9;

/// Parsed floors, by figure id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Floors {
    /// Minimum value of each figure.
    pub min: BTreeMap<String, f64>,
}

impl Floors {
    /// Reads a floors file.
    pub fn load(path: &Path) -> Result<Floors> {
        let text = std::fs::read_to_string(path).map_err(|e| EvalError::io(path, e))?;
        Floors::parse(path, &text)
    }

    /// Parses floors JSON read from `path` (the path only names errors).
    pub fn parse(path: &Path, text: &str) -> Result<Floors> {
        let v: BTreeMap<String, serde_json::Value> = serde_json::from_str(text)
            .map_err(|e| EvalError::parse(path, e.line(), e.to_string()))?;
        let mut min = BTreeMap::new();
        for (k, v) in v {
            if k.starts_with('_') {
                continue;
            }
            let x = v
                .as_f64()
                .filter(|x| (0.0..=1.0).contains(x))
                .ok_or_else(|| {
                    EvalError::parse(
                        path,
                        0,
                        format!("floor {k:?} must be a number from 0 to 1, not {v}"),
                    )
                })?;
            min.insert(k, x);
        }
        Ok(Floors { min })
    }

    /// One line per floor broken by `values`, for the tasks in `tasks_run`.
    pub fn check(&self, values: &[(String, f64)], tasks_run: &[&str]) -> Vec<String> {
        let got: BTreeMap<&str, f64> = values.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        let mut failed = Vec::new();
        for (id, &floor) in &self.min {
            let task = id.split('.').next().unwrap_or("");
            if !tasks_run.contains(&task) {
                continue;
            }
            match got.get(id.as_str()) {
                Some(&v) if v + EPS >= floor => {}
                Some(&v) => failed.push(format!("{id} = {v:.4} < floor {floor:.4}")),
                None => failed.push(format!(
                    "{id}: no such figure in this run (floor {floor:.4})"
                )),
            }
        }
        failed
    }

    /// Floors at the given values rounded down to two decimals (how the file is started).
    pub fn rounded_down(values: &[(String, f64)]) -> Floors {
        Floors {
            min: values
                .iter()
                .map(|(k, v)| (k.clone(), (v * 100.0 + EPS).floor() / 100.0))
                .collect(),
        }
    }

    /// The floors as a JSON object, one id a line, sorted.
    pub fn to_json(&self) -> String {
        let mut m = serde_json::Map::new();
        m.insert(
            "_comment".into(),
            serde_json::Value::String(
                "Lowest allowed value of each figure of `newsgraph eval --floors`; raise a floor when a change improves it.".into(),
            ),
        );
        for (k, v) in &self.min {
            m.insert(k.clone(), serde_json::json!(v));
        }
        serde_json::to_string_pretty(&m).expect("floors serialise") + "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vals() -> Vec<(String, f64)> {
        vec![
            ("times.meantime.extent_overlap.f1".into(), 0.42),
            ("actors.gum.overlap.f1".into(), 0.10),
        ]
    }

    #[test]
    fn a_figure_below_its_floor_is_reported() {
        let f = Floors::parse(
            Path::new("floors.json"),
            r#"{"_comment": "x", "times.meantime.extent_overlap.f1": 0.5, "actors.gum.overlap.f1": 0.1}"#,
        )
        .unwrap();
        let failed = f.check(&vals(), &["times", "actors"]);
        assert_eq!(
            failed,
            vec!["times.meantime.extent_overlap.f1 = 0.4200 < floor 0.5000".to_string()]
        );
        // Only the tasks that ran are checked.
        assert!(f.check(&vals(), &["actors"]).is_empty());
    }

    #[test]
    fn equal_passes_and_missing_figures_fail() {
        let f = Floors::parse(
            Path::new("f"),
            r#"{"actors.gum.overlap.f1": 0.1, "actors.gum.gone.f1": 0}"#,
        )
        .unwrap();
        let failed = f.check(&vals(), &["actors"]);
        assert_eq!(failed.len(), 1);
        assert!(failed[0].contains("actors.gum.gone.f1: no such figure"));
    }

    #[test]
    fn bad_files_are_errors() {
        assert!(Floors::parse(Path::new("f"), r#"{"a.b.c.f1": "high"}"#).is_err());
        assert!(Floors::parse(Path::new("f"), r#"{"a.b.c.f1": 1.5}"#).is_err());
        let e = Floors::parse(Path::new("f.json"), "{\n nope").unwrap_err();
        assert!(e.to_string().starts_with("f.json:"), "{e}");
    }

    #[test]
    fn rounding_down_and_round_trip() {
        let f = Floors::rounded_down(&vals());
        assert_eq!(f.min["times.meantime.extent_overlap.f1"], 0.42);
        assert_eq!(f.min["actors.gum.overlap.f1"], 0.1);
        let again = Floors::parse(Path::new("f"), &f.to_json()).unwrap();
        assert_eq!(again, f);
    }
}
