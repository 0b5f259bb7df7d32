//! The `newsgraph` command end to end: exit codes, one-line errors, formats.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn newsgraph(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = stdin.unwrap_or_default().to_vec();
    let mut pipe = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn seed_path() -> String {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../seeds/bloomberg-2020-09-27-us-warns-iraq-embassy.txt"
    )
    .to_string()
}

#[test]
fn no_arguments_prints_the_seed_report() {
    let o = newsgraph(&[], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.starts_with("U.S. Warns Iraq It May Shutter Embassy Over Militia Attacks\n"));
    assert!(out.contains("Bloomberg · published 2020-09-27 · 14 sentences"));
    for section in ["ACTORS (", "STATEMENTS (", "EVENTS (", "TIMES ("] {
        assert!(out.contains(section), "missing {section}");
    }
}

#[test]
fn extract_json_round_trips_and_stdin_works() {
    let seed = seed_path();
    let o = newsgraph(
        &[
            "extract",
            &seed,
            "--format",
            "json",
            "--published",
            "2020-09-27",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = newsgraph::Document::from_json(std::str::from_utf8(&o.stdout).unwrap()).unwrap();
    assert_eq!(doc.sentences.len(), 14);
    assert_eq!(doc.meta.published.as_deref(), Some("2020-09-27"));

    let o = newsgraph(
        &["extract", "-", "--format", "jsonl"],
        Some("Rain fell. It stopped.".as_bytes()),
    );
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    assert_eq!(out.lines().count(), 1);
    assert!(out.contains("\"It stopped.\""));
}

#[test]
fn bad_input_is_one_line_on_stderr_and_nonzero() {
    let dir = std::env::temp_dir().join(format!("newsgraph-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad_utf8 = dir.join("latin1.txt");
    std::fs::write(&bad_utf8, b"Caf\xe9 au lait was served.").unwrap();
    let binary = dir.join("blob.bin");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 0, 1, 2, 3]).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let cases = [
        (
            vec!["extract", bad_utf8.to_str().unwrap()],
            "not valid UTF-8",
        ),
        (vec!["extract", binary.to_str().unwrap()], "binary"),
        (vec!["extract", empty.to_str().unwrap()], "text is empty"),
        (
            vec!["extract", "-", "--published", "2020-13-01"],
            "invalid date \"2020-13-01\"",
        ),
        (vec!["extract", "/no/such/file.txt"], "/no/such/file.txt"),
        (vec!["eval", "bogus", "x"], "unknown eval task"),
    ];
    for (args, want) in cases {
        let o = newsgraph(&args, Some(b"text"));
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("newsgraph: error: "), "{err}");
        assert!(err.contains(want), "{args:?}: {err}");
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn batch_streams_in_order_with_error_lines() {
    let input = "{\"id\": \"one\", \"text\": \"Rain fell.\"}\n{\"id\": \"two\"}\n{\"id\": 3, \"text\": \"Snow fell.\", \"published\": \"2019-01-04\"}\n";
    let o = newsgraph(&["batch", "-", "--threads", "2"], Some(input.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["meta"]["id"], "one");
    assert_eq!(lines[1]["id"], "two");
    assert_eq!(lines[1]["error"]["code"], "invalid_record");
    assert_eq!(lines[2]["meta"]["id"], "3");
    assert_eq!(lines[2]["meta"]["published"], "2019-01-04");
    assert!(stderr(&o).contains("1 of 3 records failed"));
}

#[test]
fn schema_is_printed() {
    let o = newsgraph(&["schema"], None);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["title"], "Document");
    assert_eq!(v["properties"]["schema"]["const"], "newsgraph/1");
}

#[test]
fn dictionary_option_loads_files_and_reports_bad_lines() {
    let dir = std::env::temp_dir().join(format!("ng-cli-dict-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.tsv");
    std::fs::write(&good, "Zorblat Quux\tFRAGOV\n").unwrap();
    let agents = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/eval/petrarch2_unittests/PETR.Validate.agents.txt"
    );
    let mut args = vec![
        "extract",
        "-",
        "--format",
        "json",
        "--dictionary",
        good.to_str().unwrap(),
    ];
    if std::path::Path::new(agents).exists() {
        args.extend(["--dictionary", agents]);
    }
    let o = newsgraph(&args, Some(b"Iraq said the talks would resume."));
    assert!(o.status.success(), "{}", stderr(&o));
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "Zorblat Quux\tFRAGOV\t2020-02-30\n").unwrap();
    for cmd in ["extract", "batch"] {
        let o = newsgraph(
            &[cmd, "-", "--dictionary", bad.to_str().unwrap()],
            Some(b"Iraq said the talks would resume."),
        );
        assert_eq!(o.status.code(), Some(2), "{cmd}");
        let err = stderr(&o);
        assert!(
            err.contains(&format!("{}:1: invalid date", bad.display())),
            "{err}"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}
