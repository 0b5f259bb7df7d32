//! Runs the whole harness over the real development data (`../shared/eval` beside the
//! repository, or `NEWSGRAPH_EVAL_DATA`) and checks that every section scores the number of
//! gold items the data holds, counted here independently from the raw JSON Lines.
//! Skipped, with a note, when the data is not there.

use newsgraph_eval::report::{Report, Score, Section};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("NEWSGRAPH_EVAL_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval"));
    dir.join("meantime").is_dir().then_some(dir)
}

fn rows(dir: &Path, file: &str) -> Vec<Value> {
    std::fs::read_to_string(dir.join(file))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn section<'a>(r: &'a Report, task: &str, dataset: &str) -> &'a Section {
    r.sections
        .iter()
        .find(|s| s.task == task && s.dataset == dataset)
        .unwrap_or_else(|| panic!("no section {task}/{dataset}"))
}

/// Gold items behind the first metric of a section (tp + fn, or the accuracy total).
fn first_total(s: &Section) -> usize {
    match &s.metrics[0].score {
        Score::Prf(p) => p.tp + p.fn_,
        Score::Accuracy(a) | Score::Recall(a) => a.total,
        Score::MacroF1 { classes, .. } => classes.values().map(|c| c.tp + c.fn_).sum(),
    }
}

fn s(v: &Value, k: &str) -> String {
    v[k].as_str().unwrap_or("").to_string()
}

#[test]
fn gold_counts_and_floors_on_the_development_data() {
    let Some(dir) = data_dir() else {
        eprintln!("note: ../shared/eval not found (set NEWSGRAPH_EVAL_DATA); skipping");
        return;
    };
    let report = newsgraph_eval::evaluate(&dir, newsgraph_eval::ALL_TASKS, None).unwrap();

    // MEANTIME timexes: in the window, with text, not the dateline (sentence 1 holds only it).
    let tx = rows(&dir, "meantime/timex3.jsonl");
    let n = tx
        .iter()
        .filter(|t| t["in_window"] == true && t["empty"] == false && t["sentence"] != 1)
        .count();
    assert_eq!(n, 247);
    assert_eq!(section(&report, "times", "meantime").gold, n);

    // GUM dates: all but the datelines (the dates in sentence 1).
    let dates = rows(&dir, "gum_wikinews/dates.jsonl");
    let n = dates.iter().filter(|d| d["sentence"] != 1).count();
    assert_eq!(n, 213);
    assert_eq!(section(&report, "times", "gum").gold, n);

    // MEANTIME named mentions.
    let em = rows(&dir, "meantime/entity_mentions.jsonl");
    let n = em
        .iter()
        .filter(|e| e["in_window"] == true && e["syntactic_type"] == "NAM")
        .filter(|e| ["PER", "ORG", "LOC"].contains(&s(e, "ent_type").as_str()))
        .count();
    assert_eq!(n, 665);
    assert_eq!(section(&report, "actors", "meantime").gold, n);
    // GUM named mentions: PROPN-headed person/organization/place mentions, counted by a
    // separate script over the CoNLL-U trees when the definition was chosen.
    assert_eq!(section(&report, "actors", "gum").gold, 1597);
    assert_eq!(section(&report, "actors", "gum_dev").gold, 98);

    // GUM attributions without photo credits; dev split separately.
    let docs = rows(&dir, "gum_wikinews/documents.jsonl");
    let dev: Vec<String> = docs
        .iter()
        .filter(|d| d["split"] == "dev")
        .map(|d| s(d, "doc_id"))
        .collect();
    let att = rows(&dir, "gum_wikinews/attributions.jsonl");
    let real: Vec<&Value> = att
        .iter()
        .filter(|a| !s(a, "source_text").starts_with("Image:"))
        .collect();
    assert_eq!(real.len(), 380);
    assert_eq!(section(&report, "statements", "gum").gold, 380);
    let n_dev = real
        .iter()
        .filter(|a| dev.contains(&s(a, "doc_id")))
        .count();
    assert_eq!(section(&report, "statements", "gum_dev").gold, n_dev);
    assert_eq!(
        section(&report, "statements", "gum_dev").documents,
        dev.len()
    );

    // MEANTIME speech events with an Arg0.
    let ev = rows(&dir, "meantime/events.jsonl");
    let n = ev
        .iter()
        .filter(|e| e["in_window"] == true && e["class"] == "SPEECH_COGNITIVE")
        .filter(|e| {
            e["participants"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["role"] == "Arg0")
        })
        .count();
    assert_eq!(n, 191);
    assert_eq!(section(&report, "statements", "meantime").gold, n);

    // PLOVER: one gold event per record; country accuracy over records with a gold code.
    let pl = rows(&dir, "plover_gsr/plover_gsr.jsonl");
    let pv = section(&report, "events", "plover");
    assert_eq!(pv.gold, pl.len());
    assert_eq!(pl.len(), 161);
    let with_code = |side: &str| {
        pl.iter()
            .filter(|r| {
                r[side]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|a| !s(a, "code").is_empty())
            })
            .count()
    };
    let total = |name: &str| match &pv.metrics.iter().find(|m| m.name == name).unwrap().score {
        Score::Accuracy(a) => a.total,
        _ => unreachable!(),
    };
    assert_eq!(total("source_country"), with_code("source"));
    assert_eq!(total("target_country"), with_code("target"));
    assert_eq!((with_code("source"), with_code("target")), (161, 149));

    // PETRARCH-2: active records, their expected triples, and the must-be-empty ones.
    let pt = rows(&dir, "petrarch2_unittests/petr_unittests.jsonl");
    let active: Vec<&Value> = pt.iter().filter(|r| r["active"] == true).collect();
    let triples: usize = active
        .iter()
        .map(|r| r["expected"].as_array().unwrap().len())
        .sum();
    let empty = active
        .iter()
        .filter(|r| r["expect_no_events"] == true)
        .count();
    assert_eq!((active.len(), triples, empty), (279, 352, 19));
    let ps = section(&report, "events", "petrarch");
    assert_eq!((ps.documents, ps.gold), (active.len(), triples));
    let must = ps
        .metrics
        .iter()
        .find(|m| m.name == "must_be_empty")
        .unwrap();
    assert!(matches!(&must.score, Score::Accuracy(a) if a.total == empty));

    // Every section's first figure is over all of its gold items.
    for sec in &report.sections {
        assert_eq!(
            first_total(sec),
            sec.gold,
            "{}/{}: first metric counts {} gold items, section says {}",
            sec.task,
            sec.dataset,
            first_total(sec),
            sec.gold
        );
    }

    // The committed floors hold, and every figure has one (a new figure needs a floor).
    let floors_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/eval/floors.json");
    let floors = newsgraph_eval::floors::Floors::load(&floors_path).unwrap();
    let values = report.values();
    let failed = floors.check(&values, newsgraph_eval::ALL_TASKS);
    assert!(failed.is_empty(), "below floor: {failed:#?}");
    let missing: Vec<&String> = values
        .iter()
        .map(|(k, _)| k)
        .filter(|k| !floors.min.contains_key(*k))
        .collect();
    assert!(
        missing.is_empty(),
        "figures without a floor in tests/eval/floors.json: {missing:#?}"
    );
}
