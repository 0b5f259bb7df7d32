//! `newsgraph bench` (hidden): times the pipeline over a JSON Lines corpus held in memory and
//! prints one JSON object. `tests/bench/speed.py` runs it once per configuration, each in its own
//! process, and turns the times into articles/s, words/s and ratios.
//!
//! The clock is read here only: the library reports stage boundaries through
//! [`Extractor::extract_observed`] and never times anything itself.

use newsgraph::extractor::Stage;
use newsgraph::{Article, Extractor};
use std::io::BufRead;
use std::time::{Duration, Instant};

/// What to measure.
pub struct Options {
    /// Worker threads for the full-pipeline runs.
    pub threads: usize,
    /// Timed runs over the whole (repeated) corpus.
    pub repeats: usize,
    /// Copies of the corpus held in memory (the corpus repeated to size).
    pub copies: usize,
    /// Time each stage (on one thread) instead of the full pipeline.
    pub stages: bool,
}

/// Reads every record of a JSON Lines corpus; a record that does not load is an error.
pub fn load<R: BufRead>(reader: R) -> Result<Vec<Article>, String> {
    let mut out = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| format!("line {}: {e}", i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        out.push(Article::from_json_record(&line).map_err(|e| format!("line {}: {e}", i + 1))?);
    }
    Ok(out)
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// Runs the benchmark and returns its JSON report.
pub fn run(corpus: &[Article], opts: &Options) -> Result<serde_json::Value, String> {
    if corpus.is_empty() {
        return Err("the corpus has no records".into());
    }
    let threads = if opts.stages { 1 } else { opts.threads };
    let ex = Extractor::builder()
        .threads(threads)
        .build()
        .map_err(|e| e.to_string())?;
    // First extraction in a fresh process: lazy loading of every lexicon and model included.
    let t = Instant::now();
    ex.extract(&corpus[0]).map_err(|e| e.to_string())?;
    let first_extract = secs(t.elapsed());

    let articles: Vec<&Article> = (0..opts.copies.max(1))
        .flat_map(|_| corpus.iter())
        .collect();
    let text_bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let words: usize = articles
        .iter()
        .map(|a| a.text.split_whitespace().count())
        .sum();
    let mut runs = Vec::new();
    let mut stage_runs: Vec<[f64; Stage::ALL.len()]> = Vec::new();
    let mut errors = 0usize;
    for _ in 0..opts.repeats.max(1) {
        errors = 0;
        if opts.stages {
            let mut acc = [Duration::ZERO; Stage::ALL.len()];
            let start = Instant::now();
            for a in &articles {
                let mut last = Instant::now();
                let r = ex.extract_observed(a, |s| {
                    let now = Instant::now();
                    acc[s as usize] += now - last;
                    last = now;
                });
                errors += usize::from(r.is_err());
            }
            runs.push(secs(start.elapsed()));
            stage_runs.push(acc.map(secs));
        } else {
            let start = Instant::now();
            newsgraph::parallel::map_ordered(
                articles.iter(),
                threads,
                |a| ex.extract(a).is_err(),
                |failed| errors += usize::from(failed),
            );
            runs.push(secs(start.elapsed()));
        }
    }
    let mut report = serde_json::json!({
        "articles": articles.len(),
        "copies": opts.copies.max(1),
        "text_bytes": text_bytes,
        "words": words,
        "threads": threads,
        "errors": errors,
        "first_extract_s": first_extract,
        "runs_s": runs,
    });
    if opts.stages {
        // A list, in pipeline order: `{"stage": name, "runs_s": [seconds per run]}`.
        let stages: Vec<serde_json::Value> = Stage::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let per_run: Vec<f64> = stage_runs.iter().map(|r| r[i]).collect();
                serde_json::json!({"stage": s.name(), "runs_s": per_run})
            })
            .collect();
        report["stages"] = serde_json::Value::Array(stages);
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Vec<Article> {
        let input = concat!(
            "{\"id\": \"a\", \"text\": \"The minister resigned on Friday.\", \"date\": \"2020-01-03\"}\n",
            "\n",
            "{\"id\": \"b\", \"text\": \"Police said two people were arrested.\"}\n",
        );
        load(input.as_bytes()).unwrap()
    }

    #[test]
    fn full_pipeline_report_counts_every_copy() {
        let opts = Options {
            threads: 2,
            repeats: 3,
            copies: 2,
            stages: false,
        };
        let r = run(&corpus(), &opts).unwrap();
        assert_eq!(r["articles"], 4);
        assert_eq!(r["words"], 2 * (5 + 6));
        assert_eq!(r["errors"], 0);
        assert_eq!(r["runs_s"].as_array().unwrap().len(), 3);
        assert!(r.get("stages").is_none());
    }

    #[test]
    fn stage_times_cover_every_stage_and_sum_to_at_most_the_run() {
        let opts = Options {
            threads: 4,
            repeats: 2,
            copies: 1,
            stages: true,
        };
        let r = run(&corpus(), &opts).unwrap();
        assert_eq!(r["threads"], 1);
        let stages = r["stages"].as_array().unwrap();
        let names: Vec<&str> = stages
            .iter()
            .map(|s| s["stage"].as_str().unwrap())
            .collect();
        assert_eq!(names, Stage::ALL.map(Stage::name));
        for run in 0..2 {
            let total: f64 = stages
                .iter()
                .map(|s| s["runs_s"][run].as_f64().unwrap())
                .sum();
            assert!(total <= r["runs_s"][run].as_f64().unwrap());
        }
    }

    #[test]
    fn bad_record_and_empty_corpus_are_errors() {
        assert!(load("{\"id\": 1}\n".as_bytes()).is_err());
        let opts = Options {
            threads: 1,
            repeats: 1,
            copies: 1,
            stages: false,
        };
        assert!(run(&[], &opts).is_err());
    }
}
