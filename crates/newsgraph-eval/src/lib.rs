//! Scoring newsgraph against human-annotated data: one module per task, plus the shared
//! counting and reporting. Lives outside the core library so the library carries no eval code.

pub mod syntax;

use std::path::PathBuf;

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
}

/// Task names `newsgraph eval` accepts.
pub const TASKS: &[&str] = &["all", "times", "actors", "statements", "events", "syntax"];

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
            return Err("eval syntax needs a CoNLL-U file".into());
        }
        Ok(EvalArgs {
            task,
            path: PathBuf::from(path.unwrap_or_else(|| "../shared/eval".into())),
            json,
            floors,
        })
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
    Err(format!("eval task {} is not available yet", args.task))
}
