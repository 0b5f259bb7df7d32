//! Scoring newsgraph against human-annotated data: one module per task, plus the shared
//! counting and reporting. Lives outside the core library so the library carries no eval code.
//!
//! [`run`] loads each data set found under the data directory once, runs the extractor over
//! it once (shared by every task that scores it), scores the requested tasks, renders the
//! report, and checks the floors.

pub mod actors;
pub mod data;
pub mod error;
pub mod events;
pub mod floors;
pub mod metrics;
pub mod predict;
pub mod report;
pub mod statements;
pub mod syntax;
pub mod times;

use crate::data::{gum::Gum, meantime::Meantime, petrarch::Petrarch, plover::Plover};
use crate::error::{EvalError, Result as EvalResult};
use crate::report::Report;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What `newsgraph eval` was asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalArgs {
    /// `all`, `times`, `actors`, `statements`, `events` or `syntax`.
    pub task: String,
    /// Data directory laid out like `../shared/eval`, or a CoNLL-U file for `syntax`.
    pub path: PathBuf,
    /// Print JSON instead of tables.
    pub json: bool,
    /// Floors file to enforce.
    pub floors: Option<PathBuf>,
    /// Score these mention predictions (JSON Lines, see [`actors::read_predictions`]) instead
    /// of running newsgraph; task `actors` only.
    pub predictions: Option<PathBuf>,
    /// Print the README's markdown accuracy table instead of tables.
    pub markdown: bool,
    /// A JSON report (`eval --json` of a baseline's predictions) for the table's baseline column.
    pub baseline: Option<PathBuf>,
}

/// Task names `newsgraph eval` accepts.
pub const TASKS: &[&str] = &["all", "times", "actors", "statements", "events", "syntax"];

/// The tasks `all` runs, in report order.
pub const ALL_TASKS: &[&str] = &["times", "actors", "statements", "events"];

impl EvalArgs {
    /// Reads `[TASK] [PATH]` as given on the command line.
    pub fn from_cli(
        args: &[String],
        json: bool,
        floors: Option<PathBuf>,
    ) -> Result<EvalArgs, String> {
        let (task, path) = match args {
            [] => ("all".to_string(), None),
            [a] if TASKS.contains(&a.as_str()) => (a.clone(), None),
            [a] => ("all".to_string(), Some(a.clone())),
            [t, p] if TASKS.contains(&t.as_str()) => (t.clone(), Some(p.clone())),
            [t, _] => {
                return Err(format!(
                    "unknown eval task {t:?}; expected one of {}",
                    TASKS.join(", ")
                ))
            }
            _ => return Err("eval takes at most [TASK] [PATH]".into()),
        };
        if task == "syntax" && path.is_none() {
            return Err("eval syntax needs a CoNLL-U file or a data directory".into());
        }
        Ok(EvalArgs {
            task,
            path: PathBuf::from(path.unwrap_or_else(|| "../shared/eval".into())),
            json,
            floors,
            predictions: None,
            markdown: false,
            baseline: None,
        })
    }

    /// Scores a predictions file instead of running newsgraph (`--predictions`).
    pub fn with_predictions(mut self, path: Option<PathBuf>) -> EvalArgs {
        self.predictions = path;
        self
    }

    /// Prints the markdown accuracy table (`--markdown`), with a baseline report's figures
    /// (`--baseline`) in the last column.
    pub fn with_markdown(mut self, markdown: bool, baseline: Option<PathBuf>) -> EvalArgs {
        self.markdown = markdown;
        self.baseline = baseline;
        self
    }
}

/// What an evaluation printed and which floors it broke.
#[derive(Debug, Clone, Default)]
pub struct EvalOutcome {
    /// The report (tables or JSON).
    pub output: String,
    /// One line per figure below its floor.
    pub failed_floors: Vec<String>,
}

/// Runs the evaluation.
pub fn run(args: &EvalArgs) -> Result<EvalOutcome, String> {
    if args.task == "syntax" {
        let scores = syntax::run(&args.path)?;
        return Ok(EvalOutcome {
            output: syntax::render(&scores, args.json),
            failed_floors: Vec::new(),
        });
    }
    let tasks: Vec<&str> = match args.task.as_str() {
        "all" => ALL_TASKS.to_vec(),
        t if ALL_TASKS.contains(&t) => vec![t],
        t => {
            return Err(format!(
                "unknown eval task {t:?}; expected one of {}",
                TASKS.join(", ")
            ))
        }
    };
    if args.predictions.is_some() && tasks != ["actors"] {
        return Err("--predictions scores mention predictions: use it with task `actors`".into());
    }
    let floors = args
        .floors
        .as_deref()
        .map(floors::Floors::load)
        .transpose()
        .map_err(|e| e.to_string())?;
    let baseline = match &args.baseline {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            report::baseline_values(&text).map_err(|e| format!("{}: {e}", p.display()))?
        }
        None => BTreeMap::new(),
    };
    let report =
        evaluate(&args.path, &tasks, args.predictions.as_deref()).map_err(|e| e.to_string())?;
    let output = if args.markdown {
        report.to_markdown(&baseline, "baseline (spaCy en_core_web_sm)")
    } else if args.json {
        report.to_json()
    } else {
        report.to_text()
    };
    let failed_floors = floors
        .map(|f| f.check(&report.values(), &tasks))
        .unwrap_or_default();
    Ok(EvalOutcome {
        output,
        failed_floors,
    })
}

/// Loads a data set when its folder exists; otherwise notes it as skipped.
fn load_opt<T>(
    dir: &Path,
    load: fn(&Path) -> EvalResult<T>,
    skipped: &mut Vec<String>,
) -> EvalResult<Option<T>> {
    if dir.is_dir() {
        load(dir).map(Some)
    } else {
        skipped.push(format!("{}: no such folder", dir.display()));
        Ok(None)
    }
}

/// Scores `tasks` on every data set found under `dir`.
pub fn evaluate(dir: &Path, tasks: &[&str], predictions: Option<&Path>) -> EvalResult<Report> {
    if !dir.is_dir() {
        return Err(EvalError::Other(format!(
            "{}: not a data directory",
            dir.display()
        )));
    }
    let has = |t: &str| tasks.contains(&t);
    let mut report = Report {
        data: dir.display().to_string(),
        ..Report::default()
    };
    let text_tasks = has("times") || has("actors") || has("statements");
    let mt = if text_tasks {
        load_opt(&dir.join("meantime"), Meantime::load, &mut report.skipped)?
    } else {
        None
    };
    let gum = if text_tasks {
        load_opt(&dir.join("gum_wikinews"), Gum::load, &mut report.skipped)?
    } else {
        None
    };
    let pl = if has("events") {
        load_opt(&dir.join("plover_gsr"), Plover::load, &mut report.skipped)?
    } else {
        None
    };
    let pt = if has("events") {
        load_opt(
            &dir.join("petrarch2_unittests"),
            Petrarch::load,
            &mut report.skipped,
        )?
    } else {
        None
    };
    if mt.is_none() && gum.is_none() && pl.is_none() && pt.is_none() {
        return Err(EvalError::Other(format!(
            "{}: no data set found (expected meantime/, gum_wikinews/, plover_gsr/ or petrarch2_unittests/)",
            dir.display()
        )));
    }

    let ex = newsgraph::Extractor::builder()
        .build()
        .map_err(|e| EvalError::Other(e.to_string()))?;
    // Each data set is extracted once and shared by the tasks; a predictions file replaces
    // extraction altogether.
    let run_newsgraph = predictions.is_none();
    let mt_docs = mt.as_ref().filter(|_| run_newsgraph).map(|m| {
        let a: Vec<_> = m
            .docs
            .iter()
            .map(|d| predict::article(&d.id, &d.text, Some(&d.title), Some(&d.dct)))
            .collect();
        predict::extract(&ex, &a)
    });
    let gum_docs = gum.as_ref().filter(|_| run_newsgraph).map(|g| {
        let a: Vec<_> = g
            .docs
            .iter()
            .map(|d| predict::article(&d.id, &d.text, Some(&d.title), Some(&d.pub_date)))
            .collect();
        predict::extract(&ex, &a)
    });
    let has_dev = gum
        .as_ref()
        .is_some_and(|g| g.docs.iter().any(|d| d.split == "dev"));
    let file_preds = predictions.map(actors::read_predictions).transpose()?;
    let empty = BTreeMap::new();
    let pred_name = predictions
        .map(|p| p.display().to_string())
        .unwrap_or_default();

    for task in ALL_TASKS.iter().copied().filter(|t| has(t)) {
        match task {
            "times" => {
                if let (Some(m), Some(x)) = (&mt, &mt_docs) {
                    report.sections.push(times::meantime(m, x));
                }
                if let (Some(g), Some(x)) = (&gum, &gum_docs) {
                    report.sections.push(times::gum(g, x, "gum", None));
                    if has_dev {
                        report
                            .sections
                            .push(times::gum(g, x, "gum_dev", Some("dev")));
                    }
                }
            }
            "actors" => {
                if let (Some(m), Some(src)) = (
                    &mt,
                    source(&mt_docs, &file_preds, "meantime", &empty, &pred_name),
                ) {
                    report.sections.push(actors::meantime(m, &src));
                }
                if let (Some(g), Some(src)) = (
                    &gum,
                    source(&gum_docs, &file_preds, "gum", &empty, &pred_name),
                ) {
                    report.sections.push(actors::gum(g, &src, "gum", None));
                    if has_dev {
                        report
                            .sections
                            .push(actors::gum(g, &src, "gum_dev", Some("dev")));
                    }
                }
            }
            "statements" => {
                if let (Some(g), Some(x)) = (&gum, &gum_docs) {
                    report.sections.push(statements::gum(g, x, "gum", None));
                    if has_dev {
                        report
                            .sections
                            .push(statements::gum(g, x, "gum_dev", Some("dev")));
                    }
                }
                if let (Some(m), Some(x)) = (&mt, &mt_docs) {
                    report.sections.push(statements::meantime(m, x));
                }
            }
            "events" => {
                if let Some(p) = &pl {
                    let a: Vec<_> = p
                        .records
                        .iter()
                        .map(|r| predict::article(&r.id, &r.text, None, None))
                        .collect();
                    report
                        .sections
                        .push(events::plover(p, &predict::extract(&ex, &a)));
                }
                if let Some(p) = &pt {
                    report.sections.push(events::petrarch(p, &ex));
                }
            }
            _ => unreachable!("ALL_TASKS holds only these"),
        }
    }
    Ok(report)
}

/// Where a data set's mention predictions come from: newsgraph's documents, else the
/// predictions file's entries for `key` (none at all when the file has none for it).
fn source<'a>(
    docs: &'a Option<predict::Extracted>,
    file: &'a Option<BTreeMap<String, BTreeMap<String, Vec<actors::Named>>>>,
    key: &str,
    empty: &'a BTreeMap<String, Vec<actors::Named>>,
    name: &'a str,
) -> Option<actors::Source<'a>> {
    docs.as_ref().map(actors::Source::Newsgraph).or_else(|| {
        file.as_ref()
            .map(|f| actors::Source::File(f.get(key).unwrap_or(empty), name))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture_dir(tag: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("ng-eval-run-{tag}-{}", std::process::id()));
        data::meantime::tests_support::fixture(&dir.join("meantime"));
        data::gum::tests_support::fixture(&dir.join("gum_wikinews"));
        dir
    }

    fn args(task: &str, dir: &Path) -> EvalArgs {
        EvalArgs::from_cli(&[task.to_string(), dir.display().to_string()], false, None).unwrap()
    }

    #[test]
    fn runs_on_a_small_corpus_and_reports_a_broken_floor() {
        let dir = fixture_dir("floors");
        let floors = dir.join("floors.json");
        std::fs::write(
            &floors,
            r#"{"actors.meantime.overlap.r": 0.5, "actors.gum.overlap.r": 0.0, "times.gum.extent_overlap.r": 0.9}"#,
        )
        .unwrap();
        let mut a = args("actors", &dir);
        a.floors = Some(floors);
        let out = run(&a).unwrap();
        assert!(
            out.output
                .contains("== actors / meantime: 1 documents, 2 gold items"),
            "{}",
            out.output
        );
        // Only the actors floors are checked; the MEANTIME one is reported exactly when the
        // extractor's recall on the fixture is below it.
        let broken: Vec<&String> = out
            .failed_floors
            .iter()
            .filter(|f| f.contains("actors.meantime.overlap.r"))
            .collect();
        let got = report_value(&dir, "actors.meantime.overlap.r");
        assert_eq!(
            broken.len(),
            usize::from(got < 0.5),
            "{:?}",
            out.failed_floors
        );
        assert!(out.failed_floors.iter().all(|f| !f.starts_with("times.")));
        std::fs::remove_dir_all(&dir).ok();
    }

    fn report_value(dir: &Path, id: &str) -> f64 {
        evaluate(dir, &["actors"], None)
            .unwrap()
            .values()
            .into_iter()
            .find(|(k, _)| k == id)
            .map(|(_, v)| v)
            .unwrap()
    }

    #[test]
    fn an_impossible_floor_always_fails() {
        let dir = fixture_dir("impossible");
        let floors = dir.join("floors.json");
        std::fs::write(
            &floors,
            r#"{"statements.gum.detection.f1": 1.0, "statements.gum.nothing.f1": 0}"#,
        )
        .unwrap();
        let mut a = args("statements", &dir);
        a.floors = Some(floors);
        a.json = true;
        let out = run(&a).unwrap();
        let v: serde_json::Value = serde_json::from_str(&out.output).unwrap();
        assert_eq!(
            v["values"]["statements.gum.detection.r"]
                .as_f64()
                .map(|x| x <= 1.0),
            Some(true)
        );
        // With real parses the fixture's detection can be perfect, meeting even a 1.0 floor:
        // the floor fails exactly when the figure is below it.
        let perfect = v["values"]["statements.gum.detection.f1"].as_f64() == Some(1.0);
        let expected = if perfect { 1 } else { 2 };
        assert_eq!(out.failed_floors.len(), expected, "{:?}", out.failed_floors);
        assert!(out.failed_floors.last().unwrap().contains("no such figure"));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn predictions_file_markdown_and_argument_errors() {
        let dir = fixture_dir("preds");
        let preds = dir.join("spacy.jsonl");
        std::fs::write(
            &preds,
            "{\"dataset\": \"meantime\", \"doc_id\": \"d1\", \"start\": 28, \"end\": 34, \"type\": \"ORG\"}\n",
        )
        .unwrap();
        let a = args("actors", &dir).with_predictions(Some(preds.clone()));
        let base = run(&EvalArgs {
            json: true,
            ..a.clone()
        })
        .unwrap()
        .output;
        assert!(
            base.contains("\"actors.meantime.overlap.r\": 0.5"),
            "{base}"
        );
        let base_file = dir.join("base.json");
        std::fs::write(&base_file, &base).unwrap();
        let md = run(&args("actors", &dir)
            .with_predictions(Some(preds))
            .with_markdown(true, Some(base_file)))
        .unwrap()
        .output;
        assert!(md.contains("| actors | meantime (n=2) | mentions, typed overlap: F1 | 0.667 (P 1.000, R 0.500) | 0.667 (P 1.000, R 0.500) |"), "{md}");

        let e = run(&args("times", &dir).with_predictions(Some(dir.join("x")))).unwrap_err();
        assert!(e.contains("--predictions"), "{e}");
        let e =
            run(&EvalArgs::from_cli(&["syntax".into(), "x.conllu".into()], false, None).unwrap())
                .unwrap_err();
        assert!(e.contains("x.conllu"), "{e}");
        let e = run(&args("all", &dir.join("nope"))).unwrap_err();
        assert!(e.contains("not a data directory"), "{e}");
        let all = run(&args("all", &dir)).unwrap().output;
        assert!(
            all.contains("skipped: ") && all.contains("plover_gsr"),
            "{all}"
        );
        let empty = dir.join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        assert!(run(&args("all", &empty))
            .unwrap_err()
            .contains("no data set found"));
        std::fs::remove_dir_all(&dir).ok();
    }
}
